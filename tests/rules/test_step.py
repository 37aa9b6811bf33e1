from datetime import date

import pytest

from app.errors import UserError
from app.periods import Quarter
from app.rules import evaluate

from .rules_helpers import OCT, OCT_KEY, SEP, facts, person, plan_of, reason
from .test_best import GROWTH

STEP = {"name": "阶梯奖励", "kind": "step", "period": "month", "pays": "cash", "metric": "sales",
        "baseline": "previous", "step": 2000, "amount": 100, "cap": 1000}


def run(now_fen, last_fen, rule=STEP, targets=None):
    values = {}
    if now_fen is not None:
        values[(1, "sales", OCT_KEY)] = now_fen
    if last_fen is not None:
        values[(1, "sales", SEP)] = last_fen
    return evaluate(plan_of(rule), facts(OCT, [person(1)], values=values, targets=targets or {}))


def test_issue_example_10000_to_12000_pays_one_step():
    # ¥12,000 − ¥10,000 = ¥2,000 = exactly one ¥2,000 step → 1 × ¥100 = ¥100
    result = run(1_200_000, 1_000_000)
    assert [line.amount_fen for line in result.lines] == [10_000]
    assert result.lines[0].explanation == (
        "10月销售额 ¥12,000.00，上月 ¥10,000.00，超出 ¥2,000.00，每 ¥2,000.00 一档，满 1 档 × ¥100 = ¥100.00")


def test_explanation_of_the_design_example():
    # ¥12,500 − ¥10,300 = ¥2,200 → 1 full step → ¥100
    result = run(1_250_000, 1_030_000)
    assert result.lines[0].explanation == (
        "10月销售额 ¥12,500.00，上月 ¥10,300.00，超出 ¥2,200.00，每 ¥2,000.00 一档，满 1 档 × ¥100 = ¥100.00")


def test_one_fen_short_of_a_step_pays_nothing():
    # ¥11,999.99 − ¥10,000 = ¥1,999.99 < ¥2,000
    result = run(1_199_999, 1_000_000)
    assert result.lines == []
    assert reason(result, 1) == (
        "10月销售额 ¥11,999.99，上月 ¥10,000.00，超出 ¥1,999.99，不足 1 档（每档 ¥2,000.00）")


def test_cap_limits_the_amount():
    # ¥35,000 − ¥10,000 = ¥25,000 → 12 full steps × ¥100 = ¥1,200 → capped at ¥1,000
    result = run(3_500_000, 1_000_000)
    assert [line.amount_fen for line in result.lines] == [100_000]
    assert result.lines[0].explanation.endswith("满 12 档 × ¥100 = ¥1,200.00，封顶 ¥1,000.00")


def test_no_previous_month_gets_nothing_with_the_reason():
    result = run(1_500_000, None)
    assert result.lines == []
    assert reason(result, 1) == "9月销售额无数据"  # the month named, as other lines do: not 「上月无数据」


def test_a_zero_previous_month_is_data():
    # last month ¥0 (known), this month ¥4,100 → 2 steps → ¥200
    assert [line.amount_fen for line in run(410_000, 0).lines] == [20_000]


def test_below_last_month_says_so():
    assert reason(run(900_000, 1_000_000), 1) == "10月销售额 ¥9,000.00，上月 ¥10,000.00，未超过上月"


def test_fixed_and_target_baselines():
    fixed = {**STEP, "baseline": "fixed", "base_value": 5000, "cap": None}
    # ¥11,000 − fixed ¥5,000 = ¥6,000 → 3 steps → ¥300
    assert [line.amount_fen for line in run(1_100_000, None, fixed).lines] == [30_000]
    target = {**STEP, "baseline": "target"}
    # ¥11,000 − target ¥9,000 = ¥2,000 → 1 step → ¥100
    result = run(1_100_000, None, target, targets={(1, "sales", OCT_KEY): 900_000})
    assert [line.amount_fen for line in result.lines] == [10_000]
    assert reason(run(1_100_000, None, target), 1) == "未设目标"


def test_fixed_baseline_needs_a_base_value():
    from app.errors import UserError

    with pytest.raises(UserError, match="字段「base_value」缺失"):
        plan_of({**STEP, "baseline": "fixed"})


