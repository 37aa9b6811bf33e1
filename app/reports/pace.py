"""How much of a month "should" be done by a day: the elapsed share of the month.

Calendar days by default (what `honghua progress` always uses). A shop may weigh days instead: only
working days count (Chinese public holidays and their make-up working days, from the chinese-calendar
package; years it does not know yet fall back to Monday–Friday, which the board says), and promotion days
(618, 双11 …) can count several times. Days off and make-up working days the owner typed (the shop's own
holidays, or a year the package does not know) come before the package. The share is an exact Fraction;
statuses compare integers against it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from app.errors import UserError
from app.i18n import t
from app.periods import Month, clamp_as_of

CALENDAR, WORKDAYS = "calendar", "workdays"


def _weightless(text: str, md: str) -> str:
    """What to say of a promotion day typed without a weight: 「11-11 5」 is shown with the 5 after a colon; a
    weight past the range (「11-11 500」) is not, or the example would itself be refused: the range is said."""
    day, _, after = md.strip().partition(" ")
    after = after.strip()
    if after.isascii() and after.isdigit() and 1 <= int(after) <= 100:
        return t("大促日「{text}」没有写倍数：请写成 月-日:倍数，例如 {example}", text=text,
                 example=f"{day or '11-11'}:{int(after)}")
    return t("大促日「{text}」没有写倍数：请写成 月-日:倍数，倍数是 1 到 100 之间的整数，例如 {example}", text=text,
             example=f"{day or '11-11'}:3")


# compiled on first use (`re`'s cache), not when the board's start imports this module
_NAMED_DAY = r"双(\d{1,2}|十一|十二)"  # 双11: the 11th of November, 双12 of December
_DIGITS_DAY = r"\d{3,4}"  # 618, 0618, 1111: the month, then two digits of the day


def _two_days(md: str) -> tuple[str, str] | None:
    """The two days three digits typed may be (111: 1-11 or 11-1, 101: 1-01 or 10-1), which the owner is asked to
    write as a month and a day; None when they are one day (618, 110) or no digits."""
    md = md.strip()
    if len(md) == 3 and md.isascii() and md.isdigit() and md[0] == "1" and md[1] in "012" and md[2] != "0":
        return f"{md[0]}-{md[1:]}", f"{md[:2]}-{md[2]}"
    return None


def _month_day(md: str) -> tuple[int, int]:
    """A promotion day as typed: 11-11, or by the name owners call it (618, 双11, 双十二); ValueError when it is
    neither. A month or day past the calendar's is left to the check that says so."""
    md = md.strip()
    named = re.fullmatch(_NAMED_DAY, md)
    if named:
        number = {"十一": 11, "十二": 12}.get(named[1]) or int(named[1])
        return number, number
    if re.fullmatch(_DIGITS_DAY, md):
        return int(md[:-2]), int(md[-2:])
    month, day = md.split("-")
    return int(month), int(day)


