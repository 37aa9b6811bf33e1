"""Text boxes that shrink their text to fit: one line (names) or a few wrapped lines (titles, citations).

Nothing drawn by these functions leaves its box: the size comes down until the text fits, lines break
between Chinese characters or between Latin words (never inside a word unless the word alone is wider than
the box), and a line never starts with closing punctuation or ends with opening punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.certificates.glyphs import Chain, printable

_CLOSING = set("，。、；：！？」』）》〉】〕”’…—,.;:!?)]}%％·・")
_OPENING = set("「『（《〈【〔“‘([{")
_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['’.\-][A-Za-z0-9\u00C0-\u024F]+)*|\s+|.", re.DOTALL)
ASCENT = 0.88  # CJK em box: 0.88 above the baseline, 0.12 below
MIN_SIZE = 4.0


@dataclass(frozen=True)
class Box:
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


def tokens(text: str) -> list[str]:
    """Pieces a line may break between, with kinsoku: closing marks stick to what precedes them,
    opening marks to what follows."""
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


def _wrap(chain: Chain, pieces: list[str], unit_widths: list[float], box_w: float, size: float,
          max_lines: int) -> list[str] | None:
    """Greedy wrap at `size` (piece widths scale with the size); None when more than max_lines are needed."""
    lines: list[str] = []
    current, current_w = "", 0.0
    for piece, w1 in zip(pieces, unit_widths, strict=True):
        w = w1 * size
        if current and current_w + w > box_w + 1e-6:
            lines.append(current.rstrip())
            if len(lines) >= max_lines:
                return None
            current, current_w = "", 0.0
            if piece.isspace():
                continue
        if w > box_w + 1e-6:  # one word wider than the box: split it by characters
            for ch in piece:
                cw = chain.width(ch, size)
                if current and current_w + cw > box_w + 1e-6:
                    lines.append(current.rstrip())
                    if len(lines) >= max_lines:
                        return None
                    current, current_w = "", 0.0
                current += ch
                current_w += cw
            continue
        current += piece
        current_w += w
    if current.strip() or not lines:
        lines.append(current.rstrip() if lines else current)
    return lines if len(lines) <= max_lines else None


def _memo(chain: Chain, key: tuple, make) -> Fitted:
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
    return _memo(chain, ("line", text, box, max_size, char_space),
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
    not left with a single character (以资鼓 / 励。)."""
    lo, hi, best = box_w * 0.5, box_w, lines
    for _ in range(12):
        mid = (lo + hi) / 2
        trial = _wrap(chain, pieces, units, mid, size, len(lines))
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
    return _memo(chain, ("lines", text, box, max_size, max_lines, leading, min_size, balance, grow_lines),
                 lambda: _fit_lines(chain, text, box, max_size, max_lines, leading, min_size, balance, grow_lines))


def _fit_lines(chain: Chain, text: str, box: Box, max_size: float, max_lines: int, leading: float,
               min_size: float, balance: bool, grow_lines: bool) -> Fitted:
    text = printable(text)
    pieces = tokens(text)
    units = [chain.width(p, 1.0) for p in pieces]
    size = min(max_size, box.h / leading)
    while True:
        room = max(max_lines, int((box.h + 1e-6) // (size * leading))) if grow_lines else max_lines
        lines = _wrap(chain, pieces, units, box.w, size, room)
        if lines is not None and len(lines) * size * leading <= box.h + 1e-6:
            if balance and len(lines) > 1:
                lines = _balanced(chain, pieces, units, box.w, size, lines)
            widths = tuple(chain.width(line, size) for line in lines)
            if all(w <= box.w + 1e-6 for w in widths):
                return Fitted(tuple(lines), size, leading, widths)
        if size <= min_size:
            break
        size = max(size * 0.94, min_size)
    # Still too long at the smallest size: one line per box line, shrunk to fit (never overflowing).
    return _fit_line(chain, " ".join(text.split()), Box(box.x, box.y, box.w, box.h), max_size, 0.0)


def block_height(fitted: Fitted) -> float:
    return len(fitted.lines) * fitted.size * fitted.leading


def draw(c, chain: Chain, fitted: Fitted, box: Box, align: str = "center", valign: str = "middle",
         bold: float = 0.0) -> list[Box]:
    """Draw fitted text in its box; returns the line boxes (for tests and debugging).

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
    for i, (line, width) in enumerate(zip(fitted.lines, fitted.widths, strict=True)):
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
        styled = bool(fitted.char_space or bold)
        if styled:  # spacing and render mode are graphics state: q/Q keeps them from leaking onwards
            c.saveState()
        text = c.beginText(x, baseline)
        if fitted.char_space:
            text.setCharSpace(fitted.char_space)
        if bold:
            text.setTextRenderMode(2)
            c.setLineWidth(fitted.size * bold)
            c.setStrokeColor(c._fillColorObj)
        for font, piece in chain.runs(line):
            text.setFont(font, fitted.size)
            text.textOut(piece)
        c.drawText(text)
        if styled:
            c.restoreState()
        drawn.append(Box(x, baseline - (1 - ASCENT) * fitted.size, width, fitted.size))
    return drawn
