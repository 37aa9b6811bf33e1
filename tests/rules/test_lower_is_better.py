"""Rules on a metric where lower is better (平均响应时间, 退款金额) reward the smaller value: a stage target is met at
or under the target, a step bonus counts the steps below the baseline, the best progress is the largest fall."""

from app.periods import Quarter
from app.rules import evaluate

from .rules_helpers import OCT, OCT_KEY, SEP, facts, lines_by_staff, person, plan_of, reason

Q4 = Quarter(2026, 4)
Q4_MONTHS = ("2026-10", "2026-11", "2026-12")


def stage(period="month"):
    return plan_of({"name": "响应达标奖", "kind": "stage", "period": period, "pays": "cash", "metric": "response_s",
                    "stages": [{"percent": 100, "amount": 100}, {"percent": 120, "amount": 300}]})


def test_a_stage_on_response_time_pays_at_or_under_the_target_not_over_it():
    # target 30 s: 25 s is 30/25 = 120% → ¥300; 30 s exactly 100% → ¥100; 40 s is 30/40 = 75% → nothing
    values = {(1, "response_s", OCT_KEY): 2500, (2, "response_s", OCT_KEY): 3000, (3, "response_s", OCT_KEY): 4000}
    targets = {(sid, "response_s", OCT_KEY): 3000 for sid in (1, 2, 3)}
    result = evaluate(stage(), facts(OCT, [person(1), person(2), person(3)], values=values, targets=targets))
    assert lines_by_staff(result) == {1: [30_000], 2: [10_000]}
    assert result.lines[0].explanation == (
        "10月平均响应时间 25秒，目标 30秒，越低越好（完成率 = 目标 ÷ 实际），完成 120.0%，达到 ≥120% 档 → 奖金 ¥300.00")
    assert reason(result, 3).endswith("完成 75.0%，未达 100%")


def test_a_stage_on_a_mean_over_a_quarter_is_held_to_the_mean_of_the_monthly_targets():
    # 25 s each month against 30 s each month: 120%, not 25 / (3 × 30) = 27.8%
    values = {(1, "response_s", m): 2500 for m in Q4_MONTHS}
    targets = {(1, "response_s", m): 3000 for m in Q4_MONTHS}
    result = evaluate(stage("quarter"), facts(Q4, [person(1)], values=values, targets=targets))
    assert lines_by_staff(result) == {1: [30_000]}
    assert "目标 30秒（各月目标的平均）" in result.lines[0].explanation


def test_a_step_bonus_on_refunds_counts_the_steps_below_last_month():
    plan = plan_of({"name": "退款下降奖", "kind": "step", "period": "month", "pays": "cash", "metric": "refunds",
                    "baseline": "previous", "step": 100, "amount": 10})
    values = {(1, "refunds", SEP): 50_000, (1, "refunds", OCT_KEY): 25_000,  # ¥500 → ¥250: 2 steps of ¥100
              (2, "refunds", SEP): 10_000, (2, "refunds", OCT_KEY): 50_000}  # ¥100 → ¥500: worse, nothing
    result = evaluate(plan, facts(OCT, [person(1), person(2)], values=values))
    assert lines_by_staff(result) == {1: [2_000]}
    assert result.lines[0].explanation == (
        "10月退款金额 ¥250.00，上月 ¥500.00，低于上月 ¥250.00（越低越好），每 ¥100.00 一档，满 2 档 × ¥10 = ¥20.00")
    assert reason(result, 2) == "10月退款金额 ¥500.00，上月 ¥100.00，未低于上月（越低越好）"


def test_the_best_progress_on_refunds_is_the_largest_fall():
    plan = plan_of({"name": "退款进步奖", "kind": "best", "period": "month", "pays": "cash", "metric": "refunds",
                    "mode": "growth", "amount": 100})
    values = {(1, "refunds", SEP): 10_000, (1, "refunds", OCT_KEY): 50_000,  # +400%: worse
              (2, "refunds", SEP): 10_000, (2, "refunds", OCT_KEY): 5_000,  # −50%
              (3, "refunds", SEP): 10_000, (3, "refunds", OCT_KEY): 8_000}  # −20%
    result = evaluate(plan, facts(OCT, [person(1), person(2), person(3)], values=values))
    assert lines_by_staff(result) == {2: [10_000]}
    assert "下降 50.0%（越低越好）" in result.lines[0].explanation
    assert reason(result, 1) == "10月退款金额 ¥500.00，上月 ¥100.00，增长 400.0%，未下降"


