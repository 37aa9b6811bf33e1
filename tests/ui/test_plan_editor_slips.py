"""Slips an owner setting up a plan makes in the editor, and what the form does about them.

A rule's 适用部门 or 适用岗位 naming a department or role the shop does not have (a typo: 美工 for 美工部) was
saved without a word, and the rule then paid nobody there: the form says so under the box, naming what the shop
has; saving still works (the department may be made later), as with a department on a plan of its own. A
deduction's 获奖者得奖状, which nothing prints, is greyed. A step in yuan may be typed as an amount is."""

from __future__ import annotations

from datetime import date

import plan_editor_support as plans
import pytest

from app.domain import StaffDraft
from ui.plans.editor import PlanEditorDialog

manager, copied = plans.manager, plans.copied  # the fixtures


def _editor(qtbot, shop, stored) -> PlanEditorDialog:
    editor = PlanEditorDialog(shop, shop.awards.plans.editable(stored.id))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _team(shop):
    shop.staff.add(StaffDraft(name="甲", dept="客服部", role="客服", hired=date(2025, 1, 1)))
    shop.staff.add(StaffDraft(name="乙", dept="美工部", role="美工", hired=date(2025, 1, 1)))


@pytest.mark.parametrize(("box", "known", "typo", "listed"), [
    ("departments", "客服部、美工部", "客服部、美工", "客服部、美工部"),
    ("roles", "客服、美工", "客服、客服主管", "客服、"),
])
def test_a_name_the_shop_lacks_is_said_under_the_box(qtbot, shop, copied, box, known, typo, listed):
    _team(shop)
    form = _editor(qtbot, shop, copied).form
    typed, note = getattr(form, box), getattr(form, f"{box}_unknown")
    typed.setText(known)
    assert not note.isVisible()
    typed.setText(typo)
    unknown = typo.split("、")[-1]
    assert note.isVisible() and f"「{unknown}」" in note.text() and listed in note.text()
    assert "「客服部」" not in note.text() and "「客服」" not in note.text()
    assert form.window().save() is not None  # said, not refused
    typed.setText("")
    assert not note.isVisible()


def test_a_former_name_of_a_department_is_no_unknown_one(qtbot, shop, copied):
    _team(shop)
    dept = next(d for d in shop.staff.departments() if d.name == "客服部")
    shop.staff.rename_department(dept.id, "客服一部")
    editor = _editor(qtbot, shop, copied)
    editor.form.departments.setText("客服部")
    assert editor.form.departments_renamed.isVisible() and not editor.form.departments_unknown.isVisible()


def test_the_notes_read_in_english(qtbot, qapp, shop, copied):
    from ui.main import install_translators

    _team(shop)
    install_translators(qapp, "en")
    try:
        editor = _editor(qtbot, shop, copied)
        editor.form.departments.setText("美工")
        editor.form.roles.setText("客服主管")
        texts = editor.form.departments_unknown.text() + editor.form.roles_unknown.text()
    finally:
        install_translators(qapp, "zh")
    assert "department" in texts and "role" in texts and "本店" not in texts


def test_a_deduction_gives_no_certificate_to_tick(qtbot, shop, copied):
    """获奖者得奖状 ticked on 投诉扣款 was saved and marked every deduction line 奖状, though none is ever printed
    for a deduction: a box that did nothing. While 发放 is 扣款 it is greyed and left out of the rule."""
    form = _editor(qtbot, shop, copied).form
    form.window().select_rule("投诉扣款")
    assert form.pays.currentData() == "deduction" and not form.certificate.isEnabled()
    form.window().select_rule("表扬奖")
    form.certificate.setChecked(True)
    assert form.rule()["certificate"] is True
    form.pays.setCurrentIndex(form.pays.findData("deduction"))
    assert not form.certificate.isEnabled() and "certificate" not in form.rule()
    form.pays.setCurrentIndex(form.pays.findData("cash"))
    assert form.certificate.isEnabled() and form.rule()["certificate"] is True  # as ticked before


def test_the_greyed_certificate_box_says_why(qtbot, shop, copied):
    """Greyed on 扣款 without a word, the box read as broken: its tooltip says why, and what it does otherwise."""
    form = _editor(qtbot, shop, copied).form
    form.window().select_rule("投诉扣款")
    assert "扣款不发奖状" in form.certificate.toolTip()
    form.pays.setCurrentIndex(form.pays.findData("cash"))
    usual = form.certificate.toolTip()
    assert "奖状" in usual and "扣款" not in usual
    form.window().select_rule("表扬奖")
    assert form.certificate.isEnabled() and form.certificate.toolTip() == usual


@pytest.mark.parametrize(("typed", "kept"), [("3000元", 3000), ("¥3,000", 3000), ("￥2,500.50", "2500.5"),
                                             ("3000", 3000)])
def test_a_step_in_yuan_may_be_typed_as_an_amount(qtbot, shop, copied, typed, kept):
    """阶梯奖励's 每档 and 基准值 say 「按指标的单位，如销售额写元」, and 「3000元」 or 「¥3,000」 was refused as no number
    while every 金额 box takes it."""
    editor = _editor(qtbot, shop, copied)
    editor.select_rule("阶梯奖励")
    editor.form.panel.fields["step"].edit.setText(typed)
    saved = editor.save()
    assert saved is not None, editor.error.text()
    rule = next(r for r in shop.awards.plans.editable(saved.stored.id)["rules"] if r["name"] == "阶梯奖励")
    assert str(rule["step"]) == str(kept)


