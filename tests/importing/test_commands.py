"""The command-line layer: `import` (exact JSON, exit codes 0/2), `imports list`, `imports undo`, `export`."""

from __future__ import annotations

import json
from datetime import date

import openpyxl

from app.cli.parser import Parser
from app.domain import StaffDraft
from app.importing import commands
from app.periods import Month

from .conftest import dump, write_csv

TITLE = ["统计时间：2026-10-01 ~ 2026-10-31"]
HEADER = ["日期", "客服", "销售额", "询单人数", "神秘列"]
WANGWANG_HEADER = ["日期", "旺旺", "客服销售额"]


def cli(shop, *words: str) -> int:
    parser = Parser(prog="honghua")
    commands.register(parser.add_subparsers(dest="command", parser_class=Parser))
    args = parser.parse_args(list(words))
    return args.handler(shop, args)


def test_import_json_is_exactly_the_issues_shape(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", "x"]], "gbk")
    assert cli(shop, "import", str(path), "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out.pop("blocked") == []  # an extra key: why an import was not committed
    assert out.pop("already_imported") == []  # an extra key: the earlier import of the same files, when no change
    assert out.pop("hire_moved") == []  # an extra key: hire dates an import gave, moved back to older rows
    assert out.pop("skipped_accounts") == []  # an extra key: rows of the accounts set not to be imported
    extra = {key: out["files"][0].pop(key) for key in ("notes", "note_lines", "totals_rows", "text_rows",
                                                       "header_again_rows", "copied_rows", "daily_under_totals",
                                                       "rounded", "nickname_matches", "same_header_columns")}
    assert extra == {"notes": [], "note_lines": [], "totals_rows": [], "text_rows": [], "header_again_rows": [],
                     "copied_rows": [], "daily_under_totals": [], "rounded": [], "nickname_matches": [],
                     "same_header_columns": {}}  # of each file
    assert out == {"files": [{
        "file": "日报.csv", "encoding": "gb18030", "header_row": 2,
        "columns": {"日期": "date", "客服": "staff", "销售额": "sales", "询单人数": "inquiries"},
        "ignored_columns": ["神秘列"], "period": {"start": "2026-10-01", "end": "2026-10-31"},
        "new": 1, "changed": 0, "unchanged": 0, "skipped": 0, "unknown_staff": [], "errors": []}],
        "committed": True}


def test_import_with_errors_exits_2_and_writes_nothing(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "坏.csv", [TITLE, HEADER, ["2026-10-01", "小美", "-1", "3", ""],
                                          ["2026-10-02", "某某", "1", "1", ""]])
    before = dump(shop)
    assert cli(shop, "import", str(path), "--json") == 2
    out = json.loads(capsys.readouterr().out)
    assert out["committed"] is False
    assert out["files"][0]["errors"] == [{"row": 3, "column": "销售额", "value": "-1", "reason": "不能为负数"}]
    assert out["files"][0]["unknown_staff"] == ["某某"]
    assert dump(shop) == before
    assert cli(shop, "import", str(path)) == 2
    err = capsys.readouterr().err
    assert "坏.csv 第 3 行「销售额」列：「-1」不能为负数" in err


def test_a_refused_import_says_the_options_that_remedy_it(tmp_path, shop, people, capsys):
    """The reasons name --skip-errors, --create-staff and --skip-staff: the command line has no step to choose in,
    as the window has, and 「可以选择跳过出错的行」 did not say how."""
    path = write_csv(tmp_path / "坏.csv", [TITLE, HEADER, ["2026-10-01", "小美", "-1", "3", ""],
                                          ["2026-10-02", "某某", "1", "1", ""]])
    assert cli(shop, "import", str(path)) == 2
    out, err = capsys.readouterr()
    refused = "未导入：有出错的行（加 --skip-errors 可跳过出错的行，导入其余的行）；" \
              "有找不到的客服（先在员工资料里添加子账号，或加 --create-staff 自动新建员工，或加 --skip-staff 名称 跳过其行）"
    assert refused in err and "跳过这些行" not in out + err
    assert cli(shop, "import", str(path), "--json") == 2
    out, err = capsys.readouterr()
    assert json.loads(out)["blocked"] == refused.removeprefix("未导入：").split("；")
    assert refused in err


def test_a_name_that_is_no_one_is_skipped_on_the_command_line(tmp_path, shop, people, capsys):
    """A shop's export lists accounts that are no one's (the shop's robot): a morning's scheduled import could only
    create a person for it or fail, the window's 跳过这些行 having no option on the command line."""
    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", ""],
                                            ["2026-10-01", "旗舰店:客服机器人", "50", "9", ""],
                                            ["2026-10-02", "旗舰店：客服机器人", "60", "9", ""]])
    before = dump(shop)
    assert cli(shop, "import", str(path)) == 2
    assert "或加 --skip-staff 名称 跳过其行" in capsys.readouterr().err and dump(shop) == before
    assert cli(shop, "import", str(path), "--skip-staff", "旗舰店：客服机器人", "--skip-staff", "旗舰店:小助手") == 0
    out = capsys.readouterr().out
    assert "跳过的客服（--skip-staff）：旗舰店:客服机器人（2 行）、旗舰店:小助手（报表里没有）" in out
    assert shop.store.values.get("sales", date(2026, 10, 1), people["小美"]) == 10000
    assert sorted(s.name for s in shop.staff.list()) == sorted(people)


