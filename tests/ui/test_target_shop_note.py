"""The 目标 page says how the shop's target stands to the sum of the people's, and that 万 is read."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.targets import TargetsPage

OCT = Month(2026, 10)


@pytest.fixture
def page(qtbot, shop):
    for name in ("张伟", "李娜"):
        shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2025, 1, 1)))
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    return page


def _type(page, row, text):
    assert page.model.setData(page.model.index(row, 1), text)


def _shop_tip(page):
    return page.model.index(page.model.shop_row, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_the_shop_target_says_how_far_it_is_from_the_sum_of_the_people(page):
    _type(page, 0, "12,500")
    _type(page, 1, "¥10,000")
    assert _shop_tip(page) == "未设：团队目标为个人目标合计 ¥22,500.00"
    _type(page, page.model.shop_row, "25000")
    assert _shop_tip(page) == "团队目标用全店目标 ¥25,000.00，比个人目标合计 ¥22,500.00 多 ¥2,500.00"
    _type(page, page.model.shop_row, "20000.5")
    assert _shop_tip(page) == "团队目标用全店目标 ¥20,000.50，比个人目标合计 ¥22,500.00 少 ¥2,499.50"
    _type(page, page.model.shop_row, "22500")
    assert _shop_tip(page) == "团队目标用全店目标 ¥22,500.00"


def test_every_amount_the_hint_offers_is_read_as_twelve_thousand_five_hundred(page):
    offered = re.search(r"：(.*) 都可以", page.hint.text()).group(1).split("、")
    assert "1.25万" in offered  # owners write amounts in 万
    for text in offered:
        _type(page, 0, text)
        assert page.shop.targets.for_month(OCT)[(page.model.people[0].id, "sales")] in (1_250_000, 1_250_050)
