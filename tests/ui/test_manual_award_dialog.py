"""添加手动奖项: the amount box says when it may be left empty (the plan's amount) and when it must be typed."""

from __future__ import annotations

import pytest

from tests.ui.awards_page_support import SEP, make_team
from ui.dialogs.award_dialogs import AdjustDialog, ManualAwardDialog


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


def test_an_amount_finer_than_a_fen_is_refused_not_rounded(dialog, shop):
    _choose(dialog, "降本奖")
    dialog.amount.setText("300.005")
    dialog.reason.setText("换了包装供应商")
    dialog.accept()
    assert dialog.manual_id is None and "金额最多两位小数（到分）：「300.005」" in dialog.error.text()
    assert shop.store.awards.manual(SEP.key()) == []


def test_an_adjustment_finer_than_a_fen_is_refused_not_rounded(qtbot, shop, tmp_path):
    make_team(shop, tmp_path)
    adjust = AdjustDialog(shop, SEP)
    qtbot.addWidget(adjust)
    adjust.amount.setText("-30.001")
    adjust.reason.setText("迟到")
    adjust.accept()
    assert adjust.manual_id is None and "金额最多两位小数（到分）" in adjust.error.text()
    assert shop.store.awards.manual(SEP.key()) == []
