"""添加手动奖项: the amount box says when it may be left empty (the plan's amount) and when it must be typed."""

from __future__ import annotations

import pytest

from tests.ui.awards_page_support import SEP, make_team
from ui.dialogs.award_dialogs import ManualAwardDialog


@pytest.fixture
def dialog(qtbot, shop, tmp_path):
    make_team(shop, tmp_path)
    made = ManualAwardDialog(shop, SEP)
    qtbot.addWidget(made)
    return made


def _choose(dialog, award: str) -> None:
    dialog.rule.setCurrentIndex([rule.name for rule, _ in dialog.choices].index(award))


def test_a_wish_gift_without_an_amount_in_the_plan_asks_for_its_value(dialog):
    _choose(dialog, "月度心愿奖")  # goods, the plan gives no amount
    assert dialog.amount.text() == "" and dialog.amount.placeholderText() == "必填：奖品的价值"
    dialog.reason.setText("团队投票选出的心愿礼物")
    dialog.accept()
    assert dialog.manual_id is None and "应填写金额" in dialog.error.text()
    dialog.amount.setText("150")
    dialog.accept()
    assert dialog.manual_id is not None


def test_a_range_without_a_default_is_required_too(dialog):
    _choose(dialog, "降本奖")  # cash, ¥200–¥500, no default
    assert dialog.amount.placeholderText() == "必填"
