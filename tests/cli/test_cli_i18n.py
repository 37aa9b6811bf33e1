"""--lang en: the catalogue covers the command line and the core messages a command-line user meets."""

import ast
import json
import re
import string
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = json.loads((ROOT / "resources" / "i18n" / "en.json").read_text(encoding="utf-8"))


def _templates(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t" and node.args \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.add(node.args[0].value)
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_message_under_app_is_translated():
    """Every t("…") template in app/ (the command line, the demo, importing, rules, reports …) has an entry."""
    paths = sorted((ROOT / "app").rglob("*.py"))
    assert ROOT / "app" / "demo.py" in paths and ROOT / "app" / "importing" / "commands.py" in paths
    found = {p: _templates(p) for p in paths}
    assert len(set().union(*found.values())) > 900
    missing = {str(p.relative_to(ROOT)): sorted(ts - set(CATALOGUE)) for p, ts in found.items() if ts - set(CATALOGUE)}
    assert missing == {}


def test_translations_keep_the_fields_of_their_template():
    for zh, en in CATALOGUE.items():
        assert _fields(zh) == _fields(en), zh
        assert zh.count("%%") == en.count("%%"), zh  # argparse help escapes
        assert en.strip() and any("a" <= c.lower() <= "z" for c in en), zh


def test_the_checker_sees_a_missing_field():
    assert _fields("{who} 已重新入职") == {"who"}
    assert _fields("Rehired") == set()


@pytest.mark.parametrize("args", [
    ("staff", "add", " "),
    ("staff", "add", "Amy", "--birthday", "02-30"),
    ("staff", "add", "Amy", "--hired", "2027-01-01"),
    ("staff", "leave", "nobody"),
    ("target", "set", "--month", "2026-13", "--shop", "--value", "1"),
    ("target", "set", "--month", "2026-10", "--dept", "nowhere", "--value", "1"),
    ("event", "add", "--date", "2026-10-21", "--staff", "1", "--type", "表扬"),
    ("progress", "--as-of", "yesterday"),
    ("staff", "add"),
    ("bogus",),
    ("demo", "--months", "0"),
])
def test_english_errors_have_no_chinese_left(cli, args):
    if args[0] == "event":
        cli("staff", "add", "Amy")
    result = cli(*args, lang="en")
    assert result.code == 2
    assert result.err.isascii(), result.err
    assert "Traceback" not in result.err


def test_english_ambiguous_name_lists_both_ids(cli, add):
    add("Amy")
    add("Amy")
    result = cli("staff", "leave", "Amy", lang="en")
    assert result.code == 2
    assert result.err.startswith('Error: 2 staff members are called "Amy"; please use an id:')
    assert "#1" in result.err and "#2" in result.err


def test_english_success_messages(cli, add):
    add("Amy")
    result = cli("target", "set", "--month", "2026-10", "--shop", "--value", "1000", lang="en")
    assert result.code == 0 and "shop" in result.out and "¥1,000.00" in result.out


def test_language_does_not_leak_into_the_next_run(cli):
    cli("bogus", lang="en")
    assert "没有命令" in cli("bogus").err


def test_the_file_that_is_not_ours_in_english(tmp_path, cli):
    path = tmp_path / "x.db"
    path.write_text("hello")
    from app.cli import main

    assert main(["--lang", "en", "--db", str(path), "staff", "list"]) == 1


@pytest.mark.parametrize("lang, shown", [
    ("zh", ("--map 列名=指标", "指定一列对应的指标", "忽略这一列", "导入后记住")),
    ("en", ("--map COLUMN=METRIC", "set the metric a column holds", "COLUMN=- ignores the column", "Remembered")),
])
def test_import_help_lists_the_column_map_option(cli, lang, shown):
    result = cli("import", "--help", lang=lang)
    assert result.code == 0
    # the help wraps at the terminal's width: Chinese anywhere, English at a space
    text = re.sub(r"\s*\n\s*", "" if lang == "zh" else " ", result.out)
    for words in shown:
        assert words in text, text


@pytest.mark.parametrize("lang, text_file", [("zh", "“Unicode 文本”txt"), ("en", '"Unicode text" txt')])
def test_the_commands_help_names_every_kind_of_file_the_import_reads(cli, lang, text_file):
    from ui.importing.drop import IMPORT_SUFFIXES  # the files the window's import takes

    result = cli("--help", lang=lang)
    assert result.code == 0
    entry = re.search(r"\n  import +(.*?)\n  imports ", result.out, re.DOTALL).group(1)
    line = re.sub(r"\s*\n\s*", "" if lang == "zh" else " ", entry)
    for suffix in IMPORT_SUFFIXES:
        assert suffix.removeprefix(".") in line, line
    assert text_file in line, line