@dataclass(frozen=True)
class DayWeights:
    mode: str = CALENDAR
    promotions: tuple[tuple[int, int, int], ...] = ()  # (month, day, weight)
    days_off: frozenset[date] = frozenset()  # typed by the owner: no work (workdays mode)
    days_on: frozenset[date] = frozenset()  # typed by the owner: make-up working days (workdays mode)

    @classmethod
    def parse(cls, mode: str, promotions: list[str], *, typed: bool = True, days_off: Sequence[str] = (),
              days_on: Sequence[str] = ()) -> DayWeights:
        """promotions like ["06-18:3", "11-11:5"]: that day counts as 3 (5) ordinary days. Full-width
        digits, dashes and colons (a Chinese input method's) are read as their ASCII forms. A day may be
        typed once; a list stored before that rule (`typed` False) keeps its first weight for a day. A day is
        typed as a day off or as a make-up working day, not both (stored both: it works)."""
        parsed: list[tuple[int, int, int]] = []
        given: dict[tuple[int, int], str] = {}
        for text in promotions:
            md, _, weight = normalize_promotion(text).partition(":")
            if typed and (days := _two_days(md)):  # a list stored before this was asked reads 111 as 1-11
                raise UserError(t("大促日「{text}」既可以是 {one}，也可以是 {other}：请写成 月-日:倍数，例如 {other}:3",
                                  text=text, one=days[0], other=days[1]))
            if typed and not weight.strip():  # 「11-11」 alone would weigh as an ordinary day: nothing would change
                raise UserError(_weightless(text, md))
            try:
                month, day = _month_day(md)
            except ValueError:
                raise UserError(t("大促日「{text}」格式不对，应为 月-日:倍数，例如 11-11:5", text=text)) from None
            try:
                factor = int(weight or 1)
            except ValueError:
                raise UserError(t("大促日「{text}」的倍数应为 1 到 100 之间的整数", text=text)) from None
            try:
                _calendar_day(2024, month, day)  # a leap year: 02-29 is a promotion day of the years that have it
            except NoSuchDay as e:
                raise e.refused(t("大促日"), text) from None
            if not 1 <= factor <= 100:
                raise UserError(t("大促日「{text}」的倍数应在 1 到 100 之间", text=text))
            if (month, day) in given and not typed:
                continue
            if (month, day) in given:
                raise UserError(t("大促日 {day} 写了两次（「{first}」和「{second}」），每天只能有一个倍数",
                                  day=f"{month:02d}-{day:02d}", first=given[(month, day)], second=text))
            given[(month, day)] = str(text)
            parsed.append((month, day, factor))
        if mode not in (CALENDAR, WORKDAYS):
            raise UserError(t("时间进度方式只能是 calendar（日历天）或 workdays（工作日）"))
        off, on = parse_days(days_off, t("另算放假的日子")), parse_days(days_on, t("另算上班的日子"))
        both = sorted(off & on)
        if both and typed:
            raise UserError(t("{day} 既写在「另算放假的日子」里，又写在「另算上班的日子」里：一天只能是其中一种",
                              day=both[0].isoformat()))
        return cls(mode, tuple(parsed), off, on)

    def weight(self, day: date) -> int:
        base = 1 if self.mode == CALENDAR or self._is_workday(day) else 0
        for month, d, factor in self.promotions:
            if (day.month, day.day) == (month, d):
                return max(base, 1) * factor
        return base

    def elapsed_share(self, month: Month, as_of: date, start: date | None = None,
                      last: date | None = None, employed: Callable[[date], bool] | None = None) -> Fraction:
        """The weighted share of the month gone by `as_of`, counted over the days from `start` (a mid-month
        hire) or the 1st to `last` (a leaving day) or the month's end; with `employed`, only over the days
        it is true of (a rehired person's days away between two stints do not count)."""
        first = max(start or month.start, month.start)
        last = min(last or month.end, month.end)
        end = min(clamp_as_of(month, as_of), last)
        counted = [d for d in month.day_list() if first <= d <= last and (employed is None or employed(d))]
        total = sum(self.weight(d) for d in counted)
        if total == 0 or end < first:
            return Fraction(0)
        return Fraction(sum(self.weight(d) for d in counted if d <= end), total)

    def _is_workday(self, day: date) -> bool:
        if day in self.days_on:
            return True
        return day not in self.days_off and _is_workday(day)

    def unknown_holidays(self, month: Month) -> int | None:
        """The year whose public holidays a workday pace of `month` has to guess (Monday–Friday): one the
        chinese-calendar package does not know, when `month` holds a public holiday and the owner has typed
        no day off or make-up day in it. A month without one is guessed right."""
        if self.mode != WORKDAYS or holidays_known(month.year):
            return None
        if month.month not in months_with_public_holidays(month.year):
            return None
        if any(month.contains(d) for d in self.days_off | self.days_on):
            return None
        return month.year

    def guessed_holidays_note(self, month: Month) -> str | None:
        """One short line for what shows a workday pace outside the board (poster, TV, board PDF), which has
        no room for the board's whole banner: the year whose holidays are guessed, else None."""
        year = self.unknown_holidays(month)
        if year is None:
            return None
        return t("时间进度暂按周一至周五计算（还不知道 {year} 年的法定节假日）", year=year)


