"""Tab and Shift+Tab on the 目标 and 数据 grids go from one cell that takes typing to the next, as in a spreadsheet
whose other cells are locked: the 目标 grid's Tab landed on the next row's read-only 部门."""

from datetime import date

from data_page_support import OCT, TODAY, open_page
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from ui.pages.targets import TargetsPage


def _team(shop):
    shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 1, 1)))
    shop.staff.add(StaffDraft(name="新人", dept="客服部", hired=date(2026, 10, 12)))
    return shop


def _cell(table):
    index = table.currentIndex()
    return index.row(), index.column()


def test_tab_on_the_targets_grid_skips_the_department(qtbot, shop):
    page = TargetsPage(_team(shop))
    qtbot.addWidget(page)
    page.show()
    last = page.model.columnCount() - 1
    assert page.model.metric_at(0) is None and page.model.metric_at(1) is not None  # column 0 is the 部门
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, last))
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert _cell(page.table) == (1, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _cell(page.table) == (0, last)


def test_tab_on_the_data_grid_skips_the_grey_days_the_days_to_come_and_the_total(qtbot, shop):
    page = open_page(qtbot, _team(shop))
    page.show()
    assert page.month() == OCT and shop.today == TODAY
    days = page.model.days
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, days.index(TODAY)))
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # 张伟's days after the 20th have not come, 新人 joined on the 12th
    assert _cell(page.table) == (1, days.index(date(2026, 10, 12)))
    qtbot.keyClick(page.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _cell(page.table) == (0, days.index(TODAY))



def _shown_page(qtbot, shop):
    page = TargetsPage(_team(shop))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert not page.table.currentIndex().isValid()
    return page


def test_tab_into_the_targets_grid_lands_on_the_first_cell_that_takes_typing(qtbot, shop):
    """Tab from the buttons above landed on the first row's 部门, which takes no typing."""
    page = _shown_page(qtbot, shop)
    page.finder.setFocus()  # the last control above the grid (找人)
    qtbot.keyClick(page.finder, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table
    assert _cell(page.table) == (0, 1)


def test_after_a_click_on_the_targets_grid_s_empty_area_tab_lands_on_a_cell_that_takes_typing(qtbot, shop):
    page = _shown_page(qtbot, shop)
    viewport = page.table.viewport()
    empty = QPoint(viewport.width() - 5, viewport.height() - 5)
    assert not page.table.indexAt(empty).isValid()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=empty)
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert _cell(page.table) == (0, 1)


def test_shift_tab_into_the_targets_grid_lands_on_its_last_cell_that_takes_typing(qtbot, shop):
    """Shift+Tab from the widget after the grid landed on its first cell, at the top: the way back through a grid
    starts at its end, as the way in starts at its beginning."""
    page = _shown_page(qtbot, shop)
    after = page.table.nextInFocusChain()
    while not (after.focusPolicy() & Qt.FocusPolicy.TabFocus and after.isVisible() and after.isEnabled()):
        after = after.nextInFocusChain()
    after.setFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.table
    model = page.model
    typed = [(row, column) for row in range(model.rowCount()) for column in range(model.columnCount())
             if model.index(row, column).flags() & Qt.ItemFlag.ItemIsEditable]
    assert len(typed) > 1 and _cell(page.table) == typed[-1]
