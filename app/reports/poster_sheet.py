"""The A4 poster of a team too big for the A4 page's rows: one sheet for the office wall, not a long strip.

Each person takes one line — their status mark, name, bar and share, and their amount where the column has room
for it — in two to five columns read top to bottom, then left to right; the header, the team's block, the day's top
three and the footer take a little less room than on the roomier A4 page. The type is as large as lets everyone
fit, from `SHEET_NAME_PX` down to `SHEET_MIN_PX` (7 pt printed on A4: small print, read up close at the wall), and
the rows spread out when they leave room. The sheet is laid out on the A4 page of 1240 × 1754 (150 dpi) and drawn
at twice that, 2480 × 3508 (300 dpi, a printer's own), so its small type prints sharp. A team too big even at the
smallest type in five columns (some 250 people) makes the sheet longer, as the other posters grow; so does one
whose namesakes five columns would cut alike (two 徐子涵 of different departments read 「徐子涵…」 twice): fewer, wider
columns keep them apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from app.reports.board import STATUS_COLOUR as COLOURS
from app.reports.poster_fonts import text_width
from app.reports.poster_items import INK, MUTED, RULE, Box, Line, PosterLayout, Text, fit_apart
from app.reports.poster_model import PosterModel, PosterRow

SHEET_SCALE = 2  # drawn at 300 dpi: the 150-dpi page doubled
SHEET_NAME_PX = 26.0  # the rows' largest type, in pixels of the 150-dpi page: below the team's heading
SHEET_MIN_PX = 14.6  # 7 pt at 150 dpi (29 px in the image drawn): no text smaller
SMALL = 0.9  # the share and the amount, × the name's size
SHEET_COLUMNS = (2, 3, 4, 5)
PITCH = 1.5  # a row's height, × its type size
MOST_AIR = 2.4  # a row's pitch grows up to this × its type size, to fill the page
BAR_H = 0.5  # the bar's thickness, × the type size
MIN_BAR = 2.5  # the bar's least length, × the type size
AMOUNT_BAR = 5.0  # the amount is written only where the bar keeps this much beside it


@dataclass(frozen=True)
class SheetGrid:
    columns: int
    col_w: float
    gutter: float
    px: float  # the rows' type size
    pitch: float  # from one row's top to the next
    height: float  # the rows' block
    name_ws: tuple[float, ...]  # each column's room for its status marks and names: its widest
    share_ws: tuple[float, ...]  # each column's room for its shares
    amount_w: float  # the room for the amount before the share; 0: not written


def _mark(row: PosterRow) -> str:
    """The status's symbol (▼, ✿, ◇ …), which says it without colour."""
    return row.status_text.split(" ", 1)[0]


def _name_w(rows: list[PosterRow], px: float) -> float:
    return max(text_width(_mark(r) + " ", px) + text_width(r.name, px, True) for r in rows) + px * 0.6


def _share_w(rows: list[PosterRow], px: float) -> float:
    return max([text_width(r.share_text, px * SMALL, True) for r in rows if r.share_text] + [0.0]) + px * 0.5


def _in_columns(rows: list, columns: int) -> list[list]:
    per_column = math.ceil(len(rows) / columns)
    return [rows[i:i + per_column] for i in range(0, len(rows), per_column)]


def _plan(rows: list[PosterRow], columns: int, px: float, width: float, gutter: float, whole: bool) -> SheetGrid:
    """The rows in `columns` at `px`, a row's pitch the least; `whole`: every name whole, else a column's names
    take at most what leaves its bar `MIN_BAR` (a longer one cut with …)."""
    col_w = (width - (columns - 1) * gutter) / columns
    parts = _in_columns(rows, columns)
    shares = tuple(_share_w(part, px) for part in parts)
    names = tuple(_name_w(part, px) if whole else min(_name_w(part, px), max(col_w - share - px * MIN_BAR, col_w / 3))
                  for part, share in zip(parts, shares, strict=True))
    amount_w = max(text_width(r.value_text, px * SMALL) for r in rows) + px * 0.6
    least_bar = min(col_w - n - s for n, s in zip(names, shares, strict=True))
    per_column = len(parts[0])
    return SheetGrid(columns, col_w, gutter, px, px * PITCH, per_column * px * PITCH, names, shares,
                     amount_w if least_bar - amount_w >= px * AMOUNT_BAR else 0.0)


