"""Every file location the app uses, from one place (platformdirs). Tests redirect HONGHUA_HOME."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Honghua"


def data_dir() -> Path:
    home = os.environ.get("HONGHUA_HOME")
    if home:
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    env = os.environ.get("HONGHUA_DB")
    if env:
        return Path(env)
    return data_dir() / "honghua.db"


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


def exports_dir() -> Path:
    return data_dir() / "exports"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")
