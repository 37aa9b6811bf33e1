"""Backups are online copies, verified, rotated; they happen before imports, approvals and migrations;
a failed backup is reported (naming the folder), leaves nothing behind, and the shop file is untouched."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import backups
from app.backups import BackupError, files, making
from app.domain import StaffDraft
from app.errors import StoreError
from app.shop import Shop
from app.store import maintenance, open_store

from .conftest import TODAY, counts, digest, dump


def test_a_backup_of_a_live_file_holds_what_only_the_wal_has(demo_db):
    shop = Shop.open(demo_db, TODAY)
    try:
        shop.staff.add(StaffDraft("只在WAL里"))  # committed, not yet checkpointed into the main file
        assert demo_db.with_name("shop.db-wal").stat().st_size > 0
        result = backups.backup_path(demo_db, "manual")
    finally:
        shop.close()
    assert result.info.path.parent == demo_db.parent / "backups"
    assert result.info.path.name.startswith("shop-") and result.info.path.name.endswith("-manual.db")
    assert maintenance.check_file(result.info.path) == []
    assert any(row[1] == "只在WAL里" for row in dump(result.info.path)["staff"])
    assert dump(result.info.path) == dump(demo_db)
    # one self-contained file: rollback-journal mode, no -wal beside it, no temporary copy left
    assert result.info.path.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in result.info.path.parent.iterdir()) == [result.info.path.name]


def test_a_copy_that_fails_its_check_is_deleted_and_reported(demo_db, monkeypatch):
    before = digest(demo_db)
    monkeypatch.setattr(maintenance, "check_file", lambda path, quick=False: ["On tree page 7: bad"])
    with pytest.raises(BackupError) as caught:
        backups.backup_path(demo_db)
    assert "完整性检查" in caught.value.message and "已删除" in caught.value.message
    assert list((demo_db.parent / "backups").iterdir()) == []
    assert digest(demo_db) == before


def test_low_disk_space_is_refused_before_writing_naming_the_folder(demo_db, monkeypatch):
    before = digest(demo_db)
    monkeypatch.setattr(making.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(BackupError) as caught:
        backups.backup_path(demo_db)
    folder = demo_db.parent / "backups"
    assert str(folder) in caught.value.message and "磁盘空间不足" in caught.value.message
    assert list(folder.iterdir()) == [] and digest(demo_db) == before


def test_a_write_failure_half_way_leaves_no_partial_backup(demo_db, monkeypatch):
    before = digest(demo_db)

    def failing_copy(source, target, shop):
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # a partial file, then the disk fills
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(maintenance, "copy_to", failing_copy)
    with pytest.raises(BackupError) as caught:
        backups.backup_path(demo_db)
    assert "磁盘空间不足" in caught.value.message and str(demo_db.parent / "backups") in caught.value.message
    assert list((demo_db.parent / "backups").iterdir()) == [] and digest(demo_db) == before


def test_an_unwritable_folder_is_named(demo_db, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(making.Path, "mkdir", refuse)
    with pytest.raises(BackupError) as caught:
        backups.copy_path(demo_db, demo_db.parent / "usb" / "copy.db")
    assert "只读或没有权限" in caught.value.message and str(demo_db.parent / "usb") in caught.value.message


@pytest.mark.parametrize("where", ["through a file", "in /proc"])
def test_a_folder_that_cannot_be_made_is_said_in_chinese(demo_db, tmp_path, where):
    """设置 → 备份到其他位置… used to say "备份到 /proc/nope 失败：No such file or directory。"."""
    if where == "in /proc":
        if not Path("/proc/self").is_dir():
            pytest.skip("no /proc here")
        target, reason = Path("/proc/nope/copy.db"), "文件或文件夹不存在"
    else:
        (tmp_path / "note.txt").write_text("a file, not a folder")
        target, reason = tmp_path / "note.txt" / "usb" / "copy.db", "路径中有一部分是文件而不是文件夹"
    with pytest.raises(BackupError) as caught:
        backups.copy_path(demo_db, target)
    assert caught.value.message == f"备份到 {target.parent} 失败：{reason}。数据文件没有被修改。"


def test_an_old_backup_that_cannot_be_deleted_is_said_in_chinese(demo_db, monkeypatch):
    for minute in range(3):
        backups.backup_path(demo_db, "manual", datetime(2026, 10, 20, 8, minute))

    def busy(self, *args, **kwargs):
        raise OSError(errno.EBUSY, "Device or resource busy", str(self))

    monkeypatch.setattr(making.Path, "unlink", busy)
    result = making.BackupResult(files.BackupInfo(demo_db, datetime(2026, 10, 20, 9), "manual", 0))
    making.rotate(demo_db, files.Keep(last=1, daily=0, weekly=0, monthly=0), result, datetime(2026, 10, 20, 9))
    assert len(result.warnings) == 2 and result.deleted == []
    assert all(w.endswith("：文件正被其他程序占用") and "busy" not in w for w in result.warnings)


def test_rotation_follows_the_settings_stored_in_the_shop(demo_db):
    shop = Shop.open(demo_db, TODAY)
    from app import settings as declared

    for setting, value in ((declared.BACKUP_KEEP_LAST, 2), (declared.BACKUP_KEEP_DAILY, 3),
                           (declared.BACKUP_KEEP_WEEKLY, 0), (declared.BACKUP_KEEP_MONTHLY, 0)):
        shop.settings.set(setting, value)
    shop.close()
    start = datetime(2026, 10, 1, 9, 0)
    made = [backups.backup_path(demo_db, "daily", now=start + timedelta(days=d)) for d in range(6)]
    assert made[-1].deleted  # rotation ran
    kept = [b.created.date().isoformat() for b in files.list_backups(demo_db)]
    assert kept == ["2026-10-06", "2026-10-05", "2026-10-04"]


def test_daily_backup_once_a_day_and_never_for_an_empty_new_file(tmp_path, demo_db):
    now = datetime(2026, 10, 20, 8, 0)
    assert backups.daily_backup(demo_db, now=now) is not None
    assert backups.daily_backup(demo_db, now=now + timedelta(hours=3)) is None
    assert backups.daily_backup(demo_db, now=now + timedelta(days=1)) is not None
    fresh = tmp_path / "new" / "fresh.db"
    Shop.open(fresh, TODAY).close()
    assert backups.daily_backup(fresh, now=now) is None and not (fresh.parent / "backups").exists()


def test_import_commit_and_approval_are_backed_up_first(demo_db):
    from app.importing import ImportService
    from app.periods import parse_period

    shop = Shop.open(demo_db, TODAY)
    try:
        csv = demo_db.parent / "d.csv"
        name = shop.staff.list()[0].name
        csv.write_text(f"日期,客服,销售额\n2026-10-19,{name},123.45\n", encoding="utf-8")
        service = ImportService(shop.store, shop.ctx, shop.metrics)
        service.commit(service.preview([csv]))
        assert [b.kind for b in files.list_backups(demo_db)] == ["import"]
        shop.awards.approve(parse_period("2026-09"), confirm=True)
    finally:
        shop.close()
    assert [b.kind for b in files.list_backups(demo_db)] == ["approve", "import"]


def test_a_failed_backup_stops_the_import_and_nothing_is_written(demo_db, monkeypatch):
    from app.importing import ImportService

    shop = Shop.open(demo_db, TODAY)
    try:
        csv = demo_db.parent / "d.csv"
        csv.write_text(f"日期,客服,销售额\n2026-10-19,{shop.staff.list()[0].name},123.45\n", encoding="utf-8")
        service = ImportService(shop.store, shop.ctx, shop.metrics)
        plan = service.preview([csv])
        before = counts(demo_db)
        monkeypatch.setattr(making.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(1, 0, 1))
        with pytest.raises(StoreError) as caught:
            service.commit(plan)
        assert "操作没有执行" in caught.value.message
        assert counts(demo_db) == before
    finally:
        shop.close()


def _version(path) -> int:
    conn = maintenance.open_read_only(path)
    try:
        return maintenance.schema_version(conn)
    finally:
        conn.close()


def _old_version(path, version):
    from app.store.schema import APPLICATION_ID, MIGRATIONS

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statements in MIGRATIONS[:version]:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO staff (name) VALUES ('小美')")
    conn.close()


def test_a_migration_is_backed_up_first_and_refused_without_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    _old_version(path, 1)
    before = dump(path)
    monkeypatch.setattr(making.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(1, 0, 1))
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert "磁盘空间不足" in caught.value.message
    assert dump(path) == before and _version(path) == 1  # not migrated
    monkeypatch.undo()
    open_store(path).close()
    [backup] = files.list_backups(path)
    assert backup.kind == "migrate" and _version(backup.path) == 1


def test_the_backup_before_an_upgrade_is_the_file_the_upgrade_starts_from(tmp_path, monkeypatch):
    """The 升级前 backup and the upgrade are one hold of the write lock: another program (a scheduled import)
    that tries to write while the backup is copied, or between it and the upgrade, is refused."""
    path = tmp_path / "old.db"
    _old_version(path, 1)
    before = dump(path)
    copy = making.backup_from
    attempts = []

    def try_to_write(when: str) -> None:
        other = sqlite3.connect(path, isolation_level=None, timeout=0)
        try:
            other.execute("INSERT INTO staff (name) VALUES (?)", (when,))
            attempts.append((when, "written"))
        except sqlite3.OperationalError as e:
            attempts.append((when, str(e)))
        finally:
            other.close()

    def backup_from(*args, **kwargs):
        try_to_write("备份时")
        result = copy(*args, **kwargs)
        try_to_write("备份后、升级前")
        return result

    monkeypatch.setattr(making, "backup_from", backup_from)
    open_store(path).close()
    assert attempts == [("备份时", "database is locked"), ("备份后、升级前", "database is locked")]
    [backup] = files.list_backups(path)
    assert backup.kind == "migrate" and _version(backup.path) == 1 and dump(backup.path) == before
    with open_store(path) as shop:  # neither write reached the upgraded file
        assert [person.name for person in shop.staff.list()] == ["小美"]


def test_a_chosen_backup_file_held_open_elsewhere_is_named_not_its_folder(demo_db, tmp_path, monkeypatch):
    """Windows refuses to replace a file another program has open (an older backup open in a database viewer):
    the message names that file and says why, rather than calling a writable folder read-only."""
    target = tmp_path / "U盘" / "备份.db"
    target.parent.mkdir()
    target.write_bytes(b"the old backup")

    def held(src, dst):
        raise PermissionError(errno.EACCES, "Access is denied", str(src), None, str(dst))

    monkeypatch.setattr(making.os, "replace", held)
    with pytest.raises(BackupError) as caught:
        backups.copy_path(demo_db, target)
    assert str(target) in caught.value.message and "其他程序" in caught.value.message
    assert "只读" not in caught.value.message
    assert target.read_bytes() == b"the old backup" and sorted(p.name for p in target.parent.iterdir()) == ["备份.db"]


def test_a_backup_clears_what_a_killed_backup_left_in_its_folder(demo_db, tmp_path):
    import os
    import time

    usb = tmp_path / "U盘"
    usb.mkdir()
    left = [usb / ".备份.db.4242.honghua.tmp", usb / ".备份.db.4242.honghua.tmp-journal"]
    for path in left:
        path.write_bytes(b"half a copy")
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    backups.copy_path(demo_db, usb / "备份.db")
    assert sorted(p.name for p in usb.iterdir()) == ["备份.db"]
    kept = backups.backup_path(demo_db, "manual").info.path
    stale = kept.parent / f".{kept.name}.99.honghua.tmp"
    stale.write_bytes(b"half a copy")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    backups.backup_path(demo_db, "manual")
    assert not stale.exists()


@pytest.mark.parametrize(("days", "per_day", "lowered"), [
    (1, 5, files.Keep(last=1, daily=3)),  # five of today's: the next backup keeps only itself
    (9, 1, files.Keep(last=3, daily=3, weekly=0, monthly=0)),  # one a day: the next takes a daily place
    (3, 1, files.Keep(last=5, daily=7)),  # the next backup deletes none: nothing to ask
])
def test_the_backups_lower_counts_are_said_to_cost_are_those_the_next_backup_deletes(demo_db, days, per_day,
                                                                                        lowered):
    """Saving 最近 1 with five of today's backups was said to delete 4 of them: the next backup deleted all 5, its
    own place among the newest being the one the four others were said to share."""
    folder = demo_db.parent / "backups"
    folder.mkdir()
    start = datetime.now() - timedelta(days=days - 1, hours=1)
    for day in range(days):
        for minute in range(per_day):
            files.new_path(demo_db, "manual", start + timedelta(days=day, minutes=minute)).write_bytes(b"x")
    named = {b.path for b in files.dropped_by(demo_db, files.Keep(), lowered)}
    conn = maintenance.open_read_only(demo_db)
    try:
        result = making.backup_from(conn, demo_db, "manual", keep=lowered)
    finally:
        conn.close()
    assert named == set(result.deleted)
