"""The poster's texts drawn from glyph masks kept for the process, each pasted where Pillow would put it.

A 200-person poster has some 800 texts but under 200 different glyphs (digits, ¥, 还差, 日均需 … in a few
sizes). Pillow's `ImageDraw.text` makes FreeType load every glyph of every text three times, rendering it
twice; here each (face, size, character) is rendered once, by Pillow itself, and pasted at the place Pillow's own
text drawing gives it with the BASIC layout (`poster_fonts.sized_font`):

- a glyph's pen position is the sum of the advances before it (BASIC adds only a `kern` table's pairs, and
  the bundled faces have none; `can_paste` keeps a face with one to Pillow's own drawing), in 1/64 pixel,
  started at the fraction of x and rounded to a whole pixel as FreeType rounds (`_pixel`);
- the anchor ("lm", "mm", "rm") moves the text by half or all of its advance and by the face's middle;
- a glyph's mask lands at whole pixels, so the same mask serves every place.

Pillow merges a text's glyph masks before blending and this blends them one after the other, which could
differ by a level of 255 where two glyphs' soft edges overlap; on the poster's texts not one pixel differs
(tests/reports/test_poster_glyphs.py).
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from functools import lru_cache

from app.reports.poster_fonts import PRIMARY, sized_font

ANCHOR_SHARE = {"left": 0, "center": 1, "right": 2}  # halves of the advance the pen starts left of x
ANCHORS = {"left": "lm", "center": "mm", "right": "rm"}


@dataclass(frozen=True)
class _Glyph:
    mask: object  # Pillow's core "L" image of the glyph, padded to its pen line as getmask2 gives it
    dx: int  # the mask's left edge from the pen position, in pixels
    dy: int  # the mask's top edge from the baseline, in pixels (negative: above it)
    advance: int  # in 1/64 pixel


@lru_cache(maxsize=4096)
def _glyph(bold: bool, px: float, face: int, ch: str) -> _Glyph:
    font = sized_font(bold, px, face)
    mask, (dx, dy) = font.getmask2(ch, "L", anchor="ls")
    return _Glyph(mask, dx, dy, round(font.getlength(ch) * 64))


@lru_cache(maxsize=256)
def _middle(bold: bool, px: float, face: int) -> int:
    """How far the face's middle (anchor "m": half way between ascender and descender) is above the baseline."""
    font = sized_font(bold, px, face)
    return font.getbbox("x", anchor="lm")[1] - font.getbbox("x", anchor="ls")[1]


def can_paste(face: int) -> bool:
    """Whether `face`'s texts are pasted from glyphs: the bundled faces, which have no `kern` table."""
    return face == PRIMARY


def draw_text(draw, x: float, y: float, text: str, bold: bool, px: float, face: int, ink: int, ha: str,
              top: int = 0) -> None:
    """`text` (one face) at (x, y) of the poster, vertically centred there, its anchor `ha`, into `draw`'s image
    whose first row is the poster's row `top`; `ink` as `draw.draw.draw_ink` gives it."""
    if not text:
        return
    if not can_paste(face):  # Pillow places the glyphs, as ImageDraw.text does but at the poster's own x and y
        start_x, start_y = int(x), int(y)
        mask, (dx, dy) = sized_font(bold, px, face).getmask2(text, "L", anchor=ANCHORS[ha],
                                                             start=(x - start_x, y - start_y))
        draw.draw.draw_bitmap((start_x + dx, start_y + dy - top), mask, ink)
        return
    advance, x_min, y_max, placed = _placed(text, bold, px, face)
    left = _pixel(advance * ANCHOR_SHARE[ha] // 2)
    # Pillow starts the pen at the fractions of x and y, kept as C floats, then rounds pixel by pixel
    start_x, start_y = int(x), int(y)
    pen_x = _c_round_64(-x_min, x - start_x) + x_min * 64
    pen_y = _c_round_64(y_max, y - start_y) - y_max * 64
    row = start_y + _middle(bold, px, face) - _pixel(-pen_y) - top
    col = start_x - left
    paste = draw.draw.draw_bitmap
    for pen, mask, dx, dy in placed:
        paste((col + _pixel(pen_x + pen) + dx, row + dy), mask, ink)


@lru_cache(maxsize=4096)
def _placed(text: str, bold: bool, px: float, face: int) -> tuple[int, int, int, tuple]:
    """The text's advance, the left and top of its glyphs as Pillow measures them from a pen at 0 (x_min,
    y_max), and each glyph's (pen position, mask, dx, dy)."""
    placed, pen = [], 0
    for ch in text:
        glyph = _glyph(bold, px, face, ch)
        placed.append((pen, glyph.mask, glyph.dx, glyph.dy))
        pen += glyph.advance
    x_min = min(0, *(_pixel(at) + dx for at, _, dx, _ in placed))
    y_max = max(0, *(-dy for *_, dy in placed))
    return pen, x_min, y_max, tuple(placed)


def _pixel(value: int) -> int:
    """A 1/64-pixel coordinate rounded to the nearest pixel, as FreeType's PIXEL macro in Pillow does."""
    return (value + 32) >> 6


def _c_round_64(whole: int, fraction: float) -> int:
    """round((whole + fraction) * 64) as Pillow computes it: in single precision, halves away from zero."""
    single = struct.unpack("f", struct.pack("f", whole + struct.unpack("f", struct.pack("f", fraction))[0]))[0]
    return math.floor(single * 64 + 0.5)