def _least_bar(grid: SheetGrid) -> float:
    return min(grid.col_w - n - s - grid.amount_w for n, s in zip(grid.name_ws, grid.share_ws, strict=True))


def sheet_grid(rows: list[PosterRow], width: float, room: float, gutter: float) -> tuple[SheetGrid, bool]:
    """The largest type at which everyone fits in `room`, every name whole (the fewest columns at that size); where
    even the smallest does not, the longest names cut so that every bar keeps its `MIN_BAR` and different names stay
    different; the bool says whether they fit (else the most columns at the smallest type in which the names stay
    told apart, which make the sheet longer)."""
    smallest = SHEET_MIN_PX / SMALL
    sizes = [SHEET_NAME_PX - 0.5 * i for i in range(int((SHEET_NAME_PX - smallest) / 0.5) + 1)] + [smallest]
    for whole, px in [(True, px) for px in sizes] + [(False, smallest)]:
        for columns in SHEET_COLUMNS:
            grid = _plan(rows, columns, px, width, gutter, whole)
            if _least_bar(grid) >= px * MIN_BAR - 0.01 and grid.height <= room and (whole or _told_apart(rows, grid)):
                per_column = grid.height / grid.pitch
                pitch = min(room / per_column, px * MOST_AIR)  # a smaller team's rows spread out
                return replace(grid, pitch=pitch, height=per_column * pitch), True
    # two 徐子涵 of different departments cut alike to 「徐子涵…」 in five columns: fewer, wider ones, the sheet longer
    cut = [_plan(rows, columns, smallest, width, gutter, False) for columns in reversed(SHEET_COLUMNS)]
    return next((grid for grid in cut if _told_apart(rows, grid)), cut[0]), False


def _shown_names(rows: list[PosterRow], grid: SheetGrid) -> list[tuple[str, str, float]]:
    """Each row's status mark (with the space after it), its name as its column's room shows it and the name's
    size: cut with … where the room is short, namesakes of all the columns cut so that what tells them apart stays."""
    px = grid.px
    marks = [_mark(row) + " " for row in rows]
    name_ws = [name_w for part, name_w in zip(_in_columns(rows, grid.columns), grid.name_ws, strict=True)
               for _row in part]
    rooms = [name_w - px * 0.6 - text_width(mark, px) + 0.01 for mark, name_w in zip(marks, name_ws, strict=True)]
    names = fit_apart([row.name for row in rows], px, rooms, bold=True, floor=px)
    return [(mark, name, size) for mark, (name, size) in zip(marks, names, strict=True)]


def _told_apart(rows: list[PosterRow], grid: SheetGrid) -> bool:
    """Whether different names stay different as the sheet shows them."""
    named: dict[str, str] = {}
    return all(named.setdefault(shown, row.name) == row.name
               for row, (_mark, shown, _px) in zip(rows, _shown_names(rows, grid), strict=True))


