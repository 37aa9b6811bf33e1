"""评奖 → 方案… → 方案模拟: the plans offered, in the window's words, and nothing to start before a plan is chosen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.awards.conftest import PLAN_A, SEP, team, write_plan  # noqa: F401 (fixture)
from ui.dialogs.simulate_dialog import SimulateDialog

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"


def _dialog(qtbot, shop) -> SimulateDialog:
    dialog = SimulateDialog(shop)
    qtbot.addWidget(dialog)
    return dialog


def test_presets_are_offered_by_their_chinese_names_and_simulated(qtbot, shop, messages):
    """The box listed the presets by their file keys (taobao-kefu, after-sales …): English words in the window;
    a preset chosen by its name is simulated (here it gets as far as the demo shop's lack of approved periods)."""
    dialog = _dialog(qtbot, shop)
    offered = [dialog.plan.itemText(i) for i in range(dialog.plan.count())]
    assert "售后服务激励制度（预设）" in offered
    assert not [text for text in offered if re.search("[A-Za-z]", text)]
    dialog.plan.setCurrentText("售后服务激励制度（预设）")
    plan, _text, source = shop.awards.plans.find(dialog.chosen_plan())
    assert plan.name == "售后服务激励制度" and "after-sales" in source
    with qtbot.waitSignal(dialog.run().finished, timeout=60_000):
        pass
    # it says where periods are approved: the 评奖 page
    assert messages.of("error") == ["还没有已批准的月度、季度、半年、年度期间，无法模拟。请先在「评奖」页批准至少一个期间"]


def test_nothing_to_start_before_a_plan_is_chosen(qtbot, shop, messages):
    """开始模拟 with an empty box answered with an error box (出错了：请指定方案名称或方案文件)."""
    dialog = _dialog(qtbot, shop)
    assert dialog.plan.currentText() == "" and not dialog.run_button.isEnabled()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not messages.of("error")
    dialog.plan.setCurrentText("淘宝客服激励方案（预设）")
    assert dialog.run_button.isEnabled()


def test_every_column_of_the_tables_has_a_heading(qtbot, shop):
    """每月成本's second column (批准 / 模拟 / 差额 in its rows) had an empty heading."""
    dialog = _dialog(qtbot, shop)
    for table in (dialog.months, dialog.people, dialog.ranking):
        headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert all(headings), headings


def _simulated(qtbot, dialog) -> list[str]:
    with qtbot.waitSignal(dialog.run().finished, timeout=60_000):
        pass
    return [dialog.people.item(r, 0).text() for r in range(dialog.people.rowCount())]


@pytest.mark.usefixtures("team")
def test_the_plans_departments_are_simulated_and_the_header_says_who_kept_their_own(qtbot, shop, tmp_path, messages):
    """The draft of the 客服 plan ran for every department by default: 丙 of 售后部 (on 售后方案) showed a gain
    from the 客服 plan, and the header never said that 售后部's plan had been replaced."""
    shop.awards.approve(SEP)
    draft = write_plan(tmp_path, {**PLAN_A, "rules": [dict(r, amount=50) if r["name"] == "表扬奖" else r
                                                      for r in PLAN_A["rules"]]}, "kefu-edited.json")
    dialog = _dialog(qtbot, shop)
    dialog.resize(900, 560)
    dialog.plan.setCurrentText(str(draft))
    assert dialog.dept.currentText() == "方案适用的部门"
    assert sorted(_simulated(qtbot, dialog)) == ["乙", "甲"]
    assert not messages.of("error")
    summary = dialog.summary.text()
    assert "按草案模拟的部门：客服部（本方案现用于这些部门），共 2 人：甲、乙" in summary
    assert "保留自己的方案、不参与对比：售后部（售后方案），共 1 人：丙" in summary
    dialog.tabs.setCurrentWidget(dialog.ranking)
    SCREENS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENS / "simulate_dialog_plan_scope.png"))
    dialog.dept.setCurrentText("全部部门")
    assert "丙" in _simulated(qtbot, dialog)
    assert "全部部门" in dialog.summary.text() and "保留自己的方案" not in dialog.summary.text()
    dialog.dept.setCurrentText("售后部")
    assert _simulated(qtbot, dialog) == ["丙"]


def test_a_shop_without_approved_periods_is_told_before_it_starts(qtbot, shop):
    """A shop setting up its first plan chose a plan and the periods, started, and only then heard that a
    simulation compares with approved periods, of which it had none: the dialog says so as it opens."""
    dialog = _dialog(qtbot, shop)
    assert "还没有已批准的期间" in dialog.summary.text() and "评奖" in dialog.summary.text()
