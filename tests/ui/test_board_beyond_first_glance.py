"""The board past its first screen: the chart's target line on a weighted pace, the 排行榜's namesakes, units
and empty metrics, and a month before anyone was on the team."""

from datetime import date

import pytest
from board_support import OCT, make_board_shop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from ui.main import install_translators
from ui.models.board_model import ROW_ROLE
from ui.pages.dashboard import DashboardPage


@pytest.fixture
def board_shop(shop):
    return make_board_shop(shop)


def shown_board(qtbot, shop) -> DashboardPage:
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def target_line(qtbot, page) -> list[float]:
    def drawn() -> bool:
        figure = page.chart.figure
        return figure is not None and bool(figure.axes) and any(
            line.get_label() == "目标线" for line in figure.axes[0].lines)

    qtbot.waitUntil(drawn, timeout=5000)
    [line] = [line for line in page.chart.figure.axes[0].lines if line.get_label() == "目标线"]
    return list(line.get_ydata())


@pytest.mark.parametrize("shop_target", [False, True])
def test_the_charts_target_line_is_weighed_as_the_pace_is(qtbot, board_shop, shop_target):
    """With 10-15 weighing 5 calendar days, the board's pace mark by the 19th (its data's last day) is 23 of 35
    weights: the chart's target line says the same, not 19 of 31 calendar days (the bar said 略落后 while the
    chart's line ran below the running total)."""
    shop, _ = board_shop
    shop.settings.set(declared.PROMOTION_DAYS, ["10-15:5"])
    if shop_target:
        shop.targets.set_shop(OCT, shop.metrics.get("sales"), 10_000_000)
    page = shown_board(qtbot, shop)
    team_target = page.progress.team.target / 100  # the chart's amounts are in yuan
    due = target_line(qtbot, page)
    assert page.board.team_expected == pytest.approx(23 / 35)  # what the team bar's mark says
    assert due[18] == pytest.approx(team_target * 23 / 35)
    assert due[13] == pytest.approx(team_target * 14 / 35) and due[14] == pytest.approx(team_target * 19 / 35)
    assert due[30] == pytest.approx(team_target)


def test_a_working_day_pace_adds_nothing_on_a_holiday_to_the_charts_target_line(qtbot, board_shop):
    shop, _ = board_shop
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, "workdays")
    page = shown_board(qtbot, shop)
    page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.rows[r].staff.name == "小美"))
    qtbot.waitUntil(lambda: page.chart.subject.text() == "小美", timeout=5000)
    due = target_line(qtbot, page)
    assert due[0] == due[6] == 0  # 1–7 October: 国庆 holidays
    assert due[9] > due[8]  # the 10th, a Saturday, is a make-up working day
    assert due[10] == due[9]  # the 11th, a Sunday, is not
    row = next(r for r in page.rows if r.staff.name == "小美")
    assert due[18] == pytest.approx(31_000 * float(row.share))  # by the 19th, as the bar's mark


def test_the_leaderboard_tells_namesakes_apart_when_one_of_them_has_no_value(qtbot, board_shop):
    """Two 小美 on the board: a ranking where only one has a value still names her with her number, as the
    board and the other rankings do."""
    shop, people = board_shop
    twin = shop.staff.add(StaffDraft(name="小美", dept="售后部"))
    shop.targets.set_staff(OCT, twin.id, shop.metrics.get("sales"), 1_000_000)
    shop.data.set_value(date(2026, 10, 3), twin.id, shop.metrics.get("sales"), 10_000)
    page = shown_board(qtbot, shop)
    board = page.leaderboard
    page.tabs.setCurrentWidget(board)
    board.metric_box.setCurrentIndex(board.metric_box.findText("询单人数"))  # the twin has none
    names = [board.table.item(row, 1).text() for row in range(board.table.rowCount())]
    assert f"小美（#{people['小美'].id}）" in names and "小美" not in names


