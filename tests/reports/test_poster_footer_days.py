"""The poster's footer on a working-day pace asks nothing of a day off: 「今天多跟进几个询单」 is for a day people
work, not 中秋 or a Saturday, nor for a month whose working days are over."""

from datetime import date, timedelta
from math import ceil

import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from app.reports.board import BEHIND, CLOSE, make_board
from app.reports.pace import WORKDAYS, DayWeights, shop_day_weights
from app.reports.poster_model import ENCOURAGEMENT, build_poster_model
from app.shop import Shop

SEP, OCT = Month(2026, 9), Month(2026, 10)

pytestmark = pytest.mark.usefixtures("holidays_known_to_2026")


def _shop(tmp_path, month: Month, as_of: date, pace: float) -> Shop:
    """小美 sold ¥1,000 each working day of `month` up to `as_of`, her target set so that she is at `pace`."""
    shop = Shop.open(tmp_path / "shop.db", as_of)
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, WORKDAYS)
    sales = shop.metrics.get("sales")
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 1, 5)))
    weights = DayWeights(WORKDAYS)
    days = [d for d in month.day_list() if d <= as_of and weights.weight(d)]
    for day in days:
        shop.data.set_value(day, person.id, sales, 100_000)
    share = weights.elapsed_share(month, as_of)
    shop.targets.set_staff(month, person.id, sales, ceil(len(days) * 100_000 / share / pace))
    return shop


def _footer(shop: Shop, month: Month, today: date) -> tuple[str, str]:
    shop.set_today(today)
    progress = shop.progress(month)
    weights = shop_day_weights(shop.settings)
    return make_board(progress, weights).team_status, build_poster_model(shop.store, shop.name, progress,
                                                                          weights=weights).encouragement


def test_a_public_holiday_is_not_asked_to_follow_up_today(tmp_path):
    shop = _shop(tmp_path, SEP, date(2026, 9, 24), 0.95)  # 中秋 is Friday 25 September 2026, a day off
    try:
        assert _footer(shop, SEP, date(2026, 9, 24)) == (CLOSE, ENCOURAGEMENT[CLOSE])  # a working day: as before
        assert _footer(shop, SEP, date(2026, 9, 25)) == (CLOSE, "只差一点点，下个工作日多跟进几个询单就追上了！")
        assert _footer(shop, SEP, date(2026, 9, 27)) == (CLOSE, "只差一点点，下个工作日多跟进几个询单就追上了！")
        shop.settings.set(declared.OWN_WORKDAYS, ["2026-09-25"])  # the shop works on it: today is for follow-ups
        assert _footer(shop, SEP, date(2026, 9, 25)) == (CLOSE, ENCOURAGEMENT[CLOSE])
    finally:
        shop.close()


def test_on_a_calendar_day_pace_a_public_holiday_is_a_day_like_any_other(tmp_path):
    """日历天: every day counts towards the target, 中秋 too, so the footer may speak of today's follow-ups."""
    shop = _shop(tmp_path, SEP, date(2026, 9, 24), 0.95)
    try:
        shop.settings.set(declared.BOARD_DAY_WEIGHTS, "calendar")
        status, words = _footer(shop, SEP, date(2026, 9, 25))
        assert words == ENCOURAGEMENT[status] and "工作日" not in words
    finally:
        shop.close()


@pytest.mark.parametrize(("pace", "status", "words"), [
    (0.95, CLOSE, "只差一点点，本月的工作日已经过完，大家辛苦了！"),
    (0.5, BEHIND, "本月的工作日已经过完，大家辛苦了，下个月一起加油！"),
])
def test_no_working_day_left_asks_nothing_more_of_the_month(tmp_path, pace, status, words):
    last_workday = date(2026, 10, 30)  # Friday; Saturday 31 October is a day off
    shop = _shop(tmp_path, OCT, last_workday, pace)
    try:
        assert _footer(shop, OCT, last_workday + timedelta(days=1)) == (status, words)
    finally:
        shop.close()


def test_a_team_not_started_for_a_hire_today_is_not_told_of_the_first_working_day(tmp_path):
    """The only targeted person joined today (calendar days, 9 October sold): her pace starts on her hire day, not
    on the month's first working day, which was long ago."""
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 12))
    sales = shop.metrics.get("sales")
    owner = shop.staff.add(StaffDraft(name="陈店长", role="店长"))
    shop.data.set_value(date(2026, 10, 9), owner.id, sales, 100_000)
    new = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 10, 12)))
    shop.targets.set_staff(OCT, new.id, sales, 3_000_000)
    model = build_poster_model(shop.store, "店", shop.progress(OCT, board=True))
    shop.close()
    assert model.encouragement == "时间进度从新同事入职那天算起"


@pytest.mark.parametrize(("pace", "status", "words"), [
    (0.95, CLOSE, "只差一点点，本月的工作日已经过完，大家辛苦了！"),
    (0.5, BEHIND, "本月的工作日已经过完，大家辛苦了，下个月一起加油！"),
])
def test_a_last_day_off_with_its_data_in_asks_nothing_of_a_next_working_day(tmp_path, pace, status, words):
    """Saturday 31 October, the month's last day, with its data already in (a 0 typed for the closed shop): there is
    no 下个工作日 in the month, and the board asks nothing of the day (本月已没有工作日, not 今天还需)."""
    from app.reports.need import NO_WORKDAY_LEFT, need_text
    from ui.need_words import need_tooltip

    last_day = date(2026, 10, 31)
    shop = _shop(tmp_path, OCT, date(2026, 10, 30), pace)
    try:
        shop.set_today(last_day)
        person = shop.staff.list()[0]
        shop.data.set_value(last_day, person.id, shop.metrics.get("sales"), 0)
        assert _footer(shop, OCT, last_day) == (status, words)
        board = make_board(shop.progress(OCT), shop_day_weights(shop.settings))
        assert board.progress.as_of == last_day
        assert [need.state for need in (board.team_need, board.rows[0].need)] == [NO_WORKDAY_LEFT] * 2
        assert need_text(board.team_need, str) == "本月已没有工作日"
        assert "本月最后一天不是工作日" in need_tooltip(board.team_need, str)  # not 「剩下的 0 天」
    finally:
        shop.close()
