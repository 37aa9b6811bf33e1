"""A scheduled command meets another writer's long transaction: the window approving a period or committing an
import, whose safety backup is copied and checked under the write lock (seconds on a big shop). The command
waits for it rather than failing after SQLite's busy timeout, says on stderr that it waits, and when it finally
gives up says what it waited for: exit 1, no traceback, nothing of the import written."""

import re
import signal
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest

import app.store.db
import app.store.maintenance
from app.cli import write_wait
from tests.reliability.harness import child_env
from tests.reliability.harness import cli as command

DAILY_CSV = Path(__file__).resolve().parents[2] / "data" / "samples" / "客服日报_2026-10-01至2026-10-07.csv"


@pytest.fixture
def short_busy_timeout(monkeypatch):
    """SQLite's busy timeout, 5 s in use, here 0.3 s: what a command waited before it waited in steps."""
    monkeypatch.setattr(app.store.db, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(app.store.maintenance, "BUSY_TIMEOUT_MS", 300)  # the read-only look at the file first


@pytest.fixture
def other_writer(db):
    """hold(until, begin): another program's transaction takes the write lock (`begin`: BEGIN IMMEDIATE; in
    rollback-journal mode BEGIN EXCLUSIVE also keeps readers out, as a writer does once it writes, and
    "BEGIN; SELECT" is a reader that a commit there waits for) and ends when the event `until` is set (None:
    at the end of the test). It returns the thread that holds it."""
    threads, releases = [], []

    def hold(until: threading.Event | None, begin: str = "BEGIN IMMEDIATE") -> threading.Thread:
        held, release = threading.Event(), until or threading.Event()
        releases.append(release)

        def run() -> None:
            other = sqlite3.connect(db, isolation_level=None)
            for statement in begin.split(";"):
                other.execute(statement).fetchall()
            held.set()
            release.wait(60)
            other.execute("COMMIT")
            other.close()

        threads.append(threading.Thread(target=run))
        threads[-1].start()
        held.wait()
        return threads[-1]

    yield hold
    for release in releases:
        release.set()
    for thread in threads:
        thread.join()


@pytest.fixture
def rollback_journal(db, add):
    """A shop (with 小美) whose file is in rollback-journal mode, as where WAL cannot work: there a writer
    holds the whole file while it writes, and a commit waits for every reader."""
    add("小美")
    conn = sqlite3.connect(db, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()


def released_after(monkeypatch, seconds: float) -> threading.Event:
    """An event set once the command has waited `seconds` (as its waiter is told)."""
    waited = threading.Event()
    real_waiting = write_wait.CommandWriteWait.waiting

    def waiting(self, so_far: float) -> bool:
        go_on = real_waiting(self, so_far)
        if so_far >= seconds:
            waited.set()
        return go_on

    monkeypatch.setattr(write_wait.CommandWriteWait, "waiting", waiting)
    return waited


def test_an_import_waits_for_a_transaction_longer_than_the_busy_timeout(cli, add, store, other_writer,
                                                                         short_busy_timeout, monkeypatch):
    add("小美")
    waited_a_second = released_after(monkeypatch, 1.0)  # three times the busy timeout: then the other one commits
    other_writer(waited_a_second)
    result = cli("import", str(DAILY_CSV), "--create-staff")
    assert waited_a_second.is_set()
    assert result.code == 0, result.err
    assert "等它写完再接着做，最多等 120 秒……" in result.err
    assert len(store().imports.history()) == 1


def assert_gave_up_after_a_second(err: str, db) -> None:
    """The notice that the command waits (at most 1 s, the limit the tests set), then the error that it gave up."""
    notice, error = err.splitlines()
    assert notice == f"数据文件 {db} 正在被另一个红花榜窗口或命令写入（例如审批或导入前的自动备份），等它写完再接着做，最多等 1 秒……"
    assert re.fullmatch(re.escape(f"错误：数据文件 {db} 正在被另一个红花榜窗口或命令（例如计划任务的导入）写入，等了 ")
                        + r"[12] 秒还没有写完，刚才的操作没有完成。请等它写完后再试。", error)


def test_a_command_that_waited_its_limit_says_what_for_and_writes_nothing(cli, add, db, store, other_writer,
                                                                         monkeypatch):
    add("小美")
    monkeypatch.setattr(write_wait, "WAIT_LIMIT_S", 1.0)
    monkeypatch.setattr(write_wait, "NOTICE_AFTER_S", 0.2)
    other_writer(None)
    result = cli("import", str(DAILY_CSV), "--create-staff")
    assert result.code == 1
    assert_gave_up_after_a_second(result.err, db)
    shop = store()
    assert shop.imports.history() == [] and shop.values.count() == 0
    assert [person.name for person in shop.staff.list()] == ["小美"]


ROLLBACK_JOURNAL_HOLDS = {
    "write lock": "BEGIN IMMEDIATE",  # the window's approval, its backup and sums before it writes
    "whole file": "BEGIN EXCLUSIVE",  # a writer writing out its changes: no one may read
    "a reader": "BEGIN; SELECT count(*) FROM staff",  # a window's backup copying the file: a commit waits
}


@pytest.mark.parametrize("begin", ROLLBACK_JOURNAL_HOLDS.values(), ids=ROLLBACK_JOURNAL_HOLDS.keys())
def test_in_rollback_journal_mode_an_import_waits_for_the_other_program_and_then_succeeds(
        cli, db, store, rollback_journal, other_writer, short_busy_timeout, monkeypatch, begin):
    waited_a_second = released_after(monkeypatch, 1.0)
    other_writer(waited_a_second, begin)
    result = cli("import", str(DAILY_CSV), "--create-staff")
    assert waited_a_second.is_set()
    assert result.code == 0, result.err
    assert f"数据文件 {db} 正在被另一个红花榜窗口或命令写入" in result.err and "最多等 120 秒" in result.err
    assert "正在被" not in result.out and "已导入（第 1 次导入）" in result.out
    assert len(store().imports.history()) == 1


@pytest.mark.parametrize("begin", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"], ids=["write lock", "whole file"])
def test_in_rollback_journal_mode_a_command_that_waited_its_limit_says_so_and_writes_nothing(
        cli, db, store, rollback_journal, other_writer, short_busy_timeout, monkeypatch, begin):
    monkeypatch.setattr(write_wait, "WAIT_LIMIT_S", 1.0)
    monkeypatch.setattr(write_wait, "NOTICE_AFTER_S", 0.2)
    released = threading.Event()
    holder = other_writer(released, begin)
    result = cli("import", str(DAILY_CSV), "--create-staff")
    released.set()
    holder.join()
    assert result.code == 1 and result.out == ""
    assert_gave_up_after_a_second(result.err, db)
    shop = store()
    assert shop.imports.history() == [] and shop.values.count() == 0


def test_in_rollback_journal_mode_an_import_preview_waits_for_a_writer_that_started_meanwhile(
        cli, db, store, rollback_journal, other_writer, short_busy_timeout, monkeypatch):
    """The preview reads the shop in one transaction: a writer holding the whole file when it starts is waited
    for as any read outside a transaction (inside one, a read kept out could only fail). The file stays in
    rollback-journal mode all along, as where SQLite refuses WAL (the command would switch an idle file)."""
    from app.store.imports import ImportRepo

    monkeypatch.setattr(app.store.db, "_use_wal", lambda conn: None)

    waited_a_second = released_after(monkeypatch, 1.0)
    real_staging, started = ImportRepo.staging, []

    def staging(self):  # the writer starts just before the preview's transaction begins
        if not started:
            started.append(other_writer(waited_a_second, "BEGIN EXCLUSIVE"))
        return real_staging(self)

    monkeypatch.setattr(ImportRepo, "staging", staging)
    result = cli("import", str(DAILY_CSV), "--create-staff")
    assert started and waited_a_second.is_set()
    assert result.code == 0, result.err
    assert "等它写完再接着做" in result.err
    assert len(store().imports.history()) == 1


def test_ctrl_c_while_a_command_waits_ends_it_cleanly(cli, db, store, rollback_journal, other_writer,
                                                      short_busy_timeout, monkeypatch):
    """Ctrl+C reaches Python between two tries for the lock: exit 130, 已中断, nothing written, no lock kept."""
    real_waiting = write_wait.CommandWriteWait.waiting

    def waiting(self, seconds: float) -> bool:
        if seconds >= 1.0:
            raise KeyboardInterrupt
        return real_waiting(self, seconds)

    monkeypatch.setattr(write_wait.CommandWriteWait, "waiting", waiting)
    monkeypatch.setattr(write_wait, "NOTICE_AFTER_S", 0.2)
    released = threading.Event()
    holder = other_writer(released, "BEGIN EXCLUSIVE")
    result = cli("import", str(DAILY_CSV), "--create-staff")
    released.set()
    holder.join()
    assert result.code == 130 and result.out == ""
    assert result.err.splitlines()[-1] == "已中断。" and "Traceback" not in result.err
    assert "等它写完再接着做" in result.err
    shop = store()
    assert shop.imports.history() == [] and shop.values.count() == 0
    with shop.atomic():  # the command left no lock behind
        shop.departments.add("售后部")


def test_an_import_that_waited_for_the_windows_approval_of_its_month_refuses_and_says_why(
        cli, db, store, rollback_journal, monkeypatch):
    """The window approves October while a scheduled import of October waits for the lock: the import, once it
    has the lock, sees the approval, writes nothing and says why (exit 2); the approval stays whole."""
    from datetime import date

    from app.importing.service import ImportService
    from app.periods import Month
    from app.shop import Shop

    window = Shop.open(db, date(2026, 10, 20))
    window.awards.plans.use("taobao-kefu")
    real_commit, real_begin, approved = ImportService.commit, app.store.db._begin, []

    def commit(self, plan, cancel=None):
        approved.append(False)  # the import's preview is done: its next transaction is its commit
        return real_commit(self, plan, cancel)

    def begin(db_, path):
        if approved == [False]:  # the window took the lock first, and approves
            approved[0] = True
            window.awards.approve(Month(2026, 10), confirm=True)
        real_begin(db_, path)

    monkeypatch.setattr(ImportService, "commit", commit)
    monkeypatch.setattr(app.store.db, "_begin", begin)
    try:
        result = cli("import", str(DAILY_CSV), "--create-staff")
        assert approved == [True]
        assert result.code == 2, result.err
        assert result.err.splitlines() == [
            "错误：无法导入：导入的数据属于评奖已批准的期间 2026年10月（确认后才能修改；评奖结果将标记为批准后数据有变）。",
            "如确需修改，请加 --confirm-approved"]
        assert "已导入" not in result.out
        assert window.awards.status(Month(2026, 10)).approved is not None
    finally:
        window.close()
    shop = store()
    assert shop.imports.history() == [] and shop.values.count() == 0
    assert [person.name for person in shop.staff.list()] == ["小美"]  # no one the import would have added


def test_check_of_a_file_another_program_keeps_to_itself_says_it_is_busy_not_damaged(
        cli, db, rollback_journal, other_writer, short_busy_timeout, monkeypatch):
    monkeypatch.setattr(write_wait, "WAIT_LIMIT_S", 0.5)
    released = threading.Event()
    holder = other_writer(released, "BEGIN EXCLUSIVE")
    result = cli("check")
    released.set()
    holder.join()
    assert result.code == 1 and "损坏" not in result.out + result.err and "备份" not in result.out
    assert result.err.splitlines()[-1].startswith(f"错误：数据文件 {db} 正在被另一个红花榜窗口或命令")
    assert cli("check").code == 0  # once it is done, the file is found sound


def test_ctrl_c_reaches_a_real_command_waiting_for_a_rollback_journal_writer(db, rollback_journal, tmp_path):
    """The same as pressed in a console: SIGINT to `honghua import` while it waits (its notice printed)."""
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # the window's long action, its backup and sums, before it writes
    try:
        with subprocess.Popen(command(db, "import", str(DAILY_CSV), "--create-staff"), env=child_env(tmp_path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8") as child:
            notice = child.stderr.readline()  # once it has waited a second
            child.send_signal(signal.SIGINT)
            out, err = child.communicate(timeout=30)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert "等它写完再接着做，最多等 120 秒" in notice
    assert child.returncode == 130 and out == "" and err == "已中断。\n"
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM import_log").fetchone()[0] == 0
    conn.close()
