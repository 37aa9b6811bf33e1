"""A spreadsheet-like table view: Ctrl+C / Ctrl+V / Delete become signals the page handles,
with the same three actions in the right-click menu, their keys shown beside them; Enter saves a cell and goes to
the one below."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


class GridTable(QTableView):
    copyRequested = Signal()
    pasteRequested = Signal()
    clearRequested = Signal()
    undoRequested = Signal()
    redoRequested = Signal()
    readOnlyTyped = Signal(QModelIndex)  # a key that would start typing, on a cell that takes no typing

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._menu_action(self.tr("复制"), self.copyRequested, QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
        self._menu_action(self.tr("粘贴"), self.pasteRequested,
                          QKeySequence.keyBindings(QKeySequence.StandardKey.Paste))
        self._menu_action(self.tr("清空所选单元格"), self.clearRequested, [QKeySequence(Qt.Key.Key_Delete)])
        self._value_refused = False

    def _menu_action(self, text: str, signal: SignalInstance, keys: list[QKeySequence]) -> None:
        """An item of the right-click menu with its keys shown beside it. The keys themselves are the grid's own
        (`keyPressEvent`, which `event` keeps them for): a shortcut as well would do the same thing twice."""
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(signal.emit)
        self.addAction(action)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        refused = getattr(model, "refused", None)  # the grids' models say so when they refuse a typed value
        if refused is not None:
            refused.connect(self._note_refusal)

    def _note_refusal(self, *_message: object) -> None:
        self._value_refused = True

    def commitData(self, editor: QWidget) -> None:
        self._value_refused = False
        super().commitData(editor)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter (the delegate's SubmitModelCache) goes on to the cell below, as in Excel, so a column is typed
        value, Enter, value …; without it every value landed in the same cell. A refused value keeps its cell."""
        super().closeEditor(editor, hint)
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache or self._value_refused:
            return
        current, model = self.currentIndex(), self.model()
        if current.isValid() and model is not None and current.row() + 1 < model.rowCount():
            self.setCurrentIndex(model.index(current.row() + 1, current.column()))

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab (Shift+Tab) goes on to the next (previous) cell that takes typing, as in a spreadsheet whose other
        cells are locked: a row of targets without its 部门, a row of days without the grey ones and the total.
        From the last such cell it goes on to the next widget; Qt's table went back to the first cell, so Tab
        never left the grid. With no cell current yet (Tab into the grid, or after a click on its empty area) it
        starts from the first such cell (the last, going back); Qt's table started on the first row's 部门."""
        steps = {QAbstractItemView.CursorAction.MoveNext: 1, QAbstractItemView.CursorAction.MovePrevious: -1}
        if action in steps and self.model() is not None:
            return self._editable_cell_after(self.currentIndex(), steps[action])
        return super().moveCursor(action, modifiers)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Shift+Tab into the grid with no cell current starts at its last cell that takes typing; Qt's table
        starts at the first one whichever way the focus comes in."""
        if event.reason() == Qt.FocusReason.BacktabFocusReason and not self.currentIndex().isValid() \
                and self.model() is not None and self.selectionModel() is not None:
            last = self._editable_cell_after(QModelIndex(), -1)
            if last.isValid():
                self.selectionModel().setCurrentIndex(last, QItemSelectionModel.SelectionFlag.NoUpdate)
        super().focusInEvent(event)

    def _editable_cell_after(self, current: QModelIndex, step: int) -> QModelIndex:
        """The first shown cell that takes typing, going row by row from `current` in the direction of `step`;
        from the grid's first cell (its last, going back) when `current` is not valid."""
        model = self.model()
        columns = model.columnCount()
        cells = model.rowCount() * columns
        if current.isValid():
            position = current.row() * columns + current.column() + step
        else:
            position = 0 if step > 0 else cells - 1
        while 0 <= position < cells:
            row, column = divmod(position, columns)
            index = model.index(row, column)
            if not self.isRowHidden(row) and not self.isColumnHidden(column) \
                    and index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
            position += step
        return QModelIndex()

    def offer_undo(self) -> None:
        """Ctrl+Z and a 撤销 menu item, Ctrl+Y (Ctrl+Shift+Z) and 重做, for a page that keeps what its writes
        replaced."""
        self._menu_action(self.tr("撤销"), self.undoRequested, QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        self._menu_action(self.tr("重做"), self.redoRequested, list(dict.fromkeys(redo, None)))

    def commit_open_editor(self) -> None:
        """Save what is being typed in a cell — before the grid is reloaded for another month or metric, which
        would throw the editor away. Leaving the cell commits it, as a click elsewhere would."""
        if self.state() == QAbstractItemView.State.EditingState:
            self.setCurrentIndex(QModelIndex())

    def editing(self) -> bool:
        """Whether a cell's editor is open holding something else than the cell's value: typed, not saved yet (a
        cell only opened, by a double-click, holds nothing to save)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return False
        index = self.currentIndex()
        editor = self.indexWidget(index)  # the open editor of the cell
        if not isinstance(editor, QLineEdit):
            return True
        return editor.text() != str(index.data(Qt.ItemDataRole.EditRole) or "")

    def commit_open_editor_accepted(self, refused: SignalInstance) -> bool:
        """Save what is being typed in a cell; False when the model refused it (and said why through `refused`)."""
        refusals: list[str] = []

        def note(message: str) -> None:
            refusals.append(message)

        refused.connect(note)
        try:
            self.commit_open_editor()
        finally:
            refused.disconnect(note)
        return not refusals

    def cell_width(self, index: QModelIndex) -> int:
        """The width one cell's contents need, measured as sizeHintForColumn measures each cell of a column."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        width = self.itemDelegateForIndex(index).sizeHint(option, index).width()
        return width + 1 if self.showGrid() else width

    def _signal_for(self, event: QKeyEvent) -> SignalInstance | None:
        """What a key does in the grid (not while a cell is being typed in), or None."""
        if self.state() == QAbstractItemView.State.EditingState:
            return None
        if event.matches(QKeySequence.StandardKey.Copy):
            return self.copyRequested
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.pasteRequested
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.undoRequested
        if event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            return self.redoRequested  # Ctrl+Y as in Excel, also where the platform's redo is Ctrl+Shift+Z
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            return self.clearRequested
        return None

    def event(self, event: QEvent) -> bool:
        """The grid's keys come to `keyPressEvent` before any shortcut: its menu's, and a window's."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._signal_for(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        signal = self._signal_for(event)
        if signal is not None:
            signal.emit()
            return
        if self._types_into_read_only_cell(event):
            # taken here: Qt would search the column for a cell starting with the key and move there, and the
            # keys after it would be typed into that cell (someone else's) under the message about this one
            self.readOnlyTyped.emit(self.currentIndex())
            return
        if self._enter_without_typing(event):  # as in Excel: on to the cell below (a day off left empty)
            current = self.currentIndex()
            self.setCurrentIndex(current.sibling(current.row() + 1, current.column()))
            return
        super().keyPressEvent(event)

    def _enter_without_typing(self, event: QKeyEvent) -> bool:
        current, model = self.currentIndex(), self.model()
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
                and self.state() != QAbstractItemView.State.EditingState and current.isValid()
                and model is not None and current.row() + 1 < model.rowCount())

    def _types_into_read_only_cell(self, event: QKeyEvent) -> bool:
        """A printable key, not while typing, on a cell that cannot be edited: Qt drops it without a word."""
        index = self.currentIndex()
        text = event.text()
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        return (self.state() != QAbstractItemView.State.EditingState and index.isValid() and text.strip() != ""
                and text.isprintable() and not event.modifiers() & commands
                and not index.flags() & Qt.ItemFlag.ItemIsEditable)

    def selected_rectangle(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) around the selection, or around the current cell when nothing is selected."""
        indexes = self.selectedIndexes()
        if not indexes:
            current = self.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def anchor(self) -> QModelIndex:
        """Where a paste starts: the top-left of the selection, else the current cell."""
        box = self.selected_rectangle()
        model = self.model()
        if box is None or model is None:
            return QModelIndex()
        return model.index(box[0], box[1])

    def select_cells(self, indexes: list[QModelIndex]) -> None:
        """Select these cells (what an undo put back), the top-left one current and scrolled into view."""
        indexes = sorted((i for i in indexes if i.isValid()), key=lambda i: (i.row(), i.column()))
        selection_model = self.selectionModel()
        if not indexes or selection_model is None:
            return
        selection = QItemSelection()
        for index in indexes:
            selection.select(index, index)
        selection_model.setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(indexes[0])
