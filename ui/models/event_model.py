"""The month's events: 日期, 员工, 类型, 金额, 数值, 属性, 备注 (read-only list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain import Staff
from app.event_attrs import describe_attrs
from app.events import Event, EventType
from app.money import format_yuan
from app.periods import shown_month_day
from ui.models.rows_model import RowsModel
from ui.person_choice import told_apart

Index = QModelIndex | QPersistentModelIndex

_HEADERS = ("日期", "员工", "类型", "金额", "数值", "属性", "备注")
_POLARITY_FG = {"positive": QColor("#1a7f37"), "negative": QColor("#c62828")}


class EventModel(RowsModel):
    COLUMNS = _HEADERS
    CONTEXT = "EventModel"

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.polarity: dict[str, str] = {}
        self.labels: dict[str, str] = {}  # a type's stored name → the name it is shown by (renamed)

    def set_content(self, events: list[Event], people: list[Staff], types: list[EventType]) -> None:
        self.names = told_apart(people)
        self.polarity = {t.name: t.polarity for t in types}
        self.labels = {t.name: t.label for t in types}
        self.replace_rows(events)

    def event_at(self, row: int) -> Event:
        return self.rows[row]

    def cell_text(self, event: Event, column: int) -> str:
        if column == 0:
            return shown_month_day(event.day)
        if column == 1:
            return self.names.get(event.staff_id, f"#{event.staff_id}")
        if column == 2:
            return self.labels.get(event.type, event.type)
        if column == 3:
            return format_yuan(event.amount_fen)
        if column == 4:
            return f"{event.value.normalize():f}" if event.value is not None else ""
        if column == 5:
            return describe_attrs(event.attrs)
        return event.note

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (5, 6):
            return self.cell_text(event, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            color = _POLARITY_FG.get(self.polarity.get(event.type, ""))
            return QBrush(color) if color else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
