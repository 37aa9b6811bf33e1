"""Each action of the 员工 page says what it did under the list. Before, nothing was said: a person marked as
left vanished from a 200-person list without a word, and a rehire or an edit left no trace on the page."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import StaffDraft
from tests.ui.staff_page_support import staff_page
from ui.dialogs.leave_dialog import LeaveDialog, RehireDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.widgets.optional_date import to_qdate


@pytest.fixture
def page(qtbot, shop):
    shop.staff.add(StaffDraft("周杰", hired=date(2025, 1, 1)))
    return staff_page(qtbot, shop)


def _on(day, dialog_class):
    def ask(parent, shop, person):
        dialog = dialog_class(shop, person, parent)
        dialog.date_edit.setDate(to_qdate(day))
        dialog.accept()
        return dialog.saved
    return ask


def _left_and_shown(page, shop):
    shop.staff.leave(1, date(2026, 10, 5))
    page.show_left.setChecked(True)
    page.select(1)


def test_a_person_who_left_and_vanished_is_said_and_where_to_find_them(page, monkeypatch):
    page.select(1)
    monkeypatch.setattr(LeaveDialog, "ask", _on(date(2026, 10, 15), LeaveDialog))
    page.leave_person()
    assert page.visible_names() == []
    assert page.status.text() == "已记录 周杰（#1） 2026年10月15日离职，名单中不再显示；勾选「显示已离职」可以看到"


def test_a_leaving_date_corrected_and_a_rehire_are_said(page, shop, monkeypatch):
    _left_and_shown(page, shop)
    monkeypatch.setattr(LeaveDialog, "ask", _on(date(2026, 10, 8), LeaveDialog))
    page.leave_person()
    assert page.status.text() == "已把 周杰（#1） 的离职日期改为 2026年10月8日"
    monkeypatch.setattr(RehireDialog, "ask", _on(date(2026, 10, 19), RehireDialog))
    page.rehire_person()
    assert page.status.text() == "周杰（#1） 已重新入职，2026年10月19日起在职"
    assert page.selected_person().id == 1


def test_a_rehire_the_day_after_leaving_says_the_leaving_is_undone(page, shop, monkeypatch):
    _left_and_shown(page, shop)
    monkeypatch.setattr(RehireDialog, "ask", _on(date(2026, 10, 6), RehireDialog))
    page.rehire_person()
    assert page.status.text() == "已撤销 周杰（#1） 的离职，视为一直在职"


def test_an_added_and_an_edited_person_are_said(page, monkeypatch):
    def add(parent, shop, person=None):
        return shop.staff.add(StaffDraft("王芳")) if person is None else shop.staff.edit(
            person.id, StaffDraft(person.name, role="组长"))

    monkeypatch.setattr(StaffDialog, "ask", add)
    page.add_person()
    assert page.status.text() == "已新增 王芳（#2）"
    page.edit_person()
    assert page.status.text() == "已保存 王芳（#2）"
