"""The poster drawn band by band from kept glyph masks and Pillow shapes looks as the poster drawn whole did:
texts exactly as Pillow's own text drawing puts them, boxes and lines as matplotlib's Agg drew them."""

import gc
import io
import random
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image, ImageChops, ImageDraw

from app.domain import StaffDraft
from app.periods import Month
from app.reports import poster
from app.reports.poster_fonts import PRIMARY, runs, sized_font
from app.reports.poster_glyphs import draw_text
from app.reports.poster_items import Box, Line
from app.reports.poster_layout import layout_poster
from app.reports.poster_model import build_poster_model
from app.reports.poster_shapes import draw_box, draw_line
from app.shop import Shop

OCT = Month(2026, 10)
ANCHORS = {"left": "lm", "center": "mm", "right": "rm"}
SAMPLES = ["客服126", "▼ 落后", "23.6%", "¥75,295.08   还差 ¥243,704.92   日均需 ¥20,308.75", "已达成 ✓",
           "欧阳娜娜娜", "第1名", "团队目标已达成，继续冲刺，再创新高！", "11 1/1 7.7", "𠮷田美", "A😀B"]


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    """A small team (cards with rounded corners) with a name in two faces."""
    shop = Shop.open(tmp_path_factory.mktemp("shop") / "shop.db", date(2026, 10, 20))
    sales = shop.metrics.get("sales")
    for name, daily in (("小美", 100_000), ("𠮷田美", 50_000), ("欧阳娜娜娜", 60_000)):
        person = shop.staff.add(StaffDraft(name=name))
        shop.targets.set_staff(OCT, person.id, sales, 3_100_000)
        for day in range(1, 20):
            shop.data.set_value(date(2026, 10, day), person.id, sales, daily)
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT))
    shop.close()
    return model


@pytest.fixture(scope="module")
def layout(model):
    return layout_poster(model, "phone")


def pillow_text(image, x, y, text, bold, px, colour, ha):
    """How the poster drew a text before its glyphs were kept: Pillow's ImageDraw.text, face by face."""
    draw = ImageDraw.Draw(image)
    pieces = runs(text, bold)
    if len(pieces) == 1:
        draw.text((x, y), pieces[0][1], fill=colour, font=sized_font(bold, px, pieces[0][0]), anchor=ANCHORS[ha])
        return
    for face, piece in pieces:
        draw.text((x, y), piece, fill=colour, font=sized_font(bold, px, face), anchor="lm")
        x += sized_font(bold, px, face).getlength(piece)


def pasted_text(image, x, y, text, bold, px, colour, ha, top=0):
    draw = ImageDraw.Draw(image)
    ink = draw.draw.draw_ink(colour)
    pieces = runs(text, bold)
    if len(pieces) == 1:
        draw_text(draw, x, y, pieces[0][1], bold, px, pieces[0][0], ink, ha, top)
        return
    for face, piece in pieces:
        draw_text(draw, x, y, piece, bold, px, face, ink, "left", top)
        x += sized_font(bold, px, face).getlength(piece)


def test_pasted_glyphs_give_the_pixels_pillow_draws():
    """At any fraction of a pixel, in every anchor and the poster's sizes, with a name in two faces (𠮷 is in
    LXGW WenKai only) and an emoji from a system face: not one pixel differs."""
    assert len(runs("𠮷田美", True)) == 2 and runs("𠮷田美", True)[1][0] == PRIMARY
    rng = random.Random(6)
    for text in SAMPLES:
        for bold in (False, True):
            for px in (22.0, 24.96, 32.0, 46.0):
                ha = rng.choice(sorted(ANCHORS))
                x, y = rng.uniform(150, 450), rng.uniform(40, 60)
                colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
                expected, got = (Image.new("RGB", (600, 100), (250, 240, 230)) for _ in range(2))
                pillow_text(expected, x, y, text, bold, px, colour, ha)
                pasted_text(got, x, y, text, bold, px, colour, ha)
                assert ImageChops.difference(expected, got).getbbox() is None, (text, bold, px, ha, x, y)


def test_a_text_across_two_bands_is_drawn_in_each_as_in_the_whole():
    whole = Image.new("RGB", (600, 100), "white")
    pillow_text(whole, 30.37, 50.5, "客服126 ¥9,042,983.12 𠮷田", True, 32.0, (34, 34, 34), "left")
    for top in range(30, 60, 7):
        upper, lower = Image.new("RGB", (600, top), "white"), Image.new("RGB", (600, 100 - top), "white")
        pasted_text(upper, 30.37, 50.5, "客服126 ¥9,042,983.12 𠮷田", True, 32.0, (34, 34, 34), "left")
        pasted_text(lower, 30.37, 50.5, "客服126 ¥9,042,983.12 𠮷田", True, 32.0, (34, 34, 34), "left", top)
        joined = Image.new("RGB", (600, 100))
        joined.paste(upper, (0, 0))
        joined.paste(lower, (0, top))
        assert ImageChops.difference(whole, joined).getbbox() is None, top


