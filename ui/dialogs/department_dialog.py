"""部门管理: add, rename and delete departments (only one nothing uses is deleted: people's history refers to them)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.shop import Shop
from ui.widgets.department_editor import DepartmentEditor


class DepartmentDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("部门管理"))
        self.setMinimumSize(420, 360)
        self.changed = False
        self.editor = DepartmentEditor(shop)
        self.editor.changed.connect(self._mark_changed)
        hint = QLabel(self.tr("输入名称后点「新增部门」；选中一个部门、改好名称后点「改名」；"
                              "没人用过的部门可以选中后点「删除」。"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def _mark_changed(self) -> None:
        self.changed = True

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop) -> bool:
        """Show the dialog; True when a department was added, renamed or deleted."""
        dialog = cls(shop, parent)
        dialog.exec()
        return dialog.changed
