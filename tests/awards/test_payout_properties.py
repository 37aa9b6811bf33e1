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


def test_a_departments_goods_are_listed_to_hand_out_and_each_total_adds_up_what_it_lists(shop, team, tmp_path):
    from .conftest import PLAN_A, write_plan

    gift = {"name": "团队礼物", "kind": "manual", "period": "month", "pays": "goods", "recipient": "department",
            "item": "零食", "amount": 300}
    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_A, "rules": [*PLAN_A["rules"], gift]})), dept="客服部")
    shop.awards.add_manual(SEP, "团队礼物", dept="客服部", reason="月度评比")
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)
    sheet = [r for r in openpyxl.load_workbook(tmp_path / "pay.xlsx").worksheets[0].iter_rows(values_only=True)]
    heads = [i for i, r in enumerate(sheet) if r[0] in ("团队基金（不发给个人）", "实物与物品（不计入现金）")]
    team = sheet[heads[0] + 2:heads[1] - 1]  # its lines and its 合计
    assert [r[1] for r in team[:-1]] == ["优秀部门"] and team[-1][0] == "合计"
    assert round(sum(r[3] * 100 for r in team[:-1])) == round(team[-1][3] * 100) == summary.team_fen == 50_000
    goods = sheet[heads[1] + 2:]
    assert ("客服部（团队）", "客服部", "团队礼物", "零食", 300) in [tuple(r[:5]) for r in goods]
    assert summary.goods_fen == 30_000


def test_the_goods_totals_reconcile_with_the_main_tables_column_and_the_summary(shop, team, tmp_path):
    """A department's goods are in the summary's 实物价值 but not in the main table (people only): the goods list
    says 个人合计 (the main table's column total) + 部门合计 = 合计, and the summary splits its figure the same way."""
    from .conftest import PLAN_A, write_plan

    gift = {"name": "团队礼物", "kind": "manual", "period": "month", "pays": "goods", "recipient": "department",
            "item": "零食", "amount": 300}
    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_A, "rules": [*PLAN_A["rules"], gift]})), dept="客服部")
    shop.awards.add_manual(SEP, "团队礼物", dept="客服部", reason="月度评比")
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=5_001, reason="生日")
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)
    sheet = [r for r in openpyxl.load_workbook(tmp_path / "pay.xlsx").worksheets[0].iter_rows(values_only=True)]
    header = next(r for r in sheet if r and r[0] == "编号")
    goods_column = header.index("实物价值")
    people = [r for r in sheet if r and isinstance(r[0], int)]
    main_total = next(r for r in sheet if r and r[0] == "合计")[goods_column]
    assert round(sum((r[goods_column] or 0) * 100 for r in people)) == round(main_total * 100) == 5_001
    start = next(i for i, r in enumerate(sheet) if r[0] == "实物与物品（不计入现金）") + 2
    end = next(i for i in range(start, len(sheet)) if sheet[i][0] == "合计")
    listed, totals = [r for r in sheet[start:end] if r[0] not in ("个人合计", "部门合计")], {r[0]: r[4] for r in sheet[start:end + 1]}
    assert round(totals["个人合计"] * 100) == round(main_total * 100)
    assert round(totals["部门合计"] * 100) == sum(round(r[4] * 100) for r in listed if r[0].endswith("（团队）")) == 30_000
    assert round(sum(r[4] * 100 for r in listed)) == round(totals["合计"] * 100) == summary.goods_fen == 35_001
    assert summary.goods_text() == "¥350.01（个人 ¥50.01 + 部门 ¥300.00：客服部 零食 ¥300.00）"


def test_without_department_goods_the_goods_total_is_the_main_tables(shop, team, tmp_path):
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=5_000, reason="生日")
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)
    sheet = [r for r in openpyxl.load_workbook(tmp_path / "pay.xlsx").worksheets[0].iter_rows(values_only=True)]
    totals = [r for r in sheet if r and r[0] == "合计"]
    assert round(totals[-1][4] * 100) == summary.goods_fen == 5_000 and summary.goods_text() == "¥50.00"
    assert not [r for r in sheet if r and r[0] in ("个人合计", "部门合计")]
