"""--help writes what every option takes in one style: a Chinese word in Chinese (员工, 金额, 文件.png), the word
in capitals in English (STAFF, AMOUNT, FILE.png), days and months as typed (YYYY-MM-DD) in both — and the option
names themselves are the same in either language (scripts depend on them). Chinese help keeps its column."""

from __future__ import annotations

import argparse
import re
import unicodedata

import pytest

from app.cli import main
from app.cli.commands import build_parser
from app.i18n import set_language

DATES = {"YYYY-MM-DD", "YYYY-MM", "MM-DD", "YYYY"}
STYLE = {
    "zh": re.compile(r"^[\u4e00-\u9fff=]+(\.[a-z]+)?$"),  # 员工, 属性=值, 文件.png
    "en": re.compile(r"^[A-Z][A-Z-]*(=[A-Z]+)?(\.[a-z]+)?$"),  # STAFF, SUB-ACCOUNT, KEY=VALUE, FILE.xlsx
}


@pytest.fixture(params=["zh", "en"])
def lang(request):
    set_language(request.param)
    yield request.param
    set_language("zh")


def _options(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, option strings, placeholder) of every argument that takes a value; the sub-command
    choosers' own placeholder (操作) too."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield path, (), action.metavar
            for name, sub in action.choices.items():
                yield from _options(sub, (*path, name))
        elif action.nargs != 0 and not isinstance(action, argparse._HelpAction):
            if action.choices is not None and action.metavar is None:
                continue  # argparse lists the choices: {zh,en}
            yield path, tuple(action.option_strings), action.metavar


def test_every_placeholder_has_the_languages_style(lang):
    found = list(_options(build_parser()))
    assert len(found) > 120
    odd = [(" ".join(path), "/".join(names), shown) for path, names, shown in found
           if shown is None or (shown not in DATES and not STYLE[lang].match(shown))]
    assert odd == []


def test_the_option_names_are_the_same_in_either_language():
    names = {}
    for lang in ("zh", "en"):
        set_language(lang)
        try:
            names[lang] = [(path, options) for path, options, _ in _options(build_parser())]
        finally:
            set_language("zh")
    assert names["zh"] == names["en"]
    assert (("staff", "edit"), ("--remove-alias",)) in names["zh"]
    assert (("certificates", "make"), ("--copies",)) in names["zh"]


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_chinese_help_keeps_its_column_and_its_colons(capsys):
    assert main(["staff", "edit", "--help"]) == 0
    out = capsys.readouterr().out
    assert "选项：" in out and "参数：" in out and "选项:" not in out
    lines = out.splitlines()
    starts = set()
    for line in lines:
        match = re.match(r"^  (-\S+(?: \S+)?)( {2,})(\S.*)$", line)  # an option and its help on one line
        if match:
            starts.add(_columns(match[1]) + len(match[2]))
    assert len(starts) == 1, out  # --name 姓名, --hired YYYY-MM-DD, -h, --help: one column
    assert any(line.startswith("  --remove-alias 子账号名") and line.endswith("子账号名") for line in lines)


def test_a_mistyped_command_is_still_named_so_in_english(capsys):
    assert main(["--lang", "en", "staff", "lst"]) == 2
    assert "unknown command 'lst'" in capsys.readouterr().err
    set_language("zh")


def test_the_event_attribute_example_is_written_as_the_window_writes_it(lang):
    """`event add --help` said 「例如 margin=38%」 while the event dialog and the event list say 毛利率=38% and
    全款=是: the help's examples are in the window's words, and read as the plans read them."""
    from app.services.events import parse_attrs

    event = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices["event"]
    add = next(a for a in event._actions if isinstance(a, argparse._SubParsersAction)).choices["add"]
    shown = next(a for a in add._actions if "--attr" in a.option_strings).help % {}
    examples = [quoted or bare for quoted, bare in re.findall(r'"([^"]+=[^"]+)"|([^\s"，,]+=[^\s"（(，,]+)', shown)]
    assert parse_attrs(examples) == {"margin": "38%", "paid": {"zh": "是", "en": "yes"}[lang]}, shown
    if lang == "zh":
        assert not re.search(r"[A-Za-z]", shown), shown


@pytest.mark.parametrize(("words", "heading"), [(("flowers",), {"zh": "操作", "en": "action"}),
                                                 ((), {"zh": "命令", "en": "command"})])
def test_a_list_of_actions_is_headed_once(capsys, lang, words, heading):
    """「操作：」 and then 「操作」 alone on the next line, above the actions: argparse's title and the placeholder."""
    assert main(["--lang", lang, *words, "--help"]) == 0
    lines = [line.strip().rstrip("：:").casefold() for line in capsys.readouterr().out.splitlines()]
    assert lines.count(heading[lang]) == 1, lines
    listed = lines.index(heading[lang]) + 1
    assert lines[listed].split()[0] in ("issue", "demo"), lines[listed]
