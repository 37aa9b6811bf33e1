"""Targets for one month: rows = people (then the sum of their targets and the shop-level target),
columns = 部门 and one column per chosen metric. Edits go through a commit callback (a service call)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain import Staff
from app.errors import UserError
from app.metrics import Metric
from app.periods import Month
from app.services.progress import prorated
from ui.person_choice import person_choice

# commit(staff_id or None for the shop row, metric, text) -> the stored value (None = cleared)
Commit = Callable[[int | None, Metric, str], int | None]
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these are flat tables

_SHOP_BG = QColor("#fff4e5")
_SUM_BG = QColor("#f2f2f2")
_TEXT_ON_OWN_BG = QColor("#1f1f1f")  # on those light rows whatever the palette's text (white in a dark one)


class TargetModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.people: list[Staff] = []
        self.metrics: list[Metric] = []
        self.staff_targets: dict[tuple[int, str], int] = {}
        self.shop_targets: dict[str, int] = {}
        self.commit: Commit | None = None
        self._dupes: set[str] = set()
        self.month: Month | None = None
        self.prorate = False  # the shop's 折算目标 setting: a part month's target is scaled on the board and in awards

    # ---- content
    def set_content(self, people: list[Staff], metrics: list[Metric], staff_targets: dict[tuple[int, str], int],
                    shop_targets: dict[str, int], month: Month | None = None, prorate: bool = False) -> None:
        self.beginResetModel()
        self.month, self.prorate = month, prorate
        self.people = list(people)
        self.metrics = list(metrics)
        self.staff_targets = dict(staff_targets)
        self.shop_targets = dict(shop_targets)
        names = [p.name for p in self.people]
        self._dupes = {n for n in names if names.count(n) > 1}
        self.endResetModel()

    @property
    def sum_row(self) -> int:
        return len(self.people)

    @property
    def shop_row(self) -> int:
        return len(self.people) + 1

    def metric_at(self, column: int) -> Metric | None:
        return self.metrics[column - 1] if 1 <= column <= len(self.metrics) else None

    def column_of(self, metric_key: str) -> int:
        for i, m in enumerate(self.metrics):
            if m.key == metric_key:
                return i + 1
        raise KeyError(metric_key)

    def value(self, row: int, metric: Metric) -> int | None:
        if row < len(self.people):
            return self.staff_targets.get((self.people[row].id, metric.key))
        if row == self.sum_row:
            if metric.aggregation != "sum":
                return None
            values = [self.staff_targets.get((p.id, metric.key)) for p in self.people]
            known = [v for v in values if v is not None]
            return sum(known) if known else None
        return self.shop_targets.get(metric.key)

    # ---- Qt model
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.people) + 2

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.metrics) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                metric = self.metric_at(section)
                return metric.shown_name if metric else self.tr("部门")
            if role == Qt.ItemDataRole.ToolTipRole:
                metric = self.metric_at(section)
                if metric is None:
                    return None
                better = self.tr("越高越好") if metric.higher_is_better else self.tr("越低越好")
                return self.tr("{name}目标（{better}）").format(name=metric.shown_name, better=better)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(self.people):
                person = self.people[section]
                return person_choice(person.name, f"#{person.id}") if person.name in self._dupes else person.name
            if section == self.sum_row:
                return self.tr("个人目标合计")
            if section == self.shop_row:
                return self.tr("全店目标")
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.shop_row:
                return self.tr("设置后作为团队目标；留空时团队目标为个人目标之和")
            if section < len(self.people):
                return self.people[section].display()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        metric = self.metric_at(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if metric is None:
                return (self.people[row].dept or "") if row < len(self.people) else ""
            value = self.value(row, metric)
            if role == Qt.ItemDataRole.EditRole:
                return metric.edit_text(value)
            if row == self.sum_row and metric.aggregation != "sum":
                return "—"
            return metric.format(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and metric is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row == self.shop_row:
                return QBrush(_SHOP_BG)
            if row == self.sum_row:
                return QBrush(_SUM_BG)
        if role == Qt.ItemDataRole.ForegroundRole and row in (self.shop_row, self.sum_row):
            return QBrush(_TEXT_ON_OWN_BG)
        if role == Qt.ItemDataRole.FontRole and row >= len(self.people):
            font = QFont()
            font.setBold(row == self.shop_row)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row == self.sum_row and metric is not None:
            return self.tr("只读：本月各人目标之和")
        if role == Qt.ItemDataRole.ToolTipRole and row == self.shop_row and metric is not None:
            return self.shop_note(metric)
        if role == Qt.ItemDataRole.ToolTipRole and row < len(self.people) and metric is not None:
            return self.part_month_note(self.people[row], metric)
        return None

    def part_month_note(self, person: Staff, metric: Metric) -> str | None:
        """For someone hired or leaving within the month: whether the board and the awards hold them to the
        target as typed or to its share of the days they are employed, and how much that is."""
        if self.month is None or not metric.target_prorates:  # a rate or an average: the same over fewer days
            return None
        days, of = person.days_employed(self.month.start, self.month.end), self.month.days
        if not 0 < days < of:
            return None
        if not self.prorate:
            return self.tr("本月在职 {days}/{of} 天：目标不折算，照填写的值考核（可在「设置 → 看板与小红花」中开启折算）"
                           ).format(days=days, of=of)
        value = self.staff_targets.get((person.id, metric.key))
        if value is None:
            return self.tr("本月在职 {days}/{of} 天：填写的目标会按在职天数折算").format(days=days, of=of)
        return self.tr("本月在职 {days}/{of} 天：看板和评奖按折算后的 {scaled} 考核").format(
            days=days, of=of, scaled=metric.format(prorated(value, person, self.month)))

    def shop_note(self, metric: Metric) -> str:
        """Which target the board's team progress uses, and how the shop's differs from the sum of the people's."""
        shop, people = self.value(self.shop_row, metric), self.value(self.sum_row, metric)
        if shop is None:
            if people is None:
                return self.tr("设置后作为团队目标；留空时团队目标为个人目标之和")
            return self.tr("未设：团队目标为个人目标合计 {sum}").format(sum=metric.format(people))
        if people is None or people == shop:
            return self.tr("团队目标用全店目标 {shop}").format(shop=metric.format(shop))
        more = self.tr("团队目标用全店目标 {shop}，比个人目标合计 {sum} 多 {difference}")
        less = self.tr("团队目标用全店目标 {shop}，比个人目标合计 {sum} 少 {difference}")
        return (more if shop > people else less).format(
            shop=metric.format(shop), sum=metric.format(people), difference=metric.format(abs(shop - people)))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.metric_at(index.column()) is not None and index.row() != self.sum_row:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        metric = self.metric_at(index.column())
        if metric is None or self.commit is None:
            return False
        row = index.row()
        staff_id = self.people[row].id if row < len(self.people) else None
        try:
            stored = self.commit(staff_id, metric, str(value if value is not None else ""))
        except UserError as e:
            self.refused.emit(e.message)
            return False
        if staff_id is None:
            _put(self.shop_targets, metric.key, stored)
        else:
            _put(self.staff_targets, (staff_id, metric.key), stored)
        self.dataChanged.emit(index, index)
        total = self.index(self.sum_row, index.column())
        self.dataChanged.emit(total, total)
        return True


def _put(mapping: dict, key: object, value: int | None) -> None:
    if value is None:
        mapping.pop(key, None)
    else:
        mapping[key] = value
