"""The names of 处理未识别项 (找不到的客服, 按昵称对应的子账号): one row per name in a model, its choice drawn as a choice
box and made one only for the row being changed.

A first import of a big shop lists hundreds of names: a QComboBox and a QCheckBox per row, built on the window's
thread, took about a second for 1,000 names (bench/unknown_names_bench.py). The view draws the rows on show only.

Keyboard: the arrows go from cell to cell, Space, Enter or F2 on 处理方式 opens the choice (typing a letter opens it
at the first option starting so), Space on 以后导入 ticks or unticks it, Tab leaves the table.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

CREATE, SKIP, UNDECIDED = "create", "skip", ""
SEPARATOR = None  # in a row's options: the line between its own choices and the people
NAME, PERSON, ROWS, CHOICE, REMEMBER = "name", "person", "rows", "choice", "remember"
Index = QModelIndex | QPersistentModelIndex


@dataclass
class NameRow:
    name: str
    rows: int
    own: list[tuple[str, object]]  # the row's own choices (请选择…, 新建员工「…」, 跳过这些行), before the people
    choice: object = UNDECIDED
    remember: bool = True  # 以后导入也跳过这个账号: checked unless unchecked, offered while the choice is SKIP
    person: str = ""  # whom a sub-account was counted for by nickname
    not_offered: int | None = None  # that person's id: not offered again among the people
    shown: dict[object, str] = field(default_factory=dict)  # its own choices' texts by choice


class NameChoices(QAbstractTableModel):
    """Rows of names, each with its choice: UNDECIDED, CREATE, SKIP or a person's id."""

    def __init__(self, columns: list[str], headers: list[str], people: list[tuple[str, int]], remember_text: str,
                 remember_tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.headers = headers
        self.people = people  # (shown as 对应到 …, id) for every person, the same for every row
        self.people_shown: dict[object, str] = {person_id: text for text, person_id in people}
        self.remember_text = remember_text
        self.remember_tip = remember_tip
        self.rows: list[NameRow] = []
        self.where: dict[str, int] = {}  # name → its row

    # ---- the model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        plain = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column == CHOICE:
            return plain | Qt.ItemFlag.ItemIsEditable
        if column == REMEMBER and self.rows[index.row()].choice == SKIP:
            return plain | Qt.ItemFlag.ItemIsUserCheckable
        return plain

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        skipped = row.choice == SKIP
        if role == Qt.ItemDataRole.DisplayRole:
            return {NAME: row.name, PERSON: row.person, ROWS: str(row.rows), CHOICE: self.choice_text(row),
                    REMEMBER: self.remember_text if skipped else ""}[column]
        if role == Qt.ItemDataRole.EditRole and column == CHOICE:
            return row.choice
        if role == Qt.ItemDataRole.CheckStateRole and column == REMEMBER and skipped:
            return Qt.CheckState.Checked if row.remember else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == REMEMBER and skipped:
            return self.remember_tip
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (CHOICE, REMEMBER):
            return f"{row.name}: {self.data(index)}"  # a screen reader says whose choice it is, as the row shows
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if column == CHOICE and role == Qt.ItemDataRole.EditRole:
            if value not in self.choices_of(row):
                return False
            self._choose(index.row(), value)
            return True
        if column == REMEMBER and role == Qt.ItemDataRole.CheckStateRole and row.choice == SKIP:
            row.remember = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index)
            return True
        return False

    # ---- rows and choices
    def add(self, rows: list[NameRow]) -> None:
        new = [row for row in rows if row.name not in self.where]
        if not new:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for row in new:
            row.shown = {choice: text for text, choice in row.own}
            self.where[row.name] = len(self.rows)
            self.rows.append(row)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows.clear()
        self.where.clear()
        self.endResetModel()

    def options(self, row: NameRow) -> list[tuple[str, object] | None]:
        """What the row's choice box offers, a SEPARATOR between its own choices and the people."""
        people = [(text, person_id) for text, person_id in self.people if person_id != row.not_offered]
        return [*row.own, SEPARATOR, *people]

    def choices_of(self, row: NameRow) -> set[object]:
        return set(row.shown) | {person_id for person_id in self.people_shown if person_id != row.not_offered}

    def choice_text(self, row: NameRow) -> str:
        return row.shown.get(row.choice) or self.people_shown.get(row.choice, "")

    def __iter__(self) -> Iterator[str]:
        """The names listed, in their order."""
        return iter([row.name for row in self.rows])

    def __contains__(self, name: object) -> bool:
        return name in self.where

    def __len__(self) -> int:
        return len(self.rows)

    def row_of(self, name: str) -> NameRow:
        return self.rows[self.where[name]]

    def choose(self, name: str, choice: object) -> None:
        if choice not in self.choices_of(self.row_of(name)):
            raise KeyError(choice)
        self._choose(self.where[name], choice)

    def choose_where_undecided(self, option: int) -> None:
        """Every row still undecided (left at its first choice) given its own choice number `option` (新建员工, 确认是
        她的子账号), said to the view once."""
        for row in self.rows:
            if row.choice == UNDECIDED:
                row.choice = row.own[option][1]
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def _choose(self, number: int, choice: object) -> None:
        self.rows[number].choice = choice
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))


