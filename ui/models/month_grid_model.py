"""One metric for one month: rows = people, columns = days 1..N and a total column.

Edits go through a commit callback (a service call). Future days are shown grey and are not editable;
cells the service refused are marked with their reason until the next reload. Days an imported total holds
(a month report) are shown yellow and are not editable either: the total column counts the report, as the
board does, and a value typed into those days would not count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from app.domain import Staff
from app.errors import UserError
from app.metrics import Metric
from app.periods import Month, shown_date
from app.reports.totals import total_with_imports
from app.services.data import covering, shown_first, shown_last
from app.store.values import ImportedSpan
from ui.person_choice import person_choice

# commit(staff_id, day, metric, text) -> the stored value (None = cleared)
Commit = Callable[[int, date, Metric, str], int | None]
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these are flat tables

_FUTURE_BG = QColor("#ececec")
_FUTURE_FG = QColor("#787878")  # greyed, yet 3:1 on the grey cells and on a light or a dark header
WEEKEND_TINT = 0.07  # of the highlight colour in a weekend cell: a hint of a column, light or dark palette alike
_REFUSED_BG = QColor("#ffd6d6")
_TOTAL_BG = QColor("#fff4e5")
_IMPORTED_BG = QColor("#fff6cc")
_TEXT_ON_OWN_BG = QColor("#1f1f1f")  # on those light cells whatever the palette's text (white in a dark one)


def weekend_tint(palette: QPalette) -> QColor:
    """A weekend cell's background: the palette's base moved a little towards its highlight. A fixed light tint
    stood out as white columns on the dark base Windows' dark mode hands out; this one keeps the palette's
    own text readable on it."""
    base, highlight = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
    return QColor(*(round((1 - WEEKEND_TINT) * a + WEEKEND_TINT * b) for a, b in (
        (base.red(), highlight.red()), (base.green(), highlight.green()), (base.blue(), highlight.blue()))))


def weekday_name(day: date) -> str:
    names = ("一", "二", "三", "四", "五", "六", "日")
    return QCoreApplication.translate("MonthGridModel", names[day.weekday()])


def total_label(metric: Metric) -> str:
    """合计 for summed metrics, 平均 / 加权平均 for the others (app.metrics.aggregate semantics)."""
    label = {"sum": "合计", "mean": "平均", "weighted": "加权平均"}.get(metric.aggregation, "合计")
    return QCoreApplication.translate("MonthGridModel", label)


def parse_block(text: str) -> list[list[str]]:
    """Clipboard text as Excel copies it (tabs between cells, a newline after each row) → rows of cells.

    Empty rows below the block and empty columns on its right are left out — a blank line WPS adds, a row or
    column selected too many: pasted, they would clear cells the owner never meant to touch. An empty cell
    inside the block clears its cell, as in Excel, and a block of nothing but empty cells is kept whole."""
    if text == "":
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.removesuffix("\n")  # Excel ends every row, the last one too, with a newline
    rows = [line.split("\t") for line in text.split("\n")]
    if not any(cell.strip() for row in rows for cell in row):
        return rows
    while not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    width = max(len(row) - next(i for i, cell in enumerate(reversed(row)) if cell.strip())
                for row in rows if any(cell.strip() for cell in row))
    return [row[:width] for row in rows]


class MonthGridModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.metric: Metric | None = None
        self.month: Month | None = None
        self.today = date.min
        self._weekend: tuple[int, QBrush] | None = None  # (the palette's cache key, the brush mixed from it)
        self.people: list[Staff] = []
        self.days: list[date] = []
        self.values: dict[tuple[int, date], int] = {}
        self.weights: dict[tuple[int, date], int] = {}
        self.refused_cells: dict[tuple[int, date], str] = {}
        self.commit: Commit | None = None
        self._dupes: set[str] = set()
        self.spans: dict[int, list[ImportedSpan]] = {}  # the imported totals that count, per person
        self.imported: dict[tuple[int, date], str] = {}  # the daily values an import wrote: where each came from
        self.span_source: Callable[[ImportedSpan], str] = lambda _span: ""

    def set_content(self, metric: Metric, month: Month, people: list[Staff], values: dict[tuple[int, date], int],
                    today: date, weights: dict[tuple[int, date], int] | None = None,
                    spans: dict[int, list[ImportedSpan]] | None = None,
                    imported: dict[tuple[int, date], str] | None = None) -> None:
        self.beginResetModel()
        self.metric, self.month, self.today = metric, month, today
        self.people = list(people)
        self.days = month.day_list()
        self.values = dict(values)
        self.weights = dict(weights or {})
        self.spans = dict(spans or {})
        self.imported = dict(imported or {})
        self.refused_cells = {}
        names = [p.name for p in self.people]
        self._dupes = {n for n in names if names.count(n) > 1}
        self.endResetModel()

    # ---- geometry and lookups
    @property
    def total_column(self) -> int:
        return len(self.days)

    def staff_at(self, row: int) -> Staff:
        return self.people[row]

    def day_at(self, column: int) -> date | None:
        return self.days[column] if 0 <= column < len(self.days) else None

    def is_future(self, column: int) -> bool:
        day = self.day_at(column)
        return day is not None and day > self.today

    def is_off_duty(self, row: int, column: int) -> bool:
        """A day before the person joined or after they left."""
        day = self.day_at(column)
        return day is not None and not self.people[row].employed_on(day)

    def _own_background(self, row: int, column: int) -> QColor | None:
        """The light colour of a cell that has one of its own (the total, a refused, imported, future or off-duty
        day): its text is dark whatever the palette says. None for an ordinary day, weekends included."""
        day = self.day_at(column)
        if day is None:
            return _TOTAL_BG
        if (self.people[row].id, day) in self.refused_cells:
            return _REFUSED_BG
        if self.imported_total_at(row, column) is not None:
            return _IMPORTED_BG
        if day > self.today or not self.people[row].employed_on(day):
            return _FUTURE_BG
        return None

    def _weekend_brush(self) -> QBrush:
        palette = QGuiApplication.palette()  # the views of this model follow the application's palette
        if self._weekend is None or self._weekend[0] != palette.cacheKey():
            self._weekend = (palette.cacheKey(), QBrush(weekend_tint(palette)))
        return self._weekend[1]

    def imported_total_at(self, row: int, column: int) -> ImportedSpan | None:
        """The imported total holding this day of this person, if any. Only a sum's total holds its days: a
        mean's report counts only without daily values, and a day typed then counts instead of it."""
        day = self.day_at(column)
        if day is None or self.metric is None or self.metric.aggregation != "sum":
            return None
        return covering(self.spans.get(self.people[row].id, []), day)

    def cell_editable(self, row: int, column: int) -> bool:
        return (0 <= row < len(self.people) and self.day_at(column) is not None and not self.is_future(column)
                and not self.is_off_duty(row, column) and self.imported_total_at(row, column) is None)

    def total(self, row: int) -> int | None:
        if self.metric is None:
            return None
        sid = self.people[row].id
        daily = [(d, self.values[(sid, d)], self.weights.get((sid, d))) for d in self.days if (sid, d) in self.values]
        return total_with_imports(self.metric, daily, self.spans.get(sid, []))

    def widest_rows(self) -> list[int]:
        """For each column (the days, then the total) the row holding its largest value: a number, an amount,
        a rate or a length of time is written no shorter as it grows, so that cell is the one to measure when
        the columns are fitted — one cell a column instead of every row."""
        row_of = {p.id: r for r, p in enumerate(self.people)}
        best: dict[date, tuple[int, int]] = {}
        for (sid, day), value in self.values.items():
            row = row_of.get(sid)
            if row is not None and (day not in best or value > best[day][0]):
                best[day] = (value, row)
        rows = [best[day][1] if day in best else 0 for day in self.days]
        totals = [(total, row) for row in range(len(self.people)) if (total := self.total(row)) is not None]
        return rows + [max(totals)[1] if totals else 0]

    def edit_text(self, row: int, column: int) -> str:
        """The plain text of a cell, as it is copied out (no ¥, no grouping)."""
        if self.metric is None:
            return ""
        if column == self.total_column:
            return self.metric.edit_text(self.total(row))
        day = self.day_at(column)
        return self.metric.edit_text(self.values.get((self.people[row].id, day))) if day else ""

    def mark_refused(self, cells: dict[tuple[int, date], str]) -> None:
        self.refused_cells.update(cells)
        self._changed_all()

    def clear_refused(self) -> None:
        if self.refused_cells:
            self.refused_cells = {}
            self._changed_all()

    def update_values(self, values: dict[tuple[int, date], int],
                      weights: dict[tuple[int, date], int] | None = None,
                      imported: dict[tuple[int, date], str] | None = None) -> None:
        """Take freshly read values (after a paste or a clear) without a reset, so the selection stays."""
        self.values = dict(values)
        self.weights = dict(weights or {})
        self.imported = dict(imported or {})
        self.refused_cells = {}
        self._changed_all()

    def _changed_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # ---- Qt model
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.metric is None else len(self.days) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.people):
                person = self.people[section]
                return person_choice(person.name, f"#{person.id}") if person.name in self._dupes else person.name
            if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self.people):
                person = self.people[section]
                return f"{person.display()} {person.dept or ''}".strip()
            return None
        if self.metric is None:
            return None
        day = self.day_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if day is None:
                return total_label(self.metric)
            return f"{day.day}\n{weekday_name(day)}"
        if role == Qt.ItemDataRole.ToolTipRole and day is not None:
            return self.tr("{y}年{m}月{d}日 星期{w}").format(y=day.year, m=day.month, d=day.day, w=weekday_name(day))
        if role == Qt.ItemDataRole.ForegroundRole and day is not None and day > self.today:
            return QBrush(_FUTURE_FG)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.metric is None:
            return None
        row, column = index.row(), index.column()
        sid = self.people[row].id
        day = self.day_at(column)
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.total(row) if day is None else self.values.get((sid, day))
            return self.metric.format(value)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            own = self._own_background(row, column)
            if own is not None:
                return QBrush(own)
            return self._weekend_brush() if day is not None and day.weekday() >= 5 else None
        if role == Qt.ItemDataRole.ForegroundRole and day is not None and (
                day > self.today or self.imported_total_at(row, column) is not None):
            return QBrush(_FUTURE_FG)  # a value under an imported total is shown, but it does not count
        if role == Qt.ItemDataRole.ForegroundRole and self._own_background(row, column) is not None:
            return QBrush(_TEXT_ON_OWN_BG)
        if role == Qt.ItemDataRole.FontRole and day is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if day is None:
                spans = self.spans.get(sid, [])  # as the board counts it: say where the part with no days comes from
                daily = any((sid, d) in self.values for d in self.days)
                if spans and (self.metric.aggregation == "sum" or not daily):  # a mean's report: only without days
                    return self.tr("含导入的合计：{spans}。与看板、评奖的计算一致，只读").format(spans=self.tr("；").join(
                        self.tr("{first} 至 {last} {value}（{source}）").format(
                            first=shown_first(s), last=shown_last(s), value=self.metric.format(s.value), source=self.span_source(s))
                        for s in spans))
                return self.tr("按本月已有数据计算，只读")
            if (sid, day) in self.refused_cells:
                return self.refused_cells[(sid, day)]
            held = self.imported_total_at(row, column)
            if held is not None:
                return self.tr("{first} 至 {last} 的{metric}来自导入的合计 {value}（{source}），已计入合计列；"
                               "这几天不能再逐日录入，要改请在「导入记录」里撤销那次导入").format(
                    first=shown_first(held), last=shown_last(held), metric=self.metric.shown_name,
                    value=self.metric.format(held.value), source=self.span_source(held))
            if day > self.today:
                return self.tr("日期还没到，不能录入")
            source = self.imported.get((sid, day))
            if source is not None and (sid, day) in self.values and self.cell_editable(row, column):
                return self.tr("来自导入：{source}。在这里修改会以手动录入的数值替换它").format(source=source)
            person = self.people[row]
            away = person.away_between(day)
            if away:
                return self.tr("{name} {left} 离职，{hired} 重新入职").format(
                    name=person.name, left=shown_date(away[0]), hired=shown_date(away[1]))
            first_hired = person.stints[0].hired  # a rehired person's `hired` is the rehire
            if first_hired and day < first_hired:
                return self.tr("{name} {d} 才入职").format(name=person.name, d=shown_date(first_hired))
            if person.left and day > person.left:
                return self.tr("{name} 已于 {d} 离职").format(name=person.name, d=shown_date(person.left))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cell_editable(index.row(), index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.metric is None or self.commit is None:
            return False
        if not self.cell_editable(index.row(), index.column()):
            return False
        sid = self.people[index.row()].id
        day = self.days[index.column()]
        try:
            stored = self.commit(sid, day, self.metric, str(value if value is not None else ""))
        except UserError as e:
            self.refused.emit(e.message)
            return False
        self.refused_cells.pop((sid, day), None)
        self.imported.pop((sid, day), None)  # typed by hand now
        if stored is None:
            self.values.pop((sid, day), None)
        else:
            self.values[(sid, day)] = stored
        self.dataChanged.emit(index, index)
        total = self.index(index.row(), self.total_column)
        self.dataChanged.emit(total, total)
        return True
