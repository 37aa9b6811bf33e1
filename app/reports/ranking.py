"""The 排行榜: people ranked by a stored or derived metric over a period, ties sharing a rank (1, 1, 3).

Apart from `app.reports.board`: the 排行榜's tab is behind the chart's at start and ranks when it is first shown,
so the board's first paint does not import this module (nor make its dataclass).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain import Staff
from app.metrics import MetricRegistry
from app.periods import Period, clamp_as_of
from app.reports.board import report_value
from app.reports.totals import Totals, needed_for, span_totals
from app.sorting import chinese_order
from app.store import Store


@dataclass(frozen=True)
class RankedEntry:
    rank: int
    staff: Staff
    value: Decimal


def competition_ranks(values: list[tuple[Staff, Decimal]], higher_is_better: bool) -> list[RankedEntry]:
    """Ties share a rank and the next rank skips (1, 1, 3); display order is stable by name then id."""
    ordered = sorted(values, key=lambda sv: ((-sv[1] if higher_is_better else sv[1]), chinese_order(sv[0].name),
                                           sv[0].id))
    result: list[RankedEntry] = []
    for index, (person, value) in enumerate(ordered):
        rank = result[-1].rank if result and result[-1].value == value else index + 1
        result.append(RankedEntry(rank, person, value))
    return result


def leaderboard(store: Store, registry: MetricRegistry, key: str, period: Period, as_of: date,
                people: list[Staff]) -> list[RankedEntry]:
    """Rank people by a stored or derived metric over the period (through as_of); people without a value
    for that metric are left out."""
    end = clamp_as_of(period, as_of)
    totals = span_totals(store, registry, period.start, end, needed_for(registry, key))
    derived = next((d for d in registry.derived if d.key == key or d.name == key), None)
    values: list[tuple[Staff, Decimal]] = []
    if derived is not None and derived.op == "target_ratio":
        raise ValueError("rank achievement from the progress report")
    higher = derived.higher_is_better if derived else registry.get(key).higher_is_better
    for person in people:
        own = totals.get(person.id, Totals())
        if derived is not None:
            value = own.derived(derived)
        else:
            metric = registry.get(key)
            value = report_value(metric, own.get(metric.key))
        if value is not None:
            values.append((person, value))
    return competition_ranks(values, higher)
