import hashlib
import os
import sqlite3
from datetime import date

import pytest

from app.domain import Staff
from app.errors import StoreError
from app.store import LATEST_VERSION, open_store
from app.store.schema import APPLICATION_ID, MIGRATIONS


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_at_version(path, version):
    """A shop file as an older app would have left it: only the first `version` migrations."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statements in MIGRATIONS[:version]:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        conn.execute("INSERT INTO department (name) VALUES ('客服部')")
        conn.execute("INSERT INTO staff (name, dept_id) VALUES ('小美', 1)")
        conn.execute("INSERT INTO daily_value (metric, day, staff_id, value) VALUES ('sales', '2026-10-01', 1, 1250000)")
    conn.close()


def test_new_file_gets_the_latest_schema(tmp_path):
    store = open_store(tmp_path / "shop.db")
    assert store.schema_version() == LATEST_VERSION
    assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


@pytest.mark.parametrize("version", range(LATEST_VERSION))
def test_migrates_forward_from_each_earlier_version(tmp_path, version):
    path = tmp_path / "old.db"
    _make_at_version(path, version)
    store = open_store(path)
    assert store.schema_version() == LATEST_VERSION
    if version >= 1:
        assert [p.name for p in store.staff.list()] == ["小美"]
        assert store.values.sums("sales", date(2026, 10, 1), date(2026, 10, 31)) == {1: 1250000}
    store.close()


def test_an_import_made_at_v7_still_undoes_after_v8_keeps_imports_names(tmp_path):
    """v8 adds import_name (the names an import read, and the sub-accounts it added). An import committed before
    has no rows there: its undo restores the values as before and takes no sub-account away."""
    from app.importing import ImportService
    from app.shop import Shop

    path = tmp_path / "old.db"
    _make_at_version(path, 7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO staff_alias (alias, staff_id) VALUES ('旗舰店:新来的', 1)")  # taught by that import
    conn.execute("INSERT INTO import_log (at, os_user, file_name, content_hash) VALUES ('2026-10-02T09:00:00', 'u', "
                 "'旧.csv', 'h')")
    conn.execute("UPDATE daily_value SET import_id = 1, source_row = 3")
    conn.close()
    shop = Shop.open(path, date(2026, 10, 20))
    try:
        assert shop.store.schema_version() == LATEST_VERSION
        assert shop.store.db.execute("SELECT count(*) FROM import_name").fetchone()[0] == 0
        result = ImportService(shop.store, shop.ctx, shop.metrics).undo(1)
        assert result.record.status == "undone" and result.notes == []
        assert shop.store.values.sums("sales", date(2026, 10, 1), date(2026, 10, 31)) == {}
        assert shop.store.staff.get(1).aliases == ("旗舰店:新来的",)
    finally:
        shop.close()


def test_an_import_of_two_accounts_made_at_v9_keeps_its_behaviour_after_v10_keeps_names_per_day(tmp_path):
    """v10 adds import_day_name (which names made up a person's day in an import). An import of her two sub-accounts
    committed before has none: it is known per person only, so a file of one of them replaces her day as before
    (the upgrade cannot tell which account each day held); an import made after the upgrade keeps them."""
    from app.importing import ImportOptions, ImportService
    from app.shop import Shop

    path = tmp_path / "old.db"
    _make_at_version(path, 9)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO staff_alias (alias, staff_id) VALUES ('旗舰店:小美', 1), ('旗舰店:售前01', 1)")
    conn.execute("INSERT INTO import_log (at, os_user, file_name, content_hash) VALUES ('2026-10-02T09:00:00', 'u', "
                 "'A.csv、B.csv', 'h')")
    conn.execute("INSERT INTO import_name (import_id, name_key, staff_id) VALUES (1, '旗舰店:小美', 1), "
                 "(1, '旗舰店:售前01', 1)")
    conn.execute("UPDATE daily_value SET import_id = 1, source_row = 2")
    conn.close()
    corrected = tmp_path / "A更正.csv"
    corrected.write_text("日期,客服,销售额\n2026-10-01,旗舰店:小美,11000\n", encoding="utf-8")
    shop = Shop.open(path, date(2026, 10, 20))
    try:
        assert shop.store.schema_version() == LATEST_VERSION
        assert shop.store.db.execute("SELECT count(*) FROM import_day_name").fetchone()[0] == 0
        imports = ImportService(shop.store, shop.ctx, shop.metrics)
        plan = imports.preview([corrected], ImportOptions())
        assert not plan.blocking()
        new_id = imports.commit(plan)
        assert shop.store.values.get("sales", date(2026, 10, 1), 1) == 1100000
        imports.undo(new_id)
        assert shop.store.values.get("sales", date(2026, 10, 1), 1) == 1250000
        both = tmp_path / "两个账号.csv"
        both.write_text("日期,客服,销售额\n2026-10-01,旗舰店:小美,10000\n2026-10-01,旗舰店:售前01,3000\n",
                        encoding="utf-8")
        plan = imports.preview([both], ImportOptions())
        imports.commit(plan)
        assert shop.store.values.get("sales", date(2026, 10, 1), 1) == 1300000
        assert shop.store.db.execute("SELECT staff_id, start, name_key FROM import_day_name ORDER BY 3").fetchall() == [
            (1, "2026-10-01", "旗舰店:售前01"), (1, "2026-10-01", "旗舰店:小美")]
        plan = imports.preview([corrected], ImportOptions())  # now each account's share is known: 售前01's kept
        assert not plan.blocking() and [(c.old, c.new) for c in plan.changes] == [(1300000, 1400000)]
    finally:
        shop.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    _make_at_version(path, 1)
    broken = [*MIGRATIONS[:1], [*MIGRATIONS[1], "CREATE TABLE staff (x)"]]  # second statement list fails at its end
    monkeypatch.setattr("app.store.db.MIGRATIONS", broken)
    with pytest.raises(StoreError):
        open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'audit'").fetchone()[0] == 0
    conn.close()


def test_not_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not a shop\n" * 10)
    before = _digest(path)
    with pytest.raises(StoreError, match="不是红花榜的数据文件"):
        open_store(path)
    assert _digest(path) == before


def test_png_renamed_is_refused(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    with pytest.raises(StoreError):
        open_store(path)


def test_another_programs_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="其他程序"):
        open_store(path)
    assert _digest(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.db"
    _make_at_version(path, LATEST_VERSION)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="更新版本"):
        open_store(path)
    assert _digest(path) == before


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "broken.db"
    store = open_store(path)
    with store.atomic():
        for i in range(200):
            store.departments.add(f"部门{i}")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.execute("PRAGMA journal_mode = DELETE")
    store.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(4096 - 100)  # wreck the schema page
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(StoreError, match="损坏"):
        open_store(path)
    assert _digest(path) == before


def test_a_file_another_program_is_writing_in_rollback_journal_mode_is_called_busy_not_damaged(tmp_path, monkeypatch):
    """In rollback-journal mode a writer writing out its changes keeps every reader out; the first look at the
    file then fails after the busy timeout. That is a busy file (try again later), not a damaged one to restore."""
    monkeypatch.setattr("app.store.maintenance.BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr("app.store.db.BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "shop.db"
    open_store(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    assert writer.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as caught:
            open_store(path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert caught.value.message.startswith(f"数据文件 {path} 正在被另一个红花榜窗口或命令（例如计划任务的导入）写入")
    assert "损坏" not in caught.value.message
    open_store(path).close()  # once it is done, the file opens


def test_a_new_shop_that_cannot_be_made_whole_leaves_no_file(tmp_path, monkeypatch):
    """A full disk half-way through making a new shop: no half-made shop for the next start to open."""
    from app.store import db as db_module

    broken = [*MIGRATIONS[:-1], [*MIGRATIONS[-1], "INSERT INTO no_such_table VALUES (1)"]]
    monkeypatch.setattr(db_module, "MIGRATIONS", broken)
    with pytest.raises((StoreError, sqlite3.Error)):
        open_store(tmp_path / "shop.db")
    assert list(tmp_path.iterdir()) == []


def test_missing_file_with_create_false(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_a_folder_is_not_a_shop_file(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path)


def test_read_only_location_gives_a_clear_message(tmp_path, monkeypatch):
    real_connect = sqlite3.connect

    class ReadOnlyConnection:
        def __init__(self, *args, **kwargs):
            self._conn = real_connect(*args, **kwargs)

        def execute(self, sql, *params):
            if "journal_mode" in sql:
                raise sqlite3.OperationalError("attempt to write a readonly database")
            return self._conn.execute(sql, *params)

    monkeypatch.setattr("app.store.db.sqlite3.connect", ReadOnlyConnection)
    with pytest.raises(StoreError, match="只读"):
        open_store(tmp_path / "shop.db")


def test_full_disk_gives_a_clear_message(tmp_path, monkeypatch):
    store = open_store(tmp_path / "shop.db")

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(StoreError, match="磁盘已满"), store.atomic():
        monkeypatch.setattr(store.db, "execute", full)
        store.departments.add("客服部")
    monkeypatch.undo()
    assert store.departments.list() == []
    store.close()


def test_constraints_hold(tmp_path):
    store = open_store(tmp_path / "shop.db")
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO staff (name) VALUES ('  ')")
    with pytest.raises(sqlite3.IntegrityError):  # foreign key: no such person
        store.db.execute("INSERT INTO daily_value (metric, day, staff_id, value) VALUES ('sales', '2026-10-01', 99, 1)")
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO staff (name, hired) VALUES ('甲', '2026/10/01')")
    sid = store.staff.insert(Staff(id=0, name="甲", aliases=("店:甲",)))
    with pytest.raises(sqlite3.IntegrityError):  # an alias belongs to one person only
        store.staff.insert(Staff(id=0, name="乙", aliases=("店:甲",)))
    store.audit.add("tester", "x", "y")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        store.db.execute("UPDATE audit SET summary = 'forged'")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        store.db.execute("DELETE FROM audit")
    assert store.staff.get(sid).aliases == ("店:甲",)
    store.close()


def test_a_failed_action_writes_nothing(tmp_path):
    store = open_store(tmp_path / "shop.db")
    before = list(store.db.conn.iterdump())
    with pytest.raises(RuntimeError), store.atomic():
        store.departments.add("客服部")
        store.values.set_many([])
        store.audit.add("tester", "dept.add", "新建部门")
        raise RuntimeError("boom half-way")
    assert list(store.db.conn.iterdump()) == before
    store.close()


def test_data_version_changes_when_another_connection_writes(tmp_path):
    path = tmp_path / "shop.db"
    gui = open_store(path)
    cli = open_store(path)
    seen = gui.data_version()
    with cli.atomic():
        cli.departments.add("客服部")
    assert gui.data_version() != seen
    assert [d.name for d in gui.departments.list()] == ["客服部"]
    gui.close()
    cli.close()


def test_checking_the_open_shop_file_keeps_its_lock(tmp_path):
    """Closing any plain file handle on the shop file drops SQLite's POSIX locks for the whole process:
    another process closing its connection would then delete the WAL this process still uses."""
    import subprocess
    import sys

    from app.backups import health

    path = tmp_path / "shop.db"
    store = open_store(path)
    store.db.execute("CREATE TABLE IF NOT EXISTS probe (x)")
    assert health(path, quick=True).ok
    other = f"import sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('SELECT 1 FROM sqlite_master'); c.close()"
    subprocess.run([sys.executable, "-c", other], check=True)
    assert (tmp_path / "shop.db-wal").exists()
    store.close()


def test_a_short_non_sqlite_file_is_refused_as_not_ours(tmp_path):
    path = tmp_path / "tiny.db"
    path.write_bytes(b"hi")
    with pytest.raises(StoreError, match="不是红花榜的数据文件"):
        open_store(path)
    assert path.read_bytes() == b"hi"


def test_after_v11_everyone_of_an_older_shop_takes_part_and_its_approved_month_stays_as_approved(tmp_path):
    """v11 adds staff.in_awards (参与评奖), 1 for everyone already there: the month the v9 shop approved still
    reads as approved with the same inputs."""
    import shutil
    from pathlib import Path

    from app.periods import Month
    from app.shop import Shop

    path = tmp_path / "shop.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "schema" / "v9.sqlite", path)
    shop = Shop.open(path, date(2026, 11, 3))
    try:
        assert shop.store.schema_version() == LATEST_VERSION
        people = shop.staff.list()
        assert len(people) == 4 and all(p.in_awards for p in people)
        review = shop.awards.status(Month(2026, 10))
        assert review.approved is not None and not review.changed
        with pytest.raises(sqlite3.IntegrityError):
            shop.store.db.execute("UPDATE staff SET in_awards = 2 WHERE id = 1")
    finally:
        shop.close()


def test_an_import_of_two_accounts_made_at_v12_is_refused_as_before_after_v13_keeps_each_accounts_share(tmp_path):
    """v13 adds import_share (each sub-account's own values in a day an import added up). The v12 shop's import of
    two accounts has none: a corrected file of one account is still refused (which part of the sum was whose is not
    known); an import of both made after the upgrade keeps them, and the corrected file then keeps the other's."""
    import shutil
    from pathlib import Path

    from app.importing import ImportOptions, ImportService
    from app.shop import Shop

    path = tmp_path / "shop.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "schema" / "v12.sqlite", path)
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 12
    conn.execute("INSERT INTO staff_alias (alias, staff_id) VALUES ('旗舰店:小美', 1), ('专营店:小美', 1)")
    import_id = conn.execute("INSERT INTO import_log (at, os_user, file_name, content_hash) VALUES "
                             "('2026-10-02T09:00:00', 'u', 'A.csv、B.csv', 'h')").lastrowid
    conn.execute("INSERT INTO import_name (import_id, name_key, staff_id) VALUES (?1, '旗舰店:小美', 1), "
                 "(?1, '专营店:小美', 1)", [import_id])
    conn.execute("INSERT INTO import_day_name (import_id, staff_id, start, end, name_key) VALUES "
                 "(?1, 1, '2026-10-01', '2026-10-01', '旗舰店:小美'), (?1, 1, '2026-10-01', '2026-10-01', '专营店:小美')",
                 [import_id])
    conn.execute("INSERT INTO daily_value (metric, day, staff_id, value, import_id, source_row) VALUES "
                 "('sales', '2026-10-01', 1, 1300000, ?1, 2) ON CONFLICT (metric, day, staff_id) DO UPDATE SET "
                 "value = excluded.value, import_id = excluded.import_id, source_row = excluded.source_row", [import_id])
    conn.close()
    corrected = tmp_path / "A更正.csv"
    corrected.write_bytes("日期,客服,销售额\n2026-10-01,旗舰店:小美,11000\n".encode("gbk"))
    shop = Shop.open(path, date(2026, 11, 3))
    try:
        assert shop.store.schema_version() == LATEST_VERSION
        assert shop.store.db.execute("SELECT count(*) FROM import_share").fetchone()[0] == 0
        imports = ImportService(shop.store, shop.ctx, shop.metrics)
        plan = imports.preview([corrected], ImportOptions(confirm_approved=True))
        assert plan.blocking() and "「专营店:小美」的数值就丢了" in plan.files[0].errors[0].reason
        both = tmp_path / "两个账号.csv"
        both.write_bytes("日期,客服,销售额\n2026-10-01,旗舰店:小美,10000\n2026-10-01,专营店:小美,3000\n".encode("gbk"))
        imports.commit(imports.preview([both], ImportOptions(confirm_approved=True)))
        plan = imports.preview([corrected], ImportOptions(confirm_approved=True))
        assert not plan.blocking() and [(c.old, c.new) for c in plan.changes] == [(1300000, 1400000)]
        imports.commit(plan)
        assert shop.store.values.get("sales", date(2026, 10, 1), 1) == 1400000
    finally:
        shop.close()


def test_v14_puts_the_names_imports_kept_under_the_one_key_and_leaves_the_staffs_names_as_typed(tmp_path):
    """Before v14 a kept name held a space beside a Chinese character (「张 伟」, 「专营店:美 美」); v14 re-keys
    import_name, import_day_name and import_share as `normalize_alias` reads them now. Two names of one import that
    now share a key (namesakes) keep one in its older form rather than failing; sub-accounts stay as typed."""
    path = tmp_path / "old.db"
    _make_at_version(path, 13)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO staff (name) VALUES ('张伟')")
    conn.execute("INSERT INTO staff_alias (alias, staff_id) VALUES ('专营店:美 美', 1), ('张 伟', 2)")
    conn.execute("INSERT INTO import_log (at, os_user, file_name, content_hash) VALUES ('2026-10-02T09:00:00', 'u', "
                 "'A.csv', 'h')")
    conn.execute("INSERT INTO import_name (import_id, name_key, staff_id) VALUES (1, '专营店:美 美', 1), "
                 "(1, '张\u200e伟', 2), (1, '张 伟', 2)")
    conn.execute("INSERT INTO import_day_name VALUES (1, 1, '2026-10-01', '2026-10-01', '专营店:美 美')")
    conn.execute("INSERT INTO import_share VALUES (1, 1, '2026-10-01', '2026-10-01', '专营店:美 美', 'daily', 'sales', "
                 "300, 0)")
    conn.close()
    store = open_store(path)
    try:
        assert store.schema_version() == LATEST_VERSION
        assert store.db.execute("SELECT name_key FROM import_name ORDER BY name_key").fetchall() == [
            ("专营店:美美",), ("张\u200e伟",), ("张伟",)]
        assert store.db.execute("SELECT name_key FROM import_day_name").fetchall() == [("专营店:美美",)]
        assert store.db.execute("SELECT name_key, value FROM import_share").fetchall() == [("专营店:美美", 300)]
        assert store.staff.get(1).aliases == ("专营店:美 美",)
    finally:
        store.close()
