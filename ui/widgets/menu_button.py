"""A button whose click does the usual thing and whose arrow beside it offers the others (生成战报海报, 保存PDF…).
Qt opens such an arrow's menu only with a mouse: here ↓ (or Alt+↓) opens it, as a combo box's list, and the
button is a Tab stop like the push buttons beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget


class MenuButton(QToolButton):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # as tall as the push buttons beside it, also where a wrapped line beside them makes the row taller
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.menu() is not None:
            self.showMenu()
        else:
            super().keyPressEvent(event)
