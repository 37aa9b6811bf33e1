"""The payout sheet adds up its lines to the fen, whatever the adjustments: each person's 奖金实发 is the sum of their
cash lines less their deductions, 应发合计 adds the fixed pay, and the 合计 row is the sum of the rows."""

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.awards.paymonth import pay_month
from app.awards.payout import pay_rows, write_payout

from .conftest import SEP

adjustments = st.lists(st.tuples(st.sampled_from(["甲", "乙", "丙"]),
                                 st.integers(min_value=-500_000, max_value=500_000).filter(bool)), max_size=6)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=adjustments)
def test_every_row_and_the_total_are_the_sum_of_the_lines(shop, team, tmp_path, changes):
    ids = [shop.awards.adjust(SEP, team[name], fen, f"调整 {i}") for i, (name, fen) in enumerate(changes)]
    try:
        pm = pay_month(shop, SEP, draft=True)
        rows, _fixed = pay_rows(shop, pm)
        cash = [x for x in pm.lines if x.recipient_type == "staff" and x.kind in ("cash", "deduction")]
        for row in rows:
            assert row.net_fen == sum(x.amount_fen for x in cash if x.staff_id == row.staff_id)
            assert row.total_fen == sum(row.fixed.values()) + row.net_fen
        assert sum(r.net_fen for r in rows) == sum(x.amount_fen for x in cash)
        summary = write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)
        assert summary.net_fen == sum(x.amount_fen for x in cash)
        sheet = [r for r in openpyxl.load_workbook(tmp_path / "pay.xlsx").worksheets[0].iter_rows(values_only=True)]
        header = next(r for r in sheet if r and r[0] == "编号")
        net = header.index("奖金实发")
        people = [r for r in sheet if r and isinstance(r[0], int)]
        total = next(r for r in sheet if r and r[0] == "合计")
        assert round(sum(r[net] * 100 for r in people)) == round(total[net] * 100) == summary.net_fen
    finally:
        for manual_id in ids:
            shop.awards.remove_manual(manual_id)
