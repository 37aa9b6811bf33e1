"""The shop's custom metrics."""

from __future__ import annotations

from app.metrics import Metric
from app.store.database import Database


class CustomMetricRepo:
    def __init__(self, db: Database):
        self.db = db

    def list(self) -> list[Metric]:
        rows = self.db.execute(
            "SELECT key, name, unit, decimals, higher_is_better, aggregation FROM custom_metric ORDER BY rowid"
        )
        return [Metric(key=k, name=n, unit=u, decimals=d, higher_is_better=bool(h), aggregation=a, builtin=False)
                for k, n, u, d, h, a in rows]

    def add(self, metric: Metric) -> None:
        self.db.execute(
            "INSERT INTO custom_metric (key, name, unit, decimals, higher_is_better, aggregation) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [metric.key, metric.name, metric.unit, metric.decimals, int(metric.higher_is_better), metric.aggregation],
        )

    def rename(self, key: str, name: str) -> None:
        self.db.execute("UPDATE custom_metric SET name = ? WHERE key = ?", [name, key])
