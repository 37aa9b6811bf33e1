"""The 方案… dialog opens on a row: the plan in force in the month the 评奖 page shows, else the first row, so
its description shows and 编辑…/设为生效…/导出 act on it without a click first."""

from __future__ import annotations

import pytest

from app.periods import Month
from ui.plans.plan_dialog import KEY, PlanDialog

SEP, OCT = Month(2026, 9), Month(2026, 10)


def _opened(qtbot, shop, start: Month | None) -> PlanDialog:
    dialog = PlanDialog(shop, start=start)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(("start", "in_force"), [(SEP, "淘宝客服激励方案"), (OCT, "售后服务激励制度")],
                         ids=["september", "october"])
def test_it_opens_on_the_plan_in_force_in_the_month_looked_at(qtbot, shop, start, in_force):
    """淘宝客服激励方案 for every period, 售后服务激励制度 from October (listed first, by its name)."""
    plans = shop.awards.plans
    kefu = plans.copy_preset("taobao-kefu").stored
    after_sales = plans.copy_preset("after-sales").stored
    plans.use_stored(kefu.id)
    plans.use_stored(after_sales.id, None, OCT.key())
    wanted = kefu if in_force == kefu.name else after_sales
    dialog = _opened(qtbot, shop, start)
    assert dialog.selected() == ("plan", wanted.id)
    assert dialog.about.text() == plans.parsed(wanted).description != ""
    assert dialog.edit_button.isEnabled() and dialog.use_button.isEnabled() and dialog.export_button.isEnabled()


def test_with_no_plan_in_force_it_opens_on_the_first_row(qtbot, shop):
    dialog = _opened(qtbot, shop, None)
    assert dialog.selected() == tuple(dialog.plans.item(0, 0).data(KEY))
    assert dialog.about.text() != "" and dialog.copy_button.isEnabled()
