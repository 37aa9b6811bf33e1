"""The board's chart area. matplotlib is imported only when the chart is first drawn — after the first
paint of the window — so it never slows the start-up.

Small multiples show everyone: the panels keep a readable size (as many columns as the width allows) and the
canvas scrolls. Each panel has its own y scale, its top tick being that person's best day, so a ¥300 day
in after-sales is not a flat line beside a ¥5,000 day in sales."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.money import format_yuan
from app.reports.series import CumulativeSeries

PANEL_WIDTH, PANEL_HEIGHT = 170, 125  # px: the smallest small multiple whose title and ticks stay readable
MAX_COLUMNS = 6
NAME_CHARS = 8  # a longer name is cut with … in its panel's title
# Room around each panel, in points: 7 pt tick labels left and below, a 9 pt title above. Laid out by hand:
# constrained layout measured every label of every panel and took half the drawing time with 40 people.
PANEL_LEFT, PANEL_RIGHT, PANEL_TOP, PANEL_BOTTOM = 38, 10, 18, 14


def yuan_tick(value: float, _pos: object = None) -> str:
    """A money tick short enough for a small panel: ¥0, ¥350, ¥5,000, ¥1.2万."""
    sign, amount = ("-" if value < 0 else ""), abs(value)
    if round(amount) >= 10_000:
        return f"{sign}¥{f'{amount / 10_000:.1f}'.removesuffix('.0')}万"
    return f"{sign}¥{amount:,.0f}"


def panel_columns(count: int, width: int) -> int:
    """How many panels side by side: as many as fit at PANEL_WIDTH, at most MAX_COLUMNS, at least one."""
    return max(1, min(count, MAX_COLUMNS, width // PANEL_WIDTH))


class BoardChart(QWidget):
    CUMULATIVE, SMALL_MULTIPLES = 0, 1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = None
        self.figure = None
        self.scroll: QScrollArea | None = None
        self._panels: tuple[list[tuple[str, list[int | None]]], int] | None = None  # small multiples shown
        self._columns = 0
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(150)
        self._relayout.timeout.connect(self._draw_panels)
        self._annotation = None
        self._hover_points: list[tuple[float, float, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItems([self.tr("累计完成与目标线对比"), self.tr("每人每日（小图）")])
        top.addWidget(self.mode)
        self.subject = QLabel()
        top.addWidget(self.subject, 1)
        layout.addLayout(top)
        self.placeholder = QLabel(self.tr("图表加载中…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.installEventFilter(self)
        layout.addWidget(self.placeholder, 1)
        self._pending: Callable[[], None] | None = None
        self._placeholder_painted = False

    def request(self, draw: Callable[[], None]) -> None:
        """Run `draw` soon — but the first time only after the placeholder has been painted, so that the
        window shows before matplotlib (a few hundred milliseconds to import) is loaded."""
        first_pending = self._pending is None
        self._pending = draw
        if first_pending and (self.canvas is not None or self._placeholder_painted):
            QTimer.singleShot(0, self._run_pending)

    def _run_pending(self) -> None:
        draw, self._pending = self._pending, None
        if draw is not None:
            draw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() == QEvent.Type.Wheel and self.scroll is not None:
            # matplotlib's canvas takes every wheel event; the panels scroll with the wheel as pages do
            QCoreApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        if watched is self.placeholder and event.type() == QEvent.Type.Paint and not self._placeholder_painted:
            self._placeholder_painted = True
            if self._pending is not None:
                QTimer.singleShot(0, self._run_pending)
        return False

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from app.fonts import use_in_matplotlib

        use_in_matplotlib()
        self.figure = Figure(figsize=(5, 3.2), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("resize_event", lambda _event: self._fit_panels())
        self.canvas.installEventFilter(self)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.canvas)
        self.layout().replaceWidget(self.placeholder, self.scroll)
        self.placeholder.hide()
        self.scroll.show()

    def draw_cumulative(self, title: str, series: CumulativeSeries) -> None:
        self._ensure_canvas()
        self._panels = None
        self._relayout.stop()
        self.canvas.setMinimumHeight(0)
        self._size_figure(0)
        self.subject.setText(title)
        fig = self.figure
        fig.clear()
        fig.set_layout_engine("constrained")
        ax = fig.add_subplot()
        yuan = [v / 100 for v in series.cumulative]
        ax.plot(series.days, yuan, marker="o", markersize=3, color="#c0392b", label=self.tr("累计完成"))
        line = series.target_line()
        if line:
            ax.plot(range(1, series.days_in_month + 1), [v / 100 for v in line], linestyle="--", color="#888888",
                    label=self.tr("目标线"))
        ax.set_xlim(1, series.days_in_month)
        ax.set_xlabel(self.tr("日"))
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left", fontsize=8)
        ax.yaxis.set_major_formatter(lambda v, _pos: f"¥{v:,.0f}")
        self._hover_points = [(d, v, self.tr("{d}日 累计 {x}").format(d=d, x=format_yuan(c)))
                              for d, v, c in zip(series.days, yuan, series.cumulative, strict=True)]
        self._annotation = ax.annotate("", xy=(0, 0), xytext=(10, 10), textcoords="offset points",
                                       bbox={"boxstyle": "round", "fc": "#fffbe6"}, fontsize=9)
        self._annotation.set_visible(False)
        self.canvas.draw_idle()

    def draw_small_multiples(self, panels: list[tuple[str, list[int | None]]], days_in_month: int) -> None:
        """One bar chart per person ([(name, fen per elapsed day or None)]), everyone shown."""
        self._ensure_canvas()
        self._panels = (panels, days_in_month)
        self._draw_panels()

    def _available_width(self) -> int:
        """The canvas's width with the vertical scroll bar shown, whether or not it is yet."""
        return self.width() - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

    def _draw_panels(self) -> None:
        if self._panels is None or self.canvas is None:
            return
        from matplotlib.collections import PolyCollection

        panels, days_in_month = self._panels
        self.subject.setText(self.tr("每人每日（{n} 人）").format(n=len(panels)))
        fig = self.figure
        fig.clear()
        self._hover_points = []
        self._annotation = None
        if not panels:
            self._columns = 0
            self.canvas.setMinimumHeight(0)
            self._size_figure(0)
            fig.text(0.5, 0.5, self.tr("本月还没有数据"), ha="center", va="center")
            self.canvas.draw_idle()
            return
        self._columns = columns = panel_columns(len(panels), self._available_width())
        rows = -(-len(panels) // columns)
        height = rows * PANEL_HEIGHT
        self.canvas.setMinimumHeight(height)
        self._size_figure(height)
        fig.set_layout_engine("none")
        axes = fig.subplots(rows, columns, squeeze=False)  # no sharex/sharey: each panel its own y scale
        for ax in axes.flat[len(panels):]:
            ax.remove()
        self._fit_panels()
        ticks = sorted({1, 10, 20, days_in_month} if days_in_month >= 20 else {1, days_in_month})
        for ax, (name, values) in zip(axes.flat, panels, strict=False):
            days = [i + 1 for i, v in enumerate(values) if v is not None]
            amounts = [values[d - 1] / 100 for d in days]
            # one collection of bars rather than a patch per day (ax.bar): a third of the time with 40 people
            ax.add_collection(PolyCollection([((d - 0.4, 0), (d - 0.4, a), (d + 0.4, a), (d + 0.4, 0))
                                              for d, a in zip(days, amounts, strict=True)],
                                             facecolors="#c0392b", edgecolors="none"), autolim=False)
            ax.set_title(name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1] + "…", fontsize=9)
            ax.set_xlim(0.5, days_in_month + 0.5)
            ax.set_xticks(ticks)
            high, low = max([0.0, *amounts]), min([0.0, *amounts])
            # the top tick is the person's best day, so each panel's own scale reads at a glance
            ax.set_ylim(low * 1.2, high * 1.2 if high > 0 else 1)
            ax.set_yticks(sorted({low, 0.0, high}))
            ax.yaxis.set_major_formatter(yuan_tick)
            ax.grid(axis="y", alpha=0.3)
            ax.tick_params(labelsize=7)
        self.canvas.draw_idle()

    def _fit_panels(self) -> None:
        """Place the small multiples for the figure's current size, keeping the room around them fixed."""
        fig = self.figure
        if self._panels is None or fig is None or not fig.axes:
            return
        grid = fig.axes[0].get_subplotspec().get_gridspec()
        width, height = fig.get_size_inches() * 72
        across, down = PANEL_LEFT + PANEL_RIGHT, PANEL_TOP + PANEL_BOTTOM
        panel_w = max((width - across * grid.ncols) / grid.ncols, 1.0)
        panel_h = max((height - down * grid.nrows) / grid.nrows, 1.0)
        grid.update(left=min(PANEL_LEFT / width, 0.4), right=max(1 - PANEL_RIGHT / width, 0.6),
                    top=max(1 - PANEL_TOP / height, 0.6), bottom=min(PANEL_BOTTOM / height, 0.4),
                    wspace=across / panel_w, hspace=down / panel_h)
        for ax in fig.axes:  # (subplots_adjust refuses a figure that once had constrained layout)
            ax.set_position(ax.get_subplotspec().get_position(fig))

    def _size_figure(self, height: int) -> None:
        """Give the figure its size now, as the canvas will when the scroll area next lays it out (a canvas
        added or resized a moment ago has not had its resize event yet): the layout is computed for it."""
        layout = self.layout()
        margins = layout.contentsMargins()
        mode_row = layout.itemAt(0).sizeHint().height()
        shown = self.height() - margins.top() - margins.bottom() - mode_row - layout.spacing()  # the scroll area's
        width = self._available_width() if height > shown else self.width()
        ratio = self.canvas.device_pixel_ratio
        self.figure.set_size_inches(width * ratio / self.figure.dpi, max(height, shown) * ratio / self.figure.dpi,
                                    forward=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._panels is not None and self._panels[0] and self._columns != panel_columns(
                len(self._panels[0]), self._available_width()):
            self._relayout.start()  # re-flow the panels once the resizing stops

    def _hover(self, event) -> None:
        if self._annotation is None or event.inaxes is None or not self._hover_points:
            return
        nearest = min(self._hover_points, key=lambda p: abs(p[0] - (event.xdata or 0)))
        self._annotation.xy = (nearest[0], nearest[1])
        self._annotation.set_text(nearest[2])
        self._annotation.set_visible(True)
        self.canvas.draw_idle()

    def hover_text_for_day(self, day: int) -> str | None:
        """What hovering over `day` shows (for tests and keyboard users)."""
        return next((text for d, _v, text in self._hover_points if d == day), None)

