"""Mistakes in the options themselves, as a scheduled task's command line makes them: an option written twice,
an option the command does not have. Each exits 2 before anything is read or written, says which command it is
about, and points at that command's help."""

import json
from datetime import date

import pytest

from app.cli import main


@pytest.mark.parametrize(("args", "option"), [
    (("data", "set", "--date", "2026-10-19", "--staff", "1", "--metric", "sales", "--value", "100", "--value", "200"),
     "--value"),
    (("data", "set", "--date", "2026-10-19", "--staff", "1", "--staff", "2", "--metric", "sales", "--value", "1"),
     "--staff"),
    (("target", "set", "--month", "2026-10", "--month", "2026-11", "--shop", "--value", "1"), "--month"),
    (("poster", "-o", "a.png", "--output", "b.png"), "-o/--output"),
    (("progress", "--month", "2026-10", "--month=2026-09"), "--month"),
])
def test_an_option_given_twice_is_refused_and_changes_nothing(cli, add, store, tmp_path, monkeypatch, args, option):
    """argparse kept the last of the two silently: `--value 100 --value 200` wrote ¥200 with no word said."""
    monkeypatch.chdir(tmp_path)  # where the poster would be written
    add("小美", "--hired", "2025-01-01")
    add("小刚", "--hired", "2025-01-01")
    done = cli(*args)
    assert done.code == 2 and done.out == "", done.err
    assert f"参数 {option}：只能写一次" in done.err, done.err
    assert "Traceback" not in done.err
    assert store().values.get("sales", date(2026, 10, 19), 1) is None and list(tmp_path.glob("*.png")) == []
    english = cli(*args, lang="en")
    assert english.code == 2 and f"{option}: may be given only once" in english.err, english.err


def test_a_global_option_given_twice_is_refused(tmp_path, capsys):
    first, second = tmp_path / "一.db", tmp_path / "二.db"
    code = main(["--db", str(first), "--db", str(second), "staff", "add", "小美"])
    assert code == 2 and "参数 --db：只能写一次" in capsys.readouterr().err
    assert not first.exists() and not second.exists()


def test_options_that_may_repeat_still_do(cli, add):
    person = add("小美", "--alias", "旗舰店:小美", "--alias", "专营店:小美")
    assert json.loads(cli("staff", "list", "--json").out)[0]["aliases"] == ["旗舰店:小美", "专营店:小美"]
    done = cli("event", "add", "--date", "2026-10-19", "--staff", str(person), "--type", "备件销售", "--amount", "100",
               "--attr", "margin=38%", "--attr", "paid=yes")
    assert done.code == 0, done.err
    assert cli("staff", "list", "--json", "--json").code == 0  # a flag twice says the same thing twice


@pytest.mark.parametrize(("args", "command", "guess"), [
    (("staff", "add", "小美", "--dpt", "客服部"), "honghua staff add", "--dept"),
    (("staff", "list", "--jsn"), "honghua staff list", "--json"),
    (("progress", "--month", "2026-10", "--as_of=2026-10-19"), "honghua progress", "--as-of"),
    (("flowers", "issue", "--from", "1", "--to", "2", "--reason", "x", "--categry", "创新改进"), "honghua flowers issue",
     "--category"),
    # a month is --period here and --month there: the spelling alone guessed --json
    (("flowers", "board", "--month", "2026-10"), "honghua flowers board", "--period"),
    (("progress", "--period", "2026-10"), "honghua progress", "--month"),
])
def test_an_unknown_option_is_reported_at_its_command_with_a_guess(cli, args, command, guess):
    """`honghua staff add 小美 --dpt 客服部` said 「honghua：无法识别的参数」 and sent the reader to `honghua -h`,
    the list of commands, where staff add's options are not."""
    done = cli(*args)
    assert done.code == 2 and done.out == ""
    assert done.err.startswith(f"{command}：无法识别的参数：") and f"是不是想输入 {guess}？" in done.err, done.err
    assert f"运行「{command} -h」查看用法。" in done.err


@pytest.mark.parametrize("option", ["--db", "--today", "--lang", "--pin"])
def test_a_global_option_after_the_command_is_said_to_go_before_it(cli, option):
    """`honghua staff list --db shop.db`: the global options go before the command word."""
    done = cli("staff", "list", option, "x")
    assert done.code == 2
    assert f"{option} 要写在命令之前：honghua {option} … staff list" in done.err, done.err


