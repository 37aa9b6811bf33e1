"""A small table of a rule: stages (达成率 / 金额), rank bands (从 / 到 / 金额 / 奖状), conditions (指标 / 比较 /
数值), commission tiers, points deductions. Rows keep any fields the columns do not show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.plans.field_widgets import (
    RIGHT,
    Field,
    Lists,
    NameBox,
    convert,
    fill_choices,
    metric_box,
    select_data,
    tip_text,
)
from ui.plans.specs import Col, Spec
from ui.plans.values import shown
from ui.widgets.hint_text import dim_text

ROW_HEIGHT_ROWS = 4  # rows visible without scrolling

def _tr(text: str) -> str:
    """Labels of the rule kinds' fields (specs.py), translated in one context."""
    return QCoreApplication.translate("PlanEditor", text)


class TableField(Field):
    def __init__(self, spec: Spec, owner: QObject, lists: Lists):
        super().__init__(spec)
        self.owner, self.lists = owner, lists
        self.columns: tuple[Col, ...] = spec.columns
        self.extras: list[dict] = []  # per row: the fields no column shows
        self.widget = QWidget()
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([_tr(c.label) for c in self.columns])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setToolTip(tip_text(spec))
        self.table.setAccessibleName(_tr(spec.label))
        self.table.setTabKeyNavigation(False)  # Tab went round its cells for ever: the arrows move in it, Tab leaves
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        height = header.sizeHint().height() + self.table.verticalHeader().defaultSectionSize() * ROW_HEIGHT_ROWS
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())
        self.add_button = QPushButton(_tr("添加一行"))
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button = QPushButton(_tr("删除所选行"))
        self.remove_button.clicked.connect(lambda: self.remove_row())
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        if spec.hint:  # what the rows mean (ties in a ranking), in view rather than in a tooltip
            self.hint = dim_text(QLabel(_tr(spec.hint)))
            self.hint.setWordWrap(True)
            layout.addWidget(self.hint)

    # ---- rows
    def add_row(self, row: dict) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        keys = {c.key for c in self.columns}
        self.extras.append({k: v for k, v in row.items() if k not in keys})
        for c, col in enumerate(self.columns):
            value = row.get(col.key)
            if col.type == "bool":
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, value)  # an explicit false stays false
                self.table.setItem(r, c, item)
            elif col.type == "choice":
                combo = QComboBox()
                fill_choices(combo, col.choices, self.owner)
                select_data(combo, value if value is not None else col.choices[0][0])
                self._set_cell_widget(r, c, combo)
            elif col.type in ("metric", "event"):
                box = metric_box(self.lists) if col.type == "metric" else NameBox(self.lists.events)
                box.set_word(value)
                self._set_cell_widget(r, c, box)
            else:
                item = QTableWidgetItem(shown(value))
                if col.type != "text":
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)

    def _set_cell_widget(self, row: int, column: int, widget: QWidget) -> None:
        """A box in a cell; on Tab it comes after the table and the boxes of the cells before it (a box set into a
        cell joins the end of the window's Tab order: after the dialog's buttons)."""
        previous: QWidget = self.table
        for r in range(row + 1):
            for c in range(column if r == row else self.table.columnCount()):
                previous = self.table.cellWidget(r, c) or previous
        self.table.setCellWidget(row, column, widget)
        QWidget.setTabOrder(previous, widget)

    def remove_row(self, row: int | None = None) -> None:
        row = self.table.currentRow() if row is None else row
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            del self.extras[row]

    def set_text(self, row: int, key: str, text: str) -> None:
        """Type into a cell (a text cell, or the text of a name box)."""
        c = [col.key for col in self.columns].index(key)
        widget = self.table.cellWidget(row, c)
        if isinstance(widget, NameBox):
            widget.set_word(text)
        else:
            self.table.item(row, c).setText(text)

    def text(self, row: int, key: str) -> str:
        c = [col.key for col in self.columns].index(key)
        widget = self.table.cellWidget(row, c)
        if isinstance(widget, QComboBox):
            return widget.currentText()
        return self.table.item(row, c).text()

    # ---- values
    def load(self, value: Any) -> None:
        self.table.setRowCount(0)
        self.extras.clear()
        for row in value or []:
            self.add_row(row)

    def value(self) -> Any:
        rows = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for c, col in enumerate(self.columns):
                cell = self._cell(r, c, col)
                if cell is not None:
                    row[col.key] = cell
            row.update(self.extras[r])
            rows.append(row)
        return rows or None

    def _cell(self, r: int, c: int, col: Col) -> Any:
        if col.type == "bool":
            item = self.table.item(r, c)
            if item is None:
                return None
            if item.checkState() == Qt.CheckState.Checked:
                return True
            return False if item.data(Qt.ItemDataRole.UserRole) is False else None
        widget = self.table.cellWidget(r, c)
        if isinstance(widget, NameBox):
            return widget.word()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        item = self.table.item(r, c)
        return convert(col.type, item.text() if item is not None else "", yuan=self._in_yuan(r, col))

    def _in_yuan(self, r: int, col: Col) -> bool:
        """Whether the cell holds a number of the row's metric, a money one (数值 of 销售额 ≥ ¥3,000)."""
        if not col.unit_of:
            return False
        c, metric_col = next((c, other) for c, other in enumerate(self.columns) if other.key == col.unit_of)
        return self._cell(r, c, metric_col) in self.lists.money_metrics

    def can_take(self, value: Any) -> bool:
        """Rows the columns can show: a list of objects whose named fields (metric, event …) are plain."""
        if value is None:
            return True
        if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
            return False
        named = {c.key for c in self.columns if c.type in ("metric", "event", "choice")}
        for row in value:
            if any(k in row for k in ("event", "source", "agg")) and "event" not in named:
                return False  # a condition on events or flowers: edited in 高级（JSON）
            if any(k in named and not isinstance(v, str) for k, v in row.items()):
                return False
        return True
