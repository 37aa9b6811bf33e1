"""目标 page: a typed target the service refuses (0, past 100%) names whose target it was, as a refused paste does;
a namesake is named with the number, as the grid's row names them."""

import os
from datetime import date

import pytest

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.targets import TargetsPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication


@pytest.fixture
def page(qtbot, shop):
    shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 3, 1)))
    shop.staff.add(StaffDraft(name="李娜", dept="客服部", hired=date(2024, 3, 1)))
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    page.set_metric_shown("conversion_rate", True)
    return page


def _row(page, name):
    return next(i for i, p in enumerate(page.model.people) if p.name == name)


@pytest.mark.parametrize("metric, text, reason", [("sales", "0", "销售额目标必须大于 0"),
                                                  ("conversion_rate", "101%", "目标不能超过 100%")])
def test_a_refused_typed_target_names_the_person(page, shop, messages, metric, text, reason):
    column = page.model.column_of(metric)
    assert not page.model.setData(page.model.index(_row(page, "李娜"), column), text)
    [said] = messages.of("error")
    assert said.startswith("李娜：") and reason in said
    assert shop.targets.for_month(page.month()) == {}


def test_a_refused_shop_target_names_the_shop_row(page, shop, messages):
    assert not page.model.setData(page.model.index(page.model.shop_row, page.model.column_of("sales")), "0")
    [said] = messages.of("error")
    assert said.startswith("全店目标：") and "必须大于 0" in said
    assert shop.targets.shop_for_month(page.month()) == {}


def test_copying_last_months_targets_names_a_namesake_without_one_by_number(page, shop):
    shop.targets.set_staff(Month(2026, 10), shop.staff.list()[0].id, shop.metrics.get("sales"), 100_000)
    twin = shop.staff.add(StaffDraft(name="张伟", dept="售后部", hired=date(2026, 10, 8)))
    page.picker.setMonth(Month(2026, 11))
    page.copy_previous()
    assert f"张伟（#{twin.id}） 上月没有目标" in page.status.text()
