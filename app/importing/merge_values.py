"""Rows of one person and day put together: counts and money added, averages weighted by their weight (a
满意率 by its 评价数), left unknown where the report has no weight."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from app.metrics import MetricRegistry


def merge_rows(metrics: MetricRegistry, rows: list[list[tuple]]) -> tuple[list[tuple], list[str]]:
    """The cells (target, metric, start, end, value, pending) of rows for one person and day put together, and
    the metrics that could not be (an average without its weight)."""
    merged: dict[tuple[str, str, str, str], list[tuple[int | None, int, dict[str, int | None]]]] = {}
    for cells in rows:
        values = {c[1]: c[4] for c in cells if not c[5]}
        for target, metric, start, end, value, pending in cells:
            merged.setdefault((target, metric, start, end), []).append((None if pending else value, pending, values))
    out, unknown = [], []
    for (target, metric, start, end), parts in merged.items():
        value, pending, problem = _merge(metrics, metric, parts)
        if problem:
            unknown.append(problem)
            continue
        out.append((target, metric, start, end, value, pending))
    return out, unknown


def _merge(metrics: MetricRegistry, key: str, parts: list) -> tuple[int | None, int, str | None]:
    if any(pending for _, pending, _ in parts):
        return None, 1, None
    metric = metrics.get(key)
    values = [v for v, _, _ in parts]
    if metric.aggregation == "sum" or len(values) == 1:
        return sum(values), 0, None
    if metric.weight:
        weights = [row.get(metric.weight) for _, _, row in parts]
        if any(w is None for w in weights):
            return None, 0, key
        total = sum(weights)
        if total:
            number = sum(Decimal(v) * w for v, w in zip(values, weights, strict=True)) / total
            return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP)), 0, None
    return int((Decimal(sum(values)) / len(values)).quantize(Decimal(1), rounding=ROUND_HALF_UP)), 0, None
