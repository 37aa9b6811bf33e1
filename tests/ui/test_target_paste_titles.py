"""A block copied from the owner's sheet into the 目标 grid with its title row (销售额, 订单数) and no names:
the titles are left out and the targets land on the rows they were pasted at, not one row lower. An empty
cell of the block deletes the target it lands on, and the line under the grid says so."""

from datetime import date

import pytest

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.targets import TargetsPage

NOV = Month(2026, 11)


@pytest.fixture
def page(qtbot, shop, messages):
    for name in ("张伟", "李娜", "王芳"):
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


@pytest.mark.parametrize("title", ["销售额\t订单数", "销售额目标\t订单数目标", "目标\t合计"])
def test_a_title_row_naming_the_metrics_is_left_out(page, messages, title):
    sales_only = title.endswith("合计")  # a 合计 column is no target: left out
    page.paste_text(f"{title}\n12,500\t300\n1.25万\t200\n")
    assert messages.shown == []
    expected = {("张伟", "sales"): 1_250_000, ("李娜", "sales"): 1_250_000}
    if not sales_only:
        expected |= {("张伟", "orders"): 300, ("李娜", "orders"): 200}
    assert _targets(page) == expected
    assert "第一行是标题，没有粘贴" in page.status.text()


def test_a_line_of_marks_without_names_is_still_pasted_where_it_lands(page, messages):
    page.paste_text("待定\n12500\n")
    assert _targets(page) == {("李娜", "sales"): 1_250_000}
    assert "张伟：销售额：「待定」不是有效的金额" in messages.of("info")[0]


def test_a_pasted_empty_cell_that_deletes_a_target_is_said(page, messages):
    page.paste_text("12500\n9000\n")
    page.table.setCurrentIndex(page.model.index(0, page.model.column_of("sales")))
    page.paste_text("13000\n\n8000\n")  # 李娜's ¥9,000 deleted
    assert _targets(page) == {("张伟", "sales"): 1_300_000, ("王芳", "sales"): 800_000}
    assert page.status.text() == "保存 3 项，拒绝 0 项；其中 1 格是空的，删除了原有目标；已选中改动的格子，Ctrl+Z 撤销"


@pytest.mark.parametrize("title", ["销售额\t备注", "销售额\t客单价", "销售额\t评价数"])
def test_a_title_row_naming_only_some_columns_is_left_out_too(page, messages, title):
    page.shown_keys = ["sales"]  # 评价数 is a metric the grid does not show now
    page.reload()
    page.table.setCurrentIndex(page.model.index(0, page.model.column_of("sales")))
    page.paste_text(f"{title}\n12,500\t好\n9000\t好\n")
    assert _targets(page) == {("张伟", "sales"): 1_250_000, ("李娜", "sales"): 900_000}  # not one row lower


def test_a_first_row_of_a_person_named_like_a_metric_is_pasted(page, messages):
    page.shop.staff.add(StaffDraft(name="销售额", dept="客服部", hired=date(2025, 1, 1)))
    page.reload()
    page.table.setCurrentIndex(page.model.index(0, page.model.column_of("sales")))
    page.paste_text("销售额\t8000\n")
    page.table.setCurrentIndex(page.model.index(0, page.model.column_of("sales")))
    page.paste_text("销售额\t\n张伟\t12500\n")  # 销售额's target cleared: the row is a person's, not a title
    assert "第一行是标题" not in page.status.text()
    assert _targets(page) == {("张伟", "sales"): 1_250_000}


def test_deleting_targets_is_not_said_as_empty_pasted_cells(page):
    page.paste_text("12500\n9000\n")
    page.table.selectAll()
    page.clear_selection()
    assert _targets(page) == {}
    assert page.status.text() == "已删除 2 项目标（2 人）；Ctrl+Z 撤销"  # not 「其中 2 格是空的」


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


def test_a_paste_selects_what_it_changed_and_says_ctrl_z(page):
    """As the bulk actions do: in a grid of 200 people, what landed where is seen, and how to take it back."""
    sales, orders = page.model.column_of("sales"), page.model.column_of("orders")
    page.paste_text("12,500\t300\n1.25万\t200\n")
    assert sorted((i.row(), i.column()) for i in page.table.selectedIndexes()) == [
        (0, sales), (0, orders), (1, sales), (1, orders)]
    assert page.status.text() == "保存 4 项，拒绝 0 项；已选中改动的格子，Ctrl+Z 撤销"
    page.paste_text("12,500\t300\n")  # the same again: nothing changed, no step to take back
    assert "Ctrl+Z" not in page.status.text()
