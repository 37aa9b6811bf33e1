"""The board's table: one row per person with the progress bar, amounts and a status with a text cue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from app.money import format_yuan, format_yuan_short
from app.periods import Month, shown_month_day
from app.reports.board import (
    STATUS_COLOUR,
    STATUS_ICON,
    STATUS_TEXT,
    Board,
    BoardRow,
    exact_percent,
    progress_percent,
)
from app.reports.pace import CALENDAR
from ui.models.rows_model import RowsModel
from ui.need_words import need_column_tip, need_text, need_tooltip
from ui.person_choice import told_apart

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# The view asks every cell for a dozen roles (font, background, check state, size …) and the board answers
# these alone: the others return at once, most of the ~2,000 calls before the board's first paint.
DISPLAY, FOREGROUND, ALIGNMENT, TOOLTIP, ACCESSIBLE = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
ANSWERED_ROLES = frozenset({DISPLAY, FOREGROUND, ALIGNMENT, TOOLTIP, PROGRESS_ROLE, ROW_ROLE, ACCESSIBLE})
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # made once: a flag's | is slow
STATUS_QCOLOUR: dict[str, QColor] = {}  # the status column's text colour, made once per status


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardModel", text)


def status_cell(row: BoardRow) -> str:
    """A row's status as the board and the TV write it: its shape and words, a leaver's with the day they left
    (◇ 已离职 11月10日), as the poster and the board PDF print it (`board.status_words`)."""
    if row.left_on:
        return f"{STATUS_ICON[row.status]} " + _tr("已离职 {day}").format(day=shown_month_day(row.left_on))
    return f"{STATUS_ICON[row.status]} {_tr(STATUS_TEXT[row.status])}"


class BoardModel(RowsModel):
    # the status (its text cue) sits beside the bar whose colour it names
    NAME, DEPT, PROGRESS, STATUS, VALUE, TARGET, REMAINING, PER_DAY = range(8)
    COLUMNS = ("姓名", "部门", "进度", "状态", "已完成", "目标", "还差", "日均需")
    CONTEXT = "BoardModel"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.expected_share = 0.0
        self.amount: Callable[[int], str] = format_yuan  # amounts of the board's metric: ¥ for money
        # the cells' amounts: money from ¥10,000,000 and counts from 100,000 in 万/亿 (a target of
        # ¥999,999,999,999 would widen its column past the window), the exact amount in the cell's tooltip
        self.cell_amount: Callable[[int], str] = format_yuan_short
        self.month: Month | None = None
        self.over = False  # the month shown has ended: its rows' tooltips speak of the whole month, not of now
        self.begun = True  # False for a month to come
        self.is_over: Callable[[date], bool] = lambda _day: False
        self.pace_mode = CALENDAR  # how the board counts days: what the 日均需 column's days are
        self.names: dict[int, str] = {}  # namesakes with their number (person_choice.told_apart)
        # each row's cell texts, written at its first showing: the view asks for them when it measures the
        # columns and again at every paint (some 15 µs a cell to write them anew)
        self.texts: dict[int, tuple[str | None, ...]] = {}
        self.bars: dict[int, tuple[float | None, float, str, str]] = {}

    def set_board(self, board: Board) -> None:
        self.expected_share = board.expected
        self.pace_mode = board.pace_mode
        self.month = board.progress.month
        self.over, self.begun = board.ended, board.progress.has_begun
        self.is_over = board.progress.is_over  # a span ending that day is over (someone who left in the month)
        self.amount = board.progress.metric.format
        self.cell_amount = board.progress.metric.format_short
        self.names = told_apart(row.staff for row in board.rows)
        self.texts, self.bars = {}, {}
        self.replace_rows(board.rows)

    def data(self, index: QModelIndex, role: int = DISPLAY):
        if role not in ANSWERED_ROLES:
            return None
        row: BoardRow | None = self.row_item(index)
        if row is None:
            return None
        column = index.column()
        if role == DISPLAY:
            return self._row_texts(index.row(), row)[column]
        if role == ROW_ROLE:
            return row
        if role in (PROGRESS_ROLE, ACCESSIBLE) and column == self.PROGRESS:
            # the bar's percentage, drawn by the delegate: what a screen reader says and Ctrl+C copies
            bar = self._bar(index.row(), row)
            return bar[-1] if role == ACCESSIBLE else bar
        if role == FOREGROUND and column == self.STATUS:
            if row.status not in STATUS_QCOLOUR:
                STATUS_QCOLOUR[row.status] = QColor(STATUS_COLOUR[row.status])
            return STATUS_QCOLOUR[row.status]
        if role == ALIGNMENT and column in (self.VALUE, self.TARGET, self.REMAINING, self.PER_DAY):
            return RIGHT_ALIGNED
        if role == TOOLTIP and column == self.PER_DAY and need_tooltip(row.need, self.amount):
            return need_tooltip(row.need, self.amount)
        if role == TOOLTIP:
            exact = self._exact(row, column)
            return f"{exact}\n{self._row_tip(row)}" if exact else self._row_tip(row)
        return None

    def _row_texts(self, number: int, row: BoardRow) -> tuple[str | None, ...]:
        texts = self.texts.get(number)
        if texts is None:
            texts = self.texts[number] = tuple(self._text(row, column) for column in range(len(self.COLUMNS)))
        return texts

    def _bar(self, number: int, row: BoardRow) -> tuple[float | None, float, str, str]:
        """(share, pace mark, status, percentage): what the progress cell draws, made at its first paint."""
        bar = self.bars.get(number)
        if bar is None:
            line = row.line
            share = line.value / line.target if line.target else None
            text = progress_percent(line.achieved_pct) if line.achieved_pct is not None else self.tr("未设目标")
            bar = self.bars[number] = (share, row.pace_mark(self.expected_share), row.status, text)
        return bar

    def _row_tip(self, row: BoardRow) -> str:
        """What is due of the person: by now while the month runs, in the whole month once it is over (本月 only of
        the month that runs: a past or a coming month is named)."""
        expected = self.amount(row.expected) if row.expected is not None else "—"
        days = self.month.days if self.month else 0
        employed = row.staff.days_employed(self.month.start, self.month.end) if self.month else 0
        left = row.staff.left
        gone = left is not None and self.month is not None and self.month.contains(left) and self.is_over(left)
        if not self.begun:
            due = self.tr("尚未开始")
        elif row.line.target is None:
            due = self.tr("未设目标")
        elif (self.over or gone) and 0 < employed < days:  # their time in the month is over: no "by now"
            due = self.tr("在职期间应完成 {expected}").format(expected=expected)
        elif self.over:
            due = self.tr("全月应完成 {expected}").format(expected=expected)
        else:
            due = self.tr("按时间进度此时应完成 {expected}").format(expected=expected)
        if self.month and 0 < employed < days:  # joined, left or came back in the month: the pace is over their own days
            month = self.tr("本月") if self.begun and not self.over else self.month.shown_label()
            return self.tr("{name}：{month}在职 {n}/{days} 天，{due}").format(
                name=row.staff.name, month=month, n=employed, days=days, due=due)
        return self.tr("{name}：{due}").format(name=row.staff.name, due=due)

    def _exact(self, row: BoardRow, column: int) -> str:
        """The exact amount of a cell that shows it shortened (¥123.46亿, >999%), named by its column; else ""."""
        pct = row.line.achieved_pct
        if column == self.PROGRESS and pct is not None and exact_percent(pct):
            return self.tr("{column}：{amount}").format(
                column=self.headerData(column, Qt.Orientation.Horizontal), amount=exact_percent(pct))
        if column not in (self.VALUE, self.TARGET, self.REMAINING):
            return ""
        exact = self._text(row, column, self.amount)
        if exact == self._text(row, column):
            return ""
        if column == self.REMAINING:  # 还差 ¥999,999,931,620.48 names itself
            return exact or ""
        return self.tr("{column}：{amount}").format(
            column=self.headerData(column, Qt.Orientation.Horizontal), amount=exact)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and section == self.PER_DAY and role == Qt.ItemDataRole.ToolTipRole:
            return need_column_tip(self.pace_mode)
        return super().headerData(section, orientation, role)

    def _text(self, row: BoardRow, column: int, amount: Callable[[int], str] | None = None) -> str | None:
        amount = amount or self.cell_amount
        line = row.line
        if column == self.NAME:
            return self.names.get(row.staff.id, row.staff.name)
        if column == self.DEPT:
            return row.staff.dept or ""
        if column == self.VALUE:
            return amount(line.value)
        if column == self.TARGET:
            return amount(line.target) if line.target else self.tr("未设目标")
        if column == self.REMAINING:
            if line.remaining is None:
                return "—"
            return self.tr("已达成") if line.remaining == 0 else self.tr("还差 {x}").format(x=amount(line.remaining))
        if column == self.PER_DAY:
            return need_text(row.need, amount) or "—"
        if column == self.STATUS:
            return status_cell(row)
        return None
