"""The daily poster's layout: the poster model turned into a plain list of texts, boxes and lines with their
positions and pixel sizes (a `PosterLayout` of app/reports/poster_items.py, what the tests read;
app/reports/poster.py draws it). Texts are measured with the fonts they are drawn with
(app/reports/poster_fonts.py). Every person of the model is on the poster; nobody is cut off.

Sizes (width × height in pixels) and the sizing rule:
- phone 1080 × 1920 (default), a4 1240 × 1754, wide 1920 × 1080: the size when everyone fits.
- Each person row has a natural size and a readable minimum: no text on the poster is smaller than
  `MIN_TEXT_PX` (22 px).
- Rows are laid out in columns, read top to bottom and then left to right. phone always uses one column;
  a4 may use one or two, wide one to three. The fewest columns in which everyone fits at the natural size
  are taken; if even the most columns do not fit, the rows shrink toward the readable minimum.
- a4 is a sheet for the office wall: a team its page cannot hold gets one A4 sheet, a line a person in up to five
  columns, drawn at 300 dpi (app/reports/poster_sheet.py), not a long strip.
- If everyone still does not fit at the minimum, the image grows taller (the width never changes) and the
  rows keep their natural size: on a phone this is a long image (长图), which WeChat shows well. (Only a
  poster taller than `MAX_HEIGHT`, some 290 people on a phone, takes a further column instead.)
- A small team gets a card per person (a tinted box, the name and status above a thicker bar, the details
  under it), with as much air and as thick a bar as the room allows; the type does not grow, so the people's
  text stays smaller than the team heading, and that smaller than the title. A team too big for cards at their
  tightest keeps plain rows, spaced a little further apart when there is room.
- Whatever room the rows leave goes to the white between the blocks (header, team, rows, the day's top 3,
  footer), the narrowest first, so the page is filled evenly instead of leaving one wide empty band.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from app.errors import UserError
from app.i18n import t
from app.recognition.standings import lines_between_items
from app.reports.board import STATUS_COLOUR as COLOURS
from app.reports.poster_fonts import text_width
from app.reports.poster_items import (
    CARD,
    CARD_TRACK,
    FOOTER,
    INK,
    MEDAL_TINTS,
    MEDALS,
    MIN_TEXT_PX,
    MUTED,
    RED,
    RULE,
    SUBTITLE,
    TRACK,
    Box,
    Line,
    PosterLayout,
    Text,
    fit_apart,
    fit_text,
)
from app.reports.poster_model import PosterModel, PosterRow

SIZES = {"phone": (1080, 1920), "a4": (1240, 1754), "wide": (1920, 1080)}
MAX_AIR = 1.25  # a small team's rows may be spaced up to this much further apart, to fill the room
MAX_HEIGHT = 32000  # beyond this a poster takes more columns instead (the limit of Agg, which once drew it)


# ---------------------------------------------------------------------------------------------------------------
# The three designs


@dataclass(frozen=True)
class _Design:
    margin: int
    header_h: int
    shop_px: float
    title_px: float
    subtitle_px: float
    heading_px: float
    team_px: float
    team_bar_h: float
    name_px: float  # a person's name at the natural row size; the rest of the row follows from it
    columns: tuple[int, ...]
    gutter: int
    side_summary: bool  # wide: the team and the day's top 3 side by side under the header
    footer_h: int
    footer_px: float


DESIGNS = {
    "phone": _Design(margin=64, header_h=230, shop_px=46, title_px=38, subtitle_px=26, heading_px=34, team_px=28,
                     team_bar_h=48, name_px=32, columns=(1,), gutter=48, side_summary=False, footer_h=120,
                     footer_px=34),
    "a4": _Design(margin=80, header_h=220, shop_px=46, title_px=36, subtitle_px=26, heading_px=32, team_px=27,
                  team_bar_h=46, name_px=30, columns=(1, 2), gutter=56, side_summary=False, footer_h=110,
                  footer_px=32),
    "wide": _Design(margin=80, header_h=150, shop_px=50, title_px=38, subtitle_px=28, heading_px=34, team_px=28,
                    team_bar_h=50, name_px=32, columns=(1, 2, 3), gutter=64, side_summary=True, footer_h=88,
                    footer_px=34),
}
# a4 for a team its page cannot hold: the blocks around the rows a little smaller (app/reports/poster_sheet.py)
SHEET = _Design(margin=56, header_h=170, shop_px=40, title_px=30, subtitle_px=22, heading_px=28, team_px=22,
                team_bar_h=34, name_px=24, columns=(2,), gutter=28, side_summary=False, footer_h=84, footer_px=26)


# ---------------------------------------------------------------------------------------------------------------
# Person rows


SMALL = 0.78  # status, details and percentages, relative to the name
LINE_PARTS = (0.36, 1.2, 0.42, SMALL, 0.58)  # line style: top, bar, gap, details line, bottom (× name size)
STACKED_PARTS = (0.3, 1.0, 0.34, 0.6, 0.36, SMALL, 0.56)  # stacked: top, name, gap, bar, gap, details, bottom


def _row_height(style: str, name_px: float) -> float:
    return name_px * sum(LINE_PARTS if style == "line" else STACKED_PARTS)


def _detail(row: PosterRow, with_value: bool = True) -> str:
    parts = [row.value_text] if with_value else []
    parts += [row.remaining_text, row.per_day_text]
    return "   ".join(p for p in parts if p)


def _name_column(rows: list[PosterRow], name_px: float, col_w: float) -> float:
    widest = max([text_width(r.name, name_px, True) for r in rows]
                 + [text_width(r.status_text, name_px * SMALL) for r in rows] + [name_px * 4])
    return min(widest + name_px * 0.9, col_w * 0.32)


def _style_for(rows: list[PosterRow], name_px: float, col_w: float) -> str:
    """Name beside the bar when the details fit under the bar, else name, bar and details stacked."""
    if not rows:
        return "line"
    detail = max(text_width(_detail(r), name_px * SMALL) for r in rows)
    return "line" if _name_column(rows, name_px, col_w) + detail + name_px <= col_w else "stacked"


def _line_row(items: list, row: PosterRow, x: float, y: float, w: float, n: float, name_col: float,
              fitted_name: tuple[str, float]) -> None:
    top, bar_h, gap, small_f, _ = LINE_PARTS
    small = n * small_f
    bar_y = y + n * top
    bar_h *= n
    mid1 = bar_y + bar_h / 2
    mid2 = bar_y + bar_h + n * gap + small / 2
    name, name_px = fitted_name
    items.append(Text(x, mid1, name, name_px, INK, True, part="row.name"))
    items.append(Text(x, mid2, row.status_text, small, COLOURS[row.status], part="row.status"))
    bar_x, bar_w = x + name_col, w - name_col
    _bar(items, row, bar_x, bar_y, bar_w, bar_h, small, "row")
    if row.share is None:
        items.append(Text(bar_x + small * 0.5, mid1, "未设目标", small, MUTED, part="row.bar"))
    detail, detail_px = fit_text(_detail(row), small, bar_w)
    items.append(Text(bar_x, mid2, detail, detail_px, MUTED, part="row.detail"))


def _stacked_name_room(row: PosterRow, w: float, n: float) -> float:
    """The room for a stacked row's name: its line also holds the status and, at the right, the %."""
    small = n * SMALL
    pct_w = text_width(row.share_text, small, True) if row.share_text else 0
    return w - pct_w - text_width(row.status_text, small) - n * 1.2


