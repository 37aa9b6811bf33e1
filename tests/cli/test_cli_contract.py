"""The command-line contract the issues write down, word for word, where no other test holds it: the period
forms every --period takes, the award run's JSON kinds and signs, stdout that is JSON alone under --json, the
owner PIN from the environment, the poster's sizes, the flowers' --category and --person, an Excel file's
encoding in the import JSON, and --help that says, in Chinese, what each option takes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from PIL import Image

from app.cli.commands import build_parser

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
PERIOD_FORMS = "2026-10、2026-Q4、2026-H2 或 2026"


@pytest.fixture
def demo(cli):
    """The demo shop of the award run's e2e test: 8 people, August to October, today 3 November."""
    assert cli("demo", "--staff", "8", "--months", "3", today="2026-11-03").code == 0
    return cli


@pytest.mark.parametrize(("typed", "key"), [
    ("2026-10", "2026-10"), ("2026-Q4", "2026-Q4"), ("2026-H2", "2026-H2"), ("2026", "2026"),
    ("2026年10月", "2026-10"), ("2026年第四季度", "2026-Q4"), ("2026 Q3", "2026-Q3"), ("2026-h1", "2026-H1"),
])
def test_every_period_form_is_taken_by_compute_status_and_the_certificates_list(cli, add, typed, key):
    add("小美", "--hired", "2025-01-01")
    assert cli("plan", "use", "taobao-kefu").code == 0
    for command in (("awards", "compute"), ("awards", "status"), ("certificates", "list")):
        done = cli(*command, "--period", typed, "--json")
        assert done.code == 0, (command, done.err)
        data = json.loads(done.out)
        if command[0] == "awards":
            assert data["period"] == key
        else:
            assert data == []


def test_a_half_year_and_a_year_are_approved_by_their_keys(demo):
    for period in ("2026-H1", "2026"):
        done = demo("awards", "approve", "--period", period, "--confirm", today="2026-11-03")
        assert done.code == 0, done.err
        status = json.loads(demo("awards", "status", "--period", period, "--json", today="2026-11-03").out)
        assert status["period"] == period and status["approved"] is True


def test_award_lines_use_the_contracts_kinds_and_signs(demo):
    done = demo("awards", "compute", "--period", "2026-10", "--json", today="2026-11-03")
    assert done.code == 0, done.err
    data = json.loads(done.out)
    line_keys = {"recipient_type", "staff_id", "staff", "award", "rule_kind", "kind", "amount_fen", "item",
                 "explanation", "certificate"}
    assert all(line_keys <= set(line) for line in data["lines"])
    kinds = {line["kind"] for line in data["lines"]}
    assert kinds <= {"cash", "goods", "item", "honour", "deduction"}
    assert {"cash", "goods", "item", "deduction"} <= kinds  # the demo month has each of them
    assert {line["recipient_type"] for line in data["lines"]} <= {"staff", "department"}
    for line in data["lines"]:
        assert (line["amount_fen"] < 0) == (line["kind"] == "deduction"), line
        assert isinstance(line["certificate"], bool) and isinstance(line["explanation"], str)
    for total in data["totals"]:
        assert {"staff_id", "staff", "cash_fen", "goods_fen", "deduction_fen", "net_fen"} <= set(total)
        mine = [x for x in data["lines"] if x["recipient_type"] == "staff" and x["staff_id"] == total["staff_id"]]
        assert total["goods_fen"] == sum(x["amount_fen"] for x in mine if x["kind"] == "goods")
        assert total["deduction_fen"] == -sum(x["amount_fen"] for x in mine if x["kind"] == "deduction") >= 0
        assert total["net_fen"] == total["cash_fen"] - total["deduction_fen"]  # goods and items are not netted


