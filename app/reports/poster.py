"""The daily poster (每日战报) as a PNG, drawn without Qt, so the CLI and scheduled tasks can make it.

`layout_poster()` (app/reports/poster_layout.py) places every text, box and line; this module draws them:
boxes and lines with matplotlib's Agg backend, then the texts with Pillow's FreeType (the library matplotlib
itself saves PNGs with) in the fonts and metrics the layout measured them with (poster_fonts.py).
matplotlib's own text artists cost about 1.4 ms each, over a second for a 200-person poster; Pillow draws the
same text in a tenth of that.
"""

from __future__ import annotations

from pathlib import Path

from app.atomic_file import replaced_atomically
from app.reports.poster_fonts import missing, runs, sized_font, text_width
from app.reports.poster_items import Box, Line, PosterLayout
from app.reports.poster_layout import SIZES, layout_poster
from app.reports.poster_model import PosterModel

__all__ = ["SIZES", "render_poster", "unshown_characters"]


def render_poster(model: PosterModel, path: str | Path, size: str = "phone") -> Path:
    """Write the poster PNG atomically (a temp file renamed into place)."""
    layout = layout_poster(model, size)
    image = _draw_shapes(layout)
    _draw_texts(image, layout)
    with replaced_atomically(path, ".png") as tmp:
        image.save(tmp, format="PNG", compress_level=3)
    return Path(path)


def unshown_characters(model: PosterModel) -> list[tuple[str, str]]:
    """(name, its characters no font has) for the shop and each person whose name would show a box."""
    named = [model.shop_name, *(row.name for row in model.rows)]
    found = [(name, "".join(missing(name))) for name in dict.fromkeys(named)]
    return [(name, chars) for name, chars in found if chars]


def _draw_shapes(layout: PosterLayout):
    """The boxes and lines, drawn by matplotlib Agg; returned as an RGB Pillow image."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PIL import Image

    width, height = layout.width, layout.height
    fig = Figure(figsize=(width / 100, height / 100), dpi=100, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.axis("off")
    _draw(ax, layout)
    canvas.draw()
    rgba = canvas.buffer_rgba()
    return Image.frombuffer("RGBA", (rgba.shape[1], rgba.shape[0]), rgba, "raw", "RGBA", 0, 1).convert("RGB")


def _draw_texts(image, layout: PosterLayout) -> None:
    """Each text at its place, vertically centred on its y as the layout placed it."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    for item in layout.texts():
        pieces = runs(item.text, item.bold)
        if len(pieces) == 1:
            anchor = {"left": "lm", "center": "mm", "right": "rm"}[item.ha]
            draw.text((item.x, item.y), pieces[0][1], fill=item.colour,
                      font=sized_font(item.bold, item.px, pieces[0][0]), anchor=anchor)
            continue
        # several faces (a character the bundled face lacks): left to right from where the whole text starts
        x = item.x - {"left": 0, "center": 0.5, "right": 1}[item.ha] * text_width(item.text, item.px, item.bold)
        for face, piece in pieces:
            font = sized_font(item.bold, item.px, face)
            draw.text((x, item.y), piece, fill=item.colour, font=font, anchor="lm")
            x += font.getlength(piece)





def _draw(ax, layout: PosterLayout) -> None:
    """Boxes first, then lines over them; each as one collection (fast)."""
    from matplotlib.collections import LineCollection, PatchCollection
    from matplotlib.patches import FancyBboxPatch, Rectangle

    boxes = [i for i in layout.items if isinstance(i, Box)]
    patches = [FancyBboxPatch((b.x, b.y), b.w, b.h, boxstyle=f"round,pad=0,rounding_size={b.radius}")
               if b.radius else Rectangle((b.x, b.y), b.w, b.h) for b in boxes]
    ax.add_collection(PatchCollection(patches, facecolors=[b.colour for b in boxes], linewidths=0, zorder=1))
    lines = [i for i in layout.items if isinstance(i, Line)]
    ax.add_collection(LineCollection([[(ln.x0, ln.y0), (ln.x1, ln.y1)] for ln in lines],
                                     colors=[ln.colour for ln in lines], linewidths=[ln.width for ln in lines],
                                     capstyle="butt", zorder=2))
