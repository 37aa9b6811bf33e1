"""The 小红花 page's 红花榜 tab: the people ranked by the flowers they received in a year, or in a
quarter or month of it, with the year and span pickers. A part of `FlowersPage` (flowers.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.flowers import Flower
from app.periods import Month, Period, Quarter, Year
from app.recognition.standings import nobody_received, opening_board_year
from app.shop import Shop
from ui.dialogs.common import buddy_label
from ui.person_choice import told_apart
from ui.widgets.refill_combo import refill
from ui.widgets.table_keys import table_keys

QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")
MONTHS = ("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月")  # English: names


def received_tip() -> str:
    """What a 获得 count counts, said where the two counts stand side by side."""
    return QCoreApplication.translate("FlowerCounts", "获得：这段时间发给此人、没有撤销的小红花；转让给同事后仍算此人获得的。")


def held_tip() -> str:
    """What a 当前有效 count counts: it can be more than the 获得 beside it."""
    return QCoreApplication.translate(
        "FlowerCounts", "当前有效：此人现在持有、还没过期的小红花，不论哪年获得；含同事转让来的，不含转让出去的、已过期的和已撤销的。")


class FlowerBoardTab:
    """The 红花榜 tab of `FlowersPage`."""

    shop: Shop

    def _board_tab(self) -> QWidget:
        self.board_year = QComboBox()  # in January the owner picks last year's top three
        self.board_year.currentIndexChanged.connect(lambda _i: self._year_chosen())
        self.board_span = QComboBox()  # the whole year, a quarter or a month of it
        self.board_span.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.board_span.currentIndexChanged.connect(lambda _i: self._fill_board())
        self.board = QTableWidget(0, 5)
        self.board.setAccessibleName(self.tr("红花榜"))
        self.board.verticalHeader().hide()
        self.board.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.board.setTabKeyNavigation(False)
        table_keys(self.board)
        board_tab = QWidget()
        board_layout = QVBoxLayout(board_tab)
        year_row = QHBoxLayout()
        year_row.addWidget(buddy_label(self.tr("年份"), self.board_year))
        year_row.addWidget(self.board_year)
        self.board_span.setAccessibleName(self.tr("全年、季度或月份"))
        year_row.addWidget(self.board_span)
        year_row.addStretch(1)
        board_layout.addLayout(year_row)
        board_layout.addWidget(self.board)
        self.board_note = QLabel(wordWrap=True)  # every row 「—  0」: said, not left to be read from the zeros
        self.board_note.hide()
        board_layout.addWidget(self.board_note)
        return board_tab

    def _fill_years(self, everything: list[Flower]) -> None:
        this_year = self.shop.today.year
        first = min((f.issued.year for f in everything), default=this_year)
        years = list(range(this_year, min(first, this_year) - 1, -1))
        if [self.board_year.itemData(i) for i in range(self.board_year.count())] == years:
            self._fill_spans()  # a new month may have begun since
            return
        # early in January, before this year's first flower, last year's final list is the one to read
        opening = opening_board_year((f.issued for f in everything), self.shop.today)
        keep = self.board_year.currentData() or opening
        with QSignalBlocker(self.board_year):
            self.board_year.clear()
            for year in years:
                self.board_year.addItem(self.tr("{year}年").format(year=year), year)
            self.board_year.setCurrentIndex(max(self.board_year.findData(keep), 0))
        self._fill_spans()

    def _year_chosen(self) -> None:
        self._fill_spans()
        self._fill_board()

    def _fill_spans(self) -> None:
        """全年, then the quarters and months of the chosen year that have begun; keeps the choice made."""
        year = self.board_year.currentData() or self.shop.today.year
        spans: list[tuple[str, object]] = [(self.tr("全年"), "year")]
        spans += [(self._quarter(q), f"Q{q}") for q in range(1, 5) if Quarter(year, q).start <= self.shop.today]
        spans += [(self._month(m), f"M{m}") for m in range(1, 13) if Month(year, m).start <= self.shop.today]
        refill(self.board_span, spans, keep=self.board_span.currentData() or "year")

    def _quarter(self, q: int) -> str:
        return self.tr(QUARTERS[q - 1])

    def _month(self, m: int) -> str:
        return self.tr(MONTHS[m - 1])

    def board_period(self) -> Period:
        """The period the 红花榜 ranks: the chosen year, or a quarter or month of it."""
        year = self.board_year.currentData() or self.shop.today.year
        span = self.board_span.currentData() or "year"
        if span.startswith("Q"):
            return Quarter(year, int(span[1:]))
        return Month(year, int(span[1:])) if span.startswith("M") else Year(year)

    def _fill_board(self) -> None:
        period = self.board_period()
        if isinstance(period, Year):
            received = self.tr("{year}年获得").format(year=period.year)
        elif isinstance(period, Quarter):
            received = self.tr("{quarter}获得").format(quarter=self._quarter(period.quarter))
        else:
            received = self.tr("{month}获得").format(month=self._month(period.first_month))
        self.board.setHorizontalHeaderLabels([self.tr("名次"), self.tr("姓名"), received, self.tr("当前有效"),
                                              self.tr("部门")])
        # the two counts differ (获得 6, 当前有效 7): each header says what it counts
        self.board.horizontalHeaderItem(2).setToolTip(received_tip())
        self.board.horizontalHeaderItem(3).setToolTip(held_tip())
        board = self.shop.flowers.board(period)
        shown = told_apart(entry.staff for entry in board)  # namesakes of one department: only the number tells
        self.board.setRowCount(len(board))
        for row, entry in enumerate(board):
            rank = self.tr("第 {n} 名").format(n=i18n.ordinal(entry.rank)) if entry.received else "—"  # nobody is 1st with none
            for col, text in enumerate((rank, shown[entry.staff.id], str(entry.received), str(entry.valid),
                                        entry.staff.dept or "")):
                self.board.setItem(row, col, QTableWidgetItem(text))
        nobody = bool(board) and not any(entry.received for entry in board)
        self.board_note.setText(nobody_received(period, self.shop.today) if nobody else "")
        self.board_note.setVisible(nobody)
        names = [entry.staff.name for entry in board]
        self.board.setColumnHidden(4, len(set(names)) == len(names))  # 部门 tells namesakes apart; else no room for it
        header = self.board.horizontalHeader()
        header.setStretchLastSection(False)  # fitted to the new contents, then the last column shown takes the rest
        self.board.resizeColumnsToContents()
        self._keep_board_whole()
        header.setStretchLastSection(True)

    def _keep_board_whole(self) -> None:
        """The side panel is never narrower than the 红花榜's columns: in English (Received in 2026, Valid now)
        the splitter left it too narrow, on a laptop and on a big screen, and the table scrolled sideways."""
        header = self.board.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
        scroll_bar = self.board.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.board)
        self.board.setMinimumWidth(columns + 2 * self.board.frameWidth() + scroll_bar)
