"""The 评奖 page's table of award lines: each column as wide as its text but 说明, which takes the rest and wraps a
long explanation in its row (a team's rate with its note, 870 pixels in Chinese, was cut at 1366 wide with its end
only in the tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.models.award_models import AwardLineModel
from ui.widgets.table_keys import read_only_rows

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
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(AwardLineModel.EXPLANATION, QHeaderView.ResizeMode.Stretch)
    WrappedColumn(table, AwardLineModel.EXPLANATION)
    return table


class WrappedColumn(QObject):
    """A column whose text longer than the column wraps in a higher row; the other columns stay on one line.
    Only the rows whose text is wider than the column are measured and made higher: a vertical header that
    resizes to its contents measured every cell of every row, seconds for a year's 2,000 lines."""

    def __init__(self, table: QTableView, column: int):
        super().__init__(table)
        self.table, self.column = table, column
        table.setWordWrap(True)
        # a row higher than the table (four lines in a table two lines high, at 150 %) still scrolls into view
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        model = table.model()
        model.modelReset.connect(lambda: self.fit())
        model.layoutChanged.connect(lambda *_hint: self.fit())
        model.rowsInserted.connect(lambda _parent, first, last: self.fit(first, last))
        model.dataChanged.connect(lambda top, bottom, *_roles: self.fit(top.row(), bottom.row()))
        # once the column has its new width: while a stretched column follows the window, the view still
        # measures its rows with the old one
        self.resized = QTimer(self, singleShot=True, interval=0)
        self.resized.timeout.connect(lambda: self.fit())
        table.horizontalHeader().sectionResized.connect(
            lambda section, _old, _new: self.resized.start() if section == column else None)

    def fit(self, first: int = 0, last: int | None = None) -> None:
        """Rows `first` to `last` (default: to the end) one line high, or as high as their wrapped text."""
        table, model = self.table, self.table.model()
        room = table.columnWidth(self.column) - TEXT_MARGINS
        metrics = table.fontMetrics()
        one_line = table.verticalHeader().defaultSectionSize()
        for row in range(first, model.rowCount() if last is None else last + 1):
            if metrics.horizontalAdvance(str(model.index(row, self.column).data() or "")) > room:
                table.setRowHeight(row, max(table.sizeHintForRow(row), one_line))
            elif table.rowHeight(row) != one_line:
                table.setRowHeight(row, one_line)
