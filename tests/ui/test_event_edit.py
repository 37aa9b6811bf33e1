"""A recorded event is corrected from the 事件 tab (double-click, Enter or 修改…) in the dialog that records one,
filled as it was recorded; before, a mistyped amount meant deleting the event and typing it all again."""

from datetime import date
from pathlib import Path

import pytest
from data_page_support import d, open_page, with_team
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.periods import Month
from app.services.events import parse_attrs
from ui.dialogs.event_dialog import EventDialog

SCREENS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


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


def _moved_to(monkeypatch, day: date) -> None:
    def corrected(dialog: EventDialog) -> int:  # the owner corrects the date, then 保存
        dialog.date_edit.setDate(day)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EventDialog, "exec", corrected)


def test_the_corrected_event_is_selected_again_where_its_new_date_puts_it(qtbot, shop, monkeypatch):
    """After 修改… the list was reloaded with nothing selected: the row just corrected had to be found again."""
    with_team(shop)
    shop.events.add(d(3), shop.ids["张伟"], "备件销售", amount_fen=1_000)
    sale = shop.events.add(d(5), shop.ids["李娜"], "备件销售", amount_fen=7_350)
    page = open_page(qtbot, shop)
    page.tabs.setCurrentIndex(1)
    page.event_table.selectRow(1)
    _moved_to(monkeypatch, d(1))
    page.edit_event_button.click()
    rows = [i.row() for i in page.event_table.selectionModel().selectedRows()]
    assert rows == [0] and page.event_model.event_at(0).id == sale.id
    assert page.event_status.isHidden()


def test_an_event_moved_to_another_month_is_said_where_it_went(qtbot, shop, monkeypatch):
    """It dropped out of October's list without a word, as if deleted."""
    with_team(shop)
    shop.events.add(d(5), shop.ids["李娜"], "备件销售", amount_fen=7_350)
    page = open_page(qtbot, shop)
    page.tabs.setCurrentIndex(1)
    page.event_table.selectRow(0)
    _moved_to(monkeypatch, d(28, 9))
    page.edit_event_button.click()
    assert page.event_model.rowCount() == 0
    assert page.event_status.isVisibleTo(page) and page.event_status.text() == (
        "李娜的「备件销售」改到了 2026年9月28日，不在 2026年10月的列表里：选择 2026年9月 可以看到它。")
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENS / "data_event_moved_month.png"))
    page.picker.setMonth(Month(2026, 9))  # where it went: listed there, and the note said its piece
    assert page.event_model.rowCount() == 1 and page.event_status.isHidden()
