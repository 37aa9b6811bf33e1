"""A rate's threshold typed as a fraction (满意率 ≥ 0.95, which is 0.95 % and paid to nearly everyone) is asked
about before the plan editor saves: 改为 95% writes 95, 保持 0.95% keeps it, 返回修改 saves nothing."""

from __future__ import annotations

import json

import plan_editor_support as plans
import pytest
from plan_editor_support import _dump, _shot
from PySide6.QtWidgets import QMessageBox

from ui import errors
from ui.plans.editor import PlanEditorDialog

manager, copied = plans.manager, plans.copied  # the fixtures


def _editor(qtbot, shop, plan_id: int, satisfaction: str = "0.95") -> PlanEditorDialog:
    editor = PlanEditorDialog(shop, shop.awards.plans.editable(plan_id))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.select_rule("最佳服务奖")
    editor.form.panel.field("conditions").set_text(1, "value", satisfaction)
    editor.select_rule("阶段目标奖")  # the question shows the rule again: not the one on show
    return editor


def _answering(monkeypatch, answer: str | None) -> list[tuple]:
    asked: list[tuple] = []

    def choose(_parent, text, title, options, *, cancel_text=None):
        asked.append((text, title, options, cancel_text))
        return answer

    monkeypatch.setattr(errors, "choose", choose)
    return asked


def _satisfaction(saved) -> object:
    rule = next(r for r in json.loads(saved.stored.content)["rules"] if r["name"] == "最佳服务奖")
    return rule["conditions"][1]["value"]


def test_changed_to_per_cent_it_saves_95(qtbot, shop, copied, monkeypatch):
    asked = _answering(monkeypatch, "percent")
    editor = _editor(qtbot, shop, copied.id)
    saved = editor.save()
    assert asked == [("「最佳服务奖」的条件「满意率 ≥ 0.95%」几乎人人都能达到。您是不是想填 95%？", "百分数门槛",
                      [("percent", "改为 95%"), ("keep", "保持 0.95%")], "返回修改")]
    assert saved is not None and _satisfaction(saved) == 95
    editor.select_rule("最佳服务奖")
    assert editor.form.panel.field("conditions").text(1, "value") == "95"


def test_kept_it_saves_as_typed(qtbot, shop, copied, monkeypatch):
    _answering(monkeypatch, "keep")
    saved = _editor(qtbot, shop, copied.id, "0.955").save()
    assert saved is not None and str(_satisfaction(saved)) == "0.955"


def test_back_to_editing_saves_nothing_and_shows_the_rule(qtbot, shop, copied, monkeypatch):
    asked = _answering(monkeypatch, None)
    before = _dump(shop)
    editor = _editor(qtbot, shop, copied.id, "1")
    assert editor.save() is None and _dump(shop) == before
    assert "「满意率 ≥ 1%」" in asked[0][0] and asked[0][2][0] == ("percent", "改为 100%")
    assert editor.rule_list.list.currentRow() == editor.rule_names().index("最佳服务奖")


@pytest.mark.parametrize("value", ["95", "1.5", "0"])
def test_a_threshold_in_per_cent_is_not_asked_about(qtbot, shop, copied, monkeypatch, value):
    monkeypatch.setattr(errors, "choose", lambda *args, **kwargs: pytest.fail("asked"))
    assert _editor(qtbot, shop, copied.id, value).save() is not None


def test_the_question_in_the_window(qtbot, shop, copied, monkeypatch, lang):
    """The real box, looked at in both languages: its three buttons, 返回修改 the default (Enter saves nothing)."""
    seen = {}

    def answered(box):
        box.show()
        qtbot.waitExposed(box)
        _shot(box, f"plan_fraction_rate_question_{lang}")
        seen["text"], seen["buttons"] = box.text(), [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        next(b for b in box.buttons() if b.text() in ("改为 95%", "Change to 95%")).click()
        return 0

    monkeypatch.setattr(errors, "handler", None)
    monkeypatch.setattr(QMessageBox, "exec", answered)
    saved = _editor(qtbot, shop, copied.id).save()
    assert saved is not None and _satisfaction(saved) == 95
    if lang == "zh":
        assert seen["text"] == "「最佳服务奖」的条件「满意率 ≥ 0.95%」几乎人人都能达到。您是不是想填 95%？"
        assert sorted(seen["buttons"]) == sorted(["改为 95%", "保持 0.95%", "返回修改"]) and seen["default"] == "返回修改"
    else:
        assert seen["text"] == '"最佳服务奖": the condition "Satisfaction ≥ 0.95%" is met by nearly everyone. Did you mean 95%?'
        assert sorted(seen["buttons"]) == sorted(["Change to 95%", "Keep 0.95%", "Back to editing"])
