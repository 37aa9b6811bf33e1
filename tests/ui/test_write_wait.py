"""A write the window makes while a scheduled task (`honghua import`) holds the write lock waits for it,
with a busy cursor and a notice that can be cancelled, instead of failing after SQLite's 5 s."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.domain import StaffDraft
from app.errors import StoreError


@pytest.fixture
def other_writer(db_path):
    """Another process's connection in the middle of a long transaction (a big scheduled import)."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def _notice(window) -> QProgressDialog | None:
    shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return shown[0] if shown else None


def _once_the_notice_shows(window, then, not_before_ms: int, limit_s: float = 10.0) -> None:
    """`then()` once `not_before_ms` have passed and the wait's notice is on screen (or after `limit_s`, when it
    never shows). The fixed delay alone counted from before the write, so it also counted making the staff service,
    whose first import took over a second on a busy machine: the look came before the notice."""
    started = time.monotonic()
    timer = QTimer(window)

    def look() -> None:
        waited = time.monotonic() - started
        if waited * 1000 >= not_before_ms and (_notice(window) is not None or waited > limit_s):
            timer.stop()
            then()

    timer.timeout.connect(look)
    timer.start(50)


def test_a_write_waits_for_a_scheduled_import_longer_than_the_busy_timeout(make_window, shop, other_writer,
                                                                        qtbot, monkeypatch):
    import app.store.db

    monkeypatch.setattr(app.store.db, "BUSY_TIMEOUT_MS", 300)  # what a command would wait: the window waits on
    shop.store.db.execute("PRAGMA busy_timeout = 300")
    window = make_window()
    seen: list[str] = []

    def look_then_finish_the_import():
        notice = _notice(window)
        seen.append(notice.labelText() if notice else "")
        seen.append("busy cursor" if QApplication.overrideCursor() is not None else "")
        other_writer.execute("COMMIT")

    _once_the_notice_shows(window, look_then_finish_the_import, 1500)
    person = shop.staff.add(StaffDraft("小美"))  # as the 员工 page's dialog does, on the window's connection
    assert [p.name for p in shop.staff.list()] == ["小美"] and person.name == "小美"
    assert "计划任务的导入" in seen[0] and "等它用完" in seen[0] and seen[1] == "busy cursor"
    assert _notice(window) is None and QApplication.overrideCursor() is None


def test_before_the_notice_shows_no_key_or_click_reaches_the_window(make_window, shop, other_writer, qtbot,
                                                                       monkeypatch):
    """In the wait's first half second (a busy cursor, no notice yet) a second typed cell started its own write
    under the first, which then landed in the other order (and was undone in the other order)."""
    from PySide6.QtCore import QEventLoop

    window = make_window()
    flags_before_notice: list[bool] = []
    process = QApplication.processEvents

    def recorded(*args):
        if _notice(window) is None:
            flags_before_notice.append(bool(args) and bool(args[0] & QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents))
        return process(*args)

    monkeypatch.setattr(QApplication, "processEvents", staticmethod(recorded))
    QTimer.singleShot(300, lambda: other_writer.execute("COMMIT"))
    shop.staff.add(StaffDraft("小美"))
    assert [p.name for p in shop.staff.list()] == ["小美"]
    assert flags_before_notice and all(flags_before_notice)


def test_cancelling_the_wait_writes_nothing_and_says_who_is_writing(make_window, shop, other_writer, qtbot):
    window = make_window()

    def cancel():
        _notice(window).cancel()

    _once_the_notice_shows(window, cancel, 1000)
    with pytest.raises(StoreError) as refused:
        shop.staff.add(StaffDraft("小美"))
    assert "正在被另一个红花榜窗口或命令（例如计划任务的导入）写入" in refused.value.message
    assert "刚才的操作没有完成" in refused.value.message
    assert _notice(window) is None and QApplication.overrideCursor() is None
    other_writer.execute("ROLLBACK")
    assert shop.staff.list() == []


