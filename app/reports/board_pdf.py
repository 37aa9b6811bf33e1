"""The month's board as a PDF (A4 landscape) for the monthly meeting, with the bundled font embedded.

The table is laid out from the page: each column as wide as its widest text (measured with the font), the
progress bars taking what is left between the margins, numbers flush right. The text never goes below
8 pt: when the people do not fit on one page at that size, the table continues on the next page under the
same header row (40 people take two pages at 10 pt rather than one page of unreadable rows).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.atomic_file import replaced_atomically
from app.certificates.filenames import shop_stem
from app.i18n import in_chinese
from app.pdf_text import FONT, FONT_BOLD, draw_right_string, draw_string, register_fonts, string_width
from app.periods import date_label, elapsed_days
from app.reports.board import (
    STATUS_COLOUR,
    BoardRow,
    make_board,
    month_named,
    not_begun_words,
    on_track_label,
    printed_amount,
    progress_percent,
    status_words,
)
from app.reports.need import LAST_DAY, NO_WORKDAY_LEFT, DailyNeed, need_text
from app.reports.pace import DayWeights
from app.services.progress import MonthProgress, ProgressLine

MARGIN = 36.0
TEXT_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)  # body text, largest first; 8 pt is the smallest that reads on paper
ROW_HEIGHT = 1.9  # × the text size
NOTE_LEADING = 11.0  # between the first page's two note lines, the first on the as-of line
FIRST_TABLE_TOP = 118.0  # below the page's top edge: title, the as-of line and the team line come first
NEXT_TABLE_TOP = 66.0  # on a continuation page only a short title comes first
INK, GREY, STRIPE, TRACK = "#222222", "#555555", "#f5f5f5", "#eeeeee"
LEFT, RIGHT, BAR = "left", "right", "bar"
NAME, DEPT, PROGRESS, PERCENT, DONE, TARGET, REMAINING, PER_DAY, STATUS = range(9)
TITLES = ("姓名", "部门", "进度", "完成率", "已完成", "目标", "还差", "日均需", "状态")
ALIGN = (LEFT, LEFT, BAR, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, LEFT)


@dataclass(frozen=True)
class Column:
    title: str
    align: str
    x: float
    width: float

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class Layout:
    """The table's text size, row height, columns and the rows on each page (as index ranges)."""

    size: float
    row_height: float
    columns: list[Column]
    pages: list[range]


def board_pdf_file_name(progress: MonthProgress, shop_name: str) -> str:
    """The name the save dialog offers: the shop's and the month's (看板_旗舰店_2026-10.pdf), as the poster's."""
    return f"看板_{shop_stem(shop_name)}_{progress.month.key()}.pdf"


def write_board_pdf(progress: MonthProgress, shop_name: str, path: str | Path,
                    weights: DayWeights | None = None, counted: bool = True) -> Path:
    """Write atomically: a temp file in the same folder, renamed into place when complete. `counted`: anyone on
    the board has a value of its metric (a month that ended without one says so instead of the day it runs to)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    with replaced_atomically(path, ".pdf") as tmp:
        width, height = landscape(A4)
        c = Canvas(str(tmp), pagesize=(width, height), initialFontName=FONT, initialFontSize=10)
        what = f" · {progress.month.label()} {progress.metric.name}目标进度"
        c.setTitle(shop_name + what)
        board = make_board(progress, weights)
        cells = [row_cells(row, printed_amount(progress.metric)) for row in board.rows]
        titles = (*TITLES[:PER_DAY], board.need_title(), *TITLES[PER_DAY + 1:])
        layout = plan_table(cells, width, height, titles)
        for number, rows in enumerate(layout.pages, 1):
            if number == 1:
                title = fitted_title(shop_name, what, width - 2 * MARGIN, 20)
                as_of_width = _first_page_top(c, progress, board, title, width, height, counted)
                top = height - FIRST_TABLE_TOP
            else:
                _set_font(c, FONT_BOLD, 12, GREY)
                heading = fitted_title(shop_name, f"{what}（续）", width - 2 * MARGIN, 12)
                draw_string(c, MARGIN, height - 50, heading, FONT_BOLD, 12)
                top = height - NEXT_TABLE_TOP
            _table(c, layout, [board.rows[i] for i in rows], [cells[i] for i in rows], board.expected, top)
            if number == 1:
                with in_chinese():
                    notes = [note for note in (board.pace_note(weights), board.heavier_days_note()) if note]
                _set_font(c, FONT, 9, GREY)
                # beside the as-of line, whose day count they qualify, and under it
                for n, line in enumerate(note_lines(notes, width - 2 * MARGIN - as_of_width - 16)):
                    draw_right_string(c, width - MARGIN, height - 70 - n * NOTE_LEADING, line, FONT, 9)
            if len(layout.pages) > 1:
                _set_font(c, FONT, 9, GREY)
                c.drawRightString(width - MARGIN, MARGIN - 16, f"第 {number}/{len(layout.pages)} 页")
            c.showPage()
        c.save()
    return Path(path).expanduser()


def note_lines(notes: list[str], room: float) -> list[str]:
    """The notes on one line when they fit in `room` (9 pt), else each on its own line, of two at most; a note
    longer than the room is cut with "…"."""
    joined = "；".join(notes)
    if string_width(joined, FONT, 9) <= room:
        return [joined] if joined else []
    return [_fit(None, note, room, 9) for note in notes[:2]]


def team_left(progress: MonthProgress, need: DailyNeed | None, ended: bool = False) -> str:
    """「还差 ¥59,280.00，每个工作日需 ¥3,705.00」 (「已达成」; once the month is over 「10月已结束，还差 ¥59,280.00」),
    the board's words after the team's numbers; "" without a team target. The promotion days ahead are in the
    page's note."""
    line, amount = progress.team, printed_amount(progress.metric)
    if not line.target:
        return ""
    if line.remaining == 0:
        return "已达成"
    if ended:
        return f"{month_named(progress)}已结束，还差 {amount(line.remaining)}"
    per_day = need_text(need, amount)
    return f"还差 {amount(line.remaining)}" + (f"，{per_day}" if per_day else "")


