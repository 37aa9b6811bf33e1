"""A department a plan in force names in a rule's 适用部门 — by its name or by a name it had — is not deleted:
the rule would apply to nobody, or to the next department given that name."""

import copy
from datetime import date

import pytest

from app.errors import UserError
from app.periods import parse_period

from .conftest import PLAN_A, write_plan


def _for(shop, tmp_path, dept):
    plan = copy.deepcopy(PLAN_A)
    for rule in plan["rules"]:
        if rule["name"] == "表扬奖":
            rule["eligible"] = {"departments": [dept]}
    shop.awards.plans.use(str(write_plan(tmp_path, plan, "named.json")))


@pytest.mark.parametrize("renamed", [False, True])
def test_a_department_a_rule_names_is_refused(shop, tmp_path, renamed):
    dept = shop.staff.add_department("美工部")
    _for(shop, tmp_path, "美工部")
    if renamed:  # the rule's 美工部 means it still
        shop.staff.rename_department(dept.id, "设计部")
    assert shop.staff.department_uses(dept.id) == ["适用于它的奖项（「客服方案」的「表扬奖」）"]
    with pytest.raises(UserError):
        shop.staff.remove_department(dept.id)
    assert [d.id for d in shop.staff.departments()] == [dept.id]


def test_a_rule_naming_another_department_does_not_keep_it(shop, tmp_path):
    dept = shop.staff.add_department("美工部")
    _for(shop, tmp_path, "客服部")
    assert shop.staff.department_uses(dept.id) == []
    shop.staff.remove_department(dept.id)
    assert shop.staff.departments() == []


def test_an_approved_month_that_covered_it_keeps_its_plans(shop, team):
    """September was approved with 客服方案 in force for every department, the empty 美工部 among them: deleting it
    since is no change of plan, when the data changed (a praise added) or not."""
    dept = shop.staff.add_department("美工部")
    sep = parse_period("2026-09")
    shop.awards.approve(sep, confirm=True)
    shop.staff.remove_department(dept.id)
    assert not shop.awards.compute(sep).changed
    shop.events.add(date(2026, 9, 20), team["甲"], "表扬", confirm_approved=True)
    review = shop.awards.compute(sep)
    assert review.changed and review.plan_change == ""
    assert "批准后数据有变化：获奖行是批准时的结果，未获奖原因按现在的数据" in review.notes
