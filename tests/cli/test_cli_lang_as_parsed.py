"""`--lang` means the same wherever the parser takes it: `--lang en`, `--lang=en` or an abbreviation such as
`--lan en` before the command. The language for help and option errors used to be guessed from the exact
words `--lang X` before the first command word, so `--lan en` (which argparse takes) gave a Chinese option error
and help around English messages, and a path given to --db that happens to be a command word (`--db demo`)
ended the search early. A `--lang en` written after the command, which is refused, is refused in English."""

from __future__ import annotations

import argparse

import pytest

from app.cli import main
from app.cli.parser import _OptionsBeforeCommand, language_asked
from app.i18n import set_language


@pytest.fixture(autouse=True)
def back_to_chinese():
    yield
    set_language("zh")


def run(capsys, *words: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(words))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("lang_words", [("--lang", "en"), ("--lang=en",), ("--lan", "en"), ("--la=en",)])
def test_an_option_error_speaks_the_language_however_lang_was_written(capsys, db, lang_words):
    code, _out, err = run(capsys, "--db", str(db), *lang_words, "demo", "--staff", "0")
    assert code == 2
    assert err.startswith('honghua demo: argument --staff: "0" is not a positive whole number'), err


def test_help_speaks_the_abbreviated_language_too(capsys, db):
    code, out, _err = run(capsys, "--db", str(db), "--lan", "en", "progress", "-h")
    assert code == 0 and "usage:" in out and "用法" not in out, out


def test_a_db_path_named_like_a_command_does_not_hide_the_language(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, "--db", "demo", "--lang", "en", "staff", "list", "--bogus")
    assert code == 2 and err.startswith("honghua staff list: unrecognized arguments: --bogus"), err


def test_lang_after_the_command_is_refused_in_the_language_it_names(capsys, db):
    code, _out, err = run(capsys, "--db", str(db), "progress", "--lang", "en")
    assert code == 2
    assert "--lang goes before the command: honghua --lang … progress" in err and "命令" not in err, err
    # the one the parser takes, before the command, is the one spoken
    code, _out, err = run(capsys, "--db", str(db), "--lang", "zh", "progress", "--lang=en")
    assert code == 2 and "--lang 要写在命令之前" in err, err


def test_the_words_read_before_the_parser_are_the_parsers_own_options():
    from app.cli.commands import build_parser

    top = build_parser()
    own = {o for a in top._actions if not isinstance(a, argparse._SubParsersAction) for o in a.option_strings}
    early = {o for a in _OptionsBeforeCommand()._actions for o in a.option_strings}
    assert own == early  # an abbreviation resolves alike only among the same options
    assert language_asked(["--db", "x.db", "--today", "2026-10-20", "--l", "en", "staff", "list"]) == "en"
    assert language_asked(["staff", "list"]) is None and language_asked(["--lang", "fr", "staff"]) is None