def test_the_text_report_names_the_totals_rows_it_skipped(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", ""],
                                            ["合计", "", "100", "3", ""]])
    assert cli(shop, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "跳过 1 行" in out and "  跳过的合计行（不计入，以免重复）：第 4 行\n" in out


def test_json_of_a_file_with_a_date_column_gives_its_dates_and_every_column_not_read(tmp_path, shop, people,
                                                                                   capsys):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "旺旺分组", "序号", "奇怪的列", "销售额"],
                                            ["2026-10-03", "小美", "售前", "1", "x", "100"],
                                            ["2026-10-01", "小美", "售前", "2", "x", "100"]])
    assert cli(shop, "import", str(path), "--dry-run", "--json") == 0
    [f] = json.loads(capsys.readouterr().out)["files"]
    assert f["period"] == {"start": "2026-10-01", "end": "2026-10-03"}
    assert f["ignored_columns"] == ["旺旺分组", "序号", "奇怪的列"]  # the file's order; 旺旺分组 and 序号 are known


def test_json_says_why_an_import_touching_approved_awards_was_not_committed(tmp_path, shop, people, capsys):
    from app.periods import Month

    assert cli(shop, "import", str(write_csv(tmp_path / "a.csv", [HEADER, ["2026-10-01", "小美", "100", "3", ""]]))) == 0
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(Month(2026, 10), confirm=True)
    capsys.readouterr()
    path = write_csv(tmp_path / "b.csv", [HEADER, ["2026-10-01", "小美", "120", "3", ""]])
    assert cli(shop, "import", str(path), "--json") == 2
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["committed"] is False and out["files"][0]["errors"] == []
    assert any("导入的数据属于评奖已批准的期间 2026年10月" in reason for reason in out["blocked"])  # as typed changes say it
    assert "未导入" in captured.err and "2026年10月" in captured.err and "2026-10" not in captured.err


