"""A file of another shop chosen by mistake (the owner keeps two shops, or a file from a USB stick): the command
says whose data it brought back, beside its undo, and the window's question says it also when one of the two
shops was never given a name (it shows as 我的淘宝店 everywhere)."""

from __future__ import annotations

import json

import pytest

from app import settings as declared
from app.backups import preview
from app.domain import StaffDraft
from app.shop import Shop

from .conftest import TODAY, run_command

pytestmark = pytest.mark.usefixtures("qapp")
DEFAULT = declared.SHOP_NAME.default


@pytest.fixture
def other_shop(tmp_path):
    """A shop file made with its own first staff member and no name of its own."""
    path = tmp_path / "二店" / "shop.db"
    path.parent.mkdir()
    shop = Shop.open(path, TODAY)
    shop.staff.add(StaffDraft("二店的人"))
    shop.close()
    return path


_run = run_command


def test_the_command_says_the_restored_data_are_another_shops(demo_db, other_shop, capsys):
    code, out = _run(demo_db, capsys, "restore", str(other_shop))
    assert code == 0
    said = [line for line in out.splitlines() if line.startswith("注意：")]
    assert said == [f"注意：恢复的是店铺「{DEFAULT}」的数据，恢复前是店铺「小橙子旗舰店」。"], out


def test_the_command_json_names_both_shops(demo_db, other_shop, capsys):
    code, out = _run(demo_db, capsys, "restore", "--json", str(other_shop))
    given = json.loads(out)
    assert code == 0 and (given["shop_name"], given["previous_shop_name"]) == (DEFAULT, "小橙子旗舰店")


def test_a_backup_of_the_same_shop_says_nothing_of_shops(demo_db, capsys):
    code, out = _run(demo_db, capsys, "backup")
    saved = out.split("已备份到 ", 1)[1].split("（", 1)[0]
    code, out = _run(demo_db, capsys, "restore", saved)
    assert code == 0 and "注意" not in out and "店铺「" not in out


def test_the_question_names_a_shop_never_named_by_the_name_it_shows(demo_db, other_shop):
    shop = Shop.open(demo_db, TODAY)
    try:
        notes = preview.notes(other_shop, shop.store)
    finally:
        shop.close()
    assert f"注意：这份备份是店铺「{DEFAULT}」的数据，当前店铺是「小橙子旗舰店」。" in notes, notes


@pytest.mark.parametrize("as_json", [False, True])
def test_a_shop_file_emptied_to_nothing_is_no_other_shop(demo_db, capsys, as_json):
    """The shop file became 0 bytes and its own backup is restored: the empty file names no shop, and was said
    as 「我的淘宝店」, the restored data another shop's."""
    _, out = _run(demo_db, capsys, "backup")
    saved = out.split("已备份到 ", 1)[1].split("（", 1)[0]
    demo_db.write_bytes(b"")
    code, out = _run(demo_db, capsys, "restore", *(["--json"] if as_json else []), saved)
    assert code == 0, out
    if as_json:
        given = json.loads(out)
        assert (given["shop_name"], given["previous_shop_name"]) == ("小橙子旗舰店", None), given
    else:
        assert "店铺「" not in out, out
