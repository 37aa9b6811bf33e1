"""Restore: the chosen file is checked before anything changes; the current file is backed up first (or,
when damaged, moved aside whole); the swap is refused while another connection has the file open; the
round trip gives back exactly the backed-up tables."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app import backups
from app.backups import files
from app.domain import StaffDraft
from app.errors import StoreError, UserError
from app.shop import Shop
from app.store import LATEST_VERSION, maintenance, open_store

from .conftest import TODAY, damage, digest, dump


def _without_restore_audit(tables):
    return {name: [row for row in rows if "backup.restore" not in row] for name, rows in tables.items()}


def test_a_restore_through_a_link_to_the_shop_file_replaces_the_file_not_the_link(demo_db, tmp_path):
    """The window opened through a symbolic link (Windows: mklink): the restored data went into a new file in
    the link's place, while the shop file itself, which the scheduled tasks use, kept the data restored over."""
    saved = backups.backup_path(demo_db, "manual").info.path
    expected = dump(saved)
    shop = Shop.open(demo_db, TODAY)
    shop.staff.add(StaffDraft("恢复后应消失"))
    shop.close()
    link = tmp_path / "链接" / "shop.db"
    link.parent.mkdir()
    link.symlink_to(demo_db)
    backups.restore(link, saved)
    assert link.is_symlink() and link.resolve() == demo_db.resolve()
    assert _without_restore_audit(dump(demo_db)) == expected

def test_round_trip_gives_back_every_table(demo_db):
    saved = backups.backup_path(demo_db, "manual").info.path
    expected = dump(saved)
    shop = Shop.open(demo_db, TODAY)
    shop.staff.add(StaffDraft("恢复后应消失"))
    shop.close()
    assert dump(demo_db) != expected
    restored = backups.restore(demo_db, saved)
    assert _without_restore_audit(dump(demo_db)) == expected  # table by table, row by row
    assert restored.backup is not None and restored.backup.info.kind == "restore"
    assert any(r[1] == "恢复后应消失" for r in dump(restored.backup.info.path)["staff"])  # the replaced data kept
    assert _without_restore_audit(dump(demo_db)) == expected
    assert sum("backup.restore" in row for row in dump(demo_db)["audit"]) == 1


