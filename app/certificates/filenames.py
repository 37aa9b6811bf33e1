"""File names for one certificate per person that every Windows version accepts, unique in their folder."""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{i}" for i in "123456789¹²³"), *(f"LPT{i}" for i in "123456789¹²³")}
MAX_STEM = 80  # characters; the folder path plus this stays well under Windows' 260


def safe_stem(text: str, fallback: str = "证书") -> str:
    """One name part: no `<>:"/\\|?*` or control characters, no reserved device name, no trailing dot/space."""
    s = unicodedata.normalize("NFC", str(text))
    s = _FORBIDDEN.sub("_", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn"))
    s = " ".join(s.split())
    s = s[:MAX_STEM].rstrip(". ")
    s = s.lstrip(" ")
    if not s.strip("._ "):
        s = fallback
    if s.split(".")[0].strip().upper() in _RESERVED:
        s = "_" + s
    return s


def unique_names(stems: list[str], suffix: str = ".pdf") -> list[str]:
    """`safe_stem` each, then make them unique without regard to case (Windows folders ignore it)."""
    taken: set[str] = set()
    names = []
    for stem in stems:
        base = safe_stem(stem)
        candidate, n = base, 1
        while (candidate + suffix).casefold() in taken:
            n += 1
            candidate = f"{base[:MAX_STEM - 4]}({n})"
        taken.add((candidate + suffix).casefold())
        names.append(candidate + suffix)
    return names
