"""A renamed department keeps its rules (a name it had still means it) and an approved period its fingerprint (read
with the names of its approval), so a rename is asked about only for the approved periods it changes: those
whose plans have a rule for departments named as the new name, which now applies to this department — and no
longer to the one that had that name before. The manual team lines addressed to a department follow its rename."""

import copy
from datetime import date

import pytest

from app.domain import StaffDraft
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


def test_a_department_with_people_in_the_month_is_renamed_without_a_question_and_keeps_its_approval(shop, team):
    shop.awards.approve(SEP, confirm=True)
    paid = sorted(x.amount_fen for x in shop.awards.status(SEP).lines)
    _rename(shop, "客服部", "售前客服部")
    review = shop.awards.status(SEP)
    assert not review.changed and review.differences == []
    assert sorted(x.amount_fen for x in review.computed_lines) == paid


def test_a_rule_for_the_department_by_name_keeps_applying_to_it(shop, team, tmp_path):
    """It stopped applying: the approved month showed 表扬奖 removed for 甲, this month and the next lost it."""
    plan = copy.deepcopy(PLAN_A)
    next(r for r in plan["rules"] if r["name"] == "表扬奖")["eligible"] = {"departments": ["客服部"]}
    _use(shop, tmp_path, plan)
    shop.awards.approve(SEP, confirm=True)
    _rename(shop, "客服部", "售前客服部")
    review = shop.awards.status(SEP)
    assert not review.changed and review.differences == []
    assert [(x.staff_name, x.amount_fen) for x in review.computed_lines if x.award == "表扬奖" and
            x.dept == "售前客服部"] == [("甲", 4000)]
    detail = shop.store.audit.detail_of("department.rename", "id", shop.store.departments.by_name("售前客服部").id)
    assert detail["rules"].startswith("方案里写明适用于「客服部」的奖项（「客服方案」的「表扬奖」）仍适用于这个部门")


def test_a_rule_for_the_new_name_is_said_to_change_the_amounts(shop, team, tmp_path):
    plan = copy.deepcopy(PLAN_A)
    next(r for r in plan["rules"] if r["name"] == "表扬奖")["eligible"] = {"departments": ["售前客服部"]}
    _use(shop, tmp_path, plan)
    shop.awards.approve(SEP, confirm=True)
    with pytest.raises(ApprovedPeriodChange) as refused:
        _rename(shop, "客服部", "售前客服部")
    assert refused.value.consequence == (
        "方案里写明适用于「售前客服部」的奖项（「客服方案」的「表扬奖」）改名后适用于这个部门。"
        "这些期间重新计算的金额会变，会标记为“批准后数据有变”。")
    _rename(shop, "客服部", "售前客服部", confirm=True)
    review = shop.awards.status(SEP)
    assert review.changed
    [diff] = review.differences
    assert diff.recipient == "甲" and [x.award for x in diff.added] == ["表扬奖"]


def test_taking_another_departments_former_name_takes_its_rules_and_says_so(shop, team, tmp_path):
    """客服部 became 客服一部; 售后部 then taking the name 客服部 takes the rules written for 客服部 from it."""
    plan = copy.deepcopy(PLAN_A)
    next(r for r in plan["rules"] if r["name"] == "表扬奖")["eligible"] = {"departments": ["客服部"]}
    _use(shop, tmp_path, plan)
    shop.staff.add_department("仓库")
    shop.staff.add(StaffDraft(name="丁", dept="仓库", hired=date(2026, 3, 1)))
    shop.awards.approve(SEP, confirm=True)
    _rename(shop, "客服部", "客服一部")
    assert not shop.awards.status(SEP).changed
    with pytest.raises(ApprovedPeriodChange) as refused:
        _rename(shop, "仓库", "客服部")
    assert refused.value.consequence.startswith(
        "方案里写明适用于「客服部」的奖项（「客服方案」的「表扬奖」）原本按「客服部」这个旧名称适用于「客服一部」；"
        "改名后「客服部」指这个部门，这些奖项改为适用于这个部门，不再适用于「客服一部」。")
    said = shop.staff.rename_department(shop.store.departments.by_name("仓库").id, "客服部", confirm_approved=True)
    assert said.endswith("这些奖项改为适用于这个部门，不再适用于「客服一部」。")
    [diff] = shop.awards.status(SEP).differences
    assert diff.recipient == "甲" and [x.award for x in diff.removed] == ["表扬奖"]


def test_renamed_there_and_back_keeps_the_approval(shop, team):
    shop.awards.approve(SEP, confirm=True)
    _rename(shop, "客服部", "客服一部")
    _rename(shop, "客服一部", "客服部")
    _rename(shop, "客服部", "客服一部")
    assert not shop.awards.status(SEP).changed
    _rename(shop, "客服一部", "客服部")
    review = shop.awards.status(SEP)
    assert not review.changed and review.approved_plans[0]["departments"][0] == "客服部"


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
    _rename(shop, "客服部", "售前客服部")
    review = shop.awards.status(SEP)
    assert not review.changed and review.differences == []
    assert _team_lines(review.computed_lines) == [("售前客服部", "优秀部门", 50000), ("售前客服部", "团队特别奖", 30000)]


def test_a_new_department_taking_the_old_name_after_approval_marks_the_period(shop, team, tmp_path):
    """客服部 renamed 客服一部 keeps its approval; a new 客服部 then takes the rules written for 客服部, so the
    approved month is marked (甲 of 客服一部 would lose 表扬奖), though the new department is empty."""
    plan = copy.deepcopy(PLAN_A)
    next(r for r in plan["rules"] if r["name"] == "表扬奖")["eligible"] = {"departments": ["客服部"]}
    _use(shop, tmp_path, plan)
    shop.awards.approve(SEP, confirm=True)
    _rename(shop, "客服部", "客服一部")
    assert not shop.awards.status(SEP).changed
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.add_department("客服部")
    assert refused.value.consequence == (
        "方案里写明适用于「客服部」的奖项（「客服方案」的「表扬奖」）原本按旧名称适用于「客服一部」，现在改为适用于新部门「客服部」。"
        "这些期间重新计算的金额会变，会标记为“批准后数据有变”。")
    assert not shop.awards.status(SEP).changed
    shop.staff.add_department("客服部", confirm_approved=True)
    review = shop.awards.status(SEP)
    assert review.changed
    [diff] = review.differences
    assert diff.recipient == "甲" and [x.award for x in diff.removed] == ["表扬奖"]


def test_a_new_department_taking_an_empty_ones_former_name_is_not_asked_about(shop, team, tmp_path):
    """中心仓 (once 仓库) had no one in September: a new 仓库 taking its rule changes no amount approved — people
    without a department are not its people, so nothing is asked. The fingerprint keeps which department a rule's
    name means, so the month is marked all the same, with no difference."""
    plan = copy.deepcopy(PLAN_A)
    next(r for r in plan["rules"] if r["name"] == "表扬奖")["eligible"] = {"departments": ["仓库"]}
    _use(shop, tmp_path, plan)
    shop.staff.add_department("仓库")
    shop.staff.add(StaffDraft(name="戊", hired=date(2026, 3, 1)))
    shop.awards.approve(SEP, confirm=True)
    _rename(shop, "仓库", "中心仓")
    shop.staff.add_department("仓库")
    review = shop.awards.status(SEP)
    assert review.differences == []
