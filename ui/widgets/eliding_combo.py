"""A choice box that may be narrower than its longest item: where its row is short of room (English at 150 %
scaling on a 1366×768 laptop) its text ends in "…" instead of pushing the row's last buttons off the screen.
The list it opens shows every item whole; with room it is as wide as a QComboBox.

With that room it is measured and painted as a QComboBox is, without a word to the style from Python: reading the
style's names (QStyle) has PySide6 build its 566 enum members, some 5 % of the start, and the board shows two of
these boxes at its first paint."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyleOptionComboBox, QStylePainter, QWidget


class ElidingComboBox(QComboBox):
    def __init__(self, least_chars: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self.least_chars = least_chars  # its narrowest shows this many average Latin letters

    def minimumSizeHint(self) -> QSize:
        """As narrow as `least_chars` letters in the box's frame and arrow."""
        hint = super().minimumSizeHint()
        least = self._frame_width(hint) + self.fontMetrics().horizontalAdvance("x" * self.least_chars)
        return QSize(min(hint.width(), least), hint.height())

    def _frame_width(self, hint: QSize) -> int:
        """The box's width beside its text (frame, margins, arrow): QComboBox's own hint holds its widest item, measured
        as here, in that frame. The style adds as much at any width (the tests check it against the style's own)."""
        metrics = self.fontMetrics()
        texts = [self.itemText(i) for i in range(self.count())]
        widest = max((metrics.boundingRect(text).width() for text in texts), default=7 * metrics.horizontalAdvance("x"))
        return hint.width() - widest

    def fits(self) -> bool:
        """Whether the current text shows whole: the room beside the frame holds it (the frame the hint allows is
        never less than the one painted, which holds the widest item at the hint's width)."""
        metrics = self.fontMetrics()
        text = self.currentText()
        needed = max(metrics.boundingRect(text).width(), metrics.horizontalAdvance(text))
        return self.width() - self._frame_width(super().sizeHint()) >= needed

    def shown_text(self) -> str:
        """The current item's text as painted: cut with "…" to the room inside the box."""
        if self.fits():
            return self.currentText()
        from PySide6.QtWidgets import QStyle

        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.fits():
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
