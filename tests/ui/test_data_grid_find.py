"""找人 on the 数据 page, the 目标 page's box reused: in a month grid of 200 people, a name, sub-account or pinyin
typed goes to that person's row in the day being typed (the others stay shown), ↓ to the next found, Enter into
the cell; Ctrl+F comes to it (tests/ui/test_keyboard_shortcuts.py). Before, the owner scrolled 200 rows by eye."""

from __future__ import annotations

import pytest
from data_page_support import open_page
from PySide6.QtCore import Qt
from test_target_grid_find import _type, add_team

from ui.widgets.row_finder import RowFinder


@pytest.fixture
def page(qtbot, shop):
    add_team(shop, 200)
    shown = open_page(qtbot, shop)
    shown.resize(1000, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _person(page):
    return page.model.people[page.table.currentIndex().row()]


@pytest.mark.parametrize("typed, alias", [("王芳", "旗舰店:芳芳"), ("wangfang", "旗舰店:芳芳"), ("芳芳", "旗舰店:芳芳")])
def test_a_person_typed_is_gone_to_in_the_day_being_typed(page, typed, alias):
    assert isinstance(page.finder, RowFinder) and page.finder.isVisible()
    page.table.setCurrentIndex(page.model.index(0, 4))
    _type(page, typed)
    assert _person(page).aliases == (alias,) and page.table.currentIndex().column() == 4
    assert page.table.viewport().rect().contains(page.table.visualRect(page.table.currentIndex()).center())
    assert page.model.rowCount() == 203  # nobody hidden


def test_down_goes_to_the_next_found_enter_into_the_cell_and_nobody_is_said(qtbot, page):
    qtbot.keyClicks(page.finder, "zw")
    first = _person(page)
    qtbot.keyClick(page.finder, Qt.Key.Key_Down)
    assert {first.aliases, _person(page).aliases} == {("旗舰店:小伟",), ("专营店:阿伟",)}
    qtbot.keyClick(page.finder, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    _type(page, "赵六")
    assert page.summary.text() == "表格里没有「赵六」"



def test_the_box_shows_its_whole_hint_where_the_window_has_room(lang, make_window, shop):
    """At 1024 px the space beside 指标 was split between the box and an empty stretch: the English box was cut to
    「Find: name o…」 with a box's width of nothing beside it."""
    window = make_window(start_page="data")
    window.resize(1024, 700)
    window.show()
    page = window.current_page()
    page.layout().activate()
    assert page.finder.width() == page.finder.maximumWidth()