def test_a_closed_window_leaves_its_shop_waiting_as_a_command_does(make_window, shop):
    window = make_window()
    window.close()
    assert shop.store.db.writer_wait is None


def test_the_change_poll_reloads_nothing_while_a_write_waits(make_window, shop, other_writer, qtbot,
                                                            monkeypatch):
    """The scheduled import commits a first file and goes on with the next while the window's write waits:
    the poll, running inside the wait, must not rebuild the page under that write, only after it."""
    window = make_window()
    window.poll_timer.setInterval(50)
    polls: list[int] = []
    window.poll_timer.timeout.connect(lambda: polls.append(1))
    reloads: list[list[str]] = []
    monkeypatch.setattr(window, "refresh_current", lambda: reloads.append(sorted(p.name for p in shop.staff.list())))
    while_waiting: list[tuple[int, int]] = []

    def commit_one_file_and_go_on():
        other_writer.execute("INSERT INTO staff (name) VALUES ('小新')")
        other_writer.execute("COMMIT")
        other_writer.execute("BEGIN IMMEDIATE")
        polls.clear()

    def finish_the_import():
        while_waiting.append((len(polls), len(reloads)))
        other_writer.execute("COMMIT")

    QTimer.singleShot(200, commit_one_file_and_go_on)
    QTimer.singleShot(900, finish_the_import)
    shop.staff.add(StaffDraft("小美"))
    [(polled, reloaded)] = while_waiting
    assert polled >= 1 and reloaded == 0  # polls ran in the wait after 小新 was committed, and reloaded nothing
    qtbot.waitUntil(lambda: bool(reloads), timeout=2000)  # the first poll after the write catches up
    assert reloads[0] == ["小新", "小美"]


# ---- a shop file in rollback-journal mode (a network folder where WAL cannot work) -------------------------
# There a writer writing out its changes keeps even readers out, and a commit waits for every reader.

@pytest.fixture
def rollback_journal(shop):
    assert shop.store.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"


@pytest.fixture
def other_program(db_path):
    """hold(statements): another program's connection holds the file as the statements leave it, until the test
    commits it (or it is rolled back at the end)."""
    conn = sqlite3.connect(db_path, isolation_level=None)

    def hold(statements: str) -> sqlite3.Connection:
        for statement in statements.split(";"):
            conn.execute(statement).fetchall()
        return conn

    yield hold
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


WHOLE_FILE = "BEGIN EXCLUSIVE"  # a scheduled import writing out its changes: no one may even read
A_READER = "BEGIN; SELECT count(*) FROM staff"  # `honghua poster` or a backup reading: a commit waits for it


@pytest.mark.parametrize("holds", [WHOLE_FILE, A_READER], ids=["whole file", "a reader"])
def test_in_rollback_journal_mode_a_save_waits_for_the_other_program_without_freezing(
        make_window, shop, rollback_journal, other_program, qtbot, holds):
    """The checks before the save read the file, and its commit waits for readers: both failed after 5 s, the
    window frozen meanwhile. Now the save waits in steps with its notice, outside its transaction (no timer may
    read or write inside it), and is saved whole once the other program is done."""
    window = make_window()
    other = other_program(holds)
    ticks: list[int] = []
    ticking = QTimer()
    ticking.timeout.connect(lambda: ticks.append(1))
    ticking.start(50)
    seen: list[object] = []

    def look_then_finish():
        notice = _notice(window)
        seen.extend([notice.labelText() if notice else "", shop.store.db.conn.in_transaction, len(ticks)])
        other.execute("COMMIT")

    _once_the_notice_shows(window, look_then_finish, 1000)
    shop.staff.add(StaffDraft("小美"))
    ticking.stop()
    label, in_transaction, ticks_by_then = seen
    assert "正在使用数据文件。等它用完" in label and in_transaction is False
    assert ticks_by_then >= 2  # the window's timers ran between the steps (200 ms): it did not freeze
    assert [p.name for p in shop.staff.list()] == ["小美"]
    assert _notice(window) is None and QApplication.overrideCursor() is None


