"""电视模式: the board full screen on the office TV — large type, no editing, refreshed from the database
every few minutes, alternating between the progress board and the leaderboard. Esc leaves."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import QWidget

from app.money import format_yuan
from app.periods import date_label
from app.reports.board import (
    STATUS_COLOUR,
    STATUS_ICON,
    STATUS_TEXT,
    competition_ranks,
    make_board,
    on_track_count,
    with_target_count,
)
from app.reports.pace import shop_day_weights
from app.shop import Shop
from ui.widgets.progress_bar import paint_progress

BOARD, LEADERS = 0, 1


class TvWindow(QWidget):
    def __init__(self, shop: Shop, refresh_minutes: int = 5, rotate_seconds: int = 20, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.screen_index = BOARD
        self.setWindowTitle(self.tr("红花榜 — 电视模式"))
        self.setStyleSheet("background: #1e1e24;")
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.reload()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.reload)
        self.refresh_timer.start(refresh_minutes * 60_000)
        self.rotate_timer = QTimer(self)
        self.rotate_timer.timeout.connect(self.rotate)
        self.rotate_timer.start(rotate_seconds * 1000)

    def reload(self) -> None:
        """Read the current month again from the database (another process may have imported data)."""
        self.progress = self.shop.progress(self.shop.current_month())
        self.board = make_board(self.progress, shop_day_weights(self.shop.settings))
        self.rows = self.board.rows
        ranked = competition_ranks([(r.staff, Decimal(r.line.value)) for r in self.rows], higher_is_better=True)
        self.leaders = ranked[:10]
        self.update()

    def rotate(self) -> None:
        self.screen_index = LEADERS if self.screen_index == BOARD else BOARD
        self.update()

    def closeEvent(self, event) -> None:
        self.refresh_timer.stop()
        self.rotate_timer.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Right):
            self.rotate()
        else:
            super().keyPressEvent(event)

    def header_text(self) -> str:
        p = self.progress
        return self.tr("{shop} · {month} · 数据截至 {day}").format(shop=self.shop.name, month=p.month.label(),
                                                                 day=date_label(p.as_of))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        # as large as the screen allows: shrink only when everyone would not fit otherwise
        lines_needed = 8.5 + 1.9 * max(len(self.rows), 5)
        unit = max(min(h / 24, h / lines_needed), 10)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self._font(unit * 1.4, bold=True))
        painter.drawText(QRectF(unit, unit * 0.5, w - 2 * unit, unit * 2.5), Qt.AlignmentFlag.AlignVCenter,
                         self.header_text())
        top = unit * 3.5
        if self.screen_index == BOARD:
            self._paint_board(painter, QRectF(unit, top, w - 2 * unit, h - top - unit), unit)
        else:
            self._paint_leaders(painter, QRectF(unit, top, w - 2 * unit, h - top - unit), unit)
        painter.end()

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(int(pixels), 8))
        font.setBold(bold)
        return font

    def _paint_board(self, painter: QPainter, area: QRectF, unit: float) -> None:
        team = self.progress.team
        expected = self.board.expected
        painter.setFont(self._font(unit, bold=True))
        share = team.value / team.target if team.target else None
        painter.setPen(QColor("#ffffff"))
        summary = self.tr("团队 {value} / {target}").format(
            value=format_yuan(team.value), target=format_yuan(team.target) if team.target else "—")
        if with_target_count(self.rows):
            summary += "　" + self.tr("{n}/{total} 人进度正常").format(n=on_track_count(self.rows),
                                                                    total=with_target_count(self.rows))
        painter.drawText(QRectF(area.x(), area.y(), area.width(), unit * 1.6), Qt.AlignmentFlag.AlignVCenter, summary)
        paint_progress(painter, QRectF(area.x(), area.y() + unit * 1.8, area.width(), unit * 1.4), share, expected,
                       self.board.team_status, f"{team.achieved_pct:.1f}%" if team.achieved_pct is not None else "")
        y = area.y() + unit * 4.2
        rows = self.rows[: max(int((area.bottom() - y) // (unit * 1.9)), 0)]
        name_w = unit * 7
        for row in rows:
            line = row.line
            painter.setFont(self._font(unit * 0.95, bold=True))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRectF(area.x(), y, name_w, unit * 1.5), Qt.AlignmentFlag.AlignVCenter, row.staff.name)
            share = line.value / line.target if line.target else None
            pct = f"{line.achieved_pct:.1f}%" if line.achieved_pct is not None else self.tr("未设目标")
            bar = QRectF(area.x() + name_w, y + unit * 0.2, area.width() * 0.48, unit * 1.1)
            painter.setFont(self._font(unit * 0.75, bold=True))
            paint_progress(painter, bar, share, row.pace_mark(expected), row.status, pct)
            painter.setFont(self._font(unit * 0.85))
            painter.setPen(QColor(STATUS_COLOUR[row.status]))
            left = self.tr("还差 {x}").format(x=format_yuan(line.remaining)) if line.remaining else ""
            text_box = QRectF(bar.right() + unit, y, area.right() - bar.right() - unit, unit * 1.5)
            text = f"{STATUS_ICON[row.status]} {self.tr(STATUS_TEXT[row.status])}　{left}"
            text = QFontMetrics(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, int(text_box.width()))
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, text)
            y += unit * 1.9

    def _paint_leaders(self, painter: QPainter, area: QRectF, unit: float) -> None:
        painter.setPen(QColor("#ffd479"))
        painter.setFont(self._font(unit * 1.2, bold=True))
        painter.drawText(QRectF(area.x(), area.y(), area.width(), unit * 2), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("本月销售额排行榜"))
        y = area.y() + unit * 2.6
        for entry in self.leaders:
            painter.setPen(QColor("#ffd479" if entry.rank <= 3 else "#ffffff"))
            painter.setFont(self._font(unit * 1.1, bold=entry.rank <= 3))
            painter.drawText(QRectF(area.x(), y, unit * 6, unit * 1.8), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("第 {n} 名").format(n=entry.rank))
            painter.drawText(QRectF(area.x() + unit * 6, y, unit * 10, unit * 1.8), Qt.AlignmentFlag.AlignVCenter,
                             entry.staff.name)
            painter.drawText(QRectF(area.x() + unit * 16, y, area.width() * 0.8 - unit * 16, unit * 1.8),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, format_yuan(int(entry.value)))
            y += unit * 2.1
            if y > area.bottom() - unit * 2:
                break
