"""A month report (赤兔's 月度 report: one total per person, no days) on the 数据 page: the total column counts
it as the board does, its days are marked and take no daily value by hand (it would not count), and the
page says why — the grid used to be blank after such an import while the board counted it."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month
from app.reports.totals import span_totals
from app.services.data import CellInput
from ui.pages.data import DataPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"

OCT = Month(2026, 10)


def d(day: int) -> date:
    return date(2026, 10, day)


def report(shop, staff_id: int, first: str, last: str, value: int, metric: str = "sales") -> None:
    """A month report's row as an import stores it: a total over days, with its import record."""
    with shop.store.atomic():
        import_id = shop.store.imports.add("测试", "赤兔_客服绩效_月度.xlsx", f"h{staff_id}{first}{metric}",
                                           {"new": 1, "changed": 0, "unchanged": 0, "skipped": 0, "errors": 0}, [])
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value, import_id, source_row) "
                              "VALUES (?, ?, ?, ?, ?, ?, 5)", [metric, first, last, staff_id, value, import_id])


@pytest.fixture
def reported(shop):
    """小美: a report for 1–18 October (¥12,500.50) and a value typed on the 19th; 阿强: daily values only."""
    shop.set_today(date(2026, 10, 20))
    sales = shop.metrics.get("sales")
    mei = shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1))).id
    qiang = shop.staff.add(StaffDraft(name="阿强", hired=date(2025, 1, 1))).id
    shop.data.set_value(d(5), mei, sales, 999)  # typed before the report came: the report holds the 5th
    report(shop, mei, "2026-10-01", "2026-10-18", 1_250_050)
    shop.data.set_value(d(19), mei, sales, 100_000)
    shop.data.set_value(d(3), qiang, sales, 30_000)
    shop.ids = {"小美": mei, "阿强": qiang}
    return shop


def _page(qtbot, shop):
    page = DataPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(OCT)
    return page


def _row(page, name):
    return next(i for i, p in enumerate(page.model.people) if p.name == name)


def test_the_total_column_counts_the_report_as_the_board_does(qtbot, reported):
    page = _page(qtbot, reported)
    mei = _row(page, "小美")
    total = page.model.index(mei, page.model.total_column)
    assert total.data() == "¥13,500.50"  # the report's ¥12,500.50 and the 19th's ¥1,000; the 5th is in the report
    board = {p.staff.name: p.line.value for p in reported.progress(OCT, as_of=d(19)).people}
    assert page.model.total(mei) == board["小美"] == 1_350_050
    assert page.model.total(_row(page, "阿强")) == board["阿强"] == 30_000
    assert not page.imported_note.isHidden()
    assert "1 人" in page.imported_note.text() and "销售额" in page.imported_note.text()


def test_the_reports_days_are_marked_and_take_no_value_by_hand(qtbot, reported, messages):
    page = _page(qtbot, reported)
    mei, qiang = _row(page, "小美"), _row(page, "阿强")
    inside, after = page.model.index(mei, 9), page.model.index(mei, 18)  # the 10th, the 19th
    assert not page.model.flags(inside) & Qt.ItemFlag.ItemIsEditable
    assert page.model.flags(after) & Qt.ItemFlag.ItemIsEditable
    assert page.model.flags(page.model.index(qiang, 9)) & Qt.ItemFlag.ItemIsEditable  # only her days
    tip = inside.data(Qt.ItemDataRole.ToolTipRole)
    assert "2026年10月1日 至 2026年10月18日" in tip and "¥12,500.50" in tip and "「赤兔_客服绩效_月度.xlsx」第 5 行" in tip
    assert inside.data(Qt.ItemDataRole.BackgroundRole) != after.data(Qt.ItemDataRole.BackgroundRole)
    # a pasted block over her report's days: those cells refused with the reason, the others stored
    page.show()
    page.table.setCurrentIndex(page.model.index(mei, 16))  # 小美, the 17th
    QApplication.clipboard().setText("1\t2\t3\n4\t5\t6\n")
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    grid = reported.store.values.month_grid("sales", OCT.start, OCT.end)
    assert grid.get((reported.ids["小美"], d(17))) is None and grid.get((reported.ids["小美"], d(18))) is None
    assert grid[(reported.ids["小美"], d(19))] == 300  # the day after the report
    assert grid[(reported.ids["阿强"], d(17))] == 400
    assert "拒绝 2 格" in page.summary.text()


