"""The one connection to a shop file, in autocommit mode: statements, and nested transactions.

The store speaks sqlite3 directly. (sqlite-utils was its first wrapper, but importing it costs about
100 ms of start-up — it imports numpy — and the store only needs execute, executemany and transactions.)
Callers use `app.store.db.atomic()` for a user action: BEGIN IMMEDIATE at the outermost level (the window's
connection in rollback-journal mode: BEGIN EXCLUSIVE, `db._begin`), savepoints inside.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from app.errors import Cancelled, StoreError

T = TypeVar("T")
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
SQLITE_IOERR, SQLITE_FULL = 10, 13
# SQLite's I/O errors in writing (-wal, -shm, journal): those a full disk gives. A failed read (SQLITE_IOERR_READ,
# _SHORT_READ) is a bad disk or a damaged file, whatever space is left.
WRITE_ERRORS = frozenset({
    778,   # SQLITE_IOERR_WRITE
    1034,  # SQLITE_IOERR_FSYNC
    1290,  # SQLITE_IOERR_DIR_FSYNC
    1546,  # SQLITE_IOERR_TRUNCATE
    4618,  # SQLITE_IOERR_SHMOPEN
    4874,  # SQLITE_IOERR_SHMSIZE
    5386,  # SQLITE_IOERR_SHMMAP
})
LOW_SPACE = 1 << 20  # less free than this beside a shop file, and SQLite's I/O errors there are the disk's being full
_SAVEPOINT_NUMBERS = itertools.count(1)  # names unique in the process, so nested savepoints never clash


def is_busy(error: sqlite3.Error) -> bool:
    """Another connection holds the lock this one waited for (SQLITE_BUSY, SQLITE_LOCKED)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
    text = str(error).lower()
    return "locked" in text or "busy" in text


class FileBusy(StoreError):
    """Another program held the shop file longer than this one waited (in rollback-journal mode a writer keeps
    even readers out while it writes its changes). The file is not damaged: try again later."""


class DiskFull(FileBusy):
    """The shop file's disk is full: SQLite cannot even read a WAL file, whose -shm it must write beside it
    (SQLITE_IOERR_SHMSIZE). The file is not damaged: no verdict, as for FileBusy, never a reason to restore."""


def on_a_full_disk(path: Path, error: sqlite3.Error) -> bool:
    """Whether SQLite failed on the file at `path` because its disk is full: SQLITE_FULL, or an I/O error in
    writing with next to no space left there (what a -shm that cannot grow gives) — or no room for this user
    (a disk quota, EDQUOT: SQLite says only "disk I/O error", and the disk's free space does not show it)."""
    code = getattr(error, "sqlite_errorcode", None) or 0
    if code & 0xFF == SQLITE_FULL:
        return True
    if code not in WRITE_ERRORS:
        return False
    folder = Path(path).parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE or not has_room(folder, LOW_SPACE)
    except OSError:
        return False


FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})


def has_room(folder: Path, size: int) -> bool:
    """Whether `size` bytes can be written in `folder` now, found by writing them to a temporary file: only a
    write shows a quota. The file has no name there (Linux) or is deleted by the system when closed (Windows),
    so even a program killed while it writes leaves nothing beside the shop file. A write refused for another
    reason (a read-only folder) is not a lack of room."""
    try:
        with tempfile.TemporaryFile(dir=folder) as measure:
            chunk = bytes(1 << 16)
            written = 0
            while written < size:
                written += os.write(measure.fileno(), chunk)
        return True
    except OSError as e:
        return e.errno not in FULL_ERRNOS


class WriterWait(Protocol):
    """How a connection waits for another writer's transaction (a scheduled import) before its own write."""

    def waiting(self, seconds: float) -> bool:
        """Another writer still holds the write lock after `seconds`: True to try again, False to give up
        (or an exception, such as a worker's Cancelled, to stop there: nothing was begun)."""

    def over(self) -> None:
        """The wait has ended: the lock was taken, or the write given up."""


_this_thread = threading.local()


