"""Painting a progress bar to target with a pace marker — used by the board's table and its team summary."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.reports.board import STATUS_COLOUR

TRACK = QColor("#ececec")
MARKER = QColor("#222222")


def paint_progress(painter: QPainter, rect: QRectF, share: float | None, expected: float, status: str,
                   text: str) -> None:
    """A rounded track, the filled share (capped at 100%), a vertical pace marker and the percentage."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TRACK)
    radius = rect.height() / 4
    painter.drawRoundedRect(rect, radius, radius)
    if share is not None and share > 0:
        filled = QRectF(rect.x(), rect.y(), rect.width() * min(share, 1.0), rect.height())
        painter.setBrush(QColor(STATUS_COLOUR[status]))
        painter.drawRoundedRect(filled, radius, radius)
    if share is not None:
        x = rect.x() + rect.width() * min(max(expected, 0.0), 1.0)
        painter.setPen(QPen(MARKER, 2))
        painter.drawLine(int(x), int(rect.top() - 2), int(x), int(rect.bottom() + 2))
    painter.setPen(QColor("#222222"))
    painter.drawText(rect.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
    painter.restore()


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column from the model's ProgressRole: (share, expected, status, text)."""

    def __init__(self, role: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.role = role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        data = index.data(self.role)
        if data is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)  # selection
        share, expected, status, text = data
        rect = QRectF(option.rect).adjusted(6, option.rect.height() * 0.22, -6, -option.rect.height() * 0.22)
        paint_progress(painter, rect, share, expected, status, text)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(260, 34)


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
                       self.status, self.text)
        painter.end()
