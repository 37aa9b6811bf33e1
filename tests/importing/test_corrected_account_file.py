"""A corrected export of ONE of a person's sub-accounts, imported on its own after the accounts were imported
together: its values replace that account's share, the other accounts' kept shares (import_share, schema v13)
are added again, the preview says each day's total before → after, and each undo gives back exactly what was there.
Exports as the shops have them: GBK CSV from Chinese Excel, and xlsx with a sheet per store."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from app.domain import StaffDraft
from app.importing.model import ImportOptions

from .conftest import dump, write_csv
from .test_commands import cli

DAYS = [date(2026, 10, 1) + timedelta(days=i) for i in range(18)]  # 10-01..10-18
HEADER = ["日期", "客服", "销售额", "询单人数", "平均响应时间"]


@pytest.fixture
def meimei(shop):
    """小美 serves in two stores: 旗舰店:小美 and 专营店:小美."""
    return shop.staff.add(StaffDraft("小美", aliases=("旗舰店:小美", "专营店:小美"), hired=date(2026, 9, 1))).id


def _rows(account: str, sales, inquiries=10, response=20) -> list[list[object]]:
    """A row per day of DAYS; `sales` gives a day's yuan from its index."""
    return [[day.isoformat(), account, sales(i), inquiries, response] for i, day in enumerate(DAYS)]


def _gbk(path, account, sales, **kw):
    return write_csv(path, [HEADER, *_rows(account, sales, **kw)], "gbk")


def _sales(shop, staff_id) -> list[int | None]:
    return [shop.store.values.get("sales", day, staff_id) for day in DAYS]


def _values(shop) -> list[str]:
    return [line for line in dump(shop).splitlines() if line.startswith(('INSERT INTO "daily_value"',
                                                                          'INSERT INTO "period_value"'))]


def test_a_corrected_gbk_file_of_one_store_keeps_the_others_share_and_each_undo_gives_back_what_was_there(
        tmp_path, shop, imports, meimei, capsys):
    flagship = _gbk(tmp_path / "旗舰店.csv", "旗舰店:小美", lambda i: 100 + i)
    outlet = _gbk(tmp_path / "专营店.csv", "专营店:小美", lambda i: 10 * (i + 1))
    assert cli(shop, "import", str(flagship), str(outlet)) == 0
    assert _sales(shop, meimei) == [(100 + i + 10 * (i + 1)) * 100 for i in range(18)]
    empty_of_corrections = _values(shop)
    capsys.readouterr()

    corrected = _gbk(tmp_path / "旗舰店更正.csv", "旗舰店:小美", lambda i: 200 + i if i < 3 else 100 + i)
    assert cli(shop, "import", str(corrected)) == 0
    out = capsys.readouterr().out
    assert "新增 0 行，修改 3 行，未变 15 行，跳过 0 行，出错 0 行" in out
    assert "小美 10月1日–18日（18 天）：「旗舰店:小美」换成本文件的数值，「专营店:小美」保留第 1 次导入的数值，合计随之更新" in out
    assert "旗舰店更正.csv 第 2 行 小美 2026年10月1日 销售额：¥110.00 → ¥210.00" in out  # the day's total, before → after
    assert _sales(shop, meimei) == [(200 + i if i < 3 else 100 + i) * 100 + 1000 * (i + 1) for i in range(18)]
    after_flagship = _values(shop)

    outlet_fixed = _gbk(tmp_path / "专营店更正.csv", "专营店:小美", lambda i: 50 if i == 17 else 10 * (i + 1))
    assert cli(shop, "import", str(outlet_fixed)) == 0  # the flagship's corrected share, kept by import 2, stays
    out = capsys.readouterr().out  # import 2 kept the split of every day, those it left as they were too
    assert "小美 10月1日–18日（18 天）：「专营店:小美」换成本文件的数值，「旗舰店:小美」保留第 2 次导入的数值，合计随之更新" in out
    assert "专营店更正.csv 第 19 行 小美 2026年10月18日 销售额：¥297.00 → ¥167.00" in out
    assert _sales(shop, meimei)[:3] == [20000 + 1000, 20100 + 2000, 20200 + 3000]
    assert _sales(shop, meimei)[17] == 11700 + 5000

    imports.undo(3)
    assert _values(shop) == after_flagship
    imports.undo(2)
    assert _values(shop) == empty_of_corrections