def test_with_json_stdout_holds_the_json_alone(demo):
    """A scheduled task parses stdout: remarks (a new person's summary, an approved month's warning, an
    import's notes) go to stderr, never before or after the JSON."""
    on = {"today": "2026-11-03"}
    assert demo("awards", "approve", "--period", "2026-10", **on).code == 0
    assert demo("data", "set", "--date", "2026-10-15", "--staff", "1", "--metric", "sales", "--value", "99999",
                "--confirm-approved", **on).code == 0
    commands = [
        ("staff", "list", "--json"), ("staff", "add", "新来的", "--hired", "2026-11-01", "--json"), ("progress", "--json"),
        ("progress", "--month", "2026-10", "--as-of", "2026-10-19", "--json"),
        ("flowers", "list", "--json"), ("flowers", "board", "--year", "2026", "--json"), ("plan", "list", "--json"),
        ("awards", "compute", "--period", "2026-10", "--json"), ("awards", "status", "--period", "2026-10", "--json"),
        ("awards", "manual-list", "--period", "2026-10", "--json"), ("awards", "simulate", "--plan", "ecommerce-pay",
                                                                     "--json"),
        ("certificates", "list", "--period", "2026-10", "--json"), ("imports", "list", "--json"),
        ("import", str(SAMPLES / "客服日报_2026-10-01至2026-10-07.csv"), "--create-staff", "--dry-run",
         "--confirm-approved", "--json"),
        ("import", str(SAMPLES / "客服日报_2026-10-01至2026-10-07.csv"), "--create-staff", "--confirm-approved",
         "--json"),
        ("backup", "--json"), ("backup", "list", "--json"), ("check", "--json"), ("check", "--quick", "--json"),
    ]
    remarks = 0
    for command in commands:
        done = demo(*command, **on)
        assert done.code == 0, (command, done.err)
        json.loads(done.out)  # the whole of stdout, nothing around it
        remarks += bool(done.err)
    assert remarks  # some of them did have something to say, on stderr


def test_a_refused_json_command_leaves_stdout_empty_or_json(demo):
    refused = demo("flowers", "issue", "--from", "1", "--to", "1", "--reason", "自己", "--json", today="2026-11-03")
    assert refused.code == 2 and refused.out == "" and refused.err.startswith("错误：")
    blocked = demo("import", str(SAMPLES / "客服日报_2026-10-01至2026-10-07.csv"), "--json", today="2026-11-03")
    assert blocked.code == 2 and json.loads(blocked.out)["committed"] is False


def test_a_blocked_import_with_json_says_on_stderr_why_and_what_to_add(demo, tmp_path):
    """A scheduled task keeps the JSON and logs stderr: the log names the file and its fault, and the option
    that lets the import go on, as the text output does."""
    on = {"today": "2026-11-03"}
    assert demo("awards", "approve", "--period", "2026-10", **on).code == 0
    daily = str(SAMPLES / "客服日报_2026-10-01至2026-10-07.csv")
    approved = demo("import", daily, "--create-staff", "--json", **on)
    assert approved.code == 2 and json.loads(approved.out)["committed"] is False
    assert "如确需修改，请加 --confirm-approved" in approved.err
    (tmp_path / "无年份.csv").write_text("日期,客服,销售额\n10月5日,旗舰店:小美,100\n", encoding="utf-8")
    for name, fault in (("不存在.csv", "找不到文件"), ("无年份.csv", "--month YYYY-MM")):
        done = demo("import", str(tmp_path / name), "--json", **on)
        assert done.code == 2 and json.loads(done.out)["committed"] is False
        assert name in done.err and fault in done.err, done.err


def test_a_json_import_blocked_by_names_nobody_has_lists_them_on_stderr(cli, add):
    """The log of a scheduled import says which names to add as sub-accounts, as the text output does: the JSON's
    names are \\u escapes nobody reads in a log."""
    add("小美", "--hired", "2025-01-01")
    done = cli("import", str(SAMPLES / "客服日报_2026-10-01至2026-10-07.csv"), "--json", today="2026-10-20")
    unknown = json.loads(done.out)["files"][0]["unknown_staff"]
    assert done.code == 2 and unknown
    assert f"找不到的客服（{len(unknown)} 个）：" in done.err and all(name in done.err for name in unknown), done.err


