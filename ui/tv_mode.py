"""电视模式: the board full screen on the office TV — large type, no editing, refreshed from the database
every few minutes, alternating between the progress board and the leaderboard. Esc leaves. How often it
refreshes and turns, and on which screen, are the shop's settings (设置 → 看板与小红花 → 电视模式), read when it opens.

Type is as large as the screen allows, but never smaller than what reads from the back of the room
(MIN_UNIT_SHARE of the screen's shorter side); on a narrow or portrait screen a person's row takes two lines rather
than lose its bar or its status, and the title and the team's line take two rather than be cut. When everyone does not fit at that size the screen is shown in pages
(第 1/3 页) that take turns with the rotation, so every person is on some page and nobody is left out.
The page size comes from the same layout the painting uses, worked out from the fonts' line heights."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from app import settings as declared
from app.clock import shown_stamp
from app.domain import Staff
from app.errors import StoreError
from app.i18n import cut_list, ordinal
from app.periods import Month, shown_date
from app.recognition.leaders import LEADERS_NAMED, FlowerLeader
from app.recognition.standings import cut_apart
from app.reports.board import (
    STATUS_COLOUR,
    Board,
    BoardRow,
    make_board,
    on_track_count,
    progress_percent,
    with_target_count,
)
from app.reports.pace import shop_day_weights
from app.reports.ranking import RankedEntry, competition_ranks
from app.services.progress import MonthProgress, anyone_counted, month_on_the_wall
from app.shop import Shop
from ui.models.board_model import status_cell
from ui.tv_layout import (
    BOARD,
    HEADER,
    HONOURS,
    HONOURS_COLOUR,
    LEADERS,
    LEADERS_TEXT,
    LEADERS_TITLE,
    NAME,
    NOTE,
    PAGE_LABEL,
    PERCENT,
    RANK_UNITS,
    STATUS,
    SUMMARY,
    TEXT_ON_DARK,
    TvLayout,
    TvTexts,
    leader_columns,
    max_unit,
    min_unit,
    paged,
    title_on_own_line,
    tv_font,
)
from ui.tv_screens import chosen_screen
from ui.widgets.progress_bar import bar_and_text, paint_progress, text_room
from ui.widgets.team_summary import red_flags_text
from ui.write_wait import NoWait, ShownReadWait

CHANGE_CHECK_MS = 10_000  # how often the file is asked whether it changed (two counters, no reading)


class TvReading(NamedTuple):
    """What one refresh read: all of it, or none of it when the file could not be read."""

    final: bool
    shop_name: str
    progress: MonthProgress
    board: Board
    pace_note: str | None
    flags_text: str
    flowers_text: str
    names: dict[int, str]
    leaders: list[RankedEntry]


class TvWindow(QWidget):
    def __init__(self, shop: Shop, refresh_minutes: int | None = None, rotate_seconds: int | None = None,
                 parent: QWidget | None = None, *, month: Month | None = None, metric: str | None = None):
        """The intervals not given are the shop's settings; a rotation of 0 (「不轮换」) stays on the board."""
        super().__init__(parent)
        self.shop = shop
        self.month = month  # the month the board showed; None: the current one, whatever day it is
        self.final = False  # showing last month's final result: the current month has no data yet
        self.headline_key = metric  # the board's headline metric; None: the shop's choice
        self.screen_index = BOARD
        self.page_index = 0
        self.tv_layout: TvLayout | None = None
        self.board_pages: list[list[BoardRow]] = [[]]
        self.pace_note: str | None = None
        self.flags_text = ""  # the month's red flags, as the board says them
        self.flowers_text = ""  # the month's flower leaders
        self.leader_pages: list[list[RankedEntry]] = [[]]
        self.reading = False  # a refresh is reading the file (and may wait for it)
        self.read_at: datetime | None = None  # when what is shown was read
        self.unread = False  # the last refresh could not read the file
        self.left = False  # closed (Esc), perhaps while a refresh waited for the file: it shows nothing any more
        self.read_stamp: tuple[int, int] | None = None  # the file's `Store.change_stamp` when it was last read
        self.window_wait = getattr(parent, "write_wait", None)  # the main window's (`WriteWait.unattended`)
        self.setWindowTitle(self.tr("红花榜 — 电视模式"))
        self.setStyleSheet("background: #1e1e24;")
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.reload()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.reload)
        if refresh_minutes is None:
            refresh_minutes = int(shop.settings.get(declared.TV_REFRESH_MINUTES))  # type: ignore[call-overload]
        if rotate_seconds is None:
            rotate_seconds = int(shop.settings.get(declared.TV_ROTATE_SECONDS))  # type: ignore[call-overload]
        self.screen_name = str(shop.settings.get(declared.TV_SCREEN))
        self.refresh_timer.start(refresh_minutes * 60_000)
        self.change_timer = QTimer(self)  # a save in the window, an import by a scheduled task: shown within seconds
        self.change_timer.timeout.connect(self.reload_if_changed)
        self.change_timer.start(CHANGE_CHECK_MS)
        self.rotates = rotate_seconds > 0
        self.rotate_timer = QTimer(self)
        self.rotate_timer.timeout.connect(self.turn)
        # not rotating, a board in pages still turns them, at the default pace, so nobody is left out
        self.rotate_timer.start((rotate_seconds or int(declared.TV_ROTATE_SECONDS.default)) * 1000)  # type: ignore[call-overload]
        QApplication.instance().screenAdded.connect(self.screens_changed)
        QApplication.instance().screenRemoved.connect(self.screens_changed)

    def show_full_screen(self) -> None:
        """Full screen on the screen chosen in 设置, or on the main window's when that one is not connected."""
        owner = self.parentWidget()
        screen = chosen_screen(self.screen_name, owner.screen() if owner is not None else self.screen())
        self.setScreen(screen)
        self.setGeometry(screen.geometry())  # on one desktop of several screens, setScreen alone does not move it
        self.showFullScreen()
        self._unattended(True)  # on a screen of its own now, or over the window

    def screens_changed(self, screen: QScreen) -> None:
        """Its screen gone (the TV switched off), the board fills the main window's; the chosen one back, the
        board goes back onto it. Placed once Qt has moved the windows of a screen gone."""
        if self.isVisible() and screen.name() in (self.screen().name(), self.screen_name or None):
            QTimer.singleShot(0, self, self.show_full_screen)

    def reload(self) -> None:
        """Read the month again from the database (another process may have imported data). A refresh the file
        keeps out (another program writing it for longer than the window waits, its disk gone) leaves the TV
        showing what it read last, saying when that was, and the next refresh tries again: nobody stands at the
        TV to answer a message. Opening, the owner is at the keyboard: that error is theirs to see."""
        if self.reading:  # a refresh due while this one waits for the file: this one is still at it
            return
        self.reading = True
        try:
            stamp = self._change_stamp()  # before reading: a write meanwhile is read at the next check
            shown = self.read_waited()
        except StoreError:
            if self.read_at is None:
                raise
            self.unread = True
            if not self.left:  # Esc meanwhile: the window may be gone under this call
                self.relayout()  # the note takes a line
            return
        finally:
            self.reading = False
            # left or hidden meanwhile (`hideEvent`): the window's waits are the owner's again
            if self.left or not self.isVisible() or self.isMinimized():
                self._unattended(False)
        if self.left:
            return
        self.final, self.shop_name, self.progress, self.board = shown.final, shown.shop_name, shown.progress, shown.board
        self.pace_note, self.flags_text, self.flowers_text = shown.pace_note, shown.flags_text, shown.flowers_text
        self.names, self.leaders, self.rows = shown.names, shown.leaders, shown.board.rows
        self.read_at, self.unread, self.read_stamp = datetime.now(), False, stamp
        self.relayout()

    def reload_if_changed(self) -> None:
        """Read again when the file changed since the last read (a look at two counters, reading nothing else): the
        refresh timer is for the day moving on and for a file that could not be read. Not while the window's write
        is under way (what it wrote may still be rolled back) nor while a refresh waits."""
        wait = self.window_wait
        if self.reading or self.left or (wait is not None and wait.in_progress) or self.shop.store.db.conn.in_transaction:
            return
        stamp = self._change_stamp()
        if stamp is not None and stamp != self.read_stamp:
            self.reload()

    def _change_stamp(self) -> tuple[int, int] | None:
        """The file's `Store.change_stamp`; None when another writer holds it (asked again at the next check,
        nobody waiting) or its disk is gone (the refresh says so)."""
        try:
            with self.shop.store.waiting_for_writers_with(NoWait()):
                return self.shop.store.change_stamp()
        except StoreError:
            return None

    def read_waited(self) -> TvReading:
        """`read_month`, waiting for a writer that holds the file as `ShownReadWait` says once the TV is on screen
        (opening, the owner is at the keyboard: the window's own wait); on a screen of its own, the window's
        clicks and keys wait for it (the owner may be at the window)."""
        if self.read_at is None:
            return self.read_month()
        window_wait = self.window_wait
        attended = (lambda: not window_wait.unattended) if window_wait is not None else (lambda: False)
        with self.shop.store.waiting_for_writers_with(ShownReadWait(lambda: not self.left, attended)):
            return self.read_month()

    def read_month(self) -> TvReading:
        """Everything the TV shows, read at once, so that a read that fails changes nothing of what is shown."""
        month, final = (self.month, False) if self.month else month_on_the_wall(self.shop.store, self.shop.ctx.today)
        progress = self.shop.progress(month, metric=self.headline_key or self.shop.headline_metric().key, board=True)
        weights = shop_day_weights(self.shop.settings)
        board = make_board(progress, weights)
        flags = red_flags_text(self.shop.flowers.red_flags_by_department(month))
        flowers = self.flower_leaders_text(self.shop.flowers.flower_leaders(month))
        names = self.shop.flowers.team_names(month)  # namesakes as the flower line names them
        # everyone is ranked, the last too: the leaderboard pages like the board; but a month nobody has a value
        # in yet (one to come, a new shop) has no ranking, not everyone first with ¥0.00 — a 0 typed is a value
        anyone = anyone_counted(self.shop.store, progress)
        leaders = competition_ranks([(r.staff, Decimal(r.line.value)) for r in board.rows],
                                    higher_is_better=True) if anyone else []
        return TvReading(final, self.shop.name, progress, board, board.pace_note(weights), flags, flowers, names, leaders)

    def note_text(self, with_pace: bool = True) -> str:
        """The line under everything: that the file could not be read since the data shown, and on the board what
        the pace assumes (a year of unknown holidays)."""
        unread = ""
        if self.unread and self.read_at is not None:
            read_today = self.read_at.date() == datetime.now().date()  # else the time alone names another day's
            unread = self.tr("数据文件暂时读不到，显示的是 {time} 读到的数据，稍后自动再试").format(
                time=self.read_at.strftime("%H:%M") if read_today else shown_stamp(self.read_at.isoformat()))
        pace = (self.pace_note or "") if with_pace else ""
        return "　".join(text for text in (unread, pace) if text)

    # -- size and pages ----------------------------------------------------------------------------------------

    def relayout(self) -> None:
        """Choose the base size for the current window and split both screens into pages."""
        self.tv_layout = self.choose_layout(self.width(), self.height())
        self.board_pages = paged(self.rows, self.tv_layout.capacity(BOARD))
        self.leader_pages = paged(self.leaders, self.tv_layout.capacity(LEADERS))
        self.page_index = min(self.page_index, len(self.pages(self.screen_index)) - 1)
        self.update()

    def choose_layout(self, width: int, height: int) -> TvLayout:
        """The largest whole-pixel base size at which everyone fits on one page of each screen and every title,
        status and bar fits across, between the readable minimum and the maximum; at the minimum (and in pages)
        when they do not."""
        low, high = min_unit(width, height), max_unit(width, height)
        base = self.font()
        note = bool(self.note_text())
        texts = self.layout_texts()
        most_pages = max(len(self.rows), len(self.leaders))  # the widest page label there could be
        label = self.tr("第 {page}/{pages} 页").format(page=most_pages, pages=most_pages) if most_pages > 1 else ""

        def at(unit: int, close_leaders: bool = False, page_label: str = "") -> TvLayout:
            return TvLayout.at(width, height, unit, base, note, self.flags_text, self.flowers_text, close_leaders,
                               texts, page_label)

        def one_page(layout: TvLayout) -> bool:
            return layout.capacity(BOARD) >= len(self.rows) and layout.capacity(LEADERS) >= len(self.leaders)

        for unit in range(high, low, -1):
            layout = at(unit)  # everyone on one page: no page label takes room from the title
            if layout.fits_across and one_page(layout):
                return layout
        if one_page(layout := at(low)):
            return layout
        layout, close = at(low, False, label), at(low, True, label)
        # the leaderboard's rows closer rather than two half-empty pages beside the board's one
        return close if layout.capacity(LEADERS) < len(self.leaders) <= close.capacity(LEADERS) else layout

    def layout_texts(self) -> TvTexts:
        """The texts whose widths the layout makes room for."""
        return TvTexts(tuple(self.names[row.staff.id] for row in self.rows),
                       tuple(self.row_status(row) for row in self.rows),
                       tuple(self.row_percent(row) for row in self.rows),
                       (self.shop_name, self.header_text("")),  # the month and day after the shop
                       self.summary_parts(), tuple(self.amount(int(entry.value)) for entry in self.leaders))

    def pages(self, screen: int) -> list[list]:
        return self.board_pages if screen == BOARD else self.leader_pages

    def page_label(self) -> str:
        """第 2/3 页 when the current screen has pages, else nothing."""
        count = len(self.pages(self.screen_index))
        return self.tr("第 {page}/{pages} 页").format(page=self.page_index + 1, pages=count) if count > 1 else ""

    def rotate(self) -> None:
        """The next page of this screen, or the first page of the other screen."""
        if self.page_index + 1 < len(self.pages(self.screen_index)):
            self.page_index += 1
        else:
            self.screen_index = LEADERS if self.screen_index == BOARD else BOARD
            self.page_index = 0
        self.update()

    def turn(self) -> None:
        """The timer's step: the rotation, or with 「不轮换」 the board's next page (the board again after a key
        showed the leaderboard)."""
        if self.rotates or self.screen_index != BOARD:
            self.rotate()
        else:
            self.page_index = (self.page_index + 1) % len(self.board_pages)
            self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def closeEvent(self, event) -> None:
        self.left = True
        self.refresh_timer.stop()
        self.rotate_timer.stop()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._unattended(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if not self.reading:  # else once the refresh has given up (`reload`)
            self._unattended(False)

    def _unattended(self, shown: bool) -> None:
        """While the TV covers the window, the window's waits for the file held by another writer (its poll) show no
        notice nobody would answer, let Esc reach the TV, and give up sooner (`WriteWait.unattended`). On a screen of
        its own (the office TV beside the laptop) the owner may be at the window, whose saves wait as they do."""
        if self.window_wait is not None:  # not shown: perhaps called when the TV is gone (`reload`), asked nothing
            self.window_wait.unattended = shown and self.screen() is self.parentWidget().screen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # F11 reaches here when the board's 电视模式 is off (the board turned to a month with nobody on it)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        elif event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Right):
            self.rotate()
        else:
            super().keyPressEvent(event)

    def amount(self, units: int) -> str:
        """As the board's table writes it: a large count or amount short (123.46万), read from across the room."""
        return self.progress.metric.format_short(units)

    def flower_leaders_text(self, leaders: list[FlowerLeader]) -> str:
        """「小红花：小美 3 朵、小刚 2 朵」, the month's first three places; "" when nobody received one."""
        if not leaders:
            return ""
        parts = [self.tr("{name} {n} 朵").format(name=leader.name, n=leader.received)
                 for leader in leaders]
        return self.tr("小红花：{parts}").format(parts=cut_list(parts, LEADERS_NAMED))

    def header_text(self, shop: str | None = None) -> str:
        p, shop = self.progress, self.shop_name if shop is None else shop
        if self.final or self.board.ended:  # a month over, also one shown from the board: no pace, its result
            return self.tr("{shop} · {month}最终结果").format(shop=shop, month=p.month.shown_label())
        if p.as_of < p.month.start:  # the day before the month is no day of its data: what the board says
            state = self.tr("本月第 1 天，还没有数据") if p.has_begun else self.tr("尚未开始")  # the title names the month
            return self.tr("{shop} · {month} · {state}").format(shop=shop, month=p.month.shown_label(), state=state)
        return self.tr("{shop} · {month} · 数据截至 {day}").format(shop=shop, month=p.month.shown_label(),
                                                                 day=shown_date(p.as_of))

    # -- painting ----------------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        layout = self.tv_layout
        if layout is None or (layout.width, layout.height) != (self.width(), self.height()):
            self.relayout()
            layout = self.tv_layout
        assert layout is not None
        unit = layout.unit
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        header = layout.header
        label = self.page_label()
        label_w = 0.0
        if label:
            painter.setPen(QColor("#ffd479"))
            painter.setFont(self._font(unit * PAGE_LABEL, bold=True))
            label_w = QFontMetrics(painter.font()).horizontalAdvance(label) + unit
            painter.drawText(header, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self._font(unit * HEADER, bold=True))
        title_box = header.adjusted(0, 0, -label_w, 0)
        if layout.title_lines == 2:  # a narrow screen: the shop's name, under it the month and the day
            upper, lower = (QRectF(header.x(), header.y() + i * header.height() / 2, header.width(), header.height() / 2)
                            for i in range(2))
            painter.drawText(upper.adjusted(0, 0, -label_w, 0), Qt.AlignmentFlag.AlignVCenter,
                             self._elided(painter, self.shop_name, upper.width() - label_w))
            painter.drawText(lower, Qt.AlignmentFlag.AlignVCenter,
                             self._elided(painter, title_on_own_line(self.header_text("")), lower.width()))
        else:
            rest = QFontMetrics(painter.font()).horizontalAdvance(self.header_text(""))  # a long shop name cut, not the day
            title = self.header_text(self._elided(painter, self.shop_name, max(title_box.width() - rest, unit * 3)))
            painter.drawText(title_box, Qt.AlignmentFlag.AlignVCenter, self._elided(painter, title, title_box.width()))
        if self.screen_index == BOARD:
            self._paint_board(painter, layout, self.board_pages[self.page_index])
        else:
            self._paint_leaders(painter, layout, self.leader_pages[self.page_index])
        note = self.note_text(with_pace=self.screen_index == BOARD)
        if layout.note is not None and note:
            painter.setPen(QColor("#ffd479"))
            painter.setFont(self._font(unit * NOTE))
            painter.drawText(layout.note, Qt.AlignmentFlag.AlignVCenter, self._elided(painter, note, layout.note.width()))
        painter.end()

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        return tv_font(self.font(), pixels, bold)

    @staticmethod
    def _elided(painter: QPainter, text: str, width: float) -> str:
        return QFontMetrics(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, int(width))

    def _names_apart(self, people: list[Staff], fonts: list[QFont], width: float) -> list[str]:
        """The people's names as the team reads them, each cut with … to `width` in its font; two long namesakes
        cut alike are cut so that what tells them apart stays (`cut_apart`)."""
        labels = [self.names[person.id] for person in people]
        metrics = [QFontMetrics(font) for font in fonts]
        room = int(width)
        shown = [m.elidedText(label, Qt.TextElideMode.ElideRight, room) for m, label in zip(metrics, labels, strict=True)]
        return cut_apart(labels, shown, lambda i, text: metrics[i].horizontalAdvance(text) <= room)

    def summary_parts(self) -> tuple[str, str]:
        """The team's line: its amounts (团队 ¥65万 / ¥300万), and how many are on track or, the month over, reached
        ("" when nobody has a target)."""
        team = self.progress.team
        amounts = self.tr("团队 {value} / {target}").format(
            value=self.amount(team.value), target=self.amount(team.target) if team.target else "—")
        if self.progress.untargeted and team.target:  # as the board says: the total counts them, the target not
            amounts += self.tr("（含未设目标 {n} 人）").format(n=self.progress.untargeted_people)
        judged = with_target_count(self.rows)
        if judged and self.board.ended:  # the month is over: who reached their target, no pace
            return amounts, self.tr("{n}/{total} 人已达成").format(n=on_track_count(self.rows), total=judged)
        if judged:
            return amounts, self.tr("{n}/{total} 人进度正常或已达成").format(n=on_track_count(self.rows), total=judged)
        return amounts, ""

    def row_percent(self, row: BoardRow) -> str:
        return progress_percent(row.line.achieved_pct) if row.line.achieved_pct is not None else self.tr("未设目标")

    def row_status(self, row: BoardRow) -> str:
        """「▼ 落后　还差 ¥190,000.00」; without a target what is done, as the poster says it."""
        line = row.line
        if not line.target:  # nothing is left of no target
            return self.tr("已完成 {x}").format(x=self.amount(line.value))
        left = self.tr("还差 {x}").format(x=self.amount(line.remaining)) if line.remaining else ""
        return f"{status_cell(row)}　{left}"

    def _paint_board(self, painter: QPainter, layout: TvLayout, rows: list[BoardRow]) -> None:
        unit, area = layout.unit, layout.area
        team = self.progress.team
        expected = self.board.expected
        painter.setFont(self._font(unit * SUMMARY, bold=True))
        share = team.value / team.target if team.target else None
        painter.setPen(QColor("#ffffff"))
        amounts, on_track = self.summary_parts()
        lines = [f"{amounts}　{on_track}" if on_track else amounts] if layout.summary_lines == 1 else [amounts, on_track]
        line_h = layout.summary_height / len(lines)
        for i, line in enumerate(lines):
            painter.drawText(QRectF(area.x(), area.y() + i * line_h, area.width(), line_h),
                             Qt.AlignmentFlag.AlignVCenter, self._elided(painter, line, area.width()))
        self._paint_bar(painter, layout.team_bar, share, self.board.team_expected, self.board.team_status,
                        progress_percent(team.achieved_pct) if team.achieved_pct is not None else "")
        if layout.flags_box is not None:
            painter.setPen(HONOURS_COLOUR)
            painter.setFont(self._font(unit * HONOURS))
            box, line_h = layout.flags_box, layout.flags_box.height() / len(layout.flags)
            for i, line in enumerate(layout.flags):
                indent = layout.flags_indent if i else 0.0
                painter.drawText(QRectF(box.x() + indent, box.y() + i * line_h, box.width() - indent, line_h),
                                 Qt.AlignmentFlag.AlignVCenter, line)
        places = layout.row
        assert places is not None
        name_font = self._font(unit * NAME, bold=True)
        names = self._names_apart([row.staff for row in rows], [name_font] * len(rows), places.name.width() - unit * 0.3)
        for index, row in enumerate(rows):
            y = layout.row_top(BOARD, index)
            painter.setFont(name_font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(places.name.translated(area.x(), y), Qt.AlignmentFlag.AlignVCenter, names[index])
            share = row.line.value / row.line.target if row.line.target else None
            painter.setFont(self._font(unit * PERCENT, bold=True))
            self._paint_bar(painter, places.bar.translated(area.x(), y), share, row.pace_mark(expected), row.status,
                            self.row_percent(row))
            painter.setFont(self._font(unit * STATUS))
            painter.setPen(QColor(STATUS_COLOUR[row.status]))
            text_box = places.status.translated(area.x(), y)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter,
                             self._elided(painter, self.row_status(row), text_box.width()))

    @staticmethod
    def _paint_bar(painter: QPainter, box: QRectF, share: float | None, mark: float, status: str,
                   text: str) -> None:
        """The progress bar with its percentage to its right, in the painter's font, white on the TV's dark
        background; written here, in the room paint_progress leaves for it, so a line taller than the bar fits."""
        metrics = QFontMetricsF(painter.font())
        bar, text_box = bar_and_text(box, metrics, text)
        paint_progress(painter, QRectF(bar.x(), bar.y(), bar.width() + text_room(metrics, ""), bar.height()),
                       share, mark, status, "", TEXT_ON_DARK)
        grow = max(QFontMetrics(painter.font()).height() - text_box.height(), 0.0) / 2  # a line taller than the bar
        painter.save()
        painter.setPen(TEXT_ON_DARK)
        painter.drawText(text_box.adjusted(0, -grow, 0, grow), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                         text)
        painter.restore()

    def _paint_leaders(self, painter: QPainter, layout: TvLayout, entries: list[RankedEntry]) -> None:
        unit, area = layout.unit, layout.area
        painter.setPen(QColor("#ffd479"))
        painter.setFont(self._font(unit * LEADERS_TITLE, bold=True))
        painter.drawText(QRectF(area.x(), area.y(), area.width(), layout.title_height), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("{month}{metric}排行榜").format(month=self.progress.month.shown_label(),
                                                                metric=self.progress.metric.shown_name))
        if layout.flowers_box is not None:
            painter.setPen(HONOURS_COLOUR)
            painter.setFont(self._font(unit * HONOURS))
            painter.drawText(layout.flowers_box, Qt.AlignmentFlag.AlignVCenter,
                             self._elided(painter, layout.flowers, layout.flowers_box.width()))
        row_h = layout.leaders_row
        if not self.leaders:
            painter.setPen(QColor("#ffffff"))
            painter.setFont(self._font(unit * LEADERS_TEXT))
            painter.drawText(QRectF(area.x(), layout.row_top(LEADERS, 0), area.width(), row_h),
                             Qt.AlignmentFlag.AlignVCenter,
                             self.tr("还没有{metric}数据").format(metric=self.progress.metric.shown_name))
        fonts = [self._font(unit * LEADERS_TEXT, bold=entry.rank <= 3) for entry in entries]
        amounts = [self.amount(int(entry.value)) for entry in entries]
        # a name takes the room up to the page's widest amount (阿卜杜热合曼·买买提 whole), not a fixed column
        widest = max((QFontMetricsF(f).horizontalAdvance(text) for f, text in zip(fonts, amounts, strict=True)), default=0)
        name_room, right = leader_columns(unit, area.width(), widest)
        names = self._names_apart([entry.staff for entry in entries], fonts, name_room)
        for index, entry in enumerate(entries):
            y = layout.row_top(LEADERS, index)
            painter.setPen(QColor("#ffd479" if entry.rank <= 3 else "#ffffff"))
            painter.setFont(fonts[index])
            painter.drawText(QRectF(area.x(), y, unit * RANK_UNITS, row_h), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("第 {n} 名").format(n=ordinal(entry.rank)))
            painter.drawText(QRectF(area.x() + unit * RANK_UNITS, y, name_room + unit * 0.5, row_h),
                             Qt.AlignmentFlag.AlignVCenter, names[index])
            amount_left = unit * RANK_UNITS + name_room + unit
            painter.drawText(QRectF(area.x() + amount_left, y, right - amount_left, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, amounts[index])
