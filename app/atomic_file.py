"""Writing an output file (PDF, PNG, xlsx, plan) so that nobody ever sees half of it.

    with replaced_atomically(path, ".pdf") as tmp:
        canvas = Canvas(str(tmp)); ...; canvas.save()

The work writes a temporary file beside the target; when the block ends without an error the file is synced
to the disk and moved onto the target in one step (then, on POSIX, the folder is synced so the rename itself
survives a power cut), otherwise it is removed and the old target is left as it was. The temporary name
starts with a dot and ends in .honghua.tmp (TEMP_MARK), so one left by a killed process is hidden (POSIX)
or plainly not a PDF or workbook (Windows shows a TMP file, which Excel or a viewer does not open), and is
ours beyond doubt: the next write into that folder removes it once it has been left alone for half an hour
(`remove_stale_temps`; never a file of any other name). A folder that
cannot be written, a full disk, or a target held open by another program (Excel, a PDF viewer) becomes a
UserError naming the file, in the CLI and the window alike.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from app import os_errors
from app.errors import UserError
from app.i18n import t

_CANNOT_SYNC_FOLDERS = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})
ON_WINDOWS = os.name == "nt"
TEMP_MARK = ".honghua.tmp"  # the end of every temporary file's name we write (backups and restores too)
STALE_AFTER_SECONDS = 30 * 60  # far longer than any export, print job or backup runs
_OUR_TEMP = re.compile(r"^\..+" + re.escape(TEMP_MARK) + r"(-journal|-wal|-shm)?$")
MOVEFILE_REPLACE_EXISTING = 0x1
MOVEFILE_WRITE_THROUGH = 0x8
ERROR_FILE_EXISTS, ERROR_ALREADY_EXISTS = 80, 183  # what MoveFileExW says of a name taken


def require_suffix(path: str | Path, suffix: str, what: str) -> None:
    """An output file must be named for what it holds (`suffix`, any case): a workbook is never written as
    p.txt, a PNG never as x.jpg. `what` names the option or file in the message."""
    if not str(path).strip().lower().endswith(suffix):
        raise UserError(t("{what} 要写一个以 {suffix} 结尾的文件名（现在是「{path}」）", what=what, suffix=suffix,
                          path=path))


@contextlib.contextmanager
def replaced_atomically(path: str | Path, suffix: str) -> Iterator[Path]:
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(t("{path} 是一个文件夹，请指定文件名", path=target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(target.parent)
        tmp = new_temp(target.parent, f".{target.stem[:20]}-", suffix + TEMP_MARK)
    except OSError as e:
        raise UserError(os_errors.describe(e)) from None
    try:
        try:
            yield tmp
        except BaseException as e:
            # A writer stopped by an error (the disk's, a bug, a cancel) may still hold the file open in its
            # finished frames (reportlab's SaveToFile does): let go of them, or Windows refuses to remove the
            # temporary file below, and that refusal would be raised in place of the error.
            traceback.clear_frames(e.__traceback__)
            if isinstance(e, OSError) and (e.filename in (str(tmp), tmp) or e.errno in os_errors.ENVIRONMENT):
                raise _refused(target, e) from None  # writing the file itself (a full disk)
            raise  # any other file's error is a bug
        try:
            replace(tmp, target)
        except OSError as e:  # the target open in Excel or a PDF viewer
            raise _refused(target, e) from None
    finally:
        tmp.unlink(missing_ok=True)


def new_temp(folder: Path, prefix: str, suffix: str) -> Path:
    """An empty temporary file in `folder`, with the permissions a new file of the user gets (mkstemp makes it
    readable by its owner only, and the rename keeps that: an exported sheet or PDF another account on a
    Linux PC could not open)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    try:
        if not ON_WINDOWS:
            os.fchmod(fd, 0o666 & ~_umask())
    finally:
        os.close(fd)
    return Path(name)


def _umask() -> int:
    """The process's umask, read without setting it (os.umask sets it, for every thread, while it reads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return 0o022


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove the temporary files a killed export, print job, backup or restore left in `folder`: only names
    of ours (a dot, …, TEMP_MARK, or SQLite's -journal/-wal/-shm beside one) untouched for half an hour."""
    return remove_untouched(folder, lambda name: _OUR_TEMP.match(name) is not None, STALE_AFTER_SECONDS)


def remove_untouched(folder: Path, ours: Callable[[str], bool], seconds: float) -> list[Path]:
    """Remove the files in `folder` whose name `ours` accepts and that nothing touched for `seconds`. A folder
    that cannot be listed removes nothing (the caller's next step says why, if it matters); a file still open in
    another program (Windows) or gone already is left alone."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not ours(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or time.time() - entry.stat().st_mtime < seconds:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def replace(tmp: Path, target: Path) -> None:
    """Move a finished temporary file onto its target so that after a power cut the target is the old file
    or the whole new one: without the first sync, the rename may reach the disk before the data (an empty
    or half file under the target's name on ext4 and NTFS alike)."""
    sync_file(tmp)
    move_onto(tmp, target)
    sync_folder(target.parent)


def move_onto(source: Path, target: Path) -> None:
    """os.replace; on Windows one that returns only once the rename is on the disk (os.replace there does not
    ask for MOVEFILE_WRITE_THROUGH, and Windows has no folder handle to sync instead)."""
    if not ON_WINDOWS:
        os.replace(source, target)
        return
    _move_file(source, target, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)


def move_new(source: Path, target: Path) -> None:
    """Rename `source` to `target` only while no file has that name, else FileExistsError with nothing moved: a
    name chosen as free may have been taken since (another program's copy into the same folder). Windows' rename
    refuses a name taken by itself; elsewhere a hard link does, or on a file system without them (a FAT USB stick)
    a look just before."""
    if ON_WINDOWS:
        _move_file(source, target, MOVEFILE_WRITE_THROUGH)
        return
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)


def _move_file(source: Path, target: Path, flags: int) -> None:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    if not kernel32.MoveFileExW(str(source), str(target), flags):
        code = ctypes.get_last_error()  # type: ignore[attr-defined]
        if code in (ERROR_FILE_EXISTS, ERROR_ALREADY_EXISTS):
            raise FileExistsError(errno.EEXIST, ctypes.FormatError(code), str(target))  # type: ignore[attr-defined]
        raise OSError(None, ctypes.FormatError(code), str(source), code, str(target))  # type: ignore[attr-defined]


def sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only a handle open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles to sync, NTFS logs the rename)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as e:
        # some network and FUSE filesystems cannot sync a folder at all; the file is in place (SQLite ignores
        # this failure too)
        if e.errno not in _CANNOT_SYNC_FOLDERS:
            raise
    finally:
        os.close(fd)


def _refused(target: Path, e: OSError) -> UserError:
    return UserError(t("无法读写「{path}」：{reason}", path=target, reason=os_errors.reason(e)))
