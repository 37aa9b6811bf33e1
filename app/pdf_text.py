"""Text in the board PDF and the 计算单: the bundled sans face, and for a character it lacks (𠮷 in a name) a
face that has it — the bundled LXGW WenKai, then the system fonts reportlab can embed — instead of a box.

`draw_string`, `draw_right_string` and `string_width` stand in for the canvas's own: a text the sans face
has whole (nearly every text) is drawn and measured exactly as before; another is cut into runs by face.
"""

from __future__ import annotations

from functools import lru_cache

from app.font_coverage import coverage
from app.fonts import bold_path, fallback_paths, regular_path, split_runs

FONT, FONT_BOLD = "HonghuaSans", "HonghuaSans-Bold"


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(regular_path())))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold_path())))


@lru_cache(maxsize=8192)
def _face_for(ch: str, font: str) -> str:
    """The registered font that draws `ch`: `font` itself when it has it (or when no face does: its box)."""
    if ch == " " or coverage(bold_path() if font == FONT_BOLD else regular_path()).has(ch):
        return font
    from app.certificates.glyphs import load_face  # registers a fallback face once, when a character needs it

    for path in fallback_paths():
        face = load_face(path)
        if face is not None and ord(ch) in face.chars:
            return face.name
    return font


@lru_cache(maxsize=4096)
def runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """(registered font, piece) in order; one run for a text `font` draws whole."""
    return tuple(split_runs(text, lambda ch: _face_for(ch, font)))


def string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(piece, face, size) for face, piece in runs(text, font))


def draw_string(c, x: float, y: float, text: str, font: str, size: float) -> None:
    """The text from x on, in `font` at `size` (the canvas's font is `font` again afterwards)."""
    pieces = runs(text, font)
    if len(pieces) <= 1 and all(face == font for face, _piece in pieces):
        c.setFont(font, size)
        c.drawString(x, y, text)
        return
    line = c.beginText(x, y)  # one text object, so a PDF reader copies the name as one word
    for face, piece in pieces:
        line.setFont(face, size)
        line.textOut(piece)
    c.drawText(line)
    c.setFont(font, size)


def draw_right_string(c, right: float, y: float, text: str, font: str, size: float) -> None:
    draw_string(c, right - string_width(text, font, size), y, text, font, size)