def test_the_service_refuses_a_day_a_report_holds_and_says_how_to_change_it(reported):
    sales = reported.metrics.get("sales")
    with pytest.raises(UserError, match="已包含在导入的 2026年10月1日 至 2026年10月18日 合计中（「赤兔_客服绩效_月度.xlsx」第 5 行）"):
        reported.data.set_value(d(10), reported.ids["小美"], sales, 5_000)
    with pytest.raises(UserError, match="请先在「导入记录」里撤销那次导入"):
        reported.data.set_value(d(1), reported.ids["小美"], sales, 1)
    assert reported.data.set_value(d(5), reported.ids["小美"], sales, None) == 999  # clearing is always allowed
    reported.data.set_value(d(10), reported.ids["阿强"], sales, 5_000)  # another person's day: fine
    orders = reported.metrics.get("orders")
    reported.data.set_value(d(10), reported.ids["小美"], orders, 7)  # another metric: the report has no orders
    result = reported.data.paste(sales, [CellInput(reported.ids["小美"], d(18), "1"),
                                         CellInput(reported.ids["小美"], d(19), "2")])
    assert result.stored == 1 and [c.day for c, _reason in result.refused] == [d(18)]


@pytest.mark.parametrize("metric, first, last, value, daily", [
    ("sales", "2026-10-01", "2026-10-31", 8_032_015, {}),                          # a whole month, no days
    ("sales", "2026-10-01", "2026-10-18", 1_250_050, {5: 999, 19: 100_000}),        # month to date, then days
    ("response_s", "2026-10-01", "2026-10-31", 2_350, {}),                          # a mean: the report's
    ("response_s", "2026-10-01", "2026-10-18", 2_350, {19: 1_000, 20: 2_001}),      # a mean: the days' own
])
def test_the_grids_total_is_the_boards_whatever_the_metric(qtbot, shop, metric, first, last, value, daily):
    shop.set_today(date(2026, 11, 5))
    person = shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1))).id
    m = shop.metrics.get(metric)
    for day, units in daily.items():
        shop.data.set_value(d(day), person, m, units)
    report(shop, person, first, last, value, metric)
    page = DataPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(OCT)
    page.metric_combo.setCurrentIndex(page.metric_combo.findData(metric))
    assert page.model.metric.key == metric
    expected = span_totals(shop.store, shop.metrics, OCT.start, OCT.end, [metric])[person].get(metric)
    assert page.model.total(0) == expected


def test_a_means_days_under_its_report_stay_open_since_daily_values_count(qtbot, reported):
    """平均响应时间 is a mean: where there are daily values they count, not the report (as on the board), so
    the report's days are not marked as held and a value typed there is taken."""
    response = reported.metrics.get("response_s")
    mei = reported.ids["小美"]
    reported.data.set_value(d(2), mei, response, 3000)
    report(reported, mei, "2026-10-01", "2026-10-18", 2000, metric="response_s")
    page = _page(qtbot, reported)
    page.set_metric("response_s")
    row = next(r for r, p in enumerate(page.model.people) if p.id == mei)
    assert page.model.cell_editable(row, 4)  # the 5th
    assert page.model.imported_total_at(row, 4) is None
    assert "含导入的合计" not in page.model.data(page.model.index(row, page.model.total_column), Qt.ItemDataRole.ToolTipRole)
    assert not page.imported_note.isVisibleTo(page)
    reported.data.set_value(d(5), mei, response, 4000)  # not refused
    board = span_totals(reported.store, reported.metrics, OCT.start, OCT.end)[mei].get("response_s")
    assert board == 3500


def test_the_totals_tooltip_names_the_report_in_english_too(qtbot, qapp, reported):
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        page = _page(qtbot, reported)
        mei = _row(page, "小美")
        tip = page.model.index(mei, page.model.total_column).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        install_translators(qapp, "zh")
    assert tip.startswith("Includes imported totals: 2026-10-01 to 2026-10-18 ¥12,500.50 (")
    assert "至" not in tip and "（" not in tip


def test_a_report_whose_period_has_not_ended_is_not_counted_nor_holds_its_days(qtbot, reported):
    """阿强's 赤兔 report for all of October imported on the 20th: the board counts it only once the 31st is
    reached (the import says so and asks for daily data meanwhile), so the grid's total is his daily values,
    as on the board, and his days still take values typed by hand."""
    qiang = reported.ids["阿强"]
    report(reported, qiang, "2026-10-01", "2026-10-31", 5_000_000)
    page = _page(qtbot, reported)
    row = _row(page, "阿强")
    board = {p.staff.name: p.line.value for p in reported.progress(OCT).people}
    assert page.model.total(row) == board["阿强"] == 30_000
    assert page.model.cell_editable(row, 9) and page.model.imported_total_at(row, 9) is None
    reported.data.set_value(d(10), qiang, reported.metrics.get("sales"), 20_000)  # not refused
    assert {p.staff.name: p.line.value for p in reported.progress(OCT).people}["阿强"] == 50_000
