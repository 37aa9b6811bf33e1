"""A line in a page's notices while the page's background read waits for another program holding the shop file
(a scheduled import writing out its changes on a share in rollback-journal mode): what it waits for, with 取消;
after a cancel, what was left as it was. Hidden otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class FileWaitBar(QWidget):
    cancelClicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLabel(wordWrap=True)
        self.text.setStyleSheet("color: #8a5a00;")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancelClicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def waiting(self, text: str) -> None:
        """The read waits: `text` says for what; 取消 ends the wait."""
        self.text.setText(text)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.show()

    def stopping(self) -> None:
        """取消 was clicked: the wait ends at its next step (within a moment)."""
        self.cancel_button.setEnabled(False)

    def said(self, text: str) -> None:
        """What came of the wait (it was cancelled), with no button."""
        self.text.setText(text)
        self.cancel_button.hide()
        self.show()
