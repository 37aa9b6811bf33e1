"""The poster's fonts: the bundled Noto Sans SC (regular and bold), and for a character it lacks (𠮷 in a
name, an emoji) the bundled LXGW WenKai and then the system fonts, the first that has it.

A text is measured and drawn run by run, each run in the face that has its characters. A character no face
has is drawn in the primary face (as its box) and named by `missing`, so the poster's maker can say so.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from app.font_coverage import coverage
from app.fonts import bold_path, brush_path, fallback_paths, printable, regular_path, split_runs

PRIMARY = 0  # the bundled sans face; fallbacks are numbered from 1 in `fallback_paths` order


class _SharedFontFile:
    """A font file read once, handed to Pillow for every size, where FreeType cannot open its path: on Windows
    under a folder with Chinese in its name, where Pillow would read the whole 10 MB file again for every
    size. Pillow still copies what `read()` returns into each sized font (10 MB a size), so a path FreeType
    can open is given as the path: FreeType then reads only what it needs (2 MB instead of 80 for 8 sizes)."""

    def __init__(self, path: Path):
        self.data = path.read_bytes()

    def read(self, *_args: object) -> bytes:
        return self.data


def _face_path(bold: bool, face: int) -> Path:
    if face == PRIMARY:
        return bold_path() if bold else regular_path()
    return fallback_paths()[face - 1]


@lru_cache(maxsize=8)
def _font_file(path: Path) -> _SharedFontFile | str:
    if sys.platform == "win32" and not str(path).isascii():
        return _SharedFontFile(path)
    return str(path)


SIZES_KEPT = 32  # a poster draws in some 20 sizes; a text fitted to its room (a long name) has one of its own


@lru_cache(maxsize=SIZES_KEPT)
def sized_font(bold: bool, px: float, face: int = PRIMARY):
    """The face at `px` pixels, laid out by Pillow's BASIC engine (each glyph's own advance, as Pillow without
    libraqm does on Windows), which is also what app/reports/poster_glyphs.py places glyphs by. Each size is a
    FreeType face of its own, some 3 MB (13 MB for a font read by `_SharedFontFile`): only the last
    `SIZES_KEPT` are kept, so a window making posters for weeks does not hold hundreds of MB of them; one
    asked for again is opened in a few ms."""
    from PIL import ImageFont

    return ImageFont.truetype(_font_file(_face_path(bold, face)), px, layout_engine=ImageFont.Layout.BASIC)


def _has(path: Path, ch: str) -> bool:
    try:
        return coverage(path).has(ch)
    except (OSError, ValueError):  # a system font that cannot be read is no fallback; the bundled ones can be
        if path in (regular_path(), bold_path(), brush_path()):
            raise
        return False


@lru_cache(maxsize=8192)
def _face_of(ch: str, bold: bool) -> int | None:
    if ch == " " or _has(_face_path(bold, PRIMARY), ch):
        return PRIMARY
    for face, path in enumerate(fallback_paths(), start=1):
        if _has(path, ch):
            return face
    return None


@lru_cache(maxsize=4096)
def runs(text: str, bold: bool = False) -> tuple[tuple[int, str], ...]:
    """(face, piece) in order: the text cut where the face that has its characters changes."""
    return tuple(split_runs(text, lambda ch: _face_of_or_primary(ch, bold)))


def _face_of_or_primary(ch: str, bold: bool) -> int:
    face = _face_of(ch, bold)
    return PRIMARY if face is None else face


def missing(text: str, bold: bool = False) -> list[str]:
    """The characters of `text` no face has, each once, in order."""
    found: list[str] = []
    for ch in printable(text):
        if _face_of(ch, bold) is None and ch not in found:
            found.append(ch)
    return found


@lru_cache(maxsize=4096)
def _width_100(text: str, bold: bool) -> float:
    return sum(sized_font(bold, 100, face).getlength(piece) for face, piece in runs(text, bold))


def text_width(text: str, px: float, bold: bool = False) -> float:
    """Widths scale with the size: each text is measured once, at 100 px."""
    return _width_100(text, bold) * px / 100
