"""The TV's layout (`ui/tv_mode.py`): the type sizes in units of the screen's shorter side, where each part of a
screen goes at one size, and how many rows a page holds — worked out from the fonts' line heights and the texts'
widths, so painting and paging agree. A person's row is one line (name, bar, status) where the screen is wide enough
for all three at that size, else two (the name and status over a bar as wide as the screen: a portrait TV)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF

from app.i18n import list_separator
from app.recognition.standings import lines_between_items
from ui.widgets.progress_bar import text_room

BOARD, LEADERS = 0, 1

# The base type size (the "unit", in pixels) is never below this share of the screen's shorter side (the height of
# a TV on its side, the width of one on its end: the same pixels, the same room to read them from): 32 px on a
# 1080-line screen, so names are 30 px and the smallest text (status, percentage) 27 px. That is above the
# floor of the ten-foot UI guides (tvOS's smallest caption is 23 px at 1080, its body text 29 px): on a 55"
# set (0.63 mm a pixel) a 30 px name is 19 mm tall, about 20 minutes of arc at 3 m. It scales with the
# screen height, so a 4K TV shows the same pages.
MIN_UNIT_SHARE = 32 / 1080
# Nor above this share (three people are not a poster).
MAX_UNIT_SHARE = 1 / 24

# Sizes in units.
HEADER, PAGE_LABEL, SUMMARY, NAME, STATUS, PERCENT = 1.4, 1.0, 1.0, 0.95, 0.85, 0.85
LEADERS_TITLE, LEADERS_TEXT = 1.2, 1.1
NOTE = STATUS
HONOURS = STATUS  # the month's red flags (under the team bar) and flower leaders (under the leaderboard's title)
HONOURS_LINES = 2  # a long department list takes a second line, then ends in "…"
MIN_BAR_UNITS = 5  # a person's bar (its percentage aside) is never narrower; else the row takes two lines
BAR = 1.1  # a person's bar's thickness
TEXT_ON_DARK = QColor("#ffffff")
HONOURS_COLOUR = QColor("#ff8a80")  # a light red: the flags' red, readable on the dark background

T = TypeVar("T")


def min_unit(width: int, height: int) -> int:
    """The smallest base size that reads from across the room on a screen this size: a share of its shorter side,
    so a portrait TV's type is as large as the same TV's on its side."""
    return max(math.ceil(min(width, height) * MIN_UNIT_SHARE), 8)


def max_unit(width: int, height: int) -> int:
    return max(int(min(width, height) * MAX_UNIT_SHARE), min_unit(width, height))


def paged(items: list[T], capacity: int) -> list[list[T]]:
    """Everyone, in order, on as few pages as hold them, the pages evened out (13 + 13 + 13, not 14 + 14 + 11).
    Always at least one page, so an empty board still has a screen."""
    if not items:
        return [[]]
    count = -(-len(items) // max(capacity, 1))
    size, longer = divmod(len(items), count)  # the first `longer` pages take one more
    pages, start = [], 0
    for page in range(count):
        end = start + size + (page < longer)
        pages.append(items[start:end])
        start = end
    return pages


def text_height(pixels: float, bold: bool, base: QFont) -> int:
    return QFontMetrics(tv_font(base, pixels, bold)).height()


def tv_font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(int(pixels), 8))
    font.setBold(bold)
    return font


def honours_lines(text: str, metrics: QFontMetricsF, width: float) -> tuple[tuple[str, ...], float]:
    """The red flags' text in at most HONOURS_LINES lines broken between departments, the last ending in "…"
    when more is left than fits; and how far the lines after the first stand in, under the list after 「小红旗：」."""
    if not text:
        return (), 0.0
    colon = next((mark for mark in ("：", ": ") if mark in text), "")  # 「小红旗：」, "Red flags: "
    label, listed = text.split(colon, 1) if colon else ("", text)
    label = f"{label}{colon}" if label else ""
    indent = metrics.horizontalAdvance(label)
    lines = lines_between_items(listed, metrics.horizontalAdvance, width - indent, list_separator())
    shown = [label + lines[0], *lines[1:HONOURS_LINES]]
    if len(lines) > HONOURS_LINES:
        shown[-1] += "…"
    rooms = [width] + [width - indent] * (len(shown) - 1)
    return tuple(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
                 for line, room in zip(shown, rooms, strict=True)), indent


def _widest(texts: tuple[str, ...], font: QFont) -> float:
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(text) for text in texts), default=0.0)


@dataclass(frozen=True)
class TvTexts:
    """The texts the layout makes room for, as the TV writes them."""

    names: tuple[str, ...] = ()  # every person on the board, as the team reads them
    statuses: tuple[str, ...] = ()  # every row's status and what is left (▼ 落后　还差 ¥190,000.00)
    percents: tuple[str, ...] = ()  # every row's percentage, or 未设目标
    title: tuple[str, str] = ("", "")  # the shop's name; what follows it on one line ( · 2026年10月 · 数据截至 …)
    summary: tuple[str, str] = ("", "")  # the team's amounts; how many are on track
    amounts: tuple[str, ...] = ()  # every amount on the leaderboard


@dataclass(frozen=True)
class RowPlaces:
    """Where a person's name, bar (with its percentage) and status go, from the row's top-left corner."""

    name: QRectF
    bar: QRectF
    status: QRectF
    two_lines: bool  # the name and status over the bar
    status_needed: float  # the widest status text: it fits when the status box is at least as wide
    percent_room: float  # the room at the bar's right its percentage takes

    @property
    def bar_only(self) -> float:
        """The bar's own width, without its percentage."""
        return self.bar.width() - self.percent_room

    @property
    def fits(self) -> bool:
        return self.status_needed <= self.status.width() + 0.5


