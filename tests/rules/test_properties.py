from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Birthday
from app.rules import evaluate, load_preset

from .rules_helpers import OCT, OCT_KEY, SEP, ev, facts, person, plan_of

STEP = {"name": "阶梯奖励", "kind": "step", "period": "month", "pays": "cash", "metric": "sales",
        "baseline": "previous", "step": 2000, "amount": 100, "cap": 1000}
STEP_PLAN = plan_of(STEP)
TAOBAO = load_preset("taobao-kefu")
fen = st.integers(min_value=0, max_value=10_000_000)


def step_pay(now: int, last: int) -> int:
    values = {(1, "sales", OCT_KEY): now, (1, "sales", SEP): last}
    return sum(line.amount_fen for line in evaluate(STEP_PLAN, facts(OCT, [person(1)], values=values)).lines)


@given(last=fen, a=fen, b=fen)
def test_step_bonus_never_decreases_as_sales_rise(last, a, b):
    low, high = sorted((a, b))
    assert step_pay(low, last) <= step_pay(high, last)
    assert 0 <= step_pay(high, last) <= 100_000  # the cap


@given(n=st.integers(min_value=2, max_value=9), amount=st.integers(min_value=1, max_value=100_000))
def test_split_shares_add_up(n, amount):
    rule = {"name": "订单最多奖", "kind": "best", "period": "month", "pays": "cash", "metric": "orders",
            "ties": "split", "amount": f"{amount // 100}.{amount % 100:02d}"}
    staff = [person(i) for i in range(1, n + 1)]
    result = evaluate(plan_of(rule), facts(OCT, staff, values={(i, "orders", OCT_KEY): 7 for i in range(1, n + 1)}))
    shares = [line.amount_fen for line in result.lines]
    assert len(shares) == n and sum(shares) == amount and max(shares) - min(shares) <= 1


@st.composite
def shops(draw):
    n = draw(st.integers(min_value=1, max_value=7))
    staff, values, targets, events = [], {}, {}, []
    maybe = st.none() | st.integers(min_value=0, max_value=3_000_000)
    for sid in range(1, n + 1):
        hired = draw(st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 10, 31)))
        left = draw(st.none() | st.dates(min_value=date(2026, 10, 1), max_value=date(2026, 12, 31)))
        bday = draw(st.none() | st.builds(Birthday, st.integers(1, 12), st.integers(1, 28), st.booleans()))
        staff.append(person(sid, hired=hired, left=left, birthday=bday))
        for key, metric in ((OCT_KEY, "sales"), (SEP, "sales"), (OCT_KEY, "orders"), (SEP, "orders"),
                            (OCT_KEY, "ratings"), (OCT_KEY, "satisfied")):
            v = draw(maybe)
            if v is not None:
                values[(sid, metric, key)] = v if metric == "sales" else v % 60
        t = draw(maybe)
        if t is not None:
            targets[(sid, "sales", OCT_KEY)] = t
        for kind in draw(st.lists(st.sampled_from(["表扬", "投诉", "建议被采纳", "知识考核"]), max_size=5)):
            day = date(2026, 10, draw(st.integers(1, 31)))
            events.append(ev(sid, day, kind, value=str(draw(st.integers(0, 100))) if kind == "知识考核" else None))
    flowers = {sid: draw(st.integers(0, 5)) for sid in range(1, n + 1)}
    return staff, values, targets, events, flowers


@settings(max_examples=60, deadline=None)
@given(shop=shops())
def test_totals_equal_the_sum_of_lines_to_the_fen(shop):
    staff, values, targets, events, flowers = shop
    result = evaluate(TAOBAO, facts(OCT, staff, values=values, targets=targets, events=tuple(events), flowers=flowers))
    for line in result.lines:
        assert (line.amount_fen < 0) == (line.kind == "deduction")
        assert line.amount_fen == 0 or line.kind in ("cash", "goods", "deduction")
    for total in result.totals():
        mine = [line for line in result.lines if line.staff_id == total.staff_id]
        assert total.cash_fen == sum(line.amount_fen for line in mine if line.kind == "cash")
        assert total.goods_fen == sum(line.amount_fen for line in mine if line.kind == "goods")
        assert total.deduction_fen == -sum(line.amount_fen for line in mine if line.kind == "deduction")
        assert total.net_fen == sum(line.amount_fen for line in mine if line.kind in ("cash", "deduction"))
    assert {t.staff_id for t in result.totals()} == {line.staff_id for line in result.lines}


@settings(max_examples=60, deadline=None)
@given(shop=shops(), data=st.data())
def test_reordering_staff_and_events_never_changes_results(shop, data):
    staff, values, targets, events, flowers = shop
    first = evaluate(TAOBAO, facts(OCT, staff, values=values, targets=targets, events=tuple(events), flowers=flowers))
    staff2 = data.draw(st.permutations(staff))
    events2 = data.draw(st.permutations(events))
    second = evaluate(TAOBAO, facts(OCT, staff2, values=dict(reversed(list(values.items()))), targets=targets,
                                    events=tuple(events2), flowers=flowers))
    assert first.lines == second.lines
    assert first.not_awarded == second.not_awarded