def _stacked_row(items: list, row: PosterRow, x: float, y: float, w: float, n: float, with_value: bool,
                 fitted_name: tuple[str, float], card: _Card | None = None) -> None:
    """Name, bar and details on three lines; in a `card` (x, y, w its inner place) with its spacing, and the
    details on two lines when the card has room for them. `with_value`: the details start with the amount;
    `fitted_name`: the name as cut to `_stacked_name_room`, and its size."""
    if card:
        top, gap1, bar_h, gap2 = n * card.pad, n * card.gap, n * card.bar, n * card.gap
    else:
        top, _, gap1, bar_h, gap2, _, _ = (n * f for f in STACKED_PARTS)
    small = n * SMALL
    mid1 = y + top + n / 2
    bar_y = y + top + n + gap1
    mid3 = bar_y + bar_h + gap2 + small / 2
    pct = row.share_text
    name, name_px = fitted_name
    items.append(Text(x, mid1, name, name_px, INK, True, part="row.name"))
    name_end = x + text_width(name, name_px, True) + n * 0.5
    items.append(Text(name_end, mid1, row.status_text, small, COLOURS[row.status], part="row.status"))
    if pct:
        items.append(Text(x + w, mid1, pct, small, INK, True, ha="right", part="row.pct"))
    _bar(items, row, x, bar_y, w, bar_h, 0, "row", CARD_TRACK if card else TRACK)
    if card and card.detail_lines == 2:  # the amount against the target, then what is still to do
        for i, detail in enumerate(_card_details(row, card)):
            detail, detail_px = fit_text(detail, small, w)
            items.append(Text(x, mid3 + i * small * DETAIL_LEADING, detail, detail_px, MUTED, part="row.detail"))
        return
    detail, detail_px = fit_text(_detail(row, with_value), small, w)
    items.append(Text(x, mid3, detail, detail_px, MUTED, part="row.detail"))


