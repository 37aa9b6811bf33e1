"""Making backups: an online copy (SQLite's backup API) to a temporary name, checked with
`PRAGMA integrity_check`, then renamed into place; rotation afterwards. A backup that fails is deleted
and reported (BackupError naming the folder), and the shop file itself is never written to here.
"""

from __future__ import annotations

import errno
import glob
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from app import os_errors
from app import settings as declared
from app.atomic_file import TEMP_MARK, move_new, move_onto, remove_stale_temps, sync_folder
from app.backups import files
from app.backups.files import BackupInfo, Keep
from app.errors import StoreError
from app.i18n import t
from app.store import maintenance
from app.store.database import Database, FileBusy, is_busy
from app.store.db import waited_while_busy, window_holding
from app.store.settings import SettingRepo

SPACE_MARGIN = 1 << 20  # bytes kept free beyond the copy itself
STALE_TEMP = timedelta(days=1)
CLOCK_SLACK = timedelta(minutes=5)  # a clock this little behind the newest backup is set right by time sync, not wrong


class BackupError(StoreError):
    """A backup could not be written or did not verify; nothing was kept and the shop file is unchanged."""


class NameTaken(Exception):
    """A copy not to replace anything found its name taken since it was chosen; nothing was kept."""


@dataclass
class BackupResult:
    info: BackupInfo
    deleted: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rotated: bool = True  # False: old backups were left for a later backup to rotate (a locked shop's manual one)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 ** 2:
        return f"{size / 1024:.1f} KB"
    if size < 1024 ** 3:
        return f"{size / 1024 ** 2:.1f} MB"
    return f"{size / 1024 ** 3:.2f} GB"


# ---- the one way a copy is written ---------------------------------------------------------------
def write_copy(source: sqlite3.Connection, target: Path, shop: Path, *, chosen_backup: bool = False,
               replace: bool = True) -> int:
    """Write a verified online copy of `source` (the shop file `shop`) to `target`; returns its size in bytes.

    Raises BackupError (naming the folder) when the folder cannot be written, the disk is full, or the
    copy fails its integrity check, and (naming the shop file) when another program keeps the file to itself
    longer than this thread waits (a rollback-journal writer writing its changes); no partial file is left behind.
    `chosen_backup`: `shop` is a backup being restored, whose damage is no reason to check the shop. Without
    `replace`, a file of the target's name is never replaced: NameTaken.
    """
    with _busy_said(Path(shop)):
        return _write_copy(source, Path(target), Path(shop), chosen_backup, replace)


@contextmanager
def _busy_said(shop: Path) -> Iterator[None]:
    """FileBusy (another program kept the shop file to itself longer than this thread waits) as a BackupError."""
    started = time.monotonic()
    try:
        yield
    except FileBusy:
        raise BackupError(t("备份没有完成：数据文件 {path} 正在被另一个红花榜窗口或命令（例如计划任务的导入）写入，"
                            "等了 {seconds} 秒还没有写完。没有留下不完整的备份文件，数据文件也没有被修改；请等它写完后再试。",
                            path=shop, seconds=max(1, round(time.monotonic() - started)))
                          + window_holding(shop)) from None


def _maybe_damaged(shop: Path, chosen_backup: bool) -> str:
    """What to do about a shop file a backup found unreadable or damaged, in the window or at the command line
    (the check is offered with the file's own --db: without it, it would check the default shop file)."""
    if chosen_backup:
        return t("备份文件 {path} 可能已损坏：当前数据没有被替换，请换一份较早的备份恢复。", path=shop)
    return t("数据文件 {path} 可能已损坏：请不要再修改它，运行 honghua --db \"{path}\" check 检查它，"
             "或在 设置 → 备份与恢复 中用较早的备份恢复。", path=shop)


def _write_copy(source: sqlite3.Connection, target: Path, shop: Path, chosen_backup: bool, replace: bool) -> int:
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BackupError(_os_message(e, folder)) from None
    if not os.access(folder, os.W_OK):
        raise BackupError(_read_only_message(folder))
    try:
        need = waited_while_busy(source, shop, lambda: maintenance.size_in_bytes(source))
    except sqlite3.DatabaseError as e:
        raise BackupError(t("无法读取数据文件 {path}，备份没有完成：{error}。{what_to_do}", path=shop,
                            error=os_errors.sqlite_reason(e), what_to_do=_maybe_damaged(shop, chosen_backup))) from None
    free = shutil.disk_usage(folder).free
    if free < need + SPACE_MARGIN:
        raise BackupError(_full_message(folder, need + SPACE_MARGIN, free))
    remove_stale_temps(folder)
    temp = folder / f".{target.name}.{os.getpid()}{TEMP_MARK}"
    try:
        with _cleaned(temp):
            maintenance.copy_to(source, temp, shop)
            found = maintenance.check_file(temp)
            if found:
                raise BackupError(t("备份没有通过完整性检查（{problem}），已删除这份备份。{what_to_do}",
                                    problem=found[0], what_to_do=_maybe_damaged(shop, chosen_backup)))
            size = temp.stat().st_size
            try:
                (move_onto if replace else move_new)(temp, target)
            except FileExistsError:  # not replacing: the name was taken since it was chosen
                raise NameTaken(target) from None
            except PermissionError as e:  # Windows: the file being replaced is open in another program
                if not target.exists():
                    raise
                raise BackupError(t("备份失败：无法替换 {path}：{reason}。数据文件没有被修改。", path=target,
                                    reason=os_errors.reason(e))) from None
            sync_folder(folder)
    except sqlite3.Error as e:
        raise BackupError(_sqlite_message(e, folder, need)) from None
    except OSError as e:
        raise BackupError(_os_message(e, folder, need)) from None
    return size


