"""Vector decoration: the classic 回纹 border, the 荣誉章 emblem, cut marks, the draft mark, the QR code,
and the shop's images. Everything is drawn with reportlab's canvas; no bitmap is made here.

The emblem is a red flower (a rosette with ribbons) with 荣誉 in its heart. It is deliberately nothing like
an official company seal: no ring of text, no shop name, no star.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from io import BytesIO
from itertools import chain, cycle, islice, zip_longest

from app.certificates.glyphs import Chain
from app.certificates.layout import Box, draw, fit_line

RED = "#C8102E"
DARK_RED = "#8E1B1B"
LIGHT_RED = "#E5484D"
GOLD = "#C9A227"
PALE_GOLD = "#F3E3A5"
INK = "#2B2B2B"
GREY = "#6B6B6B"

# A square spiral (one 回纹 unit) in a unit cell, drawn as one stroke.
_SPIRAL = [(0.12, 0.12), (0.88, 0.12), (0.88, 0.88), (0.12, 0.88), (0.12, 0.34), (0.66, 0.34), (0.66, 0.66),
           (0.34, 0.66), (0.34, 0.5)]


@functools.lru_cache(maxsize=64)
def colour(hex_text: str) -> tuple[float, float, float]:
    """A colour as the canvas takes it: (red, green, blue) from 0 to 1, written as a HexColor's would be, but
    without a HexColor's opacity (1, the default), which the canvas looks up in its graphics state on each
    colour set: that was half the cost of the dozen colour sets of every page."""
    from reportlab.lib.colors import HexColor

    return HexColor(hex_text).rgb()


def fill(c, rgb: tuple[float, float, float]) -> None:
    """`c.setFillColor(rgb)`, with the operator reportlab writes for it formatted once per colour: a page sets
    half a dozen colours, and reportlab formats their three numbers again each time."""
    c._fillColorObj = rgb  # what setFillColor keeps (saveState keeps it too, and a bold text strokes with it)
    c.addLiteral(_colour_operator(rgb, "rg"))


def stroke(c, rgb: tuple[float, float, float]) -> None:
    """`c.setStrokeColor(rgb)`, as `fill`."""
    c._strokeColorObj = rgb
    c.addLiteral(_colour_operator(rgb, "RG"))


@functools.lru_cache(maxsize=128)
def _colour_operator(rgb: tuple[float, float, float], operator: str) -> str:
    from reportlab.lib.rl_accel import fp_str

    return f"{fp_str(rgb)} {operator}"


def fret_band(c, outer: Box, band: float, scale: float) -> None:
    """The classic border: a thick red line, gold rules, a band of 回纹 spirals and 回 corner blocks."""
    c.setLineJoin(0)
    c.setStrokeColor(colour(RED))
    c.setLineWidth(3.2 * scale)
    c.rect(outer.x, outer.y, outer.w, outer.h, stroke=1, fill=0)
    gold_out = outer.inset(4.5 * scale)
    inner = outer.inset(band)
    gold_in = inner.inset(-4.5 * scale)
    c.setStrokeColor(colour(GOLD))
    c.setLineWidth(1.0 * scale)
    for box in (gold_out, gold_in):
        c.rect(box.x, box.y, box.w, box.h, stroke=1, fill=0)
    c.setStrokeColor(colour(RED))
    c.setLineWidth(1.4 * scale)
    c.rect(inner.x, inner.y, inner.w, inner.h, stroke=1, fill=0)
    # spirals between the gold rules
    cell = gold_out.x + gold_out.w - (gold_in.x + gold_in.w)  # the band between the gold rules
    lane_lo, lane_hi = gold_out, gold_in
    c.setLineWidth(max(cell * 0.07, 0.5))
    c.drawPath(_spiral_band(lane_lo, lane_hi, cell), stroke=1, fill=0)
    for cx, cy in ((lane_lo.x, lane_lo.y), (lane_lo.x + lane_lo.w - cell, lane_lo.y),
                   (lane_lo.x, lane_lo.y + lane_lo.h - cell), (lane_lo.x + lane_lo.w - cell, lane_lo.y + lane_lo.h - cell)):
        _corner(c, cx, cy, cell)


@functools.lru_cache(maxsize=8)
def _spiral_band(lane_lo: Box, lane_hi: Box, cell: float):
    """The path of every spiral around the page: about 900 points, the same on every page and file of a
    size, so it is built once (a batch of split files drew it again for each file)."""
    from reportlab.pdfgen.pathobject import PDFPathObject

    path = PDFPathObject()
    _spirals(path, lane_lo.x + cell, lane_lo.y, lane_lo.x + lane_lo.w - cell, cell, horizontal=True)
    _spirals(path, lane_lo.x + cell, lane_hi.y + lane_hi.h, lane_lo.x + lane_lo.w - cell, cell, horizontal=True)
    _spirals(path, lane_lo.y + cell, lane_lo.x, lane_lo.y + lane_lo.h - cell, cell, horizontal=False)
    _spirals(path, lane_lo.y + cell, lane_hi.x + lane_hi.w, lane_lo.y + lane_lo.h - cell, cell, horizontal=False)
    return path


def _spirals(path, start: float, across: float, end: float, cell: float, horizontal: bool) -> None:
    length = end - start
    count = max(int(length // cell), 1)
    step = length / count
    pad = (step - cell) / 2
    for i in range(count):
        along = start + i * step + pad
        mirror = i % 2 == 1
        for j, (u, v) in enumerate(_SPIRAL):
            u2 = 1 - u if mirror else u
            x, y = (along + u2 * cell, across + v * cell) if horizontal else (across + v * cell, along + u2 * cell)
            if j == 0:
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)


def _corner(c, x: float, y: float, cell: float) -> None:
    c.setFillColor(colour(RED))
    c.rect(x, y, cell, cell, stroke=0, fill=1)
    c.setStrokeColor(colour(PALE_GOLD))
    c.setLineWidth(max(cell * 0.06, 0.4))
    for f in (0.2, 0.36):
        c.rect(x + cell * f, y + cell * f, cell * (1 - 2 * f), cell * (1 - 2 * f), stroke=1, fill=0)
    c.setFillColor(colour(PALE_GOLD))
    c.rect(x + cell * 0.46, y + cell * 0.46, cell * 0.08, cell * 0.08, stroke=0, fill=1)


@functools.lru_cache(maxsize=4)
def _petals(count: int, dist: float, radius: float, turn: float) -> tuple:
    """A ring of round petals, one path each (each is filled over the one before it); the same in every file
    of a batch, so the curves are computed once."""
    from reportlab.pdfgen.pathobject import PDFPathObject

    petals = []
    for i in range(count):
        a = turn + 2 * math.pi * i / count
        petal = PDFPathObject()
        petal.circle(dist * math.cos(a), dist * math.sin(a), radius)
        petals.append(petal)
    return tuple(petals)


def emblem(c, title: Chain, text: str = "荣誉") -> None:
    """The 荣誉章 flower, centred on (0, 0) with radius 50 (ribbons reach down to -92)."""
    c.saveState()
    c.setStrokeColor(colour(DARK_RED))
    c.setLineWidth(1.0)
    c.setFillColor(colour(DARK_RED))
    for side in (-1, 1):  # two ribbon tails with a notch
        p = c.beginPath()
        p.moveTo(side * 8, -20)
        p.lineTo(side * 26, -24)
        p.lineTo(side * 40, -90)
        p.lineTo(side * 29, -80)
        p.lineTo(side * 20, -92)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    for ring, (count, dist, radius, hex_text, turn) in enumerate(
            ((14, 38.0, 13.0, RED, 0.0), (14, 27.0, 10.5, LIGHT_RED, math.pi / 14))):
        c.setFillColor(colour(hex_text))
        c.setStrokeColor(colour(DARK_RED if ring == 0 else RED))
        c.setLineWidth(0.6)
        for petal in _petals(count, dist, radius, turn):
            c.drawPath(petal, stroke=1, fill=1)
    c.setFillColor(colour(GOLD))
    c.circle(0, 0, 24, stroke=0, fill=1)
    c.setFillColor(colour(RED))
    c.setStrokeColor(colour(PALE_GOLD))
    c.setLineWidth(1.2)
    c.circle(0, 0, 20.5, stroke=1, fill=1)
    c.setFillColor(colour(PALE_GOLD))
    box = Box(-16, -10, 32, 20)
    draw(c, title, fit_line(title, text, box, 16, char_space=1.0), box, bold=0.03)
    c.restoreState()


def cut_marks(c, xs: list[float], ys: list[float], length: float, gap: float) -> None:
    """Crop marks outside the grid, in line with every cut (cards touch: one cut separates two)."""
    c.setStrokeColor(colour(INK))
    c.setLineWidth(0.35)
    left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
    for x in xs:
        c.line(x, bottom - gap, x, bottom - gap - length)
        c.line(x, top + gap, x, top + gap + length)
    for y in ys:
        c.line(left - gap, y, left - gap - length, y)
        c.line(right + gap, y, right + gap + length, y)


def draft_mark(c, title: Chain, width: float, height: float) -> None:
    """草稿 across the page, large and pale, over everything (so it cannot be cropped off one block)."""
    c.saveState()
    c.setFillColor(colour(RED))
    c.setFillAlpha(0.16)
    c.translate(width / 2, height / 2)
    c.rotate(math.degrees(math.atan2(height, width)))
    size = min(width, height) * 0.42
    box = Box(-width / 2, -size / 2, width, size)
    draw(c, title, fit_line(title, "草稿", box, size, char_space=size * 0.4), box)
    c.restoreState()


QR_MASK = 2  # any of the eight masks makes a valid code (the tests read them back with zbar)


@functools.lru_cache(maxsize=512)
def qr_matrix(payload: str) -> tuple[str, ...]:
    """The code's modules (error correction M), as reportlab's encoder makes them with mask QR_MASK: a string
    per row, "1" for a dark module and "0" for a light one.

    reportlab's widget builds a code nine times to choose the mask and does its Reed-Solomon division on
    polynomial objects; here reportlab's own classes encode the data (mode, length, bits; an alphanumeric
    payload's characters are packed at once, `_write_alphanumeric`) and lay out the finder, timing,
    alignment, format and version patterns, once per version (`_qr_frame`), and the error correction bytes
    come from a table-driven remainder. The tests check the modules are those of
    reportlab's `makeImpl` with the same mask. Codes are remembered by payload: the preview draws the same
    certificate again on every change of an option, and a reprint draws the same code again.
    """
    qrencoder = _encoder()
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    version = _version(code)
    frame = _qr_frame(version)
    # the data bits flip the masked frame at their modules: each half-byte of the codewords sets its modules
    # at once from a table, as the bits of one integer
    data = 0
    for byte, (high, low) in zip(_codewords(version, code.dataList), frame.nibbles, strict=True):
        data |= high[byte >> 4] | low[byte & 15]
    n = frame.side
    flat = format(frame.bits ^ data, f"0{n * n}b")
    return tuple(flat[start:start + n] for start in range(0, n * n, n))


@functools.cache
def _encoder():
    """reportlab's QR module, imported with the first code (not with the app), then held: an import statement
    in a function runs again on every call, and importing a module from its package goes through Python code."""
    from reportlab.graphics.barcode import qrencoder

    return qrencoder


_VERSIONS: dict[tuple, int] = {}


def _version(code) -> int:
    """reportlab's `calculate_version`, which depends only on the kind and length of each piece of data:
    the codes of a batch (numbers of one shape) all take the same."""
    key = tuple((type(data), len(data)) for data in code.dataList)
    version = _VERSIONS.get(key)
    if version is None:
        version = _VERSIONS[key] = code.calculate_version()
    return version


@dataclass(frozen=True)
class _Frame:
    side: int  # modules per side
    bits: int  # the modules of a code holding no data (each data module shows the mask alone), row by row
    # for each codeword, the modules its high and its low half-byte set, by value (0-15): the data modules
    # take the codewords' bits in order, and those past the last codeword stay "0"
    nibbles: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]


@functools.lru_cache(maxsize=16)
def _qr_frame(version: int) -> _Frame:
    """A code of this version holding no data, made by reportlab, and the modules each codeword's bits
    take (the data modules in the order the bits fill them)."""
    from reportlab.graphics.barcode import qrencoder

    empty = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    empty.dataCache = []
    empty.makeImpl(False, QR_MASK)
    n = len(empty.modules)
    last = n * n - 1
    module_bits = [1 << (last - (row * n + col)) for col, row in empty.dataPosIterator()]
    bits = int("".join("1" if module else "0" for row in empty.modules for module in row), 2)

    def table(first: int) -> tuple[int, ...]:
        """The modules set by each value of the half-byte whose bits are data bits first..first+3."""
        places = module_bits[first:first + 4]
        return tuple(sum(place for k, place in enumerate(places) if value & (8 >> k)) for value in range(16))

    nibbles = tuple((table(8 * i), table(8 * i + 4)) for i in range(len(module_bits) // 8))
    return _Frame(n, bits, nibbles)


def _codewords(version: int, data_list: list) -> list[int]:
    """reportlab's `QRCode.createData`: the data with its terminator and padding, split into blocks, each
    followed by its error correction bytes, interleaved."""
    qrencoder = _encoder()
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, qrencoder.QRErrorCorrectLevel.M)
    buffer = _BitBuffer()
    for data in data_list:
        if isinstance(data, qrencoder.QRAlphaNum):  # a certificate's payload
            _write_alphanumeric(buffer, data, version)
        else:
            data.write(buffer, version)
    capacity = sum(block.dataCount for block in blocks)
    if buffer.length + 4 <= capacity * 8:  # the terminator, left out when the data fill the code
        buffer.put(0, 4)
    buffer.put(0, -buffer.length % 8)
    data = buffer.codewords()
    data += islice(cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)), capacity - len(data))
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        data_blocks.append(data[offset:offset + block.dataCount])
        offset += block.dataCount
        ec_blocks.append(_rs_remainder(data_blocks[-1], block.totalCount - block.dataCount))
    if len(blocks) == 1:  # one block (a certificate's code, version 2 or 3): nothing to interleave
        return data_blocks[0] + ec_blocks[0]
    return [d for group in chain(zip_longest(*data_blocks), zip_longest(*ec_blocks)) for d in group if d is not None]


def _write_alphanumeric(buffer: _BitBuffer, data, version: int) -> None:
    """reportlab's `QRAlphaNum.write`: its header (mode and length), then each two characters as one 11-bit
    number (45 × first + second) and a last one alone in 6 bits, written at once (reportlab's loop looks
    every character up with `str.index` and writes each pair on its own)."""
    data.write_header(buffer, version)
    codes = _alphanumeric_codes()
    text = data.data
    value = 0
    for i in range(0, len(text) - 1, 2):
        value = (value << 11) | (45 * codes[text[i]] + codes[text[i + 1]])
    pairs = len(text) // 2
    buffer.put(value, 11 * pairs)
    if len(text) % 2:
        buffer.put(codes[text[-1]], 6)


@functools.cache
def _alphanumeric_codes() -> dict[str, int]:
    from reportlab.graphics.barcode.qrencoder import QRAlphaNum

    return {ch: i for i, ch in enumerate(QRAlphaNum.chars)}


def _rs_remainder(data: list[int], ec_count: int) -> list[int]:
    """The Reed-Solomon error correction bytes of a block: the remainder of the data (shifted by ec_count)
    divided by reportlab's generator polynomial, one table row per data byte. The remainder's bytes are kept
    as one integer: shifting it by a byte and adding (XOR) a row are then single operations."""
    multiples = _generator_multiples(ec_count)
    lead = 8 * (ec_count - 1)
    keep = (1 << lead) - 1  # all but the leading byte
    remainder = 0
    for byte in data:
        remainder = ((remainder & keep) << 8) ^ multiples[byte ^ (remainder >> lead)]
    return list(remainder.to_bytes(ec_count, "big"))


@functools.lru_cache(maxsize=32)
def _generator_multiples(ec_count: int) -> tuple[int, ...]:
    """For each byte f, f times the coefficients after the leading 1 of reportlab's generator polynomial,
    in GF(256) with reportlab's log tables, as the bytes of an integer."""
    from reportlab.graphics.barcode.qrencoder import EXP_TABLE, LOG_TABLE, QRUtil

    coefficients = QRUtil.getErrorCorrectPolynomial(ec_count).num[1:]
    return (0,) + tuple(
        int.from_bytes(bytes(EXP_TABLE[(LOG_TABLE[a] + LOG_TABLE[f]) % 255] if a else 0 for a in coefficients),
                       "big")
        for f in range(1, 256))


