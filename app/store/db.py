"""Opening the shop file: checks that never write, pragmas, migrations, transactions."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app import os_errors
from app.domain import normalize_alias
from app.errors import StoreError
from app.i18n import t
from app.store.database import (
    LOW_SPACE,
    Database,
    DiskFull,
    FileBusy,
    WriterWait,
    is_busy,
    on_a_full_disk,
    thread_writer_wait,
)
from app.store.maintenance import open_read_only
from app.store.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS, NAMES_REKEYED, NAMES_REKEYED_AT

if TYPE_CHECKING:
    from app.backups.files import BackupInfo

SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_READONLY_ROLLBACK = 776  # a hot journal that only a read-write connection may roll back
BUSY_TIMEOUT_MS = 5000
WAIT_STEP_MS = 200  # a wait in steps (`retried_while_busy`) tries for the lock this long at a time
T = TypeVar("T")


class UnusableFile(StoreError):
    """A sound SQLite file this app must leave alone: another program's, or a newer version's. It is not
    damaged, so no backup is offered in its place."""


class UnreadableFile(StoreError):
    """A file this app may not open (no permission, a read-only folder beside a WAL file): nothing is known of
    what it holds, so it is neither called damaged nor replaced by a restore."""


class DamagedFile(StoreError):
    """A SQLite file whose inner structure cannot be read (cut short by a power cut, a failing disk); `reason`:
    SQLite's words, as said to the user."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class UpgradeRefused(StoreError):
    """The file's own rows fail a constraint of a newer data version (changed with another tool): nothing was
    changed. `number`: the version refused; `reason`: SQLite's words."""

    def __init__(self, message: str, number: int, reason: str):
        super().__init__(message)
        self.number, self.reason = number, reason


def inspect_file(path: Path) -> int:
    """The schema version of an existing shop file, read without writing anything (but for SQLite's own
    recovery of a write that was cut off, see `_roll_back`).

    Raises StoreError for a file that is not SQLite, is corrupt, belongs to another program,
    was written by a newer version of the app, or is empty while it has backups (`emptied`).
    """
    # Never open() the file itself: closing any plain handle on it drops SQLite's POSIX locks for the whole
    # process, and another process would then delete the WAL this one is still using.
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UnreadableFile(t("无法读取数据文件 {path}：{error}", path=path, error=os_errors.reason(e))) from None
    if size == 0:
        if evidence := emptied(path):
            raise StoreError(_emptied_message(path, evidence))
        return 0
    try:
        version, app_id, tables = _read_header(path)
    except _HotJournal:
        _roll_back(path)
        version, app_id, tables = _read_header(path)
    if tables and app_id != APPLICATION_ID:
        raise UnusableFile(t("{path} 是其他程序的 SQLite 数据库，不是红花榜的数据文件，未做任何修改", path=path))
    if version > LATEST_VERSION:
        raise UnusableFile(
            t(
                "数据文件 {path} 由更新版本的红花榜创建（数据版本 {version}，本软件支持到 {latest}）。"
                "请升级红花榜后再打开；文件未被修改。",
                path=path, version=version, latest=LATEST_VERSION,
            )
        )
    return version


def emptied(path: Path) -> BackupInfo | None:
    """What shows that a shop file of 0 bytes lost its shop (a power cut or a pulled USB stick before the disk
    wrote it, a sync conflict): its newest backup, else the newest file a restore moved aside from there (a
    damaged or a newer version's file, `MOVED_ASIDE`: no backup to restore, but a shop was there); None for
    any other file. A file only just created has neither, so it is a new shop; opened as a new, empty one, an
    emptied file would show the owner no data and let them carry on."""
    from app.backups.files import MOVED_ASIDE, list_backups  # names and folders only: no SQL, nothing heavy

    try:
        if path.stat().st_size != 0:
            return None
        found = list_backups(path)
    except OSError:
        return None
    return next((b for b in found if b.kind not in MOVED_ASIDE), found[0] if found else None)


