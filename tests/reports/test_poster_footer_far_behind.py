"""The poster's footer does not cheer a team that is far behind: 「只差一点点，今天多跟进几个询单就追上了」 two days
before the month's end, when catching up asks twice the daily sales so far, is not true, nor is 「还有机会」 when it
asks ten times as much. Early in the month the same shortfall is still a little one."""

from datetime import date
from fractions import Fraction

import pytest

from app.domain import StaffDraft
from app.periods import Month
from app.reports.board import BEHIND, CLOSE, make_board
from app.reports.poster_model import ENCOURAGEMENT, build_poster_model, far_behind_words
from app.shop import Shop

NOV = Month(2026, 11)


def _footer(tmp_path, as_of: date, sold_per_day: int, target: int) -> tuple[str, str]:
    """小美 sold `sold_per_day` fen each day of November up to `as_of` (calendar-day pace)."""
    shop = Shop.open(tmp_path / "shop.db", as_of)
    try:
        sales = shop.metrics.get("sales")
        person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 1, 5)))
        for day in NOV.day_list():
            if day <= as_of:
                shop.data.set_value(day, person.id, sales, sold_per_day)
        shop.targets.set_staff(NOV, person.id, sales, target)
        progress = shop.progress(NOV, as_of=as_of)
        return make_board(progress).team_status, build_poster_model(shop.store, shop.name, progress).encouragement
    finally:
        shop.close()


def test_a_team_slightly_behind_two_days_before_the_end_is_not_told_it_is_nearly_there(tmp_path):
    # ¥28,000 of ¥32,000 by the 28th: 93.75 % of the pace, 略落后; the ¥4,000 left in 2 days is twice the daily
    # sales so far
    status, words = _footer(tmp_path, date(2026, 11, 28), 100_000, 3_200_000)
    assert status == CLOSE
    assert "只差一点点" not in words and "2 倍" in words
    assert words.startswith("最后冲刺") and "还差不少" not in words  # 93.75 % of the pace is no far cry


def test_a_team_far_behind_near_the_end_is_not_told_it_still_has_a_chance(tmp_path):
    # ¥28,000 of ¥70,000 by the 28th: ¥42,000 left in 2 days, 21 times the daily sales so far
    status, words = _footer(tmp_path, date(2026, 11, 28), 100_000, 7_000_000)
    assert status == BEHIND
    assert "还有机会" not in words and "10 倍以上" in words and words.startswith("离目标还差不少")


@pytest.mark.parametrize(("as_of", "target", "status"), [
    (date(2026, 11, 5), 3_200_000, CLOSE),  # 5 days at 93.75 % of the pace: the rest asks 1.08 times as much
    (date(2026, 11, 10), 3_750_000, BEHIND),  # 10 days at 80 %: the rest asks 1.375 times as much
])
def test_early_in_the_month_the_same_shortfall_keeps_its_cheer(tmp_path, as_of, target, status):
    assert _footer(tmp_path, as_of, 100_000, target) == (status, ENCOURAGEMENT[status])


@pytest.mark.parametrize(("target", "status", "times"), [
    (3_200_000, CLOSE, "2 倍"),  # ¥30,000 of ¥32,000: the ¥2,000 left is twice a day's sales so far
    (3_300_000, CLOSE, "3 倍"),  # ¥3,000 left: three days' sales so far
    (7_000_000, BEHIND, "10 倍以上"),  # ¥40,000 left: forty days' sales so far
])
def test_on_the_last_day_a_team_far_behind_is_not_cheered_again(tmp_path, target, status, times):
    # the 29th says 3 and 41 times; the 30th, its results still coming in, asks what is left of that one day
    # rather than falling back to 「只差一点点」 or 「还有机会」
    found, words = _footer(tmp_path, date(2026, 11, 30), 100_000, target)
    assert found == status
    assert words != ENCOURAGEMENT[status] and f"今天要做到之前每天平均的 {times}，" in words


def test_on_the_last_day_a_team_a_little_behind_keeps_its_cheer(tmp_path):
    # ¥29,500 of ¥30,000 on the 30th: the ¥500 left is half a day's sales
    assert _footer(tmp_path, date(2026, 11, 30), 98_334, 3_000_000) == (CLOSE, ENCOURAGEMENT[CLOSE])


def test_on_the_last_day_a_team_with_nothing_made_is_not_told_of_the_days_left(tmp_path):
    assert _footer(tmp_path, date(2026, 11, 30), 0, 3_000_000)[1] == "离目标还差不少，今天是本月最后一天，一起加油！"


@pytest.mark.parametrize(("times", "said"), [(Fraction(2), "2 倍，"), (Fraction(21, 10), "2 倍多，"), (Fraction(10), "10 倍，"),
                                              (Fraction(101, 10), "10 倍以上，"), (Fraction(10**8), "10 倍以上，")])
def test_the_times_are_said_whole_and_at_most_ten(times, said):
    assert said in far_behind_words(times) and said in far_behind_words(times, last_day=True, close=True)
