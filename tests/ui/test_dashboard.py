"""The board (看板): the model it shows, empty states, sorting, the chart after first paint, the leaderboard."""

from datetime import date

import pytest
from board_support import ARTIFACTS, OCT, make_board_shop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from ui.models.board_model import PROGRESS_ROLE, BoardModel
from ui.pages.dashboard import DashboardPage


@pytest.fixture
def board_shop(shop):
    return make_board_shop(shop)


def _cell(page, row, column):
    return page.model.data(page.model.index(row, column))


def test_board_rows_show_remaining_and_colour(qtbot, board_shop, qtmodeltester):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    qtmodeltester.check(page.model)
    names = [_cell(page, r, BoardModel.NAME) for r in range(page.model.rowCount())]
    # sorted by achievement: 欧阳娜娜娜 114%, 小美 61.3%, 小刚 30.6%, then 阿花 without a target
    assert names == ["欧阳娜娜娜", "小美", "小刚", "阿花"]
    # 小美: ¥19,000 of ¥31,000 → 还差 ¥12,000.00, 12 days left → 日均需 ¥1,000.00; pace 19,000×31 = 31,000×19 → on track
    assert _cell(page, 1, BoardModel.REMAINING) == "还差 ¥12,000.00"
    assert _cell(page, 1, BoardModel.PER_DAY) == "日均需 ¥1,000.00"
    assert _cell(page, 1, BoardModel.STATUS) == "▲ 进度正常"
    assert _cell(page, 2, BoardModel.STATUS) == "▼ 落后"
    assert _cell(page, 0, BoardModel.STATUS) == "✿ 已达成"
    assert _cell(page, 3, BoardModel.TARGET) == "未设目标"
    colour = page.model.data(page.model.index(2, BoardModel.STATUS), Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#d64541"
    share, expected, status, text = page.model.data(page.model.index(1, BoardModel.PROGRESS), PROGRESS_ROLE)
    assert (round(share, 4), round(expected, 4), status, text) == (round(19 / 31, 4), round(19 / 31, 4),
                                                                    "on_track", "61.3%")
    assert "数据截至 2026年10月19日" in page.as_of_label.text()
    assert "有 1 人未设目标" in page.banner.text()


def test_the_owner_on_the_staff_list_to_give_flowers_is_no_line_on_the_board(qtbot, board_shop):
    shop, _ = board_shop
    shop.staff.add(StaffDraft(name="王老板", role="店长", dept="客服部"))
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    names = [_cell(page, r, BoardModel.NAME) for r in range(page.model.rowCount())]
    assert names == ["欧阳娜娜娜", "小美", "小刚", "阿花"]  # no 「王老板 未设目标」 under 阿花


def test_team_summary_and_tiles(qtbot, board_shop):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    # team: 19 × (1,000 + 500 + 300 + 600) = ¥45,600 against 31,000 + 31,000 + 10,000 = ¥72,000
    # 阿花 has no target: her ¥5,700 is in the team's total (as the CLI counts it) but behind no target — said
    assert "已完成 ¥45,600.00（含未设目标的 1 人 ¥5,700.00） / 个人目标合计 ¥72,000.00" in page.summary.numbers.text()
    assert page.summary.on_track.text() == "2/3 人进度正常或已达成"  # 阿花 has no target
    conversion = page.summary.tiles[0]
    assert conversion.name.text() == "询单转化率" and conversion.value.text() == "25.0%"  # 5/20
    assert conversion.change.text() == "上月无数据"


def test_sorting_is_remembered(qtbot, board_shop):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.sort.setCurrentIndex(page.sort.findData("name"))
    names = [_cell(page, r, BoardModel.NAME) for r in range(page.model.rowCount())]
    assert names == ["阿花", "欧阳娜娜娜", "小刚", "小美"]  # pinyin order (a, ou, xiao), not by code point
    again = DashboardPage(shop)
    qtbot.addWidget(again)
    assert again.sort.currentData() == "name"


def test_empty_shop_shows_a_way_forward(qtbot, shop):
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.stack.currentIndex() == 1
    with qtbot.waitSignal(page.navigate) as signal:
        page.stack.currentWidget().findChildren(QPushButton)[0].click()
    assert signal.args == ["staff"]


def test_the_board_asks_for_the_shops_own_name_before_it_goes_on_a_poster(qtbot, board_shop):
    """The default name 「我的淘宝店」 would be printed on the first poster and certificates: the board says where
    to change it, and stops once the owner has."""
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert "「设置 → 店铺」" in page.banner.text() and "我的淘宝店" in page.banner.text()
    shop.settings.set(declared.SHOP_NAME, "小美家居旗舰店")
    page.refresh()
    assert "设置 → 店铺" not in page.banner.text()


def test_future_month_says_so(qtbot, board_shop):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(Month(2026, 12))
    assert "还没有开始" in page.banner.text()
    assert page.as_of_label.text() == "2026年12月尚未开始"  # seen in October: not 本月


def test_setting_a_missing_target_from_the_board(qtbot, board_shop, monkeypatch):
    shop, people = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    from ui.dialogs.target_input import TargetInputDialog

    dialog = TargetInputDialog(shop, people["阿花"], OCT)
    qtbot.addWidget(dialog)
    dialog.value.setText("abc")
    dialog.save()
    assert "不是有效的金额" in dialog.error.text()
    dialog.value.setText("20000.005")
    dialog.save()
    assert "销售额最多两位小数（到分）：「20000.005」" in dialog.error.text()
    assert shop.store.targets.staff_target("2026-10", people["阿花"].id, "sales") is None
    dialog.value.setText("¥20,000")
    dialog.save()
    assert shop.store.targets.staff_target("2026-10", people["阿花"].id, "sales") == 2_000_000


def test_chart_draws_after_first_paint_with_hover_text(qtbot, board_shop):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.chart.canvas is not None, timeout=5000)
    # team cumulative through day 2: 2 × ¥2,400 = ¥4,800
    assert page.chart.hover_text_for_day(2) == "2日 累计 ¥4,800.00"
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.chart.subject.text() == "小美", timeout=3000)
    assert page.chart.hover_text_for_day(3) == "3日 累计 ¥3,000.00"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.chart.canvas.draw()
    page.grab().save(str(ARTIFACTS / "dashboard.png"))