def test_dry_run_writes_nothing_and_exits_0(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "r.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", ""]])
    before = dump(shop)
    assert cli(shop, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "没有写入" in out and "识别的列：日期、客服、销售额、询单人数\n" in out  # in the shop's words
    assert dump(shop) == before


def test_recognised_columns_are_named_as_the_metrics_they_feed(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "r.csv", [TITLE, WANGWANG_HEADER, ["2026-10-01", "小美", "100"]])
    assert cli(shop, "import", str(path), "--dry-run") == 0
    assert "识别的列：日期、旺旺→客服、客服销售额→销售额\n" in capsys.readouterr().out


def test_a_plain_ratings_column_is_named_as_itself_and_the_five_grades_as_what_they_fill(tmp_path, shop, people,
                                                                                      capsys):
    # 「评价数→评价数与满意数」: a plain 评价数 column was named as the five rating columns are
    plain = write_csv(tmp_path / "plain.csv", [TITLE, ["日期", "客服", "评价数"], ["2026-10-01", "小美", "30"]])
    assert cli(shop, "import", str(plain), "--dry-run") == 0
    assert "识别的列：日期、客服、评价数\n" in capsys.readouterr().out
    graded = write_csv(tmp_path / "graded.csv", [TITLE, ["日期", "客服", "很满意", "满意", "一般", "不满", "很不满"],
                                                  ["2026-10-01", "小美", "20", "5", "3", "1", "1"]])
    assert cli(shop, "import", str(graded), "--dry-run") == 0
    assert "很满意→评价数与满意数、满意→评价数与满意数" in capsys.readouterr().out


def test_month_option_and_create_staff(tmp_path, shop, capsys):
    path = write_csv(tmp_path / "月报.csv", [["客服", "销售额"], ["新人", "100"]])
    assert cli(shop, "import", str(path)) == 2
    capsys.readouterr()
    assert cli(shop, "import", str(path), "--month", "2026-10", "--create-staff") == 0
    assert shop.staff.resolve("新人")
    assert "找不到的客服（1 个）将新建为员工（子账号记在各自名下，入职日期记为各自在报表中的第一天）：新人" in \
        capsys.readouterr().out


def test_someone_new_is_hired_on_the_first_day_the_reports_give_for_them(tmp_path, shop, capsys):
    """Without a hire date 新人 was on the team in every earlier month: on their boards, and in approved ones."""
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额"], ["2026-10-12", "新人", "100"],
                                          ["2026-10-05", "小新", "50"], ["2026-10-09", "新人", "30"]])
    assert cli(shop, "import", str(path), "--create-staff") == 0
    hired = {p.name: p.hired for p in shop.staff.list()}
    assert hired["新人"] == date(2026, 10, 9) and hired["小新"] == date(2026, 10, 5)
    detail = shop.store.audit.detail_of("import.commit", "import_id", 1)
    assert {(c["name"], c["hired"]) for c in detail["created_staff"]} == {("新人", "2026-10-09"), ("小新", "2026-10-05")}


def _october_then_september(tmp_path, shop, capsys) -> tuple[int, str]:
    """小新 created by an October import (hired 10-05), then her September rows: (her id, the September file)."""
    october = write_csv(tmp_path / "十月.csv", [["日期", "客服", "销售额"], ["2026-10-05", "小新", "50"]])
    assert cli(shop, "import", str(october), "--create-staff") == 0
    capsys.readouterr()
    september = write_csv(tmp_path / "九月.csv", [["日期", "客服", "销售额"], ["2026-09-01", "小新", "20"],
                                                ["2026-09-30", "小新", "10"]])
    return shop.staff.resolve("小新").id, str(september)


def test_older_data_imported_later_moves_the_hire_date_the_import_gave(tmp_path, shop, capsys):
    """September's rows were stored while she was "not on the team" then: September did not count for her, and
    the preview said 「入职前可能由别人使用」, which points the owner the wrong way."""
    xiaoxin, september = _october_then_september(tmp_path, shop, capsys)
    assert cli(shop, "import", september, "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hire_moved"] == [{"staff_id": xiaoxin, "name": "小新", "from": "2026-10-05", "to": "2026-09-01"}]
    assert out["files"][0]["notes"] == []
    assert cli(shop, "import", september) == 0
    out = capsys.readouterr().out
    assert "小新的入职日期由导入时按报表首日记的 10月5日 改为 9月1日\n" in out and "入职前" not in out
    assert shop.staff.get(xiaoxin).hired == date(2026, 9, 1)
    assert [(row.staff.name, row.line.value) for row in shop.progress(Month(2026, 9), board=True).people] == \
        [("小新", 3000)]
    assert cli(shop, "imports", "undo", "2") == 0
    assert "小新的入职日期已改回 2026年10月5日（这次导入按报表首日改成了 2026年9月1日）" in capsys.readouterr().out
    assert shop.staff.get(xiaoxin).hired == date(2026, 10, 5)


