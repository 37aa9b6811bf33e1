"""A new computer: the app made an empty shop at its first start, and the owner restores last week's backup from a
USB stick. The empty shop has no history to lose: the restore says plainly that the backup's shop takes its place,
with no warning about another shop — while a shop holding data of its own is still warned about."""

from __future__ import annotations

import json
import shutil

import pytest

from app import backups
from app import settings as declared
from app.backups import preview
from app.domain import StaffDraft
from app.shop import Shop

from .conftest import TODAY, restore_notes, run_command, windows_question

pytestmark = pytest.mark.usefixtures("qapp")
REPLACES = "当前店铺还是空的，没有录入过任何数据：恢复后它就是这份备份里的店铺「小橙子旗舰店」。"


@pytest.fixture
def moved(tmp_path):
    """(the new computer's empty shop file, the backup on the USB stick)."""
    old = tmp_path / "旧电脑" / "shop.db"
    old.parent.mkdir()
    shop = Shop.open(old, TODAY)
    shop.settings.set(declared.SHOP_NAME, "小橙子旗舰店")
    shop.staff.add(StaffDraft("小周"))
    shop.close()
    stick = tmp_path / "U盘" / "honghua-备份-20261020.db"
    stick.parent.mkdir()
    shutil.copyfile(backups.backup_path(old, "manual").info.path, stick)
    new = tmp_path / "新电脑" / "shop.db"
    new.parent.mkdir()
    Shop.open(new, TODAY).close()  # the first start made it
    return new, stick


_notes = restore_notes
_run = run_command


def test_the_question_says_the_backups_shop_replaces_the_empty_one(moved):
    new, stick = moved
    said = _notes(stick, new)
    assert REPLACES in said, said
    assert not any(note.startswith("注意") for note in said), said


def test_the_question_says_it_in_english(moved, english):
    new, stick = moved
    said = _notes(stick, new)
    assert any("holds no data yet" in note and "小橙子旗舰店" in note for note in said), said
    assert not any(note.startswith("Note:") for note in said), said


def test_a_shop_holding_data_of_its_own_is_still_warned_about(moved):
    new, stick = moved
    shop = Shop.open(new, TODAY)
    shop.staff.add(StaffDraft("新电脑上的人"))
    shop.close()
    said = _notes(stick, new)
    assert f"注意：这份备份是店铺「小橙子旗舰店」的数据，当前店铺是「{declared.SHOP_NAME.default}」。" in said, said
    assert REPLACES not in said, said


def test_the_command_says_it_without_a_warning(moved, capsys):
    new, stick = moved
    code, out = _run(new, capsys, "restore", str(stick))
    assert code == 0 and "注意" not in out, out
    assert "恢复前的店铺是空的，没有录入过任何数据；现在它是店铺「小橙子旗舰店」。" in out.splitlines(), out


def test_the_command_json_says_the_shop_replaced_was_empty(moved, capsys):
    new, stick = moved
    code, out = _run(new, capsys, "restore", "--json", str(stick))
    given = json.loads(out)
    assert code == 0 and given["previous_empty"] is True and given["same_shop"] is False
    assert (given["shop_name"], given["previous_shop_name"]) == ("小橙子旗舰店", declared.SHOP_NAME.default)


@pytest.mark.parametrize(("file_there", "said"), [
    (True, "恢复前的店铺是空的，没有需要保存的数据"),
    # the shop file gone (deleted, or a new computer's first start not made yet): not data kept in 「-」
    (False, "恢复前这里没有数据文件，没有需要保存的数据"),
])
def test_the_restore_note_says_what_was_there_before(moved, file_there, said):
    new, stick = moved
    if not file_there:
        new.unlink()
    backups.restore(new, stick)
    shop = Shop.open(new, TODAY)
    try:
        note = shop.store.audit.recent(limit=1)[0]
    finally:
        shop.close()
    assert note.action == preview.RESTORE_NOTE
    assert note.summary == f"从备份 {stick.name} 恢复数据（{said}）", note.summary


def test_the_windows_question_has_no_warning_and_promises_no_backup(qtbot, moved, monkeypatch):
    new, stick = moved
    question = windows_question(qtbot, monkeypatch, new, stick)
    assert REPLACES in question and "注意" not in question, question
    assert "自动备份" not in question, question  # an empty shop is not backed up: nothing is promised
    assert "恢复后窗口会重新打开。" in question, question
