"""新增员工 with a name someone has already: said under the name while it is typed, so the same person is not added
twice by mistake and two namesakes are given sub-accounts (imported reports tell them apart by those)."""

from datetime import date

from app.domain import StaffDraft
from ui.dialogs.staff_dialog import StaffDialog


def _dialog(qtbot, shop, person=None) -> StaffDialog:
    dialog = StaffDialog(shop, person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_name_someone_has_is_said_while_typed(qtbot, shop):
    shop.staff.add(StaffDraft("林小夏", dept="客服部", hired=date(2026, 3, 1)))
    dialog = _dialog(qtbot, shop)
    assert dialog.namesake_note.isHidden()
    dialog.name_edit.setText("林 小夏")  # a space beside Chinese: the same name to imports
    assert dialog.namesake_note.isVisible()
    assert dialog.namesake_note.text().startswith("已有同名员工 林小夏（#1，客服部）。")
    dialog.name_edit.setText("林小秋")
    assert dialog.namesake_note.isHidden()


def test_a_person_edited_is_no_namesake_of_their_own(qtbot, shop):
    xia = shop.staff.add(StaffDraft("林小夏", hired=date(2026, 3, 1)))
    dialog = _dialog(qtbot, shop, xia)
    assert dialog.name_edit.text() == "林小夏" and dialog.namesake_note.isHidden()
    shop.staff.add(StaffDraft("林小夏", dept="售后部", hired=date(2026, 3, 1)))
    assert _dialog(qtbot, shop, xia).namesake_note.text().startswith("已有同名员工 林小夏（#2，售后部）")
