"""The row the owner was on, kept across a reload of the page (F5, or the window seeing another program's write):
the models are filled again, which took the table's current row and selection, so the next arrow key started
from the top and Enter or Delete had nothing chosen.

The row is found again by what it shows, not by its number: rows added or gone above it would otherwise put the
owner on another person or event, where Delete would ask about one they did not choose. A row whose figures changed
(new data, the next day) is found by its first cell when that names one row alone, before and after: a person's
name on the board, a number in the staff list or the ledger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def _row_text(view: QAbstractItemView, row: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole)) for column in range(model.columnCount())]


def _rows_first_showing(view: QAbstractItemView, text: str) -> list[int]:
    model = view.model()
    return [row for row in range(model.rowCount()) if str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)) == text]


@contextmanager
def kept_place(page: QWidget) -> Iterator[None]:
    """Around a reload of `page`: the table of the page holding the focus is put back on the row it was on."""
    view = QApplication.focusWidget()
    current = view.currentIndex() if isinstance(view, QAbstractItemView) and page.isAncestorOf(view) else QModelIndex()
    if not current.isValid():
        yield
        return
    shown = _row_text(view, current.row())
    first_unique = _rows_first_showing(view, shown[0]) == [current.row()]
    yield
    if view.currentIndex().isValid() or view.model() is None:
        return  # the page kept it itself
    rows = [row for row in range(view.model().rowCount()) if _row_text(view, row) == shown]
    if not rows and first_unique and len(named := _rows_first_showing(view, shown[0])) == 1:
        rows = named
    if rows:
        row = min(rows, key=lambda r: abs(r - current.row()))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(view.model().index(row, current.column()), flags)
