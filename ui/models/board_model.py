"""The board's table: one row per person with the progress bar, amounts and a status with a text cue."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from app.money import format_yuan
from app.reports.board import STATUS_COLOUR, STATUS_ICON, STATUS_TEXT, Board, BoardRow

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class BoardModel(QAbstractTableModel):
    NAME, DEPT, PROGRESS, VALUE, TARGET, REMAINING, PER_DAY, STATUS = range(8)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[BoardRow] = []
        self.expected_share = 0.0
        self.headers = [self.tr("姓名"), self.tr("部门"), self.tr("进度"), self.tr("已完成"), self.tr("目标"),
                        self.tr("还差"), self.tr("日均需"), self.tr("状态")]

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.rows = board.rows
        self.expected_share = board.expected
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        line, column = row.line, index.column()
        if role == ROW_ROLE:
            return row
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            share = line.value / line.target if line.target else None
            text = f"{line.achieved_pct:.1f}%" if line.achieved_pct is not None else self.tr("未设目标")
            return (share, self.expected_share, row.status, text)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QColor(STATUS_COLOUR[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VALUE, self.TARGET, self.REMAINING,
                                                                      self.PER_DAY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            expected = format_yuan(row.expected) if row.expected is not None else "—"
            return self.tr("{name}：按时间进度此时应完成 {expected}").format(name=row.staff.name, expected=expected)
        return None

    def _text(self, row: BoardRow, column: int) -> str | None:
        line = row.line
        if column == self.NAME:
            return row.staff.name
        if column == self.DEPT:
            return row.staff.dept or ""
        if column == self.VALUE:
            return format_yuan(line.value)
        if column == self.TARGET:
            return format_yuan(line.target) if line.target else self.tr("未设目标")
        if column == self.REMAINING:
            if line.remaining is None:
                return "—"
            return self.tr("已达成") if line.remaining == 0 else self.tr("还差 {x}").format(x=format_yuan(line.remaining))
        if column == self.PER_DAY:
            return self.tr("日均需 {x}").format(x=format_yuan(line.per_day_needed)) if line.per_day_needed else "—"
        if column == self.STATUS:
            return f"{STATUS_ICON[row.status]} {self.tr(STATUS_TEXT[row.status])}"
        return None
