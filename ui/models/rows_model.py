"""The base of the app's flat, read-only tables: a list of rows, translated column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: these tables have no children


class RowsModel(QAbstractTableModel):
    """Subclasses set COLUMNS (Chinese headers) and CONTEXT (their translation context) and write data()."""

    COLUMNS: tuple[str, ...] = ()
    CONTEXT = "RowsModel"

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def replace_rows(self, rows: list[Any]) -> None:
        """New rows. Where rows are told apart (`row_key`: a recompute), the rows gone are removed, the new ones
        inserted and the others updated in place, so the view keeps its selection and scroll position and
        repaints once; else the model is reset."""
        rows = list(rows)
        old_keys, new_keys = [self.row_key(row) for row in self.rows], [self.row_key(row) for row in rows]
        if not rows or not self.rows or None in old_keys or None in new_keys:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        from difflib import SequenceMatcher  # not at start, when the model is empty: the board's first paint

        changes = SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes()
        for tag, first, end, new_first, new_end in reversed(changes):  # from the end: earlier rows keep their places
            if tag in ("replace", "delete"):
                self.beginRemoveRows(ROOT, first, end - 1)
                del self.rows[first:end]
                self.endRemoveRows()
            if tag in ("replace", "insert"):
                self.beginInsertRows(ROOT, first, first + new_end - new_first - 1)
                self.rows[first:first] = rows[new_first:new_end]
                self.endInsertRows()
        self.rows = rows
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))

    def row_key(self, row: Any) -> Any:
        """What tells a row apart from the others across a refill; None: rows are not told apart (a reset)."""
        return None

    def row_item(self, index: Index) -> Any | None:
        """The row object behind a valid index, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None
