"""A rule whose 适用部门 names a department with a plan of its own never pays there: that department's own plan
beats an every-department one (`plans._chosen`), so its people are evaluated under their own plan only. The
editor said nothing; it now says so under 适用部门, without refusing the rule."""

from __future__ import annotations

from datetime import date

from app.domain import StaffDraft
from app.periods import Month, Year
from ui.plans.editor import PlanEditorDialog


def _shop_with_two_plans(shop, after_sales_from=None):
    for dept in ("客服部", "售后部"):
        shop.staff.add(StaffDraft(name=f"{dept}甲", dept=dept, hired=date(2025, 1, 1)))
    kefu = shop.awards.plans.copy_preset("taobao-kefu").stored
    after_sales = shop.awards.plans.copy_preset("after-sales").stored
    shop.awards.plans.use_stored(kefu.id, None, None)
    shop.awards.plans.use_stored(after_sales.id, "售后部", after_sales_from)
    return kefu, after_sales


def _editor(qtbot, shop, stored) -> PlanEditorDialog:
    editor = PlanEditorDialog(shop, shop.awards.plans.editable(stored.id))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_a_rule_for_a_department_with_its_own_plan_is_said_never_to_pay_there(qtbot, shop):
    kefu, after_sales = _shop_with_two_plans(shop)
    editor = _editor(qtbot, shop, kefu)
    warning = editor.form.departments_own_plan
    editor.form.departments.setText("客服部")
    assert not warning.isVisible()
    editor.form.departments.setText("客服部、售后部")
    assert warning.isVisible()
    assert warning.text() == (f"售后部有自己的方案「{after_sales.name}」，不按本方案评奖：这条规则不会发给售后部的人")
    assert editor.save() is not None  # a warning, not a refusal


def test_what_the_warning_says_is_what_the_award_run_does(shop):
    """The 淘宝客服 plan's 工龄奖 for people a year on the team, limited to each department in turn: in 客服部 it
    pays, in 售后部 (which has its own plan) nobody gets it."""
    kefu, _after_sales = _shop_with_two_plans(shop)
    paid = {}
    for dept in ("客服部", "售后部"):
        data = shop.awards.plans.editable(kefu.id)
        tenure = next(r for r in data["rules"] if r["name"] == "工龄奖")
        tenure["eligible"] = {"departments": [dept]}
        shop.awards.plans.use_stored(shop.awards.plans.save_edited(data).stored.id, None, None)
        lines = shop.awards.status(Month(2026, 10)).lines
        paid[dept] = sorted(line.dept for line in lines if line.award == "工龄奖")
    assert paid == {"客服部": ["客服部"], "售后部": []}


def test_no_warning_in_the_department_s_own_plan_nor_before_its_plan_comes_into_force(qtbot, shop):
    kefu, after_sales = _shop_with_two_plans(shop, after_sales_from="2026-12")
    editor = _editor(qtbot, shop, kefu)
    editor.form.departments.setText("售后部")  # paid under 淘宝客服 until November
    assert not editor.form.departments_own_plan.isVisible()
    own = _editor(qtbot, shop, after_sales)
    own.form.departments.setText("售后部")
    assert not own.form.departments_own_plan.isVisible()


def test_a_rule_of_a_period_that_began_before_the_department_s_own_plan_is_not_said_never_to_pay(qtbot, shop):
    """售后部 has its own plan from July: its 2026 is still computed with 淘宝客服 (the plan of its January), so a
    yearly rule limited to 售后部 pays there this year; only a monthly one (October's plan is its own) does not."""
    kefu, after_sales = _shop_with_two_plans(shop, after_sales_from="2026-07")
    data = shop.awards.plans.editable(kefu.id)
    tenure = next(r for r in data["rules"] if r["name"] == "工龄奖")
    tenure.update(period="year", eligible={"departments": ["售后部"]})
    shop.awards.plans.use_stored(shop.awards.plans.save_edited(data).stored.id, None, None)
    assert [line.dept for line in shop.awards.status(Year(2026)).lines if line.award == "工龄奖"] == ["售后部"]
    editor = _editor(qtbot, shop, kefu)
    form = editor.form
    form.departments.setText("售后部")
    form.period.setCurrentIndex(form.period.findData("year"))
    assert not form.departments_own_plan.isVisible()
    form.period.setCurrentIndex(form.period.findData("month"))
    assert form.departments_own_plan.isVisible()
    assert after_sales.name in form.departments_own_plan.text()
