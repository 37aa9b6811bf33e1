"""The TV from the board: F11 opens it as its 更多 menu does (and leaves it, as Esc does); left alone it rotates
and reads the shop file again, another program's writes included."""

from datetime import date

import test_keyboard
from board_support import make_board_shop
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.shop import Shop
from ui.navigation import page_index
from ui.tv_mode import BOARD, LEADERS, TvWindow


def test_f11_opens_the_tv_from_the_board_and_leaves_it(make_window, shop, qtbot):
    make_board_shop(shop)
    window = test_keyboard.shown_window(make_window, qtbot)
    window.show_page(page_index("dashboard"))
    page = window.current_page()
    assert "F11" in page.tv_action.shortcut().toString()  # shown in the 更多 menu beside 电视模式
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11)
    tv = page.tv
    assert tv is not None and tv.isFullScreen()
    qtbot.waitExposed(tv)
    QTest.keyClick(tv, Qt.Key.Key_F11)
    assert not tv.isVisible()  # and no second TV opened behind it
    qtbot.waitUntil(lambda: page.tv is None)


def test_f11_elsewhere_than_on_the_board_opens_no_tv(make_window, shop, qtbot):
    make_board_shop(shop)
    window = test_keyboard.shown_window(make_window, qtbot)
    window.show_page(page_index("dashboard"))
    board = window.current_page()
    window.show_page(page_index("staff"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11)
    assert board.tv is None


def test_the_tv_rotates_and_reads_another_programs_writes_on_its_own(qtbot, shop, db_path, today):
    _shop, people = make_board_shop(shop)
    tv = TvWindow(shop)
    qtbot.addWidget(tv)
    tv.resize(1280, 720)
    tv.show()
    qtbot.waitExposed(tv)
    tv.rotate_timer.setInterval(20)
    qtbot.waitUntil(lambda: tv.screen_index == LEADERS)
    qtbot.waitUntil(lambda: tv.screen_index == BOARD)
    before = {row.staff.name: row.line.value for row in tv.rows}["阿花"]
    other = Shop.open(db_path, today)  # a scheduled import, another window
    try:
        other.data.set_value(date(2026, 10, 19), people["阿花"].id, other.metrics.get("sales"), 5_000_000)
    finally:
        other.close()
    tv.refresh_timer.setInterval(20)
    qtbot.waitUntil(lambda: {row.staff.name: row.line.value for row in tv.rows}["阿花"] != before)
    assert tv.leaders[0].staff.name == "阿花"


def test_f11_on_an_empty_board_opens_no_blank_tv(make_window, shop, qtbot):
    """With nobody on the board its 更多 button (TV, PDF) is off: F11 is too."""
    window = test_keyboard.shown_window(make_window, qtbot)
    window.show_page(page_index("dashboard"))
    page = window.current_page()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11)
    assert page.tv is None


def test_f11_leaves_the_tv_after_the_board_turned_to_a_month_with_nobody(make_window, shop, qtbot):
    """The board's 电视模式 (and its F11) is off on an empty month: F11 on the TV left open then did nothing."""
    from app.domain import StaffDraft
    from app.periods import Month

    shop.staff.add(StaffDraft(name="小美", hired=date(2026, 10, 1)))
    window = test_keyboard.shown_window(make_window, qtbot)
    window.show_page(page_index("dashboard"))
    page = window.current_page()
    page.tv_action.trigger()
    tv = page.tv
    qtbot.waitExposed(tv)
    page.picker.setMonth(Month(2026, 9))  # before she joined
    assert not page.tv_action.isEnabled()
    QTest.keyClick(tv, Qt.Key.Key_F11)
    assert not tv.isVisible()
