"""Which plan version applied to which department is compared by department id, not by the label kept for
showing it: an approval in English (「no department」) or a department renamed since is no plan change, while a
real change of version still is. Runs kept before the ids were (labels only) are read back by today's names."""

import copy
from contextlib import nullcontext
from datetime import date

import pytest

from app.awards.computing import Computation
from app.i18n import set_language

from .conftest import SEP


@pytest.fixture
def english_then_chinese(monkeypatch):
    """The language set to English, approvals kept in it as they were before they were kept in Chinese."""
    def english():
        set_language("en")
        monkeypatch.setattr("app.awards.service.in_chinese", nullcontext)
    yield english
    set_language("zh")


@pytest.fixture
def labels_only(monkeypatch):
    """Approvals kept as before `dept_ids`: the departments by their label only."""
    def approve_as_before():
        kept = Computation.plans.fget
        monkeypatch.setattr(Computation, "plans", property(
            lambda self: [{k: v for k, v in p.items() if k != "dept_ids"} for p in kept(self)]))
        return monkeypatch.undo
    return approve_as_before


def _v2_for(shop, dept):
    first = next(p for p in shop.awards.plans.stored() if p.name == "客服方案")
    data = copy.deepcopy(shop.awards.plans.editable(first.id))
    next(r for r in data["rules"] if r["name"] == "表扬奖")["amount"] = 30
    v2 = shop.awards.plans.save_edited(data).stored
    shop.awards.plans.use_stored(v2.id, dept, "2026-09")


def _rename(shop, old, new):
    dept = shop.store.departments.by_name(old)
    shop.staff.rename_department(dept.id, new, confirm_approved=True)


def _only_data_changed(review):
    assert review.changed and review.data_changed
    assert not review.plan_changed and review.plan_change == ""
    assert "批准后数据有变化：获奖行是批准时的结果，未获奖原因按现在的数据" in review.notes
    assert not any("方案" in n for n in review.notes)


def test_the_run_keeps_department_ids_beside_the_labels(shop, team):
    shop.awards.approve(SEP, confirm=True)
    run = shop.store.awards.current_run(SEP.key())
    ids = {d.name: d.id for d in shop.store.departments.list()}
    assert [(p["departments"], p["dept_ids"]) for p in run.plans] == \
        [(["客服部", "未分部门"], [ids["客服部"], None]), (["售后部"], [ids["售后部"]])]


@pytest.mark.parametrize("as_before", [False, True])
def test_approved_in_english_compared_in_chinese_is_no_plan_change(shop, team, english_then_chinese, labels_only,
                                                                   as_before):
    restore = labels_only() if as_before else (lambda: None)
    english_then_chinese()
    shop.awards.approve(SEP, confirm=True)
    assert "no department" in shop.store.awards.current_run(SEP.key()).plans[0]["departments"]
    restore()
    set_language("zh")
    assert not shop.awards.status(SEP).changed
    shop.events.add(date(2026, 9, 20), team["乙"], "表扬", confirm_approved=True)
    review = shop.awards.status(SEP)
    _only_data_changed(review)
    assert [p["departments"] for p in review.approved_plans] == [["客服部", "未分部门"], ["售后部"]]  # as today


@pytest.mark.parametrize("as_before", [False, True])
def test_a_department_renamed_after_approval_is_no_plan_change(shop, team, labels_only, as_before):
    restore = labels_only() if as_before else (lambda: None)
    shop.awards.approve(SEP, confirm=True)
    restore()
    _rename(shop, "客服部", "客服一部")
    review = shop.awards.status(SEP)
    assert not review.plan_changed
    if not as_before:  # kept by id: shown by today's name
        assert [p["departments"] for p in review.approved_plans] == [["客服一部", "未分部门"], ["售后部"]]
    shop.events.add(date(2026, 9, 20), team["乙"], "表扬", confirm_approved=True)
    _only_data_changed(shop.awards.status(SEP))


def test_a_new_version_is_still_said_after_approving_in_english(shop, team, english_then_chinese):
    english_then_chinese()
    shop.awards.approve(SEP, confirm=True)
    set_language("zh")
    _v2_for(shop, "客服部")
    review = shop.awards.status(SEP)
    assert review.changed and review.plan_changed and not review.data_changed  # evaluated with the approved v1
    assert review.plan_change == "客服方案 第1版 → 第2版"
    assert any(n.startswith("批准后方案有变化") for n in review.notes)
    shop.events.add(date(2026, 9, 20), team["乙"], "表扬", confirm_approved=True)
    review = shop.awards.status(SEP)
    assert review.plan_changed and review.data_changed


def test_a_new_version_is_still_said_after_a_rename(shop, team):
    shop.awards.approve(SEP, confirm=True)
    _rename(shop, "客服部", "客服一部")
    _v2_for(shop, "客服一部")
    review = shop.awards.status(SEP)
    # the rename itself is no data change: the approval is read with the names of its day
    assert review.plan_change == "客服方案 第1版 → 第2版" and not review.data_changed
    assert [p["departments"] for p in review.approved_plans] == [["客服一部", "未分部门"], ["售后部"]]


def test_a_version_change_for_some_departments_names_them_by_todays_names(shop, team):
    shop.awards.approve(SEP, confirm=True)
    _rename(shop, "客服部", "客服一部")
    _v2_for(shop, None)  # every department: 客服一部 and people without one; 售后部 keeps its own plan
    assert shop.awards.status(SEP).plan_change == "客服方案 第1版 → 第2版"
    _v2_for(shop, "售后部")
    assert shop.awards.status(SEP).plan_change == \
        "客服一部、未分部门：客服方案 第1版 → 第2版；售后部：售后方案 → 客服方案（第2版）"


def test_a_version_change_in_a_run_kept_by_labels_is_still_said(shop, team, labels_only):
    restore = labels_only()
    shop.awards.approve(SEP, confirm=True)
    restore()
    _v2_for(shop, "客服部")
    review = shop.awards.status(SEP)
    assert review.plan_change == "客服方案 第1版 → 第2版" and not review.data_changed


def test_a_team_line_of_a_department_renamed_since_is_the_same_line(shop, team):
    """优秀部门 went to 客服部; renamed 客服一部 since, its line is neither removed nor added: departments are
    matched by id. A real change of that line is still shown, by today's name."""
    shop.awards.approve(SEP, confirm=True)
    assert any(x.recipient_type == "department" and x.dept == "客服部" for x in shop.awards.status(SEP).lines)
    _rename(shop, "客服部", "客服一部")
    review = shop.awards.status(SEP)
    assert not review.changed and review.differences == []
    assert [x.dept for x in review.computed_lines if x.recipient_type == "department"] == ["客服一部"]
    shop.targets.set_staff(SEP, team["乙"], shop.metrics.get("sales"), None,  # 客服一部's target: 甲's alone
                           confirm_approved=True)
    shop.data.set_value(date(2026, 9, 3), team["甲"], shop.metrics.get("sales"), None, confirm_approved=True)
    shop.data.set_value(date(2026, 9, 4), team["甲"], shop.metrics.get("sales"), None, confirm_approved=True)
    [diff] = [d for d in shop.awards.status(SEP).differences if d.staff_id is None]
    assert diff.recipient == "客服一部（团队）" and len(diff.removed) == 1 and diff.added == ()
