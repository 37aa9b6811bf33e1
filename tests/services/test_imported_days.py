"""The shipped samples imported together (a week of daily data and 赤兔's month report, one import of two
files): the days a month report holds, as the 数据 grid and `data set` say them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.errors import UserError
from app.importing import ImportOptions, ImportService
from app.periods import Month
from app.reports.totals import span_totals

SAMPLES = Path(__file__).parents[2] / "data" / "samples"
OCT = Month(2026, 10)


@pytest.fixture
def imported(shop):
    shop.set_today(date(2026, 11, 5))
    imports = ImportService(shop.store, shop.ctx, shop.metrics)
    plan = imports.preview([SAMPLES / "客服日报_2026-10-01至2026-10-07.csv",
                            SAMPLES / "赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx"],
                           ImportOptions(create_staff=True))
    assert not plan.blocking()
    imports.commit(plan)
    shop.mei = next(p.id for p in shop.staff.list() if p.name == "小美")
    return shop


def test_a_refused_day_names_the_file_and_row_of_a_several_file_import(imported):
    sales = imported.metrics.get("sales")
    with pytest.raises(UserError) as refused:
        imported.data.set_value(date(2026, 10, 10), imported.mei, sales, 100)
    # the month report's row 5 in its own file — not both files' names and the stored 10,000,005
    assert "（「赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx」第 5 行）" in refused.value.message


def test_a_mean_takes_its_daily_values_so_a_day_under_its_report_is_not_refused(imported):
    """平均响应时间 is a mean: the daily values count wherever there are some (the board shows the week's
    27.2 s, not the report's 25 s), so a day typed under the report counts too and is not refused as if it
    would not."""
    response = imported.metrics.get("response_s")
    board = span_totals(imported.store, imported.metrics, OCT.start, OCT.end)[imported.mei].get("response_s")
    assert board == 2722
    imported.data.set_value(date(2026, 10, 10), imported.mei, imported.metrics.get("inquiries"), 20)  # its weight
    imported.data.set_value(date(2026, 10, 10), imported.mei, response, 3000)
    after = span_totals(imported.store, imported.metrics, OCT.start, OCT.end)[imported.mei].get("response_s")
    assert after != board  # the typed day counts



def _preview(shop, *names):
    imports = ImportService(shop.store, shop.ctx, shop.metrics)
    return imports, imports.preview([SAMPLES / n for n in names], ImportOptions(create_staff=True))


HELD_NOTE = "的部分日子已有导入的期间合计（如月报）：这些逐日数据会保存，但不计入"


def test_a_daily_file_under_a_month_report_says_its_values_will_not_count(shop):
    """The month report first, then the first week's daily file: the week's 销售额 and 付款人数 are kept but
    the report holds those days (the 数据 page refuses them typed by hand) — the preview says so, and not of
    询单人数, which the report does not have."""
    shop.set_today(date(2026, 11, 5))
    imports, plan = _preview(shop, "赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx")
    imports.commit(plan)
    _imports, plan = _preview(shop, "客服日报_2026-10-01至2026-10-07.csv")
    notes = [n for n in plan.files[0].notes if HELD_NOTE in n]
    assert len(notes) == 1 and "销售额" in notes[0] and "付款人数" in notes[0] and "询单人数" not in notes[0]


def test_the_same_in_one_import_of_both_files(shop):
    shop.set_today(date(2026, 11, 5))
    _imports, plan = _preview(shop, "客服日报_2026-10-01至2026-10-07.csv",
                              "赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx")
    daily, report = plan.files
    assert any(HELD_NOTE in n for n in daily.notes) and not any(HELD_NOTE in n for n in report.notes)


def test_a_daily_file_alone_says_nothing_of_totals(shop):
    shop.set_today(date(2026, 11, 5))
    _imports, plan = _preview(shop, "客服日报_2026-10-01至2026-10-07.csv")
    assert not any(HELD_NOTE in n for n in plan.files[0].notes)


def test_a_report_not_yet_counted_is_not_said_to_hold_the_days(shop):
    """A report for all October imported on the 20th counts from the 31st on: daily values imported
    meanwhile count, and the preview does not say otherwise."""
    shop.set_today(date(2026, 10, 20))
    imports, plan = _preview(shop, "赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx")
    imports.commit(plan)
    _imports, plan = _preview(shop, "客服日报_2026-10-01至2026-10-07.csv")
    assert not any(HELD_NOTE in n for n in plan.files[0].notes)
