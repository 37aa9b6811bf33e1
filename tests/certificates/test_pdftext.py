"""The operators the certificates write themselves are the bytes reportlab writes: a text block's
(`pdftext.TextBlock`, every character drawn in the document's font subsets) and a colour's (`ornaments.fill`,
`ornaments.stroke`)."""

from io import BytesIO

import pytest
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.certificates import ornaments
from app.certificates.glyphs import Fonts
from app.certificates.pdftext import TextBlock

from .conftest import BUNDLED

# more than 256 different characters: the second half goes into another subset, switched to within a line
MANY = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 300))


@pytest.fixture(scope="module")
def faces():
    fonts = Fonts(BUNDLED)
    return fonts.body.primary.name, fonts.title.primary.name


def blocks(faces):
    """Blocks of lines: (x, y, char space, render mode, [(origin, [(render mode, face, size, text)])])."""
    body, brush = faces
    return [
        (10.5, 700.25, 0.0, 0, [((10.5, 700.25), [(0, body, 17.00787, "荣获「销售冠军奖」，特发此证，以资鼓励。")])]),
        (20, 600, 3.25, 2, [((20, 600), [(2, brush, 64.03, "奖状")])]),
        (30, 500, 0.0, 0, [((30, 500), [(0, body, 8.5, "证书编号：HH-2026-10-0001")]),
                           ((30, 490), [(0, body, 8.5, "校验码：ABC123 (x) \\ ")])]),
        (40, 400, 0.0, 0, [((40, 400), [(0, brush, 42, "王"), (2, body, 42, "䶮"), (0, brush, 42, "喆")]),
                           ((40, 350), [(2, body, 42, "𠮷"), (0, brush, 42, "野家")])]),
        (50, 300, 0.0, 0, [((50, 300), [(0, body, 12, ""), (0, body, 12, "空")]), ((50, 280), [(0, body, 12, "")])]),
        (60, 200, 0.0, 0, [((60, 200), [(0, body, 9, line)]) for line in (MANY, MANY[::-1], MANY)]),
        (10.5, 700.25, 0.0, 0, [((10.5, 700.25), [(0, body, 17.00787, "荣获「销售冠军奖」，特发此证，以资鼓励。")])]),
    ]


def with_reportlab(c, block) -> None:
    x, y, char_space, mode, lines = block
    text = c.beginText(x, y)
    if char_space:
        text.setCharSpace(char_space)
    text.setTextRenderMode(mode)
    face = None  # as the certificates' `layout.draw` did: set again only where it changes, across lines too
    for i, (origin, runs) in enumerate(lines):
        if i:
            text.setTextOrigin(*origin)
        for k, (run_mode, font, size, piece) in enumerate(runs):
            text.setTextRenderMode(run_mode)
            if font != face:
                text.setFont(font, size)
                face = font
            if k < len(runs) - 1:
                text.textOut(piece)
            else:
                text.textLine(piece)
    c.drawText(text)


def with_block(c, block) -> None:
    x, y, char_space, mode, lines = block
    text = TextBlock(c, x, y, char_space)
    text.render_mode(mode)
    for i, (origin, runs) in enumerate(lines):
        if i:
            text.origin(*origin)
        for k, (run_mode, font, size, piece) in enumerate(runs):
            text.render_mode(run_mode)
            text.face(font, size)
            text.show(piece, k == len(runs) - 1)
    text.end()


def subsets(c, faces) -> list:
    return [getFont(face).state[c._doc].subsets for face in faces]


def test_the_same_operators_and_subsets_as_reportlabs_text_object(faces):
    theirs, ours = Canvas(BytesIO()), Canvas(BytesIO())
    for block in blocks(faces):
        with_reportlab(theirs, block)
        with_block(ours, block)
        assert ours._code[-1] == theirs._code[-1]
    assert subsets(ours, faces) == subsets(theirs, faces)
    assert any(len(kept) > 1 for kept in subsets(ours, faces))  # the long lines did take a second subset


