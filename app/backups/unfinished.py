"""A restore cut off by a power cut or a kill: the shop file is whole (the copy replaces it in one rename, the last
step), but the copy is left beside it (a dot name: hidden except on Windows), as large as the shop, and the owner who
asked for the restore was never told it did not happen.

    temp_path(db_path, source)   # the name a restore writes its copy under: the process's id and the file restored
    find_unfinished(db_path)     # at the next start (the window): such copies, each removed once it has been said
    take_unfinished(db_path)     # at the next start (a command): remove such copies, what to say of each

The copy's name says which file was being restored, so the owner is told which backup to restore again (its time,
read from a backup's name, or the file's name), unless that name would make a name or path too long for the disk (a
long shop name is twice in it): a restore that worked without it must not fail for it. A copy of a process that still
runs (a restore under way in another command) is left alone unless untouched for half an hour, as other temporary files
are (`atomic_file`), or written before the computer started: after a power cut another program may have that id.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.atomic_file import STALE_AFTER_SECONDS, TEMP_MARK
from app.backups import files
from app.clock import shown_stamp
from app.i18n import t

SIDE_FILES = ("-wal", "-journal", "-shm")
LONGEST_NAME_BYTES = 255  # ext4 counts a name's bytes, NTFS its UTF-16 units (never more than its UTF-8 bytes)
LONGEST_PATH = 259  # Windows' MAX_PATH (260 with its ending NUL), unless long paths were turned on
NOT_ON_WINDOWS = re.compile(r'[<>:"\\|?*\x00-\x1f]')  # a file chosen on Linux, restored onto a USB stick


def temp_path(db_path: Path, source: Path) -> Path:
    named = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}-{source.name}{TEMP_MARK}")
    if NOT_ON_WINDOWS.search(source.name) or not _fits(named):
        return db_path.with_name(f".{db_path.name}.restore-{os.getpid()}{TEMP_MARK}")
    return named


def _fits(temp: Path) -> bool:
    """Whether the longest name a restore writes beside the shop, `making.write_copy`'s own copy of `temp` with
    SQLite's journal beside it, is short enough for every disk."""
    longest = temp.with_name(f".{temp.name}.{os.getpid()}{TEMP_MARK}-journal")
    return len(longest.name.encode()) <= LONGEST_NAME_BYTES and len(str(longest)) <= LONGEST_PATH


@dataclass(frozen=True)
class Unfinished:
    copy: Path
    text: str  # what to tell the owner, naming what was being restored

    def remove(self) -> bool:
        """Remove the copy, with SQLite's files beside it; False when it cannot be (it is said again next time)."""
        try:
            for side in SIDE_FILES:
                Path(f"{self.copy}{side}").unlink(missing_ok=True)
            self.copy.unlink(missing_ok=True)
        except OSError:
            return False
        return True


def take_unfinished(db_path: Path) -> list[str]:
    """Remove the copies restores of this shop file cut off left beside it; what to tell the owner about each."""
    return [unfinished.text for unfinished in find_unfinished(db_path) if unfinished.remove()]


def find_unfinished(db_path: Path) -> list[Unfinished]:
    """The copies restores of this shop file cut off left beside it (not those of restores under way)."""
    from app.backups.restoring import process_alive  # restoring imports this module

    db_path = paths.real_path(db_path)  # a restore writes beside the file a link points to
    mark = re.escape(TEMP_MARK)  # the copy is written as `making.write_copy` writes any: under a name of its own first
    pattern = re.compile(rf"^\.(?P<copying>\.)?{re.escape(db_path.name)}\.restore-(?P<pid>\d+)(?:-(?P<source>.+?))?"
                         rf"{mark}(?(copying)\.\d+{mark})$")
    found = []
    try:
        entries = sorted(os.scandir(db_path.parent), key=lambda entry: entry.name)
    except OSError:
        return found
    for entry in entries:
        if (match := pattern.match(entry.name)) is None:
            continue
        pid = int(match["pid"])
        try:
            written = entry.stat(follow_symlinks=False).st_mtime
            stale = time.time() - written > STALE_AFTER_SECONDS or written < computer_started()
        except OSError:  # gone meanwhile, or not to be read: looked at again at the next start
            continue
        if stale or (pid != os.getpid() and not process_alive(pid)):  # else a restore under way
            found.append(Unfinished(Path(entry.path), _unfinished_text(match["source"])))
    return found


def computer_started() -> float:
    """When this computer last started, as time.time() counts: time spent asleep counts as running."""
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.GetTickCount64.restype = ctypes.c_uint64
        return time.time() - kernel32.GetTickCount64() / 1000
    return time.time() - time.clock_gettime(getattr(time, "CLOCK_BOOTTIME", time.CLOCK_MONOTONIC))  # macOS: no BOOTTIME


def _unfinished_text(source: str | None) -> str:
    info = files.parse_name(source) if source else None
    if info is not None:
        return t("上次从备份恢复（{created} 的备份）没有完成，店铺仍是恢复之前的数据；如需要，请再恢复一次。",
                 created=shown_stamp(info.isoformat()))
    if source:
        return t("上次从 {file} 恢复没有完成，店铺仍是恢复之前的数据；如需要，请再恢复一次。", file=source)
    return t("上次从备份恢复没有完成，店铺仍是恢复之前的数据；如需要，请再恢复一次。")
