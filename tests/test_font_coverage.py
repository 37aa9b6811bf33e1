"""Reading a font's characters from its character map alone, checked against fontTools' full reading."""

from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont

from app.font_coverage import coverage
from app.fonts import bold_path, brush_path, regular_path


def _covered(path: Path, last: int) -> set[int]:
    found = coverage(path)
    return {code for code in range(last + 1) if found.has(chr(code))}


@pytest.mark.parametrize("path", [regular_path(), bold_path(), brush_path()], ids=lambda p: p.name)
def test_the_bundled_fonts_read_as_fonttools_reads_them(path):
    with TTFont(path, lazy=True) as font:
        reference = {code for code, glyph in font["cmap"].getBestCmap().items() if glyph != ".notdef"}
    assert _covered(path, 0x3FFFF) == {code for code in reference if code <= 0x3FFFF}


def test_the_sans_face_lacks_what_the_brush_face_has():
    assert coverage(regular_path()).has("美") and not coverage(regular_path()).has("𠮷")
    assert coverage(brush_path()).has("𠮷")


def _small_font(chars: str) -> TTFont:
    """A TrueType font drawing `chars` (as empty glyphs): fontTools writes a format 4 map for the basic
    plane, and format 12 beside it when a character lies beyond."""
    names = [f"g{ord(ch):x}" for ch in chars]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", *names])
    builder.setupCharacterMap({ord(ch): name for ch, name in zip(chars, names)})
    empty = TTGlyphPen(None).glyph()
    builder.setupGlyf({name: empty for name in [".notdef", *names]})
    builder.setupHorizontalMetrics({name: (500, 0) for name in [".notdef", *names]})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupOS2()
    builder.setupPost()
    builder.setupNameTable({"familyName": "Small", "styleName": "Regular"})
    return builder.font


def test_a_basic_plane_map_and_a_full_map(tmp_path):
    basic = tmp_path / "basic.ttf"
    _small_font("aAz美").save(basic)
    assert _covered(basic, 0xFFFF) == {ord(ch) for ch in "aAz美"}
    full = tmp_path / "full.ttf"
    _small_font("a美𠮷").save(full)
    assert _covered(full, 0x2FFFF) == {ord(ch) for ch in "a美𠮷"}


def test_a_collection_is_read_at_its_first_font(tmp_path):
    collection = TTCollection()
    collection.fonts = [_small_font("ab"), _small_font("xy")]
    path = tmp_path / "two.ttc"
    collection.save(path)
    assert _covered(path, 0x7F) == {ord("a"), ord("b")}


def test_a_file_that_is_no_font_is_refused(tmp_path):
    path = tmp_path / "notes.ttf"
    path.write_bytes(b"not a font at all")
    with pytest.raises(ValueError):
        coverage(path)
