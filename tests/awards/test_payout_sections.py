"""The payout sheet says only what is paid or handed out: its two lists under the people, 团队基金 and 实物与物品,
are there when they list something (an empty list with a ¥0.00 合计 reads to payroll as something to pay or hand
out), and a person given no goods has no ¥0.00 in 实物价值."""

import openpyxl

from app.awards.payout import write_payout

from .conftest import PLAN_B, SEP, write_plan

TEAM, GOODS = "团队基金（不发给个人）", "实物与物品（不计入现金）"
CAKE = {"name": "生日福利", "kind": "manual", "period": "month", "pays": "item", "item": "生日蛋糕"}


def _first_column(path):
    return [r[0] for r in openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True)]


def test_a_month_with_no_team_fund_and_no_goods_lists_neither(shop, team, tmp_path):
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_B)))  # every department: cash and fixed pay only
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)
    column = _first_column(tmp_path / "pay.xlsx")
    assert TEAM not in column and GOODS not in column
    assert column.count("合计") == 1  # the people's, and no ¥0.00 one under an empty list
    assert (summary.team_lines, summary.goods_lines, summary.team_fen, summary.goods_fen) == (0, 0, 0, 0)


def test_a_list_with_a_line_stays_even_when_the_line_has_no_value(shop, team, tmp_path):
    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_B, "rules": [*PLAN_B["rules"], CAKE]})))
    shop.awards.add_manual(SEP, "生日福利", staff_id=team["甲"], reason="9月生日")
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)
    rows = list(openpyxl.load_workbook(tmp_path / "pay.xlsx").worksheets[0].iter_rows(values_only=True))
    column = [r[0] for r in rows]
    assert TEAM not in column and summary.goods_lines == 1
    start = column.index(GOODS) + 2  # under its heading and its column titles
    assert rows[start][:5] == ("甲", "客服部", "生日福利", "生日蛋糕", 0)  # a cake to hand out, of no value
    assert rows[start + 1][0] == "合计" and rows[start + 1][4] == 0


def test_a_team_fund_without_goods_lists_the_fund_only(shop, team, tmp_path):
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)  # 优秀部门 pays 客服部; no goods
    column = _first_column(tmp_path / "pay.xlsx")
    assert TEAM in column and GOODS not in column
    assert summary.team_lines == 1 and summary.team_fen == 50_000 and summary.goods_lines == 0


def test_a_person_with_no_goods_has_a_blank_goods_value_as_with_no_award(shop, team, tmp_path):
    """实物价值 printed ¥0.00 on every row of people who were given nothing, where an award or deduction they did
    not have is left blank; the 合计 row still adds the column up."""
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=8_050, reason="投票")
    write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)
    rows = list(openpyxl.load_workbook(tmp_path / "pay.xlsx").worksheets[0].iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "编号")
    value, deduction = header.index("实物价值"), header.index("扣款")
    people = {r[1]: r for r in rows if isinstance(r[0], int)}
    assert float(people["甲"][value]) == 80.5 and people["甲"][deduction] is None  # 甲 has no deduction
    assert people["乙"][value] is None and people["丙"][value] is None
    assert float(next(r for r in rows if r[0] == "合计")[value]) == 80.5
