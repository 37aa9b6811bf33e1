"""The TV's layout (`ui/tv_mode.py`): the type sizes in units of the screen's height, where each part of a screen
goes at one size, and how many rows a page holds — worked out from the fonts' line heights, so painting and paging
agree."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF

from app.i18n import list_separator
from app.recognition.standings import lines_between_items

BOARD, LEADERS = 0, 1

# The base type size (the "unit", in pixels) is never below this share of the screen height: 32 px on a
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
TEXT_ON_DARK = QColor("#ffffff")
HONOURS_COLOUR = QColor("#ff8a80")  # a light red: the flags' red, readable on the dark background

T = TypeVar("T")


def min_unit(height: int) -> int:
    """The smallest base size that reads from across the room on a screen this tall."""
    return max(math.ceil(height * MIN_UNIT_SHARE), 8)


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

    @classmethod
    def at(cls, width: int, height: int, unit: int, base: QFont, note: bool = False, flags: str = "",
           flowers: str = "", close_leaders: bool = False) -> TvLayout:
        u = unit
        header_h = max(2.5 * u, text_height(u * HEADER, True, base))
        top = 0.5 * u + header_h + 0.5 * u
        note_h = text_height(u * NOTE, False, base) if note else 0.0
        note_box = QRectF(u, height - 0.5 * u - note_h, width - 2 * u, note_h) if note else None
        area = QRectF(u, top, width - 2 * u, height - top - u - note_h)
        summary_h = max(1.6 * u, text_height(u * SUMMARY, True, base))
        team_bar = QRectF(area.x(), area.y() + summary_h + 0.2 * u, area.width(), 1.4 * u)
        board_row = max(1.5 * u, text_height(u * NAME, True, base), text_height(u * STATUS, False, base),
                        text_height(u * PERCENT, True, base))
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
                   board_first, board_row, board_row + 0.4 * u,
                   title_h, leaders_first, leaders_row, leaders_row + 0.3 * u, note_box, flag_lines, flags_box,
                   indent, flowers, flowers_box)

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
