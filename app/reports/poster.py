"""The daily poster (每日战报) as a PNG, drawn without Qt, so the CLI and scheduled tasks can make it.

`layout_poster()` (app/reports/poster_layout.py) places every text, box and line; this module draws them with
Pillow, band by band from the top: a 200-person poster is 1080 × 22,331 pixels (72 MB), and a band of
`BAND_ROWS` rows stays in the processor's cache while its boxes and lines (poster_shapes.py), then its texts
(poster_glyphs.py, in the fonts and metrics the layout measured them with: poster_fonts.py) are drawn and its
rows compressed into the PNG. Drawing the whole image first, or in matplotlib (as it once was), cost a pass
over all of it for every step; a 200-person poster took some two seconds.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from app.atomic_file import replaced_atomically
from app.i18n import fill, t
from app.reports.poster_fonts import missing, runs, sized_font, text_width
from app.reports.poster_glyphs import draw_text
from app.reports.poster_items import Box, Line, PosterLayout, Text
from app.reports.poster_layout import SIZES, layout_poster
from app.reports.poster_model import DEPARTMENT, METRIC, PERSON, SHOP, PosterModel
from app.reports.poster_shapes import box_rows, draw_box, draw_line, line_rows

__all__ = ["SIZES", "render_poster", "unshown_characters", "unshown_notes"]

BAND_ROWS = 256
PNG_LEVEL = 1  # 2.6 MB for 200 people; level 3: 2.5 MB in a fifth more time (Pillow's filters: 2.8 MB)


def render_poster(model: PosterModel, path: str | Path, size: str = "phone") -> Path:
    """Write the poster PNG atomically (a temp file renamed into place)."""
    layout = layout_poster(model, size)
    with replaced_atomically(path, ".png") as tmp, open(tmp, "wb") as out:
        out.writelines(png_chunks(layout))
    return Path(path)


def unshown_characters(model: PosterModel) -> list[tuple[str, str, str]]:
    """(what, text, its characters no font has) for each text from the shop's data that would show a box: the
    shop's name, the metric's, the people on the board and on the 小红花 line, the departments on the 小红旗 line."""
    found = [(what, text, "".join(missing(text))) for what, text in model.typed_texts]
    return [(what, text, chars) for what, text, chars in found if chars]


def unshown_notes(model: PosterModel) -> list[str]:
    """What the CLI and the window say of each text that would show a box, naming it and its characters."""
    notes = {
        SHOP: t("注意：店名「{text}」里的「{chars}」在所有可用字体中都没有，海报上会显示成方框"),
        PERSON: t("注意：姓名「{text}」里的「{chars}」在所有可用字体中都没有，海报上会显示成方框"),
        DEPARTMENT: t("注意：部门「{text}」里的「{chars}」在所有可用字体中都没有，海报上会显示成方框"),
        METRIC: t("注意：指标「{text}」里的「{chars}」在所有可用字体中都没有，海报上会显示成方框"),
    }
    return [fill(notes[what], text=text, chars=chars) for what, text, chars in unshown_characters(model)]


def png_chunks(layout: PosterLayout) -> Iterator[bytes]:
    """The poster as a PNG file, piece by piece: 8-bit RGB, each row unfiltered (its flat colours and repeated
    rows compress as well as Pillow's filters make them, and sooner). A band is compressed on a second thread
    (zlib lets go of the GIL) while the next one is drawn."""
    yield b"\x89PNG\r\n\x1a\n"
    yield _chunk(b"IHDR", struct.pack(">IIBBBBB", layout.width, layout.height, 8, 2, 0, 0, 0))
    compressor = zlib.compressobj(PNG_LEVEL)
    row_bytes = layout.width * 3

    def compressed(band) -> bytes:
        raw = band.tobytes()
        return compressor.compress(b"\0" + b"\0".join([raw[i:i + row_bytes] for i in range(0, len(raw), row_bytes)]))

    with ThreadPoolExecutor(max_workers=1) as worker:  # one worker: the bands reach zlib in order
        waiting: deque = deque()
        for band in draw_bands(layout):
            waiting.append(worker.submit(compressed, band))
            if len(waiting) > 2:  # no more than two bands drawn ahead, so memory stays small
                yield from _idat(waiting.popleft().result())
        while waiting:
            yield from _idat(waiting.popleft().result())
    yield _chunk(b"IDAT", compressor.flush())
    yield _chunk(b"IEND", b"")


def _idat(data: bytes) -> Iterator[bytes]:
    if data:  # zlib keeps small inputs back until it has a block's worth
        yield _chunk(b"IDAT", data)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def draw_bands(layout: PosterLayout) -> Iterator:
    """The poster as RGB images of `BAND_ROWS` rows (the last one shorter), top to bottom: in each, its boxes
    in order, then its lines, then its texts, as if the whole poster were drawn in that order."""
    from PIL import Image, ImageDraw

    count = -(-layout.height // BAND_ROWS)
    shapes: list[list] = [[] for _ in range(count)]
    lines: list[list] = [[] for _ in range(count)]
    texts: list[list] = [[] for _ in range(count)]
    for item in layout.items:
        if isinstance(item, Box):
            into, (first, end) = shapes, box_rows(item)
        elif isinstance(item, Line):
            into, (first, end) = lines, line_rows(item)
        else:
            into, (first, end) = texts, _text_rows(item)
        for band in range(max(first // BAND_ROWS, 0), min((end - 1) // BAND_ROWS, count - 1) + 1):
            into[band].append(item)
    for band in range(count):
        top = band * BAND_ROWS
        image = Image.new("RGB", (layout.width, min(BAND_ROWS, layout.height - top)), "white")
        draw = ImageDraw.Draw(image)
        for box in shapes[band]:
            draw_box(image, draw, box, top)
        blend = ImageDraw.Draw(image, "RGBA")
        for line in lines[band]:
            draw_line(blend, line, top)
        for text in texts[band]:
            _draw_text(draw, text, top)
        yield image


def _text_rows(text: Text) -> tuple[int, int]:
    """Rows a text may mark: a glyph reaches about 3/4 of the size above and below the middle of its face."""
    return math.floor(text.y - 1.5 * text.px), math.ceil(text.y + 1.5 * text.px)


def _draw_text(draw, item: Text, top: int) -> None:
    """The text vertically centred on its y as the layout placed it; a text in several faces (a character the
    bundled face lacks) left to right from where the whole text starts."""
    from PIL import ImageColor

    ink = draw.draw.draw_ink(ImageColor.getcolor(item.colour, "RGB"))
    pieces = runs(item.text, item.bold)
    if len(pieces) == 1:
        face, text = pieces[0]
        draw_text(draw, item.x, item.y, text, item.bold, item.px, face, ink, item.ha, top)
        return
    x = item.x - {"left": 0, "center": 0.5, "right": 1}[item.ha] * text_width(item.text, item.px, item.bold)
    for face, text in pieces:
        draw_text(draw, x, item.y, text, item.bold, item.px, face, ink, "left", top)
        x += sized_font(item.bold, item.px, face).getlength(text)
