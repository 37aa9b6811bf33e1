"""A length of time as people and seller tools write it: 25秒, 1分05秒, 2分, 1小时, 00:01:05, 1:05, 25."""

from __future__ import annotations

import re
from decimal import Decimal

# compiled by `re` on first use (and cached there), not at import: the window's start parses no length of time
_UNITS = (r"(?i)^(?:(\d+(?:\.\d+)?)(?:小时|时|h))?(?:(\d+(?:\.\d+)?)(?:分钟|分|m|min))?"
          r"(?:(\d+(?:\.\d+)?)(?:秒钟|秒|s|sec))?$")
_CLOCK = r"^(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$"
_PLAIN = r"^\d+(?:\.\d+)?$"


def seconds_in(text: str) -> Decimal | None:
    """Seconds, or None when the text is not a length of time. A bare number is seconds; `m:ss` and
    `h:mm:ss` are clock forms. The text is expected normalised (half-width, no spaces)."""
    s = text.strip()
    if re.match(_PLAIN, s):
        return Decimal(s)
    clock = re.match(_CLOCK, s)
    if clock:
        a, b, c = clock.groups()
        return (Decimal(a) * 3600 + Decimal(b) * 60 + Decimal(c)) if c is not None else Decimal(a) * 60 + Decimal(b)
    units = re.match(_UNITS, s)
    if units and any(units.groups()):
        h, m, sec = (Decimal(g) if g else Decimal(0) for g in units.groups())
        return h * 3600 + m * 60 + sec
    return None