def test_each_document_encodes_with_its_own_subsets(faces):
    """A string encoded for one document is encoded again for the next, whose characters take other codes."""
    body = faces[0]
    first, theirs, ours = Canvas(BytesIO()), Canvas(BytesIO()), Canvas(BytesIO())
    line = (5, 5, 0.0, 0, [((5, 5), [(0, body, 10, "甲乙丙")])])
    with_block(first, line)
    opening = (5, 5, 0.0, 0, [((5, 5), [(0, body, 10, "丙乙")])])
    for block in (opening, line):
        with_reportlab(theirs, block)
        with_block(ours, block)
    assert ours._code[-1] == theirs._code[-1]
    assert ours._code[-1] != first._code[-1]


def test_each_document_names_its_own_font_resources(faces):
    """A face's resource name (/F1+0) is the document's: given in the order the document first uses its faces, and
    registered with it, so that its subsets are written into that PDF."""
    body, brush = faces
    first, theirs, ours = Canvas(BytesIO()), Canvas(BytesIO()), Canvas(BytesIO())
    with_block(first, (5, 5, 0.0, 0, [((5, 5), [(0, brush, 10, "甲"), (0, body, 10, "乙")])]))
    line = (5, 5, 0.0, 0, [((5, 5), [(0, body, 10, "乙")])])
    with_reportlab(theirs, line)
    with_block(ours, line)
    assert ours._code[-1] == theirs._code[-1]
    assert ours._doc.fontMapping == theirs._doc.fontMapping


def test_a_new_string_of_characters_drawn_before_is_encoded_from_the_codes_they_were_given(faces, monkeypatch):
    """Only a string with a character new to the document goes through reportlab's `splitString` again; the
    others are written with the codes it gave their characters, in one subset or several."""
    body = faces[0]
    theirs, ours = Canvas(BytesIO()), Canvas(BytesIO())

    def line(text):
        return (5, 5, 0.0, 0, [((5, 5), [(0, body, 10, text)])])

    for text in (MANY, "证书编号：HH-2026-10-0001 (x) \\ 校验码"):
        with_reportlab(theirs, line(text))
        with_block(ours, line(text))
    split: list[str] = []
    original = TTFont.splitString

    def recorded(font, text, doc, encoding="utf-8"):
        if doc is ours._doc:
            split.append(text)
        return original(font, text, doc, encoding)

    monkeypatch.setattr(TTFont, "splitString", recorded)
    again = [MANY[5:1:-1], MANY[299:280:-1], MANY[250:262], "编号：HH-2026-10-0002", "书证 (\\)\xa0码", "证书新字", "号编", "码\xa0新 "]
    for text in again:
        with_reportlab(theirs, line(text))
        with_block(ours, line(text))
        assert ours._code[-1] == theirs._code[-1]
    assert subsets(ours, [body]) == subsets(theirs, [body])
    assert split == ["书证 (\\)\xa0码", "证书新字"]  # a no-break space is new too (written as a space)
    in_two_subsets = [text for text in again if len(original(getFont(body), text, theirs._doc)) > 1]
    assert "编号：HH-2026-10-0002" in in_two_subsets and MANY[250:262] not in in_two_subsets


@pytest.mark.parametrize("hex_text", [ornaments.RED, ornaments.INK, ornaments.GREY, "#000000", "#FFFFFF", "#D9C48A"])
def test_a_colour_as_reportlab_sets_it(hex_text):
    theirs, ours = Canvas(BytesIO()), Canvas(BytesIO())
    rgb = ornaments.colour(hex_text)
    for _ in range(2):  # the second time from the formatted operator kept
        theirs.setFillColor(rgb)
        theirs.setStrokeColor(rgb)
        ornaments.fill(ours, rgb)
        ornaments.stroke(ours, rgb)
    assert ours._code == theirs._code
    assert (ours._fillColorObj, ours._strokeColorObj) == (theirs._fillColorObj, theirs._strokeColorObj)
