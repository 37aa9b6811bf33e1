"""Per-person totals of every metric over a span, aggregated the way each metric says
(sum, mean, or mean weighted by another metric), and the derived rates computed from those sums."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial

from app.metrics import DerivedMetric, MeanParts, Metric, MetricRegistry, aggregate, summed_ratios
from app.store import Store
from app.store.values import ImportedSpan

PartsOf = dict[int, MeanParts]  # {staff_id: the sums of their daily values of a mean}


@dataclass(frozen=True)
class Totals:
    """Stored units per metric key; a metric with no data at all is absent (unknown, not zero). `pairs`: for a
    rate whose two sums do not rest on the same days (see ValueRepo.unpaired_ratio_parts), the two parts it is
    read from instead, by the derived metric's key."""

    values: dict[str, int] = field(default_factory=dict)
    pairs: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    # a team's: by a rate's key, who its pair leaves out for having one of its parts and not the other
    left_out: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def get(self, key: str) -> int | None:
        return self.values.get(key)

    def derived(self, derived: DerivedMetric) -> Decimal | None:
        """A derived metric's value: from its own pair of parts where the plain sums would not match."""
        pair = self.pairs.get(derived.key)
        if pair is None:
            return derived.compute(self.values)
        return derived.compute({derived.a: pair[0], derived.b or "": pair[1]})


def _wanted(registry: MetricRegistry, keys: Iterable[str] | None) -> list[Metric]:
    if keys is None:
        return list(registry.stored)
    wanted = set(keys)
    return [m for m in registry.stored if m.key in wanted]


def needed_for(registry: MetricRegistry, key: str) -> set[str]:
    """The stored metrics a stored or derived metric is computed from (with the weights of weighted means)."""
    derived = next((d for d in registry.derived if d.key == key), None)
    keys = {derived.a, derived.b} - {None} if derived else {key}
    for metric in registry.stored:
        if metric.key in keys and metric.weight:
            keys.add(metric.weight)
    return keys  # type: ignore[return-value]


@dataclass(frozen=True)
class SummedTotals:
    """A summed metric over a span, per person, as reports count it: the daily values and the imported totals
    that count (`ValueRepo.imported_spans`) with the daily values none of them holds."""

    values: dict[int, int]
    spans: dict[int, list[ImportedSpan]]


@dataclass(frozen=True)
class MeanTotals:
    """A mean over a span, per person: the sums of their daily values (`parts`) and the mean as it counts —
    theirs, or without daily values the imported total lying within the span."""

    values: dict[int, int]
    parts: PartsOf


def summed_totals(store: Store, key: str, start: date, end: date) -> SummedTotals:
    """A summed metric's totals over [start, end], remembered while the file does not change
    (`Store.remembered`): the board's rows, its 排行榜 and its team tiles read a month once between them, and
    going back a month reads nothing the tiles read as last month's."""
    return store.remembered(("summed", key, start, end), partial(_read_summed, store, key, start, end))


def _read_summed(store: Store, key: str, start: date, end: date) -> SummedTotals:
    if end < start:
        return SummedTotals({}, {})
    spans = store.values.imported_spans(key, start, end)
    return SummedTotals(store.values.counted_sums(key, start, end, spans), spans)


def mean_totals(store: Store, metric: Metric, start: date, end: date) -> MeanTotals:
    """A mean's totals over [start, end], remembered as `summed_totals` (by the metric: its weight may change)."""
    return store.remembered(("mean", metric, start, end), partial(_read_mean, store, metric, start, end))


def _read_mean(store: Store, metric: Metric, start: date, end: date) -> MeanTotals:
    if end < start:
        return MeanTotals({}, {})
    weight = metric.weight if metric.aggregation == "weighted" and metric.weight else None
    parts = {sid: MeanParts(*sums) for sid, sums in store.values.mean_parts(metric.key, weight, start, end).items()}
    values = {sid: value for sid, sums in parts.items() if (value := sums.value(metric)) is not None}
    for staff_id, (value, _first, _last) in store.values.span_totals_within(metric.key, start, end).items():
        values.setdefault(staff_id, value)  # a mean cannot be joined with daily values: where a person has none
    return MeanTotals(values, parts)


def span_totals(store: Store, registry: MetricRegistry, start: date, end: date,
                keys: Iterable[str] | None = None, parts: dict[str, PartsOf] | None = None) -> dict[int, Totals]:
    """{staff_id: Totals} for everyone with any data in [start, end] (only the metrics in `keys` if given).
    `parts`: filled with each person's sums of the daily values of the means read, by metric key, for a
    caller that needs them too. Each metric is read once while the file does not change (`summed_totals`)."""
    if end < start:
        return {}
    metrics = _wanted(registry, keys)
    summed = {m.key: summed_totals(store, m.key, start, end) for m in metrics if m.aggregation == "sum"}
    means = {m.key: mean_totals(store, m, start, end) for m in metrics if m.aggregation != "sum"}
    result: dict[int, dict[str, int]] = {}
    for key, read in (*summed.items(), *means.items()):
        for staff_id, value in read.values.items():
            result.setdefault(staff_id, {})[key] = value
    if parts is not None:
        parts.update({key: read.parts for key, read in means.items()})
    pairs: dict[int, dict[str, tuple[int | None, int | None]]] = {}
    for derived in summed_ratios(registry, metrics):
        a, b = derived.a, derived.b or ""
        spans = {a: summed[a].spans, b: summed[b].spans}
        for staff_id, pair in store.values.unpaired_ratio_parts(a, b, start, end, spans).items():
            pairs.setdefault(staff_id, {})[derived.key] = pair
    return {sid: Totals(values, pairs.get(sid, {})) for sid, values in result.items()}


