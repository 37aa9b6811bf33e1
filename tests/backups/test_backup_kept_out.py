"""A backup of a shop file in rollback-journal mode (a network folder where WAL cannot work) while another program
writes out its changes there, keeping even readers out: SQLite's backup was retried by Python for ever. Now it
waits as the thread's waiter says (a command up to its limit, the window's 立即备份 until 取消) or, with none,
the busy timeout, then says so naming the file; no backup file, not even part of one, is left."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

import app.store.db
from app import backups
from app.backups import files
from app.errors import Cancelled
from app.store import maintenance
from app.store.database import writers_waited_with

from .conftest import digest


@pytest.fixture
def rollback_journal(demo_db, monkeypatch) -> Path:
    conn = sqlite3.connect(demo_db, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()
    monkeypatch.setattr(maintenance, "BUSY_TIMEOUT_MS", 300)  # 5 s in use
    monkeypatch.setattr(app.store.db, "BUSY_TIMEOUT_MS", 300)
    return demo_db


class OtherProgram:
    """Another program's connection that takes the whole file (BEGIN EXCLUSIVE: a writer writing out its
    changes) right after the backup has measured the file, so the copy itself is kept out."""

    def __init__(self, path: Path, monkeypatch, *, at_once: bool = False):
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        if at_once:
            self.take()
            return
        measure = maintenance.size_in_bytes

        def measured_then_taken(conn):
            size = measure(conn)
            if not self.conn.in_transaction:
                self.take()
            return size

        monkeypatch.setattr(maintenance, "size_in_bytes", measured_then_taken)

    def take(self) -> None:
        self.conn.execute("BEGIN EXCLUSIVE")
        self.conn.execute("INSERT INTO staff (name) VALUES ('小新')")

    def finish(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self.conn.close()


def _backed_up_in_thread(path: Path):
    """backup_path on a thread of its own: (the thread, what it gave or raised)."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(backups.backup_path(path))
        except Exception as e:  # noqa: BLE001  # the test looks at it
            outcome.append(e)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    return thread, outcome


def _no_backup_left(path: Path) -> bool:
    folder = files.folder_for(path)
    return not folder.exists() or list(folder.iterdir()) == []


@pytest.mark.parametrize("at_once", [False, True], ids=["during the copy", "from the start"])
def test_a_backup_kept_out_gives_up_after_the_busy_timeout_naming_the_file(rollback_journal, monkeypatch, at_once):
    before = digest(rollback_journal)
    other = OtherProgram(rollback_journal, monkeypatch, at_once=at_once)
    try:
        thread, outcome = _backed_up_in_thread(rollback_journal)
        assert not thread.is_alive(), "the backup waited for ever"
    finally:
        other.close()
        thread.join()
    [error] = outcome
    assert isinstance(error, backups.BackupError)
    assert error.message.startswith(f"备份没有完成：数据文件 {rollback_journal} 正在被另一个红花榜窗口或命令")
    assert "没有留下不完整的备份文件" in error.message and "损坏" not in error.message
    assert _no_backup_left(rollback_journal) and digest(rollback_journal) == before


class Waiter:
    """A command's waiter: goes on waiting; after `finish_after` tries the other program commits."""

    def __init__(self, other: OtherProgram, finish_after: int = 3, cancel: bool = False):
        self.other, self.finish_after, self.cancel, self.tries = other, finish_after, cancel, 0

    def waiting(self, seconds: float) -> bool:
        self.tries += 1
        if self.cancel:
            raise Cancelled()
        if self.tries >= self.finish_after:
            self.other.finish()
        return True

    def over(self) -> None:
        pass


def test_a_backup_kept_out_waits_as_its_thread_says_and_holds_what_the_writer_committed(rollback_journal, monkeypatch):
    other = OtherProgram(rollback_journal, monkeypatch)
    waiter = Waiter(other)
    try:
        with writers_waited_with(waiter):
            result = backups.backup_path(rollback_journal)
    finally:
        other.close()
    assert waiter.tries >= 3
    conn = maintenance.open_read_only(result.info.path)
    try:
        assert "小新" in {name for (name,) in conn.execute("SELECT name FROM staff")}
    finally:
        conn.close()
    assert maintenance.check_file(result.info.path) == []


def test_a_backup_cancelled_while_it_waits_leaves_no_file(rollback_journal, monkeypatch):
    other = OtherProgram(rollback_journal, monkeypatch)
    try:
        with writers_waited_with(Waiter(other, cancel=True)), pytest.raises(Cancelled):
            backups.backup_path(rollback_journal)
    finally:
        other.close()
    assert _no_backup_left(rollback_journal)


def test_the_rotation_after_a_backup_keeps_as_many_as_the_shop_says_when_the_file_is_taken_meanwhile(
        rollback_journal, monkeypatch):
    """Another program taking the whole file just after the copy was checked kept the read of the shop's
    kept-backups settings out; that read was taken as an old file without them, and the rotation went by the
    defaults, deleting backups the owner had chosen to keep."""
    from app import settings as declared
    from app.backups import making
    from app.store.database import Database
    from app.store.settings import SettingRepo

    wanted = declared.BACKUP_KEEP_LAST.default + 5
    other = sqlite3.connect(rollback_journal, isolation_level=None, check_same_thread=False)
    SettingRepo(Database(other)).set(declared.BACKUP_KEEP_LAST.key, wanted)
    checked = maintenance.check_file

    def checked_then_taken(path):
        found = checked(path)
        other.execute("BEGIN EXCLUSIVE")
        return found

    monkeypatch.setattr(maintenance, "check_file", checked_then_taken)
    kept: list[int] = []
    rotate = making.rotate

    def rotated(db_path, keep, result, now):
        kept.append(keep.last)
        rotate(db_path, keep, result, now)

    monkeypatch.setattr(making, "rotate", rotated)
    try:
        result = backups.backup_path(rollback_journal)
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
    assert result.info.path.exists() and kept == [wanted]