def test_a_restore_cut_off_right_after_the_swap_has_its_audit_row(demo_db, monkeypatch):
    """The power goes right after the rename: the restored data already says it was restored, and by whom."""
    from app.backups import restoring

    class PowerCut(BaseException):
        pass

    def cut(_folder):
        raise PowerCut

    saved = backups.backup_path(demo_db, "manual").info.path
    monkeypatch.setattr(restoring, "sync_folder", cut)
    with pytest.raises(PowerCut):
        backups.restore(demo_db, saved, user="店主")
    notes = [row for row in dump(demo_db)["audit"] if "backup.restore" in row]
    assert len(notes) == 1 and "店主" in notes[0] and saved.name in " ".join(map(str, notes[0]))
    assert [p.name for p in demo_db.parent.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("case", ["missing", "not_sqlite", "other_program", "newer", "damaged", "empty"])
def test_a_file_that_must_not_be_restored_changes_nothing(demo_db, tmp_path, case):
    source = tmp_path / f"{case}.db"
    if case == "not_sqlite":
        source.write_bytes("姓名,销售额\n张伟,100\n".encode("gbk"))
    elif case == "other_program":
        conn = sqlite3.connect(source)
        conn.execute("CREATE TABLE photos (id INTEGER)")
        conn.close()
    elif case in ("newer", "damaged", "empty"):
        if case == "empty":
            source.write_bytes(b"")
        else:
            source.write_bytes(demo_db.read_bytes())
            conn = sqlite3.connect(source)
            conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1 if case == 'newer' else LATEST_VERSION}")
            conn.close()
            if case == "damaged":
                damage(source)
    before = digest(demo_db)
    with pytest.raises((StoreError, UserError)) as caught:
        backups.restore(demo_db, source)
    assert str(source) in caught.value.message
    assert digest(demo_db) == before
    assert not (demo_db.parent / "backups").exists()  # not even the pre-restore backup: checks come first
    assert sorted(p.name for p in demo_db.parent.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("spelling", ["same path", "with ..", "relative", "symlink", "hard link"])
def test_the_current_file_itself_is_refused_however_it_is_named(demo_db, tmp_path, monkeypatch, spelling):
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    source = {"same path": demo_db, "with ..": tmp_path / "sub" / ".." / demo_db.name,
              "relative": Path("..") / demo_db.name, "symlink": tmp_path / "sub" / "link.db",
              "hard link": tmp_path / "sub" / "hard.db"}[spelling]
    if spelling == "symlink":
        source.symlink_to(demo_db)
    elif spelling == "hard link":
        os.link(demo_db, source)
    before = digest(demo_db)
    with pytest.raises(UserError, match="就是当前的数据文件，不能用它自己来恢复"):
        backups.check_source(source, current=demo_db)
    with pytest.raises(UserError, match="就是当前的数据文件，不能用它自己来恢复"):
        backups.restore(demo_db, source)
    assert digest(demo_db) == before and not (demo_db.parent / "backups").exists()
    assert backups.check_source(source) == LATEST_VERSION  # as a file to restore some other shop from, it is fine


def test_restore_is_refused_while_another_connection_has_the_file(demo_db):
    saved = backups.backup_path(demo_db, "manual").info.path
    other = Shop.open(demo_db, TODAY)  # another window or command
    try:
        other.staff.add(StaffDraft("另一个窗口写的"))
        before = dump(demo_db)
        with pytest.raises(StoreError) as caught:
            backups.restore(demo_db, saved)
        assert "正在被另一个" in caught.value.message
        assert dump(demo_db) == before
        assert demo_db.with_name("shop.db-wal").exists()  # its WAL is still there, never deleted
    finally:
        other.close()


def test_restore_is_refused_while_a_live_window_lock_names_its_process(demo_db, tmp_path):
    import subprocess
    import sys

    saved = backups.backup_path(demo_db, "manual").info.path
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        program = os.path.basename(os.path.realpath(sys.executable))  # as Qt names the window's process
        (tmp_path / "shop.db.lock").write_text(f"{holder.pid}\n{program}\n\n", encoding="utf-8")
        with pytest.raises(StoreError) as caught:
            backups.restore(demo_db, saved)
        assert str(holder.pid) in caught.value.message
    finally:
        holder.kill()
        holder.wait()
    backups.restore(demo_db, saved)  # the process is gone: its lock is stale


def test_a_damaged_current_file_is_moved_aside_with_its_journal(demo_db):
    saved = backups.backup_path(demo_db, "manual").info.path
    damage(demo_db)
    damaged_bytes = demo_db.read_bytes()
    assert backups.health(demo_db).problems
    assert backups.newest_good_backup(demo_db).path == saved
    restored = backups.restore(demo_db, saved)
    assert restored.backup is None and restored.moved_aside is not None
    assert restored.moved_aside.read_bytes() == damaged_bytes  # kept as it was, for a specialist
    assert backups.health(demo_db).ok and _without_restore_audit(dump(demo_db)) == dump(saved)
    assert [b.kind for b in files.list_backups(demo_db)] == ["damaged", "manual"]


def _version_2_shop(path: Path) -> Path:
    """A shop file of schema version 2 (no settings table yet) with one person."""
    from app.store.schema import APPLICATION_ID, MIGRATIONS

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statements in MIGRATIONS[:2]:
        for statement in statements:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO staff (name) VALUES ('老员工')")
    conn.close()
    return path


def test_an_older_backup_is_migrated_before_the_swap(tmp_path):
    old = _version_2_shop(tmp_path / "old.db")
    current = tmp_path / "shop.db"
    Shop.open(current, TODAY).close()
    restored = backups.restore(current, old)
    assert restored.version == 2
    conn = maintenance.open_read_only(current)
    assert maintenance.schema_version(conn) == LATEST_VERSION
    conn.close()
    store = open_store(current)
    assert [p.name for p in store.staff.list()] == ["老员工"]
    assert [kind for (kind,) in store.db.execute("SELECT action FROM audit")] == ["backup.restore"]
    store.close()
    assert [b.kind for b in files.list_backups(current)] == ["migrate"]  # the old data as restored, kept
    conn = maintenance.open_read_only(old)
    assert maintenance.schema_version(conn) == 2  # the chosen file itself is never changed
    conn.close()


def test_a_stale_window_lock_is_told_apart_on_windows_too():
    """On Windows the lock's process is looked up with OpenProcess / GetExitCodeProcess (simulated here)."""
    import ctypes

    from app.backups.restoring import process_alive

    class Kernel32:
        def __init__(self, handle, last_error=0, exit_code=259):
            self.handle, self.last_error, self.exit_code, self.closed = handle, last_error, exit_code, False

        def OpenProcess(self, access, inherit, pid):  # the Win32 names
            return self.handle

        def GetLastError(self):
            return self.last_error

        def GetExitCodeProcess(self, handle, out):
            ctypes.cast(out, ctypes.POINTER(ctypes.c_ulong)).contents.value = self.exit_code
            return 1

        def CloseHandle(self, handle):
            self.closed = True

    running = Kernel32(handle=7)
    assert process_alive(1234, running) and running.closed
    assert not process_alive(1234, Kernel32(handle=7, exit_code=0))  # it has exited
    assert not process_alive(1234, Kernel32(handle=0, last_error=87))  # no such process
    assert process_alive(1234, Kernel32(handle=0, last_error=5))  # another user's: it exists


def test_what_a_restore_cut_off_by_a_power_cut_left_beside_the_shop_is_cleared_later(demo_db):
    """A restore killed while it copies leaves a whole-shop temporary copy beside the shop file (where the
    user looks for the shop, and on Windows sees it): the next backups' clean-up removes it once it is a day
    old, as it does for a killed backup's copy; a fresh one may belong to a restore still running."""
    import os
    import time

    left = [demo_db.with_name(".shop.db.restore-4242.tmp"), demo_db.with_name("..shop.db.restore-4242.tmp.4242.tmp"),
            demo_db.with_name("..shop.db.restore-4242.tmp.4242.tmp-journal")]
    fresh = demo_db.with_name(".shop.db.restore-4343.tmp")
    for path in [*left, fresh]:
        path.write_bytes(b"SQLite format 3\x00")
    day_ago = time.time() - 2 * 86400
    for path in left:
        os.utime(path, (day_ago, day_ago))
    result = backups.backup_path(demo_db)
    assert [p.exists() for p in left] == [False] * 3 and fresh.exists()
    assert set(left) <= set(result.deleted)


def test_a_restore_whose_copy_keeps_its_last_commit_in_its_wal_loses_nothing(demo_db, monkeypatch):
    """Closing the copy folds its -wal in only when nothing else has it open; the -wal's name is not moved
    with the copy. Here a second connection keeps the copy's audit row in its -wal: the restore must either
    bring that row along or refuse and leave the shop as it was, never hand over a shop without it."""
    from app.backups import restoring

    saved = backups.backup_path(demo_db, "manual").info.path
    before = dump(demo_db)
    held = []
    note = restoring.note_in_audit

    def note_while_held(store, restored, user):
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("SELECT count(*) FROM audit").fetchone()
        held.append(other)
        note(store, restored, user)

    monkeypatch.setattr(restoring, "note_in_audit", note_while_held)
    try:
        try:
            backups.restore(demo_db, saved, user="店主")
        except StoreError:
            assert dump(demo_db) == before  # refused: the shop file was not replaced
            return
        finally:
            snapshot = demo_db.with_name("snapshot.db")  # what a power cut now would leave: the file alone
            snapshot.write_bytes(demo_db.read_bytes())
        assert sum("backup.restore" in row for row in dump(snapshot)["audit"]) == 1
    finally:
        for conn in held:
            conn.close()


def test_the_restored_shop_is_one_file_and_reopens_in_wal_mode(demo_db):
    saved = backups.backup_path(demo_db, "manual").info.path
    backups.restore(demo_db, saved)
    assert not demo_db.with_name(demo_db.name + "-wal").exists()
    store = open_store(demo_db)
    try:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_migrating_an_older_backup_rotates_backups_by_the_current_shops_settings(tmp_path):
    """The old file has no rotation settings (the defaults keep 10 a day); the owner set this shop to keep 30."""
    from datetime import datetime, timedelta

    from app import settings as declared
    old = _version_2_shop(tmp_path / "old.db")
    current = tmp_path / "shop.db"
    shop = Shop.open(current, TODAY)
    shop.settings.set(declared.BACKUP_KEEP_LAST, 30)
    shop.close()
    start = datetime(2026, 10, 20, 8, 0)
    for minute in range(12):
        backups.backup_path(current, "manual", start + timedelta(minutes=minute))
    assert len(files.list_backups(current)) == 12
    backups.restore(current, old)
    assert len(files.list_backups(current)) == 14  # the migrate and restore backups added, none deleted


@pytest.mark.parametrize("harm", ["cells of a page", "a page of junk", "cut short"])
def test_a_damaged_backup_is_refused_in_words_an_owner_reads(demo_db, tmp_path, harm):
    """Not SQLite's English about trees and cells ("On tree page 12 cell 3: …", "database disk image is
    malformed"): `honghua check` lists those. A backup cut short (copied to a USB stick pulled too soon) was
    refused as a shop file — "请从备份恢复", said of the backup chosen to restore from — and now as a backup."""
    source = tmp_path / "坏备份.db"
    source.write_bytes(demo_db.read_bytes())
    if harm == "cells of a page":
        damage(source)
    elif harm == "cut short":
        source.write_bytes(demo_db.read_bytes()[:len(demo_db.read_bytes()) // 3])
    else:
        data = bytearray(source.read_bytes())
        data[3 * 4096:4 * 4096] = b"\xff" * 4096
        source.write_bytes(bytes(data))
    before = digest(demo_db)
    with pytest.raises(UserError) as caught:
        backups.check_source(source, current=demo_db)
    message = caught.value.message.replace(str(source), "")
    assert message.startswith("备份文件") and "已损坏" in message and "没有任何改动" in message
    assert "请换一份较早的备份" in message and "请从备份恢复" not in message
    assert not any(c.isascii() and c.isalpha() for c in message), message
    assert digest(demo_db) == before


def test_a_file_another_program_is_writing_is_not_damaged_nor_moved_aside_by_a_restore(tmp_path, demo_db, monkeypatch):
    saved = backups.backup_path(demo_db, "manual").info.path
    monkeypatch.setattr("app.store.maintenance.BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr("app.store.db.BUSY_TIMEOUT_MS", 200)
    writer = sqlite3.connect(demo_db, isolation_level=None)
    assert writer.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    writer.execute("BEGIN EXCLUSIVE")  # in rollback-journal mode a writer writing out its changes keeps readers out
    try:
        before = demo_db.read_bytes()
        assert not backups.is_damaged(demo_db)  # the window offers no backup over it
        with pytest.raises(StoreError) as caught:
            backups.restore(demo_db, saved)
        assert demo_db.read_bytes() == before
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert caught.value.message.startswith(f"数据文件 {demo_db.absolute()} 正在被另一个红花榜窗口或命令")
    assert [b.kind for b in files.list_backups(demo_db)] == ["manual"]  # nothing moved aside as damaged


def test_an_old_backup_its_upgrade_refuses_is_said_naming_it_not_the_temporary_copy(demo_db, tmp_path):
    """An old version's backup with a row a newer constraint refuses (changed with another tool): the refusal
    named the restore's temporary copy, a file the owner never sees and that is removed at once, as the file
    that could still be opened with the old version."""
    import shutil

    old = tmp_path / "旧备份.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "schema" / "v8.sqlite", old)
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE staff SET hired = '2025/3/1' WHERE id = (SELECT min(id) FROM staff)")
    conn.close()
    before, old_bytes = digest(demo_db), old.read_bytes()
    with pytest.raises(StoreError) as refused:
        backups.restore(demo_db, old)
    message = refused.value.message
    assert str(old) in message and ".restore-" not in message and "当前数据文件没有被替换" in message
    assert digest(demo_db) == before and old.read_bytes() == old_bytes
    assert [p.name for p in demo_db.parent.iterdir() if ".restore-" in p.name] == []
