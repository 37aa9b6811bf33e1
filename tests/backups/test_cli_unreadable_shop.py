"""A shop file SQLite cannot open (no permission; a WAL file in a folder that cannot be written — a read-only
share, a write-protected USB stick — where even reading needs its -shm beside it): `honghua check` says it could
not look, not that the file is damaged (「请不要再写入这个文件，并联系技术支持」, a backup to restore over it), and a
restore leaves it where it is. SQLite's refusal is played by a connection that answers SQLITE_CANTOPEN, as it
does there (a test run as root could read any file)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import backups
from app.cli import main
from app.i18n import set_language
from app.store import db as store_db

SQLITE_CANTOPEN = 14


class _CannotOpen:
    def execute(self, *_args):
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = SQLITE_CANTOPEN
        raise error

    def close(self):
        pass


@pytest.fixture
def unreadable(demo_db, monkeypatch):
    """The demo shop, with a good backup beside it, that SQLite cannot open any more."""
    assert backups.daily_backup(demo_db) is not None
    real = store_db.open_read_only
    monkeypatch.setattr(store_db, "open_read_only",
                        lambda path: _CannotOpen() if Path(path) == demo_db else real(path))
    return demo_db


@pytest.fixture
def cli_on(capsys):
    def run(db: Path, *args: str, lang: str | None = None):
        capsys.readouterr()
        code = main(["--db", str(db), "--today", "2026-10-20", *(["--lang", lang] if lang else []), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    yield run
    set_language("zh")


@pytest.fixture
def cli(unreadable, cli_on):
    return lambda *args, lang=None: cli_on(unreadable, *args, lang=lang)


def test_check_says_it_could_not_read_the_file_not_that_it_is_damaged(cli, unreadable):
    code, out, _err = cli("check")
    assert code == 1
    assert out.startswith(f"无法读取数据文件 {unreadable}：没有权限，或文件正被其他程序占用"), out
    assert "已损坏" not in out and "联系技术支持" not in out and "restore" not in out
    code, out, _err = cli("check", "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and report["newest_good_backup"] is None
    assert report["problems"] == [f"无法读取数据文件 {unreadable}：没有权限，或文件正被其他程序占用"]


def test_a_read_only_folder_is_named_as_the_reason(cli, unreadable, monkeypatch):
    real_access = store_db.os.access
    monkeypatch.setattr(store_db.os, "access",
                        lambda path, mode: False if Path(path) == unreadable.parent else real_access(path, mode))
    code, _out, err = cli("progress", "--json")
    assert code == 1
    assert err.startswith(f"错误：无法读取数据文件 {unreadable}：它所在的文件夹不能写入"), err


def test_a_restore_leaves_a_file_it_cannot_read_where_it_is(cli, unreadable, tmp_path):
    before = unreadable.read_bytes()
    source = tmp_path / "elsewhere.db"
    shutil.copyfile(backups.list_backups(unreadable)[0].path, source)
    code, _out, err = cli("restore", str(source))
    assert code == 1 and "无法读取数据文件" in err, err
    assert unreadable.read_bytes() == before
    assert not [b for b in backups.list_backups(unreadable) if b.kind == "damaged"]  # not moved aside as damaged


def test_a_shop_file_on_a_write_protected_stick_is_said_so_by_every_command(demo_db, cli_on, monkeypatch):
    """Read-only, the file opens (its first look reads it as immutable); the read-write connection then fails as SQLite
    does there, with SQLITE_CANTOPEN while switching to WAL (it cannot make the -shm): said as the folder it is, not
    as 「没有权限，或文件正被其他程序占用」."""
    real_connect, real_access = store_db.sqlite3.connect, store_db.os.access

    class _NoShm(sqlite3.Connection):
        def execute(self, sql, *args):
            if "journal_mode" in sql:
                error = sqlite3.OperationalError("unable to open database file")
                error.sqlite_errorcode = SQLITE_CANTOPEN
                raise error
            return super().execute(sql, *args)

    monkeypatch.setattr(store_db.sqlite3, "connect", lambda database, *args, **kwargs: real_connect(
        database, *args, **kwargs) if kwargs.get("uri") else real_connect(database, *args, factory=_NoShm, **kwargs))
    monkeypatch.setattr(store_db.os, "access",
                        lambda path, mode: False if Path(path) == demo_db.parent else real_access(path, mode))
    for command in (("staff", "list"), ("staff", "add", "新人")):
        code, _out, err = cli_on(demo_db, *command)
        assert code == 1
        assert err.startswith(f"错误：无法读取数据文件 {demo_db}：它所在的文件夹不能写入"), err
