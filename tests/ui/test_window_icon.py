"""The window's icon: honghua.ico's flower, size for size, from PNGs Qt reads only when a size is drawn."""

from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtCore import QSize

from ui.main import ICON_SIZES, window_icon

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_the_window_icon_has_every_size_of_the_ico_with_its_pixels(qapp):
    with Image.open(ICONS / "honghua.ico") as ico:
        assert set(ico.info["sizes"]) == {(size, size) for size in ICON_SIZES}
    icon = window_icon()
    assert sorted((s.width(), s.height()) for s in icon.availableSizes()) == [(size, size) for size in ICON_SIZES]
    for size in ICON_SIZES:
        with Image.open(ICONS / "honghua.ico") as ico:
            ico.size = (size, size)
            ico.load()
            wanted = ico.convert("RGBA")
        with Image.open(ICONS / ("honghua.png" if size == 256 else f"honghua-{size}.png")) as png:
            assert ImageChops.difference(png.convert("RGBA"), wanted).getbbox() is None, size
        assert icon.pixmap(QSize(size, size)).size() == QSize(size, size)
