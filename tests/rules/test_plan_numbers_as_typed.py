"""A plan's thresholds, steps, counts and amounts read as the 目标 grid reads a typed figure (app.money): `1.5万`,
`5千`, `2,000`, and for money `¥12,500`, exactly; a plan saved before reads the same names and numbers."""

from decimal import Decimal

import pytest

from app.errors import UserError
from app.rules import dump_plan, list_presets, load_preset, parse_plan
from app.rules.plan import read_plan_json

from .test_preset_numbers import numbers


def _step(**over) -> dict:
    rule = {"name": "阶梯奖励", "kind": "step", "period": "month", "pays": "cash", "metric": "sales", "baseline": "fixed",
            "base_value": "1.5万", "step": "5千", "amount": "¥200", "cap": "1,000"}
    return {"name": "测试方案", "rules": [{**rule, **over}]}


def test_a_step_reads_wan_and_qian_and_yuan_marks_exactly():
    params = parse_plan(_step()).rules[0].params
    assert (params.base_value, params.step, params.amount_fen, params.cap_fen) == (1_500_000, 500_000, 20_000, 100_000)
    money_marked = parse_plan(_step(base_value="¥12,500", step="1.555千")).rules[0].params
    assert (money_marked.base_value, money_marked.step) == (1_250_000, 155_500)


def test_a_count_reads_grouped_and_with_a_unit():
    plan = parse_plan({"name": "测试方案", "rules": [
        {"name": "排名", "kind": "ranking", "period": "month", "pays": "cash", "metric": "orders",
         "bands": [{"from": "1", "to": "3", "amount": "1千"}]},
        {"name": "订单奖", "kind": "step", "period": "month", "pays": "cash", "metric": "orders", "baseline": "fixed",
         "base_value": "1,000", "step": "0.1千", "amount": 50}]})
    band = plan.rules[0].params.bands[0]
    assert (band.first, band.last, band.amount_fen) == (1, 3, 100_000)
    assert (plan.rules[1].params.base_value, plan.rules[1].params.step) == (1000, 100)


@pytest.mark.parametrize(("over", "field"), [
    ({"base_value": "1.5万x"}, "base_value"),
    ({"step": "1.555万1"}, "step"),
    ({"metric": "orders", "step": "¥5"}, "step"),  # a yuan mark is no count
])
def test_what_is_no_number_is_refused_naming_the_field(over, field):
    with pytest.raises(UserError, match=f"字段「{field}」"):
        parse_plan(_step(**over))


def test_a_count_finer_than_whole_is_refused_naming_the_field():
    with pytest.raises(UserError, match="字段「bands\\[1\\].from」应为整数"):
        parse_plan({"name": "测试方案", "rules": [{"name": "排名", "kind": "ranking", "period": "month", "pays": "cash",
                                                   "metric": "orders", "bands": [{"from": "1.5", "amount": 100}]}]})


def _as_text(value):
    """Every number of a plan written as text, as a person would type it."""
    if isinstance(value, dict):
        return {key: _as_text(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_as_text(v) for v in value]
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return f"{value:,}"
    return value


@pytest.mark.parametrize("key", [key for key, _ in list_presets()])
def test_the_presets_read_the_same_saved_or_typed(key):
    preset = load_preset(key)
    saved = parse_plan(read_plan_json(dump_plan(preset)))
    typed = parse_plan(_as_text(read_plan_json(dump_plan(preset))))
    for plan in (saved, typed):
        assert plan.name == preset.name
        assert [numbers(rule) for rule in plan.rules] == [numbers(rule) for rule in preset.rules]


@pytest.mark.parametrize("count", ["1e3", "1e9999", "1_000"])
def test_a_count_written_with_an_exponent_is_refused_as_before(count):
    """A count was never read from text before; read now as the grids read it, an exponent is no count: `1e999999`
    made a whole number of a million digits (half a minute) and was taken as 满几天."""
    with pytest.raises(UserError, match="字段「min_days」应为整数"):
        parse_plan(_step(min_days=count))
