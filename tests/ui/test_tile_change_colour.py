"""The colour of a team tile's change line says what its words say: a change that reads 「与上月持平」 or
「上月为 0，无法比较」 is in the quiet hint colour, not red (worse) or green (better)."""

from datetime import date
from decimal import Decimal

import pytest

from app.periods import Month
from app.reports.board import Tile
from ui.widgets.hint_text import hint_colour
from ui.widgets.team_summary import TileWidget

RED, GREEN = "#d64541", "#2e9d4f"
OCT = Month(2026, 10)


def shown(qtbot, value, previous, higher=True) -> TileWidget:
    widget = TileWidget()
    qtbot.addWidget(widget)
    widget.show_tile(Tile("conversion", "询单转化率", "percent", value, previous, higher), OCT, date(2026, 10, 19))
    return widget


@pytest.mark.parametrize(("value", "previous", "words"), [
    (Decimal("0.3430"), Decimal("0.3431"), "与上月持平"),  # -0.03 %: shown as no change, once shown in red
    (Decimal("0.3431"), Decimal("0.3430"), "与上月持平"),  # +0.03 %: once shown in green
    (Decimal("0.3"), Decimal(0), "上月为 0，无法比较"),
])
def test_a_change_that_says_no_verdict_is_in_the_hint_colour(qtbot, value, previous, words):
    widget = shown(qtbot, value, previous)
    assert widget.change.text() == words
    assert text_colour(widget) == hint_colour(widget.palette()).name()


def test_a_change_that_says_better_or_worse_keeps_its_colour(qtbot):
    assert text_colour(shown(qtbot, Decimal("0.33"), Decimal("0.30"))) == GREEN
    assert text_colour(shown(qtbot, Decimal("0.33"), Decimal("0.30"), higher=False)) == RED


def text_colour(widget: TileWidget) -> str:
    return widget.change.palette().color(widget.change.foregroundRole()).name()
