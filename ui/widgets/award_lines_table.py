"""The 评奖 page's table of award lines: each column as wide as its text but 说明, which takes the rest and wraps a
long explanation in its row (a team's rate with its note, 870 pixels in Chinese, was cut at 1366 wide with its end
only in the tooltip). `WrappedColumn` wraps 未获奖原因's reasons the same way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.models.award_models import AwardLineModel
from ui.widgets.table_keys import read_only_rows
from ui.widgets.text_columns import KnownWidths, TextWidthColumns

TEXT_MARGINS = 8  # the room a cell's text leaves at its sides (the style's focus frame margins, with a pixel to spare)


def award_lines_table(model: AwardLineModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    read_only_rows(table)  # its keys: Ctrl+C copies rows, one Tab stop
    # Ctrl+A, Shift+click: many lines copied at once into a payroll sheet (the buttons act on the current line)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    # a header and a line at least: on a 1366×768 laptop at 150 % the notes above it (a data gap, a negative
    # net, a quarter waiting) take their lines from the table, not the window's bottom edge
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height() * 2 + 4)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(AwardLineModel.EXPLANATION, QHeaderView.ResizeMode.Stretch)
    # each column as wide as its text (fitted before the 说明 rows are measured, which take the room left)
    TextWidthColumns(table, [c for c in range(model.columnCount()) if c != AwardLineModel.EXPLANATION])
    WrappedColumn(table, AwardLineModel.EXPLANATION)
    return table


class WrappedColumn(QObject):
    """A column whose text longer than the column wraps in a higher row; the other columns stay on one line.
    Only the rows whose text is wider than the column are measured and made higher: a vertical header that
    resizes to its contents measured every cell of every row, seconds for a year's 2,000 lines. Each row's text
    width is read once per change of the rows (a refill's rows inserted and removed wait for its data change) and
    of the table's font or style; a resized column only compares the widths kept with its new width."""

    def __init__(self, table: QTableView, column: int):
        super().__init__(table)
        self.table, self.column = table, column
        self.widths: list[float] | None = None  # each row's text on one line; None: to be read again
        self.known = KnownWidths(QFontMetrics)  # a period shown again is not measured again
        table.setWordWrap(True)
        # a row higher than the table (four lines in a table two lines high, at 150 %) still scrolls into view
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # once the column has its new width (while a stretched column follows the window, the view still
        # measures its rows with the old one), and after rows inserted or removed (a refill's data change fits first)
        self.pending = QTimer(self, singleShot=True, interval=0)
        self.pending.timeout.connect(self.fit)
        model = table.model()
        connections = [moved.connect(self._rows_changed)  # a refill's data change follows
                       for moved in (model.rowsInserted, model.rowsRemoved, model.rowsMoved)]
        connections += [refilled.connect(lambda *_signal_arguments: self._rows_changed() or self.fit())
                        for refilled in (model.modelReset, model.layoutChanged)]  # fitted before the next paint
        connections.append(model.dataChanged.connect(self._data_changed))
        # a QTableWidget's own model is deleted with it, and says its rows went when the table is gone already
        table.destroyed.connect(lambda: [QObject.disconnect(connection) for connection in connections])
        table.horizontalHeader().sectionResized.connect(
            lambda section, _old, _new: self.pending.start() if section == column else None)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.pending.start()  # fitted now, not while hidden
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rows_changed()  # the widths kept were measured in the old font
        return False

    def _rows_changed(self, *_signal_arguments: object) -> None:
        self.widths = None
        self.pending.start()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        """Fitted before the next paint; only the rows changed are measured again when the others' widths are kept
        (a QTableWidget filled item by item says so of each cell: measuring every row each time took a while)."""
        if self.widths is None or len(self.widths) != self.table.model().rowCount():
            self._rows_changed()
            self.fit()
        elif top_left.column() <= self.column <= bottom_right.column():
            rows = range(top_left.row(), bottom_right.row() + 1)
            for row in rows:
                self.widths[row] = self._text_width(row)
            self.fit(rows)

    def _text_width(self, row: int) -> float:
        return self.known.of(self.table.font())(str(self.table.model().index(row, self.column).data() or ""))

    def fit(self, rows: range | None = None) -> None:
        """Every row (or those of `rows`) one line high, or as high as its wrapped text."""
        table, model = self.table, self.table.model()
        if not table.isVisible():  # in a tab not shown (未获奖原因), whose column is not laid out: once shown
            return
        if self.widths is None or len(self.widths) != model.rowCount():
            width = self.known.of(table.font())
            self.widths = [width(str(model.index(row, self.column).data() or "")) for row in range(model.rowCount())]
            rows = None
        room = table.columnWidth(self.column) - TEXT_MARGINS
        one_line = table.verticalHeader().defaultSectionSize()
        for row in rows if rows is not None else range(len(self.widths)):
            if self.widths[row] > room:
                table.setRowHeight(row, max(table.sizeHintForRow(row), one_line))
            elif table.rowHeight(row) != one_line:
                table.setRowHeight(row, one_line)
