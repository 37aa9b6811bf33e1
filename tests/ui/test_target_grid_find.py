"""找人 on the 目标 page: in a grid of 200 people, a name, sub-account or pinyin typed goes to that person's row
(the others stay shown), ↓ to the next person found, Enter into the cell to type the target; Ctrl+F comes to
it. Before, the owner scrolled through the grid by eye."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain import StaffDraft
from ui.pages.targets import TargetsPage


def add_team(shop, others):
    """`others` people, then 张伟 (旗舰店:小伟), 王芳 (旗舰店:芳芳) and another 张伟 (专营店:阿伟)."""
    for n in range(others):
        shop.staff.add(StaffDraft(f"员工{n:03d}", hired=date(2024, 1, 1)))
    for name, alias in (("张伟", "旗舰店:小伟"), ("王芳", "旗舰店:芳芳"), ("张伟", "专营店:阿伟")):
        shop.staff.add(StaffDraft(name, aliases=(alias,), hired=date(2024, 1, 1)))


@pytest.fixture
def page(qtbot, shop):
    add_team(shop, 60)
    widget = TargetsPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(page, text):
    page.finder.setText(text)  # QTest types no Chinese: what typing it would say
    page.finder.textEdited.emit(text)


def _shown(page):
    index = page.table.currentIndex()
    return page.model.people[index.row()], index.column()


def _visible(page):
    return page.table.viewport().rect().contains(page.table.visualRect(page.table.currentIndex()).center())


@pytest.mark.parametrize("typed, name, alias", [("王芳", "王芳", "旗舰店:芳芳"), ("wangfang", "王芳", "旗舰店:芳芳"),
                                                ("wf", "王芳", "旗舰店:芳芳"), ("小伟", "张伟", "旗舰店:小伟")])
def test_a_person_typed_is_gone_to_and_shown(qtbot, page, typed, name, alias):
    _type(page, typed)
    person, column = _shown(page)
    assert (person.name, person.aliases) == (name, (alias,)) and column == 1 and _visible(page)
    assert page.model.rowCount() == 65  # nobody hidden


def test_down_goes_to_the_next_person_found_and_enter_into_the_cell(qtbot, page):
    qtbot.keyClicks(page.finder, "zw")
    first = _shown(page)[0]
    qtbot.keyClick(page.finder, Qt.Key.Key_Down)
    second = _shown(page)[0]
    assert {first.aliases, second.aliases} == {("旗舰店:小伟",), ("专营店:阿伟",)}
    qtbot.keyClick(page.finder, Qt.Key.Key_Down)
    assert _shown(page)[0] == first  # round the end
    qtbot.keyClick(page.finder, Qt.Key.Key_Return)
    assert page.table.hasFocus()


def test_nobody_found_is_said(page):
    _type(page, "赵六")
    assert page.status.text() == "表格里没有「赵六」"
    assert page.search_field() is page.finder
