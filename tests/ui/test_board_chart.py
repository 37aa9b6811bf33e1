"""The board's chart widget: small multiples show everyone, each on its own ¥ scale; Chinese mode names."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.demo import AFTER_NAMES, CS_NAMES, NICKNAMES
from app.reports.series import CumulativeSeries
from ui.widgets.board_chart import BoardChart

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"
DAYS = 31


def _panels(count: int) -> list[tuple[str, list[int | None]]]:
    """`count` people, 19 days each: sales staff around ¥5,000 a day, after-sales (every fourth) ¥200–400."""
    names = [*CS_NAMES, *AFTER_NAMES, *NICKNAMES][:count]
    assert len(set(names)) == count
    panels = []
    for i, name in enumerate(names):
        base = 20_000 if i % 4 == 3 else 400_000 + 5_000 * i
        panels.append((name, [base + (day % 5) * base // 10 for day in range(19)]))
    return panels


@pytest.fixture
def chart(qtbot):
    widget = BoardChart()
    qtbot.addWidget(widget)
    widget.resize(420, 520)  # about the board's side pane
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(chart) -> list[str]:
    return [panel.name for panel in chart.small.panels]


def test_small_multiples_show_all_forty_people_in_a_scrolling_area(qtbot, chart):
    panels = _panels(40)
    chart.mode.setCurrentIndex(BoardChart.SMALL_MULTIPLES)
    chart.draw_small_multiples(panels, DAYS)
    assert _names(chart) == [name for name, _ in panels]  # nobody missing, in the board's order
    assert chart.subject.text() == "每人每日（40 人）"
    assert chart.canvas is None  # painted without matplotlib
    # panels keep a readable size: the area grows taller than the pane and scrolls
    bar = chart.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0, timeout=3000)
    small = chart.small
    assert small.width() >= 2 * 150 and small.height() >= 20 * 110
    assert all(small.panel_rect(i).bottom() <= small.height() for i in range(40))  # the last row is inside
    centre = QPointF(small.width() / 2, 100)
    wheel = QWheelEvent(centre, small.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(chart.scroll.viewport(), wheel)  # where a wheel turned over a panel ends up
    assert bar.value() > 0  # the wheel over the panels scrolls them
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert chart.grab().save(str(ARTIFACTS / "board_chart_40_pane.png"))
    assert small.grab().save(str(ARTIFACTS / "board_chart_40_all.png"))
    # back to the running total: one chart filling the pane
    chart.mode.setCurrentIndex(BoardChart.CUMULATIVE)
    chart.draw_cumulative("团队", CumulativeSeries([1, 2, 3], [400_000, 900_000, 1_300_000], 12_400_000, DAYS))
    chart.canvas.draw()
    assert chart.views.currentWidget() is chart.canvas
    assert len(chart.figure.axes) == 1 and chart.hover_text_for_day(2) == "2日 累计 ¥9,000.00"
    # and small multiples again: still everyone
    chart.draw_small_multiples(panels, DAYS)
    assert chart.views.currentWidget() is chart.scroll and len(_names(chart)) == 40


def test_two_hundred_people_paint_quickly_because_only_the_panels_in_view_are_painted(qtbot, chart):
    from ui.widgets import small_multiples

    chart.draw_small_multiples([(f"员工{i}", [100_000] * 19) for i in range(200)], DAYS)
    painted = []
    original = small_multiples.SmallMultiples._paint_panel
    chart.small._paint_panel = lambda *args: painted.append(args[1]) or original(chart.small, *args)
    chart.small.repaint()
    assert 0 < len(painted) <= 6 * 8  # a screenful, not all 200


def test_panels_reflow_into_more_columns_when_the_pane_widens(qtbot, chart):
    chart.draw_small_multiples(_panels(40), DAYS)
    narrow = chart.small.columns()
    chart.resize(1100, 520)
    qtbot.waitUntil(lambda: chart.small.columns() > narrow, timeout=3000)
    assert chart.small.height() < 20 * 125 and chart.small.rows() * chart.small.columns() >= 40


def test_each_panel_has_its_own_scale_topped_by_its_best_day(chart):
    sales = [500_000, 420_000, None, 380_000]  # fen: ¥5,000 on the best day
    after = [30_000, 20_000, 25_000, None]  # ¥300 on the best day
    refund = [10_000, -5_000]  # a day below zero shows its own label
    chart.draw_small_multiples([("林晓雯", sales), ("张伟", after), ("退款多", refund)], DAYS)
    panels = {panel.name: panel for panel in chart.small.panels}
    assert panels["张伟"].y_labels() == ["¥0", "¥300"]
    assert panels["林晓雯"].y_labels() == ["¥0", "¥5,000"]
    assert panels["退款多"].y_labels() == ["-¥50", "¥0", "¥100"]


def test_money_ticks_carry_the_yuan_sign():
    from ui.widgets.small_multiples import yuan_tick

    assert yuan_tick(0) == "¥0"
    assert yuan_tick(350) == "¥350"
    assert yuan_tick(5000) == "¥5,000"
    assert yuan_tick(12_345) == "¥1.2万"
    assert yuan_tick(50_000) == "¥5万"
    assert yuan_tick(-800) == "-¥800"


def test_panel_ticks_in_the_english_window_count_in_thousands_and_millions(qapp):
    """The English window's panels read ¥1.3万: English short amounts are K and M, as on the board's table."""
    from app.metrics import Metric
    from ui.main import install_translators
    from ui.widgets.small_multiples import tick, yuan_tick

    install_translators(qapp, "en")
    try:
        assert [yuan_tick(5000), yuan_tick(12_345), yuan_tick(50_000), yuan_tick(-13_000)] == \
            ["¥5,000", "¥12K", "¥50K", "-¥13K"]
        assert [yuan_tick(999_999), yuan_tick(1_234_567)] == ["¥1M", "¥1.2M"]
        assert tick(2_500_000, Metric("custom_1", "服务积分", unit="score", decimals=2, builtin=False)) == "25K"
    finally:
        install_translators(qapp, "zh")


def test_long_names_are_cut_in_their_panel_title(chart):
    chart.draw_small_multiples([("阿卜杜热合曼·买买提明", [100])], DAYS)
    assert chart.small.panels[0].title == "阿卜杜热合曼·…"


def test_the_mode_names_are_chinese(chart):
    modes = [chart.mode.itemText(i) for i in range(chart.mode.count())]
    assert modes == ["累计完成与目标线对比", "每人每日（小图）"]


@pytest.mark.parametrize("small_multiples_first", [False, True])
def test_the_cumulative_chart_is_drawn_the_size_of_its_canvas_so_its_day_label_is_not_cut(qtbot, chart,
                                                                                          small_multiples_first):
    if small_multiples_first:  # a tall canvas first, then back to one chart
        chart.mode.setCurrentIndex(BoardChart.SMALL_MULTIPLES)
        chart.draw_small_multiples(_panels(20), DAYS)
        qtbot.wait(50)
    series = CumulativeSeries(days=[1, 2, 3], cumulative=[100_000, 250_000, 380_000], target=3_100_000,
                              days_in_month=DAYS)
    chart.mode.setCurrentIndex(BoardChart.CUMULATIVE)
    chart.draw_cumulative("团队", series)
    qtbot.wait(50)
    QApplication.processEvents()
    ratio = chart.canvas.device_pixel_ratio
    width, height = chart.figure.get_size_inches() * chart.figure.dpi
    assert (round(width), round(height)) == (round(chart.canvas.width() * ratio), round(chart.canvas.height() * ratio))
    below_the_mode_row = chart.height() - chart.mode.geometry().bottom()
    assert chart.canvas.height() <= below_the_mode_row  # nothing below the visible area


def test_ticks_of_a_count_or_a_score_have_no_yuan_sign_and_keep_their_decimals():
    from app.metrics import Metric
    from ui.widgets.small_multiples import tick

    orders = Metric("orders", "订单数")
    score = Metric("custom_1", "服务积分", unit="score", decimals=2, builtin=False)
    assert [tick(12, orders), tick(150, score), tick(123_456, score), tick(35_000, None)] == ["12", "1.5", "1,234.56", "¥350"]
    assert tick(2_500_000, score) == "2.5万"


def _y_labels(chart) -> tuple[tuple[float, float], list[str]]:
    chart.canvas.draw()
    ax = chart.figure.axes[0]
    bottom, top = ax.get_ylim()
    ticks = [v for v in ax.get_yticks() if bottom <= v <= top]
    return (bottom, top), list(ax.yaxis.get_major_formatter().format_ticks(ticks))


@pytest.mark.parametrize("series", [
    CumulativeSeries([], [], None, DAYS),  # a month not started: no days yet
    CumulativeSeries([1, 2, 3], [0, 0, 0], None, DAYS),  # days gone, nothing recorded
])
def test_a_month_without_data_has_a_plain_axis_from_zero(chart, series):
    chart.draw_cumulative("团队", series)
    (bottom, top), labels = _y_labels(chart)
    assert bottom < 0 < top
    assert labels[0] == "¥0" and not any("-" in label for label in labels)  # was ¥0 ¥0 ¥0 ¥-0 ¥-0
    assert len(labels) == len(set(labels)) >= 2


def test_small_counts_have_whole_ticks_without_repeats(chart):
    from app.metrics import MetricRegistry

    orders = MetricRegistry([]).get("orders")
    chart.draw_cumulative("小美", CumulativeSeries([1, 2, 3], [1, 2, 3], None, DAYS), orders)
    (bottom, _top), labels = _y_labels(chart)
    assert bottom < 0 and len(labels) == len(set(labels)) and "¥" not in "".join(labels)


def test_tick_labels_have_no_negative_zero():
    from ui.widgets.board_chart import tick_label

    assert tick_label(-0.0001, "¥") == "¥0" and tick_label(-0.4, "") == "0"
    assert tick_label(12_500, "¥") == "¥12,500" and tick_label(-1_000, "¥") == "¥-1,000"


def test_an_imported_totals_days_are_marked_and_said_when_hovered(qtbot, chart):
    """A month report has no days: its even share of each is drawn, in a marked band with its own legend entry,
    and the hover says so — the line used to stay flat and jump on the report's last day."""
    series = CumulativeSeries(days=[1, 2, 3, 4], cumulative=[10_000, 20_000, 30_000, 35_000], target=None,
                              days_in_month=DAYS, spread=[True, True, True, False])
    chart.draw_cumulative("小美", series)
    ax = chart.figure.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["累计完成", "导入的期间合计（按天平均显示）"]
    assert chart.hover_text_for_day(2) == "2日 累计 ¥200.00（含导入的期间合计，按天平均）"
    assert chart.hover_text_for_day(4) == "4日 累计 ¥350.00"
    chart.draw_cumulative("阿强", CumulativeSeries([1, 2], [1, 2], None, DAYS))  # daily values only: no band
    assert [t.get_text() for t in chart.figure.axes[0].get_legend().get_texts()] == ["累计完成"]


