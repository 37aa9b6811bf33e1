"""A new shop's 评奖 page: with nobody on the staff, or nobody awarded this month, 导出发放表… opened a save dialog
for an empty sheet, 查看计算单… asked to choose a person when there was nobody, and 全员计算单… showed a normal
month without awards in an error box titled 出错了. Each now says what is the case and what to do, as information,
and no save dialog opens."""

from __future__ import annotations

import pytest
from awards_page_support import PLAN, SEP, _exported, _write, open_page, wait_idle
from PySide6.QtWidgets import QFileDialog

from app.domain import StaffDraft


@pytest.fixture
def no_save_dialog(monkeypatch):
    asked: list[str] = []

    def save_dialog(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    return asked


def _no_staff(shop, tmp_path):
    shop.awards.plans.use(str(_write(tmp_path, PLAN, "plan.json")))


def _no_plan(shop, _tmp_path):
    from datetime import date

    shop.staff.add(StaffDraft(name="甲", dept="客服部", role="客服", hired=date(2026, 3, 1)))


def _no_awards(shop, tmp_path):
    from datetime import date

    shop.staff.add(StaffDraft(name="甲", dept="客服部", role="客服", hired=date(2026, 3, 1)))
    shop.awards.plans.use(str(_write(tmp_path, PLAN, "plan.json")))


@pytest.mark.parametrize(("shop_is", "said"), [(_no_staff, "还没有员工"), (_no_plan, "2026年9月 没有生效的激励方案"),
                                            (_no_awards, "2026年9月 没有人获得奖励")])
@pytest.mark.parametrize("action", ["export_payout", "show_receipt", "export_all_receipts"])
def test_an_empty_month_says_so_as_information_and_asks_for_no_file(qtbot, shop, tmp_path, messages, no_save_dialog,
                                                                   shop_is, said, action):
    shop_is(shop, tmp_path)
    page = open_page(qtbot, shop)
    wait_idle(qtbot, page)
    page.picker.setPeriod(SEP)
    wait_idle(qtbot, page)
    assert _exported(qtbot, getattr(page, action)) is None
    assert no_save_dialog == [] and page.export_task is None
    assert [kind for kind, _title, _text in messages.shown] == ["info"], messages.shown
    assert said in messages.of("info")[0] and "请先在表中选中" not in messages.of("info")[0]


FUND = {"name": "办公室评比", "kind": "manual", "period": "month", "pays": "cash", "recipient": "department",
        "amount": 300}


@pytest.mark.parametrize("action", ["show_receipt", "export_all_receipts"])
def test_a_month_paying_only_a_team_says_the_sheet_holds_it(qtbot, shop, tmp_path, messages, no_save_dialog, action):
    """Only 客服部's team fund this month: no person's 计算单 to make, but the payout sheet is there to write; it
    said 「没有人获得奖励，没有发放表或计算单要生成」."""
    from datetime import date

    shop.staff.add(StaffDraft(name="甲", dept="客服部", role="客服", hired=date(2026, 3, 1)))
    shop.awards.plans.use(str(_write(tmp_path, {**PLAN, "rules": [*PLAN["rules"], FUND]}, "plan.json")))
    shop.awards.add_manual(SEP, "办公室评比", dept="客服部", reason="9月办公室评比第一")
    page = open_page(qtbot, shop)
    wait_idle(qtbot, page)
    page.picker.setPeriod(SEP)
    wait_idle(qtbot, page)
    assert _exported(qtbot, getattr(page, action)) is None
    assert no_save_dialog == [] and [kind for kind, _title, _text in messages.shown] == ["info"]
    said = messages.of("info")[0]
    assert "团队" in said and "「导出发放表…」" in said, said
    assert "没有人获得奖励" not in said and "没有发放表" not in said, said
