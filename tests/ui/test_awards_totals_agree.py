"""The 评奖 page's 个人合计 table (`TotalsModel`: a row per person, per team fund and the 合计 row it adds up itself)
agrees to the fen with the 发放表 of the pay month: November's sheet is the month alone; December's adds the
quarter, the half-year and the year, which the page shows as periods of their own."""

from __future__ import annotations

import pytest

from app.awards.paymonth import periods_ending_in
from app.awards.payout import write_payout
from tests.awards.test_amounts_agree import DEC, EXAMPLE, NOV, TODAY, _approve_all, _build, _fen, _sheet
from ui.models.award_models import FEN_ROLE, TotalsModel

COLUMNS = (TotalsModel.FIXED, TotalsModel.CASH, TotalsModel.GOODS, TotalsModel.DEDUCTION, TotalsModel.NET,
           TotalsModel.TOTAL)


@pytest.fixture
def today():
    return TODAY


def _page_rows(review) -> dict[object, tuple[int, ...]]:
    """Each row of the page's table in fen, by staff id, department or 合计 (None)."""
    model = TotalsModel()
    model.set_totals(review.pay_totals, review.team_totals)
    rows = {}
    for row, item in enumerate(model.rows):
        key = None if item is None else getattr(item, "staff_id", None) or item.dept
        rows[key] = tuple(model.index(row, c).data(FEN_ROLE) or 0 for c in COLUMNS)
    return rows or {None: (0,) * len(COLUMNS)}  # nobody paid: the table is empty


def _sheet_rows(path) -> dict[object, tuple[int, ...]]:
    """The same figures as the sheet writes them: fixed pay, cash awards, goods, deductions, net, 应发合计."""
    header, people, total, _notes, _rows = _sheet(path)
    col = {name: i for i, name in enumerate(header) if name}
    fixed = [col[c] for c in ("基本工资", "岗位工资", "补贴") if c in col]
    named = ("扣款", "奖金实发", "应发合计", "实物价值", "实物与物品", "备注", "签字")
    awards = [i for i, name in enumerate(header) if name and i >= 3 and i not in fixed and name not in named]

    def figures(r) -> tuple[int, ...]:
        net = _fen(r[col["奖金实发"]])
        return (sum(_fen(r[i]) for i in fixed), sum(_fen(r[i]) for i in awards), _fen(r[col["实物价值"]]),
                -_fen(r[col["扣款"]]), net, _fen(r[col["应发合计"]]) if "应发合计" in col else net)

    return {**{r[0]: figures(r) for r in people}, None: figures(total)}


def test_the_pages_totals_add_up_to_the_payout_sheet_of_each_pay_month(qapp, shop, tmp_path):
    _build(shop, EXAMPLE)
    _approve_all(shop)
    november = _page_rows(shop.awards.status(NOV))
    sheet = _sheet_rows(write_payout(shop, NOV, tmp_path / "11.xlsx").path)
    # a team fund is nobody's pay: the sheet lists it apart, the page's 合计（个人） leaves it out
    assert {k: v for k, v in november.items() if k is None or isinstance(k, int)} == sheet
    pages = [_page_rows(shop.awards.status(p)) for p in periods_ending_in(DEC)]
    sheet = _sheet_rows(write_payout(shop, DEC, tmp_path / "12.xlsx").path)
    # cash, goods, deductions and net are the periods' added up; the fixed pay is the month's, once
    added = [sum(page[None][i] for page in pages) for i in range(1, 5)]
    assert (pages[0][None][0], *added) == sheet[None][:5]
    assert pages[0][None][5] + sum(page[None][4] for page in pages[1:]) == sheet[None][5]
    for staff_id, row in sheet.items():
        if staff_id is not None:
            shown = [page[staff_id] for page in pages if staff_id in page]
            assert sum(s[4] for s in shown) == row[4]
