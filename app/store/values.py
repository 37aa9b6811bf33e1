"""Daily values per person and metric, in the metric's stored units (money: fen)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.store.database import Database


class ValueRepo:
    def __init__(self, db: Database):
        self.db = db

    def get(self, metric: str, day: date, staff_id: int) -> int | None:
        row = self.db.execute(
            "SELECT value FROM daily_value WHERE metric = ? AND day = ? AND staff_id = ?",
            [metric, day.isoformat(), staff_id],
        ).fetchone()
        return row[0] if row else None

    def set(self, metric: str, day: date, staff_id: int, value: int | None) -> int | None:
        """Set (or clear, with None) one hand-entered value; returns the previous value. A value typed in
        replaces a "not counted yet" (延迟统计) mark left by an import for that day."""
        old = self.get(metric, day, staff_id)
        self.db.execute("DELETE FROM pending_value WHERE metric = ? AND staff_id = ? AND start = ? AND end = ?",
                        [metric, staff_id, day.isoformat(), day.isoformat()])
        if value is None:
            self.db.execute(
                "DELETE FROM daily_value WHERE metric = ? AND day = ? AND staff_id = ?",
                [metric, day.isoformat(), staff_id],
            )
        else:
            self.db.execute(
                "INSERT INTO daily_value (metric, day, staff_id, value) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (metric, day, staff_id) DO UPDATE SET value = excluded.value, "
                "import_id = NULL, source_row = NULL, provisional = 0",
                [metric, day.isoformat(), staff_id, value],
            )
        return old

    def set_many(self, rows: Iterable[tuple[str, date, int, int]]) -> None:
        """Bulk hand-entered values (metric, day, staff_id, value) — the caller holds the transaction."""
        rows = list(rows)
        self.db.conn.executemany(
            "DELETE FROM pending_value WHERE metric = ? AND staff_id = ? AND start = ? AND end = ?",
            ((m, s, d.isoformat(), d.isoformat()) for m, d, s, _v in rows))
        self.db.conn.executemany(
            "INSERT INTO daily_value (metric, day, staff_id, value) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (metric, day, staff_id) DO UPDATE SET value = excluded.value, "
            "import_id = NULL, source_row = NULL, provisional = 0",
            ((m, d.isoformat(), s, v) for m, d, s, v in rows),
        )

    def month_grid(self, metric: str, start: date, end: date) -> dict[tuple[int, date], int]:
        """{(staff_id, day): value} for one metric over a span."""
        rows = self.db.execute(
            "SELECT staff_id, day, value FROM daily_value WHERE metric = ? AND day BETWEEN ? AND ?",
            [metric, start.isoformat(), end.isoformat()],
        )
        return {(sid, date.fromisoformat(d)): v for sid, d, v in rows}

    def sums(self, metric: str, start: date, end: date) -> dict[int, int]:
        """{staff_id: sum} of one metric over a span (only people with data)."""
        rows = self.db.execute(
            "SELECT staff_id, sum(value) FROM daily_value WHERE metric = ? AND day BETWEEN ? AND ? "
            "GROUP BY staff_id",
            [metric, start.isoformat(), end.isoformat()],
        )
        return dict(rows.fetchall())

    def totals(self, start: date, end: date, metrics: Iterable[str]) -> dict[tuple[int, str], tuple[int, int]]:
        """{(staff_id, metric): (sum, days with a value)} over a span, for several metrics at once."""
        keys = list(metrics)
        if not keys:
            return {}
        marks = ", ".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT staff_id, metric, sum(value), count(*) FROM daily_value WHERE metric IN ({marks}) "
            "AND day BETWEEN ? AND ? GROUP BY staff_id, metric",
            [*keys, start.isoformat(), end.isoformat()],
        )
        return {(sid, m): (total, days) for sid, m, total, days in rows}

    def daily_with_weight(self, metric: str, weight: str, start: date, end: date) -> dict[int, list[tuple[int, int | None]]]:
        """{staff_id: [(value, weight or None), …]} for weighted means such as response time."""
        rows = self.db.execute(
            "SELECT v.staff_id, v.value, w.value FROM daily_value v LEFT JOIN daily_value w "
            "ON w.metric = ? AND w.day = v.day AND w.staff_id = v.staff_id "
            "WHERE v.metric = ? AND v.day BETWEEN ? AND ?",
            [weight, metric, start.isoformat(), end.isoformat()],
        )
        result: dict[int, list[tuple[int, int | None]]] = {}
        for sid, value, w in rows:
            result.setdefault(sid, []).append((value, w))
        return result

    def span_totals_within(self, metric: str, start: date, end: date,
                           unfinished_after: date | None = None) -> dict[int, tuple[int, date, date]]:
        """Imported span totals (month-to-date or month reports) starting in [start, end]: {staff_id: (value,
        first day, last day)}, the span reaching furthest for each person. A span must end by `end` — or, when
        `unfinished_after` (today) is given, may reach past it if it also reaches past today: a month's report
        exported mid-month holds the month so far."""
        rows = self.db.execute(
            "SELECT staff_id, value, start, end FROM period_value WHERE metric = ? AND start >= ? AND start <= ? "
            "ORDER BY staff_id, end, start DESC",
            [metric, start.isoformat(), end.isoformat()],
        )
        spans = {}
        for sid, value, first, last in rows:
            last_day = date.fromisoformat(last)
            if last_day <= end or (unfinished_after is not None and last_day > unfinished_after):
                spans[sid] = (value, date.fromisoformat(first), last_day)
        return spans

    def sums_beside(self, metric: str, start: date, end: date,
                    spans: dict[int, tuple[int, date, date]]) -> dict[int, int]:
        """{staff_id: sum of daily values in [start, end] outside that person's span} (days a span total
        already holds are not counted twice)."""
        if not spans:
            return {}
        rows = ", ".join("(?, ?, ?)" for _ in spans)
        params: list[object] = [x for sid, (_v, first, last) in spans.items()
                                for x in (sid, first.isoformat(), last.isoformat())]
        found = self.db.execute(
            f"WITH span(staff_id, first, last) AS (VALUES {rows}) "
            "SELECT d.staff_id, sum(d.value) FROM daily_value d JOIN span s ON s.staff_id = d.staff_id "
            "WHERE d.metric = ? AND d.day BETWEEN ? AND ? AND (d.day < s.first OR d.day > s.last) "
            "GROUP BY d.staff_id",
            [*params, metric, start.isoformat(), end.isoformat()])
        return dict(found.fetchall())

    def has_data_on(self, day: date) -> bool:
        """Any value on that day. One primary-key probe per metric (the key starts with the metric), so it
        stays instant on years of data; a plain `WHERE day = ?` would read the whole table."""
        metrics = [m for (m,) in self.db.execute(
            "WITH RECURSIVE m(metric) AS (SELECT min(metric) FROM daily_value UNION ALL "
            "SELECT (SELECT min(metric) FROM daily_value WHERE metric > m.metric) FROM m WHERE m.metric IS NOT NULL) "
            "SELECT metric FROM m WHERE metric IS NOT NULL")]
        return any(self.db.execute("SELECT 1 FROM daily_value WHERE metric = ? AND day = ? LIMIT 1",
                                   [metric, day.isoformat()]).fetchone() for metric in metrics)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM daily_value").fetchone()[0]
