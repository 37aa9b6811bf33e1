"""The KPI registry: built-in metrics (data/metrics.json), the shop's custom metrics, and the derived
rates that are always computed from sums, never stored or averaged."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from app.durations import seconds_in
from app.errors import FinerThanKept, UserError
from app.i18n import joined, t
from app.money import (
    format_number_short,
    format_yuan,
    format_yuan_short,
    normalize_number_text,
    parse_decimal,
    parse_yuan,
)
from app.resources import data_path

UNITS = {"yuan": "元", "count": "个", "seconds": "秒", "percent": "%", "score": "分", "points": "积分"}
AGGREGATIONS = ("sum", "mean", "weighted")
# words a value of the unit may be typed with (37单, 4.5分); seconds and money read their own
TYPED_SUFFIXES = {"count": ("个", "人", "单"), "score": ("分",), "points": ("积分", "分")}


@dataclass(frozen=True)
class Metric:
    key: str
    name: str
    unit: str = "count"
    decimals: int = 0
    higher_is_better: bool = True
    aggregation: str = "sum"
    weight: str | None = None
    builtin: bool = True

    @property
    def shown_name(self) -> str:
        """The name in the user's language (a built-in metric's from the message catalogue; the shop's own as typed)."""
        return t(self.name) if self.builtin else self.name

    @property
    def is_money(self) -> bool:
        return self.unit == "yuan"

    @property
    def target_prorates(self) -> bool:
        """A month's target of a metric added up over the month (销售额, 订单数) is a month's worth: scaled to the
        days of someone employed part of it when the shop prorates (折算目标). A rate or an average (满意率,
        平均响应时间) is the same over fewer days."""
        return self.aggregation == "sum"

    def parse(self, text: str) -> int:
        """User text → stored integer units (value × 10^decimals). Money accepts ¥/￥ and grouping."""
        if self.is_money:
            return parse_yuan(text, field=self.shown_name)
        s = normalize_number_text(text)
        if self.unit == "seconds":  # 2分 is 120 seconds here too, as in an imported report
            seconds = seconds_in(s)
            if seconds is None:
                try:
                    seconds = parse_decimal(s, field=self.shown_name)  # 1,200
                except UserError:
                    raise UserError(t("{name}：「{value}」不是有效的时长（例如 25秒、1分05秒、00:01:05）",
                                      name=self.shown_name, value=text)) from None
            return self._whole(seconds, text)
        if self.unit == "percent" and s.endswith("%"):
            s = s[:-1]
        for suffix in TYPED_SUFFIXES.get(self.unit, ()):  # only its own kind: 35秒 in a rate's cell is a slip
            s = s.removesuffix(suffix)
        return self._whole(parse_decimal(s, field=self.shown_name), text)

    def _whole(self, value: Decimal, text: str) -> int:
        """Stored units; a value finer than the metric is kept is refused instead of rounded away."""
        units = self.to_units(value)
        if value != value.quantize(Decimal(1).scaleb(-self.decimals)):
            raise FinerThanKept(self.finer_message(text))
        return units

    def finer_message(self, text: str) -> str:
        """Why a typed value with more decimals than this metric keeps is refused."""
        if self.decimals == 0:
            return t("{name}：「{value}」应为整数", name=self.shown_name, value=text)
        if self.decimals == 1:
            return t("{name}最多一位小数：「{value}」", name=self.shown_name, value=text)
        if self.decimals == 2:
            return t("{name}最多两位小数：「{value}」", name=self.shown_name, value=text)
        return t("{name}最多 {n} 位小数：「{value}」", name=self.shown_name, n=self.decimals, value=text)

    def to_units(self, value: Decimal) -> int:
        too_big = abs(Decimal(value)) >= 10**15  # checked before quantize, which fails past 28 digits
        scaled = 0 if too_big else (Decimal(value) * (10**self.decimals)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        if too_big or abs(scaled) > 10**15:
            raise UserError(t("{name}：数值 {value} 超出范围", name=self.shown_name, value=value))
        return int(scaled)

    def from_units(self, units: int) -> Decimal:
        return Decimal(units) / (10**self.decimals)

    def format(self, units: int | None, *, empty: str = "", grouped: bool = True) -> str:
        """The value as people read it: ¥12,345.00, 98.5%, 25秒, a count from 10,000 grouped (1,987,654).
        `grouped=False` keeps a count as it always was written where a program reads it (`import --json`)."""
        if units is None:
            return empty
        if self.is_money:
            return format_yuan(units)
        value = self.from_units(units)
        if self.unit == "percent":
            return f"{_trim(value)}%"
        if self.unit == "seconds":
            return t("{n}秒", n=_trim(value))
        return grouped_number(value) if grouped else _trim(value)

    def format_short(self, units: int) -> str:
        """For a narrow column (the board's table): a large amount or count in 万/亿 (M/B in English); the
        exact value, `format`, belongs in the cell's tooltip."""
        if self.is_money:
            return format_yuan_short(units)
        if self.unit in ("percent", "seconds"):
            return self.format(units)
        return format_number_short(self.from_units(units), self.format(units))

    def kept_to(self) -> str:
        """How finely the shop keeps its values, said when a figure finer was rounded: 记到整数, 金额记到分."""
        if self.is_money:
            return t("金额记到分")
        if self.unit == "percent":
            return t("百分比记到 {n} 位小数", n=self.decimals)
        if self.decimals == 0:
            return t("记到整数")
        return t("记到 {n} 位小数", n=self.decimals)

    def edit_text(self, units: int | None) -> str:
        """How a stored value is shown in an editor: plain, no symbol, no grouping."""
        if units is None:
            return ""
        return _trim(self.from_units(units)) if not self.is_money else f"{self.from_units(units):.2f}"


def _trim(value: Decimal) -> str:
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


GROUPED_FROM = 10_000  # a count from here on is written with separators: 1987654 is not read at a glance


def grouped_number(value: Decimal) -> str:
    """A count or score as shown to people: 9999, 12,345, 1,987,654.5 (never in a file's cells or JSON)."""
    if abs(value) < GROUPED_FROM:
        return _trim(value)
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class DerivedMetric:
    key: str
    name: str
    unit: str
    op: str  # ratio | difference | target_ratio
    a: str
    b: str | None
    higher_is_better: bool = True
    # The seller tool's own rate for it (a stored metric such as 满意率（报表）): never combined into this one,
    # which needs its counts; named where this one cannot be computed, so the owner knows where it is.
    report: str | None = None

    @property
    def shown_name(self) -> str:
        """The name in the user's language (a name in the message catalogue translated; a plan's own as written)."""
        return t(self.name)

    def compute(self, sums: dict[str, int | None]) -> Decimal | None:
        """From period sums in stored units; ratio → fraction (percent units) or money units."""
        a = sums.get(self.a)
        b = sums.get(self.b) if self.b else None
        if a is None:
            return None
        if self.op == "difference":
            return Decimal(a - (b or 0))
        if not b:
            return None
        return Decimal(a) / Decimal(b)

    def format(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        if self.unit == "percent":
            return f"{(value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
        if self.unit == "yuan":
            return format_yuan(int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP)))
        return grouped_number(value)