def test_the_leaderboard_behind_the_chart_is_made_when_its_tab_is_first_opened(qtbot, board_shop):
    """At start the 排行榜 tab is out of view: its choices and table are not made before it is opened; opened on
    a month the owner picked before, its periods name that month and its metrics are the shop's, the ranking
    read and the table on show at once."""
    shop, _ = board_shop
    page = shown_board(qtbot, shop)
    board = page.leaderboard
    assert board.parts is None
    page.picker.setMonth(Month(2026, 9))  # refreshes the board: the ranking remembers the month, still unmade
    assert board.parts is None
    page.tabs.setCurrentWidget(board)
    assert board.parts is not None and board.table.isVisible()
    assert [board.period.itemText(i) for i in range(board.period.count())] == ["2026年9月", "2026年第三季度",
                                                                                "2026年度"]
    assert board.metric_box.itemText(0) == "销售额" and board.metric_box.count() > 3
    assert board.table.item(0, 0).text().startswith("2026年9月")  # nobody had a value then: said in one line


def test_the_leaderboards_amounts_are_right_aligned_as_on_the_board(qtbot, board_shop):
    """¥19,000.00 above ¥5,700.00, both flush left, read alike at a glance; the board's table aligns its
    amounts right, decimal points under each other."""
    from PySide6.QtCore import Qt

    shop, _ = board_shop
    page = shown_board(qtbot, shop)
    board = page.leaderboard
    page.tabs.setCurrentWidget(board)
    assert board.table.rowCount() > 1
    for row in range(board.table.rowCount()):
        assert board.table.item(row, 2).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert board.table.horizontalHeaderItem(2).textAlignment() & Qt.AlignmentFlag.AlignRight


def test_the_leaderboard_writes_seconds_in_the_windows_language(qtbot, board_shop, qapp):
    shop, people = board_shop
    for person in people.values():
        shop.data.set_value(date(2026, 10, 2), person.id, shop.metrics.get("response_s"), 2500)
    install_translators(qapp, "en")
    try:
        page = shown_board(qtbot, shop)
        board = page.leaderboard
        page.tabs.setCurrentWidget(board)
        board.metric_box.setCurrentIndex(board.metric_box.findText("Average response time"))
        assert board.table.item(0, 2).text() == "25 s"
    finally:
        install_translators(qapp, "zh")


def test_a_metric_nobody_has_a_value_for_says_so_instead_of_an_empty_ranking(qtbot, board_shop):
    shop, _ = board_shop
    page = shown_board(qtbot, shop)
    board = page.leaderboard
    page.tabs.setCurrentWidget(board)
    board.metric_box.setCurrentIndex(board.metric_box.findText("订单数"))
    assert board.table.rowCount() == 1
    assert board.table.item(0, 0).text() == "2026年10月还没有人有订单数数据"
    board.period.setCurrentIndex(board.period.findData("year"))
    assert board.table.item(0, 0).text() == "2026年度还没有人有订单数数据"
    board.metric_box.setCurrentIndex(board.metric_box.findText("销售额"))
    assert board.table.rowCount() == 4 and board.table.columnSpan(0, 0) == 1


def test_a_month_before_anyone_joined_is_not_a_shop_without_staff(qtbot, shop):
    """The shop has people, none of them on the team in September: the board says so and offers this month, not
    「还没有员工」 and 去添加员工."""
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 10, 8)))
    shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), 1_000_000)
    page = shown_board(qtbot, shop)
    assert page.stack.currentIndex() == 0
    page.picker.setMonth(Month(2026, 9))
    assert page.stack.currentIndex() == 1
    assert "还没有员工" not in page.empty_label.text() and "2026年9月" in page.empty_label.text()
    button = page.stack.currentWidget().findChild(QPushButton)
    assert button.text() == "回到本月"
    button.click()
    assert page.picker.month() == OCT and page.stack.currentIndex() == 0


def test_the_person_detail_of_someone_who_left_says_when(qtbot, staffed_shop):
    """Her months after leaving read 不在职: the line above them says she left, and when."""
    from ui.dialogs.person_detail import PersonDetailDialog

    shop = staffed_shop
    gone = next(p for p in shop.staff.list() if p.left)
    dialog = PersonDetailDialog(shop, gone, OCT)
    qtbot.addWidget(dialog)
    assert "2026年10月1日 离职" in dialog.facts.text()
    stayed = next(p for p in shop.staff.list() if not p.left)
    dialog = PersonDetailDialog(shop, stayed, OCT)
    qtbot.addWidget(dialog)
    assert "离职" not in dialog.facts.text()



