"""Everyone's daily values as small bar charts, painted with QPainter.

Each panel keeps a readable size (as many columns as the width allows; the scroll area around it scrolls)
and has its own y scale, topped by that person's best day, so a ¥300 day in after-sales is not a flat line
beside a ¥5,000 day in sales. Only the panels in view are painted, so 200 people cost no more than a few.
(matplotlib took about 35 ms a panel, seconds for a big team on every refresh of the board.)
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.i18n import language
from app.metrics import Metric

PANEL_WIDTH, PANEL_HEIGHT = 170, 125  # px: the smallest panel whose title and labels stay readable
MAX_COLUMNS = 6
NAME_CHARS = 8  # a longer name is cut with … in its panel's title
LEFT, RIGHT, TITLE, BOTTOM = 44, 10, 20, 18  # px around each panel's plot: y labels, title, x labels
HEADROOM = 1.2  # the best day's bar reaches 1/1.2 of the plot's height
BAR = QColor("#c0392b")
FRAME = QColor("#9a9a9a")
GRID = QColor("#dddddd")
LABEL = QColor("#444444")


def yuan_tick(value: float, _pos: object = None, *, symbol: str = "¥") -> str:
    """A label short enough for a small panel: ¥0, ¥350, ¥5,000, ¥1.2万 (a count without the ¥); in English
    ¥12K, ¥1.2M, as the board's short amounts are written there."""
    sign, amount = ("-" if value < 0 else ""), abs(value)
    if round(amount) < 10_000:
        return f"{sign}{symbol}{amount:,.0f}"
    if language() == "zh":
        short = f"{f'{amount / 10_000:.1f}'.removesuffix('.0')}万"
    elif round(amount, -3) < 1_000_000:
        short = f"{amount / 1_000:.0f}K"
    else:
        short = f"{f'{amount / 1_000_000:.1f}'.removesuffix('.0')}M"
    return f"{sign}{symbol}{short}"


def tick(units: int, metric: Metric | None) -> str:
    """A short label for an amount in a metric's stored units (fen when no metric is given)."""
    if metric is None or metric.is_money:
        return yuan_tick(units / 100)
    value = metric.from_units(units)
    if abs(value) >= 10_000:
        return yuan_tick(float(value), symbol="")
    text = f"{value:,f}"  # a score of 1.5 stays 1.5
    return text.rstrip("0").rstrip(".") if "." in text else text


def panel_columns(count: int, width: int) -> int:
    """How many panels side by side: as many as fit at PANEL_WIDTH, at most MAX_COLUMNS, at least one."""
    return max(1, min(count, MAX_COLUMNS, width // PANEL_WIDTH))


def day_ticks(days_in_month: int) -> list[int]:
    return sorted({1, 10, 20, days_in_month} if days_in_month >= 20 else {1, days_in_month})


@dataclass(frozen=True)
class Panel:
    name: str
    values: list[int | None]  # fen per elapsed day (index 0 = the 1st); None: nothing recorded that day

    @property
    def title(self) -> str:
        return self.name if len(self.name) <= NAME_CHARS else self.name[:NAME_CHARS - 1] + "…"

    @property
    def low(self) -> int:
        return min([0, *(v for v in self.values if v is not None)])

    @property
    def high(self) -> int:
        return max([0, *(v for v in self.values if v is not None)])

    def y_ticks(self) -> list[int]:
        """Fen: 0, the best day, and the worst when it is below 0."""
        return sorted({self.low, 0, self.high})

    def y_labels(self, metric: Metric | None = None) -> list[str]:
        return [tick(v, metric) for v in self.y_ticks()]


class SmallMultiples(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.panels: list[Panel] = []
        self.days_in_month = 31
        self.measured: Metric | None = None  # what the values count: money (fen) when None (not `metric`: a QWidget method)
        self.empty_text = ""  # said without panels: nobody has a value in the month (`team_summary.no_data_text`)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_panels(self, panels: list[tuple[str, list[int | None]]], days_in_month: int,
                   metric: Metric | None = None, empty_text: str = "") -> None:
        self.panels = [Panel(name, list(values)) for name, values in panels]
        self.empty_text = empty_text
        self.days_in_month = days_in_month
        self.measured = metric
        self._fit_height()
        self.update()

    def columns(self) -> int:
        return panel_columns(len(self.panels), self.width())

    def rows(self) -> int:
        return -(-len(self.panels) // self.columns()) if self.panels else 0

    def panel_rect(self, index: int) -> QRectF:
        columns = self.columns()
        width = self.width() / columns
        return QRectF((index % columns) * width, (index // columns) * PANEL_HEIGHT, width, PANEL_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(2 * PANEL_WIDTH, max(self.rows(), 1) * PANEL_HEIGHT)

    def _fit_height(self) -> None:
        self.setFixedHeight(max(self.rows(), 1) * PANEL_HEIGHT)  # the scroll area scrolls when it is taller

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()  # more or fewer columns: the panels re-flow

    # ---- painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().base())
        if not self.panels:
            painter.setPen(LABEL)
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        title_font, label_font = QFont(self.font()), QFont(self.font())
        title_font.setPointSizeF(9)
        label_font.setPointSizeF(7)
        visible = QRectF(event.rect())
        for index, panel in enumerate(self.panels):
            rect = self.panel_rect(index)
            if rect.intersects(visible):
                self._paint_panel(painter, rect, panel, title_font, label_font)
        painter.end()

    def _paint_panel(self, painter: QPainter, rect: QRectF, panel: Panel, title_font: QFont,
                     label_font: QFont) -> None:
        painter.setFont(title_font)
        painter.setPen(LABEL)
        painter.drawText(QRectF(rect.x(), rect.y(), rect.width(), TITLE), Qt.AlignmentFlag.AlignCenter, panel.title)
        plot = QRectF(rect.x() + LEFT, rect.y() + TITLE, rect.width() - LEFT - RIGHT,
                      rect.height() - TITLE - BOTTOM)
        low, high = panel.low, panel.high
        span = (high - low) * HEADROOM or 1

        def y_of(value: int) -> float:
            return plot.bottom() - (value - low) / span * plot.height()

        days = self.days_in_month
        step = plot.width() / days
        painter.setFont(label_font)
        for value, label in zip(panel.y_ticks(), panel.y_labels(self.measured), strict=True):
            y = y_of(value)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(LABEL)
            painter.drawText(QRectF(rect.x(), y - 8, LEFT - 4, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        zero = y_of(0)
        for day, value in enumerate(panel.values, start=1):
            if value:
                top, bottom = sorted((y_of(value), zero))
                painter.fillRect(QRectF(plot.left() + (day - 0.9) * step, top, step * 0.8, bottom - top), BAR)
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setPen(LABEL)
        for day in day_ticks(days):
            x = plot.left() + (day - 0.5) * step
            painter.drawText(QRectF(x - 15, plot.bottom() + 1, 30, BOTTOM - 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(day))
