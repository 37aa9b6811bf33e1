"""The plan editor's own fields: what a new commission tiers by, and what each field says on hover."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from app.domain import StaffDraft
from ui.plans.editor import PlanEditorDialog
from ui.plans.field_widgets import Lists
from ui.plans.kind_panel import KindPanel
from ui.plans.specs import KIND_ORDER
from ui.plans.table_field import TableField


def _editor(qtbot, shop) -> PlanEditorDialog:
    stored = shop.awards.plans.copy_preset("taobao-kefu").stored
    editor = PlanEditorDialog(shop, shop.awards.plans.editable(stored.id))
    qtbot.addWidget(editor)
    return editor


def _new_commission(editor: PlanEditorDialog) -> KindPanel:
    editor.add_rule()
    editor.form.kind.setCurrentIndex(editor.form.kind.findData("commission"))
    assert editor.form.panel is not None and editor.form.panel.kind == "commission"
    return editor.form.panel


def _dump(shop) -> list[str]:
    return list(shop.store.db.conn.iterdump())


def test_a_new_commission_in_a_shop_without_such_attributes_tiers_by_nothing_until_one_is_typed(qtbot, shop):
    """It tiered by `margin`, the demo shop's attribute, which a real shop's events may not hold."""
    editor = _editor(qtbot, shop)
    attr = _new_commission(editor).field("attr").edit
    # the hint names the attribute as the events list shows it (it said 如 margin, the key behind it)
    assert attr.text() == "" and attr.placeholderText() == "事件的属性名，如 毛利率"
    assert "attr" not in editor.form.rule()
    before = _dump(shop)
    assert editor.save() is None
    assert f"第 {editor.current + 1} 条规则「新规则」：「分档属性」未填" in editor.error.text()
    assert _dump(shop) == before
    attr.setText("毛利")
    saved = editor.save()
    assert saved is not None, editor.error.text()
    assert json.loads(saved.stored.content)["rules"][editor.current]["attr"] == "毛利"


def test_a_new_commission_tiers_by_the_percentage_attribute_the_shops_sales_hold(qtbot, shop):
    person = shop.staff.add(StaffDraft(name="甲", dept="售后部", role="售后", hired=date(2026, 1, 1))).id
    for day, margin, paid in ((8, "40%", "yes"), (9, "38", "no")):
        shop.events.add(date(2026, 10, day), person, "备件销售", amount_fen=10000,
                        attrs={"毛利": margin, "paid": paid})
    shop.events.add(date(2026, 10, 9), person, "表扬", attrs={"分": "5"})
    assert shop.events.percent_attributes() == {"备件销售": ["毛利"], "表扬": ["分"]}  # paid=yes is no percentage
    editor = _editor(qtbot, shop)
    assert _new_commission(editor).field("attr").edit.text() == "毛利"
    assert editor.form.rule()["attr"] == "毛利"


def test_the_attribute_a_commission_tiers_by_is_shown_by_its_name_and_stored_as_its_key(qtbot, shop):
    """「分档属性」 showed the raw key `margin` where the events list says 毛利率."""
    stored = shop.awards.plans.copy_preset("after-sales").stored
    editor = PlanEditorDialog(shop, shop.awards.plans.editable(stored.id))
    qtbot.addWidget(editor)
    editor.select_rule(next(i for i, r in enumerate(editor.rules) if r.get("attr") == "margin"))
    attr = editor.form.panel.field("attr").edit
    assert attr.text() == "毛利率"
    assert editor.form.rule()["attr"] == "margin"  # stored as the key, as before
    attr.setText("全款")  # another name the events list shows: its key
    assert editor.form.rule()["attr"] == "paid"
    attr.setText("毛利")  # the shop's own attribute: as typed
    assert editor.form.rule()["attr"] == "毛利"


@pytest.mark.parametrize("kind", KIND_ORDER)
def test_each_field_says_in_chinese_what_it_does_on_hover(qtbot, kind):
    """The tooltips named plan-file keys (`metric`, `per`, `attr`): no help to an owner."""
    panel = KindPanel(kind, Lists([("sales", "销售额")], ["表扬"], ["客服部"], ["客服"]))
    qtbot.addWidget(panel)
    for key, field in panel.fields.items():
        shown = field.table if isinstance(field, TableField) else field.widget
        label = next(label for label in panel.findChildren(QLabel) if label.buddy() is field.widget)
        tips = {shown.toolTip(), label.toolTip()}
        assert len(tips) == 1, (kind, key, tips)
        tip = tips.pop()
        assert re.search("[\u4e00-\u9fff]", tip), (kind, key, tip)
        # no key: the attribute's tip names it as the events list does (毛利率), no longer as its key (margin)
        assert not re.search("[A-Za-z]", tip), (kind, key, tip)


@pytest.mark.parametrize(("lang", "attr_said", "column_said"), [
    ("zh", "：「分档属性」未填", "：「各档」第 2 行「达成率 ≥（%）」未填"),
    ("en", ': "Tier attribute" is empty', ': "Tiers" row 2 "Achievement ≥ (%)" is empty'),
], indirect=["lang"])
def test_a_field_or_table_cell_left_empty_is_said_to_be_empty_in_either_language(qtbot, shop, lang, attr_said,
                                                                                   column_said):
    """In English the form's box left empty was said to be missing, as of the plan file's key: only the Chinese
    缺失 was turned into 未填."""
    editor = _editor(qtbot, shop)
    _new_commission(editor)
    assert editor.save() is None
    assert editor.error.text().endswith(attr_said), editor.error.text()
    editor.select_rule("阶段目标奖")
    editor.form.panel.field("stages").set_text(1, "percent", "")
    assert editor.save() is None
    assert editor.error.text().endswith(column_said), editor.error.text()


def test_a_new_rule_given_a_kind_pays_as_that_kind_starts_not_as_the_goods_of_a_new_manual_rule(qtbot, shop):
    """A rule added (a 手动 one paying 实物「奖品」) and made a 排名 kept 实物「奖品」: the yuan typed for each place
    were saved as goods. A pay the owner chose is kept."""
    editor = _editor(qtbot, shop)
    editor.add_rule()
    form = editor.form
    form.kind.setCurrentIndex(form.kind.findData("ranking"))
    assert form.pays.currentData() == "cash" and not form.item.isEnabled()
    assert form.rule()["pays"] == "cash" and "item" not in form.rule()
    form.pays.setCurrentIndex(form.pays.findData("goods"))
    form.item.setText("购物卡")
    form.kind.setCurrentIndex(form.kind.findData("step"))
    assert (form.rule()["pays"], form.rule()["item"]) == ("goods", "购物卡")
