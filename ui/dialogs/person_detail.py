"""A person's detail from the board: the last six months against target, this month's events, the awards
received and the little red flowers."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Staff
from app.i18n import language
from app.metrics import Metric
from app.money import format_yuan
from app.periods import Month, Year, parse_period, shown_date, shown_month_day
from app.reports.board import exact_percent, progress_percent
from app.reports.person import MonthAchievement, approved_awards, recent_months
from app.services.progress import default_as_of
from app.shop import Shop
from ui.dialogs.common import resize_within_screen, screen_room, scrolling
from ui.models.award_models import award_amount_text
from ui.models.staff_model import stints_tooltip
from ui.pages.flower_board import held_tip, received_tip
from ui.widgets.table_keys import read_only_rows

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EVENT_ROWS, AWARD_ROWS = 4, 3  # rows the tables keep however short the screen
SHOWN_ROWS, TALL_SCREEN = 10, 900  # rows a table shows where the screen has room (full HD), the rest scrolled in it


def read_only_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right_aligned: Sequence[int] = (),
                    empty: str = "", stretch: int | None = None) -> QTableWidget:
    """A table to read: no row numbers, no editing; one Tab stop whose rows the arrows go through (a keyboard or
    screen-reader user reads it row by row); column `stretch` (every column when None) takes the spare width."""
    table = QTableWidget(len(rows) or (1 if empty else 0), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    read_only_rows(table)  # the arrows move in it, Tab goes on
    # no cell is current until the arrows choose one: taking focus would otherwise frame the first cell as if
    # it were chosen (Qt makes the first cell current when a view without a current one gets focus)
    table.setCurrentIndex(QModelIndex())
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right_aligned:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)
    if not rows and empty:
        table.setSpan(0, 0, 1, len(headers))
        table.setItem(0, 0, QTableWidgetItem(empty))
    header = table.horizontalHeader()
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def rows_height(table: QTableWidget, rows: int) -> int:
    """The height that shows the header and the first `rows` rows."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    return height + sum(table.rowHeight(r) for r in range(min(rows, table.rowCount())))


def fit_rows(table: QTableWidget) -> None:
    """As tall as its rows: a short table never scrolls inside the dialog."""
    table.setFixedHeight(rows_height(table, table.rowCount()))
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def keep_rows(table: QTableWidget, rows: int, shown: int) -> None:
    """Never less tall than `rows` rows (all of them when fewer): on a short screen the dialog scrolls instead of
    squeezing the table to a row and a half. As tall as its first `shown` rows, no taller: the room one table
    does not need (「没有记录事件」) goes to the other, whose rows showed scrolled in a box beside an empty one."""
    table.setMinimumHeight(rows_height(table, rows))
    table.setMaximumHeight(max(rows_height(table, shown), table.minimumHeight()))
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)  # the dialog sized to them


