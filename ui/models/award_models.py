"""Tables of the 评奖 page: the award lines (person, award, kind, amount, explanation), the totals per
person (cash, goods value, deductions, net) with the team funds and a total row, and why people got nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from app.awards.model import KIND_LABELS, DeptTotals, Line, PersonTotals
from app.i18n import joined
from app.money import format_yuan
from ui.models.rows_model import RowsModel

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
FEN_ROLE = Qt.ItemDataRole.UserRole + 2  # the amount of a money cell as int fen
STAFF_ROLE = Qt.ItemDataRole.UserRole + 3
DEDUCTION_COLOUR = QColor("#b3261e")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def award_amount_text(kind: str, amount_fen: int, item: str | None) -> str:
    """An award line's amount as the 评奖 page writes it: 「¥200.00（奖品）」 for goods (not cash), the item for an
    item or an honour, a deduction below zero."""
    if kind in ("item", "honour"):
        return item or QCoreApplication.translate("AwardLineModel", KIND_LABELS[kind])
    text = format_yuan(amount_fen)
    if kind == "goods" and item:
        return QCoreApplication.translate("AwardLineModel", "{amount}（{item}）").format(amount=text, item=item)
    return text


class AwardLineModel(RowsModel):
    RECIPIENT, DEPT, AWARD, KIND, AMOUNT, EXPLANATION = range(6)
    COLUMNS = ("获奖人", "部门", "奖项", "类型", "金额", "说明")
    CONTEXT = "AwardLineModel"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.names: dict[int, str] = {}  # a person's name as shown, namesakes with their number (told_apart)
        # each line's cells as shown, by the line's id (kept with the line, so the id stays its own) and worked
        # out at its first reading: a view reads a cell many times (painting, sizing), and a line's six texts
        # cost tens of microseconds; dropped at each refill, whose lines or names may read otherwise
        self._texts: dict[int, tuple[Line, tuple[str, ...]]] = {}

    @property
    def lines(self) -> list[Line]:
        return self.rows

    def set_lines(self, lines: list[Line], names: dict[int, str] | None = None) -> None:
        if names is not None:
            self.names = names
        self._texts = {}
        self.replace_rows(lines)

    def texts(self, line: Line) -> tuple[str, ...]:
        """The line's cells as the table shows them, column by column."""
        kept = self._texts.get(id(line))
        if kept is None:
            kept = self._texts[id(line)] = (line, (self.recipient(line), line.dept or "", line.award,
                                                   self.tr(KIND_LABELS[line.kind]), self.amount_text(line),
                                                   line.explanation))
        return kept[1]

    def column_texts(self, column: int) -> dict[QFont | None, dict[str, int]]:
        """Each distinct text the column shows, with a row that shows it (`TextWidthColumns`)."""
        return {None: {self.texts(line)[column]: row for row, line in enumerate(self.lines)}}

    def row_key(self, row: Line) -> tuple:
        return row.recipient_type, row.staff_id, row.dept, row.award, row.kind

    def recipient(self, line: Line) -> str:
        if line.recipient_type == "department":
            return self.tr("{dept}（团队）").format(dept=line.dept or "")
        return self.names.get(line.staff_id, line.staff_name or "") if line.staff_id is not None \
            else line.staff_name or ""

    def amount_text(self, line: Line) -> str:
        return award_amount_text(line.kind, line.amount_fen, line.item)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(line)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.AWARD, self.EXPLANATION):
            tip = line.explanation
            if line.plan:
                tip += "\n" + self.tr("方案：{plan}").format(plan=line.plan)
            if line.certificate:
                tip += "\n" + self.tr("颁发证书")
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and line.kind == "deduction" and column in (self.KIND, self.AMOUNT):
            return DEDUCTION_COLOUR
        if role == LINE_ROLE:
            return line
        if role == FEN_ROLE and column == self.AMOUNT:
            return line.amount_fen
        if role == STAFF_ROLE:
            return line.staff_id
        return None


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class TotalsModel(RowsModel):
    """One row per person, then one per team fund, then 合计 (the people's sums). In a month whose plan lists
    fixed pay, everyone paid it has a row, with 固定工资 and 应发合计 (fixed pay + 实发现金) as on the payout sheet;
    without fixed pay the view hides those columns (`has_fixed`)."""

    NAME, DEPT, FIXED, CASH, GOODS, DEDUCTION, NET, TOTAL, ITEMS = range(9)
    COLUMNS = ("姓名", "部门", "固定工资", "现金", "实物价值", "扣款", "实发现金", "应发合计", "实物与物品")
    CONTEXT = "TotalsModel"
    MONEY = (FIXED, CASH, GOODS, DEDUCTION, NET, TOTAL)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.people: list[PersonTotals] = []
        self.teams: list[DeptTotals] = []
        self.names: dict[int, str] = {}
        # each row's money and texts, by the row's id (kept with the row), worked out at its first reading and
        # dropped at each refill: the 合计 row sums every person, and a view reads each cell many times
        self._cells: dict[int, tuple[PersonTotals | DeptTotals | None, tuple[int | None, ...], tuple[str, ...]]] = {}

    def _rows(self) -> list:
        return self.rows

    @property
    def has_fixed(self) -> bool:
        return any(p.fixed_fen is not None for p in self.people)

    def set_totals(self, people: list[PersonTotals], teams: list[DeptTotals],
                   names: dict[int, str] | None = None) -> None:
        self.names = names or {}  # namesakes with their number (person_choice.told_apart)
        self.people, self.teams = list(people), list(teams)
        self._cells = {}
        self.replace_rows([*self.people, *self.teams, None] if self.people or self.teams else [])

    def row_key(self, row: PersonTotals | DeptTotals | None) -> tuple:
        if isinstance(row, PersonTotals):
            return "person", row.staff_id
        return ("team", row.dept) if isinstance(row, DeptTotals) else ("total",)

    def fen(self, row: int, column: int) -> int | None:
        """The money in a cell as int fen (None for text columns, and for fixed pay where there is none)."""
        if column not in self.MONEY:
            return None
        return self._cell(self._rows()[row])[1][self.MONEY.index(column)]

    def _cell(self, item: PersonTotals | DeptTotals | None) -> tuple:
        """(the row, its money column by column of MONEY, its texts column by column)."""
        kept = self._cells.get(id(item))
        if kept is None:
            money = self._money(item)
            kept = self._cells[id(item)] = (item, money, self._texts(item, money))
        return kept

    def _money(self, item: PersonTotals | DeptTotals | None) -> tuple[int | None, ...]:
        if item is None:
            people = self.people
            fixed = [p.fixed_fen for p in people if p.fixed_fen is not None]
            return (sum(fixed) if fixed else None, sum(p.cash_fen for p in people),
                    sum(p.goods_fen for p in people), sum(p.deduction_fen for p in people),
                    sum(p.net_fen for p in people), sum(p.total_fen for p in people))
        if isinstance(item, DeptTotals):  # a team fund is paid to nobody's wages
            return None, item.cash_fen, item.goods_fen, item.deduction_fen, item.net_fen, None
        return item.fixed_fen, item.cash_fen, item.goods_fen, item.deduction_fen, item.net_fen, item.total_fen

    def _texts(self, item: PersonTotals | DeptTotals | None, money: tuple[int | None, ...]) -> tuple[str, ...]:
        shown = ["" if fen is None else format_yuan(-fen if column == self.DEDUCTION else fen)
                 for column, fen in zip(self.MONEY, money, strict=True)]
        if item is None:
            return (self.tr("合计（个人）"), "", *shown, "")
        if isinstance(item, DeptTotals):
            return (self.tr("{dept}（团队基金）").format(dept=item.dept), item.dept, *shown, joined(item.items))
        return (self.names.get(item.staff_id, item.staff), item.dept or "", *shown, joined(item.items))

    def column_texts(self, column: int) -> dict[QFont | None, dict[str, int]]:
        """Each distinct text the column shows, with a row that shows it, by its font (`TextWidthColumns`): the
        合计 row and the 应发合计 column in bold."""
        plain, bold = {}, {}
        for row, item in enumerate(self._rows()):
            (bold if item is None or column == self.TOTAL else plain)[self._cell(item)[2][column]] = row
        return {None: plain, bold_font(): bold}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section == self.TOTAL:
            return self.tr("固定工资 + 实发现金，与发放表相同；季度、半年、年度的奖项在它们结束的月份的发放表里另计")
        return super().headerData(section, orientation, role)

    def _owing(self, row: int, column: int) -> bool:
        """A deduction, or an 应发合计 below zero (the deductions exceed the pay): in the deductions' colour."""
        fen = self.fen(row, column) or 0
        return (column == self.DEDUCTION and fen != 0) or (column == self.TOTAL and fen < 0)

    def fixed_tip(self, item: PersonTotals) -> str:
        """基本工资 ¥3,000.00 + 岗位工资 ¥500.00 + 补贴 ¥200.00"""
        labels = {"base_pay": self.tr("基本工资"), "post_pay": self.tr("岗位工资"), "allowance": self.tr("补贴")}
        return " + ".join(f"{labels.get(c, c)} {format_yuan(fen)}" for c, fen in item.fixed_parts if fen)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        rows = self._rows()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        item = rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(item)[2][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FIXED and isinstance(item, PersonTotals):
            return self.fixed_tip(item) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and (item is None or column == self.TOTAL):
            return bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and self._owing(index.row(), column):
            return DEDUCTION_COLOUR
        if role == FEN_ROLE:
            return self.fen(index.row(), column)
        if role == STAFF_ROLE and isinstance(item, PersonTotals):
            return item.staff_id
        return None


class NotAwardedModel(RowsModel):
    """Why people got nothing, one row a rule and person or team (a big shop's month has well over a thousand):
    the texts as shown, (rule, person or team, reason)."""

    RULE, WHO, REASON = range(3)
    COLUMNS = ("奖项", "员工或部门", "未获奖原因")
    CONTEXT = "NotAwardedModel"

    def set_reasons(self, rows: list[tuple[str, str, str]]) -> None:
        self.replace_rows(rows)

    def row_key(self, row: tuple[str, str, str]) -> tuple[str, str]:
        """The award and the person or team: a recompute updates their reason where it stands (the selection
        and the scroll position stay)."""
        return row[self.RULE], row[self.WHO]

    def column_texts(self, column: int) -> dict[QFont | None, dict[str, int]]:
        """Each distinct text the column shows, with a row that shows it (`TextWidthColumns`)."""
        return {None: {texts[column]: row for row, texts in enumerate(self.rows)}}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and 0 <= index.row() < len(self.rows):
            return self.rows[index.row()][index.column()]
        return None
