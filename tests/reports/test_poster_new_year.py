"""The poster at the turn of a month and a year: the 1st before its first data, and holidays a workday pace
does not count yet."""

from datetime import date

from app.domain import StaffDraft
from app.periods import Month
from app.reports.pace import DayWeights
from app.reports.poster_model import build_poster_model
from app.shop import Shop

JANUARY, DECEMBER, OCTOBER = Month(2027, 1), Month(2026, 12), Month(2026, 10)


def _shop(tmp_path, today: date, months: tuple[Month, ...], data_through: date) -> Shop:
    shop = Shop.open(tmp_path / "shop.db", today)
    sales = shop.metrics.get("sales")
    person = shop.staff.add(StaffDraft(name="小美", hired=date(2026, 1, 5)))
    for month in months:
        shop.targets.set_staff(month, person.id, sales, 3_100_000)
    day = months[0].start
    while day <= data_through:
        shop.data.set_value(day, person.id, sales, 100_000)
        day = date.fromordinal(day.toordinal() + 1)
    return shop


def test_new_years_day_before_its_data_is_not_a_month_not_yet_begun(tmp_path):
    shop = _shop(tmp_path, date(2027, 1, 1), (DECEMBER, JANUARY), date(2026, 12, 31))
    model = build_poster_model(shop.store, "店", shop.progress(JANUARY))
    assert model.subtitle == "2027年1月 · 本月第 1 天，还没有数据"
    assert model.encouragement == "本月第一天，还没有数据"
    shop.close()


def test_a_month_still_ahead_has_not_begun(tmp_path):
    shop = _shop(tmp_path, date(2026, 12, 20), (DECEMBER, JANUARY), date(2026, 12, 19))
    model = build_poster_model(shop.store, "店", shop.progress(JANUARY))
    assert model.subtitle == "2027年1月 · 尚未开始"
    assert model.encouragement == "2027年1月尚未开始"  # made in December 2026
    shop.close()


def test_national_day_holidays_on_a_workday_pace_are_not_a_month_not_yet_begun(tmp_path):
    """1–2 October are days off: a workday pace is still 0, but the month has begun and has data."""
    shop = _shop(tmp_path, date(2026, 10, 3), (OCTOBER,), date(2026, 10, 2))
    model = build_poster_model(shop.store, "店", shop.progress(OCTOBER), weights=DayWeights("workdays"))
    assert model.subtitle == "2026年10月 · 数据截至 2026年10月2日 · 第 2/31 天"
    assert model.encouragement == "时间进度从本月第一个工作日算起"
    shop.close()
