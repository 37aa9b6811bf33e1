"""The board's words: an ended month, the banner's sentences, tiles without their counts, New Year's Day,
the guessed holidays, a past month whose data stop early."""

from datetime import date

import pytest
from board_support import ARTIFACTS, OCT, make_board_shop

from app import settings as declared
from app.domain import StaffDraft
from app.i18n import sentences
from app.periods import Month
from ui.models.board_model import BoardModel
from ui.pages.dashboard import DashboardPage


@pytest.fixture
def board_shop(shop):
    return make_board_shop(shop)


def _cell(page, row, column):
    return page.model.data(page.model.index(row, column))


def test_an_ended_month_on_the_board_reads_reached_or_missed(qtbot, board_shop):
    from app.reports.board import MISSED, STATUS_ICON

    shop, _ = board_shop
    shop.set_today(date(2026, 11, 26))
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(OCT)
    statuses = {_cell(page, r, BoardModel.NAME): _cell(page, r, BoardModel.STATUS)
                for r in range(page.model.rowCount())}
    assert statuses["小美"] == statuses["小刚"] == f"{STATUS_ICON[MISSED]} 未达成"
    assert statuses["欧阳娜娜娜"] == "✿ 已达成"
    assert page.summary.status.text() == f"{STATUS_ICON[MISSED]} 未达成"
    assert page.summary.on_track.text() == "1/3 人已达成"


def test_the_banners_sentences_follow_one_another_as_chinese_writes_them(qtbot, board_shop):
    """No space after 。 in Chinese (it read as a gap of two), one after an English full stop."""
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(Month(2026, 9))
    assert page.banner.text().startswith("2026年9月没有销售额数据。可在「数据」页录入或导入。有 4 人未设目标，双击该行即可设置。店铺名称")
    assert sentences(["No data yet.", "", "4 people have no target."]) == "No data yet. 4 people have no target."


def test_a_rate_the_month_cannot_compute_says_what_it_lacks_not_that_there_is_no_data(qtbot, board_shop):
    """An export with 客户满意率 but no 评价数/满意数 is stored as 满意率（报表）, which the tile cannot combine:
    the tile said 本月还没有数据. Now it names what it needs and where the report's rate is."""
    shop, people = board_shop
    rate = shop.metrics.get("satisfaction_rate")
    for name in ("小美", "小刚"):
        shop.data.set_value(date(2026, 10, 5), people[name].id, rate, 9850)  # 98.50%
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    conversion, avg_order, satisfaction, response = page.summary.tiles
    assert satisfaction.value.text() == "—"
    assert satisfaction.change.text() == "需要评价数和满意数才能计算；满意率（报表）见「数据」页"
    assert conversion.value.text() == "25.0%" and avg_order.value.text() != "—"
    assert response.change.text() == "本月还没有数据"  # nothing of it this month: that is what it says
    page.picker.setMonth(Month(2026, 9))  # a month with no data at all
    assert page.summary.tiles[2].change.text() == "全月没有数据"  # September is over: not 本月
    page.picker.setMonth(OCT)
    page.grab().save(str(ARTIFACTS / "board-rate-without-counts.png"))


def test_a_tile_names_the_one_count_it_lacks(qtbot, board_shop):
    shop, people = board_shop
    shop.data.set_value(date(2026, 10, 5), people["小美"].id, shop.metrics.get("ratings"), 10)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.summary.tiles[2].change.text() == "需要满意数才能计算"


def test_new_years_day_before_its_data_points_to_last_month(qtbot, shop):
    """On 1 January the data runs to 31 December: January has begun (not 尚未开始) and December's final result
    is one click back."""
    sales = shop.metrics.get("sales")
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 1, 5)))
    for month in (Month(2026, 12), Month(2027, 1)):
        shop.targets.set_staff(month, person.id, sales, 3_100_000)
    shop.set_today(date(2027, 1, 1))
    shop.data.set_value(date(2026, 12, 31), person.id, sales, 100_000)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.picker.month() == Month(2027, 1)
    assert page.as_of_label.text() == "本月第 1 天，还没有数据"
    assert "2026年12月的最终结果" in page.banner.text() and "◀" in page.banner.text()
    page.picker.setMonth(Month(2026, 12))
    assert page.as_of_label.text() == "数据截至 2026年12月31日（第 31/31 天）"


def test_a_workday_pace_in_a_year_of_unknown_holidays_says_what_it_assumes(qtbot, shop, holidays_known_to_2026):
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 1, 5)))
    shop.targets.set_staff(Month(2027, 1), person.id, shop.metrics.get("sales"), 3_100_000)
    shop.set_today(date(2027, 1, 5))
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert "2027 年" not in page.banner.text()  # calendar days: no holidays to know
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, "workdays")
    page.refresh()
    assert "还不知道 2027 年的法定节假日" in page.banner.text() and "春节" in page.banner.text()
    assert "设置 → 看板与小红花" in page.banner.text()
    shop.settings.set(declared.OWN_DAYS_OFF, ["2027-01-01"])
    page.refresh()
    assert "2027 年" not in page.banner.text()
    page.picker.setMonth(Month(2026, 12))
    assert "法定节假日" not in page.banner.text()
    shop.settings.set(declared.OWN_DAYS_OFF, [])
    shop.set_today(date(2027, 2, 3))  # January is over: its final result has no pace to guess
    page.picker.setMonth(Month(2027, 1))
    page.refresh()
    assert "法定节假日" not in page.banner.text()
    page.picker.setMonth(Month(2027, 2))
    assert "还不知道 2027 年的法定节假日" in page.banner.text()


def test_a_past_month_whose_data_stop_early_says_it_is_over_beside_what_the_team_missed(qtbot, board_shop):
    """October (data 1–19 October) looked at on 26 November: what is left is what was missed, nothing is asked
    per day."""
    shop, _ = board_shop
    shop.set_today(date(2026, 11, 26))
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(OCT)
    page.refresh()
    # the team's ¥45,600 (阿花's ¥5,700 without a target in it, as the board counts it) of ¥72,000
    assert page.summary.numbers.parts[0].endswith("2026年10月已结束，还差 ¥26,400.00")  # seen in November
    assert {_cell(page, r, BoardModel.PER_DAY) for r in range(page.model.rowCount())} <= {"—", ""}
    assert "今天" not in page.summary.numbers.parts[0] and "需" not in page.summary.numbers.parts[0]


def test_someone_who_left_mid_month_reads_left_with_the_day_in_a_neutral_colour(qtbot, board_shop):
    """小刚 left on 15 October: the board read 未达成 in red beside his name, as of one who fell short."""
    from PySide6.QtCore import Qt

    from app.reports.board import LEFT, MISSED, STATUS_COLOUR, STATUS_ICON

    shop, people = board_shop
    shop.staff.leave(people["小刚"].id, date(2026, 10, 15))
    shop.set_today(date(2026, 11, 26))
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(OCT)
    rows = {_cell(page, r, BoardModel.NAME): r for r in range(page.model.rowCount())}
    assert _cell(page, rows["小刚"], BoardModel.STATUS) == f"{STATUS_ICON[LEFT]} 已离职 10月15日"
    assert _cell(page, rows["小美"], BoardModel.STATUS) == f"{STATUS_ICON[MISSED]} 未达成"
    colour = page.model.index(rows["小刚"], BoardModel.STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == STATUS_COLOUR[LEFT] != STATUS_COLOUR[MISSED]
    assert page.summary.on_track.text() == "1/2 人已达成"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.resize(1100, 700)
    page.grab().save(str(ARTIFACTS / "board_leaver.png"))
