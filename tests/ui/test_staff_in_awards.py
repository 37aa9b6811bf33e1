"""参与评奖 in the staff dialog and the staff table: on for a new person, kept as the person has it, asked about
first when it changes a period whose awards are approved."""

from datetime import date

from app.domain import Birthday, StaffDraft
from app.periods import Month
from ui.dialogs.staff_dialog import StaffDialog
from ui.models.staff_model import STATUS_COLUMN, StaffTableModel

SEP = Month(2026, 9)


def test_a_new_person_takes_part_and_the_owner_can_be_left_out(qtbot, shop):
    dialog = StaffDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.awards_check.isChecked()
    dialog.name_edit.setText("王老板")
    dialog.role_combo.setCurrentText("店长")
    dialog.awards_check.setChecked(False)
    dialog.accept()
    assert dialog.saved is not None and not dialog.saved.in_awards
    again = StaffDialog(shop, dialog.saved)
    qtbot.addWidget(again)
    assert not again.awards_check.isChecked()
    again.name_edit.setText("王大老板")
    again.accept()
    assert again.saved.name == "王大老板" and not again.saved.in_awards


def test_switching_it_in_an_approved_month_is_asked_first(qtbot, shop, messages):
    owner = shop.staff.add(StaffDraft(name="王老板", role="店长", hired=date(2024, 1, 1), birthday=Birthday(9, 12)))
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP)
    dialog = StaffDialog(shop, owner)
    qtbot.addWidget(dialog)
    dialog.awards_check.setChecked(False)
    messages.answer = False
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    [question] = messages.of("confirm")
    assert "2026年9月 的评奖已经批准" in question and shop.staff.get(owner.id).in_awards
    messages.answer = True
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and not shop.staff.get(owner.id).in_awards
    assert shop.awards.status(SEP).changed


def test_the_staff_table_says_who_does_not_take_part(qtbot, shop):
    shop.staff.add(StaffDraft(name="王老板", role="店长", in_awards=False))
    shop.staff.add(StaffDraft(name="小美"))
    model = StaffTableModel(shop.today)
    model.set_people(shop.staff.list())
    assert [model.index(r, STATUS_COLUMN).data() for r in range(2)] == ["在职，不参与评奖", "在职"]
