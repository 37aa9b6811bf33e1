"""`honghua awards --help` says how the payout sheet and the 计算单 are made after approving: they are commands of
their own (payout, receipt), which an owner reading the awards' help did not find."""

from __future__ import annotations

import re
import shlex

import pytest

from app.cli import main
from app.cli.commands import build_parser
from app.i18n import set_language


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_awards_help_names_the_payout_and_receipt_commands_as_they_are_typed(lang, capsys):
    assert main(["--lang", lang, "awards", "--help"]) == 0
    said = capsys.readouterr().out
    commands = re.findall(r"honghua (payout [^；;]*\.xlsx|receipt [^；;]*\.pdf)", " ".join(said.split()))
    assert [c.split()[0] for c in commands] == ["payout", "receipt"], said
    set_language(lang)
    try:
        for command in commands:  # each parses as written
            args = build_parser().parse_args(shlex.split(command))
            assert args.month == "2026-10" and args.output.endswith((".xlsx", ".pdf"))
    finally:
        set_language("zh")