def test_in_rollback_journal_mode_cancelling_the_wait_for_a_reader_writes_nothing_and_holds_nothing(
        make_window, shop, db_path, rollback_journal, other_program, qtbot):
    window = make_window()
    reader = other_program(A_READER)
    _once_the_notice_shows(window, lambda: _notice(window).cancel(), 1000)
    with pytest.raises(StoreError) as refused:
        shop.staff.add(StaffDraft("小美"))
    assert str(db_path) in refused.value.message and "刚才的操作没有完成" in refused.value.message
    assert not shop.store.db.conn.in_transaction
    reader.execute("COMMIT")
    reader.execute("BEGIN IMMEDIATE")  # the window left no lock behind: the other program can write
    reader.execute("INSERT INTO staff (name) VALUES ('小新')")
    reader.execute("COMMIT")
    assert [p.name for p in shop.staff.list()] == ["小新"]


HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
for statement in sys.argv[2].split(";"):
    conn.execute(statement).fetchall()
print("held", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def test_in_rollback_journal_mode_a_save_waits_for_another_process_reading(make_window, shop, db_path,
                                                                           rollback_journal, qtbot):
    """The same with a real process (`honghua poster` reading the shop) rather than a connection of this one."""
    import subprocess
    import sys

    window = make_window()
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path), A_READER], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as other:
        assert other.stdout.readline() == "held\n"
        seen: list[bool] = []

        def finish():
            seen.append(_notice(window) is not None)
            other.stdin.write("\n")
            other.stdin.flush()

        _once_the_notice_shows(window, finish, 1000)
        shop.staff.add(StaffDraft("小美"))
        assert other.wait(timeout=30) == 0
    assert seen == [True] and [p.name for p in shop.staff.list()] == ["小美"]


def test_a_read_a_timer_makes_inside_the_wait_does_not_end_the_wait_of_the_save(
        make_window, shop, rollback_journal, other_program, qtbot):
    """A timer of the window that reads the shop (the TV board's reload, the certificate preview) while a save
    waits between its steps: that read, kept out too, waits inside the save's wait. When it ended it closed the
    notice, restored the cursor and told the change poll nothing waited any more, so the poll rebuilt the page
    under the save that still waited."""
    window = make_window()
    other = other_program(WHOLE_FILE)
    during_the_save: list[object] = []

    def read_then_look():
        QTimer.singleShot(400, lambda: other.execute("COMMIT"))  # runs inside this read's own wait
        during_the_save.append([p.name for p in shop.staff.list()])
        during_the_save.extend([window.write_wait.in_progress, _notice(window) is not None,
                                QApplication.overrideCursor() is not None])

    _once_the_notice_shows(window, read_then_look, 800)
    shop.staff.add(StaffDraft("小美"))
    assert during_the_save == [[], True, True, True]
    assert [p.name for p in shop.staff.list()] == ["小美"]
    assert not window.write_wait.in_progress and _notice(window) is None and QApplication.overrideCursor() is None


def test_a_refresh_kept_out_waits_with_a_notice_that_claims_no_save(make_window, shop, rollback_journal,
                                                                   other_program, qtbot):
    """A page's read kept out by another program writing out its changes (the change poll's reload, the TV
    board's) waits in the same steps; its notice said the change just made would then be saved, when the owner
    had changed nothing."""
    window = make_window()
    other = other_program(WHOLE_FILE)
    seen: list[str] = []

    def look_then_finish():
        notice = _notice(window)
        seen.append(notice.labelText() if notice else "")
        other.execute("COMMIT")

    _once_the_notice_shows(window, look_then_finish, 1000)
    assert shop.staff.list() == []  # as a page's refresh reads
    assert "正在使用数据文件" in seen[0] and "保存" not in seen[0]
    assert _notice(window) is None and QApplication.overrideCursor() is None