def row_cells(row: BoardRow, amount: Callable[[int], str]) -> list[str]:
    """The texts of one table row, in the order of TITLES (the progress column's text is unused)."""
    line = row.line
    return [row.staff.name, row.staff.dept or "", "", percent(line), amount(line.value),
            amount(line.target) if line.target else "未设目标",
            ("已达成" if line.remaining == 0 else amount(line.remaining)) if line.target else "—",
            per_day_cell(row.need, amount),
            status_words(row.status, row.left_on)]


def per_day_cell(need: DailyNeed | None, amount: Callable[[int], str]) -> str:
    """The amount under the column's heading (日均需, 每个工作日需 …), or what stands for it."""
    if need is None or need.amount is None:
        return "已无工作日" if need is not None and need.state == NO_WORKDAY_LEFT else "—"
    return f"今天 {amount(need.per_day)}" if need.state == LAST_DAY else amount(need.per_day)


def percent(line: ProgressLine) -> str:
    """As the board writes it: 61.7%, >999% past a thousand percent."""
    return "—" if line.achieved_pct is None else progress_percent(line.achieved_pct)


def plan_table(cells: list[list[str]], width: float, height: float, titles: tuple[str, ...] = TITLES) -> Layout:
    """The largest text size that needs no more pages than the smallest readable size does."""
    bottom = MARGIN
    options = []
    for size in TEXT_SIZES:
        row_height = size * ROW_HEIGHT
        first = max(int((height - FIRST_TABLE_TOP - row_height - bottom) // row_height), 1)
        following = max(int((height - NEXT_TABLE_TOP - row_height - bottom) // row_height), 1)
        extra = max(len(cells) - first, 0)
        options.append((1 + math.ceil(extra / following), size, first, following))
    fewest = min(count for count, *_ in options)
    _count, size, first, following = next(option for option in options if option[0] == fewest)
    pages = [range(min(first, len(cells)))]
    while pages[-1].stop < len(cells):
        start = pages[-1].stop
        pages.append(range(start, min(start + following, len(cells))))
    return Layout(size, size * ROW_HEIGHT, measure_columns(cells, size, MARGIN, width - MARGIN, titles), pages)


def measure_columns(cells: list[list[str]], size: float, left: float, right: float,
                    titles: tuple[str, ...] = TITLES) -> list[Column]:
    """Each column as wide as its widest text or title; names and departments capped (and cut with … when
    longer); the progress bars get the rest of the width between `left` and `right`."""
    gap = size * 1.6
    widths = []
    for i, title in enumerate(titles):
        texts = [row[i] for row in cells]
        widths.append(max([string_width(title, FONT_BOLD, size), *(string_width(t, FONT, size) for t in texts)]))
    caps = {NAME: size * 7, DEPT: size * 5}
    min_bar = size * 10
    for tighter in (1.5, 1.0, 0.6):  # a long name whole while the bars keep their room
        for i, cap in caps.items():
            widths[i] = min(widths[i], max(cap * tighter, string_width(titles[i], FONT_BOLD, size)))
        widths[PROGRESS] = right - left - gap * (len(titles) - 1) - sum(w for i, w in enumerate(widths)
                                                                        if i != PROGRESS)
        if widths[PROGRESS] >= min_bar:
            break
    widths[PROGRESS] = max(widths[PROGRESS], size * 3)
    columns, x = [], left
    for title, align, w in zip(titles, ALIGN, widths, strict=True):
        columns.append(Column(title, align, x, w))
        x += w + gap
    return columns


def _first_page_top(c, progress: MonthProgress, board, title: str, width: float, height: float,
                    counted: bool) -> float:
    """Draw the title, the as-of line and the team line; returns the as-of line's width."""
    month = progress.month
    elapsed = elapsed_days(month, progress.as_of)
    _set_font(c, FONT_BOLD, 20, "#c0392b")
    draw_string(c, MARGIN, height - 50, _fit(c, title, width - 2 * MARGIN, 20, FONT_BOLD), FONT_BOLD, 20)
    _set_font(c, FONT, 11, GREY)
    day_count = f"{month_named(progress)}已结束" if board.ended and elapsed < month.days else f"第 {elapsed}/{month.days} 天"
    as_of = (f"全月没有{progress.metric.name}数据" if elapsed and board.ended and not counted
             else f"数据截至 {date_label(progress.as_of)}（{day_count}）" if elapsed
             else "本月第 1 天，还没有数据" if progress.has_begun else not_begun_words(progress))
    as_of_line = f"{as_of}　{on_track_label(board.rows, board.ended)}"
    c.drawString(MARGIN, height - 70, as_of_line)
    team, amount = progress.team, printed_amount(progress.metric)
    y = height - 100
    _set_font(c, FONT_BOLD, 12, INK)
    team_target = f"{amount(team.target)}（{percent(team)}）" if team.target else "未设目标"
    untargeted = f"（含未设目标 {progress.untargeted_people} 人）" if progress.untargeted and team.target else ""
    label = f"团队：{amount(team.value)}{untargeted} / {team_target}"
    c.drawString(MARGIN, y, label)
    bar_left = MARGIN + c.stringWidth(label, FONT_BOLD, 12) + 16
    left = team_left(progress, board.team_need, board.ended)  # as the board says it after the team's numbers
    if left and bar_left + string_width(left, FONT, 11) <= width - MARGIN:
        _set_font(c, FONT, 11, INK)
        draw_string(c, bar_left - 4, y, left, FONT, 11)
        bar_left += string_width(left, FONT, 11) + 12
    if width - MARGIN - bar_left >= 60:
        _bar(c, bar_left, y - 2, width - MARGIN - bar_left, 12, team.value, team.target, board.team_expected,
             STATUS_COLOUR[board.team_status])
    return string_width(as_of_line, FONT, 11)


def _table(c, layout: Layout, rows: list[BoardRow], cells: list[list[str]], expected: float, top: float) -> None:
    size, row_h, columns = layout.size, layout.row_height, layout.columns
    left, right = columns[0].x, columns[-1].right
    baseline = top - row_h / 2 - size * 0.35
    _set_font(c, FONT_BOLD, size, INK)
    for column in columns:
        _draw(c, column, column.title, baseline, FONT_BOLD, size)
    c.setStrokeColor(_colour(INK))
    c.setLineWidth(0.6)
    c.line(left, top - row_h, right, top - row_h)
    for n, (row, texts) in enumerate(zip(rows, cells, strict=True)):
        row_top = top - row_h * (n + 1)
        if n % 2:
            c.setFillColor(_colour(STRIPE))
            c.rect(left, row_top - row_h, right - left, row_h, stroke=0, fill=1)
        baseline = row_top - row_h / 2 - size * 0.35
        for column, text in zip(columns, texts, strict=True):
            if column.align == BAR:
                bar_h = size * 0.9
                _bar(c, column.x, row_top - row_h / 2 - bar_h / 2, column.width, bar_h, row.line.value,
                     row.line.target, row.pace_mark(expected), STATUS_COLOUR[row.status])
                continue
            _set_font(c, FONT, size, STATUS_COLOUR[row.status] if column.title == "状态" else INK)
            _draw(c, column, text, baseline, FONT, size)


def _draw(c, column: Column, text: str, baseline: float, font: str, size: float) -> None:
    if column.align == RIGHT:
        draw_right_string(c, column.right, baseline, text, font, size)
    else:
        draw_string(c, column.x, baseline, _fit(c, text, column.width, size, font), font, size)


def _set_font(c, font: str, size: float, colour: str) -> None:
    c.setFont(font, size)
    c.setFillColor(_colour(colour))


def _colour(hex_colour: str):
    from reportlab.lib.colors import HexColor

    return HexColor(hex_colour)


def fitted_title(shop_name: str, what: str, width: float, size: float) -> str:
    """The shop's name and `what` the page shows (· 2026年10月 销售额目标进度), a long name cut with … rather than
    the month."""
    room = max(width - string_width(what, FONT_BOLD, size), size * 3)
    return _fit(None, _fit(None, shop_name, room, size, FONT_BOLD) + what, width, size, FONT_BOLD)


def _fit(c, text: str, width: float, size: float, font: str = FONT) -> str:
    """Cut text that would overflow its column, with an ellipsis."""
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _bar(c, x: float, y: float, w: float, h: float, value: int, target: int | None, expected: float,
         colour: str) -> None:
    """A progress bar with the pace mark; the percentage is printed beside it, not inside."""
    c.setFillColor(_colour(TRACK))
    c.roundRect(x, y, w, h, h / 4, stroke=0, fill=1)
    if not target:
        return
    share = value / target
    if share > 0:
        c.setFillColor(_colour(colour))
        c.roundRect(x, y, w * min(share, 1.0), h, h / 4, stroke=0, fill=1)
    c.setStrokeColor(_colour(INK))
    c.setLineWidth(1.2)
    mx = x + w * min(expected, 1.0)
    c.line(mx, y - 2, mx, y + h + 2)