def test_runs_of_shared_days():
    from ui.widgets.board_chart import spread_runs

    assert spread_runs([True, True, False, True, False, False, True, True]) == [(1, 2), (4, 4), (7, 8)]
    assert spread_runs([]) == [] and spread_runs([False]) == []


@pytest.mark.parametrize("size", [(330, 190), (320, 480), (760, 170)])
def test_the_legend_stays_off_the_plot_and_its_amounts_on_a_short_chart(qtbot, size):
    """A laptop at 150 %: the chart is short, and its legend inside the plot covered the line and the amounts
    on its left. It stands above the plot."""
    from app.reports.series import CumulativeSeries

    widget = BoardChart()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    days = list(range(1, 20))
    series = CumulativeSeries(days=days, cumulative=[2_000_000 * d for d in days], target=58_000_000,
                              days_in_month=30, spread=[5 <= d <= 8 for d in days])
    widget.draw_cumulative("团队", series)
    widget.canvas.draw()
    ax = widget.figure.axes[0]
    renderer = widget.canvas.get_renderer()
    legend = ax.get_legend().get_window_extent(renderer)
    assert len(ax.get_legend().get_texts()) == 3
    assert not legend.overlaps(ax.get_window_extent(renderer)), (legend, ax.get_window_extent(renderer))
    labels = [t.get_window_extent(renderer) for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]
    assert labels and not any(legend.overlaps(label) for label in labels)
    assert legend.y1 <= widget.figure.bbox.y1 and legend.x0 >= 0  # inside the canvas
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(ARTIFACTS / f"board_chart_{size[0]}x{size[1]}.png"))


