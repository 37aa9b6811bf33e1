"""The plan editor: copy a preset, edit a stage amount, save a new version, put it in force and compute with it;
reorder and delete rules; invalid values refused inline (rule and field named, nothing written); every kind
shown and read back unchanged; cancelling asks only after an edit. The 方案 dialog: test_plan_dialog.py."""

from __future__ import annotations

import json
import re
from datetime import date

import laptop_support as laptop
import plan_editor_support as plans
import pytest
from plan_editor_support import OCT, SEP, _dump, _shot
from PySide6.QtWidgets import QDialog

from app.clock import shown_stamp
from app.domain import StaffDraft
from app.periods import Month
from app.rules import dump_plan, load_preset
from ui.plans.editor import PlanEditorDialog

small_screen = laptop.small_screen  # the fixture
manager, copied = plans.manager, plans.copied  # the fixtures


def _editor(qtbot, shop, plan_id: int) -> PlanEditorDialog:
    editor = PlanEditorDialog(shop, shop.awards.plans.editable(plan_id))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _sales(shop, staff_id: int, day: date, fen: int, month: Month, target_fen: int) -> None:
    sales = shop.metrics.get("sales")
    shop.data.set_value(day, staff_id, sales, fen)
    shop.targets.set_staff(month, staff_id, sales, target_fen)


def test_copy_edit_stage_amount_save_use_and_compute(qtbot, shop, manager, copied, messages):
    """甲 sells ¥12,000.00 against ¥10,000.00 in September and ¥6,000.00 against ¥5,000.00 in October: 120%
    both times. Version 1 (≥120% → ¥500) stays in force for September; version 2 (¥600) from October."""
    person = shop.staff.add(StaffDraft(name="甲", dept="客服部", role="客服", hired=date(2026, 3, 1))).id
    _sales(shop, person, date(2026, 9, 10), 1_200_000, SEP, 1_000_000)
    _sales(shop, person, date(2026, 10, 10), 600_000, OCT, 500_000)
    assert manager.select_plan(copied.id)
    assert manager.use_selected(choice=(None, None)) is not None  # v1: every department, every period

    editor = _editor(qtbot, shop, copied.id)
    editor.select_rule("阶段目标奖")
    stages = editor.form.panel.field("stages")
    assert [stages.text(r, "percent") for r in range(2)] == ["100", "120"]
    assert stages.text(1, "amount") == "500"
    stages.set_text(1, "amount", "¥600")
    _shot(editor, "plan_editor")
    saved = editor.save()
    assert saved is not None and saved.created and saved.stored.version == 2
    content = json.loads(saved.stored.content)
    assert content["rules"][0]["stages"] == [{"percent": 100, "amount": 200}, {"percent": 120, "amount": 600}]
    expected = json.loads(dump_plan(load_preset("taobao-kefu")))
    expected["rules"][0]["stages"][1]["amount"] = 600
    assert content == expected  # every other rule read back exactly as it was

    manager.refresh()
    assert manager.select_plan(saved.stored.id)
    used = manager.use_selected(choice=(None, "2026-10"))
    assert used is not None and used.stored.id == saved.stored.id
    # months as the window writes them everywhere else (2026年10月), not as kept (2026-10)
    assert "自 2026年10月 起" in messages.of("info")[-1]
    in_force = [manager.in_force.item(r, 2).text() for r in range(manager.in_force.rowCount())]
    assert in_force == ["淘宝客服激励方案", "淘宝客服激励方案（第2版）"]
    assert [manager.in_force.item(r, 1).text() for r in range(2)] == ["所有期间", "2026年10月"]
    row = next(r for r in range(manager.plans.rowCount()) if manager.plans.item(r, 0).text() == "淘宝客服激励方案（第2版）")
    assert manager.plans.item(row, 3).text() == "全部部门 自 2026年10月 起"
    assert manager.plans.item(row, 2).text() == shown_stamp(saved.stored.created_at)  # 2026年11月28日 00:03
    _shot(manager, "plan_editor_plans")

    def stage_line(period):
        lines = [x for x in shop.awards.compute(period).lines if x.award == "阶段目标奖"]
        assert len(lines) == 1 and lines[0].staff_id == person
        return lines[0]

    september, october = stage_line(SEP), stage_line(OCT)
    assert september.amount_fen == 50_000 and "¥500.00" in september.explanation  # v1 kept for September
    assert october.amount_fen == 60_000 and "¥600.00" in october.explanation
    assert "完成 120" in october.explanation


