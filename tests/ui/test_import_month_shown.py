"""A report that does not say its month (no date column, no period in its title or name) is asked for its month
in 处理未识别项: the month offered is the one the 数据 page shows. It was today's month whatever the page showed:
on 2 November, turned to October to import October's 月报, the owner was offered November, and a hurried
应用并重新检查 put October's totals on November."""

from __future__ import annotations

import import_wizard_support as support
from import_wizard_support import preview, write_csv

from app.periods import Month
from ui.pages.data import DataPage

people, make_wizard = support.people, support.make_wizard  # fixtures


def test_the_month_asked_for_is_the_one_the_data_page_shows(qtbot, shop, people):
    page = DataPage(shop)
    qtbot.addWidget(page)
    shown = Month(2026, 9)
    assert shop.current_month() != shown
    page.picker.setMonth(shown)
    csv = write_csv(shop.store.path.parent / "客服绩效.csv", [["客服", "询单人数"], ["小美", "3"]])
    wizard = page.imports.open_import([csv])
    try:
        plan = preview(qtbot, wizard)
        assert plan.files[0].needs_month or plan.files[0].file_error
        wizard.go_resolve()
        assert wizard.resolve_step.month_box.isVisibleTo(wizard)
        assert wizard.resolve_step.month_picker.month() == shown
        plan = preview(qtbot, wizard)
        assert plan.files[0].period == (shown.start, shown.end)
    finally:
        wizard.session.close()


def test_a_month_still_to_come_on_the_data_page_offers_this_month(qtbot, shop, people):
    """Turned to next month (to look ahead at its targets), the page's month would be refused for a report's rows
    (统计时间 … 还没到): the month offered is then this month, as before."""
    page = DataPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(shop.current_month().next())
    assert page.picker.month() == shop.current_month().next()
    csv = write_csv(shop.store.path.parent / "客服绩效.csv", [["客服", "询单人数"], ["小美", "3"]])
    wizard = page.imports.open_import([csv])
    try:
        preview(qtbot, wizard)
        assert wizard.resolve_step.month_picker.month() == shop.current_month()
    finally:
        wizard.session.close()
