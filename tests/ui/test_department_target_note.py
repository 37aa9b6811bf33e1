"""按部门统一设置 gives everyone the same target; with 折算目标 off (the default) someone hired on the 20th is held to
all of it. That is the owner's choice, and the dialog says so — and names who it is."""

from datetime import date

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.bulk_target_dialog import DepartmentTargetDialog

OCT = Month(2026, 10)


def _shop(shop):
    for name, dept, hired in (("张伟", "客服部", date(2024, 3, 1)), ("新人", "客服部", date(2026, 10, 20)),
                              ("王芳", "售后部", date(2023, 1, 9))):
        shop.staff.add(StaffDraft(name=name, dept=dept, hired=hired))
    return shop


def test_the_dialog_names_a_mid_month_hire_whose_target_is_not_scaled(qtbot, shop):
    dialog = DepartmentTargetDialog(_shop(shop), OCT)
    qtbot.addWidget(dialog)
    dialog.dept_combo.setCurrentText("客服部")
    assert not dialog.part_month.isHidden()
    assert dialog.part_month.text() == ("1 人本月中途入职或离职（新人）：目标不按在职天数折算，照填写的值考核"
                                        "（可在「设置 → 看板与小红花」中开启折算）")
    dialog.dept_combo.setCurrentText("售后部")
    assert dialog.part_month.isHidden()


def test_with_scaling_on_it_says_the_target_is_scaled(qtbot, shop):
    _shop(shop).settings.set(declared.PRORATE_TARGETS, True)
    dialog = DepartmentTargetDialog(shop, OCT)
    qtbot.addWidget(dialog)
    dialog.dept_combo.setCurrentText("客服部")
    assert dialog.part_month.text() == "1 人本月中途入职或离职（新人）：目标会按在职天数折算"


def test_a_refusal_leaves_the_note_whole(qtbot, shop):
    """A refused value adds a red line under the fields: the dialog grows by it, so the two-line note about the
    mid-month hire keeps both lines instead of being squeezed to one and a half."""
    dialog = DepartmentTargetDialog(_shop(shop), OCT)
    qtbot.addWidget(dialog)
    dialog.dept_combo.setCurrentText("客服部")
    dialog.show()
    dialog.adjustSize()
    qtbot.waitExposed(dialog)
    dialog.value_edit.setText("十万")
    dialog.accept()
    assert dialog.error_label.text() == "销售额：「十万」不是有效的金额（例如 12500、12,500.50 或 ¥12,500）"
    dialog.layout().activate()
    note = dialog.part_month
    assert note.height() >= note.heightForWidth(note.width())


def test_a_rate_target_is_not_said_to_be_scaled(qtbot, shop):
    """A rate (满意率 95%) is the same over half a month: only a summed metric's target is scaled to the days."""
    _shop(shop).settings.set(declared.PRORATE_TARGETS, True)
    dialog = DepartmentTargetDialog(shop, OCT)
    qtbot.addWidget(dialog)
    dialog.dept_combo.setCurrentText("客服部")
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("satisfaction_rate"))
    assert dialog.part_month.isHidden()
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("orders"))
    assert dialog.part_month.text() == "1 人本月中途入职或离职（新人）：目标会按在职天数折算"