def test_reorder_and_delete_rules_saved_in_that_order(qtbot, shop, copied, messages):
    editor = _editor(qtbot, shop, copied.id)
    names = [r["name"] for r in load_preset("taobao-kefu").data["rules"]]
    assert editor.rule_names() == names
    editor.select_rule("阶梯奖励")
    editor.rule_list.up_button.click()
    assert editor.rule_list.list.currentRow() == 0 and editor.form.name.text() == "阶梯奖励"
    editor.select_rule("红花榜")
    assert not editor.rule_list.down_button.isEnabled()
    editor.rule_list.up_button.click()
    editor.select_rule("表扬奖")
    messages.answer = False
    editor.rule_list.remove_button.click()
    assert "表扬奖" in editor.rule_names() and "表扬奖" in messages.of("confirm")[-1]
    messages.answer = True
    editor.rule_list.remove_button.click()
    assert editor.form.name.text() == "建议采纳奖"  # the next rule is shown
    saved = editor.save()
    assert saved is not None and saved.created
    expected = [names[1], names[0], *names[3:-2], names[-1], names[-2]]
    assert [r["name"] for r in json.loads(saved.stored.content)["rules"]] == expected
    assert editor.rule_list.list.count() == len(expected)


def _negative_step(editor):
    editor.select_rule("阶梯奖励")
    editor.form.panel.field("step").edit.setText("-100")


def _empty_name(editor):
    editor.select_rule("表扬奖")
    editor.form.name.setText("")


def _negative_praise(editor):
    editor.select_rule("表扬奖")
    editor.form.panel.field("amount").edit.setText("-20")


def _empty_plan_name(editor):
    editor.plan_name.setText("  ")


def _duplicate_name(editor):
    editor.select_rule("表扬奖")
    editor.form.name.setText("阶段目标奖")


def _unknown_metric(editor):
    editor.select_rule("阶段目标奖")
    editor.form.panel.field("metric").box.set_word("不存在的指标")


def _bad_stage(editor):
    editor.select_rule("阶段目标奖")
    editor.form.panel.field("stages").set_text(1, "percent", "90")  # below the stage before it


def _sub_fen_amount(editor):
    editor.select_rule("投诉扣款")
    editor.form.panel.field("amount").edit.setText("50.005")


def _bad_amount(editor):
    editor.select_rule("投诉扣款")
    editor.form.panel.field("amount").edit.setText("两百")


def _satisfaction_past_100(editor):
    editor.select_rule("最佳服务奖")
    editor.form.panel.field("conditions").set_text(1, "value", "101")


def _extra_zeros(editor):
    editor.select_rule("阶段目标奖")
    editor.form.panel.field("stages").set_text(1, "amount", "100000000")


@pytest.mark.parametrize(("change", "row", "fragments"), [
    (_negative_step, 1, ("第 2 条规则「阶梯奖励」：「每档」应大于 0",)),
    (_empty_name, 2, ("第 3 条规则：「名称」应为非空文字",)),
    (_negative_praise, 2, ("「每次（每单位）金额（元）」金额不能为负数", "把「发放」选为「扣款」，金额仍写正数")),
    (_empty_plan_name, None, ("「方案名称」应为非空文字",)),
    (_duplicate_name, None, ("规则名称「阶段目标奖」重复",)),
    (_unknown_metric, 0, ("「阶段目标奖」：「指标」", "「不存在的指标」不存在")),
    (_bad_stage, 0, ("「阶段目标奖」：「各档」第 2 行「达成率 ≥（%）」应比上一档高",)),
    (_bad_amount, 8, ("「投诉扣款」：「每次（每单位）金额（元）」的值「两百」",)),
    (_sub_fen_amount, 8, ("「投诉扣款」：「每次（每单位）金额（元）」的值「50.005」细于 1 分：金额最多两位小数",)),
    (_satisfaction_past_100, 5, ("「最佳服务奖」：「条件（全部满足）」第 2 行", "「101」超过 100%：满意率最高 100%")),
    (_extra_zeros, 0, ("「阶段目标奖」：「各档」第 2 行「金额（元）」的值「100000000」超过 ¥1,000,000.00",)),
])
def test_an_invalid_value_is_refused_inline_and_nothing_is_written(qtbot, shop, copied, change, row, fragments):
    editor = _editor(qtbot, shop, copied.id)
    change(editor)
    if row is not None:
        editor.select_rule("红花榜")  # the editor points back at the rule that was refused
    before = _dump(shop)
    editor.accept()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert editor.saved is None and editor.error.isVisible()
    for fragment in fragments:
        assert fragment in editor.error.text()
    assert not re.search("[A-Za-z]", editor.error.text())  # a field named as the form names it, not by its key
    if row is not None:
        assert editor.current == row and editor.rule_list.list.currentRow() == row
    assert _dump(shop) == before
    if change is _negative_step:
        _shot(editor, "plan_editor_error")


