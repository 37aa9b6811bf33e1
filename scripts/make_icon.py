"""Draw the app icon — a simple red flower (小红花) — and write resources/icons/honghua.ico (16–256 px)
and honghua.png (256 px), and each smaller size alone as honghua-16.png … honghua-128.png: the window takes its
icon from the PNGs (`ui.main.window_icon`), which Qt reads only when a size is drawn, where it reads every
image of an .ico at once. Each size is drawn at 4× and scaled down, so small sizes stay smooth.

    python scripts/make_icon.py
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)

PETAL = (214, 40, 40, 255)        # 红
PETAL_EDGE = (150, 20, 28, 255)
CENTRE = (255, 196, 46, 255)      # 花心
CENTRE_EDGE = (214, 132, 16, 255)
LEAF = (64, 150, 72, 255)


def flower(size: int) -> Image.Image:
    scale = 4
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = big / 2
    # two leaves under the flower, bottom left and bottom right
    leaf = big * 0.20
    for angle in (135, 45):
        a = math.radians(angle)
        x, y = c + math.cos(a) * big * 0.30, c + math.sin(a) * big * 0.30
        draw.ellipse((x - leaf, y - leaf * 0.55, x + leaf, y + leaf * 0.55), fill=LEAF)
    # five round petals
    petal_r = big * 0.215
    ring = big * 0.235
    outline = max(1, round(big * 0.012))
    for i in range(5):
        a = math.radians(-90 + i * 72)
        x, y = c + math.cos(a) * ring, c + math.sin(a) * ring
        draw.ellipse((x - petal_r, y - petal_r, x + petal_r, y + petal_r), fill=PETAL, outline=PETAL_EDGE,
                     width=outline)
    # the petals' inner edges are covered by one red disc, then the golden centre
    inner = big * 0.22
    draw.ellipse((c - inner, c - inner, c + inner, c + inner), fill=PETAL)
    centre = big * 0.12
    draw.ellipse((c - centre, c - centre, c + centre, c + centre), fill=CENTRE, outline=CENTRE_EDGE,
                 width=max(1, round(big * 0.01)))
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    images = [flower(size) for size in SIZES]
    largest = images[-1]
    largest.save(ICONS / "honghua.png", optimize=True)
    for size, image in zip(SIZES[:-1], images[:-1]):
        image.save(ICONS / f"honghua-{size}.png", optimize=True)
    largest.save(ICONS / "honghua.ico", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"wrote {ICONS / 'honghua.ico'} ({', '.join(map(str, SIZES))} px), honghua.png and a PNG per smaller size")


if __name__ == "__main__":
    main()
