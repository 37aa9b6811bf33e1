from datetime import date

from app.periods import HalfYear
from app.rules import evaluate

from .rules_helpers import OCT, ev, facts, person, plan_of, reason

PRAISE = {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "amount": 20}
COMPLAINT = {"name": "投诉扣款", "kind": "per_event", "period": "month", "pays": "deduction", "event": "投诉",
             "amount": 200}
D = date(2026, 10, 8)


def test_praise_counts_and_complaints_deduct():
    events = (ev(1, D, "表扬"), ev(1, D, "表扬"), ev(1, D, "表扬"), ev(1, D, "投诉"),
              ev(1, date(2026, 9, 30), "表扬"), ev(1, date(2026, 11, 1), "投诉"))  # outside October: ignored
    result = evaluate(plan_of(PRAISE, COMPLAINT), facts(OCT, [person(1)], events=events))
    # 3 × ¥20 = ¥60 = 6,000 fen; 1 × ¥200 = −20,000 fen
    assert [(line.kind, line.amount_fen) for line in result.lines] == [("cash", 6_000), ("deduction", -20_000)]
    assert result.lines[0].explanation == "10月表扬 3 次 × ¥20 = ¥60.00"
    totals = result.totals()[0]
    # net = cash 6,000 − deductions 20,000 = −14,000
    assert (totals.cash_fen, totals.deduction_fen, totals.net_fen) == (6_000, 20_000, -14_000)


def test_attribute_filter_and_value_sum():
    rule = {"name": "加班奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "加班", "per": "value",
            "amount": 15, "where": {"approved": ["是", "yes"]}}
    events = (ev(1, D, "加班", value="2.5", approved="是"), ev(1, D, "加班", value="1.5", approved="YES"),
              ev(1, D, "加班", value="8", approved="否"))
    result = evaluate(plan_of(rule), facts(OCT, [person(1)], events=events))
    # (2.5 + 1.5) hours × ¥15 = ¥60
    assert [line.amount_fen for line in result.lines] == [6_000]


def test_amount_sum_times_a_rate_rounds_half_up_once():
    rule = {"name": "推广奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "推广",
            "per": "amount", "rate": "1.5"}
    events = (ev(1, D, "推广", amount_fen=33_333), ev(1, D, "推广", amount_fen=1))
    # (33,333 + 1) fen × 1.5% = 500.01 fen → 500
    assert [line.amount_fen for line in evaluate(plan_of(rule), facts(OCT, [person(1)], events=events)).lines] == [500]


def test_nothing_recorded_gives_a_reason():
    result = evaluate(plan_of(PRAISE), facts(OCT, [person(1)]))
    assert reason(result, 1) == "10月无表扬记录"


def test_projects_with_a_repeat_service_are_left_out():
    rule = {"name": "项目质量奖", "kind": "per_event", "period": "half", "pays": "cash", "event": "项目完工",
            "amount": 30, "unless": {"event": "二次服务", "same_attr": "project"}}
    h2 = HalfYear(2026, 2)
    events = (ev(1, date(2026, 7, 3), "项目完工", project="P1"), ev(1, date(2026, 8, 3), "项目完工", project="P2"),
              ev(1, date(2026, 9, 3), "项目完工", project="P3"),
              # the repeat visit on P2 was done by someone else: P2 still loses its award
              ev(2, date(2026, 11, 3), "二次服务", value="1.0", project="P2"))
    result = evaluate(plan_of(rule), facts(h2, [person(1), person(2)], events=events))
    # P1 and P3 count: 2 × ¥30 = ¥60
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 6_000)]
    # the project left out is named (it said 「1 个有二次服务」: which one, the owner had to find out)
    assert result.lines[0].explanation == "下半年项目完工 2 次（P2 有二次服务，不计） × ¥30 = ¥60.00"


def test_attribute_values_compare_as_numbers_and_the_left_out_are_said():
    rule = {"name": "备件奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "备件销售",
            "amount": 7, "where": {"margin": ["38%"]}}
    events = (ev(1, D, "备件销售", margin="38%"), ev(1, D, "备件销售", margin="38"), ev(1, D, "备件销售", margin="38.0%"),
              ev(1, D, "备件销售", margin="３８％"), ev(1, D, "备件销售", margin="30%"),
              ev(2, D, "备件销售", margin="25%"))
    result = evaluate(plan_of(rule), facts(OCT, [person(1), person(2)], events=events))
    # 38%, 38, 38.0% and the full-width ３８％ are all 38%: 4 × ¥7 = ¥28; 30% is left out, and said
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 2_800)]
    assert result.lines[0].explanation == "10月备件销售 4 次（另有 1 次不满足条件「毛利率 为 38%」，不计） × ¥7 = ¥28.00"
    assert reason(result, 2) == "10月备件销售 1 次，都不满足条件「毛利率 为 38%」"
