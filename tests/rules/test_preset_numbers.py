"""The shipped presets hold the names and numbers of the plans they come from, item by item: every rule's kind,
period, what it pays, certificate, and its own tiers, rates, caps, amounts and ranks. A preset file edited by
mistake (a band ¥100 off, a cap dropped, a 5% tier written 0.5) fails here, not on a shop's payday."""

from decimal import Decimal
from fractions import Fraction

import pytest

from app.rules import load_preset


def _measure(m) -> str:
    if m.source == "event":
        return f"event:{m.event}:{m.agg}"
    if m.source == "flowers":
        return "flowers"
    return m.metric.key if m.source == "metric" else ("achievement" if m.source == "achievement" else f"{m.metric.key}/{m.b.key}")


def _pct(value: Fraction) -> str:
    return f"{Decimal(value.numerator * 100) / Decimal(value.denominator):f}%"


def _bands(bands) -> list:
    return [(b.first, b.last, b.amount_fen, b.certificate) for b in bands]


def numbers(rule) -> tuple:
    """What a rule pays and on what, in plain values (fen, percents as written, keys)."""
    p = rule.params
    head = (rule.name, rule.kind, rule.period, rule.pays, rule.certificate, rule.item, rule.recipient)
    if rule.kind == "stage":
        own = (p.metric.key, [(_pct(s.percent), s.amount_fen) for s in p.stages])
    elif rule.kind == "step":
        own = (p.metric.key, p.baseline, p.step, p.amount_fen, p.cap_fen)
    elif rule.kind == "per_event":
        own = (p.event, p.per, p.amount_fen, p.where.where, p.unless_event, p.unless_attr)
    elif rule.kind == "best":
        own = (_measure(p.measure), p.mode, p.min_base, p.amount_fen, p.ties)
    elif rule.kind == "threshold":
        conds = [(_measure(c.measure), c.op, _pct(c.value) if c.measure.is_rate else c.value) for c in p.conditions]
        own = (conds, p.amount_fen, p.each_month)
    elif rule.kind == "benefit":
        own = (p.benefit, p.months, p.amount_fen, p.gift)
    elif rule.kind == "manual":
        own = (p.amount_fen, p.min_fen, p.max_fen)
    elif rule.kind == "ranking":
        own = (_measure(p.measure), p.measure.each_month_target, _bands(p.bands))
    elif rule.kind == "flowers":
        own = (p.mode, _bands(p.bands), p.amount_fen)
    elif rule.kind == "points":
        own = (p.event, str(p.base), p.rate_fen, [(d.event, d.per, str(d.points)) for d in p.deductions])
    else:
        own = (p.event, p.attr, [(_pct(t.minimum), _pct(t.rate)) for t in p.tiers], p.where.where)
    return head + own


TAOBAO_KEFU = [
    # monthly: 阶段目标奖 on sales ≥100% ¥200, ≥120% ¥500
    ("阶段目标奖", "stage", "month", "cash", False, None, "staff", "sales", [("100%", 20_000), ("120%", 50_000)]),
    # baseline own sales last month, each full ¥2,000 above → ¥100, cap ¥1,000
    ("阶梯奖励", "step", "month", "cash", False, None, "staff", "sales", "previous", 200_000, 10_000, 100_000),
    ("表扬奖", "per_event", "month", "cash", False, None, "staff", "表扬", "count", 2_000, (), None, None),
    # goods worth ¥50 per adopted suggestion
    ("建议采纳奖", "per_event", "month", "goods", False, "奖品", "staff", "建议被采纳", "count", 5_000, (), None, None),
    # best 知识考核 score of the month → ¥100, certificate
    ("专业知识奖", "best", "month", "cash", True, None, "staff", "event:知识考核:max_value", "value", None, 10_000,
     "all"),
    # 满意率 100% with ≥ 30 ratings → goods worth ¥100, certificate
    ("最佳服务奖", "threshold", "month", "goods", True, "奖品", "staff",
     [("ratings", ">=", 30), ("satisfied/ratings", ">=", "100%")], 10_000, False),
    ("订单最多奖", "best", "month", "goods", True, "奖品", "staff", "orders", "value", None, 20_000, "all"),
    # highest sales growth vs last month, last month ≥ ¥1,000 → goods ¥100, certificate
    ("最佳进步奖", "best", "month", "goods", True, "奖品", "staff", "sales", "growth", 100_000, 10_000, "all"),
    ("投诉扣款", "per_event", "month", "deduction", False, None, "staff", "投诉", "count", 20_000, (), None, None),
    ("工龄奖", "benefit", "month", "cash", False, None, "staff", "tenure", 12, 10_000, None),
    ("生日福利", "benefit", "month", "cash", False, None, "staff", "birthday", 0, 10_000, "生日蛋糕"),
    ("月度心愿奖", "manual", "month", "goods", False, "心愿礼物", "staff", None, None, None),
    # quarterly by sales achievement, a target in all three months: 1–3 ¥1,500 with certificates, 4–8 ¥1,000
    ("季度排名奖", "ranking", "quarter", "cash", False, None, "staff", "achievement", True,
     [(1, 3, 150_000, True), (4, 8, 100_000, None)]),
    # issue 7: the monthly prize, ¥100 to the most flowers received, ties all win
    ("月度红花奖", "flowers", "month", "cash", True, None, "staff", "most", [], 10_000),
    # yearly top 3 by red flowers received: ¥500 / ¥300 / ¥200, certificates
    ("红花榜", "flowers", "year", "cash", True, None, "staff", "top",
     [(1, 1, 50_000, None), (2, 2, 30_000, None), (3, 3, 20_000, None)], 0),
]

