"""File names that every Windows version accepts: one certificate per person, unique in their folder; the shop's
name in the files every shop saves to the one exports folder."""

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


SHOP_NAME_IN_FILE_NAME = 40  # characters: with the day and a " (2)" around them, 80 Chinese ones (`safe_stem`'s
# most) took 266 bytes, past the 255 a file name may have on Linux and macOS


def shop_stem(shop_name: str) -> str:
    """The shop's name as a part of a file name that Windows accepts, cut short: the files suggested in the
    exports folder carry it (战报_旗舰店_2026-10-19.png), so two shops on one PC keep theirs apart."""
    return short_stem(shop_name, "店铺")


NAME_BYTES = 255 - len(" (99)")  # a file name's most on Linux and macOS, a copy's " (2)" (`unused_path`) left room


def short_stem(text: str, fallback: str, room: int = NAME_BYTES) -> str:
    """`safe_stem` cut to SHOP_NAME_IN_FILE_NAME characters, and to `room` UTF-8 bytes: one of several parts of a
    suggested file name (a shop's, a plan's or a person's name), the room being what the other parts leave."""
    stem = safe_stem(text, fallback)[:SHOP_NAME_IN_FILE_NAME]
    while len(stem.encode()) > room:
        stem = stem[:-1]
    return safe_stem(stem, fallback)


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
