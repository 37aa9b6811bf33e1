"""The filter behind a search box: rows where some column holds the typed text, or the date it types written
either way (2026-10-05 finds 2026年10月5日: `app.date_search`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.date_search import TypedDate, typed_date

# a cell's text for the search where it is found by more than it shows (a lunar birthday 农历三月十四 by 03-14)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 20


class SearchProxy(QSortFilterProxyModel):
    """Search text and cells are compared as `key` reads them (by default in any case). For a flat table."""

    def __init__(self, key: Callable[[str], str] = str.casefold, parent: QObject | None = None):
        super().__init__(parent)
        self._key = key
        self._needle = ""
        self._date: TypedDate | None = None
        # each row's cells as `key` reads them, one a line, kept until the rows change: reading 2,000 audit rows'
        # cells took ~0.3 s, far too long to do again for each key typed
        self._texts: dict[int, str] = {}
        # what each row shows (`column_texts`), by the source's row, and the source's rows in the order found: a key
        # typed had every cell of the rows found read again to size the columns, 8 a person
        self._shown_by_source: dict[int, tuple[str, ...]] = {}
        self._found_rows: list[int] | None = None
        for changed in (self.modelReset, self.layoutChanged, self.rowsInserted, self.rowsRemoved, self.rowsMoved):
            changed.connect(self._forget_found_rows)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        # connected before the proxy's own handlers, which filter changed rows again at once
        for signal in (model.modelAboutToBeReset, model.layoutAboutToBeChanged, model.rowsAboutToBeInserted,
                       model.rowsAboutToBeRemoved, model.rowsAboutToBeMoved, model.dataChanged):
            signal.connect(self._forget_texts)
        super().setSourceModel(model)

    def _forget_texts(self, *_changed: object) -> None:
        self._texts.clear()
        self._shown_by_source.clear()
        self._found_rows = None

    def _forget_found_rows(self, *_changed: object) -> None:
        self._found_rows = None

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter before
            self.beginFilterChange()
            self._read(text)
            self.endFilterChange()
        else:
            self._read(text)
            self.invalidateRowsFilter()

    def _read(self, text: str) -> None:
        self._needle = self._key(text.strip())
        self._date = typed_date(text)  # read once per change, not once per row

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        text = self._texts.get(source_row)
        if text is None:
            model = self.sourceModel()
            text = self._texts[source_row] = "\n".join(
                self._key(str(self._searched(model.index(source_row, column, source_parent)) or ""))
                for column in range(model.columnCount(source_parent)))
        return self._needle in text or self._date is not None and self._date.found_in(text)

    def column_texts(self, column: int) -> dict[None, dict[str, int]]:
        """Each distinct text the column shows in the rows found, with a row that shows it (`TextWidthColumns`)."""
        if self._found_rows is None:
            self._found_rows = [self.mapToSource(self.index(row, 0)).row() for row in range(self.rowCount())]
        return {None: {self._shown(source_row)[column]: row for row, source_row in enumerate(self._found_rows)}}

    def _shown(self, source_row: int) -> tuple[str, ...]:
        shown = self._shown_by_source.get(source_row)
        if shown is None:
            model = self.sourceModel()
            shown = self._shown_by_source[source_row] = tuple(
                str(model.index(source_row, column).data() or "") for column in range(model.columnCount()))
        return shown

    @staticmethod
    def _searched(index: QModelIndex) -> object:
        searched = index.data(SEARCH_ROLE)
        return index.data() if searched is None else searched
