"""Restoring a backup, and checking a shop file's health.

    restore(db_path, chosen)   # chosen is checked first; the current file is backed up; then swapped

The order is what keeps it safe: (1) the chosen file must be SQLite, a Honghua shop, not newer than this
app and pass `PRAGMA integrity_check`; (2) it is copied with the backup API to a temporary file beside
the shop file, checked again and migrated (an older backup); (3) the current file is backed up (or, when
it is damaged, moved aside into the backups folder together with its -wal/-journal, never deleted); (4)
SQLite folds the current file's WAL back into it and leaves WAL mode — which only succeeds when no other
window or command has it open; (5) the audit row saying what was restored is written into the copy, whose
WAL is then folded into it (it leaves WAL mode: its -wal would not move with it); (6) the copy replaces the
shop file in one rename, which reopens in WAL mode. A failure before (6) leaves the shop file as it was; a
power cut after it leaves the restored data with its audit row, never one without the other. A power cut before
it leaves the copy beside the shop file: the next start removes it and says so (`unfinished`).
"""

from __future__ import annotations

import os
import socket
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PureWindowsPath

from app import os_errors, paths
from app.atomic_file import move_onto, sync_folder
from app.backups import files, preview, unfinished
from app.backups.files import BackupInfo
from app.backups.making import BackupError, BackupResult, backup_from, sparing, write_copy
from app.errors import StoreError, UserError
from app.i18n import t
from app.services.context import os_user
from app.store import maintenance, open_store
from app.store.db import DamagedFile, FileBusy, UnreadableFile, UnusableFile, UpgradeRefused, inspect_file

SIDE_FILES = ("-wal", "-journal", "-shm")


@dataclass
class Health:
    path: Path
    problems: list[str]
    version: int | None = None
    unusable: bool = False  # sound, but another program's or a newer version's (`store.db.UnusableFile`)
    unreadable: bool = False  # could not be opened to look (`store.db.UnreadableFile`): no verdict on it
    read: bool = True  # False: not read as a database at all (problems[0] says why), e.g. not SQLite

    @property
    def damaged(self) -> bool:
        """What a restore from a backup answers: neither sound, nor another program's file, nor one not looked at."""
        return not self.ok and not self.unusable and not self.unreadable

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Restored:
    source: Path
    version: int
    backup: BackupResult | None  # the current file's backup made first
    moved_aside: Path | None     # the damaged current file, kept in the backups folder
    unusable: bool = False       # what was moved aside was sound: a newer version's or another program's file
    replaced: int | None = None  # entries of the replaced file's audit log later than the backup's newest
    empty_before: bool = False   # the file replaced held nothing entered (`maintenance.has_rows`): nothing saved
    key_made: bool = False       # the backup, from before certificate keys, got its key from its migration


def health(db_path: Path, *, quick: bool = False) -> Health:
    """Check a shop file without writing to it (`quick` uses quick_check, as the window does on start-up).
    FileBusy when another program keeps it to itself meanwhile (`store.database.FileBusy`)."""
    db_path = Path(db_path)
    try:
        version = inspect_file(db_path)
    except FileBusy:  # another program is writing it: no verdict, and never a reason to restore over it
        raise
    except StoreError as e:
        return Health(db_path, [e.message], unusable=isinstance(e, UnusableFile),
                      unreadable=isinstance(e, UnreadableFile), read=False)
    return Health(db_path, maintenance.check_file(db_path, quick=quick), version)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same file on disk when both exist (a link, another spelling,
    a drive letter against a network path), otherwise the same absolute path with links resolved."""
    a, b = Path(a).expanduser(), Path(b).expanduser()
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())


def refuse_itself(db_path: Path, source: Path) -> None:
    """A shop cannot be restored from its own data file (the window and the command line say so before
    anything is asked or changed)."""
    if Path(db_path).exists() and same_file(db_path, source):
        raise UserError(t("{path} 就是当前的数据文件，不能用它自己来恢复", path=Path(source).expanduser()))


def check_source(source: Path, current: Path | None = None) -> int:
    """The schema version of a file about to be restored (into the shop file `current`, when given);
    UserError when the chosen file cannot be restored from (the current file itself, missing, not a shop
    file, newer, empty, damaged): the user picked the wrong file."""
    source = Path(source).expanduser()
    if current is not None:
        refuse_itself(current, source)
    if not source.is_file():
        raise UserError(t("找不到备份文件 {path}", path=source))
    try:
        version = inspect_file(source)  # SQLite? ours? not newer? readable? (writes only to roll back a hot journal)
    except DamagedFile as e:  # said of the backup: "restore it from a backup" would send the owner in a circle
        raise UserError(t("备份文件 {path} 已损坏，无法读取（{error}），不能用来恢复。当前数据没有任何改动。"
                          "请换一份较早的备份。", path=source, error=e.reason)) from None
    except StoreError as e:
        raise UserError(e.message) from None
    if version == 0:
        raise UserError(t("{path} 是空的数据文件，里面没有店铺数据，不能用来恢复", path=source))
    found = maintenance.check_file(source)
    if found:
        # what integrity_check found is SQLite's English about pages and cells: `honghua check` lists it
        raise UserError(t("备份文件 {path} 已损坏（没有通过完整性检查），不能用来恢复。当前数据没有任何改动。"
                          "请换一份较早的备份。", path=source))
    return version


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of this shop that passes a quick check (offered when the shop file is damaged)."""
    for info in files.list_backups(db_path):
        if info.kind not in files.MOVED_ASIDE and not maintenance.check_file(info.path, quick=True):
            return info
    return None


