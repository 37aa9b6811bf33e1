"""An inline message under a form: the reason an entry was refused, in red, hidden when there is none."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from app.security import pin_required_message
from ui import errors
from ui.dialogs.common import grow_to_fit


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e; padding: 4px 0;")
        self.hide()

    def show_message(self, text: str) -> None:
        if text == pin_required_message():  # a write refused by the owner PIN: offer to unlock, as dialogs do
            self.clear_message()
            errors.show_error(self.window(), text)
            return
        self.setText(text)
        self.setVisible(bool(text))
        if text:
            self._make_room()

    def _make_room(self) -> None:
        """A dialog sized when it opened grows by the message's height where the screen has room, so that its
        fields do not shrink behind a scroll bar to make room for it. A page's message (设置) leaves the main
        window as the owner sized it."""
        window = self.window()
        if isinstance(window, QDialog):
            grow_to_fit(window)

    def clear_message(self) -> None:
        self.clear()
        self.hide()
