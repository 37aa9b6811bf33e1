"""Commissions are rounded per line, half up to the fen, exactly: ¥12,345.67 × 1.5% = ¥185.18505 → ¥185.19; the
same for any amount and any rate written with up to three decimals, whether per sale (提成) or on a sum (按次)."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules import evaluate

from .rules_helpers import OCT, ev, facts, person, plan_of

DAY = date(2026, 10, 9)


def commission(rate: str):
    return plan_of({"name": "提成", "kind": "commission", "period": "month", "pays": "cash", "event": "销售",
                    "attr": "margin", "tiers": [{"min": 0, "rate": rate}]})


def on_sum(rate: str):
    return plan_of({"name": "提成", "kind": "per_event", "period": "month", "pays": "cash", "event": "销售",
                    "per": "amount", "rate": rate})


def half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


def test_the_example_of_the_review():
    sale = (ev(1, DAY, "销售", amount_fen=1_234_567, margin="40%"),)
    [line] = evaluate(commission("1.5"), facts(OCT, [person(1)], events=sale)).lines
    assert line.amount_fen == 18_519 and line.explanation.endswith("× 1.5% = ¥185.19")
    [line] = evaluate(on_sum("1.5"), facts(OCT, [person(1)], events=sale)).lines
    assert line.amount_fen == 18_519


@settings(max_examples=150, deadline=None)
@given(amounts=st.lists(st.integers(min_value=1, max_value=10**11), min_size=1, max_size=4),
       per_mille=st.integers(min_value=1, max_value=100_000))
def test_each_line_is_the_exact_product_rounded_half_up(amounts, per_mille):
    rate = f"{per_mille // 1000}.{per_mille % 1000:03d}"  # per cent, three decimals: 0.001% … 100.000%
    sales = tuple(ev(1, DAY, "销售", amount_fen=a, margin="40") for a in amounts)
    lines = evaluate(commission(rate), facts(OCT, [person(1)], events=sales)).lines
    expected = [half_up(a * per_mille, 100_000) for a in amounts]
    assert [line.amount_fen for line in lines] == [fen for fen in expected if fen > 0]
    total = evaluate(on_sum(rate), facts(OCT, [person(1)], events=sales)).lines
    assert [line.amount_fen for line in total] == [fen for fen in [half_up(sum(amounts) * per_mille, 100_000)] if fen]
