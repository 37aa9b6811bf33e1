"""数据 page: 撤销 (Ctrl+Z) and 重做 (Ctrl+Y), in the month and metric a step was made in."""

import os

import pytest
from data_page_support import OCT, d, month_values, open_page, row_of, with_team
from PySide6.QtCore import Qt

from app.periods import Month

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication


@pytest.fixture
def team_shop(shop):
    return with_team(shop)


def test_ctrl_z_puts_back_what_typing_pasting_and_clearing_replaced(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    zhang, li = team_shop.ids["张伟"], team_shop.ids["李娜"]
    before = month_values(team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 0))
    page.paste_text("1\t2\t3\n4\t5\t6\n")  # over 张伟's 1st and 2nd and 李娜's 1st
    assert month_values(team_shop)[(zhang, d(1))] == 100
    page.model.setData(page.model.index(row_of(page, "李娜"), 5), "999")
    page.table.selectAll()
    page.clear_selection()
    assert month_values(team_shop) == {}
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the clearing
    assert month_values(team_shop)[(li, d(6))] == 99_900
    assert page.undo() == 1  # the typed value
    assert (li, d(6)) not in month_values(team_shop)
    team_shop.data.set_value(d(3), zhang, team_shop.metrics.get("sales"), 7)  # changed since, elsewhere
    assert page.undo() == 5 and "1 格之后又改过" in page.summary.text()  # the paste: 6 cells, one kept
    assert {k: v for k, v in month_values(team_shop).items() if k != (zhang, d(3))} == before
    assert page.undo() == 0 and page.summary.text() == "没有可以撤销的修改"
    assert any(e.action == "data.undo" for e in team_shop.store.audit.recent(10))


def test_ctrl_y_writes_again_what_ctrl_z_undid_until_the_next_write(qtbot, team_shop):
    """An undo one step too far could only be typed or pasted again: Ctrl+Y did nothing."""
    page = open_page(qtbot, team_shop)
    page.show()
    zhang, li = team_shop.ids["张伟"], team_shop.ids["李娜"]
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 4))
    page.paste_text("1\t2\n3\t4\n")
    page.model.setData(page.model.index(row_of(page, "李娜"), 9), "9")
    pasted_and_typed = month_values(team_shop)
    assert page.undo() == 1 and page.undo() == 4
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # the paste
    assert month_values(team_shop)[(zhang, d(5))] == 100 and (li, d(10)) not in month_values(team_shop)
    assert page.summary.text() == "已重做「粘贴」：写回 4 格"
    assert _selected(page) == [(row_of(page, n), c) for n in ("张伟", "李娜") for c in (4, 5)]
    assert page.redo() == 1 and month_values(team_shop) == pasted_and_typed  # the typing
    assert page.redo() == 0 and page.summary.text() == "没有可以重做的撤销"
    assert page.undo() == 1  # a redone step is undone again
    page.model.setData(page.model.index(row_of(page, "王芳"), 0), "5")  # a new write: nothing left to redo
    assert page.redo() == 0 and (li, d(10)) not in month_values(team_shop)
    assert [e.action for e in team_shop.store.audit.recent(4)][1:] == ["data.undo", "data.redo", "data.redo"]


def test_undo_puts_back_the_stored_value_even_when_the_grid_showed_an_older_one(qtbot, team_shop):
    # another program (a scheduled import, say) stored 50 after the grid was read; typing over it and undoing
    # must bring back 50, not the grid's stale empty cell
    page = open_page(qtbot, team_shop)
    zhang = team_shop.ids["张伟"]
    team_shop.data.set_value(d(4), zhang, team_shop.metrics.get("sales"), 5_000)
    page.model.setData(page.model.index(row_of(page, "张伟"), 3), "80")
    assert month_values(team_shop)[(zhang, d(4))] == 8_000
    assert page.undo() == 1
    assert month_values(team_shop)[(zhang, d(4))] == 5_000


def _selected(page):
    return sorted((i.row(), i.column()) for i in page.table.selectedIndexes())


def test_undo_of_another_metric_shows_that_metric_first_and_says_so(qtbot, team_shop):
    # it once put back a 销售额 cell while 订单数 was shown, saying only "已撤销「输入 1 格」：恢复 1 格"
    page = open_page(qtbot, team_shop)
    zhang, row = team_shop.ids["张伟"], row_of(page, "张伟")
    assert page.model.setData(page.model.index(row, 4), "1")  # 销售额, the 5th
    assert month_values(team_shop)[(zhang, d(5))] == 100
    page.set_metric("orders")
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.metric_combo.currentData() == "sales" and page.model.metric.key == "sales"  # shown, then undone
    assert (zhang, d(5)) not in month_values(team_shop)
    assert page.summary.text() == "已撤销 2026年10月 销售额「输入 1 格」：恢复 1 格"
    assert _selected(page) == [(row, 4)] and page.table.currentIndex() == page.model.index(row, 4)
    assert page.model.index(row, 4).data() == ""


def test_undo_of_a_step_made_in_another_month_goes_back_to_that_month(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    li, row = team_shop.ids["李娜"], row_of(page, "李娜")
    page.model.setData(page.model.index(row, 9), "2")  # 10月10日
    page.set_metric("orders")
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 2))
    page.paste_text("7\t8\n")  # 订单数, 10月3日 and 4日
    page.picker.next_button.click()  # November: neither step is in view
    assert page.model.month == Month(2026, 11)
    assert page.undo() == 2
    assert page.month() == OCT and page.model.month == OCT and page.model.metric.key == "orders"
    assert page.summary.text() == "已撤销 2026年10月 订单数「粘贴」：恢复 2 格"
    assert _selected(page) == [(row_of(page, "王芳"), 2), (row_of(page, "王芳"), 3)]
    assert page.undo() == 1  # the typing, in 销售额
    assert page.month() == OCT and page.model.metric.key == "sales" and (li, d(10)) not in month_values(team_shop)
    assert page.summary.text() == "已撤销 2026年10月 销售额「输入 1 格」：恢复 1 格"
    assert _selected(page) == [(row, 9)]


def test_an_undo_where_it_was_made_is_said_as_before_and_selects_what_it_put_back(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "李娜"), 6))
    page.paste_text("1\t2\n3\t4\n")
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.undo() == 4
    assert page.summary.text() == "已撤销「粘贴」：恢复 4 格"  # the place is the one shown: not named
    rows = sorted((row_of(page, "李娜"), row_of(page, "王芳")))
    assert _selected(page) == [(r, c) for r in rows for c in (6, 7)]