@lru_cache(maxsize=1)
def _builtin_table() -> tuple[tuple[Metric, ...], tuple[DerivedMetric, ...]]:
    raw = json.loads(data_path("metrics.json").read_text(encoding="utf-8"))
    metrics = tuple(Metric(**m, builtin=True) for m in raw["metrics"])
    derived = tuple(DerivedMetric(**{"b": None, **d}) for d in raw["derived"])
    return metrics, derived


def builtin_metrics() -> tuple[Metric, ...]:
    return _builtin_table()[0]


def derived_metrics() -> tuple[DerivedMetric, ...]:
    return _builtin_table()[1]


class MetricRegistry:
    """Built-in and custom metrics, found by key or Chinese name; a custom metric also by a name it had before a
    rename (`former`: name → key), which a plan or a command may still give."""

    def __init__(self, custom: list[Metric] | tuple[Metric, ...] = (), former: Mapping[str, str] | None = None):
        self.stored: tuple[Metric, ...] = builtin_metrics() + tuple(custom)
        self.derived: tuple[DerivedMetric, ...] = derived_metrics()
        by_key = {m.key: m for m in self.stored}
        self.former: dict[str, Metric] = {name: by_key[key] for name, key in (former or {}).items() if key in by_key}
        self._by_word: dict[str, Metric] = dict(self.former)
        for m in self.stored:
            self._by_word[m.key.lower()] = m
            self._by_word[m.name] = m

    def get(self, key_or_name: str) -> Metric:
        word = str(key_or_name).strip()
        metric = self._by_word.get(word) or self._by_word.get(word.lower())
        if metric is None:
            if any(d.key == word or d.name == word for d in self.derived):
                raise UserError(t("「{word}」是由其他指标计算出的比率，不能直接录入", word=word))
            names = joined(f"{m.key}（{m.name}）" for m in self.stored)
            raise UserError(t("没有指标「{word}」。可用的指标：{names}", word=word, names=names))
        return metric

    def derived_by_key(self, key: str) -> DerivedMetric:
        for d in self.derived:
            if d.key == key or d.name == key:
                return d
        raise UserError(t("没有派生指标「{word}」", word=key))

    def custom(self) -> tuple[Metric, ...]:
        return tuple(m for m in self.stored if not m.builtin)

    def headline_choices(self) -> tuple[Metric, ...]:
        """The metrics a progress bar to a monthly target can be drawn for: added up over the month, more
        being better (销售额, 订单数, a custom 服务积分…). Means, and amounts to keep low, fill no bar."""
        return tuple(m for m in self.stored if m.aggregation == "sum" and m.higher_is_better)


