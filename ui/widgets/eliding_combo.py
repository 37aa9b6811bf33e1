"""A choice box that may be narrower than its longest item: where its row is short of room (English at 150 %
scaling on a 1366×768 laptop) its text ends in "…" instead of pushing the row's last buttons off the screen.
The list it opens shows every item whole; with room it is as wide as a QComboBox.

With that room it is measured and painted as a QComboBox is, without a word to the style from Python: reading the
style's names (QStyle) has PySide6 build its 566 enum members, some 5 % of the start, and the board shows two of
these boxes at its first paint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyleOptionComboBox, QStylePainter, QWidget


class ElidingComboBox(QComboBox):
    def __init__(self, least_chars: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self.least_chars = least_chars  # its narrowest shows this many average Latin letters

    def minimumSizeHint(self) -> QSize:
        """As narrow as `least_chars` letters in the box's frame and arrow."""
        hint = super().minimumSizeHint()
        least = self._frame_width() + self.fontMetrics().horizontalAdvance("x" * self.least_chars)
        return QSize(min(hint.width(), least), hint.height())

    def _widest_content(self) -> int:
        """The width QComboBox measures its items in for its hint: the widest text (with its icon) or placeholder."""
        metrics = self.fontMetrics()
        icon = self.iconSize().width() + 4
        widths = [metrics.boundingRect(self.itemText(i)).width() + (0 if self.itemIcon(i).isNull() else icon)
                  for i in range(self.count())] or [7 * metrics.horizontalAdvance("x")]
        if self.placeholderText():
            widths.append(metrics.boundingRect(self.placeholderText()).width())
        return max(widths)

    def _measured(self) -> None:
        """Has QComboBox measure its hint now and notes the items it measured: it keeps that hint when items change
        after it was first shown, so a hint is read against the items it holds only while they are the same."""
        super().sizeHint()
        self._measured_widest = self._widest_content()

    def showEvent(self, event) -> None:
        super().showEvent(event)  # the first show measures the hint afresh
        self._measured()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # so do these
            self._measured()

    def _hint_is_for_these_items(self) -> bool:
        measured = getattr(self, "_measured_widest", None)
        return measured is None or measured == self._widest_content()

    def _frame_width(self) -> int:
        """The box's width beside its text (frame, margins, arrow): QComboBox's own hint is its widest item in that
        frame. The style adds as much at any width (the tests check it against the style's own); where the hint was
        measured for other items, the style is asked."""
        widest = self._widest_content()
        if getattr(self, "_measured_widest", None) is None:  # not shown yet: as QComboBox's layout sees it now
            return super().minimumSizeHint().width() - widest
        if self._hint_is_for_these_items():
            return super().sizeHint().width() - widest
        from PySide6.QtWidgets import QStyle

        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(widest, super().minimumSizeHint().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self).width() - widest

    def fits(self) -> bool:
        """Whether the current text shows whole: the room beside the frame holds it and its icon (the frame the hint
        allows is never less than the one painted, which holds the widest item at the hint's width). Not said of a
        hint measured for other items."""
        if not self._hint_is_for_these_items():
            return False
        metrics = self.fontMetrics()
        text = self.currentText()
        needed = max(metrics.boundingRect(text).width(), metrics.horizontalAdvance(text))
        if not self.itemIcon(self.currentIndex()).isNull():
            needed += self.iconSize().width() + 4
        return self.width() - self._frame_width() >= needed

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
