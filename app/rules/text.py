"""How numbers, periods and dates are written in explanations."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from app.domain import Staff
from app.i18n import t
from app.metrics import Metric, grouped_number
from app.money import format_yuan, round_half_up_div
from app.periods import HalfYear, Month, Period, Quarter, shown_date, shown_month_name


def period_short(period: Period) -> str:
    """`10月`, `第四季度`, `下半年`, `2026年` (in English `Oct`, `Q4`, `H2`, `2026`)."""
    if isinstance(period, Month):
        return shown_month_name(period.month)
    if isinstance(period, Quarter):
        return t(("第一季度", "第二季度", "第三季度", "第四季度")[period.quarter - 1])
    if isinstance(period, HalfYear):
        return t("上半年" if period.half == 1 else "下半年")
    return t("{year}年", year=period.year)


def previous_short(period: Period) -> str:
    return t({"month": "上月", "quarter": "上季度", "half": "上个半年", "year": "上年"}[period.kind])


def month_label(key: str) -> str:
    return shown_month_name(int(key[5:7]))


def day_label(day: date) -> str:
    return shown_date(day)


def no_previous_value(person: Staff, period: Period, previous: Period, name: str) -> str:
    """Why a comparison with the period before has nothing to compare with: `9月销售额无数据`, or, for someone not
    on the team then, `2026年10月15日入职，9月还不在职，没有上月的销售额可比` (not read as a report not imported). The day
    is the first one on the team in the period: a person rehired later in a quarter joined at its earlier stint."""
    joined = person.employed_days(period.start, period.end)
    if joined is not None and not person.employed_during(previous.start, previous.end):
        fields = {"day": day_label(joined[0]), "p": period_short(previous), "prev": previous_short(period), "name": name}
        if person.stints[0].hired != joined[0]:  # on the team before, left, back in the period
            return t("{day}重新入职，{p}还不在职，没有{prev}的{name}可比", **fields)
        return t("{day}入职，{p}还不在职，没有{prev}的{name}可比", **fields)
    return t("{p}{name}无数据", p=period_short(previous), name=name)


def yuan(fen: int) -> str:
    return format_yuan(fen)


def yuan_short(fen: int) -> str:
    """A rule's own amount: `¥100` when whole, else `¥100.50`."""
    text = format_yuan(fen)
    return text.removesuffix(".00")


def _pct_digits(value: Fraction, decimals: int) -> str:
    scale = 10 ** (decimals + 2)
    units = round_half_up_div(value.numerator * scale, value.denominator)
    sign = "-" if units < 0 else ""
    whole, frac = divmod(abs(units), 10**decimals)
    return f"{sign}{whole}.{frac:0{decimals}d}" if decimals else f"{sign}{whole}"


def pct(value: Fraction, *, against: Fraction | None = None) -> str:
    """A fraction as a percentage with one decimal (`83.3%`); more decimals when one would hide a
    difference from `against` (99.96% is not shown as 100.0% beside a 100% threshold)."""
    decimals = 1
    if against is not None and value != against:
        while decimals < 6 and _pct_digits(value, decimals) == _pct_digits(against, decimals):
            decimals += 1
    return _pct_digits(value, decimals) + "%"


def pct_rule(value: Fraction) -> str:
    """A threshold from the plan, as written: `100%`, `35%`, `0.5%`."""
    d = Decimal(value.numerator * 100) / Decimal(value.denominator)
    text = f"{d.normalize():f}"
    return text + "%"


def number(value: Decimal | Fraction | int, decimals: int = 2) -> str:
    """A plain number with a fixed number of decimals, ROUND_HALF_UP (`20.00`)."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    q = Decimal(1).scaleb(-decimals)
    return f"{Decimal(value).quantize(q, rounding=ROUND_HALF_UP):f}"


def trim(value: Decimal | int) -> str:
    text = f"{Decimal(value):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def yuan_apart(fen: Fraction, *, against: Fraction | None = None) -> str:
    """An amount of fen and fractions of one (客单价 = 销售额 / 付款人数) to the fen, as `format_yuan` writes it;
    with more decimals where the fen would hide a difference from `against` (¥333.3333 beside a best of ¥333.33,
    not ¥333.33 beside ¥333.33)."""
    decimals = 2
    if against is not None and fen != against:
        while decimals < 6 and _yuan_digits(fen, decimals) == _yuan_digits(against, decimals):
            decimals += 1
    return _yuan_digits(fen, decimals)


def _yuan_digits(fen: Fraction, decimals: int) -> str:
    units = round_half_up_div(fen.numerator * 10 ** (decimals - 2), fen.denominator)
    sign = "-" if units < 0 else ""
    whole, frac = divmod(abs(units), 10**decimals)
    return f"{sign}¥{whole:,}.{frac:0{decimals}d}"


def finer_units(metric: Metric, units: Fraction) -> str:
    """A plan's threshold finer than the metric is kept (`29.5` for 评价数), as written; an amount between two
    fen (a mean of monthly targets) with its ¥ and grouping, as amounts are written (`¥1,000.0033`)."""
    if metric.is_money:
        whole, _, digits = trim(abs(Decimal(units.numerator) / Decimal(units.denominator) / 100)).partition(".")
        return f"{'-' if units < 0 else ''}¥{int(whole):,}.{digits.ljust(2, '0')}"
    value = Decimal(units.numerator) / Decimal(units.denominator) / 10**metric.decimals
    if metric.unit == "percent":
        return f"{trim(value)}%"
    if metric.unit == "seconds":
        return t("{n}秒", n=trim(value))
    return grouped_number(value)  # a count as `Metric.format` writes it: 12,345.67


def mean_units(metric: Metric, units: int | Fraction) -> str:
    """An amount in the metric's units; one between two kept values (a mean of monthly targets) with two more
    decimals, so that 超出 0.0067 is not written 0.01, a whole step, nor a target of 4.8033 written 4.8."""
    if isinstance(units, Fraction) and units.denominator != 1:
        shown = Fraction(round_half_up_div(units.numerator * 100, units.denominator), 100)
        return finer_units(metric, shown) if shown.denominator != 1 else metric.format(int(shown))
    return metric.format(int(units))
