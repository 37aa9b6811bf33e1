"""The staff dialog shows a saved pay component as the event dialog shows a saved amount, grouped and without the
symbol (3,500.50), not as 3500.50; saved unchanged it stays the same, and what is typed is read as before."""

from datetime import date

import pytest

from app.domain import StaffDraft
from ui.dialogs.staff_dialog import StaffDialog


@pytest.fixture
def person(shop):
    return shop.staff.add(StaffDraft("陈静", dept="客服部", hired=date(2024, 5, 6), base_pay_fen=350_050,
                                     post_pay_fen=1_200_000, allowance_fen=0))


def _dialog(qtbot, shop, person):
    dialog = StaffDialog(shop, shop.staff.get(person.id))
    qtbot.addWidget(dialog)
    return dialog


def test_saved_pay_is_shown_grouped_and_kept_when_saved_unchanged(qtbot, shop, person, messages):
    dialog = _dialog(qtbot, shop, person)
    assert [edit.text() for edit in (dialog.base_pay, dialog.post_pay, dialog.allowance)] == [
        "3,500.50", "12,000.00", "0.00"]
    dialog.accept()
    saved = shop.staff.get(person.id)
    assert (saved.base_pay_fen, saved.post_pay_fen, saved.allowance_fen) == (350_050, 1_200_000, 0)


@pytest.mark.parametrize("typed", ["3600", "3,600.00", "¥3,600", "3.6千"])
def test_what_is_typed_is_read_as_before(qtbot, shop, person, messages, typed):
    dialog = _dialog(qtbot, shop, person)
    dialog.base_pay.setText(typed)
    dialog.accept()
    assert shop.staff.get(person.id).base_pay_fen == 360_000