def test_a_corrected_xlsx_of_one_store_after_its_workbook_of_two_sheets(tmp_path, shop, run, meimei):
    book = openpyxl.Workbook()
    book.active.title = "旗舰店"
    for row in [HEADER, *_rows("旗舰店:小美", lambda i: 100)]:
        book.active.append(row)
    other = book.create_sheet("专营店")
    for row in [HEADER, *_rows("专营店:小美", lambda i: 30, inquiries=30, response=40)]:
        other.append(row)
    book.save(tmp_path / "两店.xlsx")
    plan, first = run(tmp_path / "两店.xlsx")
    assert first and not plan.errors
    assert shop.store.values.get("response_s", DAYS[0], meimei) == 3500  # weighted by 询单人数: (10×20 + 30×40) / 40

    fixed = openpyxl.Workbook()
    for row in [HEADER, *_rows("旗舰店:小美", lambda i: 120 if i == 0 else 100, inquiries=30, response=20)]:
        fixed.active.append(row)
    fixed.save(tmp_path / "旗舰店更正.xlsx")
    plan, second = run(tmp_path / "旗舰店更正.xlsx")
    assert second and not plan.errors
    assert shop.store.values.get("sales", DAYS[0], meimei) == 15000 and shop.store.values.get(
        "sales", DAYS[1], meimei) == 13000
    assert shop.store.values.get("inquiries", DAYS[0], meimei) == 60
    assert shop.store.values.get("response_s", DAYS[0], meimei) == 3000  # (30×20 + 30×40) / 60, not 20 alone


def test_the_same_corrected_file_again_changes_nothing(tmp_path, shop, run, meimei):
    run(_gbk(tmp_path / "旗舰店.csv", "旗舰店:小美", lambda i: 100), _gbk(tmp_path / "专营店.csv", "专营店:小美", lambda i: 10))
    corrected = _gbk(tmp_path / "旗舰店更正.csv", "旗舰店:小美", lambda i: 200)
    assert run(corrected)[1]
    before = dump(shop)
    plan, again = run(corrected)
    assert again is None and plan.files[0].unchanged == 18 and dump(shop) == before
    assert _sales(shop, meimei) == [21000] * 18


def test_a_third_account_in_the_corrected_file_is_still_refused_as_another_account(tmp_path, shop, run, meimei):
    """The file gives 旗舰店:小美 and 分店:小美, which the earlier import did not add up for her: 分店 is another
    account's data imported apart (its remedy is to import the files together), nothing is guessed."""
    shop.staff.edit(meimei, StaffDraft("小美", aliases=("旗舰店:小美", "专营店:小美", "分店:小美"), hired=date(2026, 9, 1)))
    run(_gbk(tmp_path / "旗舰店.csv", "旗舰店:小美", lambda i: 100), _gbk(tmp_path / "专营店.csv", "专营店:小美", lambda i: 10))
    before = dump(shop)
    mixed = write_csv(tmp_path / "混合.csv", [HEADER, ["2026-10-01", "旗舰店:小美", 200, 10, 20],
                                             ["2026-10-01", "分店:小美", 5, 10, 20]], "gbk")
    plan, committed = run(mixed)
    assert committed is None and plan.blocking() and dump(shop) == before


def test_a_corrected_file_touching_an_approved_month_is_flagged_and_changes_nothing_unconfirmed(
        tmp_path, shop, meimei, capsys):
    from app.periods import Month

    assert cli(shop, "import", str(_gbk(tmp_path / "旗舰店.csv", "旗舰店:小美", lambda i: 100)),
               str(_gbk(tmp_path / "专营店.csv", "专营店:小美", lambda i: 10))) == 0
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(Month(2026, 10), confirm=True)
    capsys.readouterr()
    before = dump(shop)
    corrected = _gbk(tmp_path / "旗舰店更正.csv", "旗舰店:小美", lambda i: 200)
    assert cli(shop, "import", str(corrected)) == 2
    err = capsys.readouterr().err
    assert "2026年10月" in err and "--confirm-approved" in err
    assert dump(shop) == before
    assert cli(shop, "import", str(corrected), "--confirm-approved") == 0
    assert _sales(shop, meimei) == [21000] * 18


