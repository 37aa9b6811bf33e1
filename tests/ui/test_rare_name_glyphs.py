"""A name with a character outside the bundled sans face (𠮷, CJK Extension B) is drawn in the window, not as
a box: the bundled LXGW WenKai, which has it, is among the window's font families."""

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication


def glyph_ids(text: str) -> list[int]:
    """The glyphs the window's font draws `text` with; 0 is the box a font shows for a character it lacks."""
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [index for run in layout.glyphRuns() for index in run.glyphIndexes()]


def test_a_rare_character_in_a_name_has_a_glyph():
    ids = glyph_ids("𠮷田美")
    assert len(ids) == 3
    assert 0 not in ids


def test_the_common_characters_keep_the_sans_face():
    layout = QTextLayout("刘佳怡", QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert {run.rawFont().familyName() for run in layout.glyphRuns()} == {QApplication.font().family()}
