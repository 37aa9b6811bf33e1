"""The looks the window's widgets once had from Qt style sheets, made without them: a text colour through the
palette, a size and weight through the font, padding through contents margins, and the notices' box painted.

A style sheet has Qt parse CSS and put the widget (and all inside it) under its style-sheet style: the 15 the
window and the board had before their first paint cost the start some 7 million instructions (docs/ARCHITECTURE.md)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QWidget

_ROLE = QPalette.ColorRole
TEXT_ROLES = (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText)  # those a style sheet's `color` sets

NOTICE_BACKGROUND, NOTICE_BORDER, NOTICE_TEXT = "#fff8e1", "#f0d98c", "#3d2e00"
RADIUS = 4


def set_text_colour(widget: QWidget, colour: str | QColor) -> None:
    """The widget's text (a label's, a button's) in `colour`, in every state, as `color: …` gave it."""
    palette = widget.palette()
    for role in TEXT_ROLES:
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def set_font(widget: QWidget, *, pixel_size: int = 0, bold: bool = False) -> None:
    """The widget's font at `pixel_size` (0: as it is) and bold, as `font-size: …px; font-weight: bold` gave it."""
    font = widget.font()
    if pixel_size:
        font.setPixelSize(pixel_size)
    if bold:
        font.setBold(True)
    widget.setFont(font)


def pad(label: QLabel, horizontal: int, vertical: int = 0) -> None:
    """Room around the label's text as a style sheet's `padding` gave it. Padding made a frame, and Qt indents a
    framed label's text by half an x and asks room for a whole one: kept, so the text stands where it stood."""
    x = label.fontMetrics().horizontalAdvance("x")
    label.setContentsMargins(horizontal + x // 2, vertical, horizontal + x - x // 2, vertical)


def paint_box(widget: QWidget, background: str, border: str | None = None) -> None:
    """The widget's rectangle with rounded corners in `background`, edged with a 1 px line of `border` if given."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(background))
    box = QRectF(widget.rect())
    if border is None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(box, RADIUS, RADIUS)
    else:
        painter.setPen(QPen(QColor(border), 1))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS - 0.5, RADIUS - 0.5)
    painter.end()


class NoticeFrame(QFrame):
    """A notice above a page: its own box (cream, unless told otherwise) with a border and rounded corners; the
    labels given to `own_text` keep its dark text whatever the palette's (white in a dark palette)."""

    def __init__(self, parent: QWidget | None = None, *, background: str = NOTICE_BACKGROUND,
                 border: str = NOTICE_BORDER):
        super().__init__(parent)
        self.background, self.border = background, border
        self.setContentsMargins(1, 1, 1, 1)  # inside the border

    def own_text(self, label: QLabel, colour: str = NOTICE_TEXT) -> QLabel:
        set_text_colour(label, colour)
        return label

    def paintEvent(self, event) -> None:
        paint_box(self, self.background, self.border)


class BoxLabel(QLabel):
    """A label on a box of its own colour (the board's banner), with its own dark text on it and `padding` round it."""

    def __init__(self, background: str, text_colour: str, padding: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.background = background
        set_text_colour(self, text_colour)
        pad(self, padding, padding)

    def paintEvent(self, event) -> None:
        paint_box(self, self.background)
        super().paintEvent(event)