def months_with_public_holidays(year: int) -> frozenset[int]:
    """The months of `year` holding a public holiday or its make-up working days: 元旦 and 春节 (January,
    February), 清明 (April), 劳动节 (May), 中秋 and 国庆 (September, October), and 端午, which the lunar
    calendar puts in late May or in June (the days around it count: its make-up day may cross the month)."""
    from lunardate import LunarDate

    dragon_boat = LunarDate(year, 5, 5).to_solar_date()
    return frozenset({1, 2, 4, 5, 9, 10} | {(dragon_boat + timedelta(days=d)).month for d in (-3, 3)})


def holidays_known(year: int) -> bool:
    try:
        import chinese_calendar

        chinese_calendar.is_workday(date(year, 1, 1))
    except (ImportError, NotImplementedError):
        return False
    return True


MAX_SPAN_DAYS = 366


def parse_days(texts: Sequence[str], field: str) -> frozenset[date]:
    """Days like 2027-02-06 or spans like 2027-02-06~2027-02-12 (also ～, 至 or 到 between, full-width digits)."""
    days: set[date] = set()
    for text in texts:
        written = normalize_promotion(text)
        first, _, last = written.replace("至", "~").replace("到", "~").partition("~")
        try:
            start = _typed_day(first)
            end = _typed_day(last) if last else start
        except NoSuchDay as e:
            raise e.refused(field, text) from None
        except ValueError:
            raise UserError(t("{field}「{text}」格式不对，应为 YYYY-MM-DD 或 YYYY-MM-DD~YYYY-MM-DD，例如 2027-02-06~2027-02-12",
                              field=field, text=text)) from None
        if end < start or (end - start).days >= MAX_SPAN_DAYS:
            raise UserError(t("{field}「{text}」：结束日应在开始日之后，一段最长一年", field=field, text=text))
        days.update(date.fromordinal(n) for n in range(start.toordinal(), end.toordinal() + 1))
    return frozenset(days)


def _typed_day(text: str) -> date:
    """2027-02-08 (or 20270208) as an owner types it: also 2027-2-8, 2027/2/8, 2027.2.8 or 2027年2月8日.
    ValueError for anything else, or a day the calendar does not have."""
    written = text.strip()
    if written.isdigit() and len(written) == 8:
        return _calendar_day(int(written[:4]), int(written[4:6]), int(written[6:]))
    parts = written.replace("年", "-").replace("月", "-").removesuffix("日").replace("/", "-").replace(".", "-").split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise ValueError(text)
    year, month, day = (int(part) for part in parts)
    return _calendar_day(year, month, day)


class NoSuchDay(ValueError):
    """A day typed in the right form that the calendar does not have (02-30, 2027-02-29, month 13)."""

    def __init__(self, month: int, day: int):
        super().__init__(f"{month}-{day}")
        self.month, self.day = month, day

    def refused(self, field: str, text: str) -> UserError:
        if not 1 <= self.month <= 12:
            return UserError(t("{field}「{text}」：一年只有 12 个月", field=field, text=text))
        return UserError(t("{field}「{text}」：{month}月没有{day}日", field=field, text=text, month=self.month,
                           day=self.day))


def _calendar_day(year: int, month: int, day: int) -> date:
    if not 1 <= year <= 9999:
        raise ValueError(year)  # no year of ours: the form was not followed
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDay(month, day) from None


def normalize_promotion(text: object) -> str:
    """`6-18：3` (or with full-width digits) → `6-18:3`; surrounding spaces dropped."""
    return unicodedata.normalize("NFKC", str(text)).strip()


def _is_workday(day: date) -> bool:
    try:
        import chinese_calendar

        return bool(chinese_calendar.is_workday(day))
    except (ImportError, NotImplementedError):  # a year the package does not cover yet
        return day.weekday() < 5


def shop_day_weights(settings) -> DayWeights:
    """The shop's choice (settings BOARD_DAY_WEIGHTS and PROMOTION_DAYS)."""
    from app import settings as declared

    return DayWeights.parse(str(settings.get(declared.BOARD_DAY_WEIGHTS)),
                            list(settings.get(declared.PROMOTION_DAYS)), typed=False,
                            days_off=list(settings.get(declared.OWN_DAYS_OFF)),
                            days_on=list(settings.get(declared.OWN_WORKDAYS)))
