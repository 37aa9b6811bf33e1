"""A notice above a page's table while the shop has nobody on its staff list: what is missing, and a button
that opens the 员工 page (the page passes it on as its `navigate` signal, as the board's empty state does)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

BACKGROUND = "#fff8e1"


def notice_style(name: str) -> str:
    """The house's notice above a page (a line of text and a button) for the frame called `name`: its own dark text
    on its own cream, whatever the palette's text colour (white in a dark palette)."""
    return (f"#{name} {{ background: {BACKGROUND}; border: 1px solid #f0d98c; border-radius: 4px; }}"
            f" #{name} > QLabel {{ color: #3d2e00; }}")


class NoStaffNotice(QFrame):
    addStaff = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noStaffNotice")
        self.setStyleSheet(notice_style("noStaffNotice"))
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("去添加员工"))
        self.button.clicked.connect(self.addStaff)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()