def test_months_needed_include_last_month():
    assert plan_of(STEP).months_needed(OCT) == ("2026-09", "2026-10")


def test_a_prorated_target_baseline_says_it_was_scaled():
    # hired 17 October: ¥10,000 × 15/31 = ¥4,838.71 (scaled when the facts were built); ¥8,000 is ¥3,161.29
    # over it → 1 full ¥2,000 step → ¥100; the line says the target was scaled, as the stage rule does
    target = {**STEP, "baseline": "target"}
    result = evaluate(plan_of(target), facts(OCT, [person(1)], values={(1, "sales", OCT_KEY): 800_000},
                                             targets={(1, "sales", OCT_KEY): 483_871},
                                             prorated={(1, OCT_KEY): (15, 31)}))
    assert [line.explanation for line in result.lines] == [
        ("10月销售额 ¥8,000.00，目标 ¥4,838.71（10月按在职 15/31 天折算），超出 ¥3,161.29，每 ¥2,000.00 一档，"
         "满 1 档 × ¥100 = ¥100.00")]


def test_a_quarter_without_last_quarter_names_it():
    rule = {**STEP, "period": "quarter"}
    values = {(1, "sales", m): 1_000_000 for m in ("2026-10", "2026-11", "2026-12")}
    result = evaluate(plan_of(rule), facts(Quarter(2026, 4), [person(1)], values=values))
    assert reason(result, 1) == "第三季度销售额无数据"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("step", "0.5", "字段「step」的值「0.5」应为整数（订单数只记整数）"),
    ("base_value", "10.5", "字段「base_value」的值「10.5」应为整数（订单数只记整数）"),
], ids=["step", "base_value"])
def test_a_step_or_baseline_finer_than_the_metric_is_refused_not_rounded(field, value, message):
    # a step of 0.5 orders was rounded to 1 and paid half as many steps as written
    rule = {"name": "订单阶梯", "kind": "step", "period": "month", "pays": "cash", "metric": "orders",
            "baseline": "fixed", "base_value": 10, "step": 1, "amount": 10, field: value}
    with pytest.raises(UserError) as caught:
        plan_of(rule)
    assert str(caught.value) == "方案「测试方案」第 1 条规则「订单阶梯」：" + message


def test_a_mean_over_a_quarter_is_held_to_the_exact_mean_of_its_targets():
    # targets 4.80, 4.80, 4.81: their mean 4.8033…; a score of 4.81 is 0.0067 above it, not one 0.01 step
    # (rounding the mean to 4.80 first paid ¥10)
    plan = plan_of({"name": "评分阶梯", "kind": "step", "period": "quarter", "pays": "cash", "metric": "score",
                    "baseline": "target", "step": "0.01", "amount": 10},
                   metrics=[{"key": "score", "name": "评分", "unit": "score", "decimals": 2, "higher_is_better": True,
                             "aggregation": "mean"}])
    months = ("2026-10", "2026-11", "2026-12")
    targets = dict(zip([(1, "score", m) for m in months], (480, 480, 481), strict=True))
    result = evaluate(plan, facts(Quarter(2026, 4), [person(1)], values={(1, "score", m): 481 for m in months},
                                  targets=targets))
    assert result.lines == []
    assert reason(result, 1) == "第四季度评分 4.81，各月平均目标 4.8033，超出 0.0067，不足 1 档（每档 0.01）"
    above = evaluate(plan, facts(Quarter(2026, 4), [person(1)], values={(1, "score", m): 482 for m in months},
                                 targets=targets))
    assert [line.amount_fen for line in above.lines] == [1000]


def test_a_mean_amount_held_to_the_mean_of_its_targets_is_written_as_an_amount():
    # targets ¥100.00, ¥100.00, ¥100.01: their mean ¥100.0033 keeps its ¥ (it read 「各月平均目标 100.0033」)
    plan = plan_of({"name": "客单价阶梯", "kind": "step", "period": "quarter", "pays": "cash", "metric": "aov",
                    "baseline": "target", "step": "0.05", "amount": 10},
                   metrics=[{"key": "aov", "name": "客单价", "unit": "yuan", "decimals": 2, "aggregation": "mean"}])
    months = ("2026-10", "2026-11", "2026-12")
    targets = dict(zip([(1, "aov", m) for m in months], (1_000_000, 1_000_000, 1_000_001), strict=True))
    result = evaluate(plan, facts(Quarter(2026, 4), [person(1)], values={(1, "aov", m): 1_000_002 for m in months},
                                  targets=targets))
    assert reason(result, 1) == ("第四季度客单价 ¥10,000.02，各月平均目标 ¥10,000.0033，超出 ¥0.0167，"
                                 "不足 1 档（每档 ¥0.05）")


