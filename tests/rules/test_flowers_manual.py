import pytest

from app.errors import UserError
from app.periods import Year
from app.rules import ManualEntry, evaluate

from .rules_helpers import OCT, facts, person, plan_of, reason

TOP3 = {"name": "红花榜", "kind": "flowers", "period": "year", "pays": "cash", "certificate": True, "mode": "top",
        "bands": [{"from": 1, "to": 1, "amount": 500}, {"from": 2, "to": 2, "amount": 300},
                  {"from": 3, "to": 3, "amount": 200}]}
MOST = {"name": "月度红花之星", "kind": "flowers", "period": "month", "pays": "goods", "mode": "most", "amount": 50}
SAVING = {"name": "降本奖", "kind": "manual", "period": "month", "pays": "cash", "min": 200, "max": 500}
FUND = {"name": "办公室评比", "kind": "manual", "period": "month", "pays": "cash", "recipient": "department",
        "amount": 300}


def test_yearly_top_three_with_a_tie_for_first():
    staff = [person(i) for i in (1, 2, 3, 4, 5)]
    flowers = {1: 25, 2: 20, 3: 25, 4: 18}
    result = evaluate(plan_of(TOP3), facts(Year(2026), staff, flowers=flowers))
    # ranks: #1 and #3 tie at 1 (¥500 each), #2 is 3rd (¥200), #4 is 4th (nothing), #5 has none
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 50_000), (3, 50_000), (2, 20_000)]
    assert result.lines[2].explanation == "2026年收到小红花 20 朵，排名第 3，第 3 名 → 奖金 ¥200.00"
    assert reason(result, 4) == "2026年收到小红花 18 朵，排名第 4，未进入获奖名次"
    assert reason(result, 5) == "2026年未收到小红花"


def test_monthly_most_flowers_ties_all_win():
    staff = [person(1), person(2), person(3)]
    result = evaluate(plan_of(MOST), facts(OCT, staff, flowers={1: 4, 2: 4, 3: 1}))
    assert [(line.staff_id, line.kind, line.amount_fen) for line in result.lines] == [(1, "goods", 5_000),
                                                                                     (2, "goods", 5_000)]


def test_manual_lines_need_a_reason_and_respect_the_range():
    plan = plan_of(SAVING, FUND)
    ok = ManualEntry("降本奖", "改用国产包装盒，每月省 ¥800", staff_id=1, amount_fen=30_000)
    fund = ManualEntry("办公室评比", "10月办公室评比第一", dept="客服部")
    result = evaluate(plan, facts(OCT, [person(1)], manual=(ok, fund)))
    assert [(line.recipient_type, line.staff_id, line.dept, line.amount_fen, line.explanation)
            for line in result.lines] == [
        ("staff", 1, None, 30_000, "手动添加：改用国产包装盒，每月省 ¥800"),
        ("department", None, "客服部", 30_000, "手动添加：10月办公室评比第一")]
    with pytest.raises(UserError, match="必须填写理由"):
        evaluate(plan, facts(OCT, [person(1)], manual=(ManualEntry("降本奖", "  ", staff_id=1, amount_fen=30_000),)))
    with pytest.raises(UserError, match="金额 ¥600.00 不在 ¥200.00–¥500.00 范围内"):
        evaluate(plan, facts(OCT, [person(1)], manual=(ManualEntry("降本奖", "省钱", staff_id=1, amount_fen=60_000),)))
    with pytest.raises(UserError, match="不是方案「测试方案」中的手动规则"):
        evaluate(plan, facts(OCT, [person(1)], manual=(ManualEntry("红包", "x", staff_id=1, amount_fen=1),)))
