"""The lower half of the 评奖 page: totals per person (with team funds and a total row), why people got
nothing, the period's manual lines and adjustments (with 删除), and the approval history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from app.awards import Review
from app.awards.left_before_end import reasons_by_person
from app.clock import shown_stamp
from app.money import format_yuan
from app.store.awards import ManualRow, RunRecord
from ui.models.award_models import STAFF_ROLE, NotAwardedModel, TotalsModel
from ui.widgets.award_lines_table import WrappedColumn
from ui.widgets.table_keys import read_only_rows, table_keys
from ui.widgets.text_columns import TextWidthColumns


def make_table(headers: list[str], delete_rows: Callable[[], object] | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    read_only_rows(table, delete_rows=delete_rows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fill_table(table: QTableWidget, rows: list[list[str]], data: list[object] | None = None,
               right: frozenset[int] = frozenset()) -> None:
    """The rows' texts into the table; the columns in `right` (amounts) flush right, as on the other tables."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            if data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)


MANUAL_AMOUNT, HISTORY_NET = 3, 4  # the amount columns of the manual lines and of the approval history


class AwardTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.totals_model = TotalsModel(self)
        self.totals = QTableView()
        self.totals.setModel(self.totals_model)
        self.totals.setAccessibleName(self.tr("个人合计"))
        self.totals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl+A, Shift+click: many people copied at once into a payroll sheet (the buttons act on the current row)
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.totals.setTabKeyNavigation(False)
        table_keys(self.totals)
        self.totals.verticalHeader().hide()
        self.totals.horizontalHeader().setStretchLastSection(True)
        TextWidthColumns(self.totals, range(TotalsModel.ITEMS))  # each as wide as its text; 实物与物品 the rest
        self.why_not_model = NotAwardedModel(self)
        self.why_not = QTableView()
        self.why_not.setModel(self.why_not_model)
        self.why_not.verticalHeader().hide()
        read_only_rows(self.why_not)
        TextWidthColumns(self.why_not, (NotAwardedModel.RULE, NotAwardedModel.WHO))
        # a long reason wraps in a higher row rather than being cut (in English at 150 %), as the lines' 说明 does
        self.why_not.horizontalHeader().setSectionResizeMode(NotAwardedModel.REASON, QHeaderView.ResizeMode.Stretch)
        WrappedColumn(self.why_not, NotAwardedModel.REASON)
        self.remove_button = QPushButton(self.tr("删除选中的手动行"))
        self.manual = make_table([self.tr("编号"), self.tr("奖项"), self.tr("获奖人"), self.tr("金额"), self.tr("理由"),
                                  self.tr("添加人")], delete_rows=self.remove_button.click)  # Delete asks first
        manual_tab = QWidget()
        # the button beside the table, not under it: the 评奖 page fits 1366×768 at 150 % scaling (432 high)
        manual_layout = QHBoxLayout(manual_tab)
        manual_layout.setContentsMargins(0, 0, 0, 0)
        manual_layout.addWidget(self.manual, 1)
        manual_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.history = make_table([self.tr("状态"), self.tr("批准时间"), self.tr("批准人"), self.tr("被取代时间"),
                                   self.tr("个人实发合计"), self.tr("确认事项")])
        self.addTab(self.totals, self.tr("个人合计"))
        self.addTab(self.why_not, self.tr("未获奖原因"))
        self.addTab(manual_tab, self.tr("手动奖项与调整"))
        self.addTab(self.history, self.tr("批准记录"))
        self.why_not.setAccessibleName(self.tr("未获奖原因"))
        self.manual.setAccessibleName(self.tr("手动奖项与调整"))
        self.history.setAccessibleName(self.tr("批准记录"))

    def show_review(self, review: Review | None, names: dict[int, str]) -> None:
        self.totals_model.set_totals(review.pay_totals if review else [], review.team_totals if review else [],
                                     names)
        for column in (TotalsModel.FIXED, TotalsModel.TOTAL):  # only where the plan lists fixed pay (a month)
            self.totals.setColumnHidden(column, not self.totals_model.has_fixed)
        rows = []
        for n in reasons_by_person(review.not_awarded) if review else []:  # a leaver's rules in one row
            who = names.get(n.staff_id, "") if n.staff_id is not None else self.tr("{dept}（团队）").format(
                dept=n.dept or "")
            rows.append((n.rule, who, n.reason))
        self.why_not_model.set_reasons(rows)

    def show_manual(self, manual: list[ManualRow], names: dict[int, str]) -> None:
        rows = []
        for r in manual:
            who = names.get(r.staff_id, "") if r.staff_id is not None else str(r.dept or "")
            amount = format_yuan(r.amount_fen) if r.amount_fen is not None else self.tr("默认")
            rows.append([str(r.id), r.rule or self.tr("调整"), who, amount, r.reason, r.user])
        fill_table(self.manual, rows, [r.id for r in manual], right=frozenset({MANUAL_AMOUNT}))
        self.remove_button.setEnabled(bool(rows))

    def show_history(self, runs: list[tuple[RunRecord, int]]) -> None:
        """Each approval with the people's net it paid (a sheet printed from an earlier one is told by its total)."""
        fill_table(self.history, [[self.tr("当前") if r.status == "approved" else self.tr("已被取代"),
                                   shown_stamp(r.approved_at), r.user,
                                   shown_stamp(r.superseded_at) if r.superseded_at else "", format_yuan(net),
                                   r.confirmed]
                                  for r, net in runs], right=frozenset({HISTORY_NET}))

    def selected_manual_id(self) -> int | None:
        row = self.manual.currentRow()
        return self.manual.item(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 else None

    def selected_staff_id(self) -> int | None:
        index = self.totals.currentIndex()
        return self.totals_model.data(index, STAFF_ROLE) if index.isValid() else None
