"""The bundled fonts, and the system fonts to fall back on for what they lack: for matplotlib (charts), Pillow
(the poster) and reportlab (PDFs). Qt registers the bundled font in ui/."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from app.resources import resource_path

FAMILY = "Noto Sans SC"

# Characters that draw nothing (joiners, variation selectors, BOM): dropped, never reported.
_IGNORABLE = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0xFE00, 0xFE10),
              *range(0xE0100, 0xE01F0)}
# what `printable` changes: control characters (category Cc) and the ignorable ones
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def regular_path() -> Path:
    return resource_path("fonts", "NotoSansSC-Regular.ttf")


def bold_path() -> Path:
    return resource_path("fonts", "NotoSansSC-Bold.ttf")


def brush_path() -> Path:
    """LXGW WenKai, the certificates' brush face: it also has rarer characters the sans face lacks (𠮷)."""
    return resource_path("fonts", "LXGWWenKai-Regular.ttf")


@lru_cache(maxsize=1)
def fallback_paths() -> tuple[Path, ...]:
    """Where a character the bundled sans face lacks is looked for, in order: the bundled LXGW WenKai, then
    the system fonts (the poster and the PDFs' text; certificates build their own chains)."""
    return (brush_path(), *system_fallbacks())


def system_fallbacks() -> list[Path]:
    """TrueType (or TrueType-collection) system fonts with wide coverage, existing ones only, best first."""
    if sys.platform == "win32":
        base = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        names = ["msyh.ttc", "simsun.ttc", "simsunb.ttf", "simhei.ttf", "msjh.ttc", "mingliub.ttc",
                 "seguisym.ttf", "seguiemj.ttf"]
        candidates = [base / n for n in names]
    elif sys.platform == "darwin":
        candidates = [Path("/Library/Fonts/Arial Unicode.ttf"),
                      Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf")]
    else:
        root = Path("/usr/share/fonts/truetype")
        candidates = [root / "wqy/wqy-microhei.ttc", root / "wqy/wqy-zenhei.ttc", root / "arphic/uming.ttc",
                      root / "droid/DroidSansFallbackFull.ttf", root / "dejavu/DejaVuSans.ttf"]
    return [p for p in candidates if p.is_file()]


def printable(text: str) -> str:
    """Control characters become spaces and invisible joiners/selectors go; everything else is kept."""
    text = str(text)
    if not _UNPRINTABLE.search(text):  # nearly every text: nothing to change
        return text
    out = []
    for ch in str(text):
        code = ord(ch)
        if code in _IGNORABLE:
            continue
        out.append(" " if unicodedata.category(ch) == "Cc" else ch)
    return "".join(out)


def split_runs(text: str, face_of: Callable[[str], object]) -> list[tuple[object, str]]:
    """(face, piece) in order: the printable text cut where `face_of` its characters changes."""
    out: list[tuple[object, str]] = []
    for ch in printable(text):
        face = face_of(ch)
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


@lru_cache(maxsize=1)
def use_in_matplotlib() -> str:
    """Register the bundled font with matplotlib and make it the default sans-serif; returns the family."""
    from matplotlib import font_manager, rcParams

    for path in (regular_path(), bold_path()):
        font_manager.fontManager.addfont(str(path))
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [FAMILY, *[f for f in rcParams["font.sans-serif"] if f != FAMILY]]
    rcParams["axes.unicode_minus"] = False
    return FAMILY
