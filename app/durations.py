"""A length of time as people and seller tools write it: 25秒, 1分05秒, 2分, 1小时, 00:01:05, 1:05, 25."""

from __future__ import annotations

import re
from decimal import Decimal

_UNITS = re.compile(r"^(?:(\d+(?:\.\d+)?)(?:小时|时|h))?(?:(\d+(?:\.\d+)?)(?:分钟|分|m|min))?"
                    r"(?:(\d+(?:\.\d+)?)(?:秒钟|秒|s|sec))?$", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")


def seconds_in(text: str) -> Decimal | None:
    """Seconds, or None when the text is not a length of time. A bare number is seconds; `m:ss` and
    `h:mm:ss` are clock forms. The text is expected normalised (half-width, no spaces)."""
    s = text.strip()
    if _PLAIN.match(s):
        return Decimal(s)
    clock = _CLOCK.match(s)
    if clock:
        a, b, c = clock.groups()
        return (Decimal(a) * 3600 + Decimal(b) * 60 + Decimal(c)) if c is not None else Decimal(a) * 60 + Decimal(b)
    units = _UNITS.match(s)
    if units and any(units.groups()):
        h, m, sec = (Decimal(g) if g else Decimal(0) for g in units.groups())
        return h * 3600 + m * 60 + sec
    return None
