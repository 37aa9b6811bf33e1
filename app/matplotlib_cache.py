"""The bundle's own folder for matplotlib's font list (scripts/launcher.py points MPLCONFIGDIR at it), and the lock
files a PC switched off at the wall leaves in it.

matplotlib writes the list under a lock file beside it (`fontlist-….json.matplotlib-lock`); finding one, it waits
5 s for it, then gives up saving the list. A lock left by a power cut was never removed, so every later start
waited those 5 s the first time the board drew its chart (the window frozen) and listed all the system's fonts again.
A second window of the app holds the lock for well under a second, so one a minute old is nobody's.
"""

from __future__ import annotations

from pathlib import Path

from app import paths
from app.atomic_file import remove_untouched

LOCK_SUFFIX = ".matplotlib-lock"
STALE_AFTER_SECONDS = 60


def folder() -> Path:
    return paths.cache_dir() / "matplotlib"


def remove_stale_locks(where: Path) -> list[Path]:
    """Remove matplotlib's lock files in `where` untouched for a minute; never any other file, never one in a
    folder of the user's own (the caller passes only the bundle's folder). A folder not made yet leaves matplotlib
    to find its own way; a lock held open on Windows, matplotlib waits for as it would."""
    return remove_untouched(where, lambda name: name.endswith(LOCK_SUFFIX), STALE_AFTER_SECONDS)
