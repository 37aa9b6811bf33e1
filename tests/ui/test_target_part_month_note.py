"""Someone hired or leaving within the month: the 目标 grid says which target the board and the awards hold
them to — the one typed, or, when the shop prorates, its share of the days employed (the board's own figure)."""

from datetime import date

from PySide6.QtCore import Qt

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from ui.pages.targets import TargetsPage

OCT = Month(2026, 10)


def _page(qtbot, shop):
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    return page


def _tip(page, name):
    row = next(i for i, p in enumerate(page.model.people) if p.name == name)
    return page.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)


def _team(shop):
    new = shop.staff.add(StaffDraft(name="马晓燕", dept="客服部", hired=date(2026, 10, 15))).id
    old = shop.staff.add(StaffDraft(name="宋佳", dept="客服部", hired=date(2023, 9, 1))).id
    sales = shop.metrics.get("sales")
    shop.targets.set_staff(OCT, new, sales, 3_500_000)
    shop.targets.set_staff(OCT, old, sales, 8_250_000)
    return new


def test_a_prorated_part_month_names_the_target_the_board_uses(qtbot, shop):
    new = _team(shop)
    shop.settings.set(declared.PRORATE_TARGETS, True)
    board = next(r.line.target for r in shop.progress(OCT).people if r.staff.id == new)
    page = _page(qtbot, shop)
    assert _tip(page, "马晓燕") == f"本月在职 17/31 天：看板和评奖按折算后的 ¥{board / 100:,.2f} 考核"
    assert board == 1_919_355  # ¥35,000 × 17/31, to the fen
    assert _tip(page, "宋佳") is None  # the whole month: nothing to say


def test_without_proration_the_part_month_is_held_to_the_target_as_typed(qtbot, shop):
    _team(shop)
    page = _page(qtbot, shop)
    assert _tip(page, "马晓燕").startswith("本月在职 17/31 天：目标不折算，照填写的值考核")