def test_the_pin_from_the_environment_or_pin_unlocks_writes(cli, add, db, monkeypatch):
    from contextlib import closing
    from datetime import date

    from app.shop import Shop

    add("小美")
    with closing(Shop.open(db, date(2026, 10, 20))) as shop:
        shop.security.set_pin("2468")
    typed = ("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "sales", "--value", "100")
    refused = cli(*typed)
    assert refused.code == 2 and "--pin" in refused.err and "HONGHUA_PIN" in refused.err
    wrong = cli("--pin", "1111", *typed)
    assert wrong.code == 2 and "店主密码不对" in wrong.err
    assert cli("staff", "list", "--json").code == 0  # reading needs no PIN
    assert cli("--pin", "2468", *typed).code == 0
    monkeypatch.setenv("HONGHUA_PIN", "2468")
    assert cli(*typed[:-1], "200").code == 0
    with closing(Shop.open(db, date(2026, 10, 20))) as shop:
        assert shop.store.values.get("sales", date(2026, 10, 19), 1) == 20_000


@pytest.mark.parametrize(("size", "pixels"), [(None, (1080, 1920)), ("phone", (1080, 1920)), ("a4", (1240, 1754)),
                                              ("wide", (1920, 1080))])
def test_poster_sizes_are_the_issues(cli, add, tmp_path, size, pixels):
    add("小美", "--hired", "2025-01-01")
    out = tmp_path / "战报.png"
    done = cli("poster", "--month", "2026-10", "--as-of", "2026-10-19", "-o", str(out),
               *(("--size", size) if size else ()))
    assert done.code == 0, done.err
    assert done.out.strip() == str(out)
    with Image.open(out) as image:
        assert image.size == pixels


def test_flowers_issue_category_and_list_by_person(cli, add):
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    add("小刚", "--hired", "2025-01-01")
    assert cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "提了包装改进", "--category",
               "创新改进").code == 0
    assert cli("flowers", "issue", "--from", "王店长", "--to", "小刚", "--reason", "挽回差评").code == 0
    mine = json.loads(cli("flowers", "list", "--person", "小美", "--json").out)
    assert [(f["recipient"], f["category"]) for f in mine] == [("小美", "创新改进")]
    everyone = json.loads(cli("flowers", "list", "--json").out)
    assert [f["category"] for f in everyone] == ["创新改进", "客户服务"]  # 客户服务 when none is given
    bad = cli("flowers", "issue", "--from", "王店长", "--to", "小刚", "--reason", "x", "--category", "卫生")
    assert bad.code == 2 and "--category" in bad.err and "客户服务" in bad.err


@pytest.mark.parametrize(("written", "named"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"),
                                              ("utf-16", "utf-16"), ("utf-16-le", "utf-16"), ("utf-16-be", "utf-16")])
def test_a_csv_files_encoding_in_the_import_json_is_one_the_issue_names(cli, new_shop, tmp_path, written, named):
    """Issue 3: `encoding` is utf-8, utf-8-sig, gb18030, utf-16 or null; UTF-16 saved without its byte-order mark
    too (it was named utf-16-le or utf-16-be, which a script written for the issue's names does not know)."""
    text = (SAMPLES / "客服日报_2026-10-01至2026-10-07.csv").read_text(encoding="gb18030")
    path = tmp_path / "日报.csv"
    path.write_bytes(text.encode(written))
    done = cli("import", str(path), "--create-staff", "--dry-run", "--json")
    assert done.code == 0, done.err
    assert json.loads(done.out)["files"][0]["encoding"] == named


def test_an_excel_files_encoding_is_null_in_the_import_json(cli, new_shop):
    done = cli("import", str(SAMPLES / "赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx"), "--create-staff",
               "--dry-run", "--json", today="2026-11-05")
    assert done.code == 0, done.err
    [report] = json.loads(done.out)["files"]
    assert report["encoding"] is None and report["header_row"] >= 1
    assert report["period"] == {"start": "2026-10-01", "end": "2026-10-31"}


def test_progress_counts_calendar_days_whatever_the_board_weighs(cli, add, db):
    """Issue 6: `honghua progress` always uses calendar days, even when the board weighs working days."""
    from contextlib import closing
    from datetime import date

    from app import settings as declared
    from app.shop import Shop

    add("小美", "--hired", "2025-01-01")
    assert cli("target", "set", "--month", "2026-10", "--staff", "小美", "--value", "31000").code == 0
    with closing(Shop.open(db, date(2026, 10, 20))) as shop:
        shop.settings.set(declared.BOARD_DAY_WEIGHTS, "workdays")
    mei = json.loads(cli("progress", "--month", "2026-10", "--as-of", "2026-10-10", "--json").out)["staff"][0]
    assert mei["elapsed_pct"] == pytest.approx(10 / 31 * 100)  # not 3 of October's 18 working days


