"""The 证书 page's folder for its preview and printer pages, in the system temp folder.

Its name carries the window's process id (honghua-certificates-<pid>-<random>), so a later start can tell a
folder a killed window left behind: named so, this user's, and its process gone. Only such folders are
removed — never one whose process still runs (another window, or a process that took the id over), another
user's, or anything named otherwise.

Earlier versions named the folder without the process id (honghua-certificates-<8 characters>, as
tempfile.mkdtemp names it), so whose window made it cannot be told. Such a folder is removed only when it is
this user's, holds nothing but files, and neither it nor any of them changed for a week: a window of an
earlier version still open writes its preview there whenever a certificate is shown."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PREFIX = "honghua-certificates-"
_OURS = re.compile(re.escape(PREFIX) + r"(\d+)-[A-Za-z0-9_]+")
_EARLIER = re.compile(re.escape(PREFIX) + r"[a-z0-9_]{8}")  # tempfile.mkdtemp's 8 characters, no process id
EARLIER_UNTOUCHED_SECONDS = 7 * 24 * 3600


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
    if not entry.is_dir(follow_symlinks=False):
        return False
    match = _OURS.fullmatch(entry.name)
    if match is not None:
        pid = int(match.group(1))
        return pid != os.getpid() and not alive(pid) and _mine(entry)
    return _EARLIER.fullmatch(entry.name) is not None and _mine(entry) and _untouched_files_only(entry)


def _untouched_files_only(entry: os.DirEntry) -> bool:
    """A folder of files only, none of them (nor the folder) changed for EARLIER_UNTOUCHED_SECONDS."""
    since = time.time() - EARLIER_UNTOUCHED_SECONDS
    try:
        if entry.stat(follow_symlinks=False).st_mtime > since:
            return False
        with os.scandir(entry.path) as inside:
            return all(item.is_file(follow_symlinks=False) and item.stat(follow_symlinks=False).st_mtime <= since
                       for item in inside)
    except OSError:  # a folder that cannot be read is not known to be ours to remove
        return False


def _mine(entry: os.DirEntry) -> bool:
    """Made by this user (Windows' temp folder is the user's own)."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or entry.stat(follow_symlinks=False).st_uid == getuid()
