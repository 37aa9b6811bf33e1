"""The 证书 page in January: the periods approved at the turn of the year are offered newest first."""

import json
from datetime import date

import pytest

from app.periods import HalfYear, Month, Quarter, Year
from ui.pages.certificates import CertificatesPage

PLAN = {"name": "手动方案", "key": "manual-ye", "rules": [
    {"name": f"{word}奖", "kind": "manual", "period": kind, "pays": "honour"}
    for kind, word in (("month", "月度"), ("quarter", "季度"), ("half", "半年"), ("year", "年度"))]}


@pytest.fixture
def today():
    return date(2027, 1, 5)


def test_the_year_and_december_come_first_not_after_january(qtbot, shop, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(path))
    for period in (Month(2026, 1), Month(2026, 11), Quarter(2026, 3), Month(2026, 12), Quarter(2026, 4),
                   HalfYear(2026, 2), Year(2026)):
        shop.awards.approve(period)
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    assert [widget.period.itemText(i) for i in range(widget.period.count())] == [
        "2026年度", "2026年下半年", "2026年第四季度", "2026年12月", "2026年11月", "2026年第三季度", "2026年1月",
        "2027年1月"]  # this month, not approved: offered last
    assert widget.period_text() == "2026"


def test_a_period_approved_while_the_page_was_open_takes_its_place_and_the_choice_stays(qtbot, shop, tmp_path):
    """The year approved after the page was first shown was added after 2027年1月, at the bottom of the list."""
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(path))
    shop.awards.approve(Month(2026, 12))
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.period.setCurrentIndex(widget.period.findData("2027-01"))
    shop.awards.approve(Year(2026))
    widget.refresh()
    assert [widget.period.itemText(i) for i in range(widget.period.count())] == [
        "2026年度", "2026年12月", "2027年1月"]
    assert widget.period_text() == "2027-01"
    widget.period.setEditText("2026年第四季度")  # typed, not listed: kept as typed
    shop.awards.approve(HalfYear(2026, 2))
    widget.refresh()
    assert widget.period.itemText(1) == "2026年下半年" and widget.period_text() == "2026-Q4"
