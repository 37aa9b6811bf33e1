"""The poster's boxes and lines, drawn with Pillow into a band of the poster's rows (app/reports/poster.py) the
way matplotlib's Agg backend drew them before, at a fraction of its cost:

- a square box has its corners rounded to whole pixels, as Agg snaps a fill made only of straight, upright
  edges (so it has no soft edge);
- a line is snapped to a pixel's middle (odd widths) or edge and drawn with its width in points (1/72 inch at
  100 dpi), its soft sides and ends blended by the share of each pixel it covers;
- a rounded box has soft edges where it covers part of a pixel, exactly along its sides and at 8 × 8 samples
  per pixel in its corners, each a quadratic Bézier curve as matplotlib's `round` box style makes it.

Everything is placed in the poster's own coordinates and moved up by `top`, the band's first row: a shape
across two bands is drawn in both, each drawing only its own rows.
"""

from __future__ import annotations

import math
from functools import lru_cache

from app.reports.poster_items import Box, Line

PIXELS_PER_POINT = 100 / 72  # the poster is drawn at 100 dpi, as its matplotlib figure was
CORNER_SAMPLES = 8  # per pixel and direction in a rounded corner
CURVE_STEPS = 32  # straight pieces a corner's curve is drawn with


def box_rows(box: Box) -> tuple[int, int]:
    return math.floor(box.y), math.ceil(box.y + box.h)


def line_rows(line: Line) -> tuple[int, int]:
    reach = line.width * PIXELS_PER_POINT
    return math.floor(min(line.y0, line.y1) - reach), math.ceil(max(line.y0, line.y1) + reach)


def draw_box(image, draw, box: Box, top: int) -> None:
    if box.radius:
        mask, x0, y0 = _rounded_mask(box)
        image.paste(box.colour, (x0, y0 - top), mask)
        return
    x0, y0, x1, y1 = (_snap(v) for v in (box.x, box.y, box.x + box.w, box.y + box.h))
    if x1 > x0 and y1 > y0:
        draw.rectangle((x0, y0 - top, x1 - 1, y1 - 1 - top), fill=box.colour)


def draw_line(blend, line: Line, top: int) -> None:
    """An upright or level line (the poster has no other), `blend` drawing with an alpha over the band."""
    from PIL import ImageColor

    width = line.width * PIXELS_PER_POINT
    middle = 0.5 if round(width) % 2 else 0.0
    x0, y0, x1, y1 = (_snap(v) + middle for v in (line.x0, line.y0, line.x1, line.y1))
    if x0 == x1:
        across, along = _covered(x0 - width / 2, x0 + width / 2), _covered(min(y0, y1), max(y0, y1))
        spans = [(c, r) for c in across for r in along]
    else:
        across, along = _covered(y0 - width / 2, y0 + width / 2), _covered(min(x0, x1), max(x0, x1))
        spans = [(c, r) for r in across for c in along]
    rgb = ImageColor.getrgb(line.colour)
    for (c0, c1, c_share), (r0, r1, r_share) in spans:
        alpha = round(c_share * r_share * 255)
        if alpha:
            blend.rectangle((c0, r0 - top, c1 - 1, r1 - 1 - top), fill=(*rgb, alpha))


def _snap(value: float) -> int:
    return math.floor(value + 0.5)


def _covered(start: float, end: float) -> list[tuple[int, int, float]]:
    """The pixels [start, end) covers along one axis, as (first, after last, share of each covered)."""
    first, last = math.floor(start), math.floor(end)
    if first == last:
        return [(first, first + 1, end - start)]
    spans = [(first, first + 1, first + 1 - start)]
    if last > first + 1:
        spans.append((first + 1, last, 1.0))
    if end > last:
        spans.append((last, last + 1, end - last))
    return spans


@lru_cache(maxsize=256)
def _rounded_mask(box: Box):
    """The box's coverage as an "L" mask, and the pixel its top left corner is at."""
    from PIL import Image, ImageDraw

    x0, y0 = math.floor(box.x), math.floor(box.y)
    x1, y1 = math.ceil(box.x + box.w), math.ceil(box.y + box.h)
    mask = Image.new("L", (x1 - x0, y1 - y0), 0)
    draw = ImageDraw.Draw(mask)
    for c0, c1, c_share in _covered(box.x, box.x + box.w):
        for r0, r1, r_share in _covered(box.y, box.y + box.h):
            draw.rectangle((c0 - x0, r0 - y0, c1 - 1 - x0, r1 - 1 - y0), fill=round(c_share * r_share * 255))
    right, bottom = box.x + box.w, box.y + box.h
    for corner, toward in (((box.x, box.y), (1, 1)), ((right, box.y), (-1, 1)), ((right, bottom), (-1, -1)),
                           ((box.x, bottom), (1, -1))):
        piece, at = _corner(box, corner, toward)
        mask.paste(piece, (at[0] - x0, at[1] - y0))
    return mask, x0, y0


def _corner(box: Box, corner: tuple[float, float], toward: tuple[int, int]):
    """The coverage of the pixels around one corner's curve, sampled; and where they start."""
    from PIL import Image, ImageDraw

    (cx, cy), (sx, sy), r = corner, toward, box.radius
    left, right = sorted((math.floor(cx) if sx > 0 else math.ceil(cx), _outward(cx + sx * r, sx)))
    up, down = sorted((math.floor(cy) if sy > 0 else math.ceil(cy), _outward(cy + sy * r, sy)))
    n = CORNER_SAMPLES
    image = Image.new("L", ((right - left) * n, (down - up) * n), 0)

    def sample(x: float, y: float) -> tuple[float, float]:
        return (x - left) * n, (y - up) * n

    start, end = (cx, cy + sy * r), (cx + sx * r, cy)
    outline = []
    for step in range(CURVE_STEPS + 1):  # the quadratic Bézier from one side to the other, the corner its control
        u = step / CURVE_STEPS
        outline.append(sample((1 - u) ** 2 * start[0] + 2 * (1 - u) * u * cx + u * u * end[0],
                              (1 - u) ** 2 * start[1] + 2 * (1 - u) * u * cy + u * u * end[1]))
    # then the rest of the box inside these pixels
    far_x = min(right, box.x + box.w) if sx > 0 else max(left, box.x)
    far_y = min(down, box.y + box.h) if sy > 0 else max(up, box.y)
    outline += [sample(far_x, cy), sample(far_x, far_y), sample(cx, far_y)]
    ImageDraw.Draw(image).polygon(outline, fill=255)
    return image.reduce(n), (left, up)


def _outward(value: float, direction: int) -> int:
    return math.ceil(value) if direction > 0 else math.floor(value)