def total_with_imports(metric: Metric, daily: list[tuple[date, int, int | None]], spans: list[ImportedSpan]
                       ) -> int | None:
    """One person's total of `metric` over a month, from their daily values (day, value, weight) and the
    imported totals that count (`ValueRepo.imported_spans`), as span_totals reads them from the store: a sum
    adds the reports and the days none of them holds; a mean is the daily values', or without any, that of
    the report reaching furthest (the widest of those)."""
    if metric.aggregation == "sum" and spans:
        outside = [v for day, v, _w in daily if not any(s.first <= day.isoformat() <= s.last for s in spans)]
        return sum(s.value for s in spans) + sum(outside)
    if daily or not spans:
        return aggregate(metric, [(v, w) for _day, v, w in daily])
    return max(sorted(spans, key=lambda s: s.first), key=lambda s: s.last).value


def team_totals(store: Store, registry: MetricRegistry, start: date, end: date,
                staff_ids: set[int] | None = None, keys: Iterable[str] | None = None) -> Totals:
    """The team's totals: sums added up; means and weighted means recomputed over all the team's days.
    People known only from a month-total report add their totals (sums) or their own period value, weighted
    like a day of data (means)."""
    values: dict[str, int] = {}
    metrics = _wanted(registry, keys)
    parts_of: dict[str, PartsOf] = {}  # the means' sums per person, read once for both
    people = {sid: t for sid, t in span_totals(store, registry, start, end, [m.key for m in metrics], parts_of).items()
              if staff_ids is None or sid in staff_ids}
    paired = [d for d in summed_ratios(registry, metrics)
              if any(d.key in t.pairs for t in people.values()) or _some_lack_a_part(d, people.values())]
    pairs = {d.key: _team_pair(d, people.values()) for d in paired}
    left_out = {d.key: ids for d in paired
                if (ids := tuple(sid for sid, t in people.items() if _half_known(_own_parts(d, t))))}
    for metric in metrics:
        if metric.aggregation == "sum":
            present = [t.get(metric.key) for t in people.values() if t.get(metric.key) is not None]
            if present:
                values[metric.key] = sum(present)
            continue
        parts = parts_of.get(metric.key, {})  # none read for an empty span
        weight = metric.weight if metric.aggregation == "weighted" else None
        reported = MeanParts.of((t.get(metric.key), t.get(weight) if weight else None) for sid, t in people.items()
                                if sid not in parts and t.get(metric.key) is not None)
        value = sum((sums for sid, sums in parts.items() if sid in people), reported).value(metric)
        if value is not None:
            values[metric.key] = value
    return Totals(values, pairs, left_out)


def _some_lack_a_part(derived: DerivedMetric, people: Iterable[Totals]) -> bool:
    """Whether someone has one part of a rate and not the other (sales typed by hand, no 付款人数) while the
    month holds both parts: the plain sums would divide her part by the others'. Where the month lacks a part
    altogether, the plain sums say which (需要付款人数才能计算)."""
    known = [(t.get(derived.a) is not None, t.get(derived.b or "") is not None) for t in people]
    return any(a != b for a, b in known) and any(a for a, _ in known) and any(b for _, b in known)


def _team_pair(derived: DerivedMetric, people: Iterable[Totals]) -> tuple[int | None, int | None]:
    """The team's two parts of a rate: each person's own pair where theirs differ from their sums, else their
    sums, as the team's sums add them up. A person whose rate is unknown, lacking one of its parts, adds to
    neither: a new hire's sales typed without her payers would raise the team's 客单价 by all of them. Neither
    part where nobody has both."""
    known = [(a, b) for a, b in (_own_parts(derived, t) for t in people) if a is not None and b is not None]
    if not known:
        return None, None
    return sum(a for a, _ in known), sum(b for _, b in known)


def _own_parts(derived: DerivedMetric, totals: Totals) -> tuple[int | None, int | None]:
    """A person's two parts of a rate: their own pair where theirs differ from their sums, else their sums."""
    return totals.pairs.get(derived.key, (totals.get(derived.a), totals.get(derived.b or "")))


def _half_known(parts: tuple[int | None, int | None]) -> bool:
    return (parts[0] is None) != (parts[1] is None)


def derived_value(registry: MetricRegistry, key: str, totals: Totals) -> Decimal | None:
    return totals.derived(registry.derived_by_key(key))
