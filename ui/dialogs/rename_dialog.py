"""改名: a name typed again (a custom metric's, an event type's); each subclass says what it renames and writes it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import HonghuaError
from app.shop import Shop
from ui.dialogs.common import ok_cancel
from ui.widgets.error_label import ErrorLabel


def lay_out(dialog: QDialog, form: QFormLayout, hint: str, ok_text: str) -> tuple[ErrorLabel, QDialogButtonBox]:
    """The form, a note under it, the line a refusal is said in, and the buttons."""
    note = QLabel(hint)
    note.setWordWrap(True)
    error_label = ErrorLabel()
    buttons = ok_cancel(dialog, ok_text)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(note)
    layout.addWidget(error_label)
    layout.addWidget(buttons)
    return error_label, buttons


class RenameDialog(QDialog):
    """The new name in one box, what the rename leaves unchanged under it; refused, the reason beside it."""

    def __init__(self, shop: Shop, current: str, title: str, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.saved: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        self.name_edit = QLineEdit(current)
        self.name_edit.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("新名称"), self.name_edit)
        self.error_label, self.buttons = lay_out(self, form, note, self.tr("改名"))

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, renamed: Any) -> Any:
        """Ask for `renamed`'s new name (a subclass is made with the shop, the thing it renames and the parent): what
        `rename` saved, or None when cancelled."""
        dialog = cls(shop, renamed, parent)  # type: ignore[call-arg]
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def rename(self, name: str) -> Any:
        """Write the rename (a `UserError` when refused); what it returns is `saved`."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self.rename(self.name_edit.text())
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        super().accept()
