"""A refused event is said under the form as the other dialogs say a refusal: the dialog grows by the message,
so the 属性 box does not slide over 备注 (on a small screen moving up rather than putting its buttons below the
screen's edge), and a write the owner PIN refuses offers to unlock."""

from datetime import date

import laptop_support as laptop

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.event_dialog import EventDialog

small_screen = laptop.small_screen  # the fixture


def _shown_dialog(qtbot, shop) -> EventDialog:
    """新增事件 for October, shown, with one person to choose."""
    shop.staff.add(StaffDraft(name="黄俊", hired=date(2025, 1, 1)))
    dialog = EventDialog(shop, Month(2026, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_long_refusal_makes_room_instead_of_laying_the_fields_over_each_other(qtbot, shop):
    dialog = _shown_dialog(qtbot, shop)
    dialog.type_combo.setCurrentText("备件销售")  # its hint takes two lines
    qtbot.wait(50)
    assert dialog.height() >= dialog.heightForWidth(dialog.width())
    dialog.attrs_edit.setPlainText("margin=0.35\n" + "很长的属性名称" * 6)
    dialog.accept()
    qtbot.wait(50)  # the layout is done on the next pass of the event loop
    assert dialog.isVisible() and dialog.error_label.isVisible() and dialog.saved is None
    assert dialog.error_label.height() >= dialog.error_label.heightForWidth(dialog.error_label.width())
    assert dialog.attrs_edit.geometry().bottom() < dialog.note_edit.geometry().top()


def test_a_one_line_refusal_adds_one_line_not_gaps_between_the_fields(qtbot, shop):
    dialog = _shown_dialog(qtbot, shop)
    before = dialog.height()
    dialog.attrs_edit.setPlainText("margin")
    dialog.accept()
    qtbot.wait(50)
    assert dialog.height() == before + dialog.layout().spacing() + dialog.error_label.height()


def test_on_a_small_laptop_a_refusal_keeps_the_dialog_and_its_buttons_on_the_screen(qtbot, shop, small_screen):
    dialog = _shown_dialog(qtbot, shop)
    dialog.move(200, (laptop.LAPTOP_AT_150.height() - dialog.frameGeometry().height()) // 2)  # opened over the window
    dialog.attrs_edit.setPlainText("margin=0.35\n" + "很长的属性名称" * 6)
    dialog.accept()
    qtbot.wait(50)
    assert dialog.error_label.isVisible() and dialog.height() > 400  # it grew by the refusal
    assert laptop.LAPTOP_AT_150.contains(dialog.frameGeometry())


def test_on_a_small_laptop_a_long_refusal_under_a_long_hint_leaves_the_fields_apart(qtbot, shop, small_screen):
    dialog = _shown_dialog(qtbot, shop)
    dialog.type_combo.setCurrentText("备件销售")  # its hint takes two lines
    dialog.attrs_edit.setPlainText("margin=0.35\n" + "很长的属性名称" * 6)  # the refusal takes three
    dialog.accept()
    qtbot.wait(50)
    assert dialog.frameGeometry().height() <= laptop.LAPTOP_AT_150.height()  # as tall as the screen lets it
    assert dialog.attrs_edit.geometry().bottom() < dialog.note_edit.geometry().top()
    assert dialog.note_edit.geometry().bottom() < dialog.error_label.geometry().top()
