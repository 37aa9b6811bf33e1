"""The staff table: one row per person, read from Staff domain objects."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app import i18n
from app.domain import Staff
from app.periods import shown_date
from app.pinyin import spellings
from app.sorting import chinese_order
from ui.models.rows_model import RowsModel
from ui.widgets.search_proxy import SEARCH_ROLE

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_LEFT_COLOUR = QColor("#8a8a8a")

COLUMNS = ("编号", "姓名", "子账号", "部门", "岗位", "入职日期", "离职日期", "生日", "状态")
ALIAS_COLUMN = 2
HIRED_COLUMN, LEFT_COLUMN = 5, 6
STATUS_COLUMN = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffTableModel", text)


def _day(day: date | None) -> str:
    return shown_date(day) if day else ""


def _sort_day(day: date | None) -> str:
    return day.isoformat() if day else ""


def stints_tooltip(p: Staff) -> str:
    """Every time on the team, oldest first, one a line (what the 入职日期 of a rehired person holds in short)."""
    lines = [_tr("在职经历：")]
    for stint in p.stints:
        hired = _day(stint.hired) or _tr("（未填）")
        lines.append(_tr("{hired} 至 {left}").format(hired=hired, left=_day(stint.left)) if stint.left
                     else _tr("{hired} 起至今").format(hired=hired))
    return "\n".join(lines)


class StaffTableModel(RowsModel):
    COLUMNS = COLUMNS
    CONTEXT = "StaffTableModel"

    def __init__(self, today: date, parent: object | None = None):
        super().__init__(parent)
        self.today = today

    def set_people(self, people: list[Staff], today: date | None = None) -> None:
        if today is not None:
            self.today = today
        self.replace_rows(people)

    def person(self, row: int) -> Staff:
        return self.rows[row]

    def people(self) -> list[Staff]:
        return list(self.rows)

    def row_of(self, staff_id: int) -> int:
        for row, p in enumerate(self.rows):
            if p.id == staff_id:
                return row
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        p: Staff | None = self.row_item(index)
        if p is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, column)
        if role == SEARCH_ROLE and column == 1:  # 张伟 found by zhangwei, zhang wei or zw too
            return "\n".join([p.name, *spellings(p.name)])
        if role == SEARCH_ROLE and column == 7 and p.birthday and p.birthday.lunar:
            # 农历三月十四 is found by the month-day typed too, 03-14 or 3月14日, as the English list's lunar 03-14
            return f"{self._text(p, column)}\n{p.birthday.text()}"
        if role == SORT_ROLE:
            return self._sort_key(p, column)
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole and column == ALIAS_COLUMN and p.aliases:
            return "\n".join(p.aliases)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, HIRED_COLUMN, LEFT_COLUMN) and p.earlier:
            return stints_tooltip(p)
        if role == Qt.ItemDataRole.ForegroundRole and not p.is_current(self.today):
            return QBrush(_LEFT_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _sort_key(self, p: Staff, column: int) -> object:
        if column == 0:
            return p.id
        if column in (HIRED_COLUMN, LEFT_COLUMN):
            return _sort_day(p.hired if column == HIRED_COLUMN else p.left)
        if column == 7:
            return p.birthday.text() if p.birthday else ""  # 03-18 before 10-01, lunar and solar alike
        # names, departments… in pinyin order; latin-1 keeps the key's byte order as Qt compares strings
        return chinese_order(self._text(p, column)).decode("latin-1")

    def _text(self, p: Staff, column: int) -> str:
        if column == 0:
            return str(p.id)
        if column == 1:
            return p.name
        if column == 2:
            return i18n.joined(p.aliases)
        if column == 3:
            return p.dept or ""
        if column == 4:
            return p.role
        if column == HIRED_COLUMN:
            return _tr("{day}（重新入职）").format(day=_day(p.hired)) if p.earlier else _day(p.hired)
        if column == LEFT_COLUMN:
            return _day(p.left)
        if column == 7:
            return p.birthday.shown_label() if p.birthday else ""
        status = _tr("在职") if p.is_current(self.today) else _tr("已离职")
        return status if p.in_awards else _tr("{status}，不参与评奖").format(status=status)