class _BitBuffer:
    """What reportlab's data classes write into (the `put` of its QRBitBuffer), kept as one integer instead
    of a list grown bit by bit."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def codewords(self) -> list[int]:
        return list(self.value.to_bytes(self.length // 8, "big"))


# "x y w 1 re" by (x, y, w) packed into an int: the codes of a batch share most of their rectangles, so the
# numbers of a code's ~170 rectangles are not formatted anew for every code
_RECTS: dict[int, str] = {}
# a row's rectangles by (y, the row's modules): the codes of a batch share about half their rows (those of the
# fixed patterns and of the data the numbers share), each then one look-up instead of one per dark run
_ROWS: dict[tuple[int, str], str] = {}


@functools.lru_cache(maxsize=512)
def _qr_path(payload: str) -> tuple[int, str]:
    """(modules per side, the dark runs of each row as rectangles in module units, filled as one path)."""
    modules = qr_matrix(payload)
    n = len(modules)
    rows = _ROWS
    if len(rows) > 20_000:
        rows.clear()
    ops = []
    for r, row in enumerate(modules):
        key = (n - 1 - r, row)
        rects = rows.get(key)
        if rects is None:
            rects = rows[key] = _row_rects(*key)
        if rects:
            ops.append(rects)
    ops.append("f")
    return n, "\n".join(ops)


def _row_rects(y: int, row: str) -> str:
    ops = []
    rects = _RECTS
    x = 0
    for run in row.split("0"):  # what lies between two light modules: a dark run, or nothing
        if run:
            key = (x << 16) | (y << 8) | len(run)
            op = rects.get(key)
            if op is None:
                op = rects[key] = f"{x} {y} {len(run)} 1 re"
            ops.append(op)
        x += len(run) + 1  # past the run and the light module after it
    return "\n".join(ops)


QUIET = 2  # modules of white around the code
# A printed module under 0.4 mm is where phone cameras start to fail; 0.42 leaves room for the printer's spread.
MIN_MODULE = 0.42 * 72 / 25.4
_TYPICAL_PAYLOAD = "HONGHUA:HH-2026-10-0001:ABCDEF"


def qr_min_side(payload: str = "") -> float:
    """The smallest square (points, quiet zone included) that prints this code's modules at MIN_MODULE; for no
    payload (a preview before numbering, a draft) that of a typical certificate number, so the page keeps its
    layout once numbered."""
    return (len(qr_matrix(payload or _TYPICAL_PAYLOAD)) + 2 * QUIET) * MIN_MODULE


def qr(c, payload: str, x: float, y: float, size: float) -> None:
    """The code in a white square of side `size` (including the 2-module quiet zone) at (x, y).

    The dark runs are one path of integer rectangles under one scaling: a short content stream, written
    without any per-module number formatting.
    """
    n, path = _qr_path(payload)
    square, scaling = _qr_placing(x, y, size, n)
    c.addLiteral(square)
    fill(c, colour("#000000"))
    c.addLiteral(f"{scaling}\n{path}\nQ")  # q … Q around a literal: the canvas's own state stays as it was


@functools.lru_cache(maxsize=64)
def _qr_placing(x: float, y: float, size: float, n: int) -> tuple[str, str]:
    """The operators of the white square and of the modules' scaling (inside q), as the canvas's `rect` and
    `transform` write them: a batch prints its codes at one place with one number of modules, so these numbers
    are formatted once, not on every page."""
    from reportlab.lib.rl_accel import fp_str

    cell = size / (n + 2 * QUIET)
    return (f"1 1 1 rg\nn {fp_str(x, y, size, size)} re f*",
            f"q\n{fp_str(cell, 0, 0, cell, x + QUIET * cell, y + QUIET * cell)} cm")


def image_reader(data: bytes):
    from reportlab.lib.utils import ImageReader

    return ImageReader(BytesIO(data))
