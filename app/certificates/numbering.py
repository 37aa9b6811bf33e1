"""Certificate numbers (`HH-2026-10-0007`, `HH-2026-Q4-0001`, `HH-2026-H2-0001`, `HH-2026-0001`), their
short checksum, and the text the QR code carries (`HONGHUA:HH-2026-10-0007:K7Q2XM`).

The checksum is a keyed hash (HMAC-SHA256 with the shop's own secret, made when the shop file was created)
of the number and what the certificate says, so a number copied onto a made-up certificate, or a typo,
does not verify.
"""

from __future__ import annotations

import hmac
import re
import unicodedata
from dataclasses import dataclass

from app.periods import Period

PREFIX = "HH"
QR_TAG = "HONGHUA"
CHECKSUM_LENGTH = 6
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 symbols without 0/O and 1/I, which read alike
_NUMBER = r"HH-\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?-\d{4,6}"
_INPUT = re.compile(rf"^(?:{QR_TAG}[\s:]*)?({_NUMBER})(?:[\s:/#*]+([{ALPHABET}]{{{CHECKSUM_LENGTH}}}))?$")


def period_code(period: Period) -> str:
    """2026-10 → `2026-10`; a quarter `2026-Q4`; a half-year `2026-H2`; a year `2026`."""
    return period.key()


def format_number(period: Period, seq: int) -> str:
    return f"{PREFIX}-{period_code(period)}-{seq:04d}"


def checksum(secret: bytes, number: str, recipient: str, award: str, period_key: str) -> str:
    message = f"{number}\x1f{recipient}\x1f{award}\x1f{period_key}".encode()
    value = int.from_bytes(hmac.digest(secret, message, "sha256")[:8], "big")
    out = []
    for _ in range(CHECKSUM_LENGTH):
        value, digit = divmod(value, len(ALPHABET))
        out.append(ALPHABET[digit])
    return "".join(out)


def qr_payload(number: str, check: str) -> str:
    """Upper-case letters, digits, `-` and `:` only: QR's compact alphanumeric mode keeps the code small."""
    return f"{QR_TAG}:{number}:{check}"


@dataclass(frozen=True)
class Scanned:
    number: str
    checksum: str | None


def parse_scanned(text: str) -> Scanned | None:
    """A number typed by hand or the text a phone read from the QR code; None when it is neither.

    Full-width characters, lower case, spaces around and a Chinese colon are accepted.
    """
    s = unicodedata.normalize("NFKC", str(text)).strip().upper().replace("：", ":")
    m = _INPUT.match(s)
    if not m:
        return None
    return Scanned(m.group(1), m.group(2))
