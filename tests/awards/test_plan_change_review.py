"""A plan put in force for an approved period is told apart from a data change: asked about before (the
periods it touches), and said as 批准后方案有变化（第1版 → 第2版） with the approved version named."""

import copy
from datetime import date

from app.awards.simulate import simulate

from .conftest import SEP


def _edited_v2(shop):
    """客服方案 with 表扬奖 ¥20 → ¥30, saved as its second version (nothing put in force)."""
    first = next(p for p in shop.awards.plans.stored() if p.name == "客服方案")
    data = copy.deepcopy(shop.awards.plans.editable(first.id))
    next(r for r in data["rules"] if r["name"] == "表扬奖")["amount"] = 30
    saved = shop.awards.plans.save_edited(data)
    assert saved.created and saved.stored.version == 2
    return saved.stored


def test_the_approved_periods_a_plan_would_change_are_named(shop, team):
    shop.awards.approve(SEP, confirm=True)
    v2 = _edited_v2(shop)
    plans = shop.awards.plans
    assert plans.approved_periods_from("2026-09", "客服部", v2.id) == [SEP]
    assert plans.approved_periods_from(None, None, v2.id) == [SEP]  # every period
    assert plans.approved_periods_from("2026-10", "客服部", v2.id) == []  # September keeps its plan
    assert plans.approved_periods_from("2026-09", "售后部", plans.in_force(SEP)[1].stored.id) == []  # same plan
    # an every-department plan does not reach 售后部, which has its own, but does reach 客服部
    assert plans.approved_periods_from("2026-09", None, v2.id) == [SEP]
    result = plans.use_stored(v2.id, "客服部", "2026-09")
    assert result.approved == (SEP,)


def test_a_plan_change_alone_is_not_a_data_change(shop, team):
    shop.awards.approve(SEP, confirm=True)
    v2 = _edited_v2(shop)
    shop.awards.plans.use_stored(v2.id, "客服部", "2026-09")
    review = shop.awards.status(SEP)
    assert review.changed and review.plan_changed and not review.data_changed
    assert review.plan_change == "客服方案 第1版 → 第2版"
    assert [p["plan"] for p in review.approved_plans] == ["客服方案", "售后方案"]  # what the lines came from
    assert "客服方案（第2版）" in [p["plan"] for p in review.plans]
    assert any(n.startswith("批准后方案有变化") for n in review.notes)
    assert not any("批准后数据有变化" in n for n in review.notes)
    assert any(d.recipient == "甲" for d in review.differences)  # 2 praises × ¥10 more
    data = review.as_json()
    assert data["plan_changed"] is True and data["data_changed"] is False and data["changed"] is True
    sim = simulate(shop, "客服方案", periods=1, dept="客服部")
    assert not sim.periods[0].data_changed and not any("数据的变化" in n for n in sim.periods[0].notes)

    shop.events.add(date(2026, 9, 20), team["乙"], "表扬", confirm_approved=True)  # and now the data too
    review = shop.awards.status(SEP)
    assert review.plan_changed and review.data_changed
    assert any(n.startswith("批准后方案和数据都有变化") for n in review.notes)


def test_a_data_change_alone_is_said_as_before(shop, team):
    shop.awards.approve(SEP, confirm=True)
    shop.events.add(date(2026, 9, 20), team["乙"], "表扬", confirm_approved=True)
    review = shop.awards.status(SEP)
    assert review.changed and review.data_changed and not review.plan_changed and review.plan_change == ""
    assert "批准后数据有变化：获奖行是批准时的结果，未获奖原因按现在的数据" in review.notes


def test_a_department_that_had_no_plan_is_named_in_the_change(shop, team, tmp_path):
    # a department added after approval had no plan in the run: 「（无） → 客服方案」 alone does not say whose
    # plan changed, so the department is named, even when it is the only change
    from app.domain import StaffDraft

    from .conftest import PLAN_A, write_plan

    shop.awards.approve(SEP, confirm=True)
    shop.staff.add(StaffDraft(name="丁", dept="仓库部", hired=date(2026, 3, 1)), confirm_approved=True)
    review = shop.awards.status(SEP)
    assert review.plan_change == "仓库部：（无） → 客服方案"
    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_A, "name": "仓库方案", "key": "store"})), dept="仓库部")
    assert shop.awards.status(SEP).plan_change == "仓库部：（无） → 仓库方案"


def test_a_department_added_since_with_no_one_in_the_period_is_no_change(shop, team):
    """A new 仓库部 (and someone in it from October) changed nothing in September, yet September showed
    「批准后方案有变化（仓库部：（无） → 客服方案）」."""
    from app.domain import StaffDraft

    shop.awards.approve(SEP, confirm=True)
    shop.staff.add_department("美工部")
    shop.staff.add(StaffDraft(name="丁", dept="仓库部", hired=date(2026, 10, 5)))
    review = shop.awards.status(SEP)
    assert not review.changed and review.plan_change == ""