@pytest.mark.parametrize("lang", ["en"], indirect=True)
@pytest.mark.parametrize(("change", "said"), [(_negative_step, '"Step size" must'), (_empty_name, '"Name" must'),
                                              (_bad_amount, '"Amount per event (per unit) (¥)" has'),
                                              (_bad_stage, '"Tiers" row 2 "Achievement ≥ (%)" must'),
                                              (_satisfaction_past_100, 'row 2 "Value" has the value "101", above 100%'),
                                              (_extra_zeros, 'has the value "100000000", more than ¥1,000,000.00')])
def test_in_english_a_refused_field_is_named_as_the_form_shows_it_too(qtbot, shop, copied, lang, change, said):
    """In English the refusal said the plan file's key (field "stages[2].percent"): the form's words were
    put in only where the message had the Chinese 字段「…」."""
    editor = _editor(qtbot, shop, copied.id)
    change(editor)
    assert editor.save() is None
    assert said in editor.error.text() and "field" not in editor.error.text(), editor.error.text()


def test_every_kind_of_every_preset_reads_back_unchanged(qtbot, shop):
    for key in ("taobao-kefu", "after-sales", "ecommerce-pay"):
        stored = shop.awards.plans.copy_preset(key).stored
        editor = _editor(qtbot, shop, stored.id)
        for row in range(len(editor.rules)):
            editor.select_rule(row)
        before = _dump(shop)
        result = editor.save()
        assert result is not None and not result.created and result.stored.id == stored.id, key
        assert _dump(shop) == before


def test_advanced_json_keeps_fields_the_form_does_not_show(qtbot, shop):
    stored = shop.awards.plans.copy_preset("after-sales").stored
    editor = _editor(qtbot, shop, stored.id)
    rule = next(r for r in load_preset("after-sales").data["rules"] if r["kind"] == "commission")
    editor.select_rule(rule["name"])
    assert "where" in json.loads(editor.form.advanced.toPlainText())
    editor.form.advanced.setPlainText("{not json")
    editor.select_rule(0)
    assert editor.form.name.text() == rule["name"]  # stays on the rule until its JSON is fixed
    assert "高级（JSON）不是有效的 JSON" in editor.error.text()
    before = _dump(shop)
    assert editor.save() is None and _dump(shop) == before


def test_a_new_rule_of_another_kind_with_its_fields(qtbot, shop, copied):
    editor = _editor(qtbot, shop, copied.id)
    editor.select_rule("红花榜")
    editor.rule_list.add_button.click()
    assert editor.form.name.text() == "新规则" and editor.current == len(editor.rules) - 1
    form = editor.form
    form.name.setText("满意之星")
    form.kind.setCurrentIndex(form.kind.findData("threshold"))
    assert form.kind_title.text() == "达标规则的设置"
    form.pays.setCurrentIndex(form.pays.findData("cash"))
    conditions = form.panel.field("conditions")
    conditions.add_row({})
    conditions.set_text(1, "metric", "满意率")
    conditions.set_text(1, "value", "100%")
    form.panel.field("amount").edit.setText("88.5")
    form.period.setCurrentIndex(form.period.findData("quarter"))
    form.departments.setText("客服部、售后部")
    form.certificate.setChecked(True)
    assert editor.rule_list.list.currentItem().text().startswith("满意之星")
    _shot(editor, "plan_editor_threshold")
    saved = editor.save()
    assert saved is not None, editor.error.text()
    rule = json.loads(saved.stored.content)["rules"][-1]
    assert rule == {"name": "满意之星", "kind": "threshold", "period": "quarter", "pays": "cash",
                    "certificate": True, "eligible": {"departments": ["客服部", "售后部"]},
                    "conditions": [{"metric": "ratings", "op": ">=", "value": 30},
                                   {"metric": "satisfaction", "op": ">=", "value": 100}],
                    "amount": "88.5"}
    assert shop.awards.plans.parsed(saved.stored).rule("满意之星").params.amount_fen == 8850