def _details_with_value(rows: list[PosterRow], n: float, w: float) -> bool:
    """Whether every stacked row's details fit `w` with the amount; else no row shows it (the % above the bar
    already says how far along), so the rows read alike."""
    return all(text_width(_detail(r), n * SMALL) <= w for r in rows)


DETAIL_LEADING = 1.45  # a card's two detail lines, centre to centre, × their size


@dataclass(frozen=True)
class _Card:
    """A person's card, in multiples of the name size: the padding inside, the gaps above and below the bar,
    the bar, the space to the next card; and whether the details take one line or two."""
    pad: float
    gap: float
    bar: float
    between: float
    detail_lines: int = 1

    def height(self, n: float) -> float:
        details = SMALL * (1 + (self.detail_lines - 1) * DETAIL_LEADING)
        return n * (2 * self.pad + 1 + 2 * self.gap + self.bar + details)

    def pitch(self, n: float) -> float:
        return self.height(n) + n * self.between


# The cards' spacing, from a team that only just fits in cards to a few people with room to spare: it grows
# within a range; past the first, the details take a second line (with the target)
CARD_RANGES = ((_Card(pad=0.5, gap=0.35, bar=0.8, between=0.45), _Card(pad=0.8, gap=0.5, bar=1.2, between=0.7)),
               (_Card(pad=0.8, gap=0.5, bar=1.2, between=0.7, detail_lines=2),
                _Card(pad=1.0, gap=0.65, bar=1.4, between=0.9, detail_lines=2)))
CARD_BAR_OF_TEAM = 0.8  # a person's bar stays thinner than the team's


def _card_towards(low: _Card, high: _Card, share: float, team_bar_h: float, n: float) -> _Card:
    """The card `share` of the way from `low` to `high`, its bar no thicker than CARD_BAR_OF_TEAM × the team's."""
    def mix(a: float, b: float) -> float:
        return a + (b - a) * share
    bar = min(mix(low.bar, high.bar), team_bar_h * CARD_BAR_OF_TEAM / n)
    return _Card(mix(low.pad, high.pad), mix(low.gap, high.gap), bar, mix(low.between, high.between),
                 low.detail_lines)


def _card_details(row: PosterRow, card: _Card) -> list[str]:
    if card.detail_lines == 1:
        return [_detail(row)]
    amounts = f"{row.value_text} / 目标 {row.target_text}" if row.share is not None else row.value_text
    return [amounts, _detail(row, with_value=False)]


