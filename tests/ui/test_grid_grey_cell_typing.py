"""Typing into a cell that takes no typing stores nothing: on the 数据 grid (a day not come yet, a day before someone
joined) the line under the grid says whose cell it is and why, on the 目标 grid (a department, the sum of the
targets) the line under it says where that is changed — instead of the keys vanishing without a word."""

from datetime import date

from data_page_support import OCT, TODAY, open_page
from PySide6.QtCore import Qt

from app.domain import StaffDraft
from ui.pages.targets import TargetsPage


def _team(shop):
    shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 1, 1)))
    shop.staff.add(StaffDraft(name="新人", dept="客服部", hired=date(2026, 10, 12)))
    return shop


def _type(qtbot, page, name, day):
    row = next(i for i, p in enumerate(page.model.people) if p.name == name)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, page.model.days.index(day)))
    qtbot.keyClicks(page.table, "5")


def test_a_key_on_a_day_before_someone_joined_says_why_it_is_not_taken(qtbot, shop):
    page = open_page(qtbot, _team(shop))
    page.show()
    assert page.month() == OCT and shop.today == TODAY
    _type(qtbot, page, "新人", date(2026, 10, 5))
    # the name once: the line said 「新人 10月5日：新人 2026年10月12日 才入职」, the tooltip's own name repeated
    assert page.summary.text() == "新人 10月5日：2026年10月12日 才入职"
    assert shop.store.values.month_grid("sales", OCT.start, OCT.end) == {}


def test_a_key_on_a_day_not_come_yet_says_so(qtbot, shop):
    page = open_page(qtbot, _team(shop))
    page.show()
    _type(qtbot, page, "张伟", date(2026, 10, 25))
    assert page.summary.text() == "张伟 10月25日：日期还没到，不能录入"


def test_a_key_on_a_day_after_someone_left_names_them_once(qtbot, shop):
    gone = _team(shop).staff.list()[0].id
    shop.staff.leave(gone, date(2026, 10, 8))
    page = open_page(qtbot, shop)
    page.show()
    _type(qtbot, page, "张伟", date(2026, 10, 9))
    assert page.summary.text() == "张伟 10月9日：已于 2026年10月8日 离职"


def test_a_key_on_a_cell_that_takes_typing_says_nothing(qtbot, shop):
    page = open_page(qtbot, _team(shop))
    page.show()
    _type(qtbot, page, "张伟", date(2026, 10, 5))
    assert page.table.editing() and page.summary.text() == ""


def _targets(qtbot, shop):
    page = TargetsPage(_team(shop))
    qtbot.addWidget(page)
    page.show()
    page.table.setFocus()
    return page


def test_a_key_on_a_department_on_the_targets_grid_says_where_it_is_changed(qtbot, shop):
    page = _targets(qtbot, shop)
    row = next(i for i, p in enumerate(page.model.people) if p.name == "新人")
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClicks(page.table, "5")
    assert page.status.text() == "新人的部门在「员工」页修改"


def test_a_key_on_the_sum_of_the_targets_says_it_adds_them_up(qtbot, shop):
    page = _targets(qtbot, shop)
    page.table.setCurrentIndex(page.model.index(page.model.sum_row, 1))
    qtbot.keyClicks(page.table, "5")
    assert page.status.text() == "只读：本月各人目标之和"


def test_the_keys_after_one_on_a_grey_cell_go_into_no_other_persons_cell(qtbot, shop):
    """The key also searched the column for a value starting with it: 5 on 新人's grey cell moved to 张伟's 52
    orders, under the message naming 新人, and 0, 1 and Enter after it wrote 张伟's orders as 1."""
    zhang = _team(shop).staff.list()[0].id
    shop.data.set_value(date(2026, 10, 5), zhang, shop.metrics.get("orders"), 52)
    page = open_page(qtbot, shop)
    page.show()
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("orders"))
    _type(qtbot, page, "新人", date(2026, 10, 5))
    for key in "01":  # each key into the cell's editor once one is open, as a keyboard sends it
        qtbot.keyClicks(page.table.focusWidget() or page.table, key)
    qtbot.keyClick(page.table.focusWidget() or page.table, Qt.Key.Key_Return)
    assert page.model.staff_at(page.table.currentIndex().row()).name == "新人" and not page.table.editing()
    assert page.summary.text() == "新人 10月5日：2026年10月12日 才入职"  # the name once (it was said twice)
    assert shop.store.values.month_grid("orders", OCT.start, OCT.end) == {(zhang, date(2026, 10, 5)): 52}


def test_a_key_on_a_total_says_it_is_worked_out(qtbot, shop):
    page = open_page(qtbot, _team(shop))
    page.show()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, len(page.model.days)))
    qtbot.keyClicks(page.table, "5")
    assert page.summary.text() == "张伟 合计：按本月已有数据计算，只读"
