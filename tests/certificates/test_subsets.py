"""The font subsets made with the faces' glyph outlines read in place (`subsets.GlyphTable`) are the bytes
reportlab makes reading its own copy of the table."""

import pytest
from reportlab.pdfbase.pdfmetrics import getFont

from app.certificates import subsets
from app.certificates.glyphs import Fonts

from .conftest import BUNDLED

TEXTS = ["证书编号：HH-2026-10-0001 校验码 ABC123", "奖状荣获「销售冠军奖」，特发此证，以资鼓励。", "Café naïve Ångström ©®™ ¥€£ ½ ﬁ",
         "".join(chr(code) for code in range(0x4E00, 0x4E00 + 250)),
         "3−2 a∕b ¨´ˊ"]  # the brush face draws these five from other glyphs (composite glyphs, renumbered in a subset)


@pytest.fixture(scope="module")
def faces():
    fonts = Fonts(BUNDLED)
    return [getFont(name).face for name in dict.fromkeys(chain.primary.name for chain in
                                                           (fonts.title, fonts.name, fonts.body, fonts.bold))]


def test_each_face_loaded_reads_its_glyphs_in_place(faces):
    """Fails when reportlab's faces no longer read their tables as `subsets` knows (the subsets would then be
    made from reportlab's copy of the table again)."""
    assert len(faces) >= 2
    for face in faces:
        assert isinstance(face.get_table("glyf"), subsets.GlyphTable)
        assert bytes(face.get_table("glyf")) == type(face).get_table(face, "glyf")


@pytest.mark.parametrize("text", TEXTS, ids=["number", "citation", "latin", "many", "composites"])
def test_a_subset_is_the_bytes_reportlab_makes(faces, monkeypatch, text):
    for face in faces:
        codes = [ord(ch) for ch in dict.fromkeys(text) if ord(ch) in face.charToGlyph]
        ours = face.makeSubset(codes)
        with monkeypatch.context() as m:
            m.delattr(face, "get_table")
            assert face.makeSubset(codes) == ours


def test_a_glyph_table_reads_as_the_bytes_it_stands_for():
    data = bytes(range(256)) * 4
    table = subsets.GlyphTable(data, 100, 600)
    copy = data[100:700]
    for key in (slice(0, 10), slice(590, 700), slice(5, 5), slice(-10, None), slice(None, None, 2), 7, -1):
        assert table[key] == copy[key]
    assert len(table) == len(copy) and bytes(table) == copy and table.find(b"\x10\x11") == copy.find(b"\x10\x11")
