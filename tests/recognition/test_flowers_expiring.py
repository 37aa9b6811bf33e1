"""Flowers about to lapse are said before they do: the valid ones each person holds whose last valid day is
within `expiring.NOTICE_DAYS` of the shop's today (`--today` respected), in words and in the commands' JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli import main
from app.i18n import set_language
from app.recognition.expiring import Expiring
from app.shop import Shop

from .flowers_lapsing import TODAY, lapsing_shop


@pytest.fixture
def lapsing(tmp_path):
    path = tmp_path / "shop.db"
    return path, lapsing_shop(path)


def _about_to_expire(path, today=TODAY):
    shop = Shop.open(path, today)
    try:
        return shop.flowers.about_to_expire()
    finally:
        shop.close()


def _json(path, capsys, *args, today="2026-10-20"):
    capsys.readouterr()
    assert main(["--db", str(path), "--today", today, *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_each_holder_is_told_how_many_lapse_and_when(lapsing):
    path, ids = lapsing
    assert _about_to_expire(path) == {ids["小美"]: Expiring(3, date(2026, 10, 25), date(2026, 11, 10)),
                                      ids["小刚"]: Expiring(1, date(2026, 11, 10), date(2026, 11, 10))}


def test_the_day_the_shop_takes_for_today_decides(lapsing):
    path, ids = lapsing
    assert _about_to_expire(path, date(2026, 8, 15)) == {}
    assert _about_to_expire(path, date(2026, 11, 5)) == {
        ids["小美"]: Expiring(2, date(2026, 11, 10), date(2026, 12, 1)),  # the two of 10月25日 lapsed
        ids["小刚"]: Expiring(1, date(2026, 11, 10), date(2026, 11, 10))}


def test_a_flower_passed_on_is_said_of_its_holder(lapsing):
    path, ids = lapsing
    shop = Shop.open(path, TODAY)
    try:
        number = next(f.number for f in shop.flowers.ledger(ids["小刚"]) if not f.revoked_at)
        shop.flowers.transfer(number, ids["阿花"], "小刚")
        soon = shop.flowers.about_to_expire()
    finally:
        shop.close()
    assert ids["小刚"] not in soon and soon[ids["阿花"]].count == 1


def test_the_words_say_the_count_and_the_days():
    one_day = Expiring(3, date(2026, 12, 31), date(2026, 12, 31))
    several = Expiring(2, date(2026, 12, 5), date(2026, 12, 31))
    assert (one_day.sentence(), several.sentence()) == ("3 朵将于 12月31日 到期", "2 朵将于 12月5日 至 12月31日 陆续到期")
    assert several.dates() == "12月5日 至 12月31日"
    set_language("en")
    try:
        said = (one_day.sentence(), Expiring(1, date(2026, 12, 31), date(2026, 12, 31)).sentence(), several.sentence())
    finally:
        set_language("zh")
    assert said == ("3 flowers expire on 12-31", "1 flower expires on 12-31", "2 flowers expire between 12-05 and 12-31")


def test_the_list_json_marks_the_flowers_about_to_lapse(lapsing, capsys):
    path, _ids = lapsing
    listed = _json(path, capsys, "flowers", "list")
    assert sorted(f["reason"] for f in listed if f["expiring_soon"]) == ["大促加班", "大促加班", "帮同事顶班", "挽回差评"]
    assert {"number", "status", "valid_through", "holder"} <= set(listed[0])  # the keys it had are kept
    assert not any(f["expiring_soon"] for f in _json(path, capsys, "flowers", "list", today="2026-08-15"))


def test_the_board_json_says_each_persons_flowers_about_to_lapse(lapsing, capsys):
    path, _ids = lapsing
    board = {row["name"]: row for row in _json(path, capsys, "flowers", "board", "--year", "2026")}
    assert (board["小美"]["expiring"], board["小美"]["expiring_first"]) == (3, "2026-10-25")
    assert (board["阿花"]["expiring"], board["阿花"]["expiring_first"]) == (0, None)
    assert board["小美"]["valid"] == 4  # the keys it had are kept
