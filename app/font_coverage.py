"""Which characters a font file has, read from its character map alone.

Only the `cmap` table is read (a few hundred kilobytes of a 10 MB CJK font, a few milliseconds); a full font
parser takes a third of a second for the same answer. Formats 4 (the basic plane) and 12 (every plane) of
the Unicode subtables are understood, which is what TrueType and OpenType fonts carry; a TrueType collection
(.ttc) is read at its first font.
"""

from __future__ import annotations

import bisect
import struct
from functools import lru_cache
from pathlib import Path

_UNICODE_SUBTABLES = ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3), (0, 1), (0, 0))  # best first


class Coverage:
    """The characters of one font, as sorted ranges of code points."""

    def __init__(self, ranges: list[tuple[int, int]]):
        ranges.sort()
        self._starts = [start for start, _end in ranges]
        self._ends = [end for _start, end in ranges]

    def has(self, ch: str) -> bool:
        code = ord(ch)
        i = bisect.bisect_right(self._starts, code) - 1
        return i >= 0 and code <= self._ends[i]


@lru_cache(maxsize=16)
def coverage(path: Path) -> Coverage:
    """The font's characters (OSError when the file cannot be read, ValueError when it is no font)."""
    try:
        return _read(path)
    except struct.error as e:  # a table shorter than it says: not a font, or a damaged one
        raise ValueError(f"not a font: {path}") from e


def _read(path: Path) -> Coverage:
    with open(path, "rb") as f:
        start = 0
        head = f.read(12)
        if head[:4] == b"ttcf":
            start = struct.unpack(">I", f.read(4))[0]
            f.seek(start)
            head = f.read(12)
        if len(head) < 12:
            raise ValueError(f"not a font: {path}")
        count = struct.unpack(">H", head[4:6])[0]
        directory = f.read(16 * count)
        for i in range(count):
            tag, _checksum, offset, length = struct.unpack(">4sIII", directory[16 * i:16 * i + 16])
            if tag == b"cmap":
                f.seek(offset)
                return Coverage(_ranges(f.read(length), path))
    raise ValueError(f"no character map: {path}")


def _ranges(cmap: bytes, path: Path) -> list[tuple[int, int]]:
    tables = struct.unpack(">H", cmap[2:4])[0]
    offsets = {}
    for i in range(tables):
        platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i:12 + 8 * i])
        offsets.setdefault((platform, encoding), offset)
    for key in _UNICODE_SUBTABLES:
        offset = offsets.get(key)
        if offset is None:
            continue
        form = struct.unpack(">H", cmap[offset:offset + 2])[0]
        if form == 12:
            return _format_12(cmap, offset)
        if form == 4:
            return _format_4(cmap, offset)
    raise ValueError(f"no Unicode character map of format 4 or 12: {path}")


def _format_12(cmap: bytes, offset: int) -> list[tuple[int, int]]:
    groups = struct.unpack(">I", cmap[offset + 12:offset + 16])[0]
    body = cmap[offset + 16:offset + 16 + 12 * groups]
    return [(first, last) for first, last, _glyph in struct.iter_unpack(">III", body)]


def _format_4(cmap: bytes, offset: int) -> list[tuple[int, int]]:
    """Segments of the basic plane; a segment whose characters all map to glyph 0 (.notdef) is left out,
    as is the closing 0xFFFF segment. (A segment mapping only some characters to glyph 0 is rare enough in
    real fonts to count whole.)"""
    segments = struct.unpack(">H", cmap[offset + 6:offset + 8])[0] // 2
    ends_at = offset + 14
    starts_at = ends_at + 2 * segments + 2
    deltas_at = starts_at + 2 * segments
    range_offsets_at = deltas_at + 2 * segments
    ends = struct.unpack(f">{segments}H", cmap[ends_at:ends_at + 2 * segments])
    starts = struct.unpack(f">{segments}H", cmap[starts_at:starts_at + 2 * segments])
    deltas = struct.unpack(f">{segments}h", cmap[deltas_at:deltas_at + 2 * segments])
    range_offsets = struct.unpack(f">{segments}H", cmap[range_offsets_at:range_offsets_at + 2 * segments])
    out = []
    for start, end, delta, range_offset in zip(starts, ends, deltas, range_offsets):
        if start == 0xFFFF:
            continue
        if range_offset == 0 and (start + delta) % 65536 == 0 and start == end:
            continue  # one character mapped to .notdef
        out.append((start, end))
    return out