def test_the_first_and_last_days_points_are_whole_inside_the_plot(chart):
    """The x axis ended exactly on day 31 (and began on day 1): half of those days' markers was cut off."""
    days = list(range(1, DAYS + 1))
    chart.draw_cumulative("团队", CumulativeSeries(days, [400_000 * d for d in days], 12_400_000, DAYS))
    chart.canvas.draw()
    ax = chart.figure.axes[0]
    renderer = chart.canvas.get_renderer()
    plot = ax.get_window_extent(renderer)
    running_total = ax.get_lines()[0]
    points = running_total.get_window_extent(renderer)  # the line with its markers' size
    assert plot.x0 <= points.x0 and points.x1 <= plot.x1, (points, plot)
    assert ax.get_xlim() == (0.5, DAYS + 0.5)  # half a day each side, as the imported totals' bands are drawn


def test_a_running_total_still_at_zero_stands_clear_of_the_plots_bottom_edge(chart):
    """No sales yet: the line at 0 is drawn a few pixels above the axis, its markers whole, not on the edge."""
    chart.draw_cumulative("团队", CumulativeSeries([1, 2, 3], [0, 0, 0], 3_100_000, DAYS))
    (bottom, top), labels = _y_labels(chart)
    ax = chart.figure.axes[0]
    zero_above_edge = ax.transData.transform((1, 0))[1] - ax.transData.transform((1, bottom))[1]
    chart.grab().save(str(ARTIFACTS / "board-chart-zero-total.png"))
    assert zero_above_edge >= 5, (bottom, top)
    assert labels[0] == "¥0" and not any("-" in label for label in labels)