def test_a_typed_hire_date_stays_and_the_tenure_note_with_it(tmp_path, shop, capsys):
    xiaoxin, september = _october_then_september(tmp_path, shop, capsys)
    shop.staff.edit(xiaoxin, StaffDraft("小新", hired=date(2026, 10, 2)))
    assert cli(shop, "import", september, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hire_moved"] == []
    assert any("入职前可能由别人使用" in note for note in out["files"][0]["notes"])
    assert shop.staff.get(xiaoxin).hired == date(2026, 10, 2)


def test_an_approved_september_is_asked_about_before_the_hire_date_moves(tmp_path, shop, capsys):
    xiaoxin, september = _october_then_september(tmp_path, shop, capsys)
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(Month(2026, 9), confirm=True)
    assert cli(shop, "import", september) == 2
    err = capsys.readouterr().err
    assert "导入的数据和小新入职日期的变动属于评奖已批准的期间 2026年9月" in err and "--confirm-approved" in err
    assert shop.staff.get(xiaoxin).hired == date(2026, 10, 5)
    assert cli(shop, "import", september, "--confirm-approved") == 0
    assert shop.staff.get(xiaoxin).hired == date(2026, 9, 1)
    assert shop.store.audit.detail_of("import.commit", "import_id", 2)["approved_periods"] == ["2026-09"]


def test_imports_list_and_undo(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "r.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", ""]])
    cli(shop, "import", str(path))
    capsys.readouterr()
    assert cli(shop, "imports", "list", "--json") == 0
    [record] = json.loads(capsys.readouterr().out)
    assert (record["file"], record["new"], record["status"]) == ("r.csv", 1, "committed")
    assert cli(shop, "imports", "undo", str(record["id"])) == 0
    assert shop.store.values.count() == 0
    cli(shop, "imports", "list")
    assert "已撤销" in capsys.readouterr().out


def test_export(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "r.csv", [TITLE, HEADER, ["2026-10-01", "小美", "1,234.5", "3", ""]])
    cli(shop, "import", str(path))
    out = tmp_path / "导出 十月.xlsx"
    assert cli(shop, "export", "--month", "2026-10", "-o", str(out), "--daily") == 0
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == 2
    daily = book.worksheets[1]
    assert [c.value for c in daily[1]] == ["日期", "员工", "销售额", "询单人数"]
    assert daily["C2"].value == 1234.5 and daily["C2"].number_format == "¥#,##0.00"


def test_a_missing_file_is_named_once_with_where_it_was_looked_for(tmp_path, shop, capsys):
    assert cli(shop, "import", str(tmp_path / "没有这个.xlsx")) == 2
    captured = capsys.readouterr()
    assert "出错" not in captured.out
    assert f"没有这个.xlsx：找不到文件 {tmp_path / '没有这个.xlsx'}" in captured.err


def test_a_file_refused_as_a_whole_after_its_header_shows_its_error_not_a_count_of_0_rows(tmp_path, shop, people,
                                                                                           capsys):
    future = write_csv(tmp_path / "下月.csv", [["统计时间：2026-11-01 ~ 2026-11-30"], ["客服", "销售额"], ["小美", "100"]])
    assert cli(shop, "import", str(future)) == 2
    captured = capsys.readouterr()
    assert "表头在第 2 行" in captured.out
    assert "出错" not in captured.out and "新增" not in captured.out and "识别的列：\n" not in captured.out
    assert "错误：下月.csv：统计时间 2026年11月1日 至 2026年11月30日 还没到" in captured.err
    good = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小美", "100"]])
    assert cli(shop, "import", str(good), str(future)) == 2
    out = capsys.readouterr().out
    assert out.count("新增 1 行，修改 0 行，未变 0 行，跳过 0 行，出错 0 行") == 1  # the good file's line only


