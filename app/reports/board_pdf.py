"""The month's board as a one-page PDF (A4 landscape) for the monthly meeting, with the bundled font embedded."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.money import format_yuan
from app.periods import date_label, elapsed_days
from app.reports.board import (
    STATUS_COLOUR,
    STATUS_ICON,
    STATUS_TEXT,
    make_board,
    on_track_label,
)
from app.reports.pace import DayWeights
from app.services.progress import MonthProgress

FONT, FONT_BOLD = "HonghuaSans", "HonghuaSans-Bold"


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from app.fonts import bold_path, regular_path

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(regular_path())))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold_path())))


def write_board_pdf(progress: MonthProgress, shop_name: str, path: str | Path,
                    weights: DayWeights | None = None) -> Path:
    """Write atomically: a temp file in the same folder, renamed into place when complete."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".board-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        width, height = landscape(A4)
        c = Canvas(tmp, pagesize=(width, height), initialFontName=FONT, initialFontSize=10)
        c.setTitle(f"{shop_name} {progress.month.label()} 目标进度")
        board = make_board(progress, weights)
        rows = board.rows
        month = progress.month
        elapsed = elapsed_days(month, progress.as_of)
        expected = board.expected
        margin = 36
        c.setFillColor(HexColor("#c0392b"))
        c.setFont(FONT_BOLD, 20)
        c.drawString(margin, height - 50, f"{shop_name} · {month.label()} 目标进度")
        c.setFillColor(HexColor("#555555"))
        c.setFont(FONT, 11)
        as_of = f"数据截至 {date_label(progress.as_of)}（第 {elapsed}/{month.days} 天）" if elapsed else "本月尚未开始"
        c.drawString(margin, height - 70, f"{as_of}　{on_track_label(rows)}")
        team = progress.team
        y = height - 100
        c.setFillColor(HexColor("#222222"))
        c.setFont(FONT_BOLD, 12)
        team_target = format_yuan(team.target) if team.target else "未设目标"
        c.drawString(margin, y, f"团队：{format_yuan(team.value)} / {team_target}")
        _bar(c, margin + 260, y - 3, width - 2 * margin - 260, 12, team.value, team.target, expected,
             STATUS_COLOUR[board.team_status])
        columns = [("姓名", 0), ("部门", 90), ("进度", 160), ("已完成", 420), ("目标", 500), ("还差", 580),
                   ("日均需", 660), ("状态", 730)]
        y -= 34
        c.setFont(FONT_BOLD, 10)
        for title, x in columns:
            c.drawString(margin + x, y, title)
        row_h = min(22.0, (y - margin) / max(len(rows), 1))
        font_size = min(10.0, row_h * 0.55)
        for row in rows:
            y -= row_h
            line = row.line
            c.setFillColor(HexColor("#222222"))
            c.setFont(FONT, font_size)
            texts = [row.staff.name, row.staff.dept or "", None, format_yuan(line.value),
                     format_yuan(line.target) if line.target else "未设目标",
                     ("已达成" if line.remaining == 0 else format_yuan(line.remaining)) if line.target else "—",
                     format_yuan(line.per_day_needed) if line.per_day_needed else "—"]
            for (_title, x), text in zip(columns, texts, strict=False):
                if text is not None:
                    c.drawString(margin + x, y, _fit(c, text, 75 if x < 160 else 78, font_size))
            _bar(c, margin + 160, y - 2, 250, font_size, line.value, line.target, row.pace_mark(expected),
                 STATUS_COLOUR[row.status])
            c.setFillColor(HexColor(STATUS_COLOUR[row.status]))
            c.setFont(FONT, font_size)
            c.drawString(margin + 730, y, f"{STATUS_ICON[row.status]} {STATUS_TEXT[row.status]}")
        c.showPage()
        c.save()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _fit(c, text: str, width: float, size: float) -> str:
    """Cut text that would overflow its column, with an ellipsis."""
    if c.stringWidth(text, FONT, size) <= width:
        return text
    while text and c.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def _bar(c, x: float, y: float, w: float, h: float, value: int, target: int | None, expected: float,
         colour: str) -> None:
    from reportlab.lib.colors import HexColor

    c.setFillColor(HexColor("#eeeeee"))
    c.roundRect(x, y, w, h, h / 4, stroke=0, fill=1)
    if not target:
        return
    share = value / target
    if share > 0:
        c.setFillColor(HexColor(colour))
        c.roundRect(x, y, w * min(share, 1.0), h, h / 4, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#222222"))
    c.setLineWidth(1.2)
    mx = x + w * min(expected, 1.0)
    c.line(mx, y - 2, mx, y + h + 2)
    c.setFillColor(HexColor("#222222"))
    c.setFont(FONT_BOLD, max(h * 0.7, 6))
    c.drawRightString(x + w - 3, y + h * 0.22, f"{share * 100:.1f}%")
