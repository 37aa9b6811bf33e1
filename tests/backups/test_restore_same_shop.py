"""A backup of the same shop made before it was named (or renamed) is no other shop: the restore says the name
it had then, not a warning. The shop is known by its history (the backup's newest audit entry is in the current
file's log, or the other way) and by the key a shop file makes once (`certificate_key`): two files with keys of
their own are two shops, and a copied file, sharing the key, is another shop once the two logs went apart."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import backups
from app import settings as declared
from app.domain import StaffDraft
from app.shop import Shop

from .conftest import TODAY, restore_notes, run_command, windows_question

pytestmark = pytest.mark.usefixtures("qapp")
DEFAULT = declared.SHOP_NAME.default
FIXTURES = Path(__file__).parents[1] / "fixtures" / "schema"
RENAMED = f"备份时店铺还叫「{DEFAULT}」（现在叫「小橙子旗舰店」）：恢复后店铺名称会变回「{DEFAULT}」。"


@pytest.fixture
def unnamed_then_named(tmp_path):
    """A shop backed up before it was named, then named 小橙子旗舰店: (its file, the backup)."""
    path = tmp_path / "shop.db"
    shop = Shop.open(path, TODAY)
    shop.staff.add(StaffDraft("小周"))
    shop.close()
    saved = backups.backup_path(path, "manual").info.path
    _name(path, "小橙子旗舰店")
    return path, saved


def _name(path, name):
    shop = Shop.open(path, TODAY)
    try:
        shop.settings.set(declared.SHOP_NAME, name)
    finally:
        shop.close()


_notes = restore_notes
_run = run_command


def _shop_notes(source, path):
    return [note for note in _notes(source, path) if note.startswith(("注意：这份备份是店铺", "备份时店铺"))]


def test_the_question_says_the_name_a_backup_made_before_naming_had(unnamed_then_named):
    path, saved = unnamed_then_named
    assert _shop_notes(saved, path) == [RENAMED]


def test_the_question_says_it_in_english(unnamed_then_named, english):
    path, saved = unnamed_then_named
    said = _notes(saved, path)
    assert any(note.startswith(f"When this backup was made the shop was still called \"{DEFAULT}\"") for note in said), said
    assert not any(note.startswith("Note:") for note in said), said


def test_the_command_says_the_old_name_and_no_warning(unnamed_then_named, capsys):
    path, saved = unnamed_then_named
    code, out = _run(path, capsys, "restore", str(saved))
    assert code == 0 and "注意" not in out, out
    assert f"恢复的数据里店铺还叫「{DEFAULT}」（恢复前叫「小橙子旗舰店」）。" in out.splitlines(), out


def test_the_command_json_keeps_its_keys_and_says_the_same_shop(unnamed_then_named, capsys):
    path, saved = unnamed_then_named
    code, out = _run(path, capsys, "restore", "--json", str(saved))
    given = json.loads(out)
    assert code == 0 and (given["shop_name"], given["previous_shop_name"]) == (DEFAULT, "小橙子旗舰店")
    assert given["same_shop"] is True


def test_a_backup_from_before_the_shop_key_is_known_by_its_history(tmp_path):
    """A version 5 file has no key (its migration makes one): the log it shares with the current file tells."""
    saved, path = tmp_path / "old-backup.db", tmp_path / "shop.db"
    shutil.copyfile(FIXTURES / "v5.sqlite", saved)
    with sqlite3.connect(saved) as conn:  # not yet named then
        conn.execute("DELETE FROM setting WHERE key = ?", [declared.SHOP_NAME.key])
    conn.close()
    shutil.copyfile(saved, path)
    _name(path, "小橙子旗舰店")  # migrated to this version, then named
    assert _shop_notes(saved, path) == [RENAMED]


def test_a_copied_shop_file_gone_its_own_way_is_another_shop(demo_db, tmp_path):
    """The owner copied her shop file to start a second shop and renamed it: the two share the key, yet a backup
    of the first made after the copy is another shop's data."""
    second = tmp_path / "二店" / "shop.db"
    second.parent.mkdir()
    shutil.copyfile(demo_db, second)
    _name(second, "小橙子二店")
    shop = Shop.open(demo_db, TODAY)
    shop.staff.add(StaffDraft("一店的新人"))
    shop.close()
    saved = backups.backup_path(demo_db, "manual").info.path
    assert _shop_notes(saved, second) == ["注意：这份备份是店铺「小橙子旗舰店」的数据，当前店铺是「小橙子二店」。"]


def test_a_file_with_a_key_of_its_own_is_another_shop_even_with_the_same_history(demo_db, tmp_path):
    """Two files made apart never share their key: however alike their logs, they are two shops."""
    saved = backups.backup_path(demo_db, "manual").info.path
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE certificate_key SET secret = ?", ["ab" * 32])
    conn.close()
    _name(demo_db, "小橙子二店")
    assert _shop_notes(saved, demo_db) == ["注意：这份备份是店铺「小橙子旗舰店」的数据，当前店铺是「小橙子二店」。"]


def test_the_windows_question_says_the_old_name_without_a_warning(qtbot, unnamed_then_named, monkeypatch):
    path, saved = unnamed_then_named
    question = windows_question(qtbot, monkeypatch, path, saved)
    assert RENAMED in question and "注意" not in question, question


def test_undoing_a_restore_is_the_same_shop(unnamed_then_named):
    """The restore says to undo it by restoring the backup it made first: that file is the shop's own later data
    (its log goes on past the entry the restore put back), not another shop's, though the restored file's newest
    entry is the restore's own note."""
    path, saved = unnamed_then_named
    before_restore = backups.restore(path, saved).backup.info.path
    assert _shop_notes(before_restore, path) == [
        f"备份时店铺还叫「小橙子旗舰店」（现在叫「{DEFAULT}」）：恢复后店铺名称会变回「小橙子旗舰店」。"]


def test_a_restore_note_does_not_make_another_shops_backup_the_same(demo_db, tmp_path):
    """Another shop's data restored into this file (a warned choice) makes it that shop's: the backup this file
    had before is this file's old shop, another one."""
    other = tmp_path / "二店" / "shop.db"
    other.parent.mkdir()
    _name(other, "小橙子二店")
    shop = Shop.open(other, TODAY)
    shop.staff.add(StaffDraft("二店的人"))
    shop.close()
    own_before = backups.restore(other, backups.backup_path(demo_db, "manual").info.path).backup.info.path
    assert _shop_notes(own_before, other) == ["注意：这份备份是店铺「小橙子二店」的数据，当前店铺是「小橙子旗舰店」。"]
