"""The notes of an import, as a shop owner reads them: a note said per day (two sub-accounts added up, an
average left blank) is said once per person with the days as a compact list, the important ones first — in the
CLI's text, its --json and (tests/ui/test_import_notes.py) the wizard's preview."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli.parser import Parser
from app.i18n import set_language
from app.importing import commands
from app.importing.note_groups import days_label, grouped

from .conftest import write_csv
from .note_files import OCTOBER_OVER, add_people, gbk_daily_csv, two_store_book


@pytest.fixture
def today() -> date:
    return OCTOBER_OVER


@pytest.fixture
def staff(shop):
    return add_people(shop)

def cli(shop, *words: str) -> int:
    parser = Parser(prog="honghua")
    commands.register(parser.add_subparsers(dest="command", parser_class=Parser))
    args = parser.parse_args(list(words))
    return args.handler(shop, args)


MERGED = "王小美：旗舰店:小美（工作表「旗舰店」） 与 专营店:美美（工作表「专营店」） 的 10月1日–31日（31 天）已按人合计"
BLANK = "王小美 10月1日–31日（31 天）的「平均响应时间」无法合并（报表里没有用于加权的「询单人数」），已留空"


def test_a_month_of_two_store_sheets_is_said_in_a_line_or_two_per_person(tmp_path, shop, staff, run):
    plan, import_id = run(two_store_book(tmp_path / "两店10月.xlsx"))
    assert import_id and not plan.errors
    assert len(plan.files[0].notes) == 2 * 31 * 3  # a note per person and day, and one per averaged metric
    lines = grouped(plan.files[0].notes)
    assert len(lines) == 6 and MERGED in lines and BLANK in lines
    assert all("无法合并" in line for line in lines[:3])  # the blank days first: they matter more than the sums
    assert [line.split("：")[0].split(" ")[0] for line in lines] == ["王小美", "李强", "赵敏"] * 2  # as first said
    assert shop.store.values.get("sales", date(2026, 10, 31), staff["王小美"]) == 131050 + 181050


def test_the_cli_prints_the_grouped_notes_and_json_has_them_beside_every_note(tmp_path, shop, staff, capsys):
    path = two_store_book(tmp_path / "两店10月.xlsx")
    assert cli(shop, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.count("注意：") == 3 and f"注意：{BLANK}" in out  # a day left blank matters: labelled so
    assert out.count("说明：") == 3 and f"说明：{MERGED}" in out
    assert cli(shop, "import", str(path), "--dry-run", "--json") == 0
    first = json.loads(capsys.readouterr().out)["files"][0]
    assert len(first["notes"]) == 186  # each note as before
    assert len(first["note_lines"]) == 6 and first["note_lines"][0].startswith("王小美 10月1日–31日")


def test_days_that_are_not_one_run_are_listed_compactly(tmp_path, shop, staff, run):
    plan, import_id = run(gbk_daily_csv(tmp_path / "10月日报.csv"))
    f = plan.files[0]
    assert import_id and f.encoding == "gb18030" and f.totals_rows == [74]
    assert grouped(f.notes) == [
        "「询单转化率」只用于核对（已有人数列，比率由人数算出）",
        "第 10、13、16、26 行（共 4 行）的「询单转化率」与人数算出的百分比不符，以人数为准",
        "王小美：旗舰店:小美 与 专营店:美美 的 10月1日–5日、8日、10日–12日（9 天）已按人合计"]


def test_a_note_said_once_stays_as_it_was(tmp_path, shop, staff, run):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额", "平均响应时间"],
                                            ["2026-10-01", "旗舰店:小美", "100", "20"],
                                            ["2026-10-01", "专营店:美美", "200", "30"]], "gbk")
    plan, _ = run(path)
    expected = ["第 2、3 行的「平均响应时间」无法合并（报表里没有用于加权的「询单人数」），这一天的「平均响应时间」留空",
                "第 2、3 行是王小美的不同子账号，已合并为一人一天"]
    assert grouped(plan.files[0].notes) == expected  # the blank one first, each in its own words


def test_a_day_list_names_a_month_where_it_changes_and_english_writes_dates():
    days = [date(2026, 9, 29), date(2026, 9, 30), date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 8),
            date(2026, 10, 31), date(2026, 11, 1)]
    assert days_label(days) == "9月29日–10月2日、8日、31日–11月1日"
    set_language("en")
    try:
        assert days_label(days[:2]) == "09-29–09-30"
    finally:
        set_language("zh")


def test_a_bare_name_repeating_a_sub_account_each_day_is_said_once(tmp_path, shop, staff, run):
    rows = [["日期", "客服", "销售额"]]
    for day in (1, 2, 3, 6):
        rows += [[f"2026-10-0{day}", "旗舰店:小美", "100"], [f"2026-10-0{day}", "小美", "100"]]  # her total, again
    plan, import_id = run(write_csv(tmp_path / "日报.csv", rows, "gbk"))
    assert import_id and len(plan.files[0].notes) == 4
    said = "王小美：「小美」这一行 10月1日–3日、6日（4 天）都与子账号（旗舰店:小美）的数值相同，只计子账号、没有再加一次（这一行像是重复的一行，或按人汇总的一行）"
    assert grouped(plan.files[0].notes) == [said]
