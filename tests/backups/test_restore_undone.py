"""A restore can be undone with the 恢复前 backup it made first; what it says afterwards tells the owner how."""

from __future__ import annotations

import shlex

import pytest

from app import backups
from app.cli import main
from app.i18n import set_language

from .conftest import dump


@pytest.fixture
def cli(demo_db, capsys):
    def run(*args: str):
        capsys.readouterr()
        code = main(["--db", str(demo_db), "--today", "2026-10-20", *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    yield run
    set_language("zh")


def _data(path):
    return {table: rows for table, rows in dump(path).items() if table != "audit"}


def test_the_command_a_restore_prints_undoes_it(cli, demo_db, tmp_path):
    saved = backups.backup_path(demo_db, "manual").info.path
    assert cli("staff", "add", "恢复后应回来")[0] == 0
    before_restore = _data(demo_db)
    code, out, err = cli("restore", str(saved))
    assert code == 0, err
    assert _data(demo_db) != before_restore
    [undo_line] = [line for line in out.splitlines() if "撤销" in line]
    command = shlex.split(undo_line.split("：", 1)[1])
    assert command[0] == "honghua"
    code, out, err = cli(*command[3:])  # after `honghua --db FILE`: the test names the same file itself
    assert code == 0, err
    assert command[1:3] == ["--db", str(demo_db)]
    assert _data(demo_db) == before_restore


def test_the_window_says_which_backup_in_its_list_undoes_the_restore(demo_db):
    """Named to the second: two restores within a minute (the first backup chosen was not the right one) leave two
    恢复前 backups of that minute, the earlier holding the data from before both."""
    from ui.widgets import backup_guard

    saved = backups.backup_path(demo_db, "manual").info.path
    restored = backups.restore(demo_db, saved)
    made = restored.backup.info.created
    backups.backup_path(demo_db, "restore", made.replace(second=(made.second + 30) % 60))  # the other restore's
    text = backup_guard._restored_text(restored, "已从 {source} 恢复数据，窗口已重新打开。")
    [listed] = [b for b in backups.list_backups(demo_db) if b.path == restored.backup.info.path]
    when = f"{listed.created:%Y}年{listed.created.month}月{listed.created.day}日 {listed.created:%H:%M:%S}"
    assert f"要撤销这次恢复：在 设置 → 备份与恢复 的列表里选中 {when} 的「恢复前」备份，点「恢复所选备份…」。" in text



def test_a_restore_the_disk_cuts_off_names_the_shop_file_left_as_it_was(demo_db, monkeypatch):
    import sqlite3

    from app.backups import restoring
    from app.errors import StoreError

    saved = backups.backup_path(demo_db, "manual").info.path
    before = _data(demo_db)

    def full(*_args):
        fault = sqlite3.OperationalError("database or disk is full")
        fault.sqlite_errorcode, fault.sqlite_errorname = 13, "SQLITE_FULL"
        raise fault

    monkeypatch.setattr(restoring.preview, "changes_after", full)
    with pytest.raises(StoreError) as refused:
        backups.restore(demo_db, saved)
    assert f"用 {saved} 恢复没有完成：磁盘已满。数据文件 {demo_db} 没有被替换" in refused.value.message
    assert _data(demo_db) == before