class PersonDetailDialog(QDialog):
    def __init__(self, shop: Shop, person: Staff, month: Month, parent: QWidget | None = None,
                 metric: Metric | None = None):
        super().__init__(parent)
        self.measured = metric or shop.metrics.get("sales")  # the board's headline metric
        self.as_of = default_as_of(shop.store, shop.today)  # the last day whose data count, as on the board
        self.today = shop.today
        self.setWindowTitle(self.tr("{name} 的详情").format(name=person.name))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        facts = [person.dept or self.tr("无部门"), person.role]
        if person.hired and person.earlier:  # the days away are no days employed: say when they were
            facts.append(self.tr("{d} 重新入职").format(d=shown_date(person.hired)))
        elif person.hired:
            facts.append(self.tr("{d} 入职").format(d=shown_date(person.hired)))
        if person.left:  # why the months after it read 不在职 and the last one's target may be prorated
            gone = person.left < shop.today  # a leave date typed ahead of time has not happened yet
            facts.append((self.tr("{d} 离职") if gone else self.tr("将于 {d} 离职")).format(d=shown_date(person.left)))
        gap = "　" if language() == "zh" else " · "  # the wide Chinese space is no separator in English
        self.facts = QLabel(f"<b>{escape(person.name)}</b>{gap}" + gap.join(escape(f) for f in facts if f))
        self.facts.setWordWrap(True)  # a long department and role would widen the dialog past a laptop's screen
        self.facts.setToolTip(stints_tooltip(person) if person.earlier else "")
        layout.addWidget(self.facts)

        months_title = self.tr("近六个月{metric}与目标").format(metric=self.measured.shown_name)
        layout.addWidget(QLabel(months_title))
        months = recent_months(shop.store, person, month, self.measured.key)
        self.months = read_only_table(
            [self.tr("月份"), self.measured.shown_name, self.tr("目标"), self.tr("达成率")],
            [self._month_row(item, person) for item in months], (1, 2, 3))
        for row, item in enumerate(months):  # a share capped as on the board (>999%): the exact one in its tooltip
            shown = self.months.item(row, 3)
            if item.achieved_pct is not None and shown.text():
                shown.setToolTip(exact_percent(item.achieved_pct))
        self.months.setAccessibleName(months_title)
        # the month as wide as its label (「2026年11月（截至11月28日）」 was cut at 640 wide), the amounts share the rest
        self.months.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fit_rows(self.months)
        layout.addWidget(self.months)

        events_title = self.tr("{m}的事件").format(m=month.shown_label())
        layout.addWidget(QLabel(events_title))
        events = []
        labels = {e.name: e.label for e in shop.events.types()}  # a renamed type by the name it is shown by
        for event in shop.events.between(month.start, month.end, person.id):
            amount = format_yuan(event.amount_fen) if event.amount_fen is not None else (
                str(event.value) if event.value is not None else "")
            events.append((shown_date(event.day), labels.get(event.type, event.type), amount, event.note))
        self.events = read_only_table([self.tr("日期"), self.tr("类型"), self.tr("金额/数值"), self.tr("备注")],
                                      events, (2,), empty=self.tr("{m}没有记录事件").format(m=month.shown_label()), stretch=3)
        self.events.setAccessibleName(events_title)
        shown = SHOWN_ROWS if screen_room(self).height() >= TALL_SCREEN else 0  # a laptop: the rows kept
        keep_rows(self.events, EVENT_ROWS, shown)
        layout.addWidget(self.events, 1)

        layout.addWidget(QLabel(self.tr("已批准的奖项")))
        awards = []
        for award in approved_awards(shop.store, person):
            value = award_amount_text(award.kind, award.amount_fen, award.item)
            awards.append((parse_period(award.period).shown_label(), award.award, value))
        self.awards = read_only_table([self.tr("期间"), self.tr("奖项"), self.tr("金额/物品")], awards, (2,),
                                      empty=self.tr("还没有已批准的奖项"), stretch=1)
        self.awards.setAccessibleName(self.tr("已批准的奖项"))
        keep_rows(self.awards, AWARD_ROWS, shown)
        layout.addWidget(self.awards, 1)

        received = shop.flowers.received(Year(month.year)).get(person.id, 0)
        everything = shop.flowers.ledger()  # read once: a shop of some years has thousands of flowers
        held = shop.flowers.held(everything=everything).get(person.id, 0)
        flowers = self.tr("小红花：{year} 年获得 {received} 朵，当前有效 {held} 朵").format(
            year=month.year, received=received, held=held)
        if soon := shop.flowers.about_to_expire(everything).get(person.id):  # said before they lapse: 其中 3 朵将于 12月31日 到期
            flowers += self.tr("，其中 {expiring}").format(expiring=soon.sentence())
        self.flowers = QLabel(flowers, wordWrap=True)
        self.flowers.setToolTip(received_tip() + "\n" + held_tip())  # 获得 6 朵，当前有效 7 朵: why
        layout.addWidget(self.flowers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        area = scrolling(content)
        area.setAccessibleName(self.windowTitle())  # a stop when it scrolls: the keys that scroll it need one
        outer.addWidget(area, 1)
        outer.addWidget(buttons)
        # as tall as its parts where the screen has room: at 640 the flowers' line (and the awards) sat below the fold
        resize_within_screen(self, 640, max(640, self.sizeHint().height()))

    def _month_row(self, item: MonthAchievement, person: Staff) -> tuple[str, str, str, str]:
        label = item.month.shown_label()
        # still running (on its last day too, its results coming in): its share is of the month so far — but not
        # for someone who left in it: their share is final
        gone = person.left is not None and item.month.contains(person.left) and person.left < self.today
        if gone:
            label = self.tr("{month}（{day}离职）").format(month=label, day=shown_month_day(person.left))
        elif item.month.start <= self.as_of and self.today <= item.month.end:
            label = self.tr("{month}（截至{day}）").format(month=label, day=shown_month_day(self.as_of))
        if not person.employed_during(item.month.start, item.month.end):
            first_hired = person.stints[0].hired
            joined_later = first_hired is not None and item.month.end < first_hired
            return label, self.tr("未入职") if joined_later else self.tr("不在职"), "", ""  # 不在职: away or left
        if not item.has_data and not item.target:
            return label, self.tr("无数据"), "—", "—"
        # the share as the board writes it, >999% past a thousand percent; the amounts exact, as the dialog has
        # the room for them (the board's table shows them short)
        pct = progress_percent(item.achieved_pct) if item.achieved_pct is not None else self.tr("未设目标")
        amount = self.measured.format
        return label, amount(item.value), amount(item.target) if item.target else "—", pct

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff, month: Month, metric: Metric | None = None) -> None:
        cls(shop, person, month, parent, metric).exec()
