"""A plan's rules in order: 名称 · 类型 · 期间, with 添加规则 / 上移 / 下移 / 删除. The list shows; the
editor (editor.py) owns the rules and says what to show."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.rules.kinds import KIND_WORDS
from ui.plans.specs import KIND_NAMES, PERIODS

PERIOD_NAMES = dict(PERIODS)


class RuleList(QWidget):
    addRequested = Signal()
    moveRequested = Signal(int)  # -1 up, +1 down
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMinimumWidth(230)
        self.add_button = QPushButton(self.tr("添加规则"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.add_button.clicked.connect(self.addRequested.emit)
        self.up_button.clicked.connect(lambda: self.moveRequested.emit(-1))
        self.down_button.clicked.connect(lambda: self.moveRequested.emit(1))
        self.remove_button.clicked.connect(self.removeRequested.emit)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _r: self._buttons())
        self._buttons()

    def label(self, rule: dict) -> str:
        kind = KIND_WORDS.get(str(rule.get("kind", "")), "")
        period = str(rule.get("period") or "")
        name = str(rule.get("name") or "").strip() or self.tr("（未命名）")
        return self.tr("{name}　{kind} · {period}").format(
            name=name, kind=self.tr(KIND_NAMES.get(kind, str(rule.get("kind", "")))),
            period=self.tr(PERIOD_NAMES.get(period, period)))

    def show_rules(self, rules: list[dict], current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for rule in rules:
            self.list.addItem(QListWidgetItem(self.label(rule)))
        self.list.setCurrentRow(current if 0 <= current < len(rules) else -1)
        self.list.blockSignals(False)
        self._buttons()

    def set_label(self, row: int, rule: dict) -> None:
        item = self.list.item(row)
        if item is not None:
            item.setText(self.label(rule))

    def select(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._buttons()

    def _buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