def test_the_person_detail_wraps_a_long_line_of_facts(qtbot, shop):
    """The line under the title (name, department, role, hire and leave dates) was one unbreakable line: a long
    department name made the dialog as wide as the line, past a 1366-wide laptop screen at 150 %."""
    from PySide6.QtGui import QFontMetrics

    from ui.dialogs.person_detail import PersonDetailDialog

    person = shop.staff.add(StaffDraft(name="欧阳娜娜", dept="天猫旗舰店售前客服一部（夜班）" * 2, role="客服组长兼培训专员兼售后质检",
                                       hired=date(2024, 3, 1)))
    dialog = PersonDetailDialog(shop, person, OCT)
    qtbot.addWidget(dialog)
    one_line = QFontMetrics(dialog.facts.font()).horizontalAdvance(dialog.facts.text())
    assert dialog.minimumSizeHint().width() < one_line * 0.6


def test_a_working_day_pace_in_the_national_day_holidays_says_why_nobody_is_judged_yet(qtbot, shop):
    """On 4 October with a working-day pace every row reads 未开始 though sales are in: the banner says the pace
    starts on the month's first working day, as the poster's footer does."""
    shop.set_today(date(2026, 10, 5))
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, "workdays")
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部"))
    shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), 3_000_000)
    for day in range(1, 5):
        shop.data.set_value(date(2026, 10, day), person.id, shop.metrics.get("sales"), 100_000)
    page = shown_board(qtbot, shop)
    assert page.board.team_status == "not_started"
    assert "从本月第一个工作日算起" in page.banner.text()
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, "calendar")
    page.refresh()
    assert "第一个工作日" not in page.banner.text()


def test_the_person_detail_of_someone_leaving_later_says_she_will(qtbot, shop, qapp):
    """A leave date typed ahead of time is not a leaving that happened: 将于 … 离职, "Leaving date: … (upcoming)" in English,
    under the staff form's names for the dates."""
    from ui.dialogs.person_detail import PersonDetailDialog

    person = shop.staff.add(StaffDraft(name="小美", hired=date(2026, 1, 5)))
    leaving = shop.staff.leave(person.id, date(2026, 11, 30))
    dialog = PersonDetailDialog(shop, leaving, OCT)
    qtbot.addWidget(dialog)
    assert "将于 2026年11月30日 离职" in dialog.facts.text()
    install_translators(qapp, "en")
    try:
        dialog = PersonDetailDialog(shop, leaving, OCT)
        qtbot.addWidget(dialog)
        assert "Leaving date: 2026-11-30 (upcoming)" in dialog.facts.text() and "Left" not in dialog.facts.text()
        assert "Start date: 2026-01-05" in dialog.facts.text()
    finally:
        install_translators(qapp, "zh")


def test_a_working_day_pace_under_way_does_not_say_it_starts_on_the_first_working_day(qtbot, shop):
    """Only someone hired today has a target: the team is 未开始 because her days have not come, not because the
    month's working days have not begun (8 and 9 October were working days)."""
    shop.set_today(date(2026, 10, 12))
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, "workdays")
    owner = shop.staff.add(StaffDraft(name="陈店长", role="店长"))
    shop.data.set_value(date(2026, 10, 9), owner.id, shop.metrics.get("sales"), 100_000)
    new = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 10, 12)))
    shop.targets.set_staff(OCT, new.id, shop.metrics.get("sales"), 3_000_000)
    page = shown_board(qtbot, shop)
    assert page.board.team_status == "not_started" and page.board.share > 0
    assert "第一个工作日" not in page.banner.text()


def test_sales_typed_as_zero_are_data_the_banner_does_not_ask_for(qtbot, shop):
    """The shop was closed on the 1st and 2nd and the owner typed 0: the banner does not say there is no data."""
    shop.set_today(date(2026, 10, 3))
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部"))
    for day in (1, 2):
        shop.data.set_value(date(2026, 10, day), person.id, shop.metrics.get("sales"), 0)
    page = shown_board(qtbot, shop)
    assert "还没有销售额数据" not in page.banner.text()
    for day in (1, 2):  # the zeros taken out again: no data
        shop.data.set_value(date(2026, 10, day), person.id, shop.metrics.get("sales"), None)
    page.refresh()
    assert "2026年10月还没有销售额数据" in page.banner.text()


