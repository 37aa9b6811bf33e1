"""A rule's condition on an event attribute in the owner's words: the after-sales preset's 备件提成 read
「全款 为 yes、是 或 全款」, the spellings its plan lists, where an owner says 「全款 为 是」. A value the condition takes
in every way the event list may hold it is said once as the list shows it; one taken in one spelling only stays as
written (a record typed the other way does not count); the preset itself is unchanged."""

import json

from app.i18n import set_language
from app.resources import data_path
from app.rules.per_event import Filter
from app.rules.plan import load_preset


def test_the_after_sales_preset_reads_as_an_owner_says_it():
    rule = next(r for r in load_preset("after-sales").rules if r.name == "备件提成")
    assert rule.params.where.text({"margin": "毛利率"}) == "全款 为 是"
    set_language("en")
    try:
        assert rule.params.where.text() == "paid in full is yes"
    finally:
        set_language("zh")


def test_the_preset_keeps_its_spellings_and_numbers():
    raw = json.loads(data_path("presets/after-sales.json").read_text(encoding="utf-8"))
    spare = next(r for r in raw["rules"] if r["name"] == "备件提成")
    assert spare["where"] == {"paid": ["yes", "是", "全款"]}
    assert spare["tiers"] == [{"min": 35, "rate": 3}, {"min": 50, "rate": 5}]


def test_any_attribute_is_said_so_and_one_spelling_stays_as_written():
    assert Filter((("paid", ("no", "否")),)).text() == "全款 为 否"
    assert Filter((("paid", ("yes",)),)).text() == "全款 为 yes"  # a record typed 是 does not count: not said 是
    assert Filter((("paid", ("部分", "全款")),)).text() == "全款 为 部分 或 全款"
    assert Filter((("project", ("a-7", "a-8")),)).text() == "project 为 a-7 或 a-8"