def _emptied_message(path: Path, evidence: BackupInfo) -> str:
    from app.backups.files import MOVED_ASIDE

    if evidence.kind not in MOVED_ASIDE:
        return t("数据文件 {path} 是空的（0 字节），可它有备份：店铺的数据很可能在断电、拔出 U 盘或同步时丢失了。"
                 "红花榜没有把它当作新店铺打开，文件未被修改。请从备份恢复（最新的备份：{backup}）。",
                 path=path, backup=evidence.path)
    return t("数据文件 {path} 是空的（0 字节），可这里以前有过店铺的数据（备份文件夹里有恢复时移到一旁的{kind} {file}，"
             "它不是可以恢复的备份）：店铺的数据很可能在断电、拔出 U 盘或同步时丢失了。"
             "红花榜没有把它当作新店铺打开，文件未被修改。备份文件夹里没有可以恢复的备份；"
             "如果别处（例如 U 盘）存有备份，请用它恢复（窗口里点「从文件恢复…」选择它，或用命令 honghua restore）。",
             path=path, file=evidence.path, kind=evidence.label)


class _HotJournal(Exception):
    """A read-only connection found a hot -journal it may not roll back."""


def _read_header(path: Path) -> tuple[int, int, int]:
    """(user_version, application_id, number of schema entries), read-only."""
    try:
        conn = open_read_only(path)  # which leaves no -wal/-shm of its own behind
    except sqlite3.Error as e:
        raise StoreError(t("无法打开数据文件 {path}：{error}", path=path, error=os_errors.sqlite_reason(e))) from None

    def read() -> tuple[int, int, int]:
        return (conn.execute("PRAGMA user_version").fetchone()[0], conn.execute("PRAGMA application_id").fetchone()[0],
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])

    try:
        try:
            return read()
        except sqlite3.OperationalError as e:
            if not is_busy(e):
                raise
            return _after_busy_timeout(conn, path, read)
    except sqlite3.DatabaseError as e:
        code = getattr(e, "sqlite_errorcode", None)
        if code == SQLITE_READONLY_ROLLBACK:
            raise _HotJournal() from None
        if code == SQLITE_CANTOPEN:
            raise UnreadableFile(_cannot_open_message(path)) from None
        if code == SQLITE_NOTADB or "not a database" in str(e):
            raise StoreError(t("{path} 不是红花榜的数据文件（也不是 SQLite 数据库），未做任何修改", path=path)) from None
        if on_a_full_disk(path, e):
            raise DiskFull(disk_full_message(path)) from None
        reason = os_errors.sqlite_reason(e)
        raise DamagedFile(t("数据文件 {path} 已损坏，无法读取（{error}）。文件未被修改；请从备份恢复。", path=path, error=reason),
                          reason) from None
    finally:
        conn.close()


def _cannot_open_message(path: Path) -> str:
    """Why SQLite cannot open a file it may read: a WAL file needs its -shm beside it, so in a folder that cannot
    be written (a read-only share, a write-protected USB stick) even reading fails."""
    if not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        return t("无法读取数据文件 {path}：它所在的文件夹不能写入（只读的网络共享、写保护的 U 盘或光盘），"
                 "而打开数据文件时要在它旁边建临时文件。请把数据文件复制到可以写入的文件夹再用；文件未被修改。", path=path)
    return t("无法读取数据文件 {path}：没有权限，或文件正被其他程序占用", path=path)


def _roll_back(path: Path) -> None:
    """Let SQLite roll back what a writer killed in rollback-journal mode left half done (the hot -journal
    beside the file: a restore cut off while it leaves WAL, a shop where WAL is refused), as any program
    opening the file would. A read-only connection cannot, and would call a sound file unreadable."""
    journal = path.with_name(path.name + "-journal")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        raise StoreError(t("数据文件 {path} 上次保存时被中断，需要用旁边的 {journal} 文件复原，但文件或所在的文件夹不可写。"
                           "请把数据文件和这个文件一起放到可写的位置再打开（不要删除 {journal}）。",
                           path=path, journal=journal.name)) from None