def _arguments(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, argument) for every argument of every command, the sub-command choosers aside."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _arguments(sub, (*path, name))
        elif not isinstance(action, argparse._HelpAction):
            yield path, action


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def test_every_argument_says_in_help_what_it_takes():
    found = list(_arguments(build_parser()))
    assert len(found) > 150
    silent = [(" ".join(path), action.option_strings or action.dest) for path, action in found if not action.help]
    assert silent == []
    periods = [(" ".join(path), action.help) for path, action in found if "--period" in action.option_strings]
    assert len(periods) >= 9  # awards compute/status/approve/manual/adjust/manual-list/history, certificates ×3
    assert {text for _, text in periods} == {PERIOD_FORMS}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_help_screen_is_in_the_chosen_language(cli, lang):
    paths = list(_commands(build_parser()))
    assert len(paths) > 40
    for path in paths:
        done = cli(*path, "--help", lang=lang)
        assert done.code == 0 and done.err == "", path
        if lang == "zh":
            assert done.out.startswith("用法：honghua") and "选项：" in done.out, path
            assert "usage:" not in done.out and "options:" not in done.out and "show this help" not in done.out
        else:
            assert done.out.startswith("usage: honghua") and "options:" in done.out, path


def test_times_in_text_output_are_written_as_the_window_writes_them(demo):
    """`awards status` said 2026-11-03 16:03 while the approval, its history, the plans and the imports said
    2026-11-03T16:03:26 — the stored form, with its T, in front of a shop owner. The sentences of `awards status`
    and `awards approve` now write the day as the window does (2026年11月3日 16:03); the tables keep
    2026-11-03 16:03:26, a column a script may read."""
    import re

    on = {"today": "2026-11-03"}
    stored_form = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
    assert demo("awards", "approve", "--period", "2026-09", "--confirm", **on).code == 0
    again = demo("awards", "approve", "--period", "2026-09", "--confirm", **on)
    assert again.code == 0 and "无需重新批准" in again.out
    assert re.search(r"已于 2026年11月3日 \d\d:\d\d 批准", again.out), again.out
    assert demo("import", str(SAMPLES / "客服日报_2026-10-01至2026-10-07.csv"), "--create-staff", **on).code == 0
    status = demo("awards", "status", "--period", "2026-09", **on)
    assert status.code == 0 and re.search(r"已于 2026年11月3日 \d\d:\d\d 批准", status.out), status.out
    for command in (("awards", "history", "--period", "2026-09"), ("plan", "list"), ("imports", "list")):
        shown = demo(*command, **on)
        assert shown.code == 0 and re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", shown.out), command
        assert not stored_form.search(shown.out), (command, shown.out)
    assert not stored_form.search(again.out + status.out)


def test_awards_status_writes_dates_as_the_window_in_text_and_iso_in_json(demo):
    """The text of `awards status` is read by a person: 2026年11月3日 (in English 2026-11-03); --json is read by
    scripts and keeps the stored ISO time exactly."""
    import json
    import re

    on = {"today": "2026-11-03"}
    assert demo("awards", "approve", "--period", "2026-09", "--confirm", **on).code == 0
    text = demo("awards", "status", "--period", "2026-09", **on).out
    assert re.search(r"2026年9月：已于 2026年11月3日 \d\d:\d\d 批准", text) and "2026-11-03" not in text, text
    english = demo("awards", "status", "--period", "2026-09", lang="en", **on).out
    assert re.search(r"2026-11-03 \d\d:\d\d", english) and "年" not in english, english
    shown = json.loads(demo("awards", "status", "--period", "2026-09", "--json", **on).out)
    assert re.fullmatch(r"2026-11-03T\d\d:\d\d:\d\d", shown["approved_at"]), shown


