from datetime import date
from fractions import Fraction

import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month
from app.reports.board import BEHIND, ON_TRACK, make_board
from app.reports.pace import CALENDAR, WORKDAYS, DayWeights
from app.shop import Shop

OCT = Month(2026, 10)
NOV = Month(2026, 11)


def test_calendar_share():
    assert DayWeights().elapsed_share(OCT, date(2026, 10, 19)) == Fraction(19, 31)
    assert DayWeights().elapsed_share(OCT, date(2026, 9, 30)) == 0


def test_working_days_follow_the_chinese_holiday_calendar():
    # October 2026: National Day holiday 1–7 Oct; Sat 10 Oct is a make-up working day. Working days:
    # 8, 9, 10 (make-up), 12–16, 19–23, 26–30 → 3 + 5 + 5 + 5 = 18 days. Through the 10th: 3 of 18.
    share = DayWeights(WORKDAYS).elapsed_share(OCT, date(2026, 10, 10))
    assert share == Fraction(3, 18)
    assert DayWeights(WORKDAYS).elapsed_share(OCT, date(2026, 10, 7)) == 0


def test_promotion_days_weigh_more():
    # November: 30 days, 11-11 counts 5 → total 34; through the 11th: 10 + 5 = 15
    weights = DayWeights.parse(CALENDAR, ["11-11:5"])
    assert weights.elapsed_share(NOV, date(2026, 11, 11)) == Fraction(15, 34)
    assert weights.elapsed_share(NOV, date(2026, 11, 10)) == Fraction(10, 34)


@pytest.mark.parametrize("bad", ["11/11", "13-01:2", "11-11:0", "11-11:x"])
def test_bad_promotion_days_refused(bad):
    with pytest.raises(UserError, match="大促日"):
        DayWeights.parse(CALENDAR, [bad])


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    yield shop
    shop.close()


def test_status_follows_the_shops_weighting(shop):
    person = shop.staff.add(StaffDraft(name="小美"))
    sales = shop.metrics.get("sales")
    shop.targets.set_staff(OCT, person.id, sales, 1_800_000)
    shop.data.set_value(date(2026, 10, 8), person.id, sales, 300_000)
    progress = shop.progress(OCT, as_of=date(2026, 10, 10))
    # calendar: expected 10/31 × 18,000 = 5,806.45 > 3,000 → behind
    assert make_board(progress).rows[0].status == BEHIND
    # working days: expected 3/18 × 18,000 = 3,000 → exactly on track
    assert make_board(progress, DayWeights(WORKDAYS)).rows[0].status == ON_TRACK
    assert make_board(progress, DayWeights(WORKDAYS)).rows[0].expected == 300_000


def test_prorated_target_for_someone_hired_on_the_15th(shop):
    person = shop.staff.add(StaffDraft(name="新人", hired=date(2026, 10, 15)))
    shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), 3_100_000)
    assert shop.progress(OCT).people[0].line.target == 3_100_000
    shop.settings.set(declared.PRORATE_TARGETS, True)
    # employed 15..31 = 17 of 31 days: 3,100,000 × 17 / 31 = 1,700,000
    assert shop.progress(OCT).people[0].line.target == 1_700_000


def test_promotion_days_typed_with_a_chinese_input_method_are_read():
    weights = DayWeights.parse(CALENDAR, ["11-11:5", "6-18：3", "１２－１２：２"])
    assert weights.promotions == ((11, 11, 5), (6, 18, 3), (12, 12, 2))


def test_a_promotion_day_given_twice_is_refused_by_name():
    with pytest.raises(UserError, match="11-11") as refused:
        DayWeights.parse(CALENDAR, ["11-11:5", "6-18:3", "11-11:3"])
    assert "两次" in refused.value.message


def test_a_day_given_twice_in_a_list_stored_before_that_rule_keeps_its_first_weight(shop):
    # typing it again is refused (above); a shop that saved "11-11:5, 11-11:3" earlier still opens its board
    from app.reports.pace import shop_day_weights

    shop.settings.set(declared.PROMOTION_DAYS, ["11-11:5", "11-11:3"])
    assert shop_day_weights(shop.settings).promotions == ((11, 11, 5),)
