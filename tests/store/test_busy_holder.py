"""Without WAL (a shop file on a drive that cannot do it) a reader keeps a writer out too: a write given up
there said 「…正在写入…」 while the other program only read. The refusal says what is known: 写入 when the lock
refused is one only a writer holds, 读取 when a commit waits for readers, else 使用."""

from __future__ import annotations

import sqlite3

import pytest

import app.store.db
from app.errors import StoreError
from app.store import open_store


class GiveUp:
    """A waiter that stops at the first refusal (the window's 取消, a command at its limit)."""

    def waiting(self, seconds: float) -> bool:
        return False

    def over(self) -> None:
        pass


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(app.store.db, "BUSY_TIMEOUT_MS", 200)
    store = open_store(tmp_path / "shop.db")
    assert store.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    yield store
    store.close()


@pytest.fixture
def other(store):
    conn = sqlite3.connect(store.path, isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def refusal(store) -> str:
    with pytest.raises(StoreError) as caught, store.atomic():
        store.db.execute("INSERT INTO staff (name) VALUES ('小美')")
    return caught.value.message


def test_the_windows_write_kept_out_by_a_reader_is_not_said_to_be_a_write(store, other):
    store.wait_for_writers_with(GiveUp())  # the window's connection: BEGIN EXCLUSIVE, which readers keep out too
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM staff").fetchall()
    said = refusal(store)
    assert said.startswith(f"数据文件 {store.path} 正在被另一个红花榜窗口或命令使用，等了 1 秒还没有用完") and "写入" not in said


def test_a_commit_waiting_for_a_reader_says_it_reads(store, other):
    from app.store.database import writers_waited_with

    def read_meanwhile():  # after this connection's BEGIN IMMEDIATE, before its COMMIT
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM staff").fetchall()

    with writers_waited_with(GiveUp()), pytest.raises(StoreError) as caught, store.atomic():
        store.db.execute("INSERT INTO staff (name) VALUES ('小美')")
        read_meanwhile()
    assert "正在被另一个红花榜窗口或命令读取（例如打印海报或备份）" in caught.value.message
    assert "写入" not in caught.value.message


@pytest.mark.parametrize("waiter", [None, GiveUp()], ids=["no waiter", "a command's waiter"])
def test_a_write_kept_out_by_another_writer_still_says_it_writes(store, other, waiter):
    from app.store.database import writers_waited_with

    other.execute("BEGIN IMMEDIATE")
    with writers_waited_with(waiter):
        said = refusal(store)
    assert "正在被另一个红花榜窗口或命令（例如计划任务的导入）写入" in said