def test_kind_fields_follow_the_choices(qtbot, shop, copied):
    editor = _editor(qtbot, shop, copied.id)
    editor.select_rule("阶梯奖励")
    panel = editor.form.panel
    assert not panel.shown("base_value")
    baseline = panel.field("baseline").combo
    baseline.setCurrentIndex(baseline.findData("fixed"))
    assert panel.shown("base_value")
    panel.field("base_value").edit.setText("10,000")
    assert editor.form.rule()["base_value"] == 10000 and editor.form.rule()["baseline"] == "fixed"
    editor.select_rule("季度排名奖")
    measure = editor.form.panel.field("measure")
    assert measure.each_month.isVisibleTo(editor) and measure.each_month.isChecked()
    assert "整月不在职的人（如季度中途入职）不参加排名" in measure.each_month.toolTip()  # said where it is ticked
    bands = editor.form.panel.field("bands")
    assert bands.hint.isVisibleTo(editor)  # said under the bands, not only in a tooltip
    assert bands.hint.text().startswith("并列的人名次相同，每人都得该名次的全额：两人并列第 1 名，各得第 1 名的金额，下一位是第 3 名。")
    _shot(editor, "plan_editor_ranking")
    assert editor.form.rule()["bands"][0] == {"from": 1, "to": 3, "amount": 1500, "certificate": True}

def test_cancel_asks_only_when_something_was_edited(qtbot, shop, copied, messages):
    editor = _editor(qtbot, shop, copied.id)
    editor.select_rule("工龄奖")
    editor.select_rule(0)
    assert not editor.edited()
    editor.form.panel.field("stages").set_text(0, "amount", "250")
    assert editor.edited()
    messages.answer = False
    editor.reject()
    assert editor.isVisible() and "放弃对方案的修改" in messages.of("confirm")[-1]
    messages.answer = True
    before = _dump(shop)
    editor.reject()
    assert not editor.isVisible() and _dump(shop) == before

def test_the_default_presence_rule_says_what_it_is_for_the_kind(qtbot, shop, copied):
    """刘大伟 left on 10-20: his 投诉扣款 and 表扬奖 are not counted (期末在职) while his 工龄奖 is (期间内在职过).
    The 在职要求 box's 默认 says which of the two it is for the rule on show, and saving keeps it the default."""
    editor = _editor(qtbot, shop, copied.id)
    editor.select_rule("投诉扣款")
    active = editor.form.active
    assert active.currentData() == "" and active.currentText() == "默认（期末在职）"
    editor.select_rule("工龄奖")
    assert active.currentData() == "" and active.currentText() == "默认（期间内在职过）"
    form = editor.form
    form.kind.setCurrentIndex(form.kind.findData("per_event"))
    assert active.currentText() == "默认（期末在职）" and "active" not in form.rule()


def test_a_rules_least_days_on_the_team_is_set_and_read_back(qtbot, shop, copied):
    """「至少在职」 (min_days): a quarterly ranking can leave out someone hired in its last weeks."""
    editor = _editor(qtbot, shop, copied.id)
    editor.select_rule("季度排名奖")
    form = editor.form
    assert form.min_days.value() == 0 and form.min_days.text() == "不限" and "min_days" not in form.rule()
    form.min_days.setValue(30)
    assert form.rule()["min_days"] == 30
    from PySide6.QtWidgets import QScrollArea

    editor.findChild(QScrollArea).ensureWidgetVisible(form.min_days)
    _shot(editor, "plan-editor-min-days")
    form.load({**form.rule(), "min_days": 45})
    assert form.min_days.value() == 45 and "min_days" not in form.advanced.toPlainText()
    form.load({**form.rule(), "min_days": "三十"})  # not a number of days: kept as written, for the check to name
    assert form.min_days.value() == 0 and '"min_days": "三十"' in form.advanced.toPlainText()


