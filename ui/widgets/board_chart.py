"""The board's chart area. matplotlib is imported only when the chart is first drawn — after the first
paint of the window — so it never slows the start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.money import format_yuan
from app.reports.series import CumulativeSeries

MAX_SMALL_MULTIPLES = 24


class BoardChart(QWidget):
    CUMULATIVE, SMALL_MULTIPLES = 0, 1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = None
        self.figure = None
        self._annotation = None
        self._hover_points: list[tuple[float, float, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItems([self.tr("累计完成 vs 目标线"), self.tr("每人每日（小图）")])
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
        self.layout().replaceWidget(self.placeholder, self.canvas)
        self.placeholder.hide()

    def draw_cumulative(self, title: str, series: CumulativeSeries) -> None:
        self._ensure_canvas()
        self.subject.setText(title)
        fig = self.figure
        fig.clear()
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
        self._ensure_canvas()
        self.subject.setText(self.tr("每人每日"))
        fig = self.figure
        fig.clear()
        shown = panels[:MAX_SMALL_MULTIPLES]
        self._hover_points = []
        self._annotation = None
        if not shown:
            fig.text(0.5, 0.5, self.tr("本月还没有数据"), ha="center", va="center")
            self.canvas.draw_idle()
            return
        columns = 4 if len(shown) > 6 else 3 if len(shown) > 2 else len(shown)
        rows = -(-len(shown) // columns)
        axes = fig.subplots(rows, columns, squeeze=False, sharex=True, sharey=True)
        for ax in axes.flat[len(shown):]:
            ax.set_visible(False)
        for ax, (name, values) in zip(axes.flat, shown, strict=False):
            days = [i + 1 for i, v in enumerate(values) if v is not None]
            ax.bar(days, [values[d - 1] / 100 for d in days], color="#c0392b", width=0.8)
            ax.set_title(name, fontsize=9)
            ax.set_xlim(0.5, days_in_month + 0.5)
            ax.tick_params(labelsize=7)
        self.canvas.draw_idle()

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

