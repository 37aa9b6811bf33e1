"""A step bonus or a best growth over several months compares two sums; a sum some of whose months have no data is
that of the others, so the explanation names those months (as a ranking's and a stage's do): a quarter whose
previous quarter was recorded only from September must not look like growth that cannot be checked by hand."""

from app.periods import Quarter
from app.rules import evaluate

from .rules_helpers import facts, person, plan_of

Q4 = Quarter(2026, 4)
# ¥10,000 every month, but the shop recorded the third quarter only from September
SALES = {(1, "sales", m): 1_000_000 for m in ("2026-09", "2026-10", "2026-11", "2026-12")}


def test_a_quarterly_step_names_the_months_of_the_baseline_without_data():
    plan = plan_of({"name": "季度阶梯", "kind": "step", "period": "quarter", "pays": "cash", "metric": "sales",
                    "baseline": "previous", "step": 2000, "amount": 100})
    [line] = evaluate(plan, facts(Q4, [person(1)], values=SALES)).lines
    assert line.explanation.startswith("第四季度销售额 ¥30,000.00，上季度 ¥10,000.00（7月、8月销售额无数据），超出")


def test_a_quarterly_growth_names_the_months_without_data_on_both_sides():
    plan = plan_of({"name": "季度进步奖", "kind": "best", "period": "quarter", "pays": "cash", "metric": "sales",
                    "mode": "growth", "amount": 100})
    values = {k: v for k, v in SALES.items() if k[2] != "2026-11"}
    [line] = evaluate(plan, facts(Q4, [person(1)], values=values)).lines
    assert line.explanation.startswith(
        "第四季度销售额 ¥20,000.00（11月销售额无数据），上季度 ¥10,000.00（7月、8月销售额无数据），增长 100.0%")