def test_leaderboard_ties_share_a_rank(qtbot, board_shop):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    board = page.leaderboard
    board.metric_box.setCurrentIndex(board.metric_box.findText("询单转化率"))
    ranks = [(e.rank, e.staff.name) for e in board.entries()]
    assert [r for r, _ in ranks] == [1, 1, 1, 1]  # everyone 5/20
    board.metric_box.setCurrentIndex(board.metric_box.findText("销售额"))
    assert [(e.rank, e.staff.name) for e in board.entries()] == [(1, "小美"), (2, "欧阳娜娜娜"), (3, "小刚"), (4, "阿花")]
    assert board.table.item(0, 2).text() == "¥19,000.00"


def test_the_leaderboard_out_of_view_is_filled_when_its_tab_is_opened(qtbot, board_shop):
    """Behind the 图表 tab at start, the ranking need not delay the window's first paint: it is read when the
    排行榜 tab comes into view, for the month the board shows then."""
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    board = page.leaderboard
    assert not board.isVisible() and board.table.rowCount() == 0
    page.tabs.setCurrentWidget(board)
    qtbot.waitUntil(lambda: board.table.rowCount() == 4)
    assert [board.table.item(row, 1).text() for row in range(4)] == ["小美", "欧阳娜娜娜", "小刚", "阿花"]
    board.table.setRowCount(0)
    page.refresh()  # in view: filled at once
    assert board.table.rowCount() == 4


def test_empty_board_button_opens_the_staff_page(make_window):
    window = make_window(start_page="dashboard")
    board = window.current_page()
    assert isinstance(board, DashboardPage) and board.stack.currentIndex() == 1
    board.navigate.emit("staff")
    assert window.current_index() == 1


