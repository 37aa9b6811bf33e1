"""--today and HONGHUA_TODAY, as a scheduled task writes them: read as every other day option is read, and a
wrong one refused naming where it came from and why."""

import json

import pytest

from app.cli import main
from app.i18n import set_language


@pytest.fixture
def run(new_shop, capsys, monkeypatch):
    """run(*global_options, env_today=…) → (code, out, err) of `progress --json` on an empty shop."""
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)

    def go(*options: str, env_today: str | None = None, lang: str = "zh"):
        if env_today is not None:
            monkeypatch.setenv("HONGHUA_TODAY", env_today)
        capsys.readouterr()
        code = main(["--db", str(new_shop), "--lang", lang, *options, "progress", "--json"])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield go
    set_language("zh")


def test_today_written_with_slashes_is_read_as_the_day_options_read_it(run):
    """A Chinese Windows `%date:~0,10%` is 2026/11/18: --date and --as-of take it, so --today does too."""
    code, out, _err = run("--today", "2026/11/18")
    assert code == 0 and json.loads(out)["month"] == "2026-11"
    code, out, _err = run(env_today="2026/11/18")
    assert code == 0 and json.loads(out)["month"] == "2026-11"


def test_a_wrong_honghua_today_is_named_as_the_environment_variable(run):
    code, out, err = run(env_today="2026-11-31")
    assert (code, out) == (2, "")
    assert err.startswith("错误：环境变量 HONGHUA_TODAY：日期「2026-11-31」无效（2026年11月只有 30 天）"), err
    assert "--today" not in err


def test_today_given_empty_is_refused_rather_than_taken_from_the_clock(run):
    """`--today "%DAY%"` with the variable unset: the task meant a day, not the computer's clock."""
    code, out, err = run("--today", "", env_today="2026-10-20")
    assert (code, out) == (2, "")
    assert err.startswith("错误：--today：日期是空的"), err
    assert run(env_today=" ")[0] == 0  # an empty variable is no variable: the clock


@pytest.mark.parametrize(("text", "why"), [
    ("2026-02-29", "2026年2月只有 28 天"),
    ("2026-13-01", "月份应为 1–12"),
    ("tomorrow", ""),
])
def test_a_wrong_today_names_the_option_the_value_and_why(run, text, why):
    code, out, err = run("--today", text)
    assert (code, out) == (2, "")
    assert err.startswith(f"错误：--today：日期「{text}」无效"), err
    assert why in err


def test_a_wrong_today_in_english(run):
    code, _out, err = run("--today", "2026-02-29", lang="en")
    assert code == 2
    assert err.startswith('Error: --today: date "2026-02-29" is not valid (2026-02 has only 28 days)'), err


@pytest.mark.parametrize("env, given, fixed", [
    ("", None, False), ("   ", None, False), ("2026-10-20", None, True), ("", "2026-10-20", True)])
def test_a_day_counts_as_given_only_when_one_is(monkeypatch, env, given, fixed):
    """A HONGHUA_TODAY of spaces is not set (the clock is read), so a window must follow the clock past midnight
    then, not keep the day it opened on as if it had been given one."""
    from app.clock import today_is_fixed

    monkeypatch.setenv("HONGHUA_TODAY", env)
    assert today_is_fixed(given) is fixed
