"""The 评奖 page's tables size their columns from each distinct text, measured once per refill
(`TextWidthColumns`), not by a header resizing to its contents, which asked every cell of up to a thousand rows
at each layout (over a second of a switch of period on a big shop). The columns are as wide as that header made
them — bold totals, amounts that grew in a recompute updated in place, a column emptied — and the user still
cannot drag them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from app.awards.model import DeptTotals, PersonTotals
from app.store.awards import StoredLine
from ui.models.award_models import AwardLineModel, NotAwardedModel, TotalsModel
from ui.widgets.award_lines_table import award_lines_table
from ui.widgets.award_tabs import AwardTabs


def _resized_to_contents(model, stretched: int | None = None) -> QTableView:
    """The table as it was sized before: every column to its contents (the stretched one the rest)."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretched is not None:
        table.horizontalHeader().setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
    return table


def _shown(qtbot, *tables) -> None:
    for table in tables:
        qtbot.addWidget(table)
        table.resize(1200, 400)
        table.show()
    QApplication.processEvents()


def _widths(table: QTableView, columns) -> list[int]:
    QApplication.processEvents()
    return [table.columnWidth(column) for column in columns]


def _lines(amount: int) -> list[StoredLine]:
    return [StoredLine("staff", n, f"客服{n:03d}" if n % 7 else f"售后部长期合作客服{n}", "客服部", "9月销售奖", "stage",
                       "cash", amount + n, None, f"销售额 ¥{n * 1000}", False, "方案") for n in range(1, 40)] + [
        StoredLine("staff", 99, "王丽娟", "售后部", "月度心愿奖", "manual", "goods", 19_900, "蓝牙耳机", "心愿", False, "方案"),
        StoredLine("staff", 98, "李娜", "售后部", "投诉扣款", "per_event", "deduction", 20_000, None, "投诉 1 次", False,
                   "方案")]


def test_the_lines_columns_are_as_wide_as_resized_to_contents_also_after_a_recompute(qtbot):
    ours, theirs = AwardLineModel(), AwardLineModel()
    table, before = award_lines_table(ours), _resized_to_contents(theirs, AwardLineModel.EXPLANATION)
    _shown(qtbot, table, before)
    fitted = range(AwardLineModel.EXPLANATION)
    for lines in (_lines(10_000), [replace(line, amount_fen=line.amount_fen * 1000) for line in _lines(10_000)],
                  _lines(10_000)[:3], []):
        ours.set_lines(lines)  # the second and third: updated in place, as a recompute is
        theirs.set_lines(lines)
        assert _widths(table, fitted) == _widths(before, fitted), lines[:1]
    wider = [replace(line, amount_fen=line.amount_fen * 1000) for line in _lines(10_000)]
    ours.set_lines(_lines(10_000))
    narrow = table.columnWidth(AwardLineModel.AMOUNT)
    ours.set_lines(wider)
    assert _widths(table, [AwardLineModel.AMOUNT])[0] > narrow  # ¥10,001.00 → ¥10,001,000.00
    header = table.horizontalHeader()
    assert all(header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed for column in fitted)
    theirs.set_lines(wider)
    for view in (table, before):  # a larger font: measured again
        font = view.font()
        font.setPointSize(font.pointSize() + 4)
        view.setFont(font)
    assert _widths(table, fitted) == _widths(before, fitted)
    assert _widths(table, [AwardLineModel.AMOUNT])[0] > narrow * 1.2


def test_the_totals_and_the_reasons_are_as_wide_as_resized_to_contents(qtbot):
    tabs, before = AwardTabs(), _resized_to_contents(TotalsModel())
    before.horizontalHeader().setStretchLastSection(True)
    _shown(qtbot, tabs, before)
    people = [PersonTotals(n, f"客服{n:03d}", "客服部", cash_fen=n * 12_345, deduction_fen=20_000 if n % 5 else 0,
                           fixed_fen=300_000 + n) for n in range(1, 30)]
    teams = [DeptTotals("天猫旗舰店售前客服部", cash_fen=50_000)]
    names = {1: "客服001（#1）"}
    for column in (TotalsModel.FIXED, TotalsModel.TOTAL):  # hidden in a month without fixed pay, as before
        tabs.totals.setColumnHidden(column, True)
    tabs.totals_model.set_totals(people, teams, names)
    for column in (TotalsModel.FIXED, TotalsModel.TOTAL):  # shown once the plan lists fixed pay
        tabs.totals.setColumnHidden(column, False)
    before.model().set_totals(people, teams, names)
    money = range(TotalsModel.ITEMS)  # 合计 and 应发合计 in bold
    assert _widths(tabs.totals, money) == _widths(before, money)

    reasons = NotAwardedModel()
    reasons_before = _resized_to_contents(reasons)
    reasons_before.horizontalHeader().setStretchLastSection(True)
    _shown(qtbot, reasons_before)
    rows = [("阶段目标奖", f"客服{n:03d}", "未达 100%") for n in range(50)] + [("优秀部门", "天猫旗舰店售前客服部（团队）", "")]
    reasons.set_reasons(rows)
    tabs.why_not_model.set_reasons(rows)
    tabs.setCurrentWidget(tabs.why_not)
    columns = (NotAwardedModel.RULE, NotAwardedModel.WHO)
    assert _widths(tabs.why_not, columns) == _widths(reasons_before, columns)


def test_the_bold_totals_are_measured_in_the_tables_own_font(qtbot):
    """The 合计 row and 应发合计 are bold in the table's font: in a larger one their sums still fit."""
    tabs, before = AwardTabs(), _resized_to_contents(TotalsModel())
    before.horizontalHeader().setStretchLastSection(True)
    _shown(qtbot, tabs, before)
    for view in (tabs.totals, before):
        font = view.font()
        font.setPointSize(font.pointSize() + 6)
        view.setFont(font)
    people = [PersonTotals(n, f"客服{n:03d}", "客服部", cash_fen=n * 12_345, deduction_fen=20_000, fixed_fen=300_000 + n)
              for n in range(1, 30)]
    for model in (tabs.totals_model, before.model()):
        model.set_totals(people, [], {})
    money = range(TotalsModel.ITEMS)
    assert _widths(tabs.totals, money) == _widths(before, money)
