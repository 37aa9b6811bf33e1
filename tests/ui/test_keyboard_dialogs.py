"""Enter in a dialog presses its default button, and that is the safe one: a dialog to read or to act from closes on
Enter (its first button, 撤销这次导入… or 选择图片…, was the default: Enter in the import history's list asked to undo
the import); a question's default is 取消, so Enter pressed in passing changes nothing."""

from __future__ import annotations

import pytest
import test_keyboard
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from ui import errors

# each test's shop is a copy of the demo shop (fixtures)
demo_db, today, db_path, shown = test_keyboard.demo_db, test_keyboard.today, test_keyboard.db_path, test_keyboard.shown
DIALOGS = test_keyboard.DIALOGS
CLOSE_FIRST = ["import_history", "plans", "certificate_images", "about", "person_detail", "receipt"]


def default_button(dialog) -> QAbstractButton:
    [button] = [b for b in dialog.findChildren(QAbstractButton) if getattr(b, "isDefault", lambda: False)()]
    return button


@pytest.mark.parametrize("dialog_name", CLOSE_FIRST)
def test_a_dialog_to_read_or_act_from_closes_on_enter(qtbot, shop, dialog_name):
    dialog = shown(qtbot, DIALOGS[dialog_name](shop))
    assert default_button(dialog).text() == "关闭"


def test_enter_in_the_import_history_closes_it_without_asking_to_undo(qtbot, shop, messages):
    from import_wizard_support import daily

    from app.importing import ImportOptions, ImportService

    service = ImportService(shop.store, shop.ctx, shop.metrics)
    name = shop.staff.list()[0].name
    service.commit(service.preview([daily(shop.store.path.parent, [["2026-10-01", name, "1000", "10"]])],
                                   ImportOptions()))
    dialog = shown(qtbot, DIALOGS["import_history"](shop))
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert messages.shown == [] and not dialog.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape], ids=["Enter", "Esc"])
def test_a_questions_enter_and_esc_answer_no(qtbot, monkeypatch, key):
    monkeypatch.setattr(errors, "handler", None)  # the real box, answered from the keyboard below
    seen = []

    def press():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        QTest.keyClick(box, key)

    QTimer.singleShot(0, press)
    assert errors.confirm(None, "删除选中的 1 条事件？", "删除事件", yes_text="删除") is False
    assert seen == ["取消"]
