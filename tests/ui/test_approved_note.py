"""数据 and 目标: a month counting in approved awards says so above the grid before anything is typed — the
periods, the day each was approved, and what a change does, in the words of the question a write still asks;
also for the month an approved plan compares with (its baseline). Nothing is said for other months."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from app.periods import Month, shown_month_day
from ui.main import install_translators
from ui.pages.data import DataPage
from ui.pages.targets import TargetsPage

AUG, SEP, OCT = Month(2026, 8), Month(2026, 9), Month(2026, 10)
SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
PLAN = {"name": "阶梯方案", "key": "step-note",
        "rules": [{"name": "阶梯奖励", "kind": "step", "period": "month", "pays": "cash", "metric": "sales",
                   "baseline": "previous", "step": 2000, "amount": 100, "cap": 1000}]}


@pytest.fixture
def approved_shop(shop, tmp_path):
    """张伟, September approved on a plan that compares with August."""
    staff_id = shop.staff.add(StaffDraft(name="张伟", dept="客服部", role="客服", hired=date(2024, 1, 1))).id
    shop.data.set_value(date(2026, 8, 10), staff_id, shop.metrics.get("sales"), 1_000_000)
    shop.data.set_value(date(2026, 9, 1), staff_id, shop.metrics.get("sales"), 1_250_000)
    plan = tmp_path / "step-note.json"
    plan.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(plan))
    shop.awards.approve(SEP)
    shop.staff_id = staff_id
    return shop


def test_switching_months_reads_the_approved_plans_once(qtbot, approved_shop, monkeypatch):
    """Each switch to a month an approved plan might compare with read and parsed that plan again: a few ms a
    switch on a big shop (bench/approved_note_bench.py). A change to the custom metrics, which decide whether a
    plan still reads, reads it again."""
    import app.rules

    parse_plan, reads = app.rules.parse_plan, []
    monkeypatch.setattr(app.rules, "parse_plan", lambda *args, **kwargs: reads.append(1) or parse_plan(*args, **kwargs))
    page = DataPage(approved_shop)
    qtbot.addWidget(page)
    page.show()
    for month in (AUG, OCT, AUG, SEP, AUG):
        page.picker.setMonth(month)
    assert page.approved_note.text().startswith(f"评奖已批准：2026年9月（{_approved_on(approved_shop, SEP)}，与本月对比）。")
    assert len(reads) == 1
    approved_shop.metric_service.add_custom("服务积分", unit="score")
    page.picker.setMonth(OCT)
    page.picker.setMonth(AUG)
    assert len(reads) == 2 and page.approved_note.isVisible()


def _approved_on(shop, month: Month) -> str:
    return shown_month_day(date.fromisoformat(shop.store.awards.current_run(month.key()).approved_at[:10]))


@pytest.mark.parametrize("page_class", [DataPage, TargetsPage])
def test_the_approved_month_is_said_above_the_grid(qtbot, approved_shop, page_class):
    page = page_class(approved_shop)
    qtbot.addWidget(page)
    page.show()
    page.picker.setMonth(SEP)
    assert page.approved_note.isVisible()
    assert page.approved_note.text() == (
        f"评奖已批准：2026年9月（{_approved_on(approved_shop, SEP)}）。在这里改动，这些评奖结果会标记为"
        "“批准后数据有变”，需要重新批准。")
    page.picker.setMonth(AUG)  # the month September's plan compares with
    assert page.approved_note.isVisible()
    assert page.approved_note.text().startswith(
        f"评奖已批准：2026年9月（{_approved_on(approved_shop, SEP)}，与本月对比）。")
    page.picker.setMonth(OCT)
    assert not page.approved_note.isVisible()


def test_the_question_on_writing_stays(qtbot, approved_shop, messages):
    page = DataPage(approved_shop)
    qtbot.addWidget(page)
    page.picker.setMonth(SEP)
    messages.answer = False
    page.model.setData(page.model.index(0, 1), "500")
    [question] = messages.of("confirm")
    assert "2026年9月 的评奖已经批准" in question


def test_a_month_approved_since_the_page_was_built_is_said_on_refresh(qtbot, approved_shop):
    page = TargetsPage(approved_shop)
    qtbot.addWidget(page)
    page.show()
    page.picker.setMonth(OCT)
    assert not page.approved_note.isVisible()
    approved_shop.awards.approve(OCT, confirm=True)  # not ended yet
    page.refresh()
    assert page.approved_note.isVisible() and "2026年10月" in page.approved_note.text()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_note_reads_well_in_the_window(qapp, make_window, approved_shop, lang, size):
    install_translators(qapp, lang)
    try:
        window = make_window(start_page="data")
        window.resize(*size)
        window.show()
        page = window.current_page()
        page.picker.setMonth(SEP)
        QApplication.processEvents()
        note = page.approved_note
        assert note.isVisible() and note.height() >= note.heightForWidth(note.width())  # not cut
        SCREENS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SCREENS / f"approved_note_data_{lang}_{size[0]}.png"))
    finally:
        install_translators(qapp, "zh")


def test_the_data_page_names_only_the_periods_that_read_the_metric_shown(qtbot, approved_shop):
    """The note named September above every metric's grid, though its plan reads only 销售额."""
    page = DataPage(approved_shop)
    qtbot.addWidget(page)
    page.show()
    page.picker.setMonth(SEP)
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("sales"))
    assert page.approved_note.isVisible() and "2026年9月" in page.approved_note.text()
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("orders"))
    assert not page.approved_note.isVisible()
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("sales"))
    assert page.approved_note.isVisible()


def test_the_targets_page_names_only_the_periods_that_read_a_metric_shown(qtbot, approved_shop):
    """The 目标 note named September whatever metrics the grid showed, though its plan reads only 销售额's."""
    page = TargetsPage(approved_shop)
    qtbot.addWidget(page)
    page.show()
    page.picker.setMonth(SEP)
    assert page.shown_keys == ["sales"] and "2026年9月" in page.approved_note.text()
    page.set_metric_shown("orders", True)
    page.set_metric_shown("sales", False)
    assert page.shown_keys == ["orders"] and not page.approved_note.isVisible()
    page.set_metric_shown("sales", True)
    assert page.approved_note.isVisible() and "2026年9月" in page.approved_note.text()


def test_the_question_before_a_change_says_what_the_note_above_the_grid_says(monkeypatch):
    """The note says the results need approving again (需要重新批准); the question asked before the change
    must not call it another step (重新审核)."""
    from ui import approved_change, errors

    asked = []
    monkeypatch.setattr(errors, "confirm", lambda parent, text, title=None, **kw: asked.append(text) or True)
    assert approved_change.confirm_change(None, [SEP])
    assert "需要重新批准" in asked[0] and "审核" not in asked[0]
