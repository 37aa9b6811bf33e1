"""Whole-file maintenance SQL: integrity checks, online backups, and handing a file over for a swap.

Backups use SQLite's online backup API (`Connection.backup`): it reads a consistent snapshot through
SQLite, WAL content included, so it is safe on a live database where copying the file is not. The copy is
switched to rollback-journal mode so that a backup is one self-contained file.

The callers (app/backups/) turn the sqlite3 and OS errors raised here into messages for the user.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app import os_errors
from app.store.database import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    Database,
    DiskFull,
    FileBusy,
    is_busy,
    on_a_full_disk,
)

CHECK_LIMIT = 20  # problems reported at most by one check
BUSY_TIMEOUT_MS = 5000


SIDE_FILES = ("-wal", "-shm")


class _Reader(sqlite3.Connection):
    """A read-only connection that leaves the folder as it found it.

    Reading a file in WAL mode makes a -wal and a -shm beside it, which SQLite removes when the last
    connection able to write closes; a read-only one cannot, so `honghua backup` or `check` of a closed shop
    left them behind. When there were none before, a read-write connection reads and closes after this one:
    the last to close, it folds the (empty) log into the file and removes both, as any closing program does; while
    another program (the window) has the file open it is not the last, and they stay that program's.
    """

    path: Path
    side_files_were_there: bool

    def close(self) -> None:
        super().close()
        if not self.side_files_were_there and _side_files(self.path):
            _close_as_the_last_writer(self.path)


def _side_files(path: Path) -> list[Path]:
    return [side for side in (path.with_name(path.name + suffix) for suffix in SIDE_FILES) if side.exists()]


def _close_as_the_last_writer(path: Path) -> None:
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the log, so closing ends it
        finally:
            conn.close()
    except sqlite3.Error:  # what was read is read; the side files stay, as a reader left them before
        return


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` (used to check and to copy from); closed, it removes the -wal
    and -shm its reading made (`_Reader`). A file alone in a folder it cannot write is opened immutable."""
    path = Path(path)
    there = bool(_side_files(path))
    options = "mode=ro"
    if not there and not path.with_name(path.name + "-journal").exists() and not os.access(path.parent, os.W_OK):
        # A shop file copied alone onto a write-protected USB stick or a CD: SQLite cannot make the -shm it reads
        # a WAL-mode file through (SQLITE_CANTOPEN). Nothing beside it holds data, nothing can change it there.
        # (POSIX only: on Windows os.access calls every folder writable.)
        options += "&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True, isolation_level=None, factory=_Reader)
    conn.path, conn.side_files_were_there = path, there
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """What `PRAGMA integrity_check` (or the faster `quick_check`) finds: [] when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        found = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({CHECK_LIMIT})")]
    except sqlite3.DatabaseError as e:  # a header or schema page so damaged the check cannot run
        if is_busy(e) or on_a_full_disk(file_of(conn), e):  # another program holds it, or its disk is full:
            raise  # not a finding about the file
        return [os_errors.sqlite_reason(e)]
    if found == ["ok"]:
        return []
    lines = [line.strip() for text in found for line in text.splitlines()]
    return [line for line in lines if line and not line.startswith("***")][:CHECK_LIMIT] or found


def check_file(path: Path, *, quick: bool = False) -> list[str]:
    """Check a file without writing to it: [] when sound, else what is wrong. FileBusy when another program
    kept it to itself for the busy timeout (a rollback-journal writer writing its changes), DiskFull when its
    full disk keeps it from being read: no verdict."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error as e:
        return [os_errors.sqlite_reason(e)]
    try:
        return problems(conn, quick=quick)
    except sqlite3.DatabaseError as e:  # busy, or a full disk: `problems` returns every other error as a finding
        from app.store.db import WRITER, busy_message, disk_full_message

        if is_busy(e):
            raise FileBusy(busy_message(Path(path), BUSY_TIMEOUT_MS / 1000, WRITER)) from None  # a read kept out
        raise DiskFull(disk_full_message(Path(path))) from None
    finally:
        conn.close()


def size_in_bytes(conn: sqlite3.Connection) -> int:
    """The size a copy of the database will have (pages in use × page size, WAL content included)."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return int(pages) * int(conn.execute("PRAGMA page_size").fetchone()[0])


USER_TABLES = ("audit", "staff", "daily_value")  # every user action writes an audit row (v1 files: staff, values)


def has_rows(conn: sqlite3.Connection) -> bool:
    """True when the shop holds something a user entered. A file that was only created (at most rows
    the app writes by itself on open, such as a key) has nothing worth backing up."""
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return any(conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
               for table in USER_TABLES if table in tables)


def file_has_rows(path: Path) -> bool:
    """has_rows for a closed file; True (keep it) when the file cannot be read."""
    try:
        conn = open_read_only(path)
        try:
            return has_rows(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def file_of(conn: sqlite3.Connection) -> Path:
    """The file of a connection's main database."""
    return Path(next(file for _seq, name, file in conn.execute("PRAGMA database_list") if name == "main"))


def copy_to(source: sqlite3.Connection, target: Path, shop: Path) -> None:
    """Write an online backup of `source` (the shop file `shop`) into the new file `target`, in rollback-journal
    mode, synced. FileBusy when another program keeps the file to itself longer than this thread waits
    (`db.waited_while_busy`: a rollback-journal writer writing its changes); `target` may then hold part of a
    copy, which the caller removes."""
    from app.store.db import waited_while_busy

    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        dest.execute("PRAGMA synchronous = FULL")
        waited_while_busy(source, shop, lambda: source.backup(dest, progress=_stopped_when_busy))
        dest.execute("PRAGMA journal_mode = DELETE")  # the copy carries the source's WAL flag; one file is safer
    finally:
        dest.close()


def _stopped_when_busy(status: int, _remaining: int, _total: int) -> None:
    """Python retries a backup kept out by another connection's lock for ever, sleeping between tries: stop it,
    so the wait is the caller's (`waited_while_busy`), bounded and cancellable."""
    if status & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
        raise sqlite3.OperationalError("database is locked")


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def release_for_swap(path: Path, *, timeout_ms: int = 1000) -> None:
    """Fold the WAL back into the file and leave WAL mode, so the file can be replaced as a whole.

    SQLite itself checkpoints and removes the -wal file; leaving WAL mode needs the only connection, so
    this raises sqlite3.OperationalError ("database is locked") while another window or command has the
    file open. A leftover hot -journal is rolled back by SQLite when the connection first reads.
    """
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        leave_wal(conn)
    finally:
        conn.close()


def leave_wal(conn: sqlite3.Connection) -> None:
    """Fold every committed change of the -wal into the file itself and switch to rollback-journal mode,
    so the file alone holds all of it (a file about to be moved; its -wal name would stay behind).
    Raises sqlite3.OperationalError ("database is locked") when another connection keeps it from that."""
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if busy or str(mode).lower() != "delete":
        raise sqlite3.OperationalError("database is locked")


def refuse_writes(db: Database, reason: str) -> None:
    """From now on this connection reads only: a damaged file is never written to. `atomic()` raises
    StoreError(reason) for every later action; query_only stops any write that bypasses it."""
    db.execute("PRAGMA query_only = ON")
    db.read_only_reason = reason  # type: ignore[attr-defined]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (round-trip and migration checks)."""
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def table_dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, for comparing two files."""
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
