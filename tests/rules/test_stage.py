from app.rules import evaluate

from .rules_helpers import OCT, OCT_KEY, facts, person, plan_of, reason

STAGE = {"name": "阶段目标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales",
         "stages": [{"percent": 100, "amount": 200}, {"percent": 120, "amount": 500}]}


def run(sales_fen, target_fen):
    values = {} if sales_fen is None else {(1, "sales", OCT_KEY): sales_fen}
    targets = {} if target_fen is None else {(1, "sales", OCT_KEY): target_fen}
    return evaluate(plan_of(STAGE), facts(OCT, [person(1)], values=values, targets=targets))


def test_exactly_100_percent_pays_the_first_stage():
    # ¥10,000.00 of a ¥10,000.00 target: 1,000,000 × 100 ≥ 1,000,000 × 100 → ¥200 = 20,000 fen
    result = run(1_000_000, 1_000_000)
    assert [line.amount_fen for line in result.lines] == [20_000]
    assert result.lines[0].explanation == (
        "10月销售额 ¥10,000.00，目标 ¥10,000.00，完成 100.0%，达到 ≥100% 档 → 奖金 ¥200.00")


def test_one_fen_short_of_100_percent_pays_nothing_and_says_so():
    # 999,999 / 1,000,000 = 99.9999%: shown with enough decimals to differ from 100%
    result = run(999_999, 1_000_000)
    assert result.lines == []
    assert reason(result, 1) == "10月销售额 ¥9,999.99，目标 ¥10,000.00，完成 99.9999%，未达 100%"


def test_exactly_120_percent_pays_the_higher_stage_only():
    # ¥12,000 / ¥10,000 = 120% → only the highest stage reached, ¥500 (not 200 + 500)
    assert [line.amount_fen for line in run(1_200_000, 1_000_000).lines] == [50_000]


def test_just_under_120_percent_stays_on_the_first_stage():
    # 1,199,999 × 100 = 119,999,900 < 1,000,000 × 120 = 120,000,000 → ¥200
    assert [line.amount_fen for line in run(1_199_999, 1_000_000).lines] == [20_000]


def test_no_target_is_not_eligible():
    result = run(1_500_000, None)
    assert result.lines == []
    assert reason(result, 1) == "未设目标"


def test_unknown_sales_is_not_zero():
    result = run(None, 1_000_000)
    assert reason(result, 1) == "销售额无数据"


def test_stages_must_ascend():
    import pytest

    from app.errors import UserError

    bad = {**STAGE, "stages": [{"percent": 120, "amount": 500}, {"percent": 100, "amount": 200}]}
    with pytest.raises(UserError, match=r"第 1 条规则「阶段目标奖」：字段「stages\[2\]\.percent」"):
        plan_of(bad)


def test_a_quarter_stage_names_a_month_without_sales_data():
    # a quarterly stage: targets ¥1,000 a month; July ¥1,500 + August ¥1,500, September not entered:
    # ¥3,000 / ¥3,000 = 100.0% → ¥200, and the line says September had no data
    from app.periods import Quarter

    months = ("2026-07", "2026-08", "2026-09")
    result = evaluate(plan_of({**STAGE, "period": "quarter"}), facts(
        Quarter(2026, 3), [person(1)], values={(1, "sales", "2026-07"): 150_000, (1, "sales", "2026-08"): 150_000},
        targets={(1, "sales", m): 100_000 for m in months}))
    assert [line.explanation for line in result.lines] == [
        "第三季度销售额 ¥3,000.00（9月销售额无数据），目标 ¥3,000.00，完成 100.0%，达到 ≥100% 档 → 奖金 ¥200.00"]


def test_just_under_the_next_stage_is_not_shown_as_reaching_it():
    # 119.9999% of the target pays the ≥100% stage: written 120.0% it would read as the ≥120% stage withheld
    [line] = run(1_199_999, 1_000_000).lines
    assert "完成 119.9999%，达到 ≥100% 档" in line.explanation


def test_a_mean_of_targets_between_two_kept_values_is_written_as_the_achievement_was_worked_out():
    # targets 4.80, 4.80, 4.81: the achievement 4.81 ÷ 4.8033… = 100.1% was written beside 「目标 4.8」, which
    # gives 100.2% by hand
    from app.periods import Quarter

    plan = plan_of({"name": "评分达标", "kind": "stage", "period": "quarter", "pays": "cash", "metric": "score",
                    "stages": [{"percent": 100, "amount": 100}, {"percent": 101, "amount": 200}]},
                   metrics=[{"key": "score", "name": "评分", "unit": "score", "decimals": 2, "aggregation": "mean"}])
    months = ("2026-10", "2026-11", "2026-12")
    targets = dict(zip([(1, "score", m) for m in months], (480, 480, 481), strict=True))
    result = evaluate(plan, facts(Quarter(2026, 4), [person(1)], values={(1, "score", m): 481 for m in months},
                                  targets=targets))
    assert [x.explanation for x in result.lines] == [
        "第四季度评分 4.81，目标 4.8033（各月目标的平均），完成 100.1%，达到 ≥100% 档 → 奖金 ¥100.00"]