@pytest.mark.parametrize("day", [1, 27])
def test_hovering_a_day_keeps_the_plot_still_and_its_note_inside_the_chart(chart, day):
    """The hover note took part in the figure's layout: over the last days, the plot shrank to half its width to
    make room for it at the right."""
    from types import SimpleNamespace

    days = list(range(1, 28))
    chart.draw_cumulative("团队", CumulativeSeries(days, [2_000_000 * d for d in days], 59_000_000, 30))
    chart.canvas.draw()
    ax = chart.figure.axes[0]
    before = ax.get_position().bounds
    chart._hover(SimpleNamespace(inaxes=ax, xdata=day))  # as matplotlib calls it when the mouse moves over the plot
    chart.canvas.draw()
    assert ax.get_position().bounds == pytest.approx(before, abs=1e-3)
    note = chart._annotation.get_window_extent(chart.canvas.get_renderer())
    figure = chart.figure.bbox
    assert figure.x0 <= note.x0 and note.x1 <= figure.x1 and note.y1 <= figure.y1, (note, figure)


def test_the_hover_note_goes_when_the_mouse_leaves_the_plot(qtbot, chart):
    """The note of the day last hovered stayed on the chart after the mouse had left the plot, and the window."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    days = list(range(1, 11))
    chart.draw_cumulative("团队", CumulativeSeries(days, [100_000 * d for d in days], 3_000_000, 30))
    chart.canvas.draw()
    ax, canvas = chart.figure.axes[0], chart.canvas

    def move_to(x: float, y: float) -> None:  # display pixels, from the bottom left, as matplotlib gives them
        ratio = canvas.devicePixelRatioF()
        at = QPointF(x / ratio, canvas.height() - y / ratio)
        QApplication.sendEvent(canvas, QMouseEvent(QEvent.Type.MouseMove, at, canvas.mapToGlobal(at),
                                                   Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                   Qt.KeyboardModifier.NoModifier))

    move_to(*ax.transData.transform((5, 5_000)))
    assert chart._annotation.get_visible() and chart._annotation.get_text() == "5日 累计 ¥5,000.00"
    move_to(ax.bbox.x0 - 20, ax.bbox.y0 + 10)  # over the amounts left of the plot
    assert not chart._annotation.get_visible()
    move_to(*ax.transData.transform((5, 5_000)))
    assert chart._annotation.get_visible()
    QApplication.sendEvent(canvas, QEvent(QEvent.Type.Leave))
    assert not chart._annotation.get_visible()