def lock_holder(db_path: Path) -> str | None:
    """Who holds the window's lock file on this shop ('pid@host'), when that process still runs.

    The window's lock (Qt's QLockFile) holds the process id, its program's name, the computer's name and
    id, and (Linux, macOS) the id of the computer's boot. A lock a power cut left is stale as the window
    finds it: written before the computer last started, or naming a process id that another program has
    now (ids are reused after a restart)."""
    lock = paths.lock_path(Path(db_path))
    try:
        pid_text, program, host, _machine, boot, *_rest = (
            lock.read_text(encoding="utf-8", errors="replace").splitlines() + ["", "", "", "", ""])
    except OSError:
        return None
    if not pid_text.strip().isdigit():
        return None
    pid = int(pid_text)
    if pid == os.getpid():
        return None  # this window restores the file it holds
    if host and host != socket.gethostname():
        return f"{pid}@{host}"
    if boot and (current := boot_id()) and boot != current:
        return None  # written before the computer restarted
    if not process_alive(pid):
        return None  # a window that was killed: its lock is stale
    running = process_name(pid)
    if program and running and not same_program(running, program):
        return None  # the id now belongs to another program
    return f"{pid}@{host or socket.gethostname()}"


def same_program(a: str, b: str, windows: bool = os.name == "nt") -> bool:
    """Qt names the program without its .exe on Windows, where names ignore case."""
    if windows:
        return a.lower().removesuffix(".exe") == b.lower().removesuffix(".exe")
    return a == b


