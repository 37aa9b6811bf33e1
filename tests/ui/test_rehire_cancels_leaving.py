"""重新入职 dated by the day after leaving cancels the leaving (no time away: the service clears the leave date);
the dialog said nothing of it, and the owner, meaning a new stint, found the leaving gone."""

from __future__ import annotations

from datetime import date

from app.domain import StaffDraft
from ui.dialogs.leave_dialog import RehireDialog
from ui.widgets.optional_date import to_qdate


def _dialog(qtbot, shop):
    person = shop.staff.add(StaffDraft("郑强", hired=date(2025, 9, 1)))
    person = shop.staff.leave(person.id, date(2026, 10, 1))
    dialog = RehireDialog(shop, person)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_says_a_rehire_by_the_day_after_leaving_cancels_the_leaving(qtbot, shop):
    dialog = _dialog(qtbot, shop)
    dialog.date_edit.setDate(to_qdate(date(2026, 9, 20)))
    assert dialog.day_note.isVisible()
    assert dialog.day_note.text() == ("重新入职日期不晚于离职次日（2026年10月2日）：保存后将撤销离职，"
                                          "郑强（#1）视为一直在职，不再记 2026年10月1日 离职。")
    dialog.date_edit.setDate(to_qdate(date(2026, 10, 2)))
    assert dialog.day_note.isVisible()
    dialog.date_edit.setDate(to_qdate(date(2026, 10, 3)))
    assert not dialog.day_note.isVisible()


def test_what_the_note_says_is_what_saving_does(qtbot, shop):
    dialog = _dialog(qtbot, shop)
    dialog.date_edit.setDate(to_qdate(date(2026, 10, 2)))
    assert dialog.day_note.isVisible()
    dialog.accept()
    back = shop.staff.get(dialog.person.id)
    assert (back.hired, back.left, back.earlier) == (date(2025, 9, 1), None, ())


def test_no_note_for_a_day_saving_refuses(qtbot, shop):
    """Before the hire date, or after today (left today, back tomorrow), saving is refused and the leaving stays:
    the note said it would be cancelled."""
    dialog = _dialog(qtbot, shop)
    dialog.date_edit.setDate(to_qdate(date(2025, 8, 31)))
    assert not dialog.day_note.isVisible()
    dialog.accept()
    assert "早于入职日期" in dialog.error_label.text()
    assert shop.staff.get(dialog.person.id).left == date(2026, 10, 1)
    person = shop.staff.add(StaffDraft("吴敏", hired=date(2025, 9, 1)))
    person = shop.staff.leave(person.id, shop.today)
    today = RehireDialog(shop, person)
    qtbot.addWidget(today)
    today.show()
    today.date_edit.setDate(to_qdate(date(2026, 10, 21)))
    assert shop.today == date(2026, 10, 20) and not today.day_note.isVisible()
    today.date_edit.setDate(to_qdate(date(2026, 10, 20)))
    assert today.day_note.isVisible()
