from datetime import date

from app.domain import Birthday
from app.periods import Month
from app.rules import evaluate
from app.rules.benefits import birthday_dates

from .rules_helpers import OCT, facts, person, plan_of, reason

TENURE = {"name": "工龄奖", "kind": "benefit", "period": "month", "pays": "cash", "benefit": "tenure", "months": 12,
          "amount": 100}
BIRTHDAY = {"name": "生日福利", "kind": "benefit", "period": "month", "pays": "cash", "benefit": "birthday",
            "amount": 100, "gift": "生日蛋糕"}


def paid(rule, staff, period=OCT):
    return [(line.staff_id, line.kind, line.amount_fen, line.item) for line in
            evaluate(plan_of(rule), facts(period, staff)).lines]


def test_hired_on_the_last_day_of_the_month_a_year_ago_counts():
    # 2025-10-31 + 12 months = 2026-10-31, the last day of October → paid in October
    result = evaluate(plan_of(TENURE), facts(OCT, [person(1, hired=date(2025, 10, 31)),
                                                   person(2, hired=date(2025, 11, 1))]))
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 10_000)]
    assert result.lines[0].explanation == "2025年10月31日入职，2026年10月31日满 12 个月 → 奖金 ¥100.00"
    # 2025-11-01 + 12 months = 2026-11-01, after October
    assert reason(result, 2) == "2025年11月1日入职，2026年11月1日才满 12 个月"


def test_a_29_february_hire_completes_on_28_february():
    staff = [person(1, hired=date(2024, 2, 29))]
    # 2024-02-29 + 12 months → 2025-02-28 (no 29th in 2025): paid in February 2025, not January
    assert paid(TENURE, staff, Month(2025, 1)) == []
    assert paid(TENURE, staff, Month(2025, 2)) == [(1, "cash", 10_000, None)]
    # + 24 months → 2026-02-28
    assert paid({**TENURE, "months": 24}, staff, Month(2026, 2)) == [(1, "cash", 10_000, None)]


def test_tenure_keeps_paying_and_needs_a_hire_date():
    result = evaluate(plan_of(TENURE), facts(OCT, [person(1, hired=date(2019, 5, 6)), person(2, hired=None)]))
    assert [line.staff_id for line in result.lines] == [1]
    assert reason(result, 2) == "未填入职日期"


def test_birthday_pays_cash_and_a_cake():
    staff = [person(1, birthday=Birthday(10, 18)), person(2, birthday=Birthday(11, 1)), person(3)]
    result = evaluate(plan_of(BIRTHDAY), facts(OCT, staff))
    assert [(line.staff_id, line.kind, line.amount_fen, line.item) for line in result.lines] == [
        (1, "cash", 10_000, None), (1, "item", 0, "生日蛋糕")]
    assert result.lines[1].explanation == "生日 2026年10月18日 → 生日蛋糕"
    assert reason(result, 2) == "生日11月1日不在本期"
    assert reason(result, 3) == "未填生日"


def test_lunar_new_year_birthday():
    # 农历正月初一 of 2026 is 2026-02-17 (Spring Festival 2026)
    staff = [person(1, birthday=Birthday(1, 1, lunar=True))]
    assert paid(BIRTHDAY, staff, Month(2026, 1)) == []
    result = evaluate(plan_of(BIRTHDAY), facts(Month(2026, 2), staff))
    assert result.lines[0].explanation == "生日 2026年2月17日（农历正月初一） → 奖金 ¥100.00"


def test_a_lunar_birthday_can_fall_twice_in_one_gregorian_year():
    # 农历十一月二十: lunar year 2025's falls in January 2026, lunar year 2026's in late December 2026
    b = Birthday(11, 20, lunar=True)
    staff = [person(1, birthday=b)]
    assert len(paid(BIRTHDAY, staff, Month(2026, 1))) == 2  # cash + cake
    assert len(paid(BIRTHDAY, staff, Month(2026, 12))) == 2
    assert all(d.month in (1, 12) for d in birthday_dates(b, Month(2026, 12)) + birthday_dates(b, Month(2026, 1)))


def test_a_29_february_birthday_in_a_common_year():
    # Birthday 02-29 in 2027 (common year) is kept on 02-28, in February
    assert len(paid(BIRTHDAY, [person(1, birthday=Birthday(2, 29))], Month(2027, 2))) == 2


def test_benefits_apply_to_people_who_left_during_the_period():
    staff = [person(1, hired=date(2020, 1, 1), left=date(2026, 10, 15), birthday=Birthday(10, 3)),
             person(2, hired=date(2020, 1, 1), left=date(2026, 9, 30), birthday=Birthday(10, 3))]
    # #1 worked part of October → tenure + birthday; #2 left before October → not considered at all
    result = evaluate(plan_of(TENURE, BIRTHDAY), facts(OCT, staff))
    assert [(line.staff_id, line.award, line.kind) for line in result.lines] == [
        (1, "工龄奖", "cash"), (1, "生日福利", "cash"), (1, "生日福利", "item")]
    assert [n for n in result.not_awarded if n.staff_id == 2] == []


