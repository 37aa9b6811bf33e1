"""The pure rules engine: a plan's rules and the facts of a period in, award lines out.

    plan = load_preset("taobao-kefu")                      # or load_plan(path): reads and validates
    facts = Facts(period=Month(2026, 10), today=..., staff=..., values=..., targets=..., events=...)
    result = evaluate(plan, facts)                         # no clock, files, database or Qt
    result.lines, result.not_awarded, result.totals(), result.dept_totals()
    plan.months_needed(period)                             # the months a Facts builder must load

Plan files (JSON, amounts in yuan, percentages as 100 = 100%, decimals exact):
    {"name", "key", "description", "fixed_pay": [base_pay|post_pay|allowance],
     "metrics": [{key, name, unit, decimals, higher_is_better, aggregation}],   # the plan's own metrics
     "derived": [{key, name, unit, op: ratio|difference, a, b, higher_is_better}],
     "rules": [rule, ...]}
Every rule: name (the award title, unique), kind, period (month|quarter|half|year), pays
(cash|goods|item|honour|deduction), certificate, item, eligible {departments, roles}, active
(period_end|any_time), min_days (days on the team in the period a candidate needs; 0: none), recipient
(staff|department), note; then its kind's fields:
    stage       metric, stages [{percent, amount}]
    step        metric, baseline fixed|previous|target, base_value, step, amount, cap
    ranking     measure, bands [{from, to, amount, certificate}], qualify [condition]
    best        measure, mode value|growth, min_base, amount, ties all|split
    threshold   conditions [condition], amount, each_month
    per_event   event, per count|value|amount, amount | rate, where {attr: [values]},
                unless {event, same_attr}
    commission  event, attr, attr_name, tiers [{min, rate}], where
    points      event, base, rate, deductions [{event, per count|value, points}]
    benefit     benefit tenure|birthday, months, amount, gift
    flowers     mode top|most, bands | amount, ties
    manual      amount, min, max (lines come from Facts.manual, each with a reason)
A measure is "metric": key (stored, derived, or "achievement" with require_target_each_month),
or "event": type with "agg": count|amount|value|max_value, or "source": "flowers". A condition is a
measure with "op" (>=, >, <=, <, ==) and "value". Kind, period and pays also accept their Chinese
words (阶段目标, 月, 现金 …).
"""

from app.rules.engine import evaluate
from app.rules.facts import DeptFacts, Facts, ManualEntry
from app.rules.model import AwardLine, NotAwarded, Result, Totals
from app.rules.plan import Plan, dump_plan, list_presets, load_plan, load_preset, parse_plan
from app.rules.rule import Rule

__all__ = [
    "AwardLine", "DeptFacts", "Facts", "ManualEntry", "NotAwarded", "Plan", "Result", "Rule", "Totals",
    "dump_plan", "evaluate", "list_presets", "load_plan", "load_preset", "parse_plan",
]
