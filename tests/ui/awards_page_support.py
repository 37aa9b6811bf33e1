"""Shared pieces of the 评奖 page tests: a two-person team with a plan in force, the page, and waiting for its
work (a computation, an export)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, Qt

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.awards import AwardsPage
from ui.widgets.award_lines_table import TEXT_MARGINS

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
SEP, OCT = Month(2026, 9), Month(2026, 10)

PLAN = {
    "name": "客服方案", "key": "kefu-ui",
    "rules": [
        {"name": "阶段目标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales",
         "stages": [{"percent": 100, "amount": 200}, {"percent": 120, "amount": 500}]},
        {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "per": "count",
         "amount": 20},
        {"name": "投诉扣款", "kind": "per_event", "period": "month", "pays": "deduction", "event": "投诉",
         "per": "count", "amount": 200},
        {"name": "月度心愿奖", "kind": "manual", "period": "month", "pays": "goods", "item": "心愿礼物"},
        {"name": "降本奖", "kind": "manual", "period": "month", "pays": "cash", "min": 200, "max": 500},
    ],
}


def _write(folder: Path, data: dict, name: str) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _put(shop, staff_id, day, fen, *, confirm_approved=False):
    shop.data.set_value(day, staff_id, shop.metrics.get("sales"), fen, confirm_approved=confirm_approved)


def make_team(shop, tmp_path):
    """甲: Sep ¥12,000.00 of a ¥10,000.00 target (120%), praised twice. 乙: Sep ¥11,999.99 of ¥12,000.00
    (just short of 100%), one complaint. October: 甲 ¥5,000.00 of ¥4,000.00 so far."""
    ids = {name: shop.staff.add(StaffDraft(name=name, dept="客服部", role="客服", hired=date(2026, 3, 1))).id
           for name in ("甲", "乙")}
    sales = shop.metrics.get("sales")
    _put(shop, ids["甲"], date(2026, 9, 3), 1_200_000)
    _put(shop, ids["乙"], date(2026, 9, 5), 1_199_999)
    shop.targets.set_staff(SEP, ids["甲"], sales, 1_000_000)
    shop.targets.set_staff(SEP, ids["乙"], sales, 1_200_000)
    shop.events.add(date(2026, 9, 8), ids["甲"], "表扬")
    shop.events.add(date(2026, 9, 9), ids["甲"], "表扬")
    shop.events.add(date(2026, 9, 9), ids["乙"], "投诉")
    _put(shop, ids["甲"], date(2026, 10, 3), 500_000)
    shop.targets.set_staff(OCT, ids["甲"], sales, 400_000)
    shop.awards.plans.use(str(_write(tmp_path, PLAN, "kefu-ui.json")))
    return ids


def open_page(qtbot, shop):
    """The page shown at 1200×760; wait_idle(qtbot, page) before it goes."""
    widget = AwardsPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def wait_idle(qtbot, page):
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def _run(qtbot, page, action):
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def computed(qtbot, page, period=SEP) -> None:
    """The page, once idle, on `period` with its awards worked out."""
    wait_idle(qtbot, page)
    page.picker.setPeriod(period)
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)


def _exported(qtbot, export, path=None):
    """Start an export (or 查看计算单… with nobody chosen) and wait for it to end: what it wrote (a payout summary or
    a path), or None when it did not start, found nobody to pay, was declined, failed or was cancelled."""
    page = export.__self__
    ended: list[object] = []

    def note(result) -> None:
        ended.append(result)

    page.exports.ended.connect(note)
    try:
        if export(path) is None:
            return None
        qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    finally:
        page.exports.ended.disconnect(note)
    return ended[0]


def column_texts(table, column: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def texts_not_whole(table, column: int) -> list[str]:
    """The texts of `column` not shown whole: wider than the column on one line, and not wrapped or higher
    wrapped than their row."""
    room = table.columnWidth(column) - TEXT_MARGINS
    metrics = table.fontMetrics()
    cut = []
    for row, text in enumerate(column_texts(table, column)):
        if metrics.horizontalAdvance(text) <= room:
            continue
        wrapped = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text).height()
        if not table.wordWrap() or wrapped > table.rowHeight(row):
            cut.append(text)
    return cut
