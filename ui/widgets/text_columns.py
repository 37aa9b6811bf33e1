"""Columns as wide as their widest text, as a header resizing to its contents makes them, measured once per
refill: that header asks the view for every cell's size hint (the delegate reads about ten roles of each cell,
up to a thousand rows a column) at each layout — a switch of the 评奖 page's period spent over a second there
on a big shop. Here each distinct text of a column is measured with the font metrics, and only the widest
ones are asked of the view. The user cannot resize these columns, as with a header resizing to its contents."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QTableView

CLOSE_PX = 2.0  # texts this close to the widest are asked of the view too: its layout rounds otherwise


class TextWidthColumns(QObject):
    """Sizes `columns` of `table` after each change of its rows. Its model says what a column shows:
    `column_texts(column) -> {font or None (the view's): {text: a row showing it}}`, each distinct text once; a
    font, as its FontRole, need set only what differs from the view's (bold)."""

    def __init__(self, table: QTableView, columns: Iterable[int]):
        super().__init__(table)
        self.table, self.columns = table, list(columns)
        self.widths = KnownWidths()
        header = table.horizontalHeader()
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        # rows inserted or removed wait for the data change a refill ends with (`RowsModel.replace_rows`)
        self.pending = QTimer(self, singleShot=True, interval=0)
        self.pending.timeout.connect(self.fit)
        model = table.model()
        for moved in (model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            moved.connect(lambda *_signal_arguments: self.pending.start())
        for refilled in (model.modelReset, model.layoutChanged, model.dataChanged, model.headerDataChanged):
            refilled.connect(lambda *_signal_arguments: self.fit())
        table.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.pending.start()  # measured again in the table's new font or style
        return False

    def fit(self) -> None:
        self.pending.stop()
        table, header, model = self.table, self.table.horizontalHeader(), self.table.model()
        grid = 1 if table.showGrid() else 0
        for column in self.columns:
            rows_by_width: dict[float, int] = {}  # one row a width: texts as wide are as wide in the view
            for font, texts in model.column_texts(column).items():
                width = self.widths.of(table.font() if font is None else font.resolve(table.font()))
                for text, row in texts.items():
                    rows_by_width.setdefault(width(text), row)
            size = header.sectionSizeHint(column)
            if rows_by_width:
                widest = max(rows_by_width)
                for row in (row for width, row in rows_by_width.items() if width >= widest - CLOSE_PX):
                    size = max(size, table.sizeHintForIndex(model.index(row, column)).width() + grid)
            size = max(header.minimumSectionSize(), min(size, header.maximumSectionSize()))
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)


class KnownWidths:
    """Texts' widths in a font, each text measured once: the names, awards and amounts another period shows
    too, or a period shown again, are looked up (all forgotten past LIMIT texts in a font)."""

    LIMIT = 20_000

    def __init__(self, metrics=QFontMetricsF):
        self.metrics = metrics
        self.known: dict[str, dict[str, float]] = {}  # by the font's key, each text's width

    def of(self, font: QFont) -> Callable[[str], float]:
        """The width of a text in `font`."""
        key = font.key()
        known = self.known.get(key)
        if known is None or len(known) > self.LIMIT:
            known = self.known[key] = {}
        advance = self.metrics(font).horizontalAdvance

        def width(text: str) -> float:
            found = known.get(text)
            if found is None:
                found = known[text] = advance(text)
            return found

        return width