def test_a_department_renamed_since_is_shown_by_todays_name(qtbot, shop, copied):
    """The plan keeps the name the rule was written with (its text is part of approved results); the form says
    which department it means now, and saving keeps the name as written."""
    dept = shop.staff.add_department("客服部")
    shop.staff.add_department("售后部")
    editor = _editor(qtbot, shop, copied.id)
    editor.select_rule("红花榜")
    editor.form.departments.setText("客服部、售后部")
    assert editor.form.departments_renamed.isHidden()
    editor.save()
    shop.staff.rename_department(dept.id, "客服一部")
    editor = _editor(qtbot, shop, shop.awards.plans.stored()[-1].id)
    editor.select_rule("红花榜")
    hint = editor.form.departments_renamed
    assert hint.isVisibleTo(editor) and hint.text() == "适用部门：客服一部（原名 客服部）"
    _shot(editor, "plan_editor_renamed_department")
    assert editor.form.rule()["eligible"] == {"departments": ["客服部", "售后部"]}


def test_a_rule_for_a_department_greys_what_it_does_not_read(qtbot, shop, copied):
    """优秀部门 goes to a department: a role, the 在职要求 or 至少在职 30 天 would do nothing there."""
    editor = _editor(qtbot, shop, copied.id)
    form = editor.form
    form.kind.setCurrentIndex(form.kind.findData("best"))
    assert form.recipient.isEnabled()
    form.recipient.setCurrentIndex(form.recipient.findData("department"))
    assert not any(box.isEnabled() for box in (form.roles, form.active, form.min_days))
    form.recipient.setCurrentIndex(form.recipient.findData("staff"))
    assert all(box.isEnabled() for box in (form.roles, form.active, form.min_days))


def test_a_long_description_shows_its_beginning(qtbot, shop, copied, small_screen):
    """On a laptop the description is wider than its box: the box showed its end (客服部：月度阶段目标 … cut off
    on the left), as a line edit built with its text puts the cursor after it."""
    editor = _editor(qtbot, shop, copied.id)
    description = editor.description
    assert description.fontMetrics().horizontalAdvance(description.text()) > description.width()
    assert description.cursorPosition() == 0 and editor.plan_name.cursorPosition() == 0


@pytest.mark.parametrize(("lang", "shown", "other_script"), [
    ("zh", ("销售额", "平均响应时间"), "[A-Za-z]"),
    ("en", ("Sales", "Average response time"), "[\u4e00-\u9fff]"),
], indirect=["lang"])
def test_metrics_are_offered_by_their_names_in_the_windows_language(qtbot, shop, copied, lang, shown, other_script):
    """The 指标 box listed 销售额（sales）, 平均响应时间（response_s）: the plan file's keys, English in the window; and in
    an English window it offered the built-in metrics by their Chinese names. A metric a plan gives by its
    Chinese name is still read as that metric."""
    editor = _editor(qtbot, shop, copied.id)
    editor.select_rule("阶段目标奖")
    box = editor.form.panel.field("metric").box
    offered = [box.itemText(i) for i in range(box.count())]
    assert box.currentText() == shown[0] and shown[1] in offered
    assert not [text for text in offered if re.search(other_script, text)]
    box.set_word("订单数")
    assert editor.form.rule()["metric"] == "orders"


def test_a_plan_metric_named_as_a_shop_metric_keeps_its_key_beside_the_name():
    from ui.plans.field_widgets import Lists, metric_items

    lists = Lists([("sales", "销售额"), ("gmv", "销售额"), ("orders", "订单数")], [], [], [], {})
    assert metric_items(lists) == [("sales", "销售额（sales）"), ("gmv", "销售额（gmv）"), ("orders", "订单数")]