def test_person_detail_shows_months_flowers_and_events(qtbot, board_shop):
    from ui.dialogs.person_detail import PersonDetailDialog

    shop, people = board_shop
    boss = shop.staff.add(StaffDraft(name="王店长", role="店长", dept="客服部"))
    shop.flowers.issue(boss.id, people["小美"].id, "挽回差评", day=date(2026, 10, 5))
    shop.events.add(date(2026, 10, 6), people["小美"].id, "表扬", note="顾客来电表扬")
    dialog = PersonDetailDialog(shop, people["小美"], OCT)
    qtbot.addWidget(dialog)
    assert dialog.months.rowCount() == 6
    assert dialog.months.item(5, 1).text() == "¥19,000.00" and dialog.months.item(5, 3).text() == "61.3%"
    assert dialog.flowers.text() == "小红花：2026 年获得 1 朵，当前有效 1 朵"
    assert dialog.events.item(0, 1).text() == "表扬"
    assert dialog.events.item(0, 0).text() == "2026年10月6日"  # as the window writes dates, not 2026-10-06
    assert dialog.awards.item(0, 0).text() == "还没有已批准的奖项"  # nothing approved yet, and it says so
    # May..September: nothing recorded and no target is "无数据", not "¥0.00 / 未设目标"
    assert [dialog.months.item(r, 1).text() for r in range(5)] == ["无数据"] * 5
    assert dialog.months.verticalScrollBar().maximum() == 0  # all six months show without scrolling
    assert not dialog.months.verticalHeader().isVisible()


def test_person_detail_says_the_running_month_is_counted_so_far(qtbot, board_shop, lang):
    """October's 61.3% is of the month through the 19th, not its result: its row says so, as the board's as-of
    line does; the months before are whole."""
    from ui.dialogs.person_detail import PersonDetailDialog

    shop, people = board_shop
    dialog = PersonDetailDialog(shop, people["小美"], OCT)
    qtbot.addWidget(dialog)
    labels = [dialog.months.item(r, 0).text() for r in range(6)]
    assert labels[5] == ("2026年10月（截至10月19日）" if lang == "zh" else "2026-10 (up to 10-19)")
    assert labels[4] == ("2026年9月" if lang == "zh" else "2026-09")
    dialog.show()
    qtbot.waitExposed(dialog)
    month_column = dialog.months.columnWidth(0)
    assert dialog.months.fontMetrics().horizontalAdvance(labels[5]) < month_column  # whole, not cut with …


def test_person_detail_on_the_months_last_day_still_counts_it_so_far(qtbot, tmp_path):
    """On the 31st with the day's first figures in, October is still running (its results are coming in, the
    board still paces it): its row says 截至10月31日, not the month as a whole; on 1 November it is whole."""
    from app.shop import Shop
    from ui.dialogs.person_detail import PersonDetailDialog

    for today, label in ((date(2026, 10, 31), "2026年10月（截至10月31日）"), (date(2026, 11, 1), "2026年10月")):
        shop = Shop.open(tmp_path / f"{today}.db", today)
        person = shop.staff.add(StaffDraft(name="小美"))
        shop.data.set_value(date(2026, 10, 31), person.id, shop.metrics.get("sales"), 100_000)
        dialog = PersonDetailDialog(shop, person, OCT)
        qtbot.addWidget(dialog)
        assert dialog.months.item(5, 0).text() == label
        shop.close()