def test_no_refunds_at_all_reaches_every_stage():
    plan = plan_of({"name": "退款控制奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "refunds",
                    "stages": [{"percent": 100, "amount": 100}, {"percent": 120, "amount": 300}]})
    result = evaluate(plan, facts(OCT, [person(1)], values={(1, "refunds", OCT_KEY): 0},
                                  targets={(1, "refunds", OCT_KEY): 50_000}))
    assert lines_by_staff(result) == {1: [30_000]}
    assert "实际为 0，达到 ≥120% 档" in result.lines[0].explanation


LEAST_REFUNDS = {"name": "退款最少奖", "kind": "ranking", "period": "quarter", "pays": "cash", "metric": "refunds",
                 "bands": [{"from": 1, "to": 1, "amount": 300}]}


def test_a_quarter_of_refunds_missing_months_does_not_win_the_least_refunds():
    # 甲 ¥200 a month (¥600); 乙 ¥300 in December and no data for October and November: ¥300 is no better quarter
    values = {(1, "refunds", m): 20_000 for m in Q4_MONTHS} | {(2, "refunds", "2026-12"): 30_000}
    result = evaluate(plan_of(LEAST_REFUNDS), facts(Q4, [person(1), person(2)], values=values))
    assert lines_by_staff(result) == {1: [30_000]}
    assert reason(result, 2) == "10月、11月退款金额无数据（退款金额越低越好，少了月份的合计会显得更好，不计）"


def test_a_quarterly_refund_ceiling_is_not_met_by_missing_months():
    plan = plan_of({"name": "退款控制奖", "kind": "threshold", "period": "quarter", "pays": "cash", "amount": 100,
                    "conditions": [{"metric": "refunds", "op": "<=", "value": 500}]})
    values = {(1, "refunds", m): 10_000 for m in Q4_MONTHS} | {(2, "refunds", "2026-12"): 40_000}
    result = evaluate(plan, facts(Q4, [person(1), person(2)], values=values))
    assert lines_by_staff(result) == {1: [10_000]}  # ¥300 over three months ≤ ¥500
    assert reason(result, 2).startswith("10月、11月退款金额无数据")


def test_a_sum_where_more_is_better_still_counts_the_months_it_has():
    # the gap only costs its holder there: 乙's December alone is ranked, and says so
    plan = plan_of({**LEAST_REFUNDS, "name": "销售排名", "metric": "sales", "bands": [{"from": 1, "to": 2, "amount": 300}]})
    values = {(1, "sales", m): 20_000 for m in Q4_MONTHS} | {(2, "sales", "2026-12"): 30_000}
    result = evaluate(plan, facts(Q4, [person(1), person(2)], values=values))
    assert lines_by_staff(result) == {1: [30_000], 2: [30_000]}
    assert "（10月、11月销售额无数据）" in result.lines[1].explanation


def test_a_month_without_inquiries_does_not_lower_a_quarters_response_time():
    # 乙 answers in 30 s in October and November; in December no one asked (0 inquiries, 0 s): the quarter is
    # 30 s weighted by inquiries, not (30 + 30 + 0) / 3 = 20 s, which beat 甲's 25 s
    plan = plan_of({"name": "响应最快奖", "kind": "ranking", "period": "quarter", "pays": "cash",
                    "metric": "response_s", "bands": [{"from": 1, "to": 1, "amount": 300}]})
    values = {(1, "response_s", m): 2500 for m in Q4_MONTHS} | {(1, "inquiries", m): 1000 for m in Q4_MONTHS}
    values |= {(2, "response_s", "2026-10"): 3000, (2, "inquiries", "2026-10"): 1000,
               (2, "response_s", "2026-11"): 3000, (2, "inquiries", "2026-11"): 1000,
               (2, "response_s", "2026-12"): 0, (2, "inquiries", "2026-12"): 0}
    result = evaluate(plan, facts(Q4, [person(1), person(2)], values=values))
    assert lines_by_staff(result) == {1: [30_000]}
    assert reason(result, 2) == "第四季度平均响应时间 30秒，排名第 2，未进入获奖名次"
