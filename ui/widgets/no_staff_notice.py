"""A notice above a page's table while the shop has nobody on its staff list: what is missing, and a button
that opens the 员工 page (the page passes it on as its `navigate` signal, as the board's empty state does)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.widgets.plain_looks import NoticeFrame


class NoStaffNotice(NoticeFrame):
    addStaff = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noStaffNotice")
        self.label = self.own_text(QLabel(text))
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("去添加员工"))
        self.button.clicked.connect(self.addStaff)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()
