"""看板: who is on track, who is behind and by how much — the first page of the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n, os_errors, paths
from app import settings as declared
from app.errors import HonghuaError
from app.i18n import sentences
from app.periods import Month, elapsed_days, shown_date
from app.recognition.standings import red_flags_by_department
from app.reports.board import NOT_STARTED, BoardRow, make_board, team_tiles
from app.reports.pace import WORKDAYS, shop_day_weights
from app.services.progress import MonthProgress, anyone_counted, data_stop_note, month_just_ended
from app.shop import Shop
from ui import errors
from ui.dialogs.common import buddy_label, is_narrow, is_short, scrolling, window_room
from ui.models.board_model import PROGRESS_ROLE, ROW_ROLE, BoardModel
from ui.widgets.board_chart import BoardChart
from ui.widgets.elided_label import LEAST_CHARACTERS, ElidedLabel, ElidedLink
from ui.widgets.eliding_combo import ElidingComboBox
from ui.widgets.hint_text import dim_text
from ui.widgets.leaderboard import Leaderboard
from ui.widgets.period_picker import PeriodPicker
from ui.widgets.plain_looks import BoxLabel, set_font
from ui.widgets.poster_button import DEFAULT_SIZE, PosterButton
from ui.widgets.progress_bar import ProgressDelegate, minimum_cell_width
from ui.widgets.room_watch import RoomWatch
from ui.widgets.table_keys import row_menus, table_keys
from ui.widgets.team_summary import TeamSummary, no_data_text

# dark text of its own: on a cream background the palette's text (white in a dark Windows theme) would vanish
BANNER_BACKGROUND, BANNER_TEXT = "#fff7e0", "#3d2e00"
SORTS = (("achievement", "按达成率"), ("name", "按姓名"), ("dept", "按部门"))


class BoardTable(QTableView):
    """The board's rows. Its progress column takes the room the other columns leave, but never less than a
    readable bar beside its percentage (the table scrolls sideways instead)."""

    def setModel(self, model) -> None:
        super().setModel(model)
        self.horizontalHeader().sectionResized.connect(self._section_resized)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != BoardModel.PROGRESS:  # another column grew or shrank with its contents
            self.fit_progress_column()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_progress_column()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.model() is not None:
            self.fit_columns()  # the text size changed while the app runs: widths measured in the old font

    def viewport_width(self) -> int:
        """The viewport's width, worked out from the table's own size: the first Python handle on the viewport
        (a widget Qt made) makes PySide6 load every QtWidgets class and create their enums, about 2 % of the
        start before the first paint. Scroll bars take room beside the viewport (not drawn over it: Windows)."""
        width = self.maximumViewportSize().width()  # inside the frame and beside the row numbers
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self):
            width -= bar.sizeHint().width()
        return width

    def fit_columns(self) -> None:
        """Each column but the bar's as wide as its title and its widest cell (among the rows measured), once the
        rows changed. As ResizeToContents they were measured again at each layout: three times before the first
        paint, some 20 million instructions of the start."""
        for column in range(self.model().columnCount()):
            if column != BoardModel.PROGRESS:
                self.resizeColumnToContents(column)
        self.fit_progress_column()

    def fit_progress_column(self) -> None:
        header = self.horizontalHeader()
        column = BoardModel.PROGRESS
        others = sum(header.sectionSize(i) for i in range(header.count()) if i != column)
        least = minimum_cell_width(QFontMetricsF(self.font()))
        fits = self.viewport_width() - others >= least
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Fixed
        if header.sectionResizeMode(column) != mode:  # each change lays the header out again: only when needed
            header.setSectionResizeMode(column, mode)
        if not fits and header.sectionSize(column) != least:
            header.resizeSection(column, least)


class DashboardPage(QWidget):
    title = "看板"
    navigate = Signal(str)  # asks the main window to open another page, e.g. "staff"
    targetSet = Signal(object, list)  # (month, cells changed): a target set here, for the 目标 page's 撤销

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.progress: MonthProgress | None = None
        self.rows: list[BoardRow] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._content())
        self.stack.addWidget(self._empty_state())
        layout.addWidget(self.stack, 1)

    # ---- building
    def _toolbar(self) -> QHBoxLayout:
        """One row that fits beside the navigation on a 1024-wide screen: the as-of text gives way first (cut
        with "…", whole in its tooltip), and the monthly and once-a-day actions wait in 更多."""
        bar = QHBoxLayout()
        self.picker = PeriodPicker(self.shop.current_month())
        self.picker.monthChanged.connect(lambda _m: self.refresh())
        self.as_of_label = ElidedLabel()
        # in a month's first days the owner works on last month (评奖, 证书): its final result, one click away
        self.last_month_link = ElidedLink()
        self.last_month_link.clicked.connect(self.show_month_just_ended)
        self.last_month_link.hide()
        self.month_just_ended: Month | None = None
        self.sort = ElidingComboBox()
        for key, label in SORTS:
            self.sort.addItem(self.tr(label), key)
        saved = self.shop.settings.get(declared.BOARD_SORT)
        self.sort.setCurrentIndex(max(self.sort.findData(saved), 0))
        self.sort.currentIndexChanged.connect(self._sort_changed)
        self.headline = ElidingComboBox()
        self.headline.setToolTip(self.tr("进度条、还差和日均需按哪个指标计算（战报海报和电视模式也用它）"))
        self._fill_headlines()
        self.headline.currentIndexChanged.connect(self._headline_changed)
        self.poster_button = PosterButton()
        self.poster_button.sizeChosen.connect(self.make_poster)
        bar.addWidget(self.picker)
        bar.addWidget(self.as_of_label)
        bar.addWidget(self.last_month_link)
        bar.addStretch(1)
        bar.addWidget(buddy_label(self.tr("指标"), self.headline))
        bar.addWidget(self.headline)
        bar.addWidget(buddy_label(self.tr("排序"), self.sort))
        bar.addWidget(self.sort)
        self.tv: QWidget | None = None  # the TV window while it is open
        self.more_menu = QMenu(self)
        self.more_menu.setToolTipsVisible(True)
        self.tv_action = self.more_menu.addAction(self.tr("电视模式"))
        self.tv_action.setToolTip(self.tr("全屏显示看板，定时刷新，按 Esc 退出"))
        self.tv_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.addAction(self.tv_action)  # F11 while the board is shown: a hidden page's actions take no keys
        self.tv_action.triggered.connect(self.open_tv)
        self.pdf_action = self.more_menu.addAction(self.tr("导出PDF…"))
        self.pdf_action.triggered.connect(lambda: self.export_pdf())
        self.more_button = QPushButton(self.tr("更多"))
        self.more_button.setToolTip(self.tr("电视模式、导出PDF"))
        self.more_button.setMenu(self.more_menu)
        bar.addWidget(self.poster_button)
        bar.addWidget(self.more_button)
        return bar

    def _content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = BoxLabel(BANNER_BACKGROUND, BANNER_TEXT, padding=6)
        self.banner.setWordWrap(True)  # a long note wraps rather than widening the window
        self.banner.hide()
        layout.addWidget(self.banner)
        self.summary = TeamSummary()
        layout.addWidget(self.summary)
        self.model = BoardModel(self)
        self.table = BoardTable()
        self.table.setAccessibleName(self.tr("每人进度"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(BoardModel.PROGRESS, ProgressDelegate(PROGRESS_ROLE, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized to their contents: fit_columns
        header.setResizeContentsPrecision(30)  # measure 30 rows, not all 200, when the month changes
        header.setSectionResizeMode(BoardModel.PROGRESS, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_row)
        table_keys(self.table, open_row=self._open_row)  # Enter opens the person, Ctrl+C copies
        # a right click offers the detail of anyone, also of someone without a target, whose double-click sets one
        row_menus(self.table, self.row_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._schedule_chart())
        self.tabs = QTabWidget()
        self.chart = BoardChart()
        self.chart.mode.currentIndexChanged.connect(lambda _i: self._schedule_chart())
        self.leaderboard = Leaderboard(self.shop)
        self.tabs.addTab(self.chart, self.tr("图表"))
        self.tabs.addTab(self.leaderboard, self.tr("排行榜"))
        self.tiles_area: QScrollArea | None = None  # the tiles' tab in a short window, made when first needed
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)  # the table is what the owner reads first: it gets the larger share
        self.splitter.setStretchFactor(1, 1)
        self.splitter_sizes = [700, 300]  # the table's share of the width, given back when it leaves the tabs
        self.splitter.setSizes(self.splitter_sizes)
        layout.addWidget(self.splitter, 1)
        self.compact = self.narrow = False
        self.pane_tab: QWidget = self.chart  # the pane's tab while the table is a tab too
        self.arrange(window_room(self))
        self.tabs.setCurrentIndex(0)
        self.tabs.currentChanged.connect(self._chart_choice_shown)
        self._chart_choice_shown()
        self.room_watch = RoomWatch(self, self.arrange)
        return content

    def arrange(self, room: QSize) -> None:
        """The layout for the window's room, again whenever it changes (resized, dragged to another screen): in a
        short window (a 1366×768 laptop at 150 %) the four KPI tiles are a tab 各项指标, so the table keeps rows;
        in a narrow one the table is the first tab, 每人进度, with the whole width, so 还差 and 日均需 show without
        scrolling sideways; else the table and a pane of tabs side by side. The same widgets move, so the chosen
        person, tab and drawn chart stay."""
        compact, narrow = is_short(room), is_narrow(room)
        if (compact, narrow) == (self.compact, self.narrow):
            return
        shown = self.tabs.currentWidget()
        focused = self.table.hasFocus()  # moved, the table loses it (Qt gave it to the tab bar, arrows and all)
        if narrow and not self.narrow:
            self.pane_tab = shown
            if self.splitter.isVisible():  # laid out: the owner may have dragged its handle
                self.splitter_sizes = self.splitter.sizes()
            self.tabs.insertTab(0, self.table, self.tr("每人进度"))
            shown = self.table  # what filled most of the page stays in view
        elif self.narrow and not narrow:
            self.tabs.removeTab(self.tabs.indexOf(self.table))
            self.splitter.insertWidget(0, self.table)
            self.table.show()
            self.splitter.setSizes(self.splitter_sizes)
        if compact and not self.compact:
            self.summary.set_tiles_apart(True)
            if self.tiles_area is None:
                self.tiles_area = scrolling(self.summary.tiles_box)
            else:
                self.tiles_area.setWidget(self.summary.tiles_box)
            self.tabs.insertTab(1 if narrow else 0, self.tiles_area, self.tr("各项指标"))
            # the chart keeps some height too (a laptop at 150 % left it ~150 px): a slimmer team bar, and the
            # choice of chart beside the tabs instead of a row above the chart
            self.summary.set_slim(True)
            self.tabs.setCornerWidget(self.chart.top_row)
        elif self.compact and not compact:
            self.tabs.removeTab(self.tabs.indexOf(self.tiles_area))
            self.tiles_area.takeWidget()
            self.summary.set_tiles_apart(False)
            self.summary.set_slim(False)
            self.tabs.setCornerWidget(None)
            self.chart.take_back_top_row()
        self.compact, self.narrow = compact, narrow
        # a tab that left (the table, the tiles) is on the page itself now: the pane shows what it showed before
        self.tabs.setCurrentWidget(next(tab for tab in (shown, self.pane_tab, self.chart) if self.tabs.indexOf(tab) >= 0))
        self._chart_choice_shown()
        # laid out in this turn of the event loop, not the next: the tiles taken back were painted squeezed first
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # Tab reads the table after the tab bar above it, or after the top row, before the pane on its right
        QWidget.setTabOrder(self.tabs.tabBar() if narrow else self.more_button, self.table)
        if focused:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chart_choice_shown(self, _tab: int = 0) -> None:
        """Beside the tabs (a short window), the choice of chart shows with the chart only."""
        if self.compact:
            self.chart.top_row.setVisible(self.tabs.currentWidget() is self.chart)
            self.chart.fit_top_row()  # its text may have changed while it was hidden

    def _empty_state(self) -> QWidget:
        empty = QWidget()
        layout = QVBoxLayout(empty)
        layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        set_font(self.empty_label, pixel_size=16)
        dim_text(self.empty_label)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self._empty_step)
        self.back_to_this_month = False  # the empty board's button: this month's board, else the 员工 page
        layout.addWidget(self.empty_label)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)  # its own width, not the page's
        layout.addStretch(2)
        return empty

    def _say_nobody_on_the_board(self, month: Month) -> None:
        """The next step from an empty board: a shop without staff adds them; a shop with staff, none of them on
        this month's team (before anyone joined, after everyone left, only the owner), says so, and from another
        month offers this one."""
        self.back_to_this_month = False
        if not self.shop.store.staff.list():
            self.empty_label.setText(self.tr("还没有员工。先到「员工」页添加客服，或用「文件 → 生成演示数据…」看看效果。"))
        else:
            self.empty_label.setText(self.tr("{m}的看板上没有人：没有在职的客服（店长、主管没有目标和数据时不上看板）。").format(
                m=month.shown_label()))
            self.back_to_this_month = month != self.shop.current_month()
        self.empty_button.setText(self.tr("回到本月") if self.back_to_this_month else self.tr("去添加员工"))

    def _empty_step(self) -> None:
        if self.back_to_this_month:
            self.picker.setMonth(self.shop.current_month())
        else:
            self.navigate.emit("staff")

    # ---- refreshing
    def _offer_outputs(self, month: Month, anyone: bool, poster_title: str) -> None:
        """The poster, PDF and TV show the board: with nobody on it they would be blank pages. The PDF is of the
        month shown, which its tooltip names; the poster's tooltip calls it by its title (`Board.poster_title`)."""
        self.pdf_action.setToolTip(self.tr("把{m}的看板导出为 PDF（人多时接续到下一页），用于月度会议").format(
            m=month.shown_label()))
        self.poster_button.setEnabled(anyone)
        self.more_button.setEnabled(anyone)
        self.tv_action.setEnabled(anyone)  # its F11 too
        self.pdf_action.setEnabled(anyone)
        self.poster_button.setToolTip(
            self.tr("生成手机尺寸的{poster}图片并复制到剪贴板，可直接粘贴到微信群；点右边的箭头（或按 ↓ 键）可选 A4 或 16:9 宽屏"
                    ).format(poster=self.tr(poster_title)) if anyone
            else self.tr("这个月的看板上还没有员工：先添加员工，才能生成战报海报"))

    def refresh(self) -> None:
        month = self.picker.month()
        self._fill_headlines()
        self.progress = progress = self.shop.progress(month, metric=self.headline.currentData(), board=True)
        weights = shop_day_weights(self.shop.settings)
        self.board = make_board(progress, weights, self.sort.currentData())
        self.rows = self.board.rows
        self._offer_outputs(month, bool(progress.people), self.board.poster_title)
        self._offer_month_just_ended(month)
        if not progress.people:
            self._say_nobody_on_the_board(month)
            self.stack.setCurrentIndex(1)
            self.as_of_label.setText("")
            return
        self.stack.setCurrentIndex(0)
        elapsed = elapsed_days(month, progress.as_of)
        counted = elapsed > 0 and anyone_counted(self.shop.store, progress)
        if elapsed > 0 and self.board.ended and not counted:  # no day to say the data runs to
            self.as_of_label.setText(self.tr("全月没有{metric}数据（共 {days} 天）").format(
                metric=progress.metric.shown_name, days=month.days))
        elif elapsed > 0:
            self.as_of_label.setText(self.tr("数据截至 {d}（第 {n}/{days} 天）").format(
                d=shown_date(progress.as_of), n=elapsed, days=month.days))
        elif progress.has_begun:  # the 1st before its first data: the month has begun all the same
            self.as_of_label.setText(self.tr("本月第 1 天，还没有数据"))
        else:
            self.as_of_label.setText(self.tr("{m}尚未开始").format(m=month.shown_label()))  # a month to come
        self._banner(month, progress, elapsed, counted, self.board.holidays_guessed(weights))
        self.model.set_board(self.board)
        self.table.fit_columns()
        tiles = team_tiles(self.shop.store, self.shop.metrics, month, progress.as_of, {r.staff.id for r in self.rows})
        self.summary.show_team(self.board, tiles)
        self.summary.show_red_flags(red_flags_by_department(self.shop.store, month))
        self.leaderboard.show_month(month, progress.as_of, [r.staff for r in self.rows])
        self._schedule_chart()

    def _offer_month_just_ended(self, shown: Month) -> None:
        """The link to last month's final result, on this month's board in its first days (or while it has no
        data yet); the board still opens on this month, as `honghua progress` does (the TV and `honghua poster`
        show last month while this one has no data: `month_on_the_wall`)."""
        ended = month_just_ended(self.shop.store, self.shop.today) if shown == self.shop.current_month() else None
        self.month_just_ended = ended
        self.last_month_link.setVisible(ended is not None)
        # in a narrow window the two give way together; the link is what these days are about
        self.as_of_label.least_characters = 2 if ended is not None else LEAST_CHARACTERS
        self.as_of_label.updateGeometry()
        if ended is None:
            return
        text = self.tr("查看上月最终结果（{month}）").format(month=ended.shown_label())
        self.last_month_link.setText(text)
        self.last_month_link.setToolTip(text + "\n" + self.tr("{month}已经结束，看板上是最终结果；点月份右边的 ▶ 回到本月。").format(
            month=ended.shown_label()))

    def show_month_just_ended(self) -> None:
        if self.month_just_ended is not None:
            self.picker.setMonth(self.month_just_ended)

    def _banner(self, month: Month, progress: MonthProgress, elapsed: int, counted: bool,
                unknown_holidays: int | None) -> None:
        parts = []
        if unknown_holidays:
            parts.append(self.tr("时间进度按工作日计算，但还不知道 {year} 年的法定节假日和调休：暂按周一至周五上班、周末休息计算，"
                                 "春节等假期也当作工作日。可在「设置 → 看板与小红花」填写另算放假和上班的日子。").format(
                year=unknown_holidays))
        if month.start > self.shop.today:  # with no target set yet, there is nothing below to point at
            parts.append((self.tr("{m}还没有开始，下面是已设的目标。") if progress.team.target
                          else self.tr("{m}还没有开始。")).format(m=month.shown_label()))
        elif elapsed == 0:  # the data runs to yesterday, the last day of the month before
            parts.append(self.tr("今天是{m}第一天，还没有今天的数据。{previous}的最终结果：点月份左边的 ◀ 查看。").format(
                m=month.shown_label(), previous=month.previous().shown_label()))
        elif elapsed > 0 and not counted:
            words = self.tr("{m}没有{metric}数据。可在「数据」页录入或导入。") if self.board.ended else self.tr(
                "{m}还没有{metric}数据。可在「数据」页录入或导入。")
            parts.append(words.format(m=month.shown_label(), metric=progress.metric.shown_name))
        elif self.board.team_status == NOT_STARTED and self.board.pace_mode == WORKDAYS and self.board.share == 0:
            # days off so far (国庆): results are counted, but no pace is due before the first working day (a team
            # not started for its people's later hire dates is not that)
            parts.append(self.tr("时间进度按工作日计算，从本月第一个工作日算起：在那之前的数据照常累计，只是还不判断快慢。"))
        parts.append(data_stop_note(self.shop.store, progress) if counted else "")  # not where 「数据截至」 is
        missing = sum(1 for r in self.rows if not r.line.target)
        if missing:
            parts.append(i18n.fill(self.tr("有 {n} 人未设目标，双击该行即可设置。"), n=missing))
        if self.shop.name == declared.SHOP_NAME.default:  # it would go on the first poster and certificates
            parts.append(self.tr("店铺名称还是「{name}」，会印在战报和奖状上：到「设置 → 店铺」改成你的店名。").format(
                name=self.shop.name))
        text = sentences(parts)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _fill_headlines(self) -> None:
        """The metrics the board can measure progress in (a custom one appears once it is added)."""
        choices = self.shop.metrics.headline_choices()
        if [self.headline.itemData(i) for i in range(self.headline.count())] == [m.key for m in choices]:
            return
        chosen = self.headline.currentData() or self.shop.headline_metric().key
        with QSignalBlocker(self.headline):
            self.headline.clear()
            for metric in choices:
                self.headline.addItem(metric.shown_name, metric.key)
            self.headline.setCurrentIndex(max(self.headline.findData(chosen), 0))

    def _headline_changed(self) -> None:
        self._remember(declared.HEADLINE_METRIC, self.headline.currentData())  # the poster, CLI and TV read it

    def _sort_changed(self) -> None:
        self._remember(declared.BOARD_SORT, self.sort.currentData())

    def _remember(self, setting: declared.Setting, value: object) -> None:
        """A viewing choice, kept for next time without an audit row (a locked shop shows it without keeping
        it: looking at the board needs no PIN)."""
        try:
            self.shop.settings.remember(setting, value)
        except HonghuaError as e:
            errors.show_error(self, e.message)
        self.refresh()

    # ---- chart (drawn after the page is painted, so matplotlib never delays start-up)
    def _schedule_chart(self) -> None:
        self.chart.request(self._draw_chart)

    def _draw_chart(self) -> None:
        from app.reports.series import cumulative_series, daily_values, due_by_day, shop_target_due_by_day

        if self.progress is None or not self.progress.people or not self.isVisible():
            return
        progress, month = self.progress, self.progress.month
        if self.chart.mode.currentIndex() == BoardChart.SMALL_MULTIPLES:
            values = daily_values(self.shop.store, progress.metric.key, month, progress.as_of)
            panels = [(r.staff.name, values[r.staff.id]) for r in self.rows if r.staff.id in values]
            self.chart.draw_small_multiples(panels, month.days, progress.metric, no_data_text(month, progress.today))
            return
        row = self.selected_row()
        if row is None:
            ids, target, title = {r.staff.id for r in self.rows}, progress.team.target, self.tr("团队")
            targeted = [] if progress.team_target_is_shop else [r for r in self.rows if r.line.target]
        else:
            ids, target, title = {row.staff.id}, row.line.target, row.staff.name
            targeted = [row] if row.line.target else []
        # the target line climbs as the board paces: a person's target over their own days on the team, the
        # days weighed as the pace weighs them (working days, promotion days)
        weights = shop_day_weights(self.shop.settings)
        if targeted:
            due = due_by_day(month, [(r.staff, r.line.target or 0) for r in targeted], weights)
        else:
            due = shop_target_due_by_day(month, target, weights) if target else None
        self.chart.draw_cumulative(title, cumulative_series(self.shop.store, progress.metric.key, month,
                                                            progress.as_of, ids, target, due), progress.metric)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._schedule_chart()

    # ---- actions
    def selected_row(self) -> BoardRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _open_row(self, index) -> None:
        """A person's detail; for someone without a target, the dialog that sets one."""
        row: BoardRow = self.model.data(index, ROW_ROLE)
        if row is None:
            return
        if not row.line.target:
            self._set_target(row)
            return
        self._show_detail(row)

    def row_menu(self, index) -> QMenu | None:
        """The right-click menu of a person's row: 查看详情, and 设置目标… while they have none."""
        row: BoardRow | None = self.model.data(index, ROW_ROLE) if index.isValid() else None
        if row is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("查看详情"), lambda: self._show_detail(row))
        if not row.line.target:
            menu.addAction(self.tr("设置目标…"), lambda: self._set_target(row))
        return menu

    def _show_detail(self, row: BoardRow) -> None:
        from ui.dialogs.person_detail import PersonDetailDialog

        PersonDetailDialog.ask(self, self.shop, row.staff, self.picker.month(), self.progress.metric)

    def _set_target(self, row: BoardRow) -> None:
        from ui.dialogs.target_input import TargetInputDialog

        month = self.picker.month()
        changes = TargetInputDialog.ask(self, self.shop, row.staff, month, self.progress.metric)
        if changes:
            self.targetSet.emit(month, changes)
            self.refresh()

    def export_pdf(self, path: str | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from app.reports.board_pdf import board_pdf_file_name, write_board_pdf

        if self.progress is None:
            return None
        if path is None:
            default = paths.suggested_export(board_pdf_file_name(self.progress, self.shop.name))
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("导出看板PDF"), str(default), "PDF (*.pdf)")
            if not path:
                return None
        try:
            return write_board_pdf(self.progress, self.shop.name, path, shop_day_weights(self.shop.settings),
                                   anyone_counted(self.shop.store, self.progress))
        except HonghuaError as e:  # the file open in a PDF viewer, a folder where the file should go …
            errors.show_error(self, e.message)
            return None
        except OSError as e:
            errors.show_error(self, self.tr("无法保存到 {path}：{err}").format(path=path, err=os_errors.reason(e)))
            return None

    def open_tv(self) -> None:
        from ui.tv_mode import TvWindow

        if self.tv is not None and self.tv.isVisible():  # F11 again, pressed on the TV (a window of the board's window): it leaves, as Esc
            self.tv.close()
            return
        # a window of its own, but owned by the main window: it closes with it (a restore reopens the shop,
        # and a TV left showing the old one would read a closed database)
        month = self.picker.month()
        self.tv = TvWindow(self.shop, parent=self.window(), month=None if month == self.shop.current_month() else month,
                           metric=self.headline.currentData())
        self.tv.setWindowFlag(Qt.WindowType.Window)
        self.tv.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tv.destroyed.connect(self._tv_gone)
        self.tv.show_full_screen()

    def _tv_gone(self) -> None:
        self.tv = None

    def make_poster(self, size: str = DEFAULT_SIZE) -> None:
        from PySide6.QtGui import QImage

        from app.reports.poster import render_poster, unshown_notes
        from app.reports.poster_model import build_poster_model, poster_file_name

        if self.progress is None:
            return
        named = paths.exports_dir() / poster_file_name(self.progress, self.shop.name)
        path = paths.unused_path(named)  # the earlier one may already be in the WeChat group: keep it
        try:
            model = build_poster_model(self.shop.store, self.shop.name, self.progress,
                                       weights=shop_day_weights(self.shop.settings))
            render_poster(model, path, size)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return
        except OSError as e:
            errors.show_error(self, self.tr("无法保存海报到 {path}：{err}").format(path=path, err=os_errors.reason(e)))
            return
        QApplication.clipboard().setImage(QImage(str(path)))
        self.last_poster = path
        message = self.tr("战报海报已保存到 {path}，并已复制到剪贴板，可直接粘贴到微信群。").format(path=path)
        if path != named:
            message += "\n" + self.tr("之前生成的「{name}」仍然保留，这一张另存为新文件。").format(name=named.name)
        for unshown in unshown_notes(model):  # in the window's language, as the command line says it
            message += "\n" + unshown
        errors.show_info(self, message)