def test_the_shares_of_both_accounts_are_kept_under_the_corrected_import(tmp_path, shop, run, meimei):
    run(_gbk(tmp_path / "旗舰店.csv", "旗舰店:小美", lambda i: 100), _gbk(tmp_path / "专营店.csv", "专营店:小美", lambda i: 10))
    _, second = run(_gbk(tmp_path / "旗舰店更正.csv", "旗舰店:小美", lambda i: 200))
    shares = shop.store.db.execute("SELECT name_key, value FROM import_share WHERE import_id = ? AND metric = 'sales' "
                                   "AND start = '2026-10-01' ORDER BY name_key", [second]).fetchall()
    assert shares == [("专营店:小美", 1000), ("旗舰店:小美", 20000)]
    assert shop.store.db.execute("SELECT count(*) FROM import_day_name WHERE import_id = ?", [second]).fetchone() == (36,)


def test_month_totals_of_one_store_corrected_keep_the_other_stores_total(tmp_path, shop, run, meimei):
    title = ["统计时间：2026-09-01 ~ 2026-09-30"]
    a = write_csv(tmp_path / "旗舰店月报.csv", [title, ["客服", "销售额"], ["旗舰店:小美", "9000"]], "gbk")
    b = write_csv(tmp_path / "专营店月报.csv", [title, ["客服", "销售额"], ["专营店:小美", "3000"]], "gbk")
    assert run(a, b)[1]
    fixed = write_csv(tmp_path / "旗舰店月报更正.csv", [title, ["客服", "销售额"], ["旗舰店:小美", "9500"]], "gbk")
    plan, committed = run(fixed)
    assert committed and [(c.old, c.new) for c in plan.changes] == [(1200000, 1250000)]
    assert shop.store.imports.period_totals("sales", date(2026, 9, 1), date(2026, 9, 30)) == {meimei: 1250000}


def test_the_preview_is_counted_again_at_commit_from_the_files_own_values(tmp_path, shop, db_path, today, imports,
                                                                          meimei):
    """Another window typed nothing and imported nothing of hers: counting again (the shop changed elsewhere) keeps
    the same kept shares and the same totals, not the file's values added twice."""
    from app.shop import Shop

    cli(shop, "import", str(_gbk(tmp_path / "旗舰店.csv", "旗舰店:小美", lambda i: 100)),
        str(_gbk(tmp_path / "专营店.csv", "专营店:小美", lambda i: 10)))
    plan = imports.preview([_gbk(tmp_path / "旗舰店更正.csv", "旗舰店:小美", lambda i: 200)], ImportOptions())
    other = Shop.open(db_path, today)
    try:
        other.staff.add(StaffDraft("阿强"))  # the shop changed since the preview
    finally:
        other.close()
    imports.commit(plan)
    assert _sales(shop, meimei) == [21000] * 18


def test_an_average_the_corrected_file_gives_without_its_weight_is_refused_as_before(tmp_path, shop, run, meimei):
    """平均响应时间 without 询单人数: the day's average cannot be weighted again with the kept share, so the row is
    refused as before (naming the account whose share would be lost), not written with a guessed average."""
    run(_gbk(tmp_path / "旗舰店.csv", "旗舰店:小美", lambda i: 100), _gbk(tmp_path / "专营店.csv", "专营店:小美", lambda i: 10))
    before = dump(shop)
    no_weight = write_csv(tmp_path / "旗舰店更正.csv", [["日期", "客服", "销售额", "平均响应时间"],
                                                      ["2026-10-01", "旗舰店:小美", 200, 25]], "gbk")
    plan, committed = run(no_weight)
    assert committed is None and "「专营店:小美」的数值就丢了" in plan.files[0].errors[0].reason
    assert dump(shop) == before
