"""Every earlier schema version (tests/fixtures/schema/, made by scripts/make_schema_fixtures.py) migrates
with row counts and money sums unchanged; a migration killed half-way leaves the old version intact."""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.backups import list_backups
from app.errors import StoreError
from app.store import LATEST_VERSION, maintenance, open_store
from app.store.schema import MIGRATIONS

from .harness import KILL_POINTS, ROOT, SEED, child_env, state

FIXTURES = ROOT / "tests" / "fixtures" / "schema"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
VERSIONS = range(1, LATEST_VERSION)


def _summary(path: Path) -> dict[str, object]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_schema_fixtures import summary
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    conn = sqlite3.connect(str(path))
    try:
        return summary(conn)
    finally:
        conn.close()


def _schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def _version(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_earlier_version():
    missing = [v for v in VERSIONS if not (FIXTURES / f"v{v}.sqlite").exists()]
    assert missing == [], "run: python scripts/make_schema_fixtures.py"
    assert sorted(MANIFEST["versions"], key=int) == [str(v) for v in VERSIONS]


@pytest.mark.parametrize("version", VERSIONS)
def test_each_earlier_version_migrates_with_counts_and_money_unchanged(tmp_path, version):
    path = tmp_path / "shop.db"
    shutil.copyfile(FIXTURES / f"v{version}.sqlite", path)
    expected = MANIFEST["versions"][str(version)]
    assert _summary(path) == expected and _version(path) == version
    store = open_store(path)
    assert store.schema_version() == LATEST_VERSION
    store.close()
    after = _summary(path)
    assert {t: n for t, n in after["counts"].items() if t in expected["counts"]} == expected["counts"]
    assert {k: v for k, v in after["money"].items() if k in expected["money"]} == expected["money"]
    [backup] = list_backups(path)  # the file was backed up, at its old version, before migrating
    assert backup.kind == "migrate" and _version(backup.path) == version and _summary(backup.path) == expected



def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(str(path))
    try:
        return maintenance.table_dump(conn)
    finally:
        conn.close()


def test_a_migration_refused_by_the_files_own_rows_names_the_file_and_changes_nothing(tmp_path):
    """A v8 shop whose 入职日期 was changed with another tool that ignores the checks ('2025/3/1'): v9 copies the
    dates into staff_stint, whose check refuses it (an IntegrityError, raised as it was before). The read-only
    check of the 升级前 backup does not test CHECK constraints, so the backup is made."""
    path = tmp_path / "shop.db"
    shutil.copyfile(FIXTURES / "v8.sqlite", path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE staff SET hired = '2025/3/1' WHERE id = (SELECT min(id) FROM staff)")
    conn.close()
    before = _dump(path)
    with pytest.raises(StoreError) as refused:
        open_store(path)
    [backup] = list_backups(path)
    message = refused.value.message  # SQLite's own words after "CHECK constraint failed" differ between its versions
    assert message.startswith(f"数据文件 {path} 无法升级到这个版本的红花榜：升级到数据版本 9 时，文件里有数据不符合要求，"
                              "可能是用其他工具改过（SQLite 的说明：CHECK constraint failed")
    assert message.endswith(f"）。文件未被修改，仍可用原来版本的红花榜打开。升级前的备份在 {backup.path}。")
    assert _version(path) == 8 and _dump(path) == before
    assert backup.kind == "migrate" and _version(backup.path) == 8 and _dump(backup.path) == before

# A child that opens the file with each migration statement slowed down, and says when it is inside one.
SLOW_MIGRATE = """
import sys, time
from app.store import database
real = database.Database.execute
def slow(self, sql, parameters=()):
    result = real(self, sql, parameters)
    if sql.lstrip().upper().startswith("CREATE"):
        print("inside", flush=True)
        time.sleep(0.05)
    return result
database.Database.execute = slow
from app.store import open_store
open_store(sys.argv[1]).close()
print("done", flush=True)
"""


def test_a_migration_killed_inside_its_transaction_leaves_the_old_version(tmp_path):
    path = tmp_path / "shop.db"
    shutil.copyfile(FIXTURES / "v1.sqlite", path)
    before_schema, before = _schema(path), _summary(path)
    child = subprocess.Popen([sys.executable, "-c", SLOW_MIGRATE, str(path)], cwd=ROOT, env=child_env(tmp_path),
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "inside"  # the first CREATE of migration 2 has run
        time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    problems, _counts = state(path)
    assert problems == []
    assert _version(path) == 1 and _schema(path) == before_schema and _summary(path) == before
    store = open_store(path)  # the next start simply migrates
    assert store.schema_version() == LATEST_VERSION
    store.close()


def test_migrations_killed_at_random_moments_stop_at_a_whole_version(tmp_path, figures):
    """Killed anywhere, the file is at some version v with exactly v's schema and all its rows."""
    references = {}
    for v in range(1, LATEST_VERSION + 1):  # the schema each version has
        ref = tmp_path / f"ref{v}.db"
        conn = sqlite3.connect(str(ref), isolation_level=None)
        for statements in MIGRATIONS[:v]:
            for statement in statements:
                conn.execute(statement)
        conn.close()
        references[v] = {(t, n) for t, n, _sql in _schema(ref)}
    rng = random.Random(f"{SEED}-migrate")
    env = child_env(tmp_path)
    seen: dict[int, int] = {}
    expected = MANIFEST["versions"]["1"]
    for i in range(KILL_POINTS):
        path = tmp_path / f"kill{i}.db"
        shutil.copyfile(FIXTURES / "v1.sqlite", path)
        child = subprocess.Popen([sys.executable, "-c", SLOW_MIGRATE, str(path)], cwd=ROOT, env=env,
                                 stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        problems, _counts = state(path)
        version = _version(path)
        assert problems == [] and 1 <= version <= LATEST_VERSION
        assert {(t, n) for t, n, _sql in _schema(path)} == references[version], f"kill {i}: half a migration"
        after = _summary(path)
        assert {t: n for t, n in after["counts"].items() if t in expected["counts"]} == expected["counts"]
        seen[version] = seen.get(version, 0) + 1
    figures.append(f"migrate: {KILL_POINTS} kill points, {KILL_POINTS} databases intact "
                   f"(versions left: {dict(sorted(seen.items()))}), seed {SEED}")


def test_two_starts_migrating_the_same_file_both_open_it(tmp_path, monkeypatch):
    """After an upgrade the window and a scheduled task may start together. The one that waits for the write
    lock finds the versions the other has applied meanwhile, and opens the file; it used to apply them
    again and stop with 「无法使用数据文件 …：数据库报告了错误（SQLITE_ERROR）」. The file is backed up
    once, by the start that upgraded it."""
    from app.store import db as db_module

    path = tmp_path / "shop.db"
    shutil.copyfile(FIXTURES / "v1.sqlite", path)
    expected = MANIFEST["versions"]["1"]
    real_begin = db_module._begin
    other_started = []

    def other_start_migrates_meanwhile(db, db_path):
        if not other_started:  # this start has read the version; the other one takes the lock first
            other_started.append(True)
            open_store(path).close()
        real_begin(db, db_path)

    monkeypatch.setattr(db_module, "_begin", other_start_migrates_meanwhile)
    store = open_store(path)
    assert other_started and store.schema_version() == LATEST_VERSION
    store.close()
    assert {t: n for t, n in _summary(path)["counts"].items() if t in expected["counts"]} == expected["counts"]
    assert [backup.kind for backup in list_backups(path)] == ["migrate"]