@contextmanager
def _cleaned(temp: Path) -> Iterator[None]:
    """Remove the temporary copy (and a journal SQLite may have left beside it) unless it was renamed."""
    try:
        yield
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            if leftover.exists():
                leftover.unlink()


def _full_message(folder: Path, need: int, free: int | None = None) -> str:
    if free is None:
        return t("备份失败：{folder} 所在的磁盘空间不足（备份约需 {need}）。请清理磁盘空间后再试；数据文件没有被修改。",
                 folder=folder, need=human_size(need))
    return t("备份失败：{folder} 所在的磁盘空间不足（备份约需 {need}，只剩 {free}）。请清理磁盘空间后再试；"
             "数据文件没有被修改。", folder=folder, need=human_size(need), free=human_size(free))


def _read_only_message(folder: Path) -> str:
    return t("备份失败：无法写入文件夹 {folder}（只读或没有权限）。请检查这个文件夹，或把备份保存到别处；"
             "数据文件没有被修改。", folder=folder)


def _os_message(e: OSError, folder: Path, need: int = 0) -> str:
    if e.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _full_message(folder, need)
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return _read_only_message(folder)
    return t("备份到 {folder} 失败：{error}。数据文件没有被修改。", folder=folder, error=os_errors.reason(e))


def _sqlite_message(e: sqlite3.Error, folder: Path, need: int) -> str:
    text = str(e).lower()
    if "full" in text or "disk i/o" in text:
        return _full_message(folder, need)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return _read_only_message(folder)
    return t("备份到 {folder} 失败：{error}。数据文件没有被修改。", folder=folder, error=os_errors.sqlite_reason(e))


# ---- backups in the backups folder ---------------------------------------------------------------
def keep_from(conn: sqlite3.Connection) -> Keep:
    """The rotation settings stored in the shop file (defaults where unset or unreadable). Kept out by another
    program's lock, the error as it is: that file has its settings, which are not the defaults."""
    repo = SettingRepo(Database(conn))
    values = {}
    for name, setting in (("last", declared.BACKUP_KEEP_LAST), ("daily", declared.BACKUP_KEEP_DAILY),
                          ("weekly", declared.BACKUP_KEEP_WEEKLY), ("monthly", declared.BACKUP_KEEP_MONTHLY)):
        try:
            value = repo.get(setting.key)
        except sqlite3.Error as e:  # an old file without the setting table: the defaults apply
            if is_busy(e):
                raise
            value = None
        values[name] = value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
            else setting.default
    return Keep(**values)


def keep_of_file(db_path: Path) -> Keep | None:
    """The rotation settings of the shop file at `db_path`; None when there is no such file or it cannot
    be read."""
    if not Path(db_path).is_file():
        return None
    try:
        conn = maintenance.open_read_only(Path(db_path))
    except sqlite3.Error:
        return None
    try:
        return waited_while_busy(conn, Path(db_path), lambda: keep_from(conn))
    finally:
        conn.close()


