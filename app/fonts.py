"""The bundled CJK font, for matplotlib (charts, posters) and reportlab (PDFs). Qt registers it in ui/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from app.resources import resource_path

FAMILY = "Noto Sans SC"


def regular_path() -> Path:
    return resource_path("fonts", "NotoSansSC-Regular.ttf")


def bold_path() -> Path:
    return resource_path("fonts", "NotoSansSC-Bold.ttf")


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
