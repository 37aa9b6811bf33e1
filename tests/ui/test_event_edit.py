"""A recorded event is corrected from the 事件 tab (double-click, Enter or 修改…) in the dialog that records one,
filled as it was recorded; before, a mistyped amount meant deleting the event and typing it all again."""

from datetime import date

import pytest
from data_page_support import d, open_page, with_team
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ui.dialogs.event_dialog import EventDialog


@pytest.fixture
def opened(qtbot, shop, monkeypatch):
    """The 数据 page on October with one 备件销售 recorded, and what each dialog opened showed before its edits
    (the attributes named as the list names them; a value kept as stored, which the plan's rules match)."""
    with_team(shop)
    sale = shop.events.add(d(5), shop.ids["李娜"], "备件销售", amount_fen=7_350,
                           attrs={"margin": "25%", "paid": "yes"}, note="配件")
    seen = []

    def corrected(dialog: EventDialog) -> int:  # the owner fixes the amount and a digit of the margin, then 保存
        seen.append((dialog.windowTitle(), dialog.staff_combo.currentData(), dialog.date_edit.date().toPython(),
                     dialog.type_combo.currentText(), dialog.amount_edit.text(), dialog.attrs_edit.toPlainText(),
                     dialog.note_edit.text()))
        dialog.amount_edit.setText("735.00")
        dialog.attrs_edit.setPlainText(dialog.attrs_edit.toPlainText().replace("25%", "28%"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EventDialog, "exec", corrected)
    page = open_page(qtbot, shop)
    page.tabs.setCurrentIndex(1)
    return page, sale, seen


def _stored(page):
    [event] = page.shop.events.between(d(1), d(31))
    return event


@pytest.mark.parametrize("how", ["double-click", "enter", "button"])
def test_an_event_is_opened_as_recorded_and_saved_corrected(qtbot, opened, how):
    page, sale, seen = opened
    index = page.event_model.index(0, 2)
    page.event_table.setCurrentIndex(index)
    if how == "double-click":
        page.event_table.doubleClicked.emit(index)
    elif how == "enter":
        qtbot.keyClick(page.event_table, Qt.Key.Key_Return)
    else:
        page.edit_event_button.click()
    assert seen == [("修改事件", page.shop.ids["李娜"], date(2026, 10, 5), "备件销售", "73.50",
                     "毛利率=25%\n全款=yes", "配件")]
    event = _stored(page)
    assert (event.id, event.amount_fen, event.attrs, event.note) == (
        sale.id, 73_500, {"margin": "28%", "paid": "yes"}, "配件")
    assert page.event_model.cell_text(event, 3) == "¥735.00"


def test_a_correction_cancelled_changes_nothing(qtbot, opened, monkeypatch):
    page, sale, _seen = opened
    monkeypatch.setattr(EventDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    page.event_table.setCurrentIndex(page.event_model.index(0, 0))
    page.edit_event_button.click()
    assert _stored(page) == sale


def test_with_no_event_chosen_it_says_to_choose_one(qtbot, opened, messages):
    page, _sale, seen = opened
    page.event_table.clearSelection()
    page.event_table.setCurrentIndex(page.event_model.index(-1, -1))
    page.edit_event_button.click()
    assert seen == [] and messages.of("info") == ["请先选中要修改的事件"]
