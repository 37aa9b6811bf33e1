"""A recorded event is corrected from the 事件 tab (double-click, Enter or 修改…) in the dialog that records one,
filled as it was recorded; before, a mistyped amount meant deleting the event and typing it all again."""

from datetime import date

import pytest
from data_page_support import d, open_page, with_team
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services.events import parse_attrs
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


def test_attributes_holding_an_equals_sign_are_saved_back_as_recorded(qtbot, shop, monkeypatch):
    # typed with a colon, as the guide says a value holding 名称= is written: opened to fix the amount, they
    # were written back with = and read as two attributes, or refused
    with_team(shop)
    attrs = parse_attrs(["原因：好评率低于95%，客户=老客", "备注：回访 次数=2", "margin=38%", "paid=yes"])
    sale = shop.events.add(d(5), shop.ids["李娜"], "备件销售", amount_fen=7_350, attrs=attrs)
    shown = []

    def corrected(dialog: EventDialog) -> int:
        shown.append(dialog.attrs_edit.toPlainText())
        dialog.amount_edit.setText("735.00")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EventDialog, "exec", corrected)
    page = open_page(qtbot, shop)
    page.tabs.setCurrentIndex(1)
    page.event_table.setCurrentIndex(page.event_model.index(0, 0))
    page.edit_event_button.click()
    assert "毛利率=38%" in shown[0] and "全款=yes" in shown[0]
    event = _stored(page)
    assert (event.id, event.amount_fen, event.attrs) == (sale.id, 73_500, attrs)
    assert len(attrs) == 4
