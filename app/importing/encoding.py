"""Which text encoding a CSV file is in — decided once per file, never per cell.

Order: a BOM (UTF-8 or UTF-16) settles it; NUL bytes mean UTF-16 without its BOM or no text at all (no
other encoding here writes a NUL); else the whole file must decode strictly as UTF-8
(UTF-8 Chinese often "decodes" as GB18030 into garbage, the reverse almost never happens);
else strictly as GB18030 (a superset of GBK, what Chinese Excel writes); charset-normalizer only
when both fail. The file is read in chunks, so memory stays bounded whatever its size.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

CHUNK = 1 << 20
SAMPLE = 1 << 16

UTF8_BOM = codecs.BOM_UTF8
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decodes_strictly(path: Path, encoding: str, *, skip: int = 0) -> bool:
    """Whether the whole file decodes without a single error."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    with path.open("rb") as f:
        f.seek(skip)
        try:
            while chunk := f.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def candidates(path: Path, head: bytes) -> list[str]:
    """The encodings worth trying, most likely first. `head` is the start of the file.

    Several are returned when more than one decodes cleanly: the reader keeps the first one in which
    it finds a recognisable header (a GBK file whose bytes happen to be valid UTF-8 is then still read
    as GBK).
    """
    if head.startswith(UTF8_BOM):
        return ["utf-8-sig"]
    if head.startswith(UTF16_BOMS):
        return ["utf-16"]
    if b"\x00" in head:
        guess = utf16_without_bom(head)
        return [guess] if guess and decodes_strictly(path, guess) else []
    found: list[str] = []
    if decodes_strictly(path, "utf-8"):
        found.append("utf-8")
    if decodes_strictly(path, "gb18030"):
        found.append("gb18030")
    if not found:
        guess = _detector_guess(path)
        if guess:
            found.append(guess)
    return found


def contract_name(encoding: str | None) -> str | None:
    """An encoding as the import JSON names it (`utf-8`, `utf-8-sig`, `gb18030`, `utf-16`): UTF-16 without its
    byte-order mark, read as utf-16-le or utf-16-be (which the text output says), is `utf-16`."""
    return "utf-16" if encoding in ("utf-16-le", "utf-16-be") else encoding


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when `head` reads as UTF-16 text saved without its byte-order mark, else None.

    In UTF-16 the ASCII characters every table has (digits, separators, line ends) carry a NUL as their high
    byte: little-endian text has most of its NULs at odd offsets, big-endian at even ones (a Chinese character
    may have one too: 销 is 00 95 in little-endian). Read the wrong way round, or as binary content, the sample
    gives control or unassigned characters (a full-width, no-break or zero-width space is text: not "printable" to
    Python, but common in names and amounts)."""
    sample = head[:len(head) // 2 * 2]
    nul_even, nul_odd = sample[0::2].count(0), sample[1::2].count(0)
    for name in sorted(("utf-16-le", "utf-16-be"), key=lambda n: nul_odd if n == "utf-16-le" else nul_even,
                       reverse=True):
        try:  # not final: the sample may end inside a surrogate pair
            text = codecs.getincrementaldecoder(name)(errors="strict").decode(sample)
        except UnicodeDecodeError:
            continue
        if all(c in "\t\r\n" or unicodedata.category(c) not in ("Cc", "Cn") for c in text):
            return name
    return None


def _detector_guess(path: Path) -> str | None:
    """The last resort: charset-normalizer on a sample (imported only here: it is slow to load)."""
    from charset_normalizer import from_bytes

    with path.open("rb") as f:
        sample = f.read(SAMPLE)
    best = from_bytes(sample).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    return name if decodes_strictly(path, name) else None
