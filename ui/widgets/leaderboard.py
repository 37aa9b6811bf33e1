"""排行榜: rank people by any metric, stored or derived, over this month, quarter or year (ties share a rank)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Staff
from app.i18n import cut_list, ordinal, t
from app.money import format_yuan
from app.periods import Month, Period, period_of_kind
from app.shop import Shop
from ui.person_choice import told_apart
from ui.widgets.hint_text import dim_text
from ui.widgets.table_keys import table_keys

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

if TYPE_CHECKING:
    from app.reports.ranking import RankedEntry

PERIOD_KINDS = (("month", "本月"), ("quarter", "本季度"), ("year", "本年"))
UNRANKED_NAMED = 5  # the note under the ranking names this many of those left out, then says how many in all


def value_text(unit: str, value: Decimal) -> str:
    """Reports give money in fen, rates as fractions, everything else in its own unit."""
    if unit == "yuan":
        return format_yuan(int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    if unit == "percent":
        return f"{(value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}".rstrip("0").rstrip(".")
    return t("{n}秒", n=text) if unit == "seconds" else text


def stretch_last_column(table: QTableWidget) -> None:
    """The last column takes the room left over, so that the ranking spans its pane rather than a strip at its left
    on a wide window; set after the columns are fitted to their contents, which fixes the last one's width."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)


