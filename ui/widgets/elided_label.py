"""A one-line label that gives way: when the room is short it ends in "…" instead of widening the window
(or being cut mid-character), and its tooltip holds the whole text; `ElidedLink` is one that acts as a link."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QStyleOptionFocusRect, QWidget

LEAST_CHARACTERS = 6  # how much is always shown, "数据截至 2…" at the narrowest


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.least_characters = LEAST_CHARACTERS  # fewer where the row has another such label beside it
        self._parts: tuple[str, str, str] | None = None
        self.setText(text)

    def setText(self, text: str) -> None:
        self._parts = None
        super().setText(text)
        self.setToolTip(text)

    def set_parts(self, before: str, middle: str, after: str) -> None:
        """The text `before + middle + after` of which only the middle gives way, in its own middle: a title in
        its frame, 「年度最佳…（售前客服组）」的模板, Template for "年度最佳…（售前客服组）"."""
        self.setText(before + middle + after)
        self._parts = before, middle, after

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance(self.text()[:self.least_characters] + "…")
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """What is painted: the text, or when it does not fit its start and "…" — set in parts, the middle part's
        two ends around "…" while its frame fits beside them."""
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        if self._parts is not None and metrics.horizontalAdvance(self.text()) > width:
            before, middle, after = self._parts
            room = width - metrics.horizontalAdvance(before + after)
            if room > metrics.horizontalAdvance(middle[:2] + "…"):
                return before + metrics.elidedText(middle, Qt.TextElideMode.ElideMiddle, room) + after
        return metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event) -> None:
        draw_label_text(self, self.shown_text())


class ElidedLink(ElidedLabel):
    """An ElidedLabel that reads and acts as a link: the palette's link colour, underlined, a pointing hand;
    a click, or Enter or Space while it has the focus (Tab reaches it), emits `clicked`."""

    clicked = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setForegroundRole(QPalette.ColorRole.Link)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a keyboard user sees where Enter would go
            from PySide6.QtWidgets import QStyle  # not before the first paint: see draw_label_text

            option = QStyleOptionFocusRect()
            option.initFrom(self)
            painter = QPainter(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)


def draw_label_text(label: QLabel, text: str) -> None:
    """`text` in `label`'s room, as the style's drawItemText draws it: an enabled label's in its palette's brush of
    its foreground role. A disabled one's goes to the style (some etch or dither it). Asking the style for every label
    would have PySide6 build QStyle, with its 566 enum members, before the board's first paint (some 5 % of the
    start); the painter's text is the style's own for an enabled label."""
    painter = QPainter(label)
    if not label.isEnabled():
        label.style().drawItemText(painter, label.contentsRect(), int(label.alignment()), label.palette(), False,
                                   text, label.foregroundRole())
        return
    if text:
        painter.setPen(QPen(label.palette().brush(label.foregroundRole()), painter.pen().widthF()))
        painter.drawText(label.contentsRect(), int(label.alignment()), text)
