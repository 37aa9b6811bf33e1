"""A face's glyph outlines read in place when reportlab makes a font subset.

reportlab's `makeSubset` (once per face and subset, at each save) takes the whole 'glyf' table out of the font
file's bytes only to copy the subset's glyphs from it: 15 MB for the brush face, 10 MB for Noto Sans SC, a few
milliseconds per face and PDF — more than the rest of the subset's making. `GlyphTable` stands for that table:
a slice of it is read straight out of the file's bytes, and anything else asked of it is asked of a copy of the
table, as before. Set on each face as it is loaded (`read_glyphs_in_place`) when its `get_table` is reportlab's
own (`knows_reportlabs_face`); the subsets are the bytes reportlab makes (tests/certificates/test_subsets.py).
Each face also makes one subset at a time (`one_subset_at_a_time`): a preview and a save may subset it at once.
"""

from __future__ import annotations

import threading


class GlyphTable:
    """The 'glyf' table of a font file, read in place."""

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self._data = data
        self._start = start
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self._length)
            if step == 1:
                return self._data[self._start + start:self._start + max(start, stop)]
        return self._copy()[key]

    def __bytes__(self) -> bytes:
        return self._copy()

    def __getattr__(self, name: str):
        return getattr(self._copy(), name)

    def _copy(self) -> bytes:
        return self._data[self._start:self._start + self._length]


def knows_reportlabs_face(face) -> bool:
    """Whether the face reads its tables as this module knows: reportlab's `get_table` over the file's bytes."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    return (getattr(type(face), "get_table", None) is TTFontFile.get_table and "get_table" not in vars(face)
            and isinstance(getattr(face, "_ttf_data", None), bytes) and callable(getattr(face, "get_table_pos", None)))


def read_glyphs_in_place(face) -> None:
    """The face's 'glyf' table read in place by the subsets made from now on."""
    if not knows_reportlabs_face(face):
        return
    reportlabs = face.get_table

    def get_table(tag: str):
        if tag != "glyf":
            return reportlabs(tag)
        start, length = face.get_table_pos(tag)
        return GlyphTable(face._ttf_data, start, length)

    face.get_table = get_table


def one_subset_at_a_time(face) -> None:
    """The face makes one subset at a time. reportlab's `makeSubset` keeps its read position on the face while it
    follows composite glyphs: two threads subsetting one face at once (the 证书 preview and a save, or two saves)
    would read each other's glyphs and embed a broken font. A face made so already (another file of the same font)
    keeps its lock."""
    if "makeSubset" in vars(face):
        return
    lock = threading.Lock()
    make = face.makeSubset

    def makeSubset(subset):  # reportlab's name, looked up on the face
        with lock:
            return make(subset)

    face.makeSubset = makeSubset
