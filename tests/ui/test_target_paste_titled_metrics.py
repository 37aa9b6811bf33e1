"""目标 page: a block whose title row names its metrics goes to those metrics' columns, in its own order."""

from datetime import date

import pytest

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.targets import TargetsPage

NOV = Month(2026, 11)


@pytest.fixture
def page(qtbot, shop, messages):
    for name in ("张伟", "李娜"):
        shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2025, 1, 1)))
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(NOV)
    page.shown_keys = ["sales", "orders"]
    page.reload()
    page.table.setCurrentIndex(page.model.index(0, page.model.column_of("sales")))
    return page


def _targets(page):
    by_id = {p.id: p.name for p in page.model.people}
    return {(by_id[sid], key): v for (sid, key), v in page.shop.targets.for_month(NOV).items()}


def test_columns_in_another_order_than_the_grids_go_to_their_metrics(page, messages):
    """订单数 before 销售额 in the owner's sheet: 300 orders became a sales target of ¥300 and ¥88,000 an orders
    target of 88000, the line under the grid saying all was saved."""
    page.paste_text("姓名\t订单数目标\t销售额目标\n张伟\t300\t88,000\n李娜\t200\t66,000\n")
    assert _targets(page) == {("张伟", "orders"): 300, ("张伟", "sales"): 8_800_000,
                              ("李娜", "orders"): 200, ("李娜", "sales"): 6_600_000}
    assert "按标题行的指标填到各列" in page.status.text()


def test_a_column_of_a_metric_not_shown_is_left_out_and_said(page, messages):
    """Only 销售额 shown: the sheet's 订单数 column went into the 销售额 column."""
    page.shown_keys = ["sales"]
    page.reload()
    page.table.setCurrentIndex(page.model.index(0, page.model.column_of("sales")))
    page.paste_text("姓名\t订单数\t销售额\n张伟\t300\t88,000\n")
    assert _targets(page) == {("张伟", "sales"): 8_800_000}
    said = page.status.text() + "".join(messages.of("info") + messages.of("error"))
    assert "「订单数」列" in said
