"""An award split among tied winners: the shares add up to the award, differ by at most one fen, the explanation
names exactly those who got an odd fen, and none of it depends on the order the staff were given in."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules import DeptFacts, evaluate

from .rules_helpers import OCT, OCT_KEY, facts, person, plan_of

amounts = st.integers(min_value=1, max_value=1_000_000)
ids = st.lists(st.integers(min_value=1, max_value=500), min_size=2, max_size=9, unique=True)
ODD_FEN = re.compile(r"余 (\d+) 分给了 ([^，）]+)")


def yuan_text(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def odd_fen_names(explanation: str) -> set[str]:
    found = ODD_FEN.search(explanation)
    return set(found.group(2).split("、")) if found else set()


def check_split(lines, amount: int, name_of) -> None:
    shares = {name_of(line): line.amount_fen for line in lines}
    assert sum(shares.values()) == amount
    low = min(shares.values())
    assert max(shares.values()) - low <= 1
    said = {frozenset(odd_fen_names(line.explanation)) for line in lines}
    assert len(said) == 1  # every winner's line says the same
    assert odd_fen_names(lines[0].explanation) == {who for who, fen in shares.items() if fen > low}


@settings(max_examples=80, deadline=None)
@given(staff_ids=ids, amount=amounts, data=st.data())
def test_a_split_red_flower_prize_adds_up_and_names_who_got_the_odd_fen(staff_ids, amount, data):
    plan = plan_of({"name": "月度红花奖", "kind": "flowers", "period": "month", "pays": "cash", "mode": "most",
                    "amount": yuan_text(amount), "ties": "split"})
    staff = [person(sid, f"员工{sid}") for sid in staff_ids]
    flowers = {sid: 4 for sid in staff_ids}
    result = evaluate(plan, facts(OCT, staff, flowers=flowers))
    check_split(result.lines, amount, lambda line: f"员工{line.staff_id}")
    shuffled = evaluate(plan, facts(OCT, data.draw(st.permutations(staff)), flowers=flowers))
    assert shuffled.lines == result.lines


@settings(max_examples=80, deadline=None)
@given(staff_ids=ids, amount=amounts, data=st.data())
def test_a_split_best_of_between_people_adds_up_and_names_who_got_the_odd_fen(staff_ids, amount, data):
    plan = plan_of({"name": "订单最多奖", "kind": "best", "period": "month", "pays": "cash", "metric": "orders",
                    "amount": yuan_text(amount), "ties": "split"})
    staff = [person(sid, f"员工{sid}") for sid in staff_ids]
    values = {(sid, "orders", OCT_KEY): 9 for sid in staff_ids}
    result = evaluate(plan, facts(OCT, staff, values=values))
    check_split(result.lines, amount, lambda line: f"员工{line.staff_id}")
    shuffled = evaluate(plan, facts(OCT, data.draw(st.permutations(staff)), values=values))
    assert shuffled.lines == result.lines


@settings(max_examples=60, deadline=None)
@given(names=st.lists(st.sampled_from(["客服一组", "客服二组", "售后部", "仓储部", "直播组", "Ａ组"]), min_size=2,
                      max_size=6, unique=True), amount=amounts, data=st.data())
def test_a_split_between_departments_adds_up_and_names_who_got_the_odd_fen(names, amount, data):
    plan = plan_of({"name": "优秀部门", "kind": "best", "period": "month", "pays": "cash", "recipient": "department",
                    "metric": "orders", "amount": yuan_text(amount), "ties": "split"})
    staff = [person(i + 1, dept=name) for i, name in enumerate(names)]
    values = {(i + 1, "orders", OCT_KEY): 9 for i in range(len(names))}
    depts = tuple(DeptFacts(name, (i + 1,)) for i, name in enumerate(names))
    result = evaluate(plan, facts(OCT, staff, values=values, departments=depts))
    check_split(result.lines, amount, lambda line: line.dept)
    shuffled = evaluate(plan, facts(OCT, staff, values=values, departments=tuple(data.draw(st.permutations(depts)))))
    assert shuffled.lines == result.lines
