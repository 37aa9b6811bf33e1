"""The font subsets made with the faces' glyph outlines read in place (`subsets.GlyphTable`) are the bytes
reportlab makes reading its own copy of the table."""

import threading
import time

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



class SlowFace:
    """A face whose subset takes a while (the sleep lets the other thread run), counting how many are made at once."""

    def __init__(self) -> None:
        self.making = 0
        self.most_at_once = 0

    def makeSubset(self, subset):  # reportlab's name
        self.making += 1
        self.most_at_once = max(self.most_at_once, self.making)
        time.sleep(0.02)
        self.making -= 1
        return bytes(subset)


def test_a_face_makes_one_subset_at_a_time():
    """reportlab's makeSubset keeps a read position on the face while it follows composite glyphs: a 证书 preview and
    a save subsetting one face at the same instant would read each other's glyphs."""
    face = SlowFace()
    subsets.one_subset_at_a_time(face)
    made: list[bytes] = []
    threads = [threading.Thread(target=lambda i=i: made.append(face.makeSubset([i]))) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert face.most_at_once == 1 and sorted(made) == [b"\x00", b"\x01", b"\x02"]


def test_each_face_loaded_makes_one_subset_at_a_time(faces):
    assert all("makeSubset" in vars(face) for face in faces)


def test_a_face_the_board_pdf_registered_first_is_the_one_made_ready(monkeypatch):
    """reportlab gives a font file's face registered before (the board PDF's and 计算单's HonghuaSans, the same
    NotoSansSC) the name a certificate registers it with: that shared face is the one read in place and locked."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from app.certificates import glyphs

    monkeypatch.setattr(pdfmetrics, "_fonts", {})  # a session's fonts before any was registered
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})
    monkeypatch.setattr(glyphs, "_faces", {})
    pdfmetrics.registerFont(TTFont("HonghuaSans", str(glyphs.sans_regular())))  # as app.pdf_text does
    face = pdfmetrics.getFont(glyphs.load_face(glyphs.sans_regular()).name).face
    assert "makeSubset" in vars(face) and isinstance(face.get_table("glyf"), subsets.GlyphTable)
