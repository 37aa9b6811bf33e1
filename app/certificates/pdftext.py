"""A text object's operators written straight into the page, as reportlab's `PDFTextObject` writes them for a
TrueType font (BT, Tm, Tc, Tr, Tf with TL, Tj, T*, ET: the same bytes), without building one per block of text.

reportlab's text object formats every number again on every page and encodes every string character by
character into its font subset; a batch draws the same sizes, places and strings (the citation's end, the value
line) on page after page. Here a string's encoding is kept for the rest of the document: the subset code of a
character never changes once reportlab has given it (`TTFont.splitString`, through which every character goes
the first time it is drawn, so the font's subset holds every character drawn), and a number is formatted once.
A new string made only of characters already given codes (a name, a citation, a number: most of a batch's
strings after its first pages) is encoded from the codes `splitString` gave them, by `str.translate`, rather
than character by character again.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from weakref import WeakKeyDictionary

# per document: (font name, text) → [(subset, "(…) Tj")], (font name, subset) → the subset's font resource, and
# font name → the codes its characters were given (`Codes`)
_encoded: WeakKeyDictionary = WeakKeyDictionary()
_RUNS = re.compile(r"(.)\1*", re.DOTALL)  # a run of one character repeated: characters of one subset


def _font(name: str):
    """A registered font (reportlab's `getFont`, imported once: an import statement in a function runs again on
    every call)."""
    return _get_font()(name)


@cache
def _get_font():
    from reportlab.pdfbase.pdfmetrics import getFont

    return getFont


@lru_cache(maxsize=4096)
def number(value: float) -> str:
    """A number as reportlab writes it in a content stream."""
    from reportlab.lib.rl_accel import fp_str

    return fp_str(value)


class Codes:
    """The codes one font's characters were given in one document, as `splitString` returned them."""

    def __init__(self) -> None:
        self._known: set[str] = set()
        self._codes: dict[int, str] = {}  # character → its code in its subset (a byte), for `str.translate`
        self._subsets: dict[int, str] = {}  # character → its subset's number as a character, for `str.translate`

    def encoded(self, text: str) -> list[tuple[int, bytes]] | None:
        """The text as `splitString` splits it (its runs of characters of one subset, in their codes) when every
        character of it has a code; None otherwise."""
        if not self._known.issuperset(text):
            return None
        codes = text.translate(self._codes).encode("latin-1")
        subsets = text.translate(self._subsets)
        return [(ord(run.group(1)), codes[run.start():run.end()]) for run in _RUNS.finditer(subsets)]

    def learn(self, text: str, pieces: list[tuple[int, bytes]]) -> None:
        """The codes `splitString` gave the text's characters: one code per character, in the text's order."""
        start = 0
        for subset, codes in pieces:
            part = text[start:start + len(codes)]
            self._known.update(part)
            self._codes.update(zip(map(ord, part), map(chr, codes), strict=True))
            self._subsets.update(dict.fromkeys(map(ord, part), chr(subset)))
            start += len(codes)


class TextBlock:
    """One BT … ET block of lines, each started at its own origin and made of runs in one face each."""

    def __init__(self, c, x: float, y: float, char_space: float = 0.0):
        self.c = c
        self._strings, self._fonts, self._codes = self._document_tables(c._doc)
        self.code = ["BT"]
        self.origin(x, y)
        if char_space:
            self.code.append(f"{number(char_space)} Tc")
        self._mode = 0
        self._face = None
        self._subset = -1
        self._size_ops = ""

    @staticmethod
    def _document_tables(doc) -> tuple[dict, dict, dict]:
        tables = _encoded.get(doc)
        if tables is None:
            tables = _encoded[doc] = ({}, {}, {})
        return tables

    def origin(self, x: float, y: float) -> None:
        self.code.append(f"1 0 0 1 {number(x)} {number(y)} Tm")

    def render_mode(self, mode: int) -> None:
        """Fill (0) or fill and stroke (2), written only when it changes, as reportlab does."""
        if mode != self._mode:
            self._mode = mode
            self.code.append(f"{mode} Tr")

    def face(self, font: str, size: float) -> None:
        """The face of the runs that follow (its size operators are written before its first string)."""
        if font != self._face:
            self._face = font
            self._subset = -1
            self._size_ops = f"{number(size)} Tf {number(size * 1.2)} TL"  # reportlab's leading for a face set

    def show(self, text: str, last: bool) -> None:
        """A run in the current face; the line's `last` run ends it (T*)."""
        pieces = self._strings.get((self._face, text))
        if pieces is None:
            pieces = self._strings[self._face, text] = self._encode(text)
        code = self.code
        for subset, shown in pieces:
            if subset != self._subset:
                code.append(f"{self._font_resource(subset)} {self._size_ops}")
                self._subset = subset
            code.append(shown)
        if not pieces:  # reportlab's empty string: an empty operator, joined with a space like the others
            code.append(" T*" if last else "")
        elif last:
            code.append("T*")

    def _encode(self, text: str) -> list[tuple[int, str]]:
        codes = self._codes.get(self._face)
        if codes is None:
            codes = self._codes[self._face] = Codes()
        pieces = codes.encoded(text) if text else None
        if pieces is None:
            pieces = _font(self._face).splitString(text, self.c._doc)
            codes.learn(text, pieces)
        escape = self.c._escape
        return [(subset, f"({escape(chars)}) Tj") for subset, chars in pieces]

    def _font_resource(self, subset: int) -> str:
        key = (self._face, subset)
        name = self._fonts.get(key)
        if name is None:
            name = self._fonts[key] = _font(self._face).getSubsetInternalName(subset, self.c._doc)
        return name

    def end(self) -> None:
        """The block into the page (or the form being drawn)."""
        self.code.append("ET")
        self.c.addLiteral(" ".join(self.code))
