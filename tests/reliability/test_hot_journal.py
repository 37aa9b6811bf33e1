"""A writer killed in rollback-journal mode leaves a hot -journal beside the shop file: a restore killed
while it switches the file out of WAL, or any action on a shop kept where WAL is refused (some network
folders). SQLite rolls it back on the next read-write open; a read-only open cannot, and must not make the
next start call the file damaged."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from app.backups import health
from app.domain import StaffDraft
from app.errors import StoreError
from app.shop import Shop
from app.store import db as db_module
from app.store import maintenance
from app.store.db import inspect_file

from .harness import state

KILLED_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 1")  # pages spill into the file before the commit, as in a big action
conn.execute("BEGIN IMMEDIATE")
conn.executemany("INSERT INTO department (name) VALUES (?)", [(f"部门{i}" * 20,) for i in range(2000)])
print("inside", flush=True)
time.sleep(60)
"""


def test_a_hot_journal_is_rolled_back_and_the_shop_opens(tmp_path):
    db = tmp_path / "shop.db"
    shop = Shop.open(db, date(2026, 10, 20))
    shop.staff.add(StaffDraft("小美"))
    shop.close()
    before = state(db)[1]
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "inside"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert db.with_name("shop.db-journal").stat().st_size > 0

    assert health(db).ok  # `honghua check`, and the window's check before it opens the shop
    assert inspect_file(db) > 0
    shop = Shop.open(db, date(2026, 10, 20))
    assert [p.name for p in shop.staff.list()] == ["小美"]
    shop.close()
    assert maintenance.check_file(db) == [] and state(db)[1] == before


def test_a_hot_journal_that_cannot_be_rolled_back_is_explained_not_called_damage(tmp_path, monkeypatch):
    db = tmp_path / "shop.db"
    Shop.open(db, date(2026, 10, 20)).close()
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "inside"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    real = sqlite3.connect

    def read_only_folder(database, *args, **kwargs):
        if not kwargs.get("uri"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(db_module.sqlite3, "connect", read_only_folder)
    with pytest.raises(StoreError) as caught:
        inspect_file(db)
    assert "shop.db-journal" in caught.value.message and "不要删除" in caught.value.message
    assert "已损坏" not in caught.value.message
    assert db.with_name("shop.db-journal").exists()
