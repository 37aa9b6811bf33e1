"""A plan's rules in order: 名称 · 类型 · 期间, with 添加规则 / 上移 / 下移 / 删除. The list shows; the
editor (editor.py) owns the rules and says what to show."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.rules.kinds import KIND_WORDS
from ui.plans.specs import KIND_NAMES, PERIODS

PERIOD_NAMES = dict(PERIODS)
NAME_ROLE = Qt.ItemDataRole.UserRole  # the rule's name as the line shows it


class _FittedLine(QStyledItemDelegate):
    """A rule's line as wide as the list: a long name is cut with …, its kind and period kept whole. Qt's list
    made the line as wide as its text and scrolled sideways to show it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListWidget):
            hint.setWidth(min(hint.width(), view.viewport().width()))
        return hint

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        shown.text = self.fitted(shown, index)
        style = shown.widget.style() if shown.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, shown.widget)

    @staticmethod
    def fitted(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> str:
        """The line's text, its name cut with … where the whole line does not fit the option's text room."""
        text, name = str(index.data() or ""), str(index.data(NAME_ROLE) or "")
        style = option.widget.style() if option.widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget).width() - 2 * margin
        metrics = option.fontMetrics
        if metrics.horizontalAdvance(text) <= room or not name or name not in text:
            return text
        rest = metrics.horizontalAdvance(text) - metrics.horizontalAdvance(name)
        return text.replace(name, metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(room - rest, 0)), 1)


class RuleList(QWidget):
    addRequested = Signal()
    moveRequested = Signal(int)  # -1 up, +1 down
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("规则"))
        self.list.setMinimumWidth(230)
        self.list.setItemDelegate(_FittedLine(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # the lines fitted again as the list is resized
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
        return self.tr("{name}　{kind} · {period}").format(
            name=self._name(rule), kind=self.tr(KIND_NAMES.get(kind, str(rule.get("kind", "")))),
            period=self.tr(PERIOD_NAMES.get(period, period)))

    def _name(self, rule: dict) -> str:
        return str(rule.get("name") or "").strip() or self.tr("（未命名）")

    def _line(self, item: QListWidgetItem, rule: dict) -> None:
        """The rule's line, its whole text on hover (the line cuts a long name)."""
        item.setText(self.label(rule))
        item.setData(NAME_ROLE, self._name(rule))
        item.setToolTip(item.text())

    def shown_text(self, index: QModelIndex) -> str:
        """The line's text as painted in the list's width."""
        option = QStyleOptionViewItem()
        self.list.initViewItemOption(option)
        option.rect = self.list.visualRect(index)
        delegate = self.list.itemDelegate()
        delegate.initStyleOption(option, index)
        return _FittedLine.fitted(option, index)

    def show_rules(self, rules: list[dict], current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for rule in rules:
            item = QListWidgetItem()
            self._line(item, rule)
            self.list.addItem(item)
        self.list.setCurrentRow(current if 0 <= current < len(rules) else -1)
        self.list.blockSignals(False)
        self._buttons()

    def set_label(self, row: int, rule: dict) -> None:
        item = self.list.item(row)
        if item is not None:
            self._line(item, rule)

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
