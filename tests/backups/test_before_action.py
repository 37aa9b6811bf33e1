"""The safety backup before an import commit, an approval or the demo shop is made once the action holds the
write lock: what another writer (a scheduled `honghua import`, another window) commits while the action waits
for it is in the backup, so restoring "before the import" loses nothing but the import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.backups import files
from app.demo import generate_demo
from app.domain import StaffDraft
from app.errors import StoreError
from app.importing import ImportService
from app.periods import parse_period
from app.shop import Shop
from app.store import maintenance
from app.store.database import writers_waited_with

from .conftest import TODAY


class OtherWriter:
    """Another process's write, begun before the action and committed while the action waits for the lock
    (the action's writes wait through this object, as a window's worker or a command waits:
    `database.writers_waited_with`)."""

    def __init__(self, path: Path, name: str):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO staff (name) VALUES (?)", (name,))
        self.waits = 0

    def waiting(self, seconds: float) -> bool:
        self.waits += 1
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        return True

    def over(self) -> None:
        self.conn.close()


def _names_in(path: Path) -> set[str]:
    conn = maintenance.open_read_only(path)
    try:
        return {name for (name,) in conn.execute("SELECT name FROM staff")}
    finally:
        conn.close()


def _open(path: Path, journal: str) -> Shop:
    shop = Shop.open(path, TODAY)
    if journal == "delete":  # a shop where WAL is refused (a network drive): readers and the writer share locks
        shop.store.db.execute("PRAGMA journal_mode = DELETE")
    assert shop.store.db.execute("PRAGMA journal_mode").fetchone()[0] == journal
    return shop


def _import(shop: Shop, folder: Path) -> tuple[ImportService, object]:
    csv = folder / "d.csv"
    csv.write_text(f"日期,客服,销售额\n2026-10-19,{shop.staff.list()[0].name},123.45\n", encoding="utf-8")
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    return service, service.preview([csv])


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_the_backup_before_an_import_holds_what_another_writer_committed_while_it_waited(demo_db, journal):
    shop = _open(demo_db, journal)
    try:
        service, plan = _import(shop, demo_db.parent)
        other = OtherWriter(demo_db, "小新")
        with writers_waited_with(other):
            service.commit(plan)
    finally:
        shop.close()
    assert other.waits > 0  # the import did wait for the other writer
    [backup] = files.list_backups(demo_db)
    assert backup.kind == "import" and "小新" in _names_in(backup.path)
    assert not maintenance.check_file(backup.path)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_the_backup_before_an_approval_holds_what_another_writer_committed_while_it_waited(demo_db, journal):
    shop = _open(demo_db, journal)
    try:
        other = OtherWriter(demo_db, "小新")
        with writers_waited_with(other):
            shop.awards.approve(parse_period("2026-09"), confirm=True)
    finally:
        shop.close()
    assert other.waits > 0
    [backup] = files.list_backups(demo_db)
    assert backup.kind == "approve" and "小新" in _names_in(backup.path)


def test_the_backup_before_the_demo_shop_holds_what_another_writer_committed_while_it_waited(tmp_path):
    path = tmp_path / "shop.db"
    shop = Shop.open(path, TODAY)
    try:
        shop.staff.add(StaffDraft("小美"))
        other = OtherWriter(path, "小新")
        with writers_waited_with(other):
            generate_demo(shop, staff=3, months=1, seed=1, force=True)
    finally:
        shop.close()
    [backup] = files.list_backups(path)
    assert backup.kind == "demo" and _names_in(backup.path) == {"小美", "小新"}


def test_a_backup_that_fails_under_the_lock_writes_nothing_and_lets_the_lock_go(demo_db, monkeypatch):
    from app.backups import making

    shop = Shop.open(demo_db, TODAY)
    try:
        service, plan = _import(shop, demo_db.parent)
        monkeypatch.setattr(making, "write_copy", lambda *_a: (_ for _ in ()).throw(making.BackupError("磁盘已满")))
        with pytest.raises(StoreError) as caught:
            service.commit(plan)
        assert "操作没有执行" in caught.value.message
        assert not shop.store.db.conn.in_transaction
        other = sqlite3.connect(demo_db, isolation_level=None, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # the lock was let go: another writer gets it at once
        other.execute("ROLLBACK")
        other.close()
    finally:
        shop.close()
    assert files.list_backups(demo_db) == []


class SameFileImported:
    """Another window's import of the same file, committed while the action waits for the write lock it holds."""

    def __init__(self, path: Path, csv: Path):
        self.shop = Shop.open(path, TODAY)
        service = ImportService(self.shop.store, self.shop.ctx, self.shop.metrics)
        self.plan = service.preview([csv])
        self.service = service
        self.lock = sqlite3.connect(path, isolation_level=None)
        self.lock.execute("BEGIN IMMEDIATE")
        self.imported: int | None = None

    def waiting(self, seconds: float) -> bool:
        if self.lock.in_transaction:
            self.lock.execute("ROLLBACK")
            self.imported = self.service.commit(self.plan)
        return True

    def over(self) -> None:
        self.lock.close()
        self.shop.close()


def test_an_import_whose_files_another_import_committed_while_it_waited_writes_nothing(demo_db):
    shop = Shop.open(demo_db, TODAY)
    try:
        service, plan = _import(shop, demo_db.parent)
        other = SameFileImported(demo_db, demo_db.parent / "d.csv")
        shop.store.wait_for_writers_with(other)
        result = service.commit(plan)
        assert other.imported is not None
        assert result is None and plan.nothing_to_write()  # counted again under the lock: the files repeat
        assert [r.id for r in shop.store.imports.history()] == [other.imported]  # no second import record
    finally:
        shop.close()
    assert [b.kind for b in files.list_backups(demo_db)] == ["import"]  # the other import's backup alone


def test_an_approval_refused_for_its_confirmation_makes_no_backup(demo_db):
    """Refused until confirmed (a month not ended yet): nothing is done, so no backup is made and none rotated away."""
    from app.awards import ConfirmationNeeded

    shop = Shop.open(demo_db, TODAY)
    try:
        with pytest.raises(ConfirmationNeeded):
            shop.awards.approve(parse_period("2026-10"))
        assert files.list_backups(demo_db) == []
        shop.awards.approve(parse_period("2026-10"), confirm=True)
    finally:
        shop.close()
    assert [b.kind for b in files.list_backups(demo_db)] == ["approve"]