class _Part:
    """A part of the leaderboard (its choice box, its table …), all made at the first use of one of them."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, board: Leaderboard | None, owner: type | None = None):
        return self if board is None else getattr(board._made(), self.name)


class Leaderboard(QWidget):
    """The ranking's choices and table are made when it is first shown or one of them is asked for: behind the
    board's 图表 tab at start, they need not be made, measured and laid out before the window's first paint."""

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.month: Month | None = None
        self.as_of: date | None = None
        self.people: list[Staff] = []
        self.stale = False  # shown a month while out of view: filled when it comes into view
        self.parts: SimpleNamespace | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    metric_box = _Part()
    period = _Part()
    table = _Part()
    unranked = _Part()

    def _made(self) -> SimpleNamespace:
        if self.parts is None:
            self.parts = self._make_parts()
            self.layout().addWidget(self.parts.body)
            self.parts.body.show()  # at once, not at the next turn of the event loop when the ranking is in view
            self._fill_metrics()
            if self.month is not None:
                self._name_periods(self.month)
            self.metric_box.currentIndexChanged.connect(self.refresh)
            self.period.currentIndexChanged.connect(self.refresh)
        return self.parts

    def _make_parts(self) -> SimpleNamespace:
        """The choices of metric and period above the table, and the note of who is not ranked."""
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        metric_box = QComboBox()
        period = QComboBox()
        for kind, label in PERIOD_KINDS:
            period.addItem(self.tr(label), kind)
        top.addWidget(metric_box, 2)
        top.addWidget(period, 1)
        layout.addLayout(top)
        table = QTableWidget(0, 3)
        table.setAccessibleName(self.tr("排行榜"))
        table.setHorizontalHeaderLabels([self.tr("名次"), self.tr("姓名"), self.tr("数值")])
        table.horizontalHeaderItem(2).setTextAlignment(RIGHT)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table_keys(table)
        layout.addWidget(table, 1)
        unranked = QLabel()  # who is on the board but not in the ranking, having no value of the metric
        unranked.setWordWrap(True)
        dim_text(unranked)
        unranked.hide()
        layout.addWidget(unranked)
        return SimpleNamespace(body=body, metric_box=metric_box, period=period, table=table, unranked=unranked)

    def _choices(self) -> list[tuple[str, str, str]]:
        """(key, name, unit) of every metric that can be ranked: stored ones, then the derived rates."""
        return ([(m.key, m.shown_name, m.unit) for m in self.shop.metrics.stored] +
                [(d.key, t(d.name), d.unit) for d in self.shop.metrics.derived if d.op != "target_ratio"])

    def _fill_metrics(self) -> None:
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for key, name, unit in self._choices():
            self.metric_box.addItem(name, (key, unit))
        self.metric_box.blockSignals(False)

    def show_month(self, month: Month, as_of: date, people: list[Staff]) -> None:
        self.month, self.as_of, self.people = month, as_of, people
        if self.parts is not None:  # else its choices are named when they are made
            self._name_periods(month)
            offered = [self.metric_box.itemData(i)[0] for i in range(self.metric_box.count())]
            if offered != [key for key, _name, _unit in self._choices()]:  # a custom metric was added meanwhile
                keep = self.metric_box.currentData()
                self._fill_metrics()
                self.metric_box.setCurrentIndex(max(self.metric_box.findData(keep), 0))
        # Out of view (the board's start shows its 图表 tab), the ranking, a read of the period's values, waits
        # until the tab is opened: it need not delay the window's first paint.
        self.stale = not self.isVisible()
        if not self.stale:
            self.refresh()

    def _name_periods(self, month: Month) -> None:
        for index in range(self.period.count()):  # 「2026年9月」, not 「本月」 while the board shows September in November
            self.period.setItemText(index, period_of_kind(self.period.itemData(index), month.start).shown_label())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._made()
        if self.stale:
            self.refresh()

    def selected_period(self) -> Period:
        assert self.month is not None
        return period_of_kind(self.period.currentData(), self.month.start)

    def entries(self) -> list[RankedEntry]:
        if self.month is None or self.as_of is None:
            return []
        from app.reports.ranking import (
            leaderboard,  # when the tab is first shown, not before the board's first paint
        )

        key, _unit = self.metric_box.currentData()
        return leaderboard(self.shop.store, self.shop.metrics, key, self.selected_period(), self.as_of, self.people)

    def refresh(self) -> None:
        self.stale = False
        entries = self.entries()
        unit = self.metric_box.currentData()[1] if self.metric_box.count() else ""
        self.table.clearSpans()
        self.table.setRowCount(len(entries))
        self.unranked.hide()
        if not entries and self.month is not None and self.people:
            self._say_nobody_has_a_value()
            return
        names = told_apart(self.people)  # namesakes on the board, whether or not both have a value here
        for row, entry in enumerate(entries):
            rank = self.tr("第 {n} 名").format(n=ordinal(entry.rank))
            for col, text in enumerate((rank, names[entry.staff.id], value_text(unit, entry.value))):
                self.table.setItem(row, col, QTableWidgetItem(text))
            # amounts right-aligned as on the board: their decimal points under each other, ¥9,333.24 below
            # ¥34,567,904.98 reads smaller at a glance
            self.table.item(row, 2).setTextAlignment(RIGHT)
        self.table.resizeColumnsToContents()
        stretch_last_column(self.table)
        ranked = {entry.staff.id for entry in entries}
        self._say_who_is_left_out([names[p.id] for p in self.people if p.id not in ranked])

    def _say_who_is_left_out(self, left_out: list[str]) -> None:
        """The people on the board without a value of the metric in the period (a new hire with no 询单 yet): named
        under the ranking, so that nobody seems to have been dropped from it."""
        if not left_out:
            return
        listed = cut_list(left_out, UNRANKED_NAMED)
        self.unranked.setText(self.tr("{period}没有{metric}数据、未排名：{names}").format(
            period=self.selected_period().shown_label(), metric=self.metric_box.currentText(), names=listed))
        self.unranked.show()

    def _say_nobody_has_a_value(self) -> None:
        """A metric the shop's reports do not have (接待人数 when only 千牛's sales come in): one line saying so,
        not a blank table that looks unfinished."""
        text = self.tr("{period}还没有人有{metric}数据").format(
            period=self.selected_period().shown_label(), metric=self.metric_box.currentText())
        self.table.setRowCount(1)
        self.table.setSpan(0, 0, 1, self.table.columnCount())
        self.table.setItem(0, 0, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()  # sized to the headers: a spanning cell is not measured
        last = self.table.columnCount() - 1
        spanned = sum(self.table.columnWidth(column) for column in range(last + 1))
        needed = self.table.fontMetrics().horizontalAdvance(text) + 12  # and the cell's margins
        if needed > spanned:
            self.table.setColumnWidth(last, self.table.columnWidth(last) + needed - spanned)

