"""Stored times in the window's tables read as the window writes dates (`clock.shown_stamp`): the 激励方案
dialog's 保存时间 and the 评奖 page's 批准记录 said `2026-11-02 21:51` and `2026-11-02 21:51:18`."""

from __future__ import annotations

from app.store.awards import RunRecord
from ui.plans.plan_dialog import PlanDialog
from ui.widgets.award_tabs import AwardTabs

SAVED = 2  # the 保存时间 column of the plans list


def test_the_plans_list_shows_when_a_plan_was_saved_as_the_window_writes_dates(qtbot, shop, lang):
    dialog = PlanDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.select_preset("taobao-kefu")
    stored = dialog.copy_preset().stored
    shop.store.db.execute("UPDATE plan SET created_at = '2026-11-02T21:51:18' WHERE id = ?", [stored.id])
    dialog.refresh()
    assert dialog.select_plan(stored.id)
    shown = dialog.plans.item(dialog.plans.currentRow(), SAVED).text()
    assert shown == ("2026年11月2日 21:51" if lang == "zh" else "2026-11-02 21:51")


def _run(run_id: int, status: str, approved_at: str, superseded_at: str | None) -> RunRecord:
    return RunRecord(run_id, "2026-09", status, approved_at, "店长", "fingerprint", "", [], superseded_at)


def test_the_approval_history_shows_its_times_as_the_window_writes_dates(qtbot, lang):
    tabs = AwardTabs()
    qtbot.addWidget(tabs)
    tabs.show_history([(_run(2, "approved", "2026-11-02T21:51:18", None), 54_000),
                       (_run(1, "superseded", "2026-10-20T09:05:00", "2026-11-02T21:51:18"), 34_000)])
    texts = [[tabs.history.item(row, column).text() for column in (1, 3)] for row in range(2)]
    if lang == "zh":
        assert texts == [["2026年11月2日 21:51", ""], ["2026年10月20日 09:05", "2026年11月2日 21:51"]]
    else:
        assert texts == [["2026-11-02 21:51", ""], ["2026-10-20 09:05", "2026-11-02 21:51"]]