def row_places(unit: int, width: float, base: QFont, texts: TvTexts) -> tuple[RowPlaces, float]:
    """A person's row at this size in an area `width` wide, and its height: one line when the bar keeps at least
    MIN_BAR_UNITS beside the widest name and status, else two. The name's column is as wide as the longest name
    (within 7 to 11 units), so the bars and statuses stand where they stand on every page."""
    u = unit
    name_w = min(max(u * 7, math.ceil(_widest(texts.names, tv_font(base, u * NAME, True))) + 1 + u * 0.3), u * 11)
    status_w = math.ceil(_widest(texts.statuses, tv_font(base, u * STATUS)))
    percent_metrics = QFontMetricsF(tv_font(base, u * PERCENT, True))
    percent_room = text_room(percent_metrics, max(texts.percents, key=percent_metrics.horizontalAdvance, default=""))
    line_h = max(text_height(u * NAME, True, base), text_height(u * STATUS, False, base),
                 text_height(u * PERCENT, True, base))
    row_h = max(1.5 * u, line_h)
    bar_w = width * 0.48 - name_w + u * 7  # the bar and its percentage: what it has always had where there is room
    if width - name_w - bar_w - u < status_w:  # the status takes what it needs, the bar the rest
        bar_w = width - name_w - u - status_w
    if bar_w - percent_room >= u * MIN_BAR_UNITS:
        bar = QRectF(name_w, (row_h - u * BAR) / 2, bar_w, u * BAR)
        status = QRectF(name_w + bar_w + u, 0, width - name_w - bar_w - u, row_h)
        return RowPlaces(QRectF(0, 0, name_w, row_h), bar, status, False, status_w, percent_room), row_h
    gap = 0.25 * u
    bar = QRectF(0, line_h + gap, width, u * BAR)
    status = QRectF(name_w + 0.5 * u, 0, width - name_w - 0.5 * u, line_h)
    return (RowPlaces(QRectF(0, 0, name_w, line_h), bar, status, True, status_w, percent_room),
            bar.bottom() + 0.1 * u)


RANK_UNITS, LEADER_NAME_UNITS = 6, 9.5  # the leaderboard's rank column; the least room its names have


def leader_columns(unit: int, width: float, widest_amount: float) -> tuple[float, float]:
    """The leaderboard's room for a name (after the rank) and where its amounts end (their right edge, from the
    area's left): at 80 % of the width, further right where the names would have less than LEADER_NAME_UNITS."""
    u = unit
    right = max(width * 0.8, u * (RANK_UNITS + 1 + LEADER_NAME_UNITS) + widest_amount)
    right = min(right, width)
    return right - u * (RANK_UNITS + 1) - widest_amount, right


def title_on_own_line(title_rest: str) -> str:
    """What follows the shop's name in the title, on a line of its own: without the 「 · 」 before it."""
    return title_rest.lstrip(" ·")


def lines_for(joined: str, font: QFont, width: float) -> int:
    """1 when `joined` fits `width` in `font`, else 2 (its parts one under the other)."""
    return 1 if QFontMetricsF(font).horizontalAdvance(joined) <= width else 2