def backup_from(conn: sqlite3.Connection, db_path: Path, kind: str, now: datetime | None = None, *,
                keep: Keep | None = None, rotate_old: bool = True) -> BackupResult:
    """A verified backup of `conn` (the shop at `db_path`) into its backups folder, then rotation (by
    `keep`, default the settings stored in `conn`) unless `rotate_old` is False: rotation deletes files, which
    a shop locked by its owner PIN lets no one ask for without the PIN."""
    now = now or datetime.now()
    if keep is None:  # read before the copy: refused then, no backup is half made
        with _busy_said(Path(db_path)):
            keep = waited_while_busy(conn, Path(db_path), lambda: keep_from(conn))
    stamp = files.stamp_for(db_path, now)
    target = files.new_path(db_path, kind, stamp)
    size = write_copy(conn, target, db_path)
    result = BackupResult(BackupInfo(target, stamp, kind, size), rotated=rotate_old)
    if stamp - now > CLOCK_SLACK:
        result.warnings.append(t("电脑的时间（{now}）早于最新一份备份的时间（{newest}）：可能是断电后时钟被重置了，也可能是"
                                 "那份备份做的时候电脑的时间设错了。这份备份按它之后的时间命名（{stamp}），以便仍是最新的一份。"
                                 "请确认电脑的日期和时间是对的。", now=now.strftime("%Y-%m-%d %H:%M"),
                                 newest=(stamp - timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S"),
                                 stamp=stamp.strftime("%Y-%m-%d %H:%M:%S")))
    if rotate_old:
        rotate(db_path, keep, result, now)
    return result


_spared: list[Path] = []  # backups a restore is being made from: rotation leaves them (one entry per hold)


@contextmanager
def sparing(backup: Path) -> Iterator[None]:
    """Rotation inside the block never deletes `backup`: the backups a restore makes (升级前 of an older backup,
    恢复前 of the current file) rotated away the very backup chosen, even when the restore was then refused; so did
    the day's backup the window's start-up check made while the restore was being asked (the window holds it from
    the question to the restore)."""
    path = Path(backup).absolute()
    _spared.append(path)
    try:
        yield
    finally:
        _spared.remove(path)  # this hold only: the window's, held from the question on, outlasts the restore's


def rotate(db_path: Path, keep: Keep, result: BackupResult, now: datetime) -> None:
    """Delete the backups the policy no longer keeps (but those `sparing` names), and temporary copies a killed
    backup (in the backups folder) or a killed restore (beside the shop file: `.shop.db.restore-…` and its own
    copy's `..shop.db…`) left behind."""
    folder = files.folder_for(db_path)
    doomed = [b.path for b in files.to_delete(files.list_backups(db_path), keep) if not _is_spared(b.path)]
    name, stem = glob.escape(Path(db_path).name), glob.escape(Path(db_path).stem)  # 店[1].db is a name, not a pattern
    temps = [*folder.glob(f".{stem}-*{files.TEMP_SUFFIX}"),
             *Path(db_path).parent.glob(f".{name}.restore-*"), *Path(db_path).parent.glob(f"..{name}.restore-*")]
    doomed += [p for p in temps if _left_before(p, now - STALE_TEMP)]
    for path in doomed:
        try:
            path.unlink()
        except FileNotFoundError:  # another command rotating at the same moment removed it first
            continue
        except OSError as e:
            result.warnings.append(t("无法删除旧备份 {file}：{error}", file=path, error=os_errors.reason(e)))
        else:
            result.deleted.append(path)


def _is_spared(path: Path) -> bool:
    return any(os.path.normcase(path.absolute()) == os.path.normcase(spared) for spared in _spared) or any(
        spared.exists() and path.exists() and os.path.samefile(path, spared) for spared in _spared)


def _left_before(path: Path, moment: datetime) -> bool:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime) < moment
    except FileNotFoundError:  # removed meanwhile by another command's rotation
        return False


def backup_path(db_path: Path, kind: str = "manual", now: datetime | None = None, *,
                rotate_old: bool = True) -> BackupResult:
    """Back up the shop file at `db_path` from a read-only connection of this thread (`backup_from`)."""
    conn = _reader(db_path)
    try:
        return backup_from(conn, db_path, kind, now, rotate_old=rotate_old)
    finally:
        conn.close()


def copy_into(db_path: Path, folder: Path, day: date) -> tuple[Path, int]:
    """A verified copy in `folder` (a USB stick) under the day's dated name no file there has
    (`files.free_copy_path`), and its size. A copy written there under that name meanwhile — another shop's
    scheduled backup at the same minute — is kept: this one is written again under the next number."""
    while True:
        target = files.free_copy_path(folder, db_path, day)
        try:
            return target, copy_path(db_path, target, replace=False)
        except NameTaken:
            continue


