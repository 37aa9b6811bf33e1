"""Values no plan could mean: a rate's threshold past 100 % and a payout with extra zeros are refused, naming
the rule and the field; thresholds on amounts and 目标达成率 may be as large as the shop needs."""

import pytest

from app.errors import UserError
from app.rules import parse_plan

from .rules_helpers import plan_of

BEST_SERVICE = {"name": "最佳服务奖", "kind": "threshold", "period": "month", "pays": "cash", "amount": 100,
                "conditions": [{"metric": "satisfaction", "op": ">=", "value": 100}]}


def with_condition(**condition) -> dict:
    return {**BEST_SERVICE, "conditions": [condition]}


@pytest.mark.parametrize("value", [101, "101%", "100.5"])
def test_a_satisfaction_threshold_past_100_percent_is_refused(value):
    with pytest.raises(UserError) as e:
        plan_of(with_condition(metric="satisfaction", op=">=", value=value))
    assert "最佳服务奖" in str(e.value) and "conditions[1].value" in str(e.value)
    assert "超过 100%：满意率最高 100%" in str(e.value)


def test_a_reported_rate_past_100_percent_is_refused():
    with pytest.raises(UserError, match="满意率（报表）最高 100%"):
        plan_of(with_condition(metric="satisfaction_rate", op=">=", value="100.01"))


def test_exactly_100_percent_and_an_achievement_past_it_are_kept():
    assert plan_of(with_condition(metric="satisfaction", op=">=", value=100)).rules
    assert plan_of(with_condition(metric="achievement", op=">=", value=120)).rules


def test_a_payout_with_extra_zeros_is_refused():
    with pytest.raises(UserError) as e:
        plan_of({**BEST_SERVICE, "amount": 100_000_000})
    assert "最佳服务奖" in str(e.value) and "「amount」" in str(e.value) and "¥1,000,000.00" in str(e.value)


def test_a_stage_tier_amount_with_extra_zeros_is_refused():
    rule = {"name": "阶梯奖", "kind": "stage", "metric": "sales", "period": "month", "pays": "cash",
            "stages": [{"percent": 100, "amount": 200}, {"percent": 120, "amount": "¥50,000,000"}]}
    with pytest.raises(UserError, match="stages\\[2\\].amount"):
        plan_of(rule)


def test_the_largest_payout_and_a_large_sales_threshold_are_kept():
    assert plan_of({**BEST_SERVICE, "amount": 1_000_000}).rules
    assert plan_of(with_condition(metric="net_sales", op=">=", value=50_000_000)).rules


def test_a_plan_the_shop_stored_with_a_rate_past_100_percent_is_read_as_kept():
    """Before the ceiling 满意率 ≥ 101 was saved; its approved months must still compute and open."""
    data = {"name": "测试方案", "rules": [with_condition(metric="satisfaction", op=">=", value=101)]}
    assert parse_plan(data, stored=True).rules


@pytest.mark.parametrize("condition", [
    {"metric": "answer_ratio", "op": ">=", "value": 120},  # 答问比: replies per question, mostly above 100 %
    {"metric": "growth", "op": ">=", "value": 150},  # the plan's own percent
    {"metric": "sales_per_refund", "op": ">=", "value": 2000},  # the plan's own ratio
])
def test_a_rate_that_may_pass_100_percent_keeps_a_threshold_above_it(condition):
    plan = plan_of(with_condition(**condition),
                   metrics=[{"key": "growth", "name": "增长率", "unit": "percent"}],
                   derived=[{"key": "sales_per_refund", "name": "销售退款比", "op": "ratio", "a": "sales",
                             "b": "refunds", "unit": "percent"}])
    assert plan.rules