def test_the_same_file_again_is_not_recorded_and_says_which_import_had_it(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", ""]], "gbk")
    assert cli(shop, "import", str(path)) == 0
    capsys.readouterr()
    before = dump(shop)
    assert cli(shop, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "内容没有变化：这些数据已由第 1 次导入「日报.csv」（" in out and "已导入（第" not in out
    assert cli(shop, "import", str(path), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["committed"] is False and data["blocked"] == []
    [earlier] = data["already_imported"]
    assert (earlier["import_id"], earlier["file"]) == (1, "日报.csv")
    assert dump(shop) == before


def test_json_says_daily_values_under_an_imported_report_do_not_count(shop, capsys):
    from datetime import date
    from pathlib import Path

    samples = Path(__file__).parents[2] / "data" / "samples"
    shop.set_today(date(2026, 11, 5))
    assert cli(shop, "import", str(samples / "赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx"), "--create-staff") == 0
    capsys.readouterr()
    assert cli(shop, "import", str(samples / "客服日报_2026-10-01至2026-10-07.csv"), "--create-staff", "--json",
               "--dry-run") == 0
    [f] = json.loads(capsys.readouterr().out)["files"]
    assert f["daily_under_totals"] == ["paying", "sales"]
    assert any("的部分日子已有导入的期间合计（如月报）：这些逐日数据会保存，但不计入" in note for note in f["notes"])


def test_a_date_with_the_year_last_is_an_error_naming_file_row_and_column(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026/10/1", "小美", "100"],
                                            ["10/02/2026", "小美", "100"]], "gbk")
    before = dump(shop)
    assert cli(shop, "import", str(path)) == 2
    assert ("日报.csv 第 3 行「日期」列：「10/02/2026」年份写在最后的日期（月/日/年 或 日/月/年）看不出哪个是月份"
            in capsys.readouterr().err)
    assert dump(shop) == before


def test_imports_undo_of_an_approved_month_needs_confirm_approved(tmp_path, shop, people, capsys):
    from app.periods import Month

    assert cli(shop, "import", str(write_csv(tmp_path / "a.csv", [HEADER, ["2026-10-01", "小美", "100", "3", ""]]))) == 0
    [record] = shop.store.imports.history()
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(Month(2026, 10), confirm=True)
    capsys.readouterr()
    before = dump(shop)
    assert cli(shop, "imports", "undo", str(record.id)) == 2
    err = capsys.readouterr().err
    assert f"第 {record.id} 次导入（a.csv）的数据属于评奖已批准的期间 2026年10月" in err and "--confirm-approved" in err
    assert dump(shop) == before
    assert cli(shop, "imports", "undo", str(record.id), "--confirm-approved") == 0
    assert shop.store.imports.history()[0].status == "undone"


def test_a_repeated_file_committed_after_the_shop_changed_is_not_said_to_be_already_imported(
        tmp_path, shop, people, capsys, monkeypatch):
    """Between the preview (nothing would change) and the commit, the owner typed another value into a cell the
    file holds: the commit counts again and writes the file's value. The JSON says committed, and only that."""
    from datetime import date

    from app.importing.service import ImportService

    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", ""]], "gbk")
    assert cli(shop, "import", str(path)) == 0
    capsys.readouterr()
    preview = ImportService.preview

    def preview_then_typed(self, *args, **kwargs):
        plan = preview(self, *args, **kwargs)
        shop.data.set_value(date(2026, 10, 1), people["小美"], shop.metrics.get("sales"), 5_000)
        return plan

    monkeypatch.setattr(ImportService, "preview", preview_then_typed)
    assert cli(shop, "import", str(path), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["committed"] is True and data["already_imported"] == []
    assert shop.store.values.get("sales", date(2026, 10, 1), people["小美"]) == 10_000


def _change_after_preview(monkeypatch, change):
    from app.importing.service import ImportService

    preview = ImportService.preview

    def preview_then_changed(self, *args, **kwargs):
        plan = preview(self, *args, **kwargs)
        change()
        return plan

    monkeypatch.setattr(ImportService, "preview", preview_then_changed)


def test_a_repeated_file_that_writes_after_the_shop_changed_keeps_no_note_of_nothing_changing(
        tmp_path, shop, people, capsys, monkeypatch):
    from datetime import date

    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", ""]], "gbk")
    assert cli(shop, "import", str(path)) == 0
    capsys.readouterr()
    _change_after_preview(monkeypatch, lambda: shop.data.set_value(
        date(2026, 10, 1), people["小美"], shop.metrics.get("sales"), 5_000))
    assert cli(shop, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "已导入（第 2 次导入）" in out and "修改 1 行" in out
    assert "这个文件在" in out and "已经导入过（第 1 次导入「日报.csv」）" in out  # still true
    assert "内容没有变化" not in out and "不会改变任何数据" not in out


def test_a_repeated_file_is_not_recorded_when_the_shop_changed_elsewhere_since_the_preview(
        tmp_path, shop, people, capsys, monkeypatch):
    from app.domain import StaffDraft

    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3", ""]], "gbk")
    assert cli(shop, "import", str(path)) == 0
    capsys.readouterr()
    _change_after_preview(monkeypatch, lambda: shop.staff.add(StaffDraft(name="新人")))
    assert cli(shop, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "内容没有变化：这些数据已由第 1 次导入「日报.csv」（" in out and "已导入（第" not in out
    assert len(shop.store.imports.history()) == 1
