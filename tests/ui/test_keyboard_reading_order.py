"""Tab goes through a page as it is read: left to right, top to bottom. On a narrow window the board's table is the
first tab of the pane, under its tab bar: Tab went to the table's rows first, then up to the tabs above them."""

from __future__ import annotations

import pytest
import test_keyboard
from laptop_support import small_screen  # noqa: F401  (fixture)
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ui.navigation import PAGES

# each test's shop is a copy of the demo shop (fixtures)
demo_db, today, db_path = test_keyboard.demo_db, test_keyboard.today, test_keyboard.db_path


def place(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def read_backwards(chain: list[QWidget]) -> list[str]:
    """Pairs where Tab goes back: the later widget stands wholly above the earlier one in the same column, or wholly
    left of it in the same row."""
    found = []
    for i, earlier in enumerate(chain):
        for later in chain[i + 1:]:
            a, b = place(earlier), place(later)
            same_column = b.left() < a.right() and a.left() < b.right()
            same_row = b.top() < a.bottom() and a.top() < b.bottom()
            if same_column and b.bottom() < a.top() or same_row and b.right() < a.left():
                found.append(f"{test_keyboard.describe(later)} after {test_keyboard.describe(earlier)}")
    return found


def walk_pages(make_window, qtbot, size) -> dict[str, list[str]]:
    window = test_keyboard.shown_window(make_window, qtbot, size)
    backwards = {}
    for index, spec in enumerate(PAGES):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key(Qt.Key.Key_1 + index),
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
        chain = test_keyboard.tab_chain(QApplication.focusWidget())
        if found := read_backwards([w for w in chain if w is not window.nav]):
            backwards[spec.key] = found
        assert set(chain) == test_keyboard.tabbable(window), spec.key  # every input on the way, none left out
    return backwards


@pytest.mark.parametrize("size", [(1400, 900), (1000, 900)], ids=["wide", "narrow"])
def test_tab_reads_each_page_from_the_top_down(make_window, shop, qtbot, size):
    assert walk_pages(make_window, qtbot, size) == {}


def test_the_board_reads_left_to_right_again_when_the_window_widens(make_window, shop, qtbot):
    window = test_keyboard.shown_window(make_window, qtbot, (1000, 900))
    board = window.current_page()
    qtbot.waitUntil(lambda: board.narrow)
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: not board.narrow)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    chain = test_keyboard.tab_chain(window.nav)
    assert read_backwards([w for w in chain if w is not window.nav]) == []
    assert board.table in chain and set(chain) == test_keyboard.tabbable(window)


@pytest.mark.usefixtures("small_screen")
def test_tab_reads_each_page_from_the_top_down_on_a_laptop(make_window, shop, qtbot):
    assert walk_pages(make_window, qtbot, (895, 432)) == {}


# the plan editor's rule form scrolls inside the dialog: its fields' places are not where they are read
SCROLLED = {"plan_editor"}


@pytest.mark.parametrize("dialog_name", sorted(set(test_keyboard.DIALOGS) - SCROLLED))
def test_tab_reads_each_dialog_from_the_top_down(qtbot, shop, dialog_name):
    """The 奖金计算单 went to 关闭 before 保存PDF… on its left."""
    dialog = test_keyboard.shown(qtbot, test_keyboard.DIALOGS[dialog_name](shop))
    chain = test_keyboard.tab_chain(dialog.focusWidget())
    topmost = place(min(chain, key=lambda widget: place(widget).top()))
    top_row = [widget for widget in chain if place(widget).top() < topmost.bottom()]
    at = chain.index(min(top_row, key=lambda widget: place(widget).left()))  # from the top left, wherever it opened
    assert read_backwards(chain[at:] + chain[:at]) == []


def test_the_board_table_keeps_the_focus_when_the_window_narrows_or_widens(make_window, shop, qtbot):
    """The table moves between the splitter and the pane's tabs: Qt gave the focus to the tab bar, where the
    owner's next arrow key changed the pane's tab instead of the row."""
    window = test_keyboard.shown_window(make_window, qtbot)
    board = window.current_page()
    board.table.setFocus()
    board.table.selectRow(1)
    qtbot.waitUntil(board.table.hasFocus)
    window.resize(1000, 900)
    qtbot.waitUntil(lambda: board.narrow)
    assert QApplication.focusWidget() is board.table
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: not board.narrow)
    assert QApplication.focusWidget() is board.table and board.table.currentIndex().row() == 1
    QTest.keyClick(board.table, Qt.Key.Key_Down)
    assert board.table.currentIndex().row() == 2
