"""The shop's custom metrics, and the names they had before a rename."""

from __future__ import annotations

from app.metrics import Metric, MetricRegistry
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

    def rename(self, key: str, old: str, new: str, stamp: str) -> None:
        """The metric named `new`, its name `old` kept as a former one (the name it takes back is one no more)."""
        self.db.execute("INSERT OR REPLACE INTO custom_metric_former_name (name, key, until) VALUES (?, ?, ?)",
                        [old, key, stamp])
        self.db.execute("DELETE FROM custom_metric_former_name WHERE name = ? AND key = ?", [new, key])
        self.db.execute("UPDATE custom_metric SET name = ? WHERE key = ?", [new, key])

    def former_names(self) -> dict[str, str]:
        """Each former name → the key of the metric that had it."""
        return dict(self.db.execute("SELECT name, key FROM custom_metric_former_name ORDER BY until"))

    def registry(self) -> MetricRegistry:
        """The built-in metrics and the shop's, found also by their former names."""
        return MetricRegistry(self.list(), self.former_names())
