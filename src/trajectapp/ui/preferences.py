"""The non-sensitive preferences kept in QSettings: never a name, a note or a key.

Stored as an INI file in the platformdirs config folder, so its location is
the same everywhere and easy to inspect.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from trajectapp.paths import config_dir

AUTO_LOCK_DEFAULT_MINUTES = 5
AUTO_LOCK_RANGE = (1, 120)


class Preferences:
    def __init__(self, settings: QSettings | None = None):
        if settings is None:
            config_dir().mkdir(parents=True, exist_ok=True)
            settings = QSettings(str(config_dir() / "settings.ini"), QSettings.IniFormat)
        self._settings = settings

    @property
    def auto_lock_minutes(self) -> int:
        try:
            minutes = int(self._settings.value("security/auto_lock_minutes", AUTO_LOCK_DEFAULT_MINUTES))
        except (TypeError, ValueError):
            return AUTO_LOCK_DEFAULT_MINUTES
        low, high = AUTO_LOCK_RANGE
        return min(max(minutes, low), high)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._settings.setValue("security/auto_lock_minutes", int(minutes))

    @property
    def last_vault(self) -> Path | None:
        value = self._settings.value("vaults/last")
        return Path(value) if value else None

    @last_vault.setter
    def last_vault(self, folder: Path) -> None:
        self._settings.setValue("vaults/last", str(folder))

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._settings.sync()
