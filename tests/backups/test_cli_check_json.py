"""`honghua check --json` read by a script: besides `ok` and the sentences in `problems`, keys that say which
case it is — `damaged` (a restore is the answer), `unreadable` (why the file could not be read as a database:
not SQLite, no permission, another program writing it, its disk full) and `unusable` (why a sound file is not
this shop's). The exit code stays 1 for every file that is not sound. Before, a file that is not SQLite and a
damaged one gave the same keys, and a busy file gave no JSON at all."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app import backups
from app.cli import main
from app.i18n import set_language
from app.store.database import DiskFull

from .conftest import damage


@pytest.fixture
def check(demo_db, capsys):
    def run() -> tuple[int, dict, str]:
        capsys.readouterr()
        code = main(["--db", str(demo_db), "--today", "2026-10-20", "check", "--json"])
        out = capsys.readouterr()
        return code, json.loads(out.out), out.err

    yield run
    set_language("zh")


def test_a_sound_file_names_no_case(check):
    code, report, _err = check()
    assert code == 0 and report["ok"] is True
    assert (report["damaged"], report["unreadable"], report["unusable"]) == (False, None, None)


def test_a_file_that_is_not_sqlite_says_it_could_not_be_read(check, demo_db):
    demo_db.write_bytes(b"just some text, not a database at all\n" * 200)
    code, report, _err = check()
    assert code == 1 and report["ok"] is False
    assert "不是 SQLite 数据库" in report["unreadable"] and report["unreadable"] == report["problems"][0]
    assert report["damaged"] is True and report["unusable"] is None  # as the text says: 已损坏, a backup offered


def test_another_programs_database_is_unusable_not_damaged(check, demo_db):
    demo_db.unlink()
    conn = sqlite3.connect(demo_db)
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    code, report, _err = check()
    assert code == 1 and report["damaged"] is False and report["unreadable"] is None
    assert "其他程序的 SQLite 数据库" in report["unusable"]


def test_a_damaged_file_is_damaged_and_was_read(check, demo_db):
    good = backups.backup_path(demo_db, "manual").info.path
    damage(demo_db)
    code, report, _err = check()
    assert code == 1 and report["damaged"] is True and report["unreadable"] is None and report["unusable"] is None
    assert report["newest_good_backup"] == str(good)


def test_a_file_its_full_disk_keeps_from_being_read_still_gives_json(check, demo_db, monkeypatch):
    def full(*_args, **_kwargs):
        raise DiskFull(f"数据文件 {demo_db} 所在的磁盘已满")

    monkeypatch.setattr(backups, "health", full)
    code, report, err = check()
    assert code == 1 and report["ok"] is False and report["damaged"] is False
    assert report["unreadable"] == f"数据文件 {demo_db} 所在的磁盘已满" and "磁盘已满" in err
    assert report["newest_good_backup"] is None