@dataclass(frozen=True)
class TvLayout:
    """Where everything goes at one base size (`unit` px), from the fonts' real line heights. Painting and
    paging both read it, so a page holds exactly the rows that are drawn inside the screen."""

    width: int
    height: int
    unit: int
    header: QRectF  # the shop · month · date line, with the page label at its right
    area: QRectF  # everything below the header, inside the margins
    summary_height: float  # the board's team line; the team bar follows
    team_bar: QRectF
    board_first: float  # top of the first person's row
    board_row: float  # a row's height: its tallest text
    board_pitch: float  # from one row's top to the next
    title_height: float  # the leaderboard's title
    leaders_first: float
    leaders_row: float
    leaders_pitch: float
    note: QRectF | None = None  # a line under everything: what the pace assumes (a year of unknown holidays)
    flags: tuple[str, ...] = ()  # the red flags' text in lines, broken between departments; () when none
    flags_box: QRectF | None = None  # under the team bar, its lines one under another
    flags_indent: float = 0.0  # the lines after the first start under the list, after 「小红旗：」
    flowers: str = ""  # the month's flower leaders, on one line under the leaderboard's title
    flowers_box: QRectF | None = None
    row: RowPlaces | None = None  # a person's name, bar and status on the board
    title_lines: int = 1  # 2: the shop's name over the month and day (a narrow screen)
    summary_lines: int = 1  # 2: the team's amounts over how many are on track
    fits_across: bool = True  # every title, summary and status fits whole and every bar is at least its minimum

    @classmethod
    def at(cls, width: int, height: int, unit: int, base: QFont, note: bool = False, flags: str = "",
           flowers: str = "", close_leaders: bool = False, texts: TvTexts = TvTexts(), page_label: str = "") -> TvLayout:
        u = unit
        header_font = tv_font(base, u * HEADER, True)
        shop, rest = texts.title
        label_w = QFontMetricsF(tv_font(base, u * PAGE_LABEL, True)).horizontalAdvance(page_label) + u \
            if page_label else 0.0
        # a long shop name is cut first, down to three units; past that the month and day take a line of their own
        title_lines = lines_for(rest, header_font, width - 2 * u - label_w - u * 3) if shop else 1
        line_h = text_height(u * HEADER, True, base)
        header_h = max(2.5 * u, line_h) if title_lines == 1 else 2 * line_h + 0.2 * u
        top = 0.5 * u + header_h + 0.5 * u
        note_h = text_height(u * NOTE, False, base) if note else 0.0
        note_box = QRectF(u, height - 0.5 * u - note_h, width - 2 * u, note_h) if note else None
        area = QRectF(u, top, width - 2 * u, height - top - u - note_h)
        summary_font = tv_font(base, u * SUMMARY, True)
        summary_lines = lines_for("　".join(texts.summary), summary_font, area.width()) if texts.summary[1] else 1
        summary_h = max(1.6 * u, summary_lines * text_height(u * SUMMARY, True, base) + (summary_lines - 1) * 0.1 * u)
        team_bar = QRectF(area.x(), area.y() + summary_h + 0.2 * u, area.width(), 1.4 * u)
        row, board_row = row_places(u, area.width(), base, texts)
        name_room, _ = leader_columns(u, area.width(), _widest(texts.amounts, tv_font(base, u * LEADERS_TEXT, True)))
        fits_across = row.fits and row.bar_only >= u * MIN_BAR_UNITS - 0.5 and name_room >= u * 3 and all(
            QFontMetricsF(font).horizontalAdvance(text) <= room + 0.5 for text, font, room in (
                (rest, header_font, width - 2 * u - label_w - u * 3) if title_lines == 1 else
                (title_on_own_line(rest), header_font, width - 2 * u),
                *((part, summary_font, area.width()) for part in texts.summary)))
        title_h = max(2.0 * u, text_height(u * LEADERS_TITLE, True, base))
        leaders_row = max((1.5 if close_leaders else 1.8) * u, text_height(u * LEADERS_TEXT, True, base))
        honours_h = text_height(u * HONOURS, False, base)
        flag_lines, indent = honours_lines(flags, QFontMetricsF(tv_font(base, u * HONOURS)), area.width())
        flags_box = QRectF(area.x(), team_bar.bottom() + 0.5 * u, area.width(),
                           len(flag_lines) * honours_h) if flag_lines else None
        board_first = (flags_box.bottom() + 0.7 * u) if flags_box else team_bar.bottom() + 1.0 * u
        flowers_box = QRectF(area.x(), area.y() + title_h + 0.1 * u, area.width(), honours_h) if flowers else None
        leaders_first = (flowers_box.bottom() + 0.5 * u) if flowers_box else area.y() + title_h + 0.6 * u
        return cls(width, height, unit, QRectF(u, 0.5 * u, width - 2 * u, header_h), area, summary_h, team_bar,
                   board_first, board_row, board_row + (0.6 if row.two_lines else 0.4) * u,
                   title_h, leaders_first, leaders_row, leaders_row + 0.3 * u, note_box, flag_lines, flags_box,
                   indent, flowers, flowers_box, row, title_lines, summary_lines, fits_across)

    def row_top(self, screen: int, index: int) -> float:
        if screen == BOARD:
            return self.board_first + index * self.board_pitch
        return self.leaders_first + index * self.leaders_pitch

    def capacity(self, screen: int) -> int:
        """How many rows fit between the first row's top and the bottom margin: the last row needs only its
        own height, not a whole pitch."""
        first, row, pitch = ((self.board_first, self.board_row, self.board_pitch) if screen == BOARD
                             else (self.leaders_first, self.leaders_row, self.leaders_pitch))
        room = self.area.bottom() - first
        if room + 1e-6 < row:
            return 0
        return int((room - row + 1e-6) // pitch) + 1
