"""新增员工 with a name someone has already: said under the name while it is typed, so the same person is not added
twice by mistake and two namesakes are given sub-accounts (imported reports tell them apart by those)."""

from datetime import date

from app.domain import StaffDraft
from ui.dialogs.staff_dialog import StaffDialog
from ui.pages.staff import StaffPage


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


def test_a_namesake_who_has_left_points_to_rehiring_her(qtbot, shop):
    """Someone who left coming back is re-hired (her history, targets and flowers stay one person's), not added."""
    juan = shop.staff.add(StaffDraft("王丽娟", dept="客服部", hired=date(2026, 3, 1)))
    shop.staff.leave(juan.id, date(2026, 5, 10))
    dialog = _dialog(qtbot, shop)
    dialog.name_edit.setText("王丽娟")
    said = dialog.namesake_note.text()
    assert said.startswith("已有同名员工 王丽娟（#1，客服部，2026年5月10日离职）")
    page = StaffPage(shop)
    qtbot.addWidget(page)
    rehire_label = page.rehire_button.text()
    assert f"「{rehire_label}」" in said and "不要新增" in said
    assert "子账号" not in said  # the advice for two different people who share a name is not hers


def test_a_namesake_still_working_is_not_sent_to_rehiring(qtbot, shop):
    shop.staff.add(StaffDraft("王丽娟", dept="客服部", hired=date(2026, 3, 1)))
    dialog = _dialog(qtbot, shop)
    dialog.name_edit.setText("王丽娟")
    assert "重新入职" not in dialog.namesake_note.text() and "离职" not in dialog.namesake_note.text()
