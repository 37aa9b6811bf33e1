"""The line under a grid that says what the last action did: hidden while it says nothing, so that on a small
screen (a 1366×768 laptop at 150 %) the empty line does not take a row of the grid's height."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget


class StatusLine(QLabel):
    changed = Signal(str)  # what it says now ("" once cleared): what stood beside the last words can go

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # it names people, departments and files as typed: 小美<b>
        # a path's folder with nowhere to wrap (no space, no Chinese) is cut at the right rather than widening the
        # page, and the window with it, past a laptop's screen
        self.setMinimumWidth(1)
        self.hide()

    def setText(self, text: str) -> None:  # Qt's name
        super().setText(text)
        self.setVisible(bool(text))
        self.changed.emit(text)

    def clear(self) -> None:
        super().clear()
        self.hide()
        self.changed.emit("")
