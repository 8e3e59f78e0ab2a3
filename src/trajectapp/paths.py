"""Where the default vault, the settings and the logs live (platformdirs decides)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

from trajectapp import APP_NAME


def _dirs() -> PlatformDirs:
    # Built on each call so that tests that point XDG_* elsewhere are honoured.
    return PlatformDirs(APP_NAME, appauthor=False)


def default_vault_dir() -> Path:
    return Path(_dirs().user_data_dir) / "vault"


def config_dir() -> Path:
    return Path(_dirs().user_config_dir)


def log_dir() -> Path:
    return Path(_dirs().user_log_dir)


def cache_dir() -> Path:
    return Path(_dirs().user_cache_dir)


_USER_FOLDER_VARIABLES = {
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
}


def user_folders_inside(home: Path) -> dict[str, str]:
    """Environment variables that point every user folder above into `home` (made here).

    For tests and benchmarks, which must never touch a real user's settings, logs or vaults.
    """
    environment = {}
    for variable, name in _USER_FOLDER_VARIABLES.items():
        (home / name).mkdir(parents=True, exist_ok=True)
        environment[variable] = str(home / name)
    return environment
