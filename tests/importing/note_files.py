"""Realistic exports whose import says a note per person and day: a workbook with a sheet per store, and a GBK
CSV with a 合计 row (tests/importing/test_note_groups.py, tests/ui/test_import_notes.py)."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl

from app.domain import StaffDraft
from tests.importing.conftest import write_csv

OCTOBER_OVER = date(2026, 11, 5)  # the shop's today: October is over, its whole month's report is imported
PEOPLE = (("王小美", "旗舰店:小美", "专营店:美美"), ("李强", "旗舰店:阿强", "专营店:强子"), ("赵敏", "旗舰店:敏敏", "专营店:小敏"))
OCTOBER = [date(2026, 10, 1) + timedelta(days=d) for d in range(31)]


def add_people(shop) -> dict[str, int]:
    """王小美, 李强 and 赵敏, each with a sub-account in each store: ids by name."""
    return {name: shop.staff.add(StaffDraft(name, aliases=aliases)).id for name, *aliases in PEOPLE}


def two_store_book(path):
    """千牛's 客服绩效 as a workbook with a sheet per store, a row per person and day, and 平均响应时间 without the
    询单人数 that would weigh it: each person's two sub-accounts are added up each day, the average left blank."""
    book = openpyxl.Workbook()
    for i, store in enumerate(("旗舰店", "专营店")):
        sheet = book.active if i == 0 else book.create_sheet()
        sheet.title = store
        sheet.append([f"客服绩效（按天） {store} 2026-10-01 ~ 2026-10-31"])
        sheet.append(["日期", "客服", "销售额", "平均响应时间"])
        for day in OCTOBER:
            for n, (_name, *accounts) in enumerate(PEOPLE):
                sheet.append([day.isoformat(), accounts[i], f"{1000 + 10 * day.day + n + 500 * i}.50", 20 + n + i])
    book.save(path)
    return path


def gbk_daily_csv(path):
    """A daily report saved as CSV from Chinese Excel (GBK) with its 合计 row: 小美 also served at the other store on
    some days (her two sub-accounts added up on those), 阿强's 询单转化率 disagrees with his counts on four rows."""
    rows = [["客服绩效日报 2026-10-01 ~ 2026-10-31"], ["日期", "旺旺", "销售额", "询单人数", "询单->最终付款人数", "询单转化率"]]
    total = [0, 0, 0]
    for day in OCTOBER:
        served = [("旗舰店:小美", 1000 + day.day), ("旗舰店:阿强", 800 + day.day)]
        if day.day in (1, 2, 3, 4, 5, 8, 10, 11, 12):
            served.append(("专营店:美美", 300 + day.day))
        for name, sales in served:
            rate = "30.00%" if name == "旗舰店:阿强" and day.day in (3, 4, 5, 9) else "25.00%"
            rows.append([day.isoformat(), name, sales, 20, 5, rate])
            total = [total[0] + sales, total[1] + 20, total[2] + 5]
    rows.append(["合计", "", *total, "25.00%"])
    return write_csv(path, rows, "gbk")