def test_a_plan_left_without_rules_says_so_in_the_forms_words(qtbot, shop, copied, messages):
    """Every rule deleted, 保存 said 「字段「rules」应为非空列表 […]」: the plan file's words, not the window's."""
    editor = _editor(qtbot, shop, copied)
    while editor.rules:
        editor.remove_rule()
    versions = len(shop.awards.plans.stored())
    assert editor.save() is None
    text = editor.error.text()
    assert "添加规则" in text and "rules" not in text and "[" not in text
    assert len(shop.awards.plans.stored()) == versions


def test_no_label_says_fen_where_it_means_points():
    """超额积分's boxes read 「基数（分）」 and 「每分金额（元）」: in a window of amounts in 元 and 分, a base of 17 分 and
    an amount per 分 read as money. A label means points as 积分."""
    import re

    from ui.plans.specs import KIND_SPECS

    labels = [spec.label for specs in KIND_SPECS.values() for spec in specs]
    assert not [label for label in labels if re.search(r"（分）|(?<!积)分金额", label)]


def test_a_plan_whose_deduction_had_its_certificate_ticked_opens_unedited(qtbot, shop, copied):
    """A plan saved while 获奖者得奖状 could be ticked on a deduction holds `certificate: true` there. The greyed box
    leaves it out of the rule: opened, looked at and closed, the plan must not read as edited (closing would ask
    「放弃对方案的修改？」 about a change nobody made)."""
    data = shop.awards.plans.editable(copied.id)
    deduction = next(r for r in data["rules"] if r.get("pays") == "deduction")
    deduction["certificate"] = True
    stored = shop.awards.plans.save_edited(data).stored
    editor = _editor(qtbot, shop, stored)
    editor.select_rule(deduction["name"])
    editor.select_rule("表扬奖")
    assert not editor.edited()
    editor.form.certificate.setChecked(not editor.form.certificate.isChecked())  # a real change still counts
    assert editor.edited()


def _saved_rule(shop, saved, name):
    return next(r for r in shop.awards.plans.editable(saved.stored.id)["rules"] if r["name"] == name)


@pytest.mark.parametrize(("rule", "fill"), [
    ("阶梯奖励", lambda fields: (fields["metric"].box.set_word("orders"), fields["step"].edit.setText("¥5"))),
    ("表扬奖", lambda fields: (fields["per"].combo.setCurrentIndex(fields["per"].combo.findData("amount")),
                            fields["rate"].edit.setText("5元"))),
    ("阶段目标奖", lambda fields: fields["stages"].table.item(0, 0).setText("¥100")),
])
def test_yuan_is_no_amount_where_the_box_holds_no_money(qtbot, shop, copied, rule, fill):
    """Yuan typed as an amount is taken only in a box holding a number of a money metric: 「¥5」 as a step of
    订单数, or 「5元」 as 比例（%） of an event's amount (5 yuan an event meant, 5 % paid), is refused as before,
    naming the box, and nothing is stored."""
    editor = _editor(qtbot, shop, copied)
    editor.select_rule(rule)
    fill(editor.form.panel.fields)
    versions = len(shop.awards.plans.stored())
    assert editor.save() is None
    assert len(shop.awards.plans.stored()) == versions and editor.error.text()


@pytest.mark.parametrize(("metric", "typed", "kept"), [("sales", "¥3,000", 3000), ("sales", "2.5万元", 25000),
                                                        ("ratings", "30", 30)])
def test_a_conditions_value_takes_yuan_when_its_metric_is_money(qtbot, shop, copied, metric, typed, kept):
    editor = _editor(qtbot, shop, copied)
    editor.select_rule("最佳服务奖")
    table = editor.form.panel.fields["conditions"]
    table.table.cellWidget(0, 0).set_word(metric)
    table.table.item(0, 2).setText(typed)
    saved = editor.save()
    assert saved is not None, editor.error.text()
    assert _saved_rule(shop, saved, "最佳服务奖")["conditions"][0]["value"] == kept


def test_a_conditions_value_in_yuan_of_a_count_is_refused(qtbot, shop, copied):
    editor = _editor(qtbot, shop, copied)
    editor.select_rule("最佳服务奖")
    editor.form.panel.fields["conditions"].table.item(0, 2).setText("¥30")  # 评价数 ≥ ¥30
    assert editor.save() is None and editor.error.text()



@pytest.mark.parametrize(("measure", "typed", "kept"), [
    (lambda field: field.metric.set_word("sales"), "¥3,000", 3000),
    (lambda field: field.metric.set_word("orders"), "30", 30),
])
def test_a_growth_awards_lowest_base_takes_yuan_when_it_compares_an_amount(qtbot, shop, copied, measure, typed, kept):
    """比上期增长最多's 上期最低基数 of 销售额 typed as 「¥3,000」 was refused as no number, while 每档 of the same
    metric takes it."""
    editor = _editor(qtbot, shop, copied)
    editor.add_rule("best")
    panel = editor.form.panel
    measure(panel.fields["measure"])
    panel.fields["mode"].combo.setCurrentIndex(panel.fields["mode"].combo.findData("growth"))
    panel.fields["min_base"].edit.setText(typed)
    saved = editor.save()
    assert saved is not None, editor.error.text()
    assert _saved_rule(shop, saved, "新规则")["min_base"] == kept


def test_a_growth_awards_lowest_base_in_yuan_of_a_count_is_refused(qtbot, shop, copied):
    editor = _editor(qtbot, shop, copied)
    editor.add_rule("best")
    panel = editor.form.panel
    panel.fields["measure"].metric.set_word("orders")
    panel.fields["mode"].combo.setCurrentIndex(panel.fields["mode"].combo.findData("growth"))
    panel.fields["min_base"].edit.setText("¥30")
    assert editor.save() is None and "上期最低基数" in editor.error.text()
