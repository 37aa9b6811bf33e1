"""Every bad input of the issue: refused with a message naming file, row and column; the database untouched."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from unittest import mock

import openpyxl
import pytest

from app.errors import UserError
from app.importing import ImportOptions

from .conftest import FIXTURES, dump, write_csv

TITLE = ["统计时间：2026-10-01 ~ 2026-10-31"]
HEADER = ["日期", "客服", "销售额", "询单人数", "评价数", "满意数", "客服回复率"]


def refuse(shop, imports, path: Path, row: int | None, column: str | None, reason: str, **options) -> str:
    """Preview and try to commit: it must be refused, naming the place, and write nothing."""
    before = dump(shop)
    plan = imports.preview([path], ImportOptions(**options))
    assert plan.blocking()
    with pytest.raises(UserError) as refused:
        imports.commit(plan)
    message = refused.value.message
    assert path.name in message
    if row is not None:
        assert f"第 {row} 行" in message
    if column is not None:
        assert f"「{column}」列" in message
    assert reason in message
    assert dump(shop) == before
    return message


def report(tmp_path, *rows, name="日报.csv", encoding="utf-8"):
    return write_csv(tmp_path / name, [TITLE, HEADER, *rows], encoding)


def test_empty_file(tmp_path, shop, imports, people):
    path = tmp_path / "空.csv"
    path.write_bytes(b"")
    refuse(shop, imports, path, None, None, "空文件")


def test_header_only(tmp_path, shop, imports, people):
    path = report(tmp_path)
    refuse(shop, imports, path, 2, None, "只有表头（第 2 行），没有数据行")


def test_png_renamed_xlsx(tmp_path, shop, imports, people):
    path = tmp_path / "报表.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    refuse(shop, imports, path, None, None, "PNG 图片")


def test_corrupt_xlsx(tmp_path, shop, imports, people):
    book = openpyxl.Workbook()
    book.active.append(["客服", "销售额"])
    good = tmp_path / "good.xlsx"
    book.save(good)
    path = tmp_path / "坏的.xlsx"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut off, as by an interrupted download
    refuse(shop, imports, path, None, None, "损坏")


def test_a_file_named_xlsx_that_is_neither_a_workbook_nor_a_table_in_text_is_not_an_excel_file(tmp_path, shop,
                                                                                               imports, people):
    for name, content in (("坏文件.xlsx", bytes(range(256)) * 8), ("便条.xlsx", "记得周五对账\n小美请假\n".encode()),
                          ("空白.ods", b"  \r\n\r\n"), ("便条2.xlsm", "记得周五对账\n小美请假\n".encode("utf-16-le") * 40)):
        path = tmp_path / name
        path.write_bytes(content)
        message = refuse(shop, imports, path, None, None, "")
        assert message.endswith(f"{name}：「{name}」不是有效的 Excel 文件（可能已损坏，或是改了扩展名的其他文件）"), message


def test_a_pdf_or_picture_named_xlsx_is_named_with_a_space_before_its_latin_kind(tmp_path, shop, imports, people):
    """As the rest of the app writes it: 「是 PDF 文件」, 「不是 Excel 或 CSV 表格」."""
    for name, content, kind in (("报表.xlsx", b"%PDF-1.7\n" + b"x" * 200, "PDF 文件"),
                                ("截图.xlsx", b"\x89PNG\r\n" + b"x" * 200, "PNG 图片")):
        path = tmp_path / name
        path.write_bytes(content)
        message = refuse(shop, imports, path, None, None, "")
        assert message.endswith(f"「{name}」是 {kind}，不是 Excel 或 CSV 表格（可能只是改了扩展名）"), message


def test_csv_text_saved_under_an_excel_name_is_read_as_text(tmp_path, shop, imports, run, people):
    """Some seller tools and users save CSV text as .xlsx (or .xls): read as the text it is."""
    for name, encoding, sales in (("日报.xlsx", "utf-8", "100"), ("日报2.xlsx", "gbk", "100"), ("报表.xls", "utf-8", "120")):
        path = write_csv(tmp_path / name, [["日期", "客服", "销售额"], ["2026-10-01", "小美", sales]], encoding)
        plan, import_id = run(path)
        assert import_id and not plan.errors, (name, plan.errors)
        assert plan.files[0].encoding in ("utf-8", "gb18030")
    assert shop.store.values.get("sales", date(2026, 10, 1), people["小美"]) == 12000
    tab = tmp_path / "制表符.xlsx"
    tab.write_text("日期\t客服\t销售额\n2026-10-02\t阿强\t50\n", encoding="utf-8")
    assert run(tab)[1] and shop.store.values.get("sales", date(2026, 10, 2), people["阿强"]) == 5000


def test_files_that_cannot_be_read_are_counted_as_files_not_rows(tmp_path, shop, imports, people):
    bad = tmp_path / "坏文件.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    empty = tmp_path / "空.csv"
    empty.write_bytes(b"")
    good = report(tmp_path, ["2026-10-01", "小美", "abc", "", "", "", ""])
    plan = imports.preview([bad, empty, good])
    assert plan.failed_files() == 2
    assert plan.totals()["errors"] == 1  # the one row in error of the good file
    assert [f.counts()["errors"] for f in plan.files] == [0, 0, 1]


def test_password_protected_xlsx(tmp_path, shop, imports, people):
    path = tmp_path / "加密.xlsx"
    shutil.copy(FIXTURES / "password_protected.xlsx", path)
    refuse(shop, imports, path, None, None, "密码")


def test_file_open_in_excel(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "小美", "100", "", "", "", ""])
    original = Path.open

    def locked(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "另一个程序正在使用此文件，进程无法访问。")
        return original(self, *args, **kwargs)

    with mock.patch.object(Path, "open", locked):
        refuse(shop, imports, path, None, None, "请关闭该文件后再导入")


def test_date_outside_the_stated_range(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "小美", "100", "", "", "", ""], ["2026-11-01", "阿强", "100", "", "", "", ""])
    refuse(shop, imports, path, 4, "日期", "不在报表的统计时间 2026年10月1日 至 2026年10月31日 之内")


def test_same_staff_and_day_twice_is_an_error_not_last_wins(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "小美", "100", "", "", "", ""], ["2026-10-01", "阿强", "1", "", "", "", ""],
                  ["2026-10-01", "小美", "200", "", "", "", ""])
    message = refuse(shop, imports, path, 5, "客服", "同一客服在同一天（2026年10月1日）出现了 2 次（第 3、5 行）")
    assert "第 3 行" in message
    plan = imports.preview([path], ImportOptions(skip_errors=True))
    imports.commit(plan)  # only 阿强's row is written: neither of 小美's rows wins
    assert shop.store.values.get("sales", date(2026, 10, 1), people["小美"]) is None
    assert shop.store.values.get("sales", date(2026, 10, 1), people["阿强"]) == 100


def test_negative_sales(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "小美", "-100", "", "", "", ""])
    refuse(shop, imports, path, 3, "销售额", "不能为负数")


def test_satisfied_greater_than_ratings(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "小美", "100", "10", "5", "6", ""])
    refuse(shop, imports, path, 3, "满意数", "满意数 6 大于评价数 5")


def test_rate_over_100_percent(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "小美", "100", "", "", "", "100.5%"])
    refuse(shop, imports, path, 3, "客服回复率", "比率超过 100%")


def test_bare_rate_over_100_in_a_percent_column(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "小美", "100", "", "", "", "98.5"], ["2026-10-02", "小美", "1", "", "", "", "101"])
    refuse(shop, imports, path, 4, "客服回复率", "比率超过 100%")


def test_bad_number_and_bad_date(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "小美", "一百", "", "", "", ""], ["10/32", "阿强", "1", "", "", "", ""])
    message = refuse(shop, imports, path, 3, "销售额", "不是有效的金额")
    assert "第 4 行「日期」列" in message


def test_unknown_staff_blocks_and_is_listed(tmp_path, shop, imports, people):
    path = report(tmp_path, ["2026-10-01", "路人甲", "100", "", "", "", ""])
    plan = imports.preview([path])
    assert plan.unknown_staff == ["路人甲"]
    refuse(shop, imports, path, 3, "客服", "找不到客服「路人甲」")


def test_no_period_anywhere(tmp_path, shop, imports, people):
    path = write_csv(tmp_path / "月报.csv", [["客服", "销售额"], ["小美", "100"]])
    refuse(shop, imports, path, None, None, "请指定数据所属的月份")


def test_stated_period_outside_the_chosen_month(tmp_path, shop, imports, people):
    from app.periods import Month
    path = write_csv(tmp_path / "月报_2026-09-01至2026-09-30.csv", [["客服", "销售额"], ["小美", "100"]])
    refuse(shop, imports, path, None, None, "不在所选月份", month=Month(2026, 10))


def test_cancel_half_way_through_a_commit_leaves_nothing(tmp_path, shop, imports, people):
    from app.errors import Cancelled
    path = report(tmp_path, ["2026-10-01", "小美", "100", "", "", "", ""])
    before = dump(shop)
    plan = imports.preview([path])
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) >= 2  # after the values were written, before the transaction ends

    with pytest.raises(Cancelled):
        imports.commit(plan, cancel=cancel)
    assert len(calls) == 2
    assert dump(shop) == before


def test_cancel_is_heard_inside_a_long_write_and_leaves_nothing(tmp_path, shop, imports, people):
    """取消 during a commit was heard only between its steps, after its longest statement (half a minute for the
    values of a 50 MB report): a statement still running now stops, and nothing is written."""
    from datetime import date, timedelta

    from app.errors import Cancelled
    days = [date(2025, 12, 1) + timedelta(days=i) for i in range(320)]
    path = write_csv(tmp_path / "全年.csv", [["日期", "客服", "销售额", "询单人数"]] + [
        [day.isoformat(), name, "100", "5"] for day in days for name in ("小美", "阿强", "晓雯")])
    before = dump(shop)
    plan = imports.preview([path])
    assert not plan.errors
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # never at the two checks between the steps: only inside a statement

    with pytest.raises(Cancelled):
        imports.commit(plan, cancel=cancel)
    assert dump(shop) == before


def test_path_with_chinese_characters_and_spaces(tmp_path, shop, imports, people):
    folder = tmp_path / "我的 报表" / "十月 数据"
    folder.mkdir(parents=True)
    path = write_csv(folder / "客服 日报 2026-10.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "", "", "", ""]],
                     "gbk")
    plan = imports.preview([path])
    assert not plan.blocking() and plan.files[0].new == 1
    imports.commit(plan)
    assert shop.store.values.count() == 1


def test_a_line_given_twice_alike_is_kept_once_and_said(tmp_path, shop, imports, run, people):
    """A row repeated word for word (two exports pasted into one sheet, a page's last line again on the next) leaves
    nothing to choose between: it was refused as 「无法判断以哪一行为准」, the person's day lost with --skip-errors."""
    path = report(tmp_path, ["2026-10-01", "小美", "100", "5", "", "", ""], ["2026-10-01", "阿强", "1", "", "", "", ""],
                  ["2026-10-01", "小美", "100.00", "5", "", "", ""])
    plan, import_id = run(path)
    assert not plan.errors and import_id is not None
    f = plan.files[0]
    assert (f.new, f.skipped) == (2, 1)
    assert f.as_json()["copied_rows"] == [5]
    assert any("跳过的重复行" in said and "第 5 行" in said for said in f.skipped_said())
    assert shop.store.values.get("sales", date(2026, 10, 1), people["小美"]) == 10000
    assert shop.store.values.get("inquiries", date(2026, 10, 1), people["小美"]) == 5


def test_a_header_written_on_two_lines_in_its_cell_is_named_on_one(tmp_path, shop, imports, people):
    """Excel headers wrapped with Alt+Enter (询单⏎人数) were named with the line break: the command's 识别的列 and
    the wizard's 文件结构 broke 「销售额⏎(元)」 over two lines, and so did every error naming the column."""
    book = openpyxl.Workbook()
    for row in (["日期", "客服\n昵称", "销售额\n(元)", "询单\r\n人数", "Reply\nrate"],
                ["2026-10-01", "小美", "abc", 3, "98%"], ["2026-10-02", "小美", 100, 4, "97%"]):
        book.active.append(row)
    path = tmp_path / "日报.xlsx"
    book.save(path)
    plan = imports.preview([path])
    f = plan.files[0]
    assert set(f.columns) == {"日期", "客服昵称", "销售额(元)", "询单人数"}
    assert f.ignored_columns == ["Reply rate"]
    refuse(shop, imports, path, 2, "销售额(元)", "不是有效的金额")


def test_rows_alike_in_the_values_read_but_not_in_a_column_not_read_are_refused_as_before(tmp_path, shop, imports,
                                                                                          people):
    """Two rows of one person and day differing only in a column the import does not read (a detail report's 时间,
    a 备注) are two records, not one given twice: keeping one would count one of them silently."""
    header = [*HEADER, "接待时间"]
    copied = write_csv(tmp_path / "复制.csv", [TITLE, header, ["2026-10-01", "小美", "100", "1", "", "", "", "09:30"],
                                             ["2026-10-01", "小美", "100", "1", "", "", "", "09:30"]])
    plan = imports.preview([copied])
    assert not plan.errors and plan.files[0].copied_rows == [4]
    refuse(shop, imports, write_csv(tmp_path / "明细.csv", [TITLE, header,
                                                          ["2026-10-01", "小美", "100", "1", "", "", "", "09:30"],
                                                          ["2026-10-01", "小美", "100", "1", "", "", "", "14:05"]]),
           3, "客服", "无法判断以哪一行为准")