def _cards_say_it_all(rows: list[PosterRow], card: _Card, n: float, col_w: float) -> bool:
    """Whether every card's details fit it whole: a card is never to say less than a plain row would."""
    room = col_w - 2 * n * card.pad
    return all(text_width(line, n * SMALL) <= room for r in rows for line in _card_details(r, card))


def _card_row(items: list, row: PosterRow, x: float, y: float, w: float, n: float, with_value: bool,
              fitted_name: tuple[str, float], card: _Card) -> None:
    items.append(Box(x, y, w, card.height(n), CARD, radius=n * 0.4, part="row.card"))
    pad = n * card.pad
    _stacked_row(items, row, x + pad, y, w - 2 * pad, n, with_value, fitted_name, card)


# the room beside every bar for its %: the same for all rows, so the bars share a scale; wider than any text
# `progress_percent` gives (-999.9%, >999%, <-999%), which stops growing past a thousand percent
WIDEST_PCT = "9999.9%"


def _bar(items: list, row: PosterRow, x: float, y: float, w: float, h: float, pct_px: float, part: str,
         track: str = TRACK) -> None:
    """The track, the filled share in the status colour, the pace marker and (if `pct_px`) the % to the right
    of the bar, never over the fill or the marker (as on the board)."""
    if pct_px:
        room = text_width(WIDEST_PCT, pct_px, True) + pct_px * 0.5
        if row.share_text:
            items.append(Text(x + w, y + h / 2, row.share_text, pct_px, INK, True, ha="right",
                              part=f"{part}.pct"))
        w -= room
    items.append(Box(x, y, w, h, track, part=f"{part}.bar"))
    if row.share is None:
        return
    filled = w * min(row.share, 1.0)
    if filled > 0:
        items.append(Box(x, y, filled, h, COLOURS[row.status], part=f"{part}.bar"))
    marker = x + w * min(row.expected_share, 1.0)
    reach = h * (0.25 if part == "team" else 0.15)  # rows keep it clear of the details line under the bar
    items.append(Line(marker, y - reach, marker, y + h + reach, INK, 2, part=f"{part}.marker"))


@dataclass(frozen=True)
class _Grid:
    columns: int
    col_w: float
    gutter: float
    style: str  # "card", "line" or "stacked"
    name_px: float  # at the size the rows are drawn
    row_h: float
    pitch: float  # from one row to the next: the row's height, or more when there is room to spare
    height: float  # height of the whole grid
    card: _Card | None = None


def _grid(rows: list[PosterRow], d: _Design, width: float, room: float) -> tuple[_Grid, bool]:
    """Columns and row size for the rows in `room` pixels of height; the bool says whether they fit."""
    n = max(len(rows), 1)
    floor = MIN_TEXT_PX / SMALL  # the smallest name size, at which the smallest text is MIN_TEXT_PX

    def plan(columns: int, name_px: float) -> _Grid:
        col_w = (width - (columns - 1) * d.gutter) / columns
        style = _style_for(rows, name_px, col_w)
        per_column = math.ceil(n / columns)
        row_h = _row_height(style, name_px)
        return _Grid(columns, col_w, d.gutter, style, name_px, row_h, row_h, per_column * row_h)

    def cards(columns: int, card: _Card) -> _Grid:
        col_w = (width - (columns - 1) * d.gutter) / columns
        per_column = math.ceil(n / columns)
        height = per_column * card.pitch(d.name_px) - card.between * d.name_px
        return _Grid(columns, col_w, d.gutter, "card", d.name_px, card.height(d.name_px), card.pitch(d.name_px),
                     height, card)

    for columns in d.columns:  # a small team: cards in the fewest columns, as roomy as the room allows
        for low, high in reversed(CARD_RANGES):  # the roomiest range that fits
            tight, roomy = (cards(columns, _card_towards(low, high, share, d.team_bar_h, d.name_px))
                            for share in (0, 1))
            if tight.height <= room:
                share = min((room - tight.height) / (roomy.height - tight.height), 1.0)
                grid = cards(columns, _card_towards(low, high, share, d.team_bar_h, d.name_px))
                if grid.card and _cards_say_it_all(rows, grid.card, grid.name_px, grid.col_w):
                    return grid, True
    for columns in d.columns:  # the fewest columns at the natural size
        grid = plan(columns, d.name_px)
        if grid.height <= room:  # a few rows get some air between them (the type stays the same)
            pitch = grid.pitch * min(room / grid.height, MAX_AIR)
            return replace(grid, pitch=pitch, height=grid.height * pitch / grid.pitch), True
    most = d.columns[-1]
    natural = plan(most, d.name_px)
    name_px = d.name_px * room / natural.height
    if name_px >= floor:  # shrink toward the readable minimum
        grid = plan(most, name_px)
        if grid.height <= room + 0.5:
            return grid, True
    return natural, False


