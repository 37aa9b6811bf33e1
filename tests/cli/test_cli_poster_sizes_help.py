"""`honghua poster --help` says what each --size makes: a4, for a team its A4 page cannot hold, is one A4 sheet drawn
at 300 dpi rather than a page grown taller, as the help said."""

import re

import pytest

from app.cli import main
from app.i18n import set_language
from app.reports.poster_layout import SIZES
from app.reports.poster_sheet import SHEET_SCALE


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_help_gives_the_sizes_the_posters_have(capsys, lang):
    try:
        main(["--lang", lang, "poster", "--help"])
    finally:
        set_language("zh")
    help_text = re.sub(r"\s+", "", capsys.readouterr().out)
    a4 = SIZES["a4"]
    sheet = (a4[0] * SHEET_SCALE, a4[1] * SHEET_SCALE)
    for width, height in [SIZES["phone"], a4, sheet, SIZES["wide"]]:
        assert re.search(rf"{width}[×x]{height}", help_text), (width, height)
    assert not re.search(r"a4(和|and)wide", help_text)  # a4 no longer takes columns and grows as wide does