def test_person_detail_opens_without_a_focus_frame_on_its_first_cell(qtbot, board_shop):
    """The detail opened with a focus frame drawn around its first month's cell, as if something there were
    chosen: it opens with the table in focus but no cell current; the arrows still go through its rows."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.person_detail import PersonDetailDialog

    shop, people = board_shop
    dialog = PersonDetailDialog(shop, people["小美"], OCT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.months)
    assert not dialog.months.currentIndex().isValid()
    QTest.keyClick(dialog.months, Qt.Key.Key_Down)
    assert dialog.months.currentIndex().row() == 0


def test_person_detail_tells_the_months_away_of_a_rehired_person(qtbot, board_shop):
    from ui.dialogs.person_detail import PersonDetailDialog

    shop, _ = board_shop
    back = shop.staff.add(StaffDraft(name="刘洋", dept="客服部", hired=date(2026, 5, 10)))
    shop.staff.leave(back.id, date(2026, 6, 30))
    back = shop.staff.rehire(back.id, date(2026, 9, 1))
    dialog = PersonDetailDialog(shop, back, OCT)
    qtbot.addWidget(dialog)
    # May, June: the first stint (was 未入职: before the latest hire date); July, August: away
    assert [dialog.months.item(r, 1).text() for r in range(6)] == ["无数据", "无数据", "不在职", "不在职", "无数据",
                                                                    "无数据"]
    assert "2026年9月1日 重新入职" in dialog.facts.text()
    assert dialog.facts.toolTip() == "在职经历：\n2026年5月10日 至 2026年6月30日\n2026年9月1日 起至今"


def test_person_detail_names_an_approved_awards_period_as_the_window_writes_periods(qtbot, shop):
    """「2026年9月」 as everywhere else in the window, not the stored key 2026-09."""
    from ui.dialogs.person_detail import PersonDetailDialog

    person = shop.staff.add(StaffDraft(name="陈晓燕", dept="客服部", role="客服", hired=date(2024, 3, 1)))
    shop.awards.plans.use("taobao-kefu")  # 工龄奖 for a year on the team
    shop.awards.approve(Month(2026, 9), confirm=True)
    dialog = PersonDetailDialog(shop, person, OCT)
    qtbot.addWidget(dialog)
    assert [dialog.awards.item(0, c).text() for c in range(3)] == ["2026年9月", "工龄奖", "¥100.00"]


def test_tile_change_texts():
    from decimal import Decimal

    from app.reports.board import Tile
    from ui.widgets.team_summary import tile_change_text

    def tile(value, previous, higher=True):
        return Tile("x", "x", "percent", value, previous, higher)

    assert tile_change_text(tile(Decimal("0.3"), None)) == "上月无数据"
    assert tile_change_text(tile(None, Decimal("0.3"))) == "本月还没有数据"
    assert tile_change_text(tile(None, None)) == "本月还没有数据"  # under a "—": this month's is what is missing
    assert tile_change_text(tile(Decimal("0.3"), Decimal(0))) == "上月为 0，无法比较"
    assert tile_change_text(tile(Decimal("0.3"), Decimal("0.3"))) == "与上月持平"
    # 0.33 vs 0.30: +10.0%; for a lower-is-better metric that is worse
    assert tile_change_text(tile(Decimal("0.33"), Decimal("0.30"))) == "↑ 10.0% 较上月（变好）"
    assert tile_change_text(tile(Decimal("0.33"), Decimal("0.30"), higher=False)) == "↑ 10.0% 较上月（变差）"
    # 34.30% vs 34.31%: a change of -0.03% shows as 0.0%, which is no change, not worse
    assert tile_change_text(tile(Decimal("0.3430"), Decimal("0.3431"))) == "与上月持平"


def test_leaderboard_offers_a_custom_metric_added_after_the_board_was_built(qtbot, board_shop):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    shop.metric_service.add_custom("客诉分", unit="percent", higher_is_better=False, aggregation="mean", decimals=2)
    shop.reload_metrics()
    page.refresh()
    box = page.leaderboard.metric_box
    assert "客诉分" in [box.itemText(i) for i in range(box.count())]


def test_re_sorting_a_locked_board_needs_no_pin_and_saves_nothing(qtbot, board_shop, db_path, messages):
    from app import settings as declared
    from app.shop import Shop

    shop, _ = board_shop
    shop.security.set_pin("1234")
    locked = Shop.open(db_path, shop.today)  # the next start: the board is for anyone to look at
    assert locked.store.locked
    page = DashboardPage(locked)
    qtbot.addWidget(page)
    page.refresh()
    page.sort.setCurrentIndex(page.sort.findData("name"))
    assert messages.shown == []
    assert page.model.rows[0].staff.name == "阿花"  # sorted by name, in pinyin order: a before ou and xiao
    assert shop.settings.get(declared.BOARD_SORT) != "name"
    page.close()
    page.deleteLater()
    qtbot.wait(0)
    locked.close()


def test_a_board_without_any_target_says_so_instead_of_0_of_0(qtbot, staffed_shop):
    from app.reports.board import make_board, on_track_label

    page = DashboardPage(staffed_shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.summary.on_track.text() == "还没有人设目标"
    assert on_track_label(make_board(staffed_shop.progress(staffed_shop.current_month())).rows) == "还没有人设目标"


def test_a_mid_month_hires_pace_mark_is_her_own(qtbot, board_shop):
    shop, _ = board_shop
    newcomer = shop.staff.add(StaffDraft(name="新来的", dept="客服部", hired=date(2026, 10, 11)))
    shop.targets.set_staff(OCT, newcomer.id, shop.metrics.get("sales"), 2_100_000)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    rows = {page.model.rows[r].staff.name: r for r in range(page.model.rowCount())}
    _, mark, _, _ = page.model.data(page.model.index(rows["新来的"], BoardModel.PROGRESS), PROGRESS_ROLE)
    _, month_mark, _, _ = page.model.data(page.model.index(rows["小美"], BoardModel.PROGRESS), PROGRESS_ROLE)
    assert round(mark, 4) == round(9 / 21, 4) and round(month_mark, 4) == round(19 / 31, 4)  # 11th–19th of 11th–31st
    tip = Qt.ItemDataRole.ToolTipRole
    assert page.model.index(rows["新来的"], BoardModel.NAME).data(tip) == "新来的：本月在职 21/31 天，按时间进度此时应完成 ¥9,000.00"
    assert page.model.index(rows["小美"], BoardModel.NAME).data(tip).startswith("小美：按时间进度此时应完成")


def test_a_mid_month_hires_target_line_starts_on_her_first_day(qtbot, board_shop):
    """The chart's target line climbs as the board paces her: nothing due before the 11th, ¥9,000 of her ¥21,000
    by the 19th (9 of her 21 days), not the calendar's straight line from the 1st."""
    shop, _ = board_shop
    newcomer = shop.staff.add(StaffDraft(name="新来的", dept="客服部", hired=date(2026, 10, 11)))
    shop.targets.set_staff(OCT, newcomer.id, shop.metrics.get("sales"), 2_100_000)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.rows[r].staff.name == "新来的"))
    qtbot.waitUntil(lambda: page.chart.subject.text() == "新来的", timeout=5000)
    [line] = [line for line in page.chart.figure.axes[0].lines if line.get_label() == "目标线"]
    due = list(line.get_ydata())
    assert (due[9], due[10], due[18], due[30]) == (0, pytest.approx(1_000), pytest.approx(9_000), 21_000)