def _place_rows(items: list, rows: list[PosterRow], grid: _Grid, x: float, y: float,
                frames: list[tuple[float, float, float, float]]) -> None:
    """The rows from `y` down, column by column; `frames` gets each row's place (x, y, width, height)."""
    if not rows:
        items.append(Text(x, y + grid.row_h / 2, "还没有员工", grid.name_px * SMALL, MUTED, part="row.empty"))
        return
    per_column = math.ceil(len(rows) / grid.columns)
    col_w = grid.col_w
    name_col = _name_column(rows, grid.name_px, col_w)
    inner_w = col_w - 2 * grid.name_px * grid.card.pad if grid.card else col_w
    with_value = _details_with_value(rows, grid.name_px, inner_w)
    n = grid.name_px
    # every row's name cut at once, so two long namesakes stay told apart (as in the top three)
    rooms = [name_col - n * 0.6 if grid.style == "line" else _stacked_name_room(row, inner_w, n) for row in rows]
    names = fit_apart([row.name for row in rows], n, rooms, bold=True)
    for i, row in enumerate(rows):
        col, pos = divmod(i, per_column)
        rx = x + col * (col_w + grid.gutter)
        ry = y + pos * grid.pitch
        if grid.card:
            _card_row(items, row, rx, ry, col_w, grid.name_px, with_value, names[i], grid.card)
        else:
            ry += (grid.pitch - grid.row_h) / 2
            if grid.style == "line":
                _line_row(items, row, rx, ry, col_w, grid.name_px, name_col, names[i])
            else:
                _stacked_row(items, row, rx, ry, col_w, grid.name_px, with_value, names[i])
        frames.append((rx, ry, col_w, grid.row_h))
    for col in range(1 if not grid.card else grid.columns, grid.columns):  # a faint rule between columns of rows
        cx = x + col * (col_w + grid.gutter) - grid.gutter / 2
        items.append(Line(cx, y, cx, y + grid.height, RULE, 2, part="grid"))


# ---------------------------------------------------------------------------------------------------------------
# The other blocks: each appends its items from `y` down and returns where it ends


def _header(items: list, model: PosterModel, d: _Design, width: float) -> float:
    m = d.margin
    items.append(Box(0, 0, width, d.header_h, RED, part="header"))
    room = width - 2 * m
    if d.side_summary:  # wide: shop and title on the left, the date on the right of the title line
        shop, px = fit_text(model.shop_name, d.shop_px, room, True)
        items.append(Text(m, d.header_h * 0.38, shop, px, "white", True, part="header.shop"))
        items.append(Text(m, d.header_h * 0.75, model.title, d.title_px, "white", part="header.title"))
        room -= text_width(model.title, d.title_px) + d.title_px * 2
        subtitle, px = fit_text(model.subtitle, d.subtitle_px, room)
        items.append(Text(width - m, d.header_h * 0.75, subtitle, px, SUBTITLE, ha="right", part="header.subtitle"))
    else:
        shop, px = fit_text(model.shop_name, d.shop_px, room, True)
        items.append(Text(m, d.header_h * 0.31, shop, px, "white", True, part="header.shop"))
        items.append(Text(m, d.header_h * 0.59, model.title, d.title_px, "white", part="header.title"))
        subtitle, px = fit_text(model.subtitle, d.subtitle_px, room)
        items.append(Text(m, d.header_h * 0.83, subtitle, px, SUBTITLE, part="header.subtitle"))
    return d.header_h