def place_sheet_rows(items: list, rows: list[PosterRow], grid: SheetGrid, x: float, y: float,
                     frames: list[tuple[float, float, float, float]]) -> None:
    """The rows from `y` down, column by column, one line each."""
    from app.reports.poster_layout import _bar as bar

    px, col_w = grid.px, grid.col_w
    row_h = px * PITCH
    parts = _in_columns(rows, grid.columns)
    shown = iter(_shown_names(rows, grid))
    for col, part in enumerate(parts):
        rx = x + col * (col_w + grid.gutter)
        name_w, share_w = grid.name_ws[col], grid.share_ws[col]
        for pos, row in enumerate(part):
            ry = y + pos * grid.pitch + (grid.pitch - row_h) / 2
            mid = ry + row_h / 2
            mark, name, name_px = next(shown)
            items.append(Text(rx, mid, mark.strip(), px, COLOURS[row.status], part="row.status"))
            items.append(Text(rx + text_width(mark, px), mid, name, name_px, INK, True, part="row.name"))
            right = rx + col_w
            if row.share is None:  # no bar to fill: said in its place
                items.append(Text(rx + name_w, mid, "未设目标", px * SMALL, MUTED, part="row.bar"))
                frames.append((rx, ry, col_w, row_h))
                continue
            if row.share_text:
                items.append(Text(right, mid, row.share_text, px * SMALL, INK, True, ha="right", part="row.pct"))
            bar_end = right - share_w
            if grid.amount_w:
                items.append(Text(bar_end, mid, row.value_text, px * SMALL, MUTED, ha="right", part="row.detail"))
                bar_end -= grid.amount_w
            bar(items, row, rx + name_w, mid - px * BAR_H / 2, bar_end - rx - name_w, px * BAR_H, 0, "row")
            frames.append((rx, ry, col_w, row_h))
    for col in range(1, len(parts)):  # a faint rule between columns
        cx = x + col * (col_w + grid.gutter) - grid.gutter / 2
        items.append(Line(cx, y, cx, y + grid.height, RULE, 2, part="grid"))


def scaled(layout: PosterLayout, k: float) -> PosterLayout:
    """The layout drawn `k` times larger: every place, size and line width."""
    items = []
    for item in layout.items:
        if isinstance(item, Text):
            items.append(replace(item, x=item.x * k, y=item.y * k, px=item.px * k))
        elif isinstance(item, Box):
            items.append(replace(item, x=item.x * k, y=item.y * k, w=item.w * k, h=item.h * k, radius=item.radius * k))
        else:
            items.append(replace(item, x0=item.x0 * k, y0=item.y0 * k, x1=item.x1 * k, y1=item.y1 * k,
                                 width=item.width * k))
    frames = tuple(tuple(v * k for v in frame) for frame in layout.row_frames)
    return replace(layout, width=round(layout.width * k), height=round(layout.height * k),
                   row_height=layout.row_height * k, items=tuple(items), row_frames=frames)


def layout_sheet(model: PosterModel) -> PosterLayout:
    """The A4 sheet: the page's blocks a little smaller, the rows one line each, drawn at `SHEET_SCALE`."""
    from app.reports.poster_layout import SHEET, SIZES, _evened, _footer, _header, _team, _top3_cards

    d = SHEET
    width, page_height = SIZES["a4"]
    m, inner = d.margin, width - 2 * d.margin
    items: list = []
    header_end = _header(items, model, d, width)
    summary_h = _team([], model, d, m, 0, inner)
    below_h = _top3_cards([], model, d, m, 0, inner)
    gaps = [d.heading_px * 0.8, d.heading_px * 0.9, d.name_px * 1.4, d.name_px * 0.7]
    room = page_height - d.header_h - d.footer_h - summary_h - below_h - sum(gaps)
    grid, fits = sheet_grid(model.rows, inner, room, d.gutter)
    height = page_height if fits else max(math.ceil(page_height + grid.height - room), page_height)
    gaps = _evened(gaps, max(room - grid.height, 0.0))
    y = header_end + gaps[0]
    _team(items, model, d, m, y, inner)
    y += summary_h
    items.append(Line(m, y + gaps[1] / 2, width - m, y + gaps[1] / 2, RULE, 2, part="divider"))
    rows_top = y + gaps[1]
    frames: list[tuple[float, float, float, float]] = []
    place_sheet_rows(items, model.rows, grid, m, rows_top, frames)
    top3_y = height - d.footer_h - gaps[3] - below_h
    divider = (rows_top + grid.height + top3_y) / 2
    items.append(Line(m, divider, width - m, divider, RULE, 2, part="divider"))
    _top3_cards(items, model, d, m, top3_y, inner)
    _footer(items, model, d, width, height)
    page = PosterLayout("a4", width, height, grid.columns, grid.px * PITCH, "sheet", tuple(items), tuple(frames))
    return scaled(page, SHEET_SCALE)
