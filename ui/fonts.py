"""The UI font: the system's CJK font where there is one (Microsoft YaHei on Windows), else the bundled
Noto Sans SC, so Chinese never renders as boxes on a machine without CJK fonts."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

# LXGW WenKai comes last: only a character the faces before it lack is drawn with it (a rare name character
# such as 𠮷, outside Noto Sans SC and Microsoft YaHei), so a name is never shown as a box.
BUNDLED_FILES = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf", "LXGWWenKai-Regular.ttf")
BUNDLED_FAMILY = "Noto Sans SC"
# System fonts preferred over the bundled one, per platform; on Linux the bundled font is the default
# (what fontconfig offers there varies from a brush script to nothing at all).
SYSTEM_CJK = {
    "win32": ("Microsoft YaHei UI", "Microsoft YaHei"),
    "darwin": ("PingFang SC", "Hiragino Sans GB"),
}
MIN_POINT_SIZE = 10
_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Register the bundled font files with Qt (once per process); the families they provide."""
    if _registered:
        return list(_registered)
    families: list[str] = []
    for name in BUNDLED_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
        else:
            print(f"cannot load font {path}", file=sys.stderr)
    _registered.extend(families)
    return families


def choose_family(platform: str, available: set[str], bundled: list[str]) -> str | None:
    for family in SYSTEM_CJK.get(platform, ()):
        if family in available:
            return family
    if BUNDLED_FAMILY in bundled:
        return BUNDLED_FAMILY
    return bundled[0] if bundled else None


def install_fonts(app: QApplication) -> str:
    """Make a CJK-capable font the application font; returns the family in use."""
    bundled = register_bundled_fonts()
    family = choose_family(sys.platform, set(QFontDatabase.families()), bundled)
    font = QFont(app.font())
    if family:
        font.setFamilies([family, *(f for f in bundled if f != family)])
    if font.pointSize() < MIN_POINT_SIZE:
        font.setPointSize(MIN_POINT_SIZE)
    app.setFont(font)
    return font.family()
