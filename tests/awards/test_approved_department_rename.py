"""Renaming a department is asked about only for the approved periods whose results keep its name — their plans
cover it and someone of it counts in them, or a manual team line is addressed to it — and the question says what
the rename does to them: no amount changes, only the name the approved results were written with, unless a rule
of their plans is for departments named so. The manual team lines addressed to a department follow its rename."""

import copy

import pytest

from app.services.approved import ApprovedPeriodChange

from .conftest import PLAN_A, SEP, write_plan


def _rename(shop, old, new, confirm=False):
    shop.staff.rename_department(shop.store.departments.by_name(old).id, new, confirm_approved=confirm)


def _use(shop, tmp_path, plan):
    shop.awards.plans.use(str(write_plan(tmp_path, plan, "kefu-changed.json")))


def test_an_empty_department_the_plans_cover_is_renamed_without_a_question(shop, team):
    """仓库 is covered by the every-department plan but had no one in September: its name is no part of the
    approved month, which was asked about all the same."""
    shop.staff.add_department("仓库")
    shop.awards.approve(SEP, confirm=True)
    assert shop.store.departments.by_name("仓库").id in shop.store.awards.current_run(SEP.key()).plans[0]["dept_ids"]
    _rename(shop, "仓库", "中心仓")
    assert shop.store.departments.by_name("中心仓") is not None
    assert not shop.awards.status(SEP).changed


def test_a_department_with_people_in_the_month_is_asked_about_saying_no_amount_changes(shop, team):
    shop.awards.approve(SEP, confirm=True)
    with pytest.raises(ApprovedPeriodChange) as refused:
        _rename(shop, "客服部", "售前客服部")
    assert [p.key() for p in refused.value.periods] == ["2026-09"]
    assert refused.value.consequence == (
        "部门改名不改变这些期间的任何金额。批准时的结果（团队奖的获奖部门和说明、发放表）写的是旧名称「客服部」；"
        "改名后这些期间会标记为“批准后数据有变”，重新批准后才改用新名称。")
    assert shop.store.departments.by_name("客服部") is not None and not shop.awards.status(SEP).changed
    _rename(shop, "客服部", "售前客服部", confirm=True)
    review = shop.awards.status(SEP)
    assert review.changed and review.differences == []  # marked, as said, and no one's amount differs
    assert sorted(x.amount_fen for x in review.computed_lines) == sorted(x.amount_fen for x in review.lines)


def test_a_rule_for_the_department_by_name_is_said_to_change_the_amounts(shop, team, tmp_path):
    plan = copy.deepcopy(PLAN_A)
    next(r for r in plan["rules"] if r["name"] == "表扬奖")["eligible"] = {"departments": ["客服部"]}
    _use(shop, tmp_path, plan)
    shop.awards.approve(SEP, confirm=True)
    with pytest.raises(ApprovedPeriodChange) as refused:
        _rename(shop, "客服部", "售前客服部")
    assert refused.value.consequence.startswith(
        "方案里写明只适用于「客服部」的奖项（「客服方案」的「表扬奖」）改名后不再适用于这个部门：这些期间重新计算的金额会变，"
        "以后的期间也一样（可在方案的「适用部门」里改成新名称）。批准时的结果")
    _rename(shop, "客服部", "售前客服部", confirm=True)
    [diff] = shop.awards.status(SEP).differences
    assert diff.recipient == "甲" and [x.award for x in diff.removed] == ["表扬奖"]


def test_a_rule_for_the_new_name_is_said_to_change_the_amounts(shop, team, tmp_path):
    plan = copy.deepcopy(PLAN_A)
    next(r for r in plan["rules"] if r["name"] == "表扬奖")["eligible"] = {"departments": ["售前客服部"]}
    _use(shop, tmp_path, plan)
    shop.awards.approve(SEP, confirm=True)
    with pytest.raises(ApprovedPeriodChange) as refused:
        _rename(shop, "客服部", "售前客服部")
    assert refused.value.consequence.startswith(
        "方案里写明只适用于「售前客服部」的奖项（「客服方案」的「表扬奖」）改名后也适用于这个部门：")


@pytest.fixture
def team_award(shop, team, tmp_path):
    """A manual team award of ¥300.00 to 客服部 in September."""
    plan = copy.deepcopy(PLAN_A)
    plan["rules"].append({"name": "团队特别奖", "kind": "manual", "period": "month", "pays": "cash",
                          "recipient": "department", "min": 100, "max": 900})
    _use(shop, tmp_path, plan)
    shop.awards.add_manual(SEP, "团队特别奖", dept="客服部", amount_fen=30000, reason="大促备货")


def _team_lines(lines):
    return sorted((x.dept, x.award, x.amount_fen) for x in lines if x.recipient_type == "department")


def test_a_manual_team_award_follows_its_department_when_renamed(shop, team_award):
    """It was left out after the rename: 「手动奖项「团队特别奖」（#1）不属于本期生效的方案，未计入」."""
    _rename(shop, "客服部", "售前客服部")
    computed = shop.awards.calculate(SEP)
    assert _team_lines(computed.lines) == [("售前客服部", "优秀部门", 50000), ("售前客服部", "团队特别奖", 30000)]
    assert not any("未计入" in note for note in computed.notes)
    assert [row.dept for row in shop.awards.manual_lines(SEP)] == ["售前客服部"]
    assert shop.store.audit.detail_of("department.rename", "id", shop.store.departments.by_name("售前客服部").id)[
        "manual_lines"] == 1


def test_an_approved_manual_team_award_keeps_its_amount_after_the_rename(shop, team_award):
    shop.awards.approve(SEP, confirm=True)
    with pytest.raises(ApprovedPeriodChange) as refused:
        _rename(shop, "客服部", "售前客服部")
    assert refused.value.consequence.startswith("部门改名不改变这些期间的任何金额。")
    _rename(shop, "客服部", "售前客服部", confirm=True)
    review = shop.awards.status(SEP)
    assert review.differences == []
    assert _team_lines(review.computed_lines) == [("售前客服部", "优秀部门", 50000), ("售前客服部", "团队特别奖", 30000)]
