"""离职 with a date before the records the person holds after it: asked before saving, since those stay and still
count (a date picked a month early in the calendar was saved without a word)."""

from datetime import date

from PySide6.QtCore import QDate

from app.domain import StaffDraft
from ui.dialogs.leave_dialog import LeaveDialog


def _leaving(qtbot, shop, day: date) -> LeaveDialog:
    mei = shop.staff.add(StaffDraft("小美", hired=date(2026, 3, 1)))
    shop.store.values.set("sales", date(2026, 10, 15), mei.id, 100_00)
    dialog = LeaveDialog(shop, mei)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    return dialog


def test_no_to_the_question_saves_nothing_and_keeps_the_dialog(qtbot, shop, messages):
    messages.answer = False
    dialog = _leaving(qtbot, shop, date(2026, 10, 1))
    dialog.accept()
    [asked] = messages.of("confirm")
    assert asked.startswith("小美（#1） 在离职日期 2026年10月1日 之后还有 2026年10月15日的数据")
    assert asked.endswith("离职日期确定是 2026年10月1日 吗？")
    assert shop.staff.get(1).left is None and dialog.saved is None


def test_yes_saves_it(qtbot, shop, messages):
    dialog = _leaving(qtbot, shop, date(2026, 10, 1))
    dialog.accept()
    assert shop.staff.get(1).left == date(2026, 10, 1) and len(messages.of("confirm")) == 1


def test_a_leaving_date_after_the_records_asks_nothing(qtbot, shop, messages):
    dialog = _leaving(qtbot, shop, date(2026, 10, 15))
    dialog.accept()
    assert shop.staff.get(1).left == date(2026, 10, 15) and messages.of("confirm") == []


def test_a_day_before_the_hire_date_is_refused_without_the_question(qtbot, shop, messages):
    dialog = _leaving(qtbot, shop, date(2026, 2, 1))
    dialog.accept()
    assert messages.of("confirm") == [] and shop.staff.get(1).left is None
    assert dialog.error_label.text().startswith("离职日期 2026年2月1日 早于入职日期 2026年3月1日")


def test_the_leaving_date_saved_again_unchanged_asks_nothing(qtbot, shop, messages):
    """更改离职日期 opens on the date kept: 保存 without changing it changes nothing, so nothing is asked again."""
    dialog = _leaving(qtbot, shop, date(2026, 10, 1))
    dialog.accept()  # asked once, and saved
    again = LeaveDialog(shop, shop.staff.get(1))
    qtbot.addWidget(again)
    again.accept()
    assert len(messages.of("confirm")) == 1 and again.saved == shop.staff.get(1)
