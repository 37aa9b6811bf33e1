"""Painting a progress bar to target with a pace marker — used by the board's table and its team summary."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.reports.board import STATUS_COLOUR

TRACK = QColor("#ececec")
MARKER = QColor("#222222")


CELL_MARGIN = 6
MIN_BAR_WIDTH = 64  # fill and pace mark still read apart; wider, a laptop at 150 % cut the table's last column
# The text area is the same in every row (room for the widest text a row may show), so every bar has the
# same scale and the pace marks line up.
WIDEST_TEXTS = ("9999.9%", "未设目标")


def text_room(metrics: QFontMetricsF, text: str = "") -> float:
    gap = metrics.height() / 2
    return max(metrics.horizontalAdvance(t) for t in (*WIDEST_TEXTS, text)) + gap


def bar_and_text(rect: QRectF, metrics: QFontMetricsF, text: str) -> tuple[QRectF, QRectF]:
    """The bar on the left and, to its right, the room its text needs (at least that of WIDEST_TEXTS).

    The text is never drawn over the bar, the fill or the pace mark; when the rectangle is too narrow
    for both, the text keeps its room and the bar gets what is left (possibly nothing)."""
    bar_width = max(rect.width() - text_room(metrics, text), 0.0)
    return (QRectF(rect.x(), rect.y(), bar_width, rect.height()),
            QRectF(rect.x() + bar_width, rect.y(), rect.width() - bar_width, rect.height()))


def paint_progress(painter: QPainter, rect: QRectF, share: float | None, expected: float, status: str,
                   text: str, text_colour: QColor) -> None:
    """A rounded track, the filled share (capped at 100%), a vertical pace marker, and the percentage to
    the right of the bar, in `text_colour` (the palette's: the text stands on the window's own background)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bar, text_rect = bar_and_text(rect, QFontMetricsF(painter.font()), text)
    if bar.width() >= bar.height():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        radius = bar.height() / 4
        painter.drawRoundedRect(bar, radius, radius)
        if share is not None and share > 0:
            filled = QRectF(bar.x(), bar.y(), bar.width() * min(share, 1.0), bar.height())
            painter.setBrush(QColor(STATUS_COLOUR[status]))
            painter.drawRoundedRect(filled, radius, radius)
        if share is not None:
            x = bar.x() + bar.width() * min(max(expected, 0.0), 1.0)
            painter.setPen(QPen(MARKER, 2))
            painter.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2))
    painter.setPen(text_colour)
    # not clipped to the bar's box: a slim bar (the team's, in a short window) is lower than a line of text
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextDontClip,
                     text)
    painter.restore()


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column from the model's ProgressRole: (share, expected, status, text)."""

    def __init__(self, role: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.role = role

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        if index.data(self.role) is not None:
            option.text = ""  # the bar's cell: the view draws its background and selection, the bar is drawn here

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        # The cell's background and selection are drawn as any cell's (by Qt, through initStyleOption above), and
        # the selection asked of the view: reading the style's names here (QStyle, option.state) would make
        # PySide6 build QStyle's 566 enum members before the board's first paint, some 5 % of the start.
        super().paint(painter, option, index)
        data = index.data(self.role)
        if data is None:
            return
        share, expected, status, text = data
        rect = QRectF(option.rect).adjusted(CELL_MARGIN, option.rect.height() * 0.22, -CELL_MARGIN,
                                            -option.rect.height() * 0.22)
        painter.setFont(option.font)
        view = option.widget
        selection = view.selectionModel() if view is not None and hasattr(view, "selectionModel") else None
        selected = selection is not None and selection.isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        paint_progress(painter, rect, share, expected, status, text, option.palette.color(role))

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(260, 34)


def minimum_cell_width(metrics: QFontMetricsF) -> int:
    """The narrowest progress cell that still shows a readable bar beside its percentage."""
    return int(text_room(metrics) + MIN_BAR_WIDTH + 2 * CELL_MARGIN + 1)


class ProgressBar(QWidget):
    """A standalone bar for the team summary."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.share: float | None = None
        self.expected = 0.0
        self.status = "no_target"
        self.text = ""
        self.setMinimumHeight(28)

    def set_progress(self, share: float | None, expected: float, status: str, text: str) -> None:
        self.share, self.expected, self.status, self.text = share, expected, status, text
        self.setToolTip(text)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        paint_progress(painter, QRectF(self.rect()).adjusted(1, 4, -1, -4), self.share, self.expected,
                       self.status, self.text, self.palette().color(QPalette.ColorRole.WindowText))
        painter.end()