def _team(items: list, model: PosterModel, d: _Design, x: float, y: float, w: float) -> float:
    """"团队进度" with its status cue (icon and words, like a person row), the bar, the amounts."""
    team = model.team
    y += d.heading_px * 0.5
    items.append(Text(x, y, "团队进度", d.heading_px, INK, True, part="team.heading"))
    cue_x = x + text_width("团队进度", d.heading_px, True) + d.heading_px * 0.6
    items.append(Text(cue_x, y, team.status_text, d.team_px, COLOURS[team.status], True, part="team.status"))
    on_track_room = w - (cue_x - x) - text_width(team.status_text, d.team_px, True) - d.team_px
    on_track, px = fit_text(model.on_track_text, d.team_px * 0.93, on_track_room)
    items.append(Text(x + w, y, on_track, px, MUTED, ha="right", part="team.on_track"))
    y += d.heading_px * 0.5 + d.team_bar_h * 0.6
    _bar(items, team, x, y, w, d.team_bar_h, d.team_px, "team")
    if team.share is None:
        items.append(Text(x + d.team_px * 0.5, y + d.team_bar_h / 2, team.remaining_text, d.team_px, MUTED,
                          part="team.bar"))
    y += d.team_bar_h + d.team_bar_h * 0.45 + d.team_px / 2
    amounts = f"{team.value_text} / 目标 {team.target_text}"
    rest = f"{team.remaining_text}   {team.per_day_text}".strip()
    rest_px = d.team_px * 0.93
    items.append(Text(x, y, amounts, d.team_px, INK, part="team.amounts"))
    if text_width(amounts, d.team_px) + text_width(rest, rest_px) + d.team_px * 1.5 <= w:
        items.append(Text(x + w, y, rest, rest_px, MUTED, ha="right", part="team.remaining"))
    else:
        y += d.team_px * 1.45
        items.append(Text(x, y, rest, rest_px, MUTED, part="team.remaining"))
    return _recognition(items, model, d, x, y, w) + d.team_px / 2


def _recognition(items: list, model: PosterModel, d: _Design, x: float, y: float, w: float) -> float:
    """The month's red flags by department, then its flower leaders, under the team's amounts (whose line is
    centred at `y`): 「小红旗：」 in bold, its list beside it, broken between the items under one another when it is
    wider than the block. Returns the centre of the last line."""
    px = d.team_px * 0.93
    y += d.team_px * 0.25  # apart from the amounts a little more than their lines are from each other
    for part, text in (("team.red_flags", model.red_flags), ("team.flowers", model.flower_leaders)):
        if not text:
            continue
        label, listed = text.split("：", 1)
        label += "："
        indent = text_width(label, px, True)
        y += d.team_px * 1.45
        items.append(Text(x, y, label, px, RED, True, part=f"{part}.label"))
        for i, line in enumerate(lines_between_items(listed, lambda s: text_width(s, px), w - indent)):
            line, line_px = fit_text(line, px, w - indent)
            items.append(Text(x + indent, y + i * d.team_px * 1.45, line, line_px, RED, part=part))
        y += i * d.team_px * 1.45
    return y