def test_the_leaderboard_names_the_periods_of_the_month_shown(qtbot, board_shop):
    """The choices read 本月/本季度/本年 while the board showed a past month: which month was 「本月」? They name it."""
    shop, _people = board_shop
    page = shown_board(qtbot, shop)
    board = page.leaderboard
    page.tabs.setCurrentWidget(board)
    board.show_month(Month(2026, 9), date(2026, 9, 30), board.people)
    assert [board.period.itemText(i) for i in range(board.period.count())] == ["2026年9月", "2026年第三季度", "2026年度"]
    board.period.setCurrentIndex(1)
    assert board.selected_period().shown_label() == "2026年第三季度"


def test_the_leaderboard_names_who_it_leaves_out_having_no_value(qtbot, board_shop):
    """Ranked by 询单转化率, a new hire with sales but no 询单 yet has no rate: she was left out of the ranking
    without a word, as if dropped. The line under it names her; a ranking of everyone says nothing."""
    shop, _people = board_shop
    new = shop.staff.add(StaffDraft(name="小新", dept="客服部", hired=date(2026, 10, 15)))
    shop.data.set_value(date(2026, 10, 16), new.id, shop.metrics.get("sales"), 20_000)
    page = shown_board(qtbot, shop)
    board = page.leaderboard
    page.tabs.setCurrentWidget(board)
    board.metric_box.setCurrentIndex(board.metric_box.findText("询单转化率"))
    assert [board.table.item(row, 1).text() for row in range(board.table.rowCount())] == [
        "阿花", "欧阳娜娜娜", "小刚", "小美"]  # all four 5/20, tied, by name in pinyin
    assert board.unranked.isVisible() and board.unranked.text() == "2026年10月没有询单转化率数据、未排名：小新"
    board.metric_box.setCurrentIndex(board.metric_box.findText("销售额"))
    assert board.table.rowCount() == 5 and not board.unranked.isVisible()


def test_the_detail_of_someone_without_a_target_is_a_right_click_away(qtbot, board_shop, monkeypatch):
    """A double-click on 阿花, who has no target, sets one: her detail (six months, events, awards, flowers) could
    not be opened from the board at all. The row's right-click menu offers it, and for her 设置目标… too."""
    from ui.dialogs.person_detail import PersonDetailDialog
    from ui.dialogs.target_input import TargetInputDialog

    shop, _people = board_shop
    opened = []
    monkeypatch.setattr(PersonDetailDialog, "ask", classmethod(
        lambda cls, parent, shop, person, month, metric=None: opened.append(("详情", person.name, month))))
    monkeypatch.setattr(TargetInputDialog, "ask", classmethod(
        lambda cls, parent, shop, person, month, metric=None: opened.append(("目标", person.name, month))))
    page = shown_board(qtbot, shop)
    row_of = {page.model.data(page.model.index(r, 0), ROW_ROLE).staff.name: r for r in range(page.model.rowCount())}
    menu = page.row_menu(page.model.index(row_of["阿花"], 0))
    assert [action.text() for action in menu.actions()] == ["查看详情", "设置目标…"]
    menu.actions()[0].trigger()
    assert opened == [("详情", "阿花", OCT)]
    menu.actions()[1].trigger()
    assert opened[-1] == ("目标", "阿花", OCT)
    assert [a.text() for a in page.row_menu(page.model.index(row_of["小美"], 0)).actions()] == ["查看详情"]
    assert page.row_menu(page.model.index(-1, -1)) is None  # below the last row


def test_the_menu_key_opens_the_current_rows_menu(qtbot, board_shop, monkeypatch):
    """The Menu key and Shift+F10 give the table the current cell's middle in the table's own coordinates, below
    its header: read as a point of the rows, it named the row under the current one, and on the last row none."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    shop, _people = board_shop
    asked = []
    monkeypatch.setattr(DashboardPage, "row_menu", lambda page, index: asked.append(index.row()))  # no menu shown
    page = shown_board(qtbot, shop)
    page.table.setFocus()
    for row in range(page.model.rowCount()):
        page.table.setCurrentIndex(page.model.index(row, 2))
        at = page.table.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()  # as Qt sends it
        QApplication.sendEvent(page.table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at,
                                                             page.table.mapToGlobal(at)))
    assert asked == list(range(page.model.rowCount()))
