"""The 证书 page's folder for its preview and printer pages, in the system temp folder.

Its name carries the window's process id (honghua-certificates-<pid>-<random>), so a later start can tell a
folder a killed window left behind: named so, this user's, and its process gone. Only such folders are
removed — never one whose process still runs (another window, or a process that took the id over), another
user's, or anything named otherwise."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

PREFIX = "honghua-certificates-"
_OURS = re.compile(re.escape(PREFIX) + r"(\d+)-[A-Za-z0-9_]+")


def make_preview_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))


def remove_stale_preview_folders(temp_dir: Path | None = None,
                                 alive: Callable[[int], bool] | None = None) -> list[Path]:
    """Remove the preview folders of windows that are gone; the folders removed. Tidying up never stops a
    start: a temp folder that cannot be read, or a folder another window removes meanwhile, is left.
    `alive(pid)`: whether a process runs (by default as a restore asks it)."""
    if alive is None:
        from app.backups.restoring import process_alive as alive
    removed = []
    try:
        with os.scandir(temp_dir or tempfile.gettempdir()) as entries:
            stale = [entry for entry in entries if _stale(entry, alive)]
    except OSError:
        return removed
    for entry in stale:
        shutil.rmtree(entry.path, ignore_errors=True)  # a page a viewer holds open (Windows) stays till next time
        if not os.path.lexists(entry.path):
            removed.append(Path(entry.path))
    return removed


def _stale(entry: os.DirEntry, alive: Callable[[int], bool]) -> bool:
    match = _OURS.fullmatch(entry.name)
    if match is None or not entry.is_dir(follow_symlinks=False):
        return False
    pid = int(match.group(1))
    return pid != os.getpid() and not alive(pid) and _mine(entry)


def _mine(entry: os.DirEntry) -> bool:
    """Made by this user (Windows' temp folder is the user's own)."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or entry.stat(follow_symlinks=False).st_uid == getuid()
