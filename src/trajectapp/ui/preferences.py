"""The non-sensitive preferences kept in QSettings: never a name, a note or a key.

Stored as an INI file in the platformdirs config folder, so its location is
the same everywhere and easy to inspect.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from trajectapp.domain.languages import Language
from trajectapp.paths import config_dir
from trajectapp.ui.translations import system_language

AUTO_LOCK_DEFAULT_MINUTES = 5
AUTO_LOCK_RANGE = (1, 120)
RELEASE_WINDOW_DEFAULT_DAYS = 90
RELEASE_WINDOW_RANGE = (7, 365)
NO_CONTACT_DEFAULT_DAYS = 21
NO_CONTACT_RANGE = (1, 180)


@dataclass(frozen=True)
class PreferenceValues:
    """What the preferences dialog edits."""

    auto_lock_minutes: int = AUTO_LOCK_DEFAULT_MINUTES
    release_window_days: int = RELEASE_WINDOW_DEFAULT_DAYS
    no_contact_days: int = NO_CONTACT_DEFAULT_DAYS
    language: Language = Language.ENGLISH


class Preferences:
    def __init__(self, settings: QSettings | None = None):
        if settings is None:
            config_dir().mkdir(parents=True, exist_ok=True)
            settings = QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)
        self._settings = settings

    @property
    def auto_lock_minutes(self) -> int:
        return self._number("security/auto_lock_minutes", AUTO_LOCK_DEFAULT_MINUTES, AUTO_LOCK_RANGE)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._settings.setValue("security/auto_lock_minutes", int(minutes))

    @property
    def release_window_days(self) -> int:
        """Releases this many days ahead or fewer need attention."""
        return self._number("caseload/release_window_days", RELEASE_WINDOW_DEFAULT_DAYS, RELEASE_WINDOW_RANGE)

    @release_window_days.setter
    def release_window_days(self, days: int) -> None:
        self._settings.setValue("caseload/release_window_days", int(days))

    @property
    def no_contact_days(self) -> int:
        """A case without contact for more days than this needs attention."""
        return self._number("caseload/no_contact_days", NO_CONTACT_DEFAULT_DAYS, NO_CONTACT_RANGE)

    @no_contact_days.setter
    def no_contact_days(self, days: int) -> None:
        self._settings.setValue("caseload/no_contact_days", int(days))

    @property
    def language(self) -> Language:
        """The interface's language: the one chosen, or else the system's."""
        try:
            return Language(self._settings.value("general/language"))
        except ValueError:
            return system_language()

    @language.setter
    def language(self, language: Language) -> None:
        self._settings.setValue("general/language", language.value)

    def values(self) -> PreferenceValues:
        return PreferenceValues(self.auto_lock_minutes, self.release_window_days, self.no_contact_days, self.language)

    def apply(self, values: PreferenceValues) -> None:
        self.auto_lock_minutes = values.auto_lock_minutes
        self.release_window_days = values.release_window_days
        self.no_contact_days = values.no_contact_days
        self.language = values.language

    def _number(self, key: str, default: int, bounds: tuple[int, int]) -> int:
        value = self._settings.value(key, default)
        if not isinstance(value, (str, int, float)):  # as a number comes back: text in an INI file
            return default
        try:
            number = int(value)
        except ValueError:
            return default
        low, high = bounds
        return min(max(number, low), high)

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