def test_no_birthday_benefit_for_a_birthday_before_joining_or_after_leaving():
    staff = [person(1, hired=date(2026, 10, 20), birthday=Birthday(10, 10)),
             person(2, hired=date(2020, 1, 1), left=date(2026, 10, 5), birthday=Birthday(10, 10)),
             person(3, hired=date(2026, 10, 10), birthday=Birthday(10, 10))]  # joined on the day: paid
    result = evaluate(plan_of(BIRTHDAY), facts(OCT, staff))
    assert {line.staff_id for line in result.lines} == {3}
    assert reason(result, 1) == "生日 2026年10月10日 不在职（2026年10月20日入职）"
    assert reason(result, 2) == "生日 2026年10月10日 不在职（2026年10月5日离职）"


def test_a_birthday_in_a_rehired_persons_time_away_names_both_days():
    from dataclasses import replace

    from app.domain import Stint

    away = replace(person(1, hired=date(2026, 10, 20), birthday=Birthday(10, 12)),
                   earlier=(Stint(date(2020, 1, 1), date(2026, 10, 5)),))
    result = evaluate(plan_of(BIRTHDAY), facts(OCT, [away]))
    assert result.lines == []
    assert reason(result, 1) == "生日 2026年10月12日 不在职（2026年10月5日离职，2026年10月20日重新入职）"


def test_birthdays_and_anniversaries_at_the_turn_of_the_year():
    """2027: 农历腊月二十 of lunar 2026 is 27 January 2027 and 腊月三十 (a 29-day 腊月: 春节 is 6 February) is
    5 February; 01-01 is New Year's Day; a hire of 15 January 2026 completes 12 months on 15 January 2027."""
    staff = [person(1, birthday=Birthday(12, 20, lunar=True)), person(2, birthday=Birthday(12, 30, lunar=True)),
             person(3, birthday=Birthday(1, 1))]
    january = evaluate(plan_of(BIRTHDAY), facts(Month(2027, 1), staff))
    assert [line.explanation for line in january.lines if line.kind == "cash"] == [
        "生日 2027年1月27日（农历腊月二十） → 奖金 ¥100.00", "生日 2027年1月1日 → 奖金 ¥100.00"]
    assert reason(january, 2) == "生日农历腊月三十不在本期"
    assert birthday_dates(Birthday(12, 30, lunar=True), Month(2027, 2)) == [date(2027, 2, 5)]
    assert birthday_dates(Birthday(12, 20, lunar=True), Month(2026, 12)) == []
    hired = [person(1, hired=date(2026, 1, 15))]
    assert paid(TENURE, hired, Month(2026, 12)) == []
    assert paid(TENURE, hired, Month(2027, 1)) == [(1, "cash", 10_000, None)]


def test_a_lunar_30th_in_a_29_day_month_says_which_day_it_is_kept_on():
    """Lunar 2026's 腊月 has 29 days: a 腊月三十 birthday is kept on 5 February 2027, which calendars show as
    腊月廿九 (除夕). The line says so, so the owner checking a calendar finds the day it names; a 30-day 腊月
    (lunar 2022's: 21 January 2023) is the 30th itself."""
    staff = [person(1, birthday=Birthday(12, 30, lunar=True)), person(2, birthday=Birthday(12, 29, lunar=True))]
    february = evaluate(plan_of(BIRTHDAY), facts(Month(2027, 2), staff))
    assert [line.explanation for line in february.lines if line.kind == "cash"] == [
        "生日 2027年2月5日（农历腊月三十：这年腊月只有 29 天，按农历腊月廿九） → 奖金 ¥100.00",
        "生日 2027年2月5日（农历腊月廿九） → 奖金 ¥100.00"]
    january_2023 = evaluate(plan_of(BIRTHDAY), facts(Month(2023, 1), staff[:1]))
    assert [line.explanation for line in january_2023.lines if line.kind == "cash"] == [
        "生日 2023年1月21日（农历腊月三十） → 奖金 ¥100.00"]


def test_the_lunar_30th_kept_on_the_29th_in_english():
    from app.i18n import set_language

    set_language("en")
    try:
        february = evaluate(plan_of(BIRTHDAY), facts(Month(2027, 2), [person(1, birthday=Birthday(12, 30, lunar=True))]))
    finally:
        set_language("zh")
    assert "(lunar 12-30: lunar month 12 has only 29 days that year; kept on lunar 12-29)" in february.lines[0].explanation