def test_the_png_holds_the_poster_drawn_whole(layout, monkeypatch):
    """Bands of 37 rows put many texts, boxes and lines across two bands; the PNG written band by band decodes
    to the poster drawn in one band."""
    monkeypatch.setattr(poster, "BAND_ROWS", layout.height)
    [whole] = poster.draw_bands(layout)
    monkeypatch.setattr(poster, "BAND_ROWS", 37)
    with Image.open(io.BytesIO(b"".join(poster.png_chunks(layout)))) as png:
        assert png.mode == "RGB" and png.size == (layout.width, layout.height)
        assert ImageChops.difference(whole, png).getbbox() is None


def test_boxes_and_lines_look_as_matplotlib_drew_them(layout):
    """Square boxes to the pixel; where a line or a rounded box covers part of a pixel, within a level of 255
    but for a few pixels of the rounded corners (Agg draws the curve with its own straight pieces)."""
    ours = Image.new("RGB", (layout.width, layout.height), "white")
    draw, blend = ImageDraw.Draw(ours), ImageDraw.Draw(ours, "RGBA")
    for box in (i for i in layout.items if isinstance(i, Box)):
        draw_box(ours, draw, box, 0)
    for line in (i for i in layout.items if isinstance(i, Line)):
        draw_line(blend, line, 0)
    difference = ImageChops.difference(matplotlib_shapes(layout), ours).convert("L")
    histogram = difference.histogram()
    assert max(level for level, count in enumerate(histogram) if count) <= 10
    assert sum(histogram[2:]) < 0.0001 * layout.width * layout.height


def matplotlib_shapes(layout):
    """The boxes and lines as the poster drew them with matplotlib's Agg backend before."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection, PatchCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyBboxPatch, Rectangle

    fig = Figure(figsize=(layout.width / 100, layout.height / 100), dpi=100, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, layout.width)
    ax.set_ylim(layout.height, 0)
    ax.axis("off")
    boxes = [i for i in layout.items if isinstance(i, Box)]
    assert any(b.radius for b in boxes) and any(not b.radius for b in boxes)
    patches = [FancyBboxPatch((b.x, b.y), b.w, b.h, boxstyle=f"round,pad=0,rounding_size={b.radius}")
               if b.radius else Rectangle((b.x, b.y), b.w, b.h) for b in boxes]
    ax.add_collection(PatchCollection(patches, facecolors=[b.colour for b in boxes], linewidths=0, zorder=1))
    lines = [i for i in layout.items if isinstance(i, Line)]
    ax.add_collection(LineCollection([[(ln.x0, ln.y0), (ln.x1, ln.y1)] for ln in lines],
                                     colors=[ln.colour for ln in lines], linewidths=[ln.width for ln in lines],
                                     capstyle="butt", zorder=2))
    canvas.draw()
    rgba = canvas.buffer_rgba()
    return Image.frombuffer("RGBA", (rgba.shape[1], rgba.shape[0]), rgba, "raw", "RGBA", 0, 1).convert("RGB")


def test_a_font_is_opened_by_its_path_unless_freetype_cannot(tmp_path, monkeypatch):
    """Pillow copies a font handed over as bytes into every size (10 MB a size, 15 sizes on a poster); only a
    path FreeType cannot open (Chinese in a folder's name on Windows) is read once and shared by the sizes."""
    from app.fonts import regular_path
    from app.reports import poster_fonts

    assert sized_font(False, 31.25).path == str(regular_path())
    chinese = tmp_path / "字体" / "font.ttf"
    chinese.parent.mkdir()
    chinese.write_bytes(b"font")
    assert poster_fonts._font_file.__wrapped__(chinese) == str(chinese)
    monkeypatch.setattr(poster_fonts.sys, "platform", "win32")
    assert poster_fonts._font_file.__wrapped__(chinese).read() == b"font"
    assert poster_fonts._font_file.__wrapped__(regular_path()) == str(regular_path())


def test_the_sizes_of_fitted_texts_are_not_all_kept(model):
    """A text fitted to its room gets a size of its own, and each size is a FreeType face of some 3 MB (13 MB
    under a Chinese folder on Windows): posters of names and shops of every length, made in one window for
    weeks, do not keep them all."""
    from PIL import ImageFont

    from app.reports.poster_fonts import SIZES_KEPT

    sizes = set()
    for digits in range(45):  # each a little wider than the last: drawn smaller, down to the readable floor
        shop_layout = layout_poster(replace(model, shop_name="小橙子旗舰店" * 4 + "1" * digits), "phone")
        sizes |= {text.px for text in shop_layout.texts("header.shop")}
        for _band in poster.draw_bands(shop_layout):
            pass
    gc.collect()
    kept = [o for o in gc.get_objects() if isinstance(o, ImageFont.FreeTypeFont)]
    assert len(sizes) > SIZES_KEPT and len(kept) <= SIZES_KEPT
