"""员工离职, 重新入职 and 修改员工 with a date that changes who counts in a month whose awards are approved are
asked about first, in the words the 数据 grid uses; no leaves the person as they were and the dialog open."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain import StaffDraft
from app.periods import Month
from ui import errors
from ui.dialogs.leave_dialog import LeaveDialog, RehireDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.widgets.department_editor import DepartmentEditor

SEP = Month(2026, 9)
SCREENS = Path(__file__).resolve().parents[2] / "tests" / "artifacts" / "screens"


@pytest.fixture
def approved_shop(shop):
    """小刚 on the 淘宝客服 preset since 2024, September approved."""
    shop.staff_id = shop.staff.add(StaffDraft(name="小刚", dept="客服部", hired=date(2024, 1, 1))).id
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP)
    return shop


def _accept_asked(dialog, messages, answer: bool) -> bool:
    messages.answer = answer
    dialog.accept()
    return dialog.result() == dialog.DialogCode.Accepted


def test_a_leave_date_in_an_approved_month_is_asked_first(qtbot, approved_shop, messages):
    dialog = LeaveDialog(approved_shop, approved_shop.staff.get(approved_shop.staff_id))
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 9, 15))
    assert not _accept_asked(dialog, messages, False)
    [question] = messages.of("confirm")
    assert "2026年9月 的评奖已经批准" in question and messages.of("error") == []
    assert approved_shop.staff.get(approved_shop.staff_id).left is None
    assert _accept_asked(dialog, messages, True)
    assert approved_shop.staff.get(approved_shop.staff_id).left == date(2026, 9, 15)


def test_a_leave_date_after_the_approved_month_asks_nothing(qtbot, approved_shop, messages):
    dialog = LeaveDialog(approved_shop, approved_shop.staff.get(approved_shop.staff_id))
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 10, 15))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and messages.of("confirm") == []


def test_a_rehire_into_an_approved_month_is_asked_first(qtbot, approved_shop, messages):
    approved_shop.staff.leave(approved_shop.staff_id, date(2026, 8, 20), confirm_approved=True)
    dialog = RehireDialog(approved_shop, approved_shop.staff.get(approved_shop.staff_id))
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 9, 10))
    assert not _accept_asked(dialog, messages, False)
    assert len(messages.of("confirm")) == 1 and approved_shop.staff.get(approved_shop.staff_id).hired.year == 2024


def test_a_hire_date_moved_into_an_approved_month_is_asked_first(qtbot, approved_shop, messages):
    dialog = StaffDialog(approved_shop, approved_shop.staff.get(approved_shop.staff_id))
    qtbot.addWidget(dialog)
    dialog.hired_edit.set_date(date(2026, 9, 10))
    assert not _accept_asked(dialog, messages, False)
    assert len(messages.of("confirm")) == 1 and dialog.error_label.isHidden()
    assert approved_shop.staff.get(approved_shop.staff_id).hired == date(2024, 1, 1)
    assert _accept_asked(dialog, messages, True)
    assert approved_shop.staff.get(approved_shop.staff_id).hired == date(2026, 9, 10)


def test_someone_added_with_a_hire_date_in_an_approved_month_is_asked_first(qtbot, approved_shop, messages):
    dialog = StaffDialog(approved_shop)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("小美")
    dialog.hired_edit.set_date(date(2026, 9, 10))
    assert not _accept_asked(dialog, messages, False)
    assert len(messages.of("confirm")) == 1 and "小美" not in [p.name for p in approved_shop.staff.list()]
    assert _accept_asked(dialog, messages, True)
    assert dialog.saved.name == "小美" and dialog.saved.hired == date(2026, 9, 10)


def test_someone_added_without_a_hire_date_is_asked_first(qtbot, approved_shop, messages):
    """Without a hire date 小美 is on the team in approved September: she was added without a word."""
    dialog = StaffDialog(approved_shop)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("小美")
    dialog.dept_combo.setCurrentText("客服部")
    assert dialog.hired_edit.date() is None
    assert not _accept_asked(dialog, messages, False)
    [question] = messages.of("confirm")
    assert "2026年9月 的评奖已经批准" in question and dialog.error_label.isHidden()
    assert "小美" not in [p.name for p in approved_shop.staff.list()]
    assert _accept_asked(dialog, messages, True)
    assert dialog.saved.name == "小美" and approved_shop.awards.status(SEP).changed


def test_a_new_name_of_someone_in_an_approved_month_is_asked_first(qtbot, approved_shop, messages):
    dialog = StaffDialog(approved_shop, approved_shop.staff.get(approved_shop.staff_id))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("小刚二")
    assert not _accept_asked(dialog, messages, False)
    assert len(messages.of("confirm")) == 1 and approved_shop.staff.get(approved_shop.staff_id).name == "小刚"
    assert _accept_asked(dialog, messages, True)
    assert approved_shop.staff.get(approved_shop.staff_id).name == "小刚二"


def test_renaming_a_department_of_an_approved_month_keeps_it_without_asking(qtbot, approved_shop, messages):
    """The department keeps its rules and the approved month its result: nothing to ask."""
    editor = DepartmentEditor(approved_shop)
    qtbot.addWidget(editor)
    editor.select("客服部")
    editor.name_edit.setText("售前客服部")
    editor.rename()
    assert messages.of("confirm") == [] and editor.error_label.isHidden()
    assert [d.name for d in approved_shop.staff.departments()] == ["售前客服部"]
    assert not approved_shop.awards.status(SEP).changed


def _rule_for(shop, dept):
    """The preset's first rule only for departments named `dept`, in force from September."""
    first = shop.awards.plans.stored()[0]
    data = shop.awards.plans.editable(first.id)
    data["rules"][0]["eligible"] = {"departments": [dept]}
    shop.awards.plans.use_stored(shop.awards.plans.save_edited(data).stored.id, None, "2026-09")
    shop.awards.approve(SEP, confirm=True)
    return data["rules"][0]["name"]


