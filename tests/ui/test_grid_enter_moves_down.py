"""The 目标 and 数据 grids as an owner types a column: value, Enter, value, Enter … each value in its own row."""

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.domain import StaffDraft
from ui.pages.data import DataPage
from ui.pages.targets import TargetsPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication

NAMES = ("王小美", "李娜", "陈静")


@pytest.fixture
def three(shop):
    return [shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2026, 1, 1))).id for name in NAMES]


def _type_and_enter(qtbot, table, text):
    """Keys on the current cell, as typed: the first key opens the editor with it, the rest go to the editor,
    Enter saves it."""
    qtbot.keyClicks(table, text[0])
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], text[1:])
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def _page(qtbot, cls, shop):
    page = cls(shop)
    qtbot.addWidget(page)
    page.show()
    return page


def test_targets_typed_down_a_column_land_one_per_person(qtbot, shop, three):
    page = _page(qtbot, TargetsPage, shop)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    for text in ("30000", "25000", "28000"):
        _type_and_enter(qtbot, page.table, text)
    targets = shop.store.targets.staff_targets("2026-10")
    assert [targets.get((sid, "sales")) for sid in three] == [3_000_000, 2_500_000, 2_800_000]
    assert page.table.currentIndex().row() == 3  # ready for the next row (个人目标合计)


def test_daily_values_typed_down_a_column_land_one_per_person(qtbot, shop, three):
    page = _page(qtbot, DataPage, shop)
    page.table.setFocus()
    column = page.model.days.index(date(2026, 10, 5))
    page.table.setCurrentIndex(page.model.index(0, column))
    for text in ("1200", "980.50", "1500"):
        _type_and_enter(qtbot, page.table, text)
    grid = shop.store.values.month_grid("sales", date(2026, 10, 1), date(2026, 10, 31))
    assert [grid[(sid, date(2026, 10, 5))] for sid in three] == [120_000, 98_050, 150_000]


def test_a_refused_value_keeps_its_cell(qtbot, shop, three, messages):
    page = _page(qtbot, TargetsPage, shop)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    _type_and_enter(qtbot, page.table, "abc")
    assert page.table.currentIndex().row() == 0  # to be typed again, not left behind
    assert shop.store.targets.staff_targets("2026-10") == {}


def test_enter_on_a_cell_not_typed_in_goes_on_to_the_one_below(qtbot, shop, three):
    """A day off in the column: Enter skips the cell, as in Excel; the grid stayed on it, so the next value typed
    went over the day meant to be left empty."""
    page = _page(qtbot, DataPage, shop)
    page.table.setFocus()
    column = page.model.days.index(date(2026, 10, 5))
    page.table.setCurrentIndex(page.model.index(0, column))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    _type_and_enter(qtbot, page.table, "980.50")
    grid = shop.store.values.month_grid("sales", date(2026, 10, 1), date(2026, 10, 31))
    assert grid == {(three[1], date(2026, 10, 5)): 98_050}
    assert page.table.currentIndex().row() == 2
