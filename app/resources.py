"""Where shipped files live, both in a source checkout and inside the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return _root().joinpath("resources", *parts)


def data_path(*parts: str) -> Path:
    return _root().joinpath("data", *parts)


def guide_path(*parts: str) -> Path:
    """The user guide (docs/guide: Markdown chapters and their pictures), shown by 帮助 → 使用指南."""
    return _root().joinpath("docs", "guide", *parts)