def _top3_cards(items: list, model: PosterModel, d: _Design, x: float, y: float, w: float) -> float:
    """Phone and A4: the day's best as podium cards, three to a line, the amount under the name."""
    heading = d.heading_px * 0.9
    items.append(Text(x, y + heading / 2, model.top3_title, heading, INK, True, part="top3.title"))
    y += heading + heading * 0.6
    if not model.top3:
        small = d.team_px
        items.append(Text(x, y + small / 2, "当天暂无数据", small, MUTED, part="top3.empty"))
        return y + small
    n = d.name_px
    label_px, amount_px = max(n * 0.8, MIN_TEXT_PX), n * 0.9
    card_h = n * 0.55 + label_px + n * 0.3 + n + n * 0.3 + amount_px + n * 0.6
    per_line, gap = min(len(model.top3), 3), n * 0.6  # one or two cards share the line between them
    card_w = (w - (per_line - 1) * gap) / per_line
    names = fit_apart([name for _, name, _ in model.top3], n, card_w - n, True)  # measured as drawn, in bold
    for i, (rank, _name, amount) in enumerate(model.top3):
        line, col = divmod(i, per_line)
        cx = x + col * (card_w + gap)
        cy = y + line * (card_h + gap)
        items.append(Box(cx, cy, card_w, card_h, MEDAL_TINTS.get(rank, "#f5f5f5"), radius=n * 0.4, part="top3.card"))
        mid = cx + card_w / 2
        ty = cy + n * 0.55 + label_px / 2
        items.append(Text(mid, ty, f"第{rank}名", label_px, MEDALS.get(rank, INK), True, "center", "top3.rank"))
        ty += label_px / 2 + n * 0.3 + n / 2
        name, px = names[i]
        items.append(Text(mid, ty, name, px, INK, True, "center", "top3.name"))
        ty += n / 2 + n * 0.3 + amount_px / 2
        items.append(Text(mid, ty, amount, amount_px, INK, ha="center", part="top3.amount"))
    lines = math.ceil(len(model.top3) / per_line)
    return y + lines * card_h + (lines - 1) * gap


def _top3_table(items: list, model: PosterModel, d: _Design, x: float, y: float, w: float) -> float:
    """Wide: the day's best in a card beside the team, the amount in a column right after the names."""
    n = d.team_px * 1.1
    pad = n * 0.9
    heading = d.heading_px * 0.9
    line_h = n * 1.65
    lines = max(len(model.top3), 1)
    card_h = pad + heading + n * 0.5 + lines * line_h + pad * 0.6
    items.append(Box(x, y, w, card_h, "#fff8f0", radius=n * 0.5, part="top3.card"))
    items.append(Text(x + pad, y + pad + heading / 2, model.top3_title, heading, INK, True, part="top3.title"))
    ty = y + pad + heading + n * 0.5 + line_h / 2
    if not model.top3:
        items.append(Text(x + pad, ty, "当天暂无数据", n, MUTED, part="top3.empty"))
        return y + card_h
    label_w = max(text_width(f"第{rank}名", n, True) for rank, _, _ in model.top3)
    name_x = x + pad + label_w + n * 0.8
    amount_w = max(text_width(amount, n) for _, _, amount in model.top3)
    name_room = w - 2 * pad - label_w - n * 0.8 - amount_w - n * 1.2
    names = fit_apart([name for _, name, _ in model.top3], n, name_room, True)
    names_w = max(text_width(name, px, True) for name, px in names)
    amount_right = min(name_x + names_w + n * 1.2 + amount_w, x + w - pad)
    for (rank, _, amount), (name, px) in zip(model.top3, names, strict=True):
        items.append(Text(x + pad, ty, f"第{rank}名", n, MEDALS.get(rank, INK), True, part="top3.rank"))
        items.append(Text(name_x, ty, name, px, INK, True, part="top3.name"))
        items.append(Text(amount_right, ty, amount, n, INK, ha="right", part="top3.amount"))
        ty += line_h
    return y + card_h


def _footer(items: list, model: PosterModel, d: _Design, width: float, height: float) -> None:
    items.append(Box(0, height - d.footer_h, width, d.footer_h, FOOTER, part="footer"))
    text, px = fit_text(model.encouragement, d.footer_px, width - 2 * d.margin, True)
    if not model.pace_note:
        items.append(Text(width / 2, height - d.footer_h / 2, text, px, RED, True, "center", "footer.text"))
        return
    # what the pace assumes, small under the cheer
    items.append(Text(width / 2, height - d.footer_h * 0.64, text, px, RED, True, "center", "footer.text"))
    note, note_px = fit_text(model.pace_note, max(d.footer_px * 0.68, MIN_TEXT_PX), width - 2 * d.margin)
    items.append(Text(width / 2, height - d.footer_h * 0.24, note, note_px, MUTED, False, "center", "footer.note"))


