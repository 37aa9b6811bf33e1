"""A choice box that may be narrower than its longest item: where its row is short of room (English at 150 %
scaling on a 1366×768 laptop) its text ends in "…" instead of pushing the row's last buttons off the screen.
The list it opens shows every item whole; with room it is as wide as a QComboBox."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidingComboBox(QComboBox):
    def __init__(self, least_chars: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self.least_chars = least_chars  # its narrowest shows this many average Latin letters

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance("x" * self.least_chars), hint.height())
        least = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(min(hint.width(), least.width()), hint.height())

    def shown_text(self) -> str:
        """The current item's text as painted: cut with "…" to the room inside the box."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
