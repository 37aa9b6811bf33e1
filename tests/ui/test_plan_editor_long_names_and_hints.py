"""The plan editor at its usual size: a long rule name is cut with … in the rule list (its kind and period kept,
the whole name on hover) instead of scrolling the list sideways; 每档 and 每次（每单位）金额（元） say what
they mean under the field, not only on hover; a 高级 attribute filter is said in words; a refused field is
scrolled into view; an unticked band certificate is said to follow the rule."""

from __future__ import annotations

import re

import laptop_support as laptop
from PySide6.QtWidgets import QApplication, QLabel

from ui.plans.editor import PlanEditorDialog
from ui.plans.field_widgets import select_data

small_screen = laptop.small_screen  # the fixture

LONG_NAME = "华东大区天猫旗舰店售后客服组第四季度服务满意度与回访完成率综合考评奖"


def _editor(qtbot, shop, preset: str = "taobao-kefu") -> PlanEditorDialog:
    stored = shop.awards.plans.copy_preset(preset).stored
    editor = PlanEditorDialog(shop, shop.awards.plans.editable(stored.id))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_a_long_rule_name_is_cut_in_the_list_and_shown_whole_on_hover(qtbot, shop):
    assert len(LONG_NAME) >= 33
    editor = _editor(qtbot, shop)
    editor.form.name.setText(LONG_NAME)
    QApplication.processEvents()
    rules = editor.rule_list.list
    assert rules.horizontalScrollBar().maximum() == 0  # the list scrolled sideways to show the whole name
    item = rules.item(editor.current)
    assert LONG_NAME in item.toolTip()
    shown = editor.rule_list.shown_text(rules.model().index(editor.current, 0))
    assert "…" in shown and shown.startswith(LONG_NAME[:3]) and shown.endswith("· 月")
    assert rules.fontMetrics().horizontalAdvance(shown) <= rules.viewport().width()


def test_a_short_rule_name_is_shown_whole(qtbot, shop):
    editor = _editor(qtbot, shop)
    rules = editor.rule_list.list
    index = rules.model().index(0, 0)
    assert editor.rule_list.shown_text(index) == rules.item(0).text()
    assert "…" not in rules.item(0).text()


def _hint_under(editor, kind, key):
    editor.add_rule()
    editor.form.kind.setCurrentIndex(editor.form.kind.findData(kind))
    panel = editor.form.panel
    assert panel is not None and panel.kind == kind
    return panel.notes[key]


def test_the_step_and_the_per_event_amount_say_what_they_mean_under_the_field(qtbot, shop):
    editor = _editor(qtbot, shop)
    step = _hint_under(editor, "step", "step")
    assert step.isVisible() and step.text() == "超出基准每满这么多算一档（按指标的单位）"
    amount = _hint_under(editor, "per_event", "amount")
    assert amount.isVisible() and amount.text() == "计法为每次时每次发多少，为按数值时每 1 个单位发多少"


def test_an_attribute_filter_in_the_advanced_box_is_said_in_words_under_it(qtbot, shop):
    """备件提成 counts only fully paid sales: the box holds {"where": {"paid": [...]}}, the owner reads 全款."""
    editor = _editor(qtbot, shop, "after-sales")
    editor.select_rule("备件提成")
    words = editor.form.advanced_words
    assert words.isVisible() and words.text() == "只计 全款 为 是 的事件"
    editor.form.advanced.setPlainText('{"where": {"paid": ["yes"]')  # being typed: not JSON yet
    assert not words.isVisible()
    editor.select_rule("投诉扣款")  # no filter
    assert not words.isVisible()


def test_the_filter_words_go_when_the_rule_becomes_a_kind_that_reads_no_filter(qtbot, shop):
    """备件提成 turned into a 阶段目标 keeps its "where" in 高级 (saving refuses it there), but a stage target counts
    no events: 「只计 全款 为 … 的事件」 would say something the rule does not do."""
    editor = _editor(qtbot, shop, "after-sales")
    editor.select_rule("备件提成")
    words = editor.form.advanced_words
    select_data(editor.form.kind, "stage")
    assert '"where"' in editor.form.advanced.toPlainText() and not words.isVisible()
    select_data(editor.form.kind, "per_event")  # 按次 reads a filter too
    assert words.isVisible() and words.text() == "只计 全款 为 是 的事件"


def test_a_refused_field_is_scrolled_into_view_on_a_small_window(qtbot, shop, small_screen):
    """At 1.5× on a laptop the form shows only its top: a refused 每档 is brought into view, the cursor in it."""
    editor = _editor(qtbot, shop)
    editor.select_rule("阶梯奖励")
    editor.form.panel.field("step").widget.setText("-100")
    editor.select_rule("红花榜")  # the editor goes back to the refused rule
    editor.scroll.verticalScrollBar().setValue(0)
    editor.accept()
    assert "「每档」应大于 0" in editor.error.text() and editor.form.name.text() == "阶梯奖励"
    step = editor.form.panel.field("step").widget
    qtbot.waitUntil(lambda: editor.scroll.verticalScrollBar().value() > 0, timeout=2000)
    shown = editor.scroll.viewport().rect()
    assert shown.contains(step.mapTo(editor.scroll.viewport(), step.rect().bottomRight()))
    assert step.hasFocus() or editor.focusWidget() is step


def test_the_flowers_bands_say_an_unticked_certificate_follows_the_rule(qtbot, shop):
    """红花榜 ticks 获奖者得奖状 and no band: the top three get certificates, which the bands' 奖状 column alone hides."""
    editor = _editor(qtbot, shop)
    editor.select_rule("红花榜")
    assert editor.form.certificate.isChecked()
    bands = editor.form.panel.field("bands")
    assert bands.hint.isVisible() and bands.hint.text() == "「奖状」不勾的名次按上面的「获奖者得奖状」"


def test_the_points_deductions_say_what_each_way_of_counting_takes_off(qtbot, shop):
    """超额积分奖's 先扣积分: 安全事故 每次 2 and 二次服务 按数值 1, the second one read as its work coefficient × 1."""
    editor = _editor(qtbot, shop, "after-sales")
    editor.select_rule("超额积分奖")
    hint = editor.form.panel.field("deductions").hint
    assert hint.isVisible() and "按数值：扣事件的数值 ×「分数」" in hint.text()


def test_the_points_rule_says_points_not_fen(qtbot, shop):
    """超额积分奖's 每积分金额 said 「每 1 分发多少」 and 先扣积分 「扣…分」: read as fen (cents), not points."""
    editor = _editor(qtbot, shop, "after-sales")
    editor.select_rule("超额积分奖")
    panel = editor.form.panel
    tips = {key: next(label.toolTip() for label in panel.findChildren(QLabel) if label.buddy() is field.widget)
            for key, field in panel.fields.items() if key in ("rate", "deductions")}
    assert "每 1 积分发多少元" in tips["rate"]
    for text in (tips["rate"], tips["deductions"], panel.field("deductions").hint.text()):
        assert not re.search("(?<!积)分(?!数)", text), text  # 分 alone is a fen; 积分, and the column 「分数」
