"""Delete on selected targets says what it did — that targets were deleted, whose, and that Ctrl+Z takes it back —
not 「保存 3 项，拒绝 0 项」, which read as if 200 targets had been saved."""

from __future__ import annotations

from datetime import date

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.targets import TargetsPage

OCT = Month(2026, 10)


def _page(qtbot, shop):
    sales = shop.metrics.get("sales")
    for name, fen in (("张伟", 1_500_000), ("李娜", 1_000_000), ("王芳", None)):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2024, 3, 1)))
        if fen is not None:
            shop.targets.set_staff(OCT, person.id, sales, fen)
    shop.targets.set_shop(OCT, sales, 3_000_000)
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    return page


def test_deleting_targets_says_how_many_whose_and_how_to_undo(qtbot, shop):
    page = _page(qtbot, shop)
    page.table.selectAll()
    page.clear_selection()
    assert shop.store.targets.staff_targets("2026-10") == {} and shop.store.targets.shop_targets("2026-10") == {}
    assert page.status.text() == "已删除 3 项目标（2 人和全店目标）；Ctrl+Z 撤销"
    assert page.undo() == 3


def test_deleting_one_persons_target_names_no_shop_target(qtbot, shop):
    page = _page(qtbot, shop)
    page.table.setCurrentIndex(page.model.index(0, 1))
    page.clear_selection()
    assert page.status.text() == "已删除 1 项目标（1 人）；Ctrl+Z 撤销"
