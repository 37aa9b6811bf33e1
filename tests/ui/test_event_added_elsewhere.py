"""An event added from the 事件 tab is selected in the list; one dated in another month (the date box takes any
day up to today) is said where it went — it dropped out of sight without a word, as if not saved."""

from data_page_support import d, open_page, with_team

from app.periods import Month
from ui.dialogs.event_dialog import EventDialog


def _added_on(monkeypatch, shop, day, person: str) -> None:
    def typed(dialog: EventDialog) -> int:  # the owner picks the day and the person, then 保存
        dialog.date_edit.setDate(day)
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(shop.ids[person]))
        dialog.amount_edit.setText("73.50")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EventDialog, "exec", typed)


def test_an_event_added_on_a_day_of_another_month_is_said_where_it_went(qtbot, shop, monkeypatch):
    with_team(shop)
    page = open_page(qtbot, shop)
    page.tabs.setCurrentIndex(1)
    _added_on(monkeypatch, shop, d(28, 9), "李娜")
    page.add_event_button.click()
    assert page.event_model.rowCount() == 0 and len(shop.events.between(d(1, 9), d(30, 9))) == 1
    assert page.event_status.isVisibleTo(page) and page.event_status.text() == (
        "李娜的「表扬」记在 2026年9月28日，不在 2026年10月的列表里：选择 2026年9月 可以看到它。")
    page.picker.setMonth(Month(2026, 9))
    assert page.event_model.rowCount() == 1 and page.event_status.isHidden()


def test_an_event_added_in_the_month_shown_is_selected(qtbot, shop, monkeypatch):
    with_team(shop)
    shop.events.add(d(3), shop.ids["张伟"], "表扬")
    shop.events.add(d(9), shop.ids["张伟"], "表扬")
    page = open_page(qtbot, shop)
    page.tabs.setCurrentIndex(1)
    _added_on(monkeypatch, shop, d(5), "李娜")
    page.add_event_button.click()
    rows = [i.row() for i in page.event_table.selectionModel().selectedRows()]
    assert rows == [1] and page.event_model.event_at(1).amount_fen == 7_350
    assert page.event_status.isHidden()