class ChoiceDelegate(QStyledItemDelegate):
    """处理方式 drawn as a choice box on every row; a real one made only while a row's choice is changed."""

    def __init__(self, model: NameChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if self.model.columns[index.column()] != CHOICE:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        box = QStyleOptionComboBox()
        box.initFrom(widget)
        box.rect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
        box.currentText = index.data()
        box.state = QStyle.StateFlag.State_Enabled | (option.state & QStyle.StateFlag.State_HasFocus)  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            box.state |= QStyle.StateFlag.State_HasFocus
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: Index) -> bool:
        """A click anywhere on 以后导入也跳过这个账号 ticks or unticks it, as a click on a check box's text does, not
        only one on its little square."""
        mouse = event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
        if mouse and self.model.columns[index.column()] == REMEMBER and index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton or not option.rect.contains(event.position().toPoint()):  # type: ignore[attr-defined]
                return False
            if event.type() == QEvent.Type.MouseButtonRelease:
                checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                model.setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                              Qt.ItemDataRole.CheckStateRole)
            return True
        return super().editorEvent(event, model, option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        row = self.model.rows[index.row()]
        combo = QComboBox(parent)
        for option_ in self.model.options(row):
            if option_ is SEPARATOR:
                combo.insertSeparator(combo.count())
            else:
                combo.addItem(*option_)
        combo.setAccessibleName(row.name)
        combo.activated.connect(lambda _i: self._done(combo))
        return combo

    def _done(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NameChoicesView(QTableView):
    """The names' table: 处理方式 takes the room left, never less than its longest option; 以后导入 as wide as its box."""

    OPENING_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F4)

    def __init__(self, model: NameChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.names = model
        self.choice_column = model.columns.index(CHOICE)
        self.remember_column = model.columns.index(REMEMBER)
        self.setItemDelegate(ChoiceDelegate(model, self))
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab goes on to the next field; the arrows go from cell to cell
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        model.rowsInserted.connect(lambda *_: self.fit())
        model.modelReset.connect(self.fit)
        self.choice_width = 0
        self.fit()

    def fit(self) -> None:
        """Each column as wide as its widest text (measured on the model's texts, not by asking every row)."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 12
        for column, kind in enumerate(self.names.columns):
            title = header.fontMetrics().horizontalAdvance(self.names.headers[column]) + 24
            if kind == CHOICE:
                texts = {text for row in self.names.rows for text, _c in row.own}
                texts.update(text for text, _id in self.names.people)
                box = QStyleOptionComboBox()
                box.initFrom(self)
                widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
                content = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, box,
                                                        QSize(widest, metrics.height()), self)
                self.choice_width = max(title, content.width() + 4)
                continue
            if kind == REMEMBER:
                width = QCheckBox(self.names.remember_text).sizeHint().width() + 12
            elif kind == NAME:
                width = max((metrics.horizontalAdvance(row.name) for row in self.names.rows), default=0) + padding
            elif kind == PERSON:
                width = max((metrics.horizontalAdvance(row.person) for row in self.names.rows), default=0) + padding
            else:
                width = metrics.horizontalAdvance(str(max((row.rows for row in self.names.rows), default=0))) + padding
            header.resizeSection(column, max(title, width))
        self._fit_choice()

    def _fit_choice(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(len(self.names.columns)) if c != self.choice_column)
        header.resizeSection(self.choice_column, max(self.choice_width, self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_choice()

    def open_choice(self, index: QModelIndex) -> None:
        """The row's choice box made and dropped down, as a click on a choice box does."""
        if self.indexWidget(index) is None:
            self.edit(index)
        editor = self.indexWidget(index)
        if isinstance(editor, QComboBox):
            QTimer.singleShot(0, editor.showPopup)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on 处理方式 drops its choice down, as a click on a choice box does."""
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid() and index.column() == self.choice_column:
            self.open_choice(index)

    def closeEditor(self, editor: QWidget, hint: QStyledItemDelegate.EndEditHint) -> None:
        """Tab from an open choice leaves the table, as Tab from the table does, rather than going to 以后导入."""
        hints = QStyledItemDelegate.EndEditHint
        ahead = {hints.EditNextItem: True, hints.EditPreviousItem: False}
        if hint not in ahead:
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.focusNextPrevChild(ahead[hint])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        opening = event.key() in self.OPENING_KEYS or (event.key() == Qt.Key.Key_Down
                                                       and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if index.isValid() and index.column() == self.choice_column and opening:
            self.open_choice(index)  # Enter opens the choice rather than pressing the wizard's default button
            event.accept()
            return
        super().keyPressEvent(event)
