"""The keys a read-only table takes as a spreadsheet or a file list does: Ctrl+C copies the selected cells as
tab-separated lines, which Excel pastes into as many cells (Qt copied the current cell's text alone); Enter (and F2)
opens the current row, as a double-click does; Delete asks to delete the selected rows where a table offers it; a
row's menu opens on a right click and, for the current row, on the Menu key or Shift+F10.

Enter is taken by the table: Qt let it go on to the dialog around it, which pressed its default button too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def block_text(rows: list[list[str]]) -> str:
    """Rows of cells → tab-separated text with a newline after each row, the way Excel puts it."""
    return "".join("\t".join(row) + "\n" for row in rows)


def selection_text(view: QAbstractItemView) -> str:
    """The selected cells (else the current one) as tab-separated lines, in the order shown: rows top to bottom,
    columns left to right as the header shows them, hidden ones left out, a cell not selected left empty."""
    indexes = view.selectedIndexes() or ([view.currentIndex()] if view.currentIndex().isValid() else [])
    header = getattr(view, "horizontalHeader", lambda: None)()
    vertical = getattr(view, "verticalHeader", lambda: None)()

    def shown_column(column: int) -> int:
        return header.visualIndex(column) if header is not None else column

    def shown_row(row: int) -> int:
        return vertical.visualIndex(row) if vertical is not None else row

    cells = {(i.row(), i.column()): i for i in indexes
             if not (header is not None and header.isSectionHidden(i.column()))}
    rows = sorted({row for row, _column in cells}, key=shown_row)
    columns = sorted({column for _row, column in cells}, key=shown_column)

    def text(row: int, column: int) -> str:
        index = cells.get((row, column))
        value = None if index is None else (  # a cell a delegate draws (the board's bar) says its text to be read
            index.data(Qt.ItemDataRole.DisplayRole) or index.data(Qt.ItemDataRole.AccessibleTextRole))
        return "" if value is None else " ".join(str(value).split())  # a line break or tab would split the cell

    return block_text([[text(row, column) for column in columns] for row in rows])


class TableKeys(QObject):
    """Installed on a read-only table (`table_keys`): what its keys do."""

    def __init__(self, view: QAbstractItemView, open_row: Callable[[QModelIndex], object] | None,
                 delete_rows: Callable[[], object] | None):
        super().__init__(view)
        self.view, self.open_row, self.delete_rows = view, open_row, delete_rows
        view.installEventFilter(self)

    def _action(self, event: QKeyEvent) -> Callable[[], object] | None:
        if event.matches(QKeySequence.StandardKey.Copy):
            return self.copy
        current = self.view.currentIndex()
        if event.key() in OPEN_KEYS and event.modifiers() in PLAIN and self.open_row is not None and current.isValid():
            return lambda: self.open_row(current)
        if event.key() == Qt.Key.Key_Delete and event.modifiers() in PLAIN and self.delete_rows is not None:
            return self.delete_rows
        return None

    def copy(self) -> str:
        text = selection_text(self.view)
        if text:
            QApplication.clipboard().setText(text)
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent):
            action = self._action(event)
            if action is not None and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the table's key, before any shortcut of the window's
                return True
            if action is not None and event.type() == QEvent.Type.KeyPress:
                action()
                return True
        return super().eventFilter(watched, event)


def table_keys(view: QAbstractItemView, open_row: Callable[[QModelIndex], object] | None = None,
               delete_rows: Callable[[], object] | None = None) -> TableKeys:
    """Ctrl+C copies the selection as Excel pastes it; `open_row(index)` on Enter or F2, `delete_rows()` on Delete."""
    return TableKeys(view, open_row, delete_rows)


def read_only_rows(view: QAbstractItemView, open_row: Callable[[QModelIndex], object] | None = None,
                   delete_rows: Callable[[], object] | None = None) -> TableKeys:
    """A table of rows to read, one chosen at a time: no editing, one Tab stop (the arrows move in it), its keys."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    return table_keys(view, open_row, delete_rows)


class RowMenus(QObject):
    """Installed on a table (`row_menus`): a row's menu where it is asked for. A right click reaches the table as a
    point in its viewport; the Menu key and Shift+F10 as the current cell's middle in the table's own coordinates,
    below the header, which read as a viewport point named the row under the current one."""

    def __init__(self, view: QAbstractItemView, menu_of: Callable[[QModelIndex], QMenu | None]):
        super().__init__(view)
        self.view, self.menu_of = view, menu_of
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda at: self.show(view.indexAt(at), at))  # the mouse's
        view.installEventFilter(self)  # the keyboard's

    def show(self, index: QModelIndex, at: QPoint) -> None:
        menu = self.menu_of(index)
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(at))
            menu.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and isinstance(event, QContextMenuEvent)
                and event.reason() == QContextMenuEvent.Reason.Keyboard):
            current = self.view.currentIndex()
            if current.isValid():
                self.show(current, self.view.visualRect(current).center())
            return True
        return super().eventFilter(watched, event)


def row_menus(view: QAbstractItemView, menu_of: Callable[[QModelIndex], QMenu | None]) -> RowMenus:
    """`menu_of(index)` (None: no menu there) shown at a right-clicked row, or at the current row by keyboard."""
    return RowMenus(view, menu_of)
