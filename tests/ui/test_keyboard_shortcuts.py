"""The window's keys a desktop user expects: Ctrl+1…8 for the pages, Ctrl+F to the page's search box, F5 to read the
shop again, F1 for the guide, Ctrl+O and Ctrl+N for another shop file; in the menus, where they are shown, and no key taken twice."""

from __future__ import annotations

import pytest
import test_keyboard
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QTabWidget

from ui.navigation import page_index


@pytest.fixture
def window(make_window, staffed_shop, qtbot):
    return test_keyboard.shown_window(make_window, qtbot)


def test_f5_reads_the_page_again(window, monkeypatch):
    read = []
    page = window.current_page()
    monkeypatch.setattr(page, "refresh", lambda: read.append(True))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert read == [True]


def test_ctrl_f_goes_to_the_staff_search_with_its_text_selected(window, qtbot):
    window.show_page(page_index("staff"))
    page = window.current_page()
    page.filter_edit.setText("张")
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter_edit and page.filter_edit.selectedText() == "张"


def test_ctrl_f_goes_to_the_audit_filter_and_elsewhere_says_where_to_search(window, qtbot):
    window.show_page(page_index("settings"))
    page = window.current_page()
    tabs = page.findChild(QTabWidget)
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "操作日志"))
    tabs.tabBar().setFocus()
    QTest.keyClick(tabs.tabBar(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.audit.filter_edit
    window.show_page(page_index("targets"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.current_page().finder  # 找人 in the grid
    window.show_page(page_index("awards"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "员工页" in window.statusBar().currentMessage()


def test_ctrl_f_goes_to_the_data_grids_finder_from_the_events_tab_too(window, qtbot):
    window.show_page(page_index("data"))
    page = window.current_page()
    page.tabs.setCurrentIndex(1)
    assert not page.finder.isVisible()  # the events have no grid to find in
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 0 and QApplication.focusWidget() is page.finder
    window.show_page(page_index("awards"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "数据页" in window.statusBar().currentMessage()


def test_no_key_is_taken_twice(window):
    """Each page's own keys (the grids' Ctrl+C, Del …) are the widget's; the window's are each one action's."""
    keys = [action.shortcut().toString() for action in window.findChildren(QAction)
            if action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut and not action.shortcut().isEmpty()]
    assert sorted({key for key in keys if keys.count(key) > 1}) == []
    assert {"Ctrl+1", "Ctrl+8", "Ctrl+F", "Ctrl+S", "Ctrl+O", "Ctrl+N", "F5", "F1"} <= set(keys)


def test_the_navigation_shows_when_it_has_the_focus(window, qtbot):
    """Its style took away the focus frame (outline: 0) and drew the chosen page alike with the focus or without:
    Tab into the navigation showed nothing, and the arrows then changed pages unexpectedly."""
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    focused = window.nav.grab().toImage()
    window.current_page().setFocus()
    window.focusNextChild()
    qtbot.waitUntil(lambda: not window.nav.hasFocus())
    assert window.nav.grab().toImage() != focused


def test_ctrl_s_saves_the_pages_typed_edits_and_says_so(window, qtbot, shop):
    window.show_page(page_index("settings"))
    page = window.current_page()
    page.name_edit.setFocus()
    qtbot.waitUntil(page.name_edit.hasFocus)
    page.name_edit.selectAll()
    QTest.keyClicks(page.name_edit, "Orange Shop")  # QTest types ASCII only
    QTest.keyClick(page.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shop.name == "Orange Shop" and page.pending_changes() == []
    assert window.statusBar().currentMessage().startswith("已保存")
    QTest.keyClick(page.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "这一页没有未保存的修改"


def test_ctrl_n_asks_where_the_new_shop_goes_as_the_menu_does(window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: asked.append(args[1])
                                                                      or ("", "")))  # cancelled
    menu_action = window.new_shop_action
    assert menu_action.shortcut().toString() == "Ctrl+N" and menu_action in window.menuBar().actions()[0].menu().actions()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["新建店铺"]