@contextlib.contextmanager
def writers_waited_with(waiter: WriterWait | None) -> Iterator[None]:
    """While the block runs, the writes of connections used on this thread (a window's background work on
    its own connection) wait for another writer as `waiter` says, when their own `writer_wait` is None."""
    before = getattr(_this_thread, "waiter", None)
    _this_thread.waiter = waiter
    try:
        yield
    finally:
        _this_thread.waiter = before


def thread_writer_wait() -> WriterWait | None:
    """The waiter `writers_waited_with` gave this thread, if any."""
    return getattr(_this_thread, "waiter", None)


ROWS_PER_INSERT = 50  # SQLite and the sqlite3 module spend less per row on one statement of many rows


class Database:
    def __init__(self, conn: sqlite3.Connection, path: Path | None = None):
        self.conn = conn
        self.path = path  # the shop file, named when a statement gives up waiting for another's lock
        # None: a write waits for another writer up to the busy timeout, or as `writers_waited_with` says
        self.writer_wait: WriterWait | None = None

    def execute(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, parameters)
        except sqlite3.OperationalError as e:
            return self._waited(e, lambda: self.conn.execute(sql, parameters))

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def begin_reading(self) -> None:
        """BEGIN a transaction that reads the shop file, its read lock taken at once: in rollback-journal mode a
        writer writing out its changes keeps readers out, and that first read is waited for as a statement
        outside a transaction is (`_waited`), where a later one, inside, could only fail."""

        def begin() -> None:
            self.conn.execute("BEGIN")
            try:
                self.conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

        try:
            begin()
        except sqlite3.OperationalError as e:
            self._waited(e, begin)

    def _waited(self, error: sqlite3.OperationalError, attempt: Callable[[], T]) -> T:
        """A statement outside a transaction that another connection's lock kept out for the busy timeout (in
        rollback-journal mode a writer holds the whole file while it writes: a scheduled import's commit), tried
        again as this connection's waiter (the window's: a read before a save, such as its checks, waits as
        its BEGIN does) or this thread's says (a command, a window's background work). Inside a transaction,
        or with no waiter, the error as it was: SQLite asks for a rollback there, and no other code may run
        inside an open transaction while the window's waiter runs its timers."""
        from app.store.db import retried_while_busy

        waiter = self.writer_wait if self.writer_wait is not None else thread_writer_wait()
        if waiter is None or self.path is None or self.conn.in_transaction or not is_busy(error):
            raise error
        waited = self.conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
        return retried_while_busy(self.conn, self.path, waiter, attempt, waited=waited)

    def insert_rows(self, table: str, one_row: str, rows: Iterable[tuple]) -> None:
        """INSERT the rows (tuples of one length, `one_row` the VALUES group of one) in statements of
        ROWS_PER_INSERT rows each, the rest one by one: the same rows in the same order as one executemany."""
        rows = list(rows)
        whole = len(rows) - len(rows) % ROWS_PER_INSERT
        if whole:
            width = one_row.count("?")
            flat = list(itertools.chain.from_iterable(rows[:whole]))
            if len(flat) != whole * width:
                raise ValueError(f"{table}: rows of {width} values expected")
            step = width * ROWS_PER_INSERT
            self.conn.executemany(f"INSERT INTO {table} VALUES " + ", ".join([one_row] * ROWS_PER_INSERT),
                                  [flat[i:i + step] for i in range(0, len(flat), step)])
        self.conn.executemany(f"INSERT INTO {table} VALUES {one_row}", rows[whole:])

    @contextlib.contextmanager
    def stopped_by(self, cancel: Callable[[], bool]) -> Iterator[None]:
        """Inside a transaction: a statement still running when `cancel()` turns true is interrupted, and the
        block raises Cancelled (whatever failed once cancel was asked). A long write (a big import's values)
        then stops within a moment of 取消 instead of at its end; the transaction's owner rolls it back."""
        self.conn.set_progress_handler(lambda: 1 if cancel() else 0, 20_000)
        try:
            yield
        except Cancelled:
            raise
        except Exception:
            if cancel():
                raise Cancelled() from None
            raise
        finally:
            self.conn.set_progress_handler(None, 0)

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[Database]:
        """A nested transaction inside the one already open: rolled back alone when its block fails."""
        name = f"sp_{next(_SAVEPOINT_NUMBERS)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:  # a failure may have ended the whole transaction already
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")