AFTER_SALES = [
    # points over base 17 at ¥270 a point; −2 points per safety incident; repeat service deducts its coefficient
    ("超额积分奖", "points", "month", "cash", False, None, "staff", "服务积分", "17", 27_000,
     [("安全事故", "count", "2"), ("二次服务", "value", "1")]),
    # parts sales: 3% at margin ≥ 35%, 5% at ≥ 50%, fully paid only
    ("备件提成", "commission", "month", "cash", False, None, "staff", "备件销售", "margin",
     [("35%", "3%"), ("50%", "5%")], (("paid", ("yes", "是", "全款")),)),
    ("未签服务记录单扣款", "per_event", "month", "deduction", False, None, "staff", "未签服务记录单", "count", 10_000,
     (), None, None),
    ("投诉扣款", "per_event", "month", "deduction", False, None, "staff", "投诉", "count", 20_000, (), None, None),
    ("降本奖", "manual", "month", "cash", False, None, "staff", None, 20_000, 50_000),
    ("季度排名奖", "ranking", "quarter", "cash", False, None, "staff", "assessment", False,
     [(1, 3, 150_000, True), (4, 8, 100_000, None)]),
    # ¥30 per commissioned project with no repeat service within the half-year
    ("项目质量奖", "per_event", "half", "cash", False, None, "staff", "项目完工", "count", 3_000, (), "二次服务", "project"),
    ("半年奖", "manual", "half", "cash", False, None, "staff", None, None, None),
    ("年终奖", "manual", "year", "cash", False, None, "staff", None, None, None),
]

ECOMMERCE_PAY = [
    ("最佳服务奖", "threshold", "month", "goods", True, "奖品", "staff",
     [("ratings", ">=", 30), ("satisfied/ratings", ">=", "100%")], 10_000, False),
    # highest growth in orders vs last month, last month ≥ 10 orders → goods ¥100
    ("下单最佳进度奖", "best", "month", "goods", True, "奖品", "staff", "orders", "growth", 10, 10_000, "all"),
    ("订单最多奖", "best", "month", "goods", True, "奖品", "staff", "orders", "value", None, 20_000, "all"),
    ("工龄奖", "benefit", "month", "cash", False, None, "staff", "tenure", 12, 10_000, None),
    ("生日福利", "benefit", "month", "cash", False, None, "staff", "birthday", 0, 10_000, "生日蛋糕"),
    ("最佳建议奖", "manual", "month", "cash", False, None, "staff", None, None, None),
    # the department with the highest target completion → ¥500 team fund
    ("优秀部门", "best", "month", "cash", True, None, "department", "achievement", "value", None, 50_000, "all"),
    # 未回复率 = unreplied ÷ received below 1% in each month of the quarter → ¥300
    ("咨询服务持续成就奖", "threshold", "quarter", "cash", False, None, "staff", [("unreplied/received", "<", "1%")],
     30_000, True),
    ("办公室评比", "manual", "quarter", "cash", False, None, "department", 30_000, None, None),
]


@pytest.mark.parametrize(("key", "expected"), [("taobao-kefu", TAOBAO_KEFU), ("after-sales", AFTER_SALES),
                                               ("ecommerce-pay", ECOMMERCE_PAY)])
def test_every_rule_of_the_preset_holds_the_plans_numbers(key, expected):
    assert [numbers(rule) for rule in load_preset(key).rules] == expected


def test_the_presets_own_metrics_and_fixed_pay():
    after = load_preset("after-sales")
    assert [(m.key, m.name, m.higher_is_better, m.aggregation) for m in after.metrics] == [
        ("assessment", "考核得分", True, "sum")]
    pay = load_preset("ecommerce-pay")
    assert pay.fixed_pay == ("base_pay", "post_pay", "allowance")
    assert [(d.key, d.op, d.a, d.b, d.higher_is_better) for d in pay.derived] == [
        ("unreplied_rate", "ratio", "unreplied", "received", False)]
    assert load_preset("taobao-kefu").fixed_pay == ()
