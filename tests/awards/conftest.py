"""A small shop with two departments, two plans and hand-chosen numbers (today 2026-10-20).

客服部 (plan A, 客服方案): 甲 and 乙; 售后部 (plan B, 售后方案): 丙. September 2026 is the period under test
(it has ended), August its previous month.
"""

import json
from dataclasses import replace
from datetime import date

import pytest

from app.domain import StaffDraft
from app.periods import Month

SEP, AUG, OCT = Month(2026, 9), Month(2026, 8), Month(2026, 10)

PLAN_A = {
    "name": "客服方案", "key": "kefu-test",
    "rules": [
        {"name": "阶段目标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales",
         "stages": [{"percent": 100, "amount": 200}, {"percent": 120, "amount": 500}]},
        {"name": "阶梯奖励", "kind": "step", "period": "month", "pays": "cash", "metric": "sales",
         "baseline": "previous", "step": 2000, "amount": 100, "cap": 1000},
        {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "per": "count",
         "amount": 20},
        {"name": "投诉扣款", "kind": "per_event", "period": "month", "pays": "deduction", "event": "投诉",
         "per": "count", "amount": 200},
        {"name": "月度心愿奖", "kind": "manual", "period": "month", "pays": "goods", "item": "心愿礼物"},
        {"name": "降本奖", "kind": "manual", "period": "month", "pays": "cash", "min": 200, "max": 500},
        {"name": "优秀部门", "kind": "best", "period": "month", "pays": "cash", "recipient": "department",
         "metric": "achievement", "amount": 500},
        {"name": "季度排名奖", "kind": "ranking", "period": "quarter", "pays": "cash", "metric": "sales",
         "bands": [{"from": 1, "to": 1, "amount": 1500}]},
    ],
}
PLAN_B = {
    "name": "售后方案", "key": "after-test", "fixed_pay": ["base_pay"],
    "rules": [{"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬",
               "per": "count", "amount": 30}],
}


def write_plan(folder, data, name=None):
    path = folder / (name or f"{data['key']}.json")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def draft_of(person, **changes) -> StaffDraft:
    """The person's record as a draft for `staff.edit`, with `changes`."""
    draft = StaffDraft(name=person.name, aliases=person.aliases, dept=person.dept, role=person.role,
                       hired=person.hired, birthday=person.birthday, base_pay_fen=person.base_pay_fen,
                       post_pay_fen=person.post_pay_fen, allowance_fen=person.allowance_fen)
    return replace(draft, **changes)


def put(shop, staff_id, day, fen, metric="sales"):
    with shop.store.atomic():
        shop.store.values.set_many([(metric, day, staff_id, fen)])


@pytest.fixture
def team(shop, tmp_path):
    """Staff ids {甲, 乙, 丙}, the two plans in force and September's data:
    甲: Aug ¥10,000.00; Sep ¥6,000.00 + ¥6,000.00 = ¥12,000.00, target ¥10,000.00; praised twice.
    乙: Aug ¥10,000.00; Sep ¥11,999.99, target ¥12,000.00; one complaint.
    丙 (售后部, base pay ¥3,000.00): praised once."""
    ids = {}
    for name, dept, pay in (("甲", "客服部", None), ("乙", "客服部", None), ("丙", "售后部", 300000)):
        ids[name] = shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2026, 3, 1), base_pay_fen=pay)).id
    put(shop, ids["甲"], date(2026, 8, 10), 1_000_000)
    put(shop, ids["甲"], date(2026, 9, 3), 600_000)
    put(shop, ids["甲"], date(2026, 9, 4), 600_000)
    put(shop, ids["乙"], date(2026, 8, 10), 1_000_000)
    put(shop, ids["乙"], date(2026, 9, 5), 1_199_999)
    sales = shop.metrics.get("sales")
    shop.targets.set_staff(SEP, ids["甲"], sales, 1_000_000)
    shop.targets.set_staff(SEP, ids["乙"], sales, 1_200_000)
    shop.events.add(date(2026, 9, 8), ids["甲"], "表扬")
    shop.events.add(date(2026, 9, 9), ids["甲"], "表扬")
    shop.events.add(date(2026, 9, 9), ids["乙"], "投诉")
    shop.events.add(date(2026, 9, 12), ids["丙"], "表扬")
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_A)))
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_B)), dept="售后部")
    return ids


@pytest.fixture
def approval_times(monkeypatch):
    """Approvals kept at the times of day the test puts in this list, one each (09:05, then 16:40 …), on the
    app's today, instead of the clock's time."""
    from datetime import datetime

    from app.awards import service
    from app.clock import stamp_on

    times: list = []
    monkeypatch.setattr(service, "stamp_on", lambda today: stamp_on(today, datetime.combine(today, times.pop(0))))
    return times