def test_one_step_in_english_is_one_step():
    # ¥12,000 − ¥10,000 = one ¥2,000 step; English said 「1 steps」
    from app.i18n import set_language

    set_language("en")
    try:
        one, two = run(1_200_000, 1_000_000), run(1_400_000, 1_000_000)
    finally:
        set_language("zh")
    assert one.lines[0].explanation.endswith("one step per ¥2,000.00: 1 step × ¥100 = ¥100.00")
    assert two.lines[0].explanation.endswith("one step per ¥2,000.00: 2 steps × ¥100 = ¥200.00")


def test_someone_hired_this_month_is_told_apart_from_a_missing_import():
    """A person hired on 15 October had 「9月销售额无数据」 under 阶梯奖励 and 最佳进步奖, which reads as a report not
    imported; she was not on the team in September, and the reason says so. Someone on the team then, with no
    figure, still reads 「9月销售额无数据」."""
    hired = date(2026, 10, 15)
    values = {(1, "sales", OCT_KEY): 500_000, (2, "sales", OCT_KEY): 500_000, (3, "sales", OCT_KEY): 400_000,
              (3, "sales", SEP): 300_000}
    for rule in (STEP, GROWTH):
        result = evaluate(plan_of(rule), facts(OCT, [person(1, hired=hired), person(2), person(3)], values=values))
        assert reason(result, 1) == "2026年10月15日入职，9月还不在职，没有上月的销售额可比", rule["name"]
        assert reason(result, 2) == "9月销售额无数据", rule["name"]


def test_someone_rehired_within_the_quarter_is_said_hired_on_their_first_day_in_it():
    """Hired 5 October, left 20 October, rehired 1 December: the Q4 reason said 「2026年12月1日入职，第三季度还不在职」
    from the latest stint, though her October counts in the quarter; the day said is her first day in it."""
    from app.domain import Staff, Stint

    quarter = Quarter(2026, 4)
    back = Staff(id=1, name="甲", dept="客服部", hired=date(2026, 12, 1), earlier=(Stint(date(2026, 10, 5), date(2026, 10, 20)),))
    values = {(1, "sales", OCT_KEY): 500_000}
    for rule in (STEP, GROWTH):
        result = evaluate(plan_of({**rule, "period": "quarter"}), facts(quarter, [back], values=values))
        assert reason(result, 1) == "2026年10月5日入职，第三季度还不在职，没有上季度的销售额可比", rule["name"]


def test_a_leaver_rehired_this_month_is_said_rehired_in_both_languages():
    """Left in August, back on 15 October: the reason said she 入职 on 15 October, as for a newcomer, though she
    was on the team before; in English it read 「no Sales of last month to compare with」."""
    from app.domain import Staff, Stint
    from app.i18n import set_language

    back = Staff(id=1, name="甲", dept="客服部", hired=date(2026, 10, 15), earlier=(Stint(date(2025, 3, 1), date(2026, 8, 20)),))
    new = person(2, hired=date(2026, 10, 1))  # hired on the 1st: not on the team a day of September
    values = {(1, "sales", OCT_KEY): 500_000, (2, "sales", OCT_KEY): 500_000}
    result = evaluate(plan_of(STEP), facts(OCT, [back, new], values=values))
    assert reason(result, 1) == "2026年10月15日重新入职，9月还不在职，没有上月的销售额可比"
    assert reason(result, 2) == "2026年10月1日入职，9月还不在职，没有上月的销售额可比"
    set_language("en")
    try:
        result = evaluate(plan_of(STEP), facts(OCT, [back, new], values=values))
    finally:
        set_language("zh")
    assert reason(result, 1) == "rehired 2026-10-15, not back on the team yet in Sep: no Sales for last month to compare with"
    assert reason(result, 2) == "joined 2026-10-01, not on the team yet in Sep: no Sales for last month to compare with"
