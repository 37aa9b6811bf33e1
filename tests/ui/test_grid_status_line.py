"""The line under the 数据 and 目标 grids says what the last action did; while it says nothing it is hidden, so
that on a 1366×768 laptop at 150 % its empty line does not take a row of the grid's height."""

from datetime import date

from data_page_support import open_page

from app.domain import StaffDraft
from ui.pages.targets import TargetsPage


def _team(shop):
    shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 1, 1)))
    return shop


def test_the_data_grid_takes_the_room_of_a_line_that_says_nothing(qtbot, shop):
    page = open_page(qtbot, _team(shop))
    page.resize(740, 330)
    page.show()
    qtbot.waitExposed(page)
    quiet = page.table.height()
    assert not page.summary.isVisible()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, page.model.days.index(date(2026, 10, 25))))
    qtbot.keyClicks(page.table, "5")  # a day not come yet: the line says so
    assert page.summary.isVisible() and page.summary.text() == "张伟 10月25日：日期还没到，不能录入"
    qtbot.waitUntil(lambda: page.table.height() < quiet)
    page.picker.setMonth(page.month().previous())  # another month: nothing said about it yet
    assert page.summary.text() == "" and not page.summary.isVisible()
    qtbot.waitUntil(lambda: page.table.height() == quiet)


def test_the_targets_status_line_shows_only_when_it_says_something(qtbot, shop):
    page = TargetsPage(_team(shop))
    qtbot.addWidget(page)
    page.show()
    assert not page.status.isVisible()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(page.model.sum_row, 1))
    qtbot.keyClicks(page.table, "5")
    assert page.status.isVisible() and page.status.text() == "只读：本月各人目标之和"


def test_a_value_typed_after_a_paste_leaves_the_line_saying_nothing_about_the_paste(qtbot, shop, messages):
    page = open_page(qtbot, _team(shop))
    shop.staff.add(StaffDraft(name="李娜", dept="客服部", hired=date(2024, 1, 1)))
    page.reload()
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.paste_text("100\tabc\n")
    assert page.summary.text() == "保存 1 格，拒绝 1 格；已选中改动的格子，Ctrl+Z 撤销"
    assert page.model.setData(page.model.index(1, 4), "200")  # the last action now: said nothing about
    assert page.summary.text() == "" and not page.summary.isVisible()


def test_a_target_typed_after_copying_last_months_leaves_the_line_saying_nothing_about_the_copy(qtbot, shop):
    from app.periods import Month

    person = _team(shop).staff.list()[0]
    shop.targets.set_staff(Month(2026, 9), person.id, shop.metrics.get("sales"), 100_000)
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    page.copy_previous()
    assert page.status.text().startswith("已从 2026年9月 复制 1 项目标")
    assert page.model.setData(page.model.index(0, 1), "2000")
    assert page.status.text() == "" and not page.status.isVisible()
