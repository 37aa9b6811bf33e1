"""Enter in 部门管理's name box does what the box holds (the box is filled by choosing a department)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.dialogs.department_dialog import DepartmentDialog


def shown_dialog(qtbot, shop, *departments: str) -> DepartmentDialog:
    for name in departments:
        shop.staff.add_department(name)
    dialog = DepartmentDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shown(qtbot, shop) -> DepartmentDialog:
    return shown_dialog(qtbot, shop, "客服部", "售后部")


def _enter(qtbot, dialog: DepartmentDialog) -> None:
    dialog.editor.name_edit.setFocus()
    qtbot.keyClick(dialog.editor.name_edit, Qt.Key.Key_Return)


def test_enter_on_a_chosen_departments_unchanged_name_does_nothing_and_says_nothing(qtbot, shop):
    """Choosing 客服部 filled the box and 新增部门 was the default: Enter said 部门「客服部」已存在."""
    dialog = _shown(qtbot, shop)
    dialog.editor.select("客服部")
    _enter(qtbot, dialog)
    assert dialog.editor.error_label.isHidden(), dialog.editor.error_label.text()
    assert dialog.editor.names() == ["客服部", "售后部"] and dialog.isVisible() and not dialog.changed
    assert dialog.editor.rename_button.isDefault() and not dialog.editor.rename_button.isEnabled()


def test_enter_on_a_chosen_departments_edited_name_renames_it(qtbot, shop):
    dialog = _shown(qtbot, shop)
    dialog.editor.select("客服部")
    dialog.editor.name_edit.end(False)
    dialog.editor.name_edit.insert("一")  # typed (keyClicks types only ASCII)
    assert dialog.editor.rename_button.isDefault() and dialog.editor.rename_button.isEnabled()
    _enter(qtbot, dialog)
    assert dialog.editor.error_label.isHidden(), dialog.editor.error_label.text()
    assert dialog.editor.names() == ["客服部一", "售后部"] and dialog.changed


def test_enter_on_a_new_name_adds_it_once_and_the_next_one_too(qtbot, shop):
    """The box's own Enter and the dialog's default button both added: the second said the name was taken."""
    dialog = _shown(qtbot, shop)
    for name in ("财务部", "仓库"):
        dialog.editor.name_edit.insert(name)
        assert dialog.editor.add_button.isDefault()
        _enter(qtbot, dialog)
        assert dialog.editor.error_label.isHidden(), dialog.editor.error_label.text()
        assert dialog.editor.name_edit.text() == ""
    assert sorted(dialog.editor.names()) == sorted(["客服部", "售后部", "财务部", "仓库"])


def test_a_space_beside_the_chosen_departments_chinese_is_no_new_name(qtbot, shop):
    """「客服 部」 is 客服部: 改名 stays grey, as for the name unchanged, and Enter logs no rename."""
    dialog = _shown(qtbot, shop)
    dialog.editor.select("客服部")
    dialog.editor.name_edit.setText("客服 部")
    logged = shop.store.audit.count()
    assert not dialog.editor.rename_button.isEnabled()
    _enter(qtbot, dialog)
    assert shop.store.audit.count() == logged and dialog.editor.names() == ["客服部", "售后部"]