def test_a_rename_says_the_rules_written_for_the_old_name_stay(qtbot, approved_shop, messages):
    award = _rule_for(approved_shop, "客服部")
    editor = DepartmentEditor(approved_shop)
    qtbot.addWidget(editor)
    editor.select("客服部")
    editor.name_edit.setText("客服一部")
    editor.rename()
    [said] = messages.of("info")
    assert said.startswith(f"方案里写明适用于「客服部」的奖项（「淘宝客服激励方案」的「{award}」）仍适用于这个部门")
    assert messages.of("confirm") == [] and not approved_shop.awards.status(SEP).changed


def test_the_rename_question_shows_whole(qtbot, approved_shop, messages, monkeypatch):
    """The question a rename asks, as the owner sees it (tests/artifacts/screens/department-rename-question.png):
    the approved month has a rule written for 售前客服部, which the rename gives to this department."""
    award = _rule_for(approved_shop, "售前客服部")
    editor = DepartmentEditor(approved_shop)
    qtbot.addWidget(editor)
    editor.select("客服部")
    editor.name_edit.setText("售前客服部")
    monkeypatch.setattr(errors, "handler", None)  # the real box, closed below
    seen = []

    def look_and_cancel():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        SCREENS.mkdir(parents=True, exist_ok=True)
        assert box.grab().save(str(SCREENS / "department-rename-question.png"))
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "取消").click()

    QTimer.singleShot(0, look_and_cancel)
    editor.rename()
    [(title, text, buttons)] = seen
    assert title == "修改已批准的期间" and sorted(buttons) == sorted(["仍然修改", "取消"])
    assert f"方案里写明适用于「售前客服部」的奖项（「淘宝客服激励方案」的「{award}」）改名后适用于这个部门" in text
    assert text.endswith("确定要修改吗？")
    assert [d.name for d in approved_shop.staff.departments()] == ["客服部"]


def test_a_new_department_taking_a_former_name_is_asked_first(qtbot, approved_shop, messages):
    """客服部 renamed 客服一部 keeps its rule written for 客服部; a new 客服部 would take it from the approved month."""
    award = _rule_for(approved_shop, "客服部")
    editor = DepartmentEditor(approved_shop)
    qtbot.addWidget(editor)
    editor.select("客服部")
    editor.name_edit.setText("客服一部")
    editor.rename()
    editor.name_edit.setText("客服部")
    messages.answer = False
    editor.add()
    [question] = messages.of("confirm")
    assert f"（「淘宝客服激励方案」的「{award}」）原本按旧名称适用于「客服一部」，现在改为适用于新部门「客服部」" in question
    assert [d.name for d in approved_shop.staff.departments()] == ["客服一部"] and editor.name_edit.text() == "客服部"
    messages.answer = True
    editor.add()
    assert [d.name for d in approved_shop.staff.departments()] == ["客服一部", "客服部"]
    assert approved_shop.awards.status(SEP).changed


def test_the_form_says_before_an_edit_that_the_person_counts_in_approved_awards(qtbot, approved_shop, messages):
    """Said up front, the question on saving stays; someone not in an approved period hears nothing."""
    from app.periods import shown_month_day

    person = approved_shop.staff.get(approved_shop.staff_id)
    dialog = StaffDialog(approved_shop, person)
    qtbot.addWidget(dialog)
    dialog.show()
    approved = shown_month_day(date.fromisoformat(approved_shop.store.awards.current_run("2026-09").approved_at[:10]))
    assert dialog.approved_note.isVisible()
    assert dialog.approved_note.text() == (
        f"小刚计入已批准的评奖：2026年9月（{approved}）。改动姓名、部门、岗位、入职日期、生日或「参与评奖」，"
        "这些评奖结果会标记为“批准后数据有变”，需要重新批准。")
    messages.answer = False
    dialog.name_edit.setText("小刚刚")
    dialog.accept()
    assert "2026年9月" in messages.of("confirm")[-1]  # still asked on saving
    assert approved_shop.staff.get(person.id).name == "小刚"
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENS / "staff_dialog_approved_note.png"))
    newcomer = approved_shop.staff.add(StaffDraft(name="小新", dept="客服部", hired=date(2026, 10, 8)))
    other = StaffDialog(approved_shop, newcomer)
    qtbot.addWidget(other)
    other.show()
    assert not other.approved_note.isVisible()
    added = StaffDialog(approved_shop)
    qtbot.addWidget(added)
    assert added.approved_note.text() == ""
