"""The board's chart area: the running total against the target line (matplotlib, with hover), or everyone's
daily values as small multiples (painted with QPainter, ui/widgets/small_multiples.py).

matplotlib is imported only when the running total is first drawn — after the first paint of the window —
so it never slows the start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill
from app.metrics import Metric
from app.money import format_yuan

if TYPE_CHECKING:
    from app.reports.series import CumulativeSeries
    from ui.widgets.small_multiples import SmallMultiples


def tick_label(value: float, symbol: str) -> str:
    """A y-axis label: whole units with thousands separators, never "-0"."""
    text = f"{value:,.0f}"
    return f"{symbol}{'0' if text == '-0' else text}"


def y_limits(values: list[float]) -> tuple[float, float]:
    """The y axis from a little below 0 (or below a negative total) to a little above the highest value — at
    least 1 unit, so a month without data still has a plain axis (¥0, ¥1) and not ¥-0 ¥0 ¥0 around nothing.
    The room below 0 (as the x axis has half a day at each end) keeps a running total still at 0 off the
    plot's bottom edge, where its markers were cut in half."""
    low, high = min(values, default=0.0), max(values, default=0.0)
    bottom, top = min(low * 1.05, 0.0), max(high * 1.05, 1.0)
    return bottom - (top - bottom) * 0.04, top


def spread_runs(spread: list[bool]) -> list[tuple[int, int]]:
    """The runs of days (1-based, first and last) whose values are an imported total's shares."""
    runs: list[tuple[int, int]] = []
    for day, shared in enumerate(spread, start=1):
        if shared and runs and runs[-1][1] == day - 1:
            runs[-1] = (runs[-1][0], day)
        elif shared:
            runs.append((day, day))
    return runs