def connect(path: Path, *, thread_shared: bool = False) -> Database:
    """A read-write connection with the house pragmas. Autocommit: every write goes through atomic()."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=not thread_shared)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")
        # Each commit is folded into the file at once (a passive checkpoint, which waits for no one), not after
        # SQLite's default of ~4 MB: the file alone, copied to a USB stick while a window has it open or after
        # a power cut, holds every action saved, not only what came before the last few days' work.
        conn.execute("PRAGMA wal_autocheckpoint = 1")
    except sqlite3.OperationalError as e:
        raise StoreError(_environment_message(path, e)) from None
    return Database(conn, path)


def _use_wal(conn: sqlite3.Connection) -> None:
    """WAL mode, else rollback-journal mode: SQLite keeps a file's old mode where WAL cannot work (a file system
    without the shared memory WAL needs, such as a network folder on a Mac). Switching a rollback-journal file
    to WAL needs it to itself: while another connection holds it (a window's approval in rollback-journal
    mode) this one stays in that mode rather than fail; a later start switches it."""
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError as e:
        if not is_busy(e):
            raise
        return
    if mode.lower() not in ("wal", "delete"):
        conn.execute("PRAGMA journal_mode = DELETE")


def _environment_message(path: Path, error: sqlite3.Error) -> str:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        if path.is_file() and not os.access(path, os.W_OK):  # Windows: the file's 只读 attribute (copied from a CD)
            return t("数据文件 {path} 是只读文件，无法保存。请在它的「属性」中取消「只读」，或把它复制到可写的位置。", path=path)
        return t("数据文件 {path} 所在的文件夹是只读的，无法保存。请把数据文件放到可写的位置。", path=path)
    if is_busy(error):
        return busy_message(path, BUSY_TIMEOUT_MS / 1000)
    if "full" in text:
        return t("磁盘已满，无法保存到 {path}。请清理磁盘空间后再试；刚才的操作没有保存。", path=path)
    if "unable to open" in text and not os.access(path.parent, os.W_OK):
        if path.exists():  # a WAL file on a write-protected stick: even reading needs its -shm beside it
            return _cannot_open_message(path)
        return t("数据文件 {path} 所在的文件夹是只读的，无法保存。请把数据文件放到可写的位置。", path=path)  # a new shop file
    return t("无法使用数据文件 {path}：{error}", path=path, error=os_errors.sqlite_reason(error))


def disk_full_message(path: Path) -> str:
    """A shop file its full disk keeps from being read (`database.DiskFull`)."""
    from app.backups.making import human_size

    try:
        left = shutil.disk_usage(path.parent).free
    except OSError:
        left = None
    if left is not None and left >= LOW_SPACE:  # room on the disk, none for this user: a disk quota
        return t("数据文件 {path} 所在的磁盘已满：这个用户的磁盘配额已用完。读取数据文件时要在它旁边写两个小文件"
                 "（-wal、-shm），现在写不进去。数据文件没有损坏，也没有被修改；请删除这个用户在这个磁盘上不需要的文件，"
                 "或请管理员调高配额后再打开。", path=path)
    free = "?" if left is None else human_size(left)
    return t("数据文件 {path} 所在的磁盘已满（只剩 {free}），无法读取它：读取时要在它旁边写两个小文件（-wal、-shm）。"
             "数据文件没有损坏，也没有被修改；请清理这个磁盘的空间后再打开。", path=path, free=free)


# who kept the shop file from this connection, as far as the lock refused tells (`busy_message`)
WRITER = "writer"  # a lock only a writer holds: BEGIN IMMEDIATE refused, or a read kept out (rollback journal)
READER = "reader"  # a COMMIT in rollback-journal mode, which waits for the others' reads to end
EITHER = "either"  # BEGIN EXCLUSIVE (the window's, rollback journal), or a busy error with no more said


def busy_message(path: Path, seconds: float, holder: str = EITHER) -> str:
    """Another connection kept the file: in a shop another Honghua window or command (a scheduled import),
    named when the window's lock file says which. Said to write only when the lock refused is a writer's: without
    WAL a reader (a poster printed, a backup copying the file) keeps a writer out too."""
    fields = {"path": path, "seconds": max(1, round(seconds))}
    if holder == WRITER:
        said = t("数据文件 {path} 正在被另一个红花榜窗口或命令（例如计划任务的导入）写入，等了 {seconds} 秒还没有写完，"
                 "刚才的操作没有完成。请等它写完后再试。", **fields)
    elif holder == READER:
        said = t("数据文件 {path} 正在被另一个红花榜窗口或命令读取（例如打印海报或备份），等了 {seconds} 秒还没有读完，"
                 "刚才的操作没有完成。请等它读完后再试。", **fields)
    else:
        said = t("数据文件 {path} 正在被另一个红花榜窗口或命令使用，等了 {seconds} 秒还没有用完，"
                 "刚才的操作没有完成。请等它用完后再试。", **fields)
    return said + window_holding(path)


def window_holding(path: Path) -> str:
    """The sentence naming the window that holds the shop file, when its lock file names a live one; else ""."""
    from app.backups.restoring import lock_holder  # the window's lock file; imported only when it is needed

    if holder := lock_holder(path):
        pid, _, host = holder.partition("@")
        return t("这个数据文件正开在一个红花榜窗口中（计算机 {host}，进程号 {pid}）。", host=host, pid=pid)
    return ""


def _begin(db: Database, path: Path) -> None:
    """BEGIN IMMEDIATE: take the write lock. Without a `writer_wait` SQLite waits the busy timeout for another
    writer; with one (the window's connection, or any connection on a window's worker thread or in a command:
    `database.writers_waited_with`), it is tried in short steps, and the waiter decides between them whether to
    go on waiting (the window keeps painting and can cancel; a command waits longer) instead of failing after 5 s.

    The window's own connection begins with BEGIN EXCLUSIVE in rollback-journal mode: it also waits there for
    other programs' reads to end (a command printing a poster, a backup copying the file), before its
    transaction is open, so its commit never waits for them inside it (`_commit`)."""
    waiter = db.writer_wait if db.writer_wait is not None else thread_writer_wait()
    if waiter is None:
        try:
            db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if is_busy(e):
                raise FileBusy(busy_message(path, BUSY_TIMEOUT_MS / 1000, WRITER)) from None
            raise
        return
    begin = "BEGIN EXCLUSIVE" if db.writer_wait is not None and _rollback_journal(db.conn) else "BEGIN IMMEDIATE"
    # an EXCLUSIVE lock waits for readers too: who holds the file is not known then
    holder = EITHER if begin == "BEGIN EXCLUSIVE" else WRITER
    retried_while_busy(db.conn, path, waiter, lambda: db.conn.execute(begin), holder=holder)


def _rollback_journal(conn: sqlite3.Connection) -> bool:
    """The file is in rollback-journal mode (where WAL cannot work): a writer's commit waits for every reader.
    The mode can change under an open connection (another start switches an idle file to WAL): asked each time,
    which takes no lock."""
    return conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal"


def retried_while_busy(conn: sqlite3.Connection, path: Path, waiter: WriterWait, attempt: Callable[[], T],
                       waited: float = 0.0, holder: str = WRITER) -> T:
    """`attempt()`, tried again in WAIT_STEP_MS steps while another connection holds the lock it needs and
    `waiter` says to go on waiting; FileBusy (`busy_message`, saying `holder`) when it stops. `waited`: how long
    a try before this one already waited (the busy timeout). Ctrl+C in a command stops it between two steps."""
    started, asked = time.monotonic() - waited, False
    timeout_ms = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
    try:
        while True:
            try:
                return attempt()
            except sqlite3.OperationalError as e:
                seconds = time.monotonic() - started
                if not is_busy(e):
                    raise
                asked = True
                if not waiter.waiting(seconds):
                    raise FileBusy(busy_message(path, seconds, holder)) from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        if asked:
            waiter.over()


def waited_while_busy(conn: sqlite3.Connection, path: Path, attempt: Callable[[], T]) -> T:
    """`attempt()` (a read outside any transaction: a backup copying the file); kept out by another connection's
    lock for the busy timeout, tried again as `_after_busy_timeout` says."""
    try:
        return attempt()
    except sqlite3.OperationalError as e:
        if not is_busy(e):
            raise
        return _after_busy_timeout(conn, path, attempt)


def _after_busy_timeout(conn: sqlite3.Connection, path: Path, attempt: Callable[[], T]) -> T:
    """A read kept out for the busy timeout by a rollback-journal writer that holds the whole file while it writes
    (a window's import commit): tried again as this thread's waiter says (a command waits up to its limit);
    without one, said as the busy file it is."""
    waiter = thread_writer_wait()
    if waiter is None:
        raise FileBusy(busy_message(path, BUSY_TIMEOUT_MS / 1000, WRITER))
    return retried_while_busy(conn, path, waiter, attempt, waited=BUSY_TIMEOUT_MS / 1000)


def wait_until_readable(path: Path) -> None:
    """Wait, in WAIT_STEP_MS steps as this thread's waiter says, while another program holds the whole file (in
    rollback-journal mode a writer writing out its changes keeps even readers out): a window's worker calls it
    before opening its own connection, whose first reads would wait SQLite's busy timeout before its waiter is
    asked — 5 s with nothing said and its 取消 unheard. At once without a waiter or when nothing holds the file;
    a file that cannot be read for another reason is left to the opening to say."""
    waiter = thread_writer_wait()
    if waiter is None:
        return
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return
    try:
        retried_while_busy(conn, path, waiter, lambda: conn.execute("SELECT count(*) FROM sqlite_master").fetchone())
    except sqlite3.Error:
        return
    finally:
        conn.close()


def _commit(db: Database, path: Path) -> None:
    """COMMIT. In rollback-journal mode it waits for other connections' reads to end (a window's backup copying
    the file): on a thread with a waiter (a command, a window's background work) for as long as the waiter
    says, in steps; the transaction stays open meanwhile. The window's own connection is not stepped: its
    waiter runs the window's timers, which must not read or write inside this open transaction; it took the
    whole file at its BEGIN instead (`_begin`), so no reader is left to wait for."""
    try:
        db.conn.execute("COMMIT")
    except sqlite3.OperationalError as e:
        waiter = thread_writer_wait()
        if waiter is None or not is_busy(e) or not db.conn.in_transaction:
            raise
        retried_while_busy(db.conn, path, waiter, lambda: db.conn.execute("COMMIT"), waited=BUSY_TIMEOUT_MS / 1000,
                           holder=READER)


def migrate(db: Database, path: Path, backups_of: Path | None = None) -> int:
    """Apply the migrations the file lacks, with their version bumps, in one transaction. An older file with
    rows is backed up first inside it, under the write lock: no other window or command (a scheduled import)
    can write during the backup or between it and the upgrade, so the backup is exactly the file the upgrade
    starts from. The backup goes with the backups of `backups_of` (default: `path`; a restore migrates its copy)."""
    if db.execute("PRAGMA user_version").fetchone()[0] >= LATEST_VERSION:
        return LATEST_VERSION
    backup, number = None, 0
    try:
        with atomic(db, path):
            version = db.execute("PRAGMA user_version").fetchone()[0]  # another start may have upgraded it meanwhile
            if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if 0 < version < LATEST_VERSION:  # a verified backup first (only a file with rows); none → no migration
                from app.backups.making import before, keep_of_file

                # a restore's copy joins the shop's backups: the shop's own settings (when it has a readable file) rotate them
                backup = before(db, backups_of or path, "migrate", keep=keep_of_file(backups_of) if backups_of else None)
            for number in range(version + 1, LATEST_VERSION + 1):
                for statement in MIGRATIONS[number - 1]:
                    db.execute(statement)
                if number == NAMES_REKEYED_AT:
                    db.conn.create_function("name_key", 1, normalize_alias, deterministic=True)
                    for statement in NAMES_REKEYED:
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
    except sqlite3.IntegrityError as e:  # rows this version's constraints refuse (a file changed with another tool)
        message = t("数据文件 {path} 无法升级到这个版本的红花榜：升级到数据版本 {number} 时，文件里有数据不符合要求，"
                    "可能是用其他工具改过（SQLite 的说明：{error}）。文件未被修改，仍可用原来版本的红花榜打开。",
                    path=path, number=number, error=e)
        if backup is not None:
            message += t("升级前的备份在 {backup}。", backup=backup.info.path)
        raise UpgradeRefused(message, number, str(e)) from None
    return LATEST_VERSION


@contextlib.contextmanager
def atomic(db: Database, path: Path) -> Iterator[Database]:
    """One user action = one transaction; environment faults become StoreError, nothing is kept.

    The outermost block starts with BEGIN IMMEDIATE (or EXCLUSIVE, `_begin`): it takes the write lock before
    reading, so what an action reads to decide (a quota left, the next number) cannot change under it before it
    commits. Another writer waits up to the busy timeout. Nested blocks are savepoints.
    """
    refused = getattr(db, "read_only_reason", None)  # set by maintenance.refuse_writes on a damaged file
    if refused:
        raise StoreError(refused)
    try:
        if db.conn.in_transaction:
            with db.savepoint():
                yield db
            return
        _begin(db, path)
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        try:
            _commit(db, path)
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as e:
        raise StoreError(_environment_message(path, e)) from None