def test_a_narrow_board_keeps_a_readable_progress_bar_and_scrolls_instead(qtbot, board_shop):
    from PySide6.QtGui import QFontMetricsF

    from ui.widgets.progress_bar import MIN_BAR_WIDTH, minimum_cell_width

    shop, _ = board_shop
    # names and a department long enough that the table does not fit the page at its least width, whatever the
    # toolbar above makes that width
    shop.staff.add(StaffDraft(name="阿卜杜热合曼·买买提明", dept="售前客服一组（夜班）"))
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    least = minimum_cell_width(QFontMetricsF(page.table.font()))
    assert least > MIN_BAR_WIDTH
    assert header.sectionSize(BoardModel.PROGRESS) >= least
    assert header.length() > page.table.viewport().width()  # the rest scrolls sideways
    page.resize(1800, 600)
    qtbot.wait(20)
    assert header.length() <= page.table.viewport().width()  # wide enough: the bar takes the spare room
    assert header.sectionSize(BoardModel.PROGRESS) > least


def test_the_percentage_sits_beside_the_bar_never_over_it():
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF

    from ui.widgets.progress_bar import bar_and_text

    metrics = QFontMetricsF(QFont())
    bars = []
    for text in ("5.0%", "79.5%", "100.0%", "1050.0%", "未设目标"):
        bar, text_rect = bar_and_text(QRectF(0, 0, 300, 20), metrics, text)
        assert text_rect.left() == bar.right() and text_rect.width() >= metrics.horizontalAdvance(text)
        bars.append(bar.width())
    assert len(set(bars)) == 1  # every row's bar has the same scale
    bar, text_rect = bar_and_text(QRectF(0, 0, 30, 20), metrics, "79.5%")  # too narrow: all the room goes to the number
    assert bar.width() == 0 and text_rect.width() == 30


def test_choosing_the_headline_metric_measures_the_board_in_it_and_remembers_it(qtbot, board_shop, messages):
    from app import settings as declared
    from ui.tv_mode import TvWindow

    shop, people = board_shop
    orders = shop.metrics.get("orders")
    shop.targets.set_staff(OCT, people["小美"].id, orders, 310)
    for day in range(1, 20):
        shop.data.set_value(date(2026, 10, day), people["小美"].id, orders, 12)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.headline.currentText() == "销售额"
    page.headline.setCurrentIndex(page.headline.findData("orders"))
    assert shop.settings.get(declared.HEADLINE_METRIC) == "orders"
    row = [_cell(page, 0, c) for c in (BoardModel.NAME, BoardModel.VALUE, BoardModel.TARGET, BoardModel.REMAINING,
                                       BoardModel.PER_DAY)]
    # 19 × 12 = 228 of 310: 82 to go over 12 days → 7 a day
    assert row == ["小美", "228", "310", "还差 82", "日均需 7"]
    assert page.summary.title.text() == "团队进度（订单数）"
    assert page.summary.numbers.text().startswith("已完成 228 / 个人目标合计 310")  # the others have no orders
    assert "有 3 人未设目标" in page.banner.text()
    tv = TvWindow(shop, metric=page.headline.currentData())
    qtbot.addWidget(tv)
    assert tv.progress.metric.key == "orders" and tv.amount(228) == "228"
    again = DashboardPage(shop)  # the choice is the shop's: the next start opens on it
    qtbot.addWidget(again)
    assert again.headline.currentData() == "orders"