def copy_path(db_path: Path, target: Path, *, make_folder: bool = True, replace: bool = True) -> int:
    """A verified copy of the shop file at a place the user chose (a USB stick); not rotated. Without
    `make_folder` (a folder picked in the window), a folder gone since is refused rather than made again: the
    USB stick was pulled, and a folder made in its place would be on this computer's own disk. Without
    `replace`, a file of that name is never replaced (NameTaken)."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise BackupError(t("{path} 是一个文件夹，请指定备份文件的名字", path=target))
    if not make_folder and not target.parent.is_dir():
        raise BackupError(t("备份失败：文件夹 {folder} 不见了（U 盘可能已拔出）。请插好 U 盘再备份一次，或选择别的位置；"
                            "数据文件没有被修改。", folder=target.parent))
    if target.resolve() == Path(db_path).resolve():
        raise BackupError(t("备份文件不能是数据文件本身：{path}", path=target))
    conn = _reader(db_path)
    try:
        return write_copy(conn, target, db_path, replace=replace)
    finally:
        conn.close()


def _reader(db_path: Path) -> sqlite3.Connection:
    try:
        return maintenance.open_read_only(Path(db_path))
    except sqlite3.Error as e:
        raise BackupError(t("无法打开数据文件 {path}：{error}", path=db_path, error=os_errors.sqlite_reason(e))) from None


# ---- when backups happen -------------------------------------------------------------------------
def daily_due(db_path: Path, now: datetime | None = None) -> bool:
    """True when the shop file exists and has no backup made today yet."""
    return Path(db_path).exists() and not files.made_on(db_path, now or datetime.now())


def daily_backup(db_path: Path, conn: sqlite3.Connection | None = None,
                 now: datetime | None = None) -> BackupResult | None:
    """The first start of a day backs the shop up (once per calendar day; a file with no rows is skipped). A later
    start that day rotates only (`_rotate_after`): the day's backup may be one made on a shop locked by its owner
    PIN, which deleted nothing, and a nightly one without the PIN would otherwise leave the old ones for good."""
    now = now or datetime.now()
    if not daily_due(db_path, now):
        _rotate_after(db_path, conn, now)
        return None
    own = conn is None
    conn = _reader(db_path) if conn is None else conn
    try:
        with _busy_said(Path(db_path)):
            if not waited_while_busy(conn, Path(db_path), lambda: maintenance.has_rows(conn)):
                return None
        return backup_from(conn, db_path, "daily", now)
    finally:
        if own:
            conn.close()



def _rotate_after(db_path: Path, conn: sqlite3.Connection | None, now: datetime) -> None:
    """Delete what the rotation settings no longer keep, after the day's backup was made (by `rotate`, which the
    daily backup runs even on a locked shop: nothing the owner entered is deleted). Its warnings wait for the next
    backup, which says them."""
    made = files.list_backups(db_path) if Path(db_path).exists() else []
    if len(made) < 2:  # the newest always stays: nothing to delete, and nothing to read
        return
    own = conn is None
    conn = _reader(db_path) if conn is None else conn
    try:
        with _busy_said(Path(db_path)):
            keep = waited_while_busy(conn, Path(db_path), lambda: keep_from(conn))
        rotate(db_path, keep, BackupResult(made[0]), now)
    finally:
        if own:
            conn.close()

def before(db: Database, db_path: Path, kind: str, *, keep: Keep | None = None) -> BackupResult | None:
    """The backup made before a migration, an import commit, an approval or a restore (rotated by `keep`,
    default the settings stored in `db`).

    Inside the action's own transaction (its write lock taken, nothing written yet: `backups.before_action`)
    the copy is read through a read-only connection of its own, which sees everything committed before the
    lock was taken, and nothing can be committed after it: the backup is the shop the action is applied to.
    The action's connection cannot be the source there: SQLite's backup API answers SQLITE_BUSY to a source
    holding a write transaction (Python retries it for ever), and VACUUM INTO refuses any open transaction;
    in WAL mode and in rollback-journal mode alike. A rollback-journal writer lets readers in until it writes.

    Refuses the action (BackupError) when the backup fails: nothing is done without a way back.
    """
    if not maintenance.has_rows(db.conn):
        return None
    try:
        if not db.conn.in_transaction:
            return backup_from(db.conn, Path(db_path), kind, keep=keep)
        reader = _reader(maintenance.file_of(db.conn))
        try:
            return backup_from(reader, Path(db_path), kind, keep=keep)
        finally:
            reader.close()
    except BackupError as e:
        raise BackupError(e.message + t("（这是操作前的自动备份；为了安全，操作没有执行。）")) from None


def rescue(store, reason: str) -> str:  # type: ignore[no-untyped-def]  # a Store (app.store imports this package)
    """The shop file was deleted or replaced while `store` had it open (`store.FileGone`, `reason`): its connection
    still reads the file it opened. Save that as a backup, which the next start offers for the missing file, and let
    nothing more be written into a file no name leads to. What to tell the owner."""
    read_only = reason + t("之后的修改无法保存，现在只能查看。")
    maintenance.refuse_writes(store.db, read_only)  # first: whatever the backup meets, nothing more goes into that file
    try:
        saved = t("窗口里的数据已存为备份 {file}；关闭红花榜再打开时，可以从这份备份恢复。",
                  file=backup_from(store.db.conn, Path(store.path), "rescue").info.path)
    except StoreError as e:
        saved = e.message
    except OSError as e:  # the backups folder could not be listed (made, written: BackupError)
        saved = _os_message(e, files.folder_for(Path(store.path)))
    return read_only + saved