def summed_ratios(registry: MetricRegistry, metrics: Iterable[Metric]) -> list[DerivedMetric]:
    """The rates of two summed metrics among `metrics` (询单转化率, 客单价, 满意率): those an imported total of
    one part and not the other can leave unpaired (see ValueRepo.unpaired_ratio_parts)."""
    summed = {m.key for m in metrics if m.aggregation == "sum"}
    return [d for d in registry.derived if d.op == "ratio" and d.a in summed and d.b in summed]


def aggregate(metric: Metric, daily: list[tuple[int, int | None]]) -> int | None:
    """Combine daily values (value, weight) over a period, in stored units.

    sum → the sum; mean → the plain mean; weighted → Σ(v·w)/Σw over days whose weight is known,
    the plain mean when no weight is known. Rounded half-up to the stored unit.
    """
    if not daily:
        return None
    if metric.aggregation == "sum":
        return sum(v for v, _ in daily)
    return MeanParts.of(daily).value(metric)


@dataclass(frozen=True)
class MeanParts:
    """The sums a mean or weighted mean is made of, so that groups of days (each person's, read in SQL) add up
    to the mean of all their days, the same to the unit as `aggregate` over the days themselves."""

    days: int = 0
    total: int = 0
    weighted_days: int = 0  # days whose weight is known and above 0
    weighted_total: int = 0  # Σ v·w over those days
    weights: int = 0  # Σ w over those days

    @classmethod
    def of(cls, daily: Iterable[tuple[int, int | None]]) -> MeanParts:
        days = total = weighted_days = weighted_total = weights = 0
        for value, weight in daily:
            days += 1
            total += value
            if weight is not None and weight > 0:
                weighted_days += 1
                weighted_total += value * weight
                weights += weight
        return cls(days, total, weighted_days, weighted_total, weights)

    def __add__(self, other: MeanParts) -> MeanParts:
        return MeanParts(self.days + other.days, self.total + other.total, self.weighted_days + other.weighted_days,
                         self.weighted_total + other.weighted_total, self.weights + other.weights)

    def value(self, metric: Metric) -> int | None:
        """The mean (weighted where the metric is and some weight is known), rounded half-up; None without days."""
        if not self.days:
            return None
        if metric.aggregation == "weighted" and self.weighted_days:
            return int((Decimal(self.weighted_total) / self.weights).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        return int((Decimal(self.total) / self.days).quantize(Decimal(1), rounding=ROUND_HALF_UP))
