"""Shared pieces of the plan editor and 方案 dialog tests: the dialog, the taobao-kefu preset copied as the shop's
plan, screenshots, and the whole database as text (to see that nothing was written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.periods import Month
from ui.plans.plan_dialog import PlanDialog

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
SEP, OCT = Month(2026, 9), Month(2026, 10)


def _shot(widget, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENS / f"{name}.png"))


def _dump(shop) -> list[str]:
    return list(shop.store.db.conn.iterdump())


@pytest.fixture
def manager(qtbot, shop):
    dialog = PlanDialog(shop)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def copied(shop, manager):
    """The taobao-kefu preset copied as the shop's plan (version 1), selected in the dialog."""
    assert manager.select_preset("taobao-kefu")
    result = manager.copy_preset()
    assert result is not None and result.created
    return result.stored