# ---------------------------------------------------------------------------------------------------------------
# The layout


def layout_poster(model: PosterModel, size: str = "phone") -> PosterLayout:
    """Where everything goes, following the sizing rule in the module's docstring."""
    if size not in SIZES:
        raise UserError(t("海报尺寸只能是 phone、a4 或 wide"))
    d = DESIGNS[size]
    width, base_height = SIZES[size]
    m = d.margin
    inner = width - 2 * m
    items: list = []
    header_end = _header(items, model, d, width)
    # the blocks' heights, measured on scratch lists (they do not depend on where they are)
    team_w = inner * 0.6 if d.side_summary else inner
    side_x = m + team_w + d.gutter
    top_lift = d.heading_px * 0.4  # wide: the top-3 card starts a little above the team heading
    summary_h = _team([], model, d, m, 0, team_w)
    if d.side_summary:
        summary_h = max(summary_h, _top3_table([], model, d, side_x, -top_lift, width - m - side_x))
    below_h = 0.0 if d.side_summary else _top3_cards([], model, d, m, 0, inner)
    # the least white between the blocks: header → team, team → rows, rows → top 3 → footer (wide: rows → footer)
    gaps = [d.heading_px * 1.1, d.heading_px * 0.9 + d.name_px * 0.6]
    gaps += [d.name_px * 2.1] if d.side_summary else [d.name_px * 2.7, d.name_px * 1.0]
    room = base_height - d.header_h - d.footer_h - summary_h - below_h - sum(gaps)
    columns_allowed = d.columns
    while True:
        grid, fits = _grid(model.rows, _with_columns(d, columns_allowed), inner, room)
        if size == "a4" and not fits:  # one A4 sheet for the office wall, not a long strip
            from app.reports.poster_sheet import layout_sheet
            return layout_sheet(model)
        height = base_height if fits else math.ceil(base_height + grid.height - room)
        if height <= MAX_HEIGHT:
            break
        columns_allowed = (*columns_allowed, columns_allowed[-1] + 1)
    gaps = _evened(gaps, max(room - grid.height, 0.0))
    y = header_end + gaps[0]
    _team(items, model, d, m, y, team_w)
    if d.side_summary:
        _top3_table(items, model, d, side_x, y - top_lift, width - m - side_x)
    y += summary_h
    divider = y + gaps[1] / 2
    items.append(Line(m, divider, width - m, divider, RULE, 2, part="divider"))
    rows_top = y + gaps[1]
    frames: list[tuple[float, float, float, float]] = []
    _place_rows(items, model.rows, grid, m, rows_top, frames)
    if not d.side_summary:  # the day's top 3 sit above the footer, the divider halfway between them and the rows
        top3_y = height - d.footer_h - gaps[3] - below_h
        divider = (rows_top + grid.height + top3_y) / 2
        items.append(Line(m, divider, width - m, divider, RULE, 2, part="divider"))
        _top3_cards(items, model, d, m, top3_y, inner)
    _footer(items, model, d, width, height)
    return PosterLayout(size, width, height, grid.columns, grid.row_h, grid.style, tuple(items), tuple(frames))


def _evened(gaps: list[float], spare: float) -> list[float]:
    """The gaps grown by `spare` in all, the narrowest first, so the white between the blocks evens out."""
    wider: list[float] = []  # the gaps already wider than the level the others are raised to
    while True:
        level = (sum(gaps) + spare - sum(wider)) / (len(gaps) - len(wider))
        now_wider = [g for g in gaps if g > level]
        if len(now_wider) == len(wider):
            return [max(g, level) for g in gaps]
        wider = now_wider


def _with_columns(d: _Design, columns: tuple[int, ...]) -> _Design:
    return d if columns == d.columns else replace(d, columns=columns)
