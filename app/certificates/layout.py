"""Text boxes that shrink their text to fit: one line (names) or a few wrapped lines (titles, citations).

Nothing drawn by these functions leaves its box: the size comes down until the text fits, lines break
between Chinese characters or between Latin words (never inside a word unless the word alone is wider than
the box), a line never starts with closing punctuation or ends with opening punctuation or a currency sign,
and an amount (¥12,500.00) and a date (2026年8月3日) are one word each. A quoted 「award title」 and a bracketed
（aside） stay on one line when they fit, and a common two-character word (data/citation_words.txt: 荣获, 表现,
突出) is not split when breaking one character earlier fits.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from app.certificates.glyphs import Chain, printable
from app.certificates.pdftext import TextBlock
from app.resources import data_path

_CLOSING = set("，。、；：！？」』）》〉】〕”’…—,.;:!?)]}%％·・")
_OPENING = set("「『（《〈【〔“‘([{¥￥$＄€£")  # and currency signs: 奖励：¥ | 500.00 would read as two amounts
# a date as Chinese writes it (2026年8月3日, 2026年10月, 8月3日: a card read 「2026年8 / 月3日」), a word, or a number
# with its decimal point and thousands separators (¥12,500.00 is not broken at the comma)
_TOKEN = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|"
                    r"[A-Za-z0-9\u00C0-\u024F]+(?:(?:['’.\-]|(?<=[0-9]),(?=[0-9]))[A-Za-z0-9\u00C0-\u024F]+)*|\s+|.",
                    re.DOTALL)
_SPACE = re.compile(r"\s")
_QUOTES = set("「」（）")  # a quoted title and a bracketed aside (a flower card's 「宋佳 2026年8月3日发」) keep together
ASCENT = 0.88  # CJK em box: 0.88 above the baseline, 0.12 below
MIN_SIZE = 4.0
READABLE = 7.0  # the smallest size a citation is printed at: below it a printed line is hard to read
ELLIPSIS = "……"
_SENTENCE_ENDS = set("。！？；!?;")
_CLAUSE_ENDS = set("，、：,:")


class Box(NamedTuple):  # a tuple, not a dataclass: made dozens of times per page, and quicker to make and hash
    x: float
    y: float  # bottom
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.w - 2 * dx, self.h - 2 * dy)

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        return (other.x >= self.x - tolerance and other.y >= self.y - tolerance
                and other.x + other.w <= self.x + self.w + tolerance and other.top <= self.top + tolerance)


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    leading: float  # line height as a multiple of size
    widths: tuple[float, ...]
    char_space: float = 0.0
    shortened: bool = False  # the text was cut (at a sentence's end where one fits) and ends with ……


def tokens(text: str, *, quoted_together: bool = True) -> list[str]:
    """Pieces a line may break between, with kinsoku: closing marks stick to what precedes them,
    opening marks to what follows; a quoted 「award title」 and a bracketed （aside） are one piece each (split
    again only when wider than the box, `_wrap`)."""
    pieces = _break_points(text)
    if not quoted_together:
        return pieces
    merged: list[str] = []
    depth = 0  # the 「 or （ the piece being merged opened and did not close
    for piece in pieces:
        if depth > 0:
            merged[-1] += piece
        else:
            merged.append(piece)
            depth = 0
        if not _QUOTES.isdisjoint(piece):  # a few pieces of a citation: counted only there
            depth += piece.count("「") + piece.count("（") - piece.count("」") - piece.count("）")
    return merged


def _break_points(text: str) -> list[str]:
    raw = _TOKEN.findall(text)
    out: list[str] = []
    carry = ""
    for piece in raw:
        if piece in _OPENING:
            carry += piece
            continue
        piece = carry + piece
        carry = ""
        if out and (piece[0] in _CLOSING) and not out[-1].isspace():
            out[-1] += piece
        else:
            out.append(piece)
    if carry:
        if out:
            out[-1] += carry
        else:
            out.append(carry)
    return out


@cache
def unsplit_words() -> frozenset[str]:
    lines = data_path("citation_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _wrap(chain: Chain, pieces: list[str], unit_widths: list[float], box_w: float, size: float,
          max_lines: int) -> list[str] | None:
    """Greedy wrap at `size` (piece widths scale with the size), each line at most `box_w` wide; None when
    more than max_lines are needed."""
    return _wrap_within(chain, pieces, unit_widths, box_w + 1e-6, size, max_lines).lines


@dataclass
class _Wrapped:
    """A greedy wrap, and the limits [low, high) for which it comes out the same: every comparison of a
    width with the limit would go the same way."""

    lines: list[str] | None
    low: float = -math.inf
    high: float = math.inf

    def holds_for(self, limit: float) -> bool:
        return self.low <= limit < self.high

    def fits(self, width: float, limit: float) -> bool:
        if width <= limit:
            self.low = max(self.low, width)
            return True
        self.high = min(self.high, width)
        return False


def _wrap_within(chain: Chain, pieces: list[str], unit_widths: list[float], limit: float, size: float,
                 max_lines: int) -> _Wrapped:
    """`_wrap` for lines at most `limit` wide; a dozen of these are tried per citation (`_balanced`), hence
    one plain loop."""
    out = _Wrapped(None)
    placed = _placed(chain, pieces, unit_widths, size, limit, out)
    low, high = out.low, out.high
    words = unsplit_words()
    done: list[str] = []
    line: list[str] = []  # the pieces on the line being filled
    widths: list[float] = []  # and their widths
    width = 0.0
    for piece, w in placed:
        if line:
            total = width + w
            if total <= limit:
                low = max(low, total)
            else:
                high = min(high, total)
                # a two-character word the break would split (荣|获) loses its first character to the next
                # line, when the next line still holds both and this one keeps something
                last = line[-1]
                carried = len(line) > 1 and len(last) == 1 and (last + piece[:1]) in words
                if carried:
                    both = widths[-1] + w
                    carried = both <= limit
                    low, high = (max(low, both), high) if carried else (low, min(high, both))
                if carried:
                    line.pop()
                    last_w = widths.pop()
                done.append("".join(line).rstrip())
                if len(done) >= max_lines:
                    out.low, out.high = low, high
                    return out
                if carried:
                    line, widths, width = [last], [last_w], last_w
                else:
                    line, widths, width = [], [], 0.0
                    if piece.isspace():
                        continue
        line.append(piece)
        widths.append(w)
        width += w
    current = "".join(line)
    if current.strip() or not done:
        done.append(current.rstrip() if done else current)
    out.low, out.high = low, high
    if len(done) <= max_lines:
        out.lines = done
    return out


def _placed(chain: Chain, pieces: list[str], unit_widths: list[float], size: float, limit: float,
            out: _Wrapped) -> list[tuple[str, float]]:
    """(piece, width) at `size`; a piece wider than the line breaks where its own text may (a quoted
    title), a word alone by characters."""
    widths = [w1 * size for w1 in unit_widths]
    if max(widths, default=0.0) <= limit:  # nearly always
        out.fits(max(widths, default=0.0), limit)
        return list(zip(pieces, widths, strict=True))
    placed = []
    for piece, w in zip(pieces, widths, strict=True):
        if out.fits(w, limit):
            placed.append((piece, w))
            continue
        inner = tokens(piece, quoted_together=False)
        for part in inner if len(inner) > 1 else list(piece):
            part_w = chain.width(part, size)
            if out.fits(part_w, limit):
                placed.append((part, part_w))
            else:
                placed.extend((ch, chain.width(ch, size)) for ch in part)
    return placed


def memo(chain: Chain, key: tuple, make) -> Fitted:
    """A fit is a pure function of its arguments: one batch fits the same shop name, date and award title
    on many pages, so each is worked out once per font chain."""
    found = chain.fits.get(key)
    if found is None:
        if len(chain.fits) > 5_000:
            chain.fits.clear()
        found = chain.fits[key] = make()
    return found  # type: ignore[return-value]


def fit_line(chain: Chain, text: str, box: Box, max_size: float, char_space: float = 0.0) -> Fitted:
    """One line, as large as `max_size` allows while staying inside the box (width and height)."""
    return memo(chain, ("line", text, box, max_size, char_space),
                 lambda: _fit_line(chain, text, box, max_size, char_space))


def _fit_line(chain: Chain, text: str, box: Box, max_size: float, char_space: float) -> Fitted:
    text = printable(text)
    unit = chain.width(text, 1.0)
    spaces = max(len(text) - 1, 0)
    size = min(max_size, box.h)
    if unit > 0:
        # width(size) = unit*size + char_space*(size/max_size)*spaces: spacing shrinks with the text
        per_size = unit + (char_space / max_size) * spaces
        size = min(size, box.w / per_size)
    size = max(size, 0.5)
    cs = char_space * size / max_size
    return Fitted((text,), size, 1.0, (chain.width(text, size) + cs * spaces,), cs)


def _balanced(chain: Chain, pieces: list[str], units: list[float], box_w: float, size: float,
              lines: list[str]) -> list[str]:
    """The same number of lines in the narrowest width that still gives that number, so the last line is
    not left with a single character (以资鼓 / 励。) — never narrower than a piece that fits the box (a quoted
    award title stays whole)."""
    widest = max((u * size for u in units if u * size <= box_w + 1e-6), default=0.0)
    lo, hi, best = max(box_w * 0.5, widest), box_w, lines
    tried: list[_Wrapped] = []  # a width within the range of one tried before wraps the same: not again
    for _ in range(12):
        mid = (lo + hi) / 2
        limit = mid + 1e-6
        wrapped = next((w for w in tried if w.holds_for(limit)), None)
        if wrapped is None:
            wrapped = _wrap_within(chain, pieces, units, limit, size, len(lines))
            tried.append(wrapped)
        trial = wrapped.lines
        if trial is not None and len(trial) == len(lines):
            best, hi = trial, mid
        else:
            lo = mid
    return best


def fit_lines(chain: Chain, text: str, box: Box, max_size: float, max_lines: int, leading: float = 1.4,
              min_size: float = MIN_SIZE, balance: bool = False, grow_lines: bool = False) -> Fitted:
    """Wrapped into at most `max_lines` lines, each at most box.w wide, all within box.h; `balance` evens
    out the lengths of the lines; with `grow_lines` a smaller size may take as many lines as the box's height
    holds at that size (a long citation wraps onto more lines instead of shrinking into two)."""
    return memo(chain, ("lines", text, box, max_size, max_lines, leading, min_size, balance, grow_lines),
                 lambda: _fit_lines(chain, text, box, max_size, max_lines, leading, min_size, balance, grow_lines))


def _fit_lines(chain: Chain, text: str, box: Box, max_size: float, max_lines: int, leading: float,
               min_size: float, balance: bool, grow_lines: bool) -> Fitted:
    fitted = _wrapped(chain, text, box, max_size, max_lines, leading, min_size, balance, grow_lines)
    if fitted is not None:
        return fitted
    # Still too long at the smallest size: one line per box line, shrunk to fit (never overflowing).
    return _fit_line(chain, " ".join(printable(text).split()), Box(box.x, box.y, box.w, box.h), max_size, 0.0)


def _wrapped(chain: Chain, text: str, box: Box, max_size: float, max_lines: int, leading: float,
             min_size: float, balance: bool, grow_lines: bool) -> Fitted | None:
    """The largest size from `max_size` down to `min_size` at which the text wraps into the box; None when
    it does not fit even at `min_size`."""
    text = printable(text)
    pieces = tokens(text)
    units = [chain.width(p, 1.0) for p in pieces]
    size = min(max_size, box.h / leading)
    shape = _shape(text, pieces, units, box.w / size)
    shape += (box.w, box.h, max_size, max_lines, leading, min_size, balance, grow_lines)
    known = chain.fits.get(shape)
    if known is not None:
        fitted = _as_known(chain, text, box, known)  # type: ignore[arg-type]
        if fitted is not None:
            return fitted
    checked_widths = True  # every size tried was left for want of room, not for a line measured too wide
    while True:
        room = max(max_lines, int((box.h + 1e-6) // (size * leading))) if grow_lines else max_lines
        lines = _wrap(chain, pieces, units, box.w, size, room)
        if lines is not None and len(lines) * size * leading <= box.h + 1e-6:
            if balance and len(lines) > 1:
                lines = _balanced(chain, pieces, units, box.w, size, lines)
            widths = tuple(chain.width(line, size) for line in lines)
            if all(w <= box.w + 1e-6 for w in widths):
                fitted = Fitted(tuple(lines), size, leading, widths)
                if checked_widths and shape[0] is not None:
                    _remember_shape(chain, shape, text, fitted)
                return fitted
            checked_widths = False
        if size <= min_size:
            return None
        size = max(size * 0.94, min_size)


def _shape(text: str, pieces: list[str], units: list[float], widest_unit: float) -> tuple:
    """What the wrapping of these pieces depends on: each piece's width, length and spaces, and which
    neighbours make a word not to split. Two texts of one shape (the same citation for two names of as many
    characters of one width) break at the same characters at the same size. None (no shape) when a piece
    could be wider than a line: such a piece is broken by its own characters."""
    if max(units, default=0.0) > widest_unit:
        return (None,)
    words = unsplit_words()
    spaces = tuple(m.start() for m in _SPACE.finditer(text))
    return (tuple(units), tuple(len(p) for p in pieces), spaces,
            tuple(len(a) == 1 and (a + b[:1]) in words for a, b in pairwise(pieces)))


def _remember_shape(chain: Chain, shape: tuple, text: str, fitted: Fitted) -> None:
    """The fit of a shape as the size and where each line starts and ends in the text."""
    spans, pos = [], 0
    for line in fitted.lines:  # lines follow each other, with only spaces left out between them
        while not text.startswith(line, pos):
            if pos >= len(text) or not text[pos].isspace():
                return
            pos += 1
        spans.append((pos, pos + len(line)))
        pos += len(line)
    memo(chain, shape, lambda: (fitted.size, fitted.leading, tuple(spans)))


def _as_known(chain: Chain, text: str, box: Box, known: tuple[float, float, tuple]) -> Fitted | None:
    size, leading, spans = known
    lines = tuple(text[a:b] for a, b in spans)
    widths = tuple(chain.width(line, size) for line in lines)
    if not all(w <= box.w + 1e-6 for w in widths):
        return None
    return Fitted(lines, size, leading, widths)


def fit_citation(chain: Chain, text: str, box: Box, max_size: float, max_lines: int, leading: float,
                 balance: bool = False, tail: str = "") -> Fitted:
    """A citation (then `tail`, the award's value on a card) wrapped like `fit_lines` with `grow_lines`, but
    never smaller than READABLE: a citation too long for that is cut after its last whole sentence that
    fits (else clause, else character) and ends with ……, and the result says it was `shortened`."""
    room = Box(0, 0, box.w, box.h)  # where the box lies does not change the fit: a card's is worked out once
    return memo(chain, ("citation", text, room, max_size, max_lines, leading, balance, tail),
                lambda: _fit_citation(chain, text, room, max_size, max_lines, leading, balance, tail))


def _fit_citation(chain: Chain, text: str, box: Box, max_size: float, max_lines: int, leading: float,
                  balance: bool, tail: str) -> Fitted:
    text = printable(text)
    floor = min(READABLE, max_size)
    whole = _wrapped(chain, text + tail, box, max_size, max_lines, leading, floor, balance, True)
    if whole is not None:
        return whole

    def at_floor(cut: int) -> Fitted | None:
        return _wrapped(chain, text[:cut].rstrip() + ELLIPSIS + tail, box, floor, max_lines, leading, floor,
                        balance, True)

    for ends in (_SENTENCE_ENDS, _CLAUSE_ENDS):
        for cut in sorted((i for i, ch in enumerate(text) if ch in ends and i > 0), reverse=True):
            fitted = at_floor(cut)
            if fitted is not None:
                return replace(fitted, shortened=True)
    # no sentence or clause end fits: the longest run of characters that does (never inside a 「title」)
    cuts = [i for i in range(1, len(text)) if text[:i].count("「") <= text[:i].count("」")]
    lo, hi, best = 0, len(cuts) - 1, None
    while lo <= hi:
        mid = (lo + hi) // 2
        fitted = at_floor(cuts[mid])
        if fitted is not None:
            best, lo = fitted, mid + 1
        else:
            hi = mid - 1
    if best is None:
        return replace(_fit_line(chain, ELLIPSIS + tail, box, max_size, 0.0), shortened=True)
    return replace(best, shortened=True)


def block_height(fitted: Fitted) -> float:
    return len(fitted.lines) * fitted.size * fitted.leading


def draw(c, chain: Chain, fitted: Fitted, box: Box, align: str = "center", valign: str = "middle",
         bold: float = 0.0) -> list[Box]:
    """Draw fitted text in its box, its lines in one text object; returns the line boxes (for tests and debugging).

    `bold` > 0 thickens the strokes (text render mode fill + stroke) by that fraction of the size.
    """
    line_h = fitted.size * fitted.leading
    total = block_height(fitted)
    if valign == "top":
        top = box.top
    elif valign == "bottom":
        top = box.y + total
    else:
        top = box.y + (box.h + total) / 2
    drawn = []
    for i, width in enumerate(fitted.widths):
        line_top = top - i * line_h
        baseline = line_top - (line_h - fitted.size) / 2 - ASCENT * fitted.size
        if align == "left":
            x = box.x
        elif align == "block":  # lines start together, the block as a whole is centred
            x = box.cx - max(fitted.widths) / 2
        elif align == "right":
            x = box.x + box.w - width
        else:
            x = box.cx - width / 2
        drawn.append(Box(x, baseline - (1 - ASCENT) * fitted.size, width, fitted.size))
    runs = [chain.runs(line) for line in fitted.lines]
    # a bold role's characters from a regular fallback face are drawn with an outline (`Chain.thicken`)
    primary = chain.primary.name
    thicken = chain.thicken if not bold and any(font != primary for line in runs for font, _ in line) else 0.0
    styled = bool(fitted.char_space or bold or thicken)
    if styled:  # spacing and render mode are graphics state: q/Q keeps them from leaking onwards
        c.saveState()
    text = None
    for line, placed in zip(runs, drawn, strict=True):
        baseline = placed.y + (1 - ASCENT) * fitted.size
        if text is None:
            text = TextBlock(c, placed.x, baseline, fitted.char_space)
            if bold or thicken:
                c.setLineWidth(fitted.size * (bold or thicken))
                c.setStrokeColor(c._fillColorObj)
            if bold:
                text.render_mode(2)
        else:
            text.origin(placed.x, baseline)
        _show_runs(text, line, primary, fitted.size, thicken)
    if text is not None:
        text.end()
    if styled:
        c.restoreState()
    return drawn


def _show_runs(text: TextBlock, runs: list[tuple[str, str]], primary: str, size: float, thicken: float) -> None:
    """One line's runs, each in its face, set again only where the face changes (the block keeps the face the
    line before ended with)."""
    last = len(runs) - 1
    for i, (font, piece) in enumerate(runs):
        if thicken:
            text.render_mode(0 if font == primary else 2)
        text.face(font, size)
        text.show(piece, i == last)