def test_an_unknown_word_without_a_near_option_gets_no_guess(cli):
    done = cli("imports", "undo", "1", "2")
    assert done.code == 2
    assert done.err.splitlines() == ["honghua imports undo：无法识别的参数：2", "运行「honghua imports undo -h」查看用法。"]


def test_an_empty_db_is_refused_rather_than_taken_for_the_default_shop(tmp_path, capsys, monkeypatch):
    """`honghua --db "%SHOP%" import 日报.xlsx` in a scheduled task whose variable is empty imported into the
    default shop (the user data folder's), as if no --db had been written."""
    from app.paths import default_db_path

    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.setenv("HONGHUA_HOME", str(tmp_path / "home"))
    for words in (["--db", "", "staff", "add", "小美"], ["--db=  ", "staff", "list"]):
        code = main(words)
        assert code == 2 and capsys.readouterr().err.startswith("错误：--db："), words
    assert not default_db_path().exists()


def test_a_period_option_takes_the_forms_an_owner_types_and_names_them_when_refused(cli, add):
    add("小美", "--hired", "2025-01-01")
    for text in ("2026下半年", "2026年Q4", "2026.10"):
        done = cli("flowers", "board", "--period", text, "--json")
        assert done.code == 0, (text, done.err)
    refused = cli("flowers", "board", "--period", "2026年第13月")
    assert refused.code == 2 and "--period：" in refused.err and "2026年第4季度" in refused.err, refused.err


def test_a_lone_double_dash_before_the_command_ends_the_options(cli, add, db, capsys, monkeypatch):
    """`honghua -- staff list`, as scripts end the options: Python 3.11's argparse took the `--` for the command
    («没有命令 '--'»). A `--` after the command word is still the command's own."""
    add("小美", "--hired", "2025-01-01")
    done = cli("--", "staff", "list", "--json")
    assert done.code == 0 and [p["name"] for p in json.loads(done.out)] == ["小美"], done.err
    monkeypatch.setenv("HONGHUA_DB", str(db))  # `--` first on the line, run as the `honghua` entry point runs it
    monkeypatch.setenv("HONGHUA_TODAY", "2026-10-20")
    from ui.launch import main as honghua

    capsys.readouterr()
    assert honghua(["--", "staff", "list", "--json"]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["小美"]
    after = cli("staff", "list", "--", "--json")
    assert after.code == 2 and "--json" in after.err


def test_a_double_dash_with_nothing_after_it_ends_the_options(cli, add):
    """`honghua … -- "$@"` with no words to hand on: argparse left the `--` over («无法识别的参数：--»), and a lone
    `honghua --` was answered «是不是想输入 --db？» instead of asking for a command."""
    add("小美", "--hired", "2025-01-01")
    done = cli("staff", "list", "--json", "--")
    assert done.code == 0 and [p["name"] for p in json.loads(done.out)] == ["小美"], done.err
    alone = cli("--")
    assert alone.code == 2 and "请指定一个命令" in alone.err and "--db" not in alone.err, alone.err
    from ui.main import parse_args  # the window's options: a shop file dropped on it after a `--`

    assert parse_args(["--db", "店铺.db", "--"]).db.name == "店铺.db"


def test_a_command_word_written_as_a_double_dash_is_refused_by_name():
    """Python 3.12.8+/3.13.1+ take the `--` that ends the options out before `_get_values`, so `honghua -- --`
    hands it the second one alone: removing that too left no command word, and argparse failed with IndexError."""
    import argparse

    from app.cli.commands import build_parser

    parser = build_parser()
    commands = next(action for action in parser._actions if action.nargs == argparse.PARSER)
    with pytest.raises(argparse.ArgumentError, match="'--'"):
        parser._get_values(commands, ["--"])


def test_an_option_written_after_a_double_dash_is_said_to_go_before_it(cli):
    """After `--` every word is a value: «是不是想输入 --name？» answered an owner who had typed --name."""
    done = cli("staff", "edit", "--", "-小美", "--name", "小红")
    assert done.code == 2 and "--name 要写在 -- 之前" in done.err and "是不是想输入" not in done.err, done.err
    english = cli("staff", "edit", "--", "-小美", "--name=小红", lang="en")
    assert english.code == 2 and "--name goes before the --" in english.err, english.err
