"""A value being typed into a grid is saved before the month changes (it was thrown away with the editor)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.data import DataPage
from ui.pages.targets import TargetsPage

OCT = Month(2026, 10)


@pytest.mark.parametrize(("page_class", "column"), [(DataPage, 4), (TargetsPage, 1)])
def test_clicking_the_month_arrow_while_typing_saves_the_value_first(qtbot, shop, page_class, column):
    person = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 1, 1)))
    page = page_class(shop)
    qtbot.addWidget(page)
    page.resize(1200, 400)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitActive(page)
    index = page.model.index(0, column)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = next(e for e in page.table.findChildren(QLineEdit) if e.isVisible())
    editor.setFocus()
    editor.setText("777")
    qtbot.mouseClick(page.picker.prev_button, Qt.MouseButton.LeftButton)
    assert page.picker.month() == OCT.previous()
    if page_class is DataPage:  # column 4 is the 5th
        assert shop.store.values.get("sales", date(2026, 10, 5), person.id) == 77_700
    else:
        assert list(shop.targets.for_month(OCT).values()) == [77_700]
