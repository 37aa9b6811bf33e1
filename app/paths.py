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


def cache_dir() -> Path:
    """Files the app can make again whenever they are missing (matplotlib's list of the system's fonts)."""
    home = os.environ.get("HONGHUA_HOME")
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


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


def suggested_export(name: str) -> Path:
    """Where a save dialog first offers to put `name`: the exports folder, made when missing (a dialog opened
    on a missing folder starts in the working folder, which from a shortcut is the program's own)."""
    folder = exports_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the dialog then starts elsewhere; the owner picks a folder
    return folder / name


def reachable_folder(path: Path) -> bool:
    """Whether a remembered folder can be started in now: not when it was deleted, its USB stick removed, or its
    share or disk refuses to be looked at (a login asked, a folder one may no longer enter), where `Path.is_dir`
    raises rather than say no."""
    return os.path.isdir(path)


def suggested_shop_export(what: str, shop_name: str, when: str, suffix: str) -> Path:
    """`suggested_export` of a file every shop saves to the one exports folder, named with the shop's name as the
    posters are (证书_旗舰店_2026-09.pdf), so two shops on one PC do not mix their files. `what` and `when` are made
    safe as the name is: a plan named 客服/售后, or a period typed as 9/2026, would name a folder that is not there."""
    # imported here: its patterns are compiled when a file is saved, not at start-up
    from app.certificates.filenames import NAME_BYTES, safe_stem, shop_stem, short_stem

    rest = f"_{shop_stem(shop_name)}_{safe_stem(when, '')}{suffix}"  # a long plan's name beside a long shop's is cut
    return suggested_export(short_stem(what, "导出", NAME_BYTES - len(rest.encode())) + rest)


def unused_path(path: Path) -> Path:
    """`path` when no file has its name yet, else the first free `name (2).ext`, `name (3).ext` … beside it,
    as Windows Explorer names a copy: a second file of the same day keeps the first."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate


def lock_path(db_path: Path) -> Path:
    """The window's lock file, beside the shop file itself: the file reached by another path (a symbolic link to
    it, a folder reached through a link and `..`) has the same lock, so a second window is refused whichever way
    it is opened. (The case of a name needs nothing: where it does not matter, the lock's name matches either.)"""
    real = real_path(db_path)
    return real.with_name(real.name + ".lock")


def real_path(path: Path) -> Path:
    """The file itself, links and `..` followed. A loop of links is left where it loops (`Path.resolve` raises
    RuntimeError there): opening it then says the file cannot be used."""
    return Path(os.path.realpath(path))


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one shop file: the same file reached through a link, `..` or, where names do not
    tell case apart, another case."""
    return os.path.normcase(real_path(a)) == os.path.normcase(real_path(b))


RECENT_SHOPS = 8  # how many shop files 文件 → 最近打开 lists