def boot_id() -> str | None:
    """This boot's id as Qt writes it into a lock file (Linux); None where it is not known."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def process_name(pid: int, kernel32=None) -> str | None:
    """The file name of the program a running process was started from (honghua.exe, python3.11), as Qt
    writes it into a lock file; None when it cannot be told."""
    if os.name == "nt" or kernel32 is not None:
        import ctypes

        if kernel32 is None:
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return None
        try:
            size = ctypes.c_ulong(32768)
            buffer = ctypes.create_unicode_buffer(size.value)
            if not kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
                return None
            return PureWindowsPath(buffer.value).name or None
        finally:
            kernel32.CloseHandle(handle)
    try:
        return Path(os.readlink(f"/proc/{pid}/exe")).name.removesuffix(" (deleted)") or None
    except OSError:
        return None


def process_alive(pid: int, kernel32=None) -> bool:
    """Whether a process with this id runs on this computer; when it cannot be told, assume it does."""
    if os.name == "nt" or kernel32 is not None:
        if kernel32 is None:
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists (another user's); else it is gone
        try:
            code = _exit_code(kernel32, handle)
        finally:
            kernel32.CloseHandle(handle)
        return code is None or code == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exit_code(kernel32, handle) -> int | None:
    import ctypes

    code = ctypes.c_ulong()
    if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
        return None
    return code.value


def restore(db_path: Path, source: Path, *, now: datetime | None = None, user: str | None = None) -> Restored:
    """Replace the shop file with a checked copy of `source`, its audit log saying so (by `user`, default the
    OS user); the caller has closed its own connections."""
    # the file itself: through a symbolic link to it, the link was replaced and the shop file left as it was
    db_path, source = paths.real_path(db_path), Path(source).expanduser().absolute()
    refuse_itself(db_path, source)
    if holder := lock_holder(db_path):
        raise StoreError(_in_use(db_path, holder))
    version = check_source(source)
    temp = unfinished.temp_path(db_path, source)  # its name says what was restored, should a power cut leave it
    try:
        with sparing(source):  # the backups made on the way rotate others, never the one chosen
            return _swap(db_path, source, temp, version, now, user)
    except sqlite3.Error as e:
        raise StoreError(t("用 {source} 恢复没有完成：{error}。数据文件 {path} 没有被替换，仍是恢复前的数据。",
                           source=source, error=os_errors.sqlite_reason(e), path=db_path)) from None
    except OSError as e:
        raise StoreError(t("恢复没有完成：无法写入 {folder}（{error}）。当前数据文件没有被替换。",
                           folder=db_path.parent, error=os_errors.reason(e))) from None
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + suffix) for suffix in SIDE_FILES)):
            leftover.unlink(missing_ok=True)


def _swap(db_path: Path, source: Path, temp: Path, version: int, now: datetime | None, user: str | None) -> Restored:
    """Copy `source` to `temp`, migrate it, set the current file aside, note the restore and rename it into place."""
    keyless = preview.key_of(source) is None
    conn = maintenance.open_read_only(source)
    try:
        write_copy(conn, temp, source, chosen_backup=True)
    finally:
        conn.close()
    inspect_file(temp)
    try:
        open_store(temp, backups_of=db_path).close()  # an older backup is migrated before anything changes
    except UpgradeRefused as e:  # said of the file chosen, not of the temporary copy removed by the caller
        raise StoreError(t("恢复没有完成：{source} 无法升级到这个版本的红花榜：升级到数据版本 {number} 时，"
                           "文件里有数据不符合要求，可能是用其他工具改过（SQLite 的说明：{error}）。"
                           "当前数据文件没有被替换。", source=source, number=e.number, error=e.reason)) from None
    replaced = preview.changes_after(db_path, source)  # counted while the current file is still there
    backup, moved, unusable = (_set_aside(db_path, now) if db_path.exists() else (None, None, False))
    empty_before = db_path.exists() and backup is None and moved is None  # `_set_aside` backs up a file with rows
    restored = Restored(source, version, backup, moved, unusable, replaced, empty_before)
    copy = open_store(temp)
    try:
        # its own key, not the replaced shop's: the restored data number certificates again from their own last one
        restored.key_made = keyless and copy.certificates.stored_secret() is not None
        note_in_audit(copy, restored, user or os_user())
        maintenance.leave_wal(copy.db.conn)  # the copy's -wal is not moved with it: all must be in the file
    finally:
        copy.close()
    move_onto(temp, db_path)
    sync_folder(db_path.parent)
    return restored


def _in_use(db_path: Path, holder: str) -> str:
    return t("数据文件 {path} 正在被另一个红花榜窗口或命令使用（{holder}）。请先关闭它，再恢复；"
             "当前数据没有任何改动。", path=db_path, holder=holder)


def _set_aside(db_path: Path, now: datetime | None) -> tuple[BackupResult | None, Path | None, bool]:
    """Back up the current file, then make sure nobody else has it open and its WAL is folded in: the
    backup, or the place the file was moved to and whether it was sound but not ours to read.

    A damaged current file is never written to (not even a checkpoint) and cannot be backed up
    verifiably: it is moved into the backups folder whole, with its -wal/-journal so they stay paired. So is
    a newer version's (or another program's) file, which this version does not read.
    """
    now = now or datetime.now()
    if (current := health(db_path)).unreadable:  # perhaps sound: not moved aside as damaged
        raise StoreError(current.problems[0])
    if not current.ok:
        return None, _move_aside(db_path, now, "unusable" if current.unusable else "damaged"), current.unusable
    backup = None
    conn = maintenance.open_read_only(db_path)
    try:
        if maintenance.has_rows(conn):
            backup = backup_from(conn, db_path, "restore", now)
    finally:
        conn.close()
    try:
        maintenance.release_for_swap(db_path)
    except sqlite3.OperationalError as e:
        if "locked" in str(e).lower() or "busy" in str(e).lower():
            raise StoreError(_in_use(db_path, t("另一个连接"))) from None
        raise
    return backup, None, False


def _move_aside(db_path: Path, now: datetime, kind: str) -> Path:
    target = files.new_path(db_path, kind, now)
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in SIDE_FILES:  # the journal files first: a -wal never stays behind without its database
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            move_onto(side, target.with_name(target.name + suffix))
    move_onto(db_path, target)
    return target


def note_in_audit(store, restored: Restored, user: str) -> None:
    """The restored file's audit log says that (and from what) it was restored (written by `restore` into
    the copy before the swap)."""
    saved = restored.backup.info.path.name if restored.backup else (restored.moved_aside.name if restored.moved_aside
                                                                   else "-")
    if restored.empty_before:  # a new computer's first shop: there was nothing to save, and no "-" to say so
        summary = t("从备份 {file} 恢复数据（恢复前的店铺是空的，没有需要保存的数据）", file=restored.source.name)
    elif saved == "-":  # restored into a path where no shop file was (a deleted one, a new computer's first start)
        summary = t("从备份 {file} 恢复数据（恢复前这里没有数据文件，没有需要保存的数据）", file=restored.source.name)
    elif restored.replaced:  # the log goes on from the backup's: said what of the replaced one it no longer holds
        summary = t("从备份 {file} 恢复数据（恢复前的数据保存在 {saved}；其中晚于这份备份的 {n} 条操作记录不在恢复后的数据里）",
                    file=restored.source.name, saved=saved, n=restored.replaced)
    else:
        summary = t("从备份 {file} 恢复数据（恢复前的数据保存在 {saved}）", file=restored.source.name, saved=saved)
    detail = {"source": str(restored.source), "saved": saved, "version": restored.version, "replaced": restored.replaced}
    if restored.key_made:  # the key is the restore's, not a sign of a shop made apart (`preview.same_shop`)
        detail[preview.KEY_MADE] = True
    with store.atomic(while_locked=True):  # a note about what happened, not a change of data
        store.audit.add(user, preview.RESTORE_NOTE, summary, detail)


__all__ = ["BackupError", "Health", "Restored", "check_source", "health", "lock_holder", "newest_good_backup",
           "note_in_audit", "refuse_itself", "restore", "same_file"]