def test_a_custom_metric_added_later_can_head_the_board(qtbot, board_shop):
    shop, _people = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    shop.metric_service.add_custom("服务积分", unit="score")
    shop.reload_metrics()
    page.refresh()
    assert page.headline.findText("服务积分") >= 0 and page.headline.currentText() == "销售额"


def test_a_missing_target_on_an_orders_board_is_asked_in_orders(qtbot, board_shop, monkeypatch):
    from ui.dialogs.target_input import TargetInputDialog

    shop, people = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.headline.setCurrentIndex(page.headline.findData("orders"))
    asked = []
    monkeypatch.setattr(TargetInputDialog, "ask", lambda parent, shop, person, month, metric=None:
                        asked.append((person.name, metric.key)) or False)
    names = [_cell(page, r, BoardModel.NAME) for r in range(page.model.rowCount())]
    page._open_row(page.model.index(names.index("阿花"), BoardModel.NAME))
    assert asked == [("阿花", "orders")]
    dialog = TargetInputDialog(shop, people["阿花"], OCT, metric=shop.metrics.get("orders"))
    qtbot.addWidget(dialog)
    dialog.value.setText("2.5")
    dialog.save()
    assert "应为整数" in dialog.error.text()
    dialog.value.setText("300")
    dialog.save()
    assert shop.store.targets.staff_target("2026-10", people["阿花"].id, "orders") == 300


# ---- a 1024-wide screen


def test_the_toolbar_fits_beside_the_navigation_on_a_1024_wide_screen(qtbot, board_shop):
    """The board's toolbar needed ~966 px, so the window could not be narrower than 1078 px."""
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    for month in (OCT, Month(2026, 12)):
        page.picker.setMonth(month)
        page.refresh()
        assert page.as_of_label.text()
        assert page.minimumSizeHint().width() <= 1024 - 112 - 100, month  # with room to spare for other fonts


def test_the_as_of_text_is_cut_with_an_ellipsis_and_shown_whole_in_its_tooltip(qtbot, board_shop):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(page.minimumSizeHint().width(), 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    label = page.as_of_label
    assert label.text() == "数据截至 2026年10月19日（第 19/31 天）" == label.toolTip()
    assert label.width() < label.sizeHint().width()  # squeezed: it gives way before the buttons do
    assert label.shown_text().endswith("…") and label.shown_text() != label.text()
    page.resize(1400, 600)
    qtbot.waitUntil(lambda: label.shown_text() == label.text(), timeout=2000)


def test_choosing_sort_and_headline_metric_is_remembered_without_an_audit_row(qtbot, board_shop):
    from app import settings as declared

    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    before = shop.store.audit.count()
    for key in ("orders", "sales", "orders"):
        page.headline.setCurrentIndex(page.headline.findData(key))
    for key in ("name", "dept", "name"):
        page.sort.setCurrentIndex(page.sort.findData(key))
    assert shop.store.audit.count() == before  # browsing the board writes nothing to 操作日志
    assert shop.settings.get(declared.HEADLINE_METRIC) == "orders"  # still what the poster, CLI and TV read
    assert shop.settings.get(declared.BOARD_SORT) == "name"
    again = DashboardPage(shop)
    qtbot.addWidget(again)
    assert (again.headline.currentData(), again.sort.currentData()) == ("orders", "name")


# ---- the poster names the month it shows


def test_the_set_target_dialog_refuses_0(qtbot, board_shop):
    shop, people = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    from ui.dialogs.target_input import TargetInputDialog

    dialog = TargetInputDialog(shop, people["阿花"], OCT)
    qtbot.addWidget(dialog)
    for text in ("0", "¥0.00"):
        dialog.value.setText(text)
        dialog.save()
        assert "必须大于 0" in dialog.error.text()
        assert dialog.result() != dialog.DialogCode.Accepted
    assert shop.store.targets.staff_target("2026-10", people["阿花"].id, "sales") is None
    page.refresh()
    assert "有 1 人未设目标" in page.banner.text()


# ---- a month that is over