class BoardChart(QWidget):
    CUMULATIVE, SMALL_MULTIPLES = 0, 1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = None
        self.figure = None
        self._annotation = None
        self._hover_points: list[tuple[float, float, str]] = []
        self._days_in_month = 31  # of the running total drawn: a hover note in its second half stands left of its point
        self.setAccessibleName(self.tr("进度图表"))  # a picture: a screen reader has nothing else to say for it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the choice of chart and whose it is: a row above the chart, or (`top_row`) placed by the caller elsewhere
        self.top_row = QWidget()
        top = QHBoxLayout(self.top_row)
        top.setContentsMargins(0, 0, 0, 0)
        self.mode = QComboBox()
        self.mode.addItems([self.tr("累计完成与目标线对比"), self.tr("每人每日（小图）")])
        self.mode.setAccessibleName(self.tr("图表类型"))
        top.addWidget(self.mode)
        self.subject = QLabel()
        top.addWidget(self.subject, 1)
        layout.addWidget(self.top_row)
        self.small: SmallMultiples | None = None  # built when first shown
        self.scroll: QScrollArea | None = None
        self.views = QStackedWidget()
        self.views.hide()
        self.placeholder = QLabel(self.tr("图表加载中…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.installEventFilter(self)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.views, 1)
        self._pending: Callable[[], None] | None = None
        self._placeholder_painted = False

    def show_subject(self, text: str) -> None:
        self.subject.setText(text)
        self.fit_top_row()

    def fit_top_row(self) -> None:
        """The top row placed elsewhere (a tab widget's corner, which no layout sizes) is sized to its text anew:
        the tab widget lays its corner out on a layout request, which the row's own change does not make (and a
        posted one may be folded into one already handled)."""
        holder = self.top_row.parentWidget()
        if holder is not None and holder is not self:
            QCoreApplication.sendEvent(holder, QEvent(QEvent.Type.LayoutRequest))

    def take_back_top_row(self) -> None:
        self.layout().insertWidget(0, self.top_row)
        self.top_row.show()

    def request(self, draw: Callable[[], None]) -> None:
        """Run `draw` soon — but the first time only after the placeholder has been painted, so that the
        window shows before matplotlib (a few hundred milliseconds to import) is loaded."""
        first_pending = self._pending is None
        self._pending = draw
        if first_pending and (self.views.isVisible() or self._placeholder_painted):
            QTimer.singleShot(0, self._run_pending)

    def _run_pending(self) -> None:
        draw, self._pending = self._pending, None
        if draw is not None:
            draw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.placeholder and event.type() == QEvent.Type.Paint and not self._placeholder_painted:
            self._placeholder_painted = True
            if self._pending is not None:
                QTimer.singleShot(0, self._run_pending)
        return False

    def _show_views(self) -> None:
        if self.placeholder.isVisible() or not self.views.isVisible():
            self.placeholder.hide()
            self.views.show()

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
        self.canvas.mpl_connect("figure_leave_event", self._hide_hover)  # the mouse gone from the chart
        self.views.addWidget(self.canvas)

    def draw_cumulative(self, title: str, series: CumulativeSeries, metric: Metric | None = None) -> None:
        """The running total against the target line; amounts in `metric`'s units (money when None)."""
        from matplotlib.ticker import MaxNLocator

        self._ensure_canvas()
        self._show_views()
        self.views.setCurrentWidget(self.canvas)
        self.show_subject(title)
        fig = self.figure
        fig.clear()
        ax = fig.add_subplot()
        money = metric is None or metric.is_money
        per_unit = 100 if money else 10 ** metric.decimals
        shown = [v / per_unit for v in series.cumulative]
        ax.plot(series.days, shown, marker="o", markersize=3, color="#c0392b", label=self.tr("累计完成"))
        # an imported total's days show its even share of each, not a day's own value: marked, named once
        for run, (first, last) in enumerate(spread_runs(series.spread)):
            ax.axvspan(first - 0.5, last + 0.5, color="#f2c94c", alpha=0.18, linewidth=0,
                       label=None if run else self.tr("导入的期间合计（按天平均显示）"))
        line = series.target_line()
        if line:
            ax.plot(range(1, series.days_in_month + 1), [v / per_unit for v in line], linestyle="--",
                    color="#888888", label=self.tr("目标线"))
        # half a day beyond the first and last days, so their markers are not cut in half by the plot's edges
        ax.set_xlim(0.5, series.days_in_month + 0.5)
        ax.set_ylim(*y_limits(shown + [v / per_unit for v in line]))
        ax.set_xlabel(self.tr("日"))
        ax.grid(alpha=0.3)
        # above the plot, not in it: on a short chart (a laptop at 150 %) a legend inside covered the line and
        # the amounts on the left; constrained layout makes room for it
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.02), ncol=2, fontsize=8, frameon=False, borderaxespad=0,
                  handlelength=1.5, columnspacing=1.2)
        symbol = "¥" if money else ""
        # matplotlib's own choice of ticks (as many as the height holds), but whole units: no two alike
        ax.yaxis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True))
        ax.yaxis.set_major_formatter(lambda v, _pos: tick_label(v, symbol))
        amount = format_yuan if metric is None else metric.format
        spread = series.spread or [False] * len(series.days)
        self._hover_points = [(d, v, self.tr("{d}日 累计 {x}").format(d=d, x=amount(c)) +
                               (self.tr("（含导入的期间合计，按天平均）") if shared else ""))
                              for d, v, c, shared in zip(series.days, shown, series.cumulative, spread, strict=True)]
        self._annotation = ax.annotate("", xy=(0, 0), xytext=(10, 10), textcoords="offset points",
                                       bbox={"boxstyle": "round", "fc": "#fffbe6"}, fontsize=9)
        self._annotation.set_in_layout(False)  # else the plot shrinks to make room for it over the last days
        self._annotation.set_visible(False)
        self._days_in_month = series.days_in_month
        self.canvas.draw_idle()

    def _ensure_small_multiples(self) -> None:
        if self.small is not None:
            return
        from ui.widgets.small_multiples import SmallMultiples

        self.small = SmallMultiples()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.small)
        self.views.addWidget(self.scroll)

    def draw_small_multiples(self, panels: list[tuple[str, list[int | None]]], days_in_month: int,
                             metric: Metric | None = None, empty_text: str = "") -> None:
        """One bar chart per person ([(name, units per elapsed day or None)]), everyone shown; `empty_text`
        without any (本月还没有数据, or of another month 全月没有数据, 还没有开始)."""
        self._ensure_small_multiples()
        self._show_views()
        self.views.setCurrentWidget(self.scroll)
        self.show_subject(fill(self.tr("每人每日（{n} 人）"), n=len(panels)))
        self.small.set_panels(panels, days_in_month, metric, empty_text)

    def _hover(self, event) -> None:
        if self._annotation is None or not self._hover_points:
            return
        if event.inaxes is None:  # off the plot (its margins, the legend): the note of a day left behind goes
            self._hide_hover()
            return
        nearest = min(self._hover_points, key=lambda p: abs(p[0] - (event.xdata or 0)))
        self._annotation.xy = (nearest[0], nearest[1])
        self._annotation.set_text(nearest[2])
        # beside the point, on the side with room: left of it in the month's second half, so it stays in the chart
        late = nearest[0] > self._days_in_month / 2
        self._annotation.set_position((-10, 10) if late else (10, 10))
        self._annotation.set_horizontalalignment("right" if late else "left")
        self._annotation.set_visible(True)
        self.canvas.draw_idle()

    def _hide_hover(self, _event=None) -> None:
        if self._annotation is not None and self._annotation.get_visible():
            self._annotation.set_visible(False)
            self.canvas.draw_idle()

    def hover_text_for_day(self, day: int) -> str | None:
        """What hovering over `day` shows (for tests and keyboard users)."""
        return next((text for d, _v, text in self._hover_points if d == day), None)