@pytest.mark.parametrize(("args", "option"), [
    (("data", "set", "--date", "2026-02-30", "--staff", "1", "--metric", "sales", "--value", "1"), "--date"),
    (("event", "add", "--date", "10/19", "--staff", "1", "--type", "表扬"), "--date"),
    (("staff", "add", "小丽", "--hired", "2026-1-1x"), "--hired"),
    (("staff", "edit", "1", "--hired", "yesterday"), "--hired"),
    (("staff", "leave", "1", "--date", "2026-13-01"), "--date"),
    (("staff", "rehire", "1", "--date", "2026-13-01"), "--date"),
    (("progress", "--as-of", "10-19"), "--as-of"),
    (("poster", "--as-of", "xx", "-o", "p.png"), "--as-of"),
    (("flowers", "issue", "--from", "1", "--to", "1", "--reason", "x", "--date", "2026-99-01"), "--date"),
    (("certificates", "make", "--name", "小美", "--award", "奖", "--period", "2026-10", "--date", "2026-13-01", "-o",
      "c.pdf"), "--date"),
])
def test_a_bad_day_is_refused_naming_the_option_typed(cli, add, args, option):
    """As --month and --period are: 「日期：日期「x」无效」 named neither the option nor anything new."""
    add("小美", "--hired", "2025-01-01")
    done = cli(*args)
    assert done.code == 2 and done.out == ""
    assert done.err.startswith(f"错误：{option}：日期「") and "应为 YYYY-MM-DD" in done.err, done.err
    english = cli(*args, lang="en")
    assert english.code == 2 and english.err.startswith(f"Error: {option}: ") and english.err.isascii()


def test_the_window_only_page_option_names_the_words_it_takes():
    """`honghua --page 员工` (issue 2): the command line's help said only 「打开时显示的页面」, not what to write."""
    page = next(a for a in build_parser()._actions if "--page" in a.option_strings)
    assert "staff" in page.help and "员工" in page.help and "honghua --help" in page.help


def test_rows_skipped_with_skip_errors_are_said_to_be_skipped(cli, add, tmp_path):
    """Issue 3: 「what was skipped is reported」 — the output said 「出错 1 行」 and 「已导入」, and never that the row
    was left out."""
    add("小美", "--hired", "2025-01-01")
    report = tmp_path / "日报.csv"
    report.write_text("日期,客服,销售额\n2026-10-01,小美,100\n2026-10-02,小美,-5\n", encoding="utf-8")
    refused = cli("import", str(report))
    assert refused.code == 2 and "第 3 行「销售额」列：「-5」不能为负数" in refused.err
    done = cli("import", str(report), "--skip-errors")
    assert done.code == 0, done.err
    assert "已导入（第 1 次导入）" in done.out
    assert "出错的 1 行已跳过（--skip-errors），没有导入；原因见上面的「错误」" in done.out
    assert "第 3 行「销售额」列：「-5」不能为负数" in done.err
    data = json.loads(cli("imports", "list", "--json").out)
    assert [(r["new"], r["status"]) for r in data] == [(1, "committed")]


def test_awards_history_says_the_net_each_approval_paid_flush_right(demo):
    """A payout sheet printed from an earlier approval is told apart by its 个人实发合计, as the 评奖 page's 批准记录
    tab shows it: the command's history listed when and by whom only."""
    import json

    on = {"today": "2026-11-03"}
    assert demo("awards", "approve", "--period", "2026-09", "--confirm", **on).code == 0
    first = json.loads(demo("awards", "history", "--period", "2026-09", "--json", **on).out)
    assert demo("awards", "adjust", "--period", "2026-09", "--staff", "1", "--amount", "-30", "--reason", "迟到",
                **on).code == 0
    assert demo("awards", "approve", "--period", "2026-09", "--confirm", **on).code == 0
    runs = json.loads(demo("awards", "history", "--period", "2026-09", "--json", **on).out)
    assert [r["status"] for r in runs] == ["approved", "superseded"]
    assert runs[1]["staff_net_fen"] == first[0]["staff_net_fen"] and runs[0]["staff_net_fen"] == runs[1]["staff_net_fen"] - 3000
    assert set(runs[0]) >= {"id", "status", "approved_at", "user", "superseded_at", "confirmed"}
    import unicodedata

    def width(text):  # as a terminal shows it: a Chinese character takes two columns
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    lines = demo("awards", "history", "--period", "2026-09", **on).out.splitlines()
    money = [line for line in lines[2:] if "¥" in line]
    assert "个人实发合计" in lines[0] and len(money) == 2
    ends = {width(line[:line.index("¥")]) + len(line[line.index("¥"):].split()[0]) for line in money}
    assert len(ends) == 1  # the amounts end on one column: flush right
