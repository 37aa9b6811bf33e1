"""部门管理's 删除: a department nothing uses goes after a question; one in use stays, the refusal saying why at
the editor, with no question asked first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain import StaffDraft
from tests.ui.test_department_editor_enter import shown_dialog
from ui.dialogs.department_dialog import DepartmentDialog


def _shown(qtbot, shop) -> DepartmentDialog:
    """客服部 with 小美 in it, 美工部 with nobody."""
    shop.staff.add(StaffDraft("小美", dept="客服部", hired=date(2025, 1, 1)))
    return shown_dialog(qtbot, shop, "美工部")


def test_an_unused_department_is_deleted_after_asking(qtbot, shop, messages):
    dialog = _shown(qtbot, shop)
    assert not dialog.editor.remove_button.isEnabled()  # nothing chosen yet
    dialog.editor.select("美工部")
    dialog.editor.remove_button.click()
    assert messages.of("confirm") == ["删除部门「美工部」？它没有员工，也没有被目标、方案或评奖用过。"]
    assert dialog.editor.names() == ["客服部"] and dialog.changed
    assert dialog.editor.name_edit.text() == "" and dialog.editor.error_label.isHidden()
    assert shop.store.audit.recent(1)[0].summary == "删除部门 美工部"


def test_no_to_the_question_keeps_it(qtbot, shop, messages):
    dialog = _shown(qtbot, shop)
    messages.answer = False
    dialog.editor.select("美工部")
    dialog.editor.list.setFocus()
    qtbot.keyClick(dialog.editor.list, Qt.Key.Key_Delete)  # Delete in the list asks as 删除 does
    assert len(messages.of("confirm")) == 1
    assert dialog.editor.names() == ["客服部", "美工部"] and not dialog.changed


def test_a_department_in_use_is_refused_naming_its_people_without_a_question(qtbot, shop, messages):
    dialog = _shown(qtbot, shop)
    dialog.editor.select("客服部")
    dialog.editor.remove_button.click()
    assert messages.of("confirm") == []
    assert dialog.editor.error_label.isVisible()
    assert dialog.editor.error_label.text().startswith("部门「客服部」已有员工 小美（#1）")
    assert dialog.editor.names() == ["客服部", "美工部"] and not dialog.changed


def test_one_deleted_in_another_window_is_said_by_name_without_a_question(qtbot, shop, messages):
    """Two windows list 美工部; the first deletes it: the second asks nothing about it, says it is gone by name
    (not by a number it never shows) and lists it no more."""
    first = _shown(qtbot, shop)
    second = DepartmentDialog(shop)
    qtbot.addWidget(second)
    first.editor.select("美工部")
    first.editor.remove_button.click()
    second.editor.select("美工部")
    second.editor.remove_button.click()
    assert len(messages.of("confirm")) == 1  # the first window's question only
    assert second.editor.error_label.text() == "部门「美工部」已经不在了：可能已在另一个窗口里删除"
    assert second.editor.names() == ["客服部"] and not second.changed
