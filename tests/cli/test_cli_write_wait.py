"""A scheduled command meets another writer's long transaction: the window approving a period or committing an
import, whose safety backup is copied and checked under the write lock (seconds on a big shop). The command
waits for it rather than failing after SQLite's busy timeout, says on stderr that it waits, and when it finally
gives up says what it waited for: exit 1, no traceback, nothing of the import written."""

import re
import sqlite3
import threading
from pathlib import Path

import pytest

import app.store.db
from app.cli import write_wait

DAILY_CSV = Path(__file__).resolve().parents[2] / "data" / "samples" / "客服日报_2026-10-01至2026-10-07.csv"


@pytest.fixture
def short_busy_timeout(monkeypatch):
    """SQLite's busy timeout, 5 s in use, here 0.3 s: what a command waited before it waited in steps."""
    monkeypatch.setattr(app.store.db, "BUSY_TIMEOUT_MS", 300)


@pytest.fixture
def other_writer(db):
    """hold(until): another program's transaction takes the write lock and commits when the event `until` is
    set (None: at the end of the test)."""
    threads, releases = [], []

    def hold(until: threading.Event | None) -> None:
        held, release = threading.Event(), until or threading.Event()
        releases.append(release)

        def run() -> None:
            other = sqlite3.connect(db, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            held.set()
            release.wait(60)
            other.execute("COMMIT")
            other.close()

        threads.append(threading.Thread(target=run))
        threads[-1].start()
        held.wait()

    yield hold
    for release in releases:
        release.set()
    for thread in threads:
        thread.join()


def test_an_import_waits_for_a_transaction_longer_than_the_busy_timeout(cli, add, store, other_writer,
                                                                         short_busy_timeout, monkeypatch):
    add("小美")
    waited_a_second = threading.Event()  # three times the busy timeout: then the other writer commits
    real_waiting = write_wait.CommandWriteWait.waiting

    def waiting(self, seconds: float) -> bool:
        go_on = real_waiting(self, seconds)
        if seconds >= 1.0:
            waited_a_second.set()
        return go_on

    monkeypatch.setattr(write_wait.CommandWriteWait, "waiting", waiting)
    other_writer(waited_a_second)
    result = cli("import", str(DAILY_CSV), "--create-staff")
    assert waited_a_second.is_set()
    assert result.code == 0, result.err
    assert "等它写完再接着做，最多等 120 秒……" in result.err
    assert len(store().imports.history()) == 1


def test_a_command_that_waited_its_limit_says_what_for_and_writes_nothing(cli, add, db, store, other_writer,
                                                                         monkeypatch):
    add("小美")
    monkeypatch.setattr(write_wait, "WAIT_LIMIT_S", 1.0)
    monkeypatch.setattr(write_wait, "NOTICE_AFTER_S", 0.2)
    other_writer(None)
    result = cli("import", str(DAILY_CSV), "--create-staff")
    assert result.code == 1
    notice, error = result.err.splitlines()
    assert notice == f"数据文件 {db} 正在被另一个红花榜窗口或命令写入（例如审批或导入前的自动备份），等它写完再接着做，最多等 1 秒……"
    assert re.fullmatch(re.escape(f"错误：数据文件 {db} 正在被另一个红花榜窗口或命令（例如计划任务的导入）写入，等了 ")
                        + r"[12] 秒还没有写完，刚才的操作没有完成。请等它写完后再试。", error)
    shop = store()
    assert shop.imports.history() == [] and shop.values.count() == 0
    assert [person.name for person in shop.staff.list()] == ["小美"]
