"""Daily values per person and metric, in the metric's stored units (money: fen)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.store.database import Database


@dataclass(frozen=True)
class ImportedSpan:
    """An imported total over days of one month (ISO dates, so they compare as text), and where it came from."""

    value: int
    first: str
    last: str
    import_id: int | None
    source_row: int | None


SpansOf = dict[str, dict[int, list[ImportedSpan]]]  # {metric: {staff_id: the imported totals that count}}


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

    def imported_cells(self, metric: str, start: date, end: date) -> dict[tuple[int, date], tuple[int, int | None]]:
        """{(staff_id, day): (import id, source row)} for the daily values an import wrote, not changed by hand
        since (a value typed or pasted drops its import, see `set`)."""
        rows = self.db.execute(
            "SELECT staff_id, day, import_id, source_row FROM daily_value "
            "WHERE metric = ? AND day BETWEEN ? AND ? AND import_id IS NOT NULL",
            [metric, start.isoformat(), end.isoformat()],
        )
        return {(sid, date.fromisoformat(d)): (import_id, row) for sid, d, import_id, row in rows}

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

    def mean_parts(self, metric: str, weight: str | None, start: date, end: date
                   ) -> dict[int, tuple[int, int, int, int, int]]:
        """{staff_id: (days, Σ value, days with a weight above 0, Σ value·weight and Σ weight over them)} of a
        mean's daily values in [start, end] (`weight`: the metric weighting it, or None) — the parts of
        `app.metrics.MeanParts`, added up in SQL rather than row by row."""
        if weight is None:
            rows = self.db.execute(
                "SELECT staff_id, COUNT(*), SUM(value), 0, 0, 0 FROM daily_value "
                "WHERE metric = ? AND day BETWEEN ? AND ? GROUP BY staff_id",
                [metric, start.isoformat(), end.isoformat()])
        else:
            rows = self.db.execute(
                "SELECT v.staff_id, COUNT(*), SUM(v.value), COUNT(CASE WHEN w.value > 0 THEN 1 END), "
                "COALESCE(SUM(CASE WHEN w.value > 0 THEN v.value * w.value END), 0), "
                "COALESCE(SUM(CASE WHEN w.value > 0 THEN w.value END), 0) "
                "FROM daily_value v LEFT JOIN daily_value w ON w.metric = ? AND w.day = v.day AND w.staff_id = v.staff_id "
                "WHERE v.metric = ? AND v.day BETWEEN ? AND ? GROUP BY v.staff_id",
                [weight, metric, start.isoformat(), end.isoformat()])
        return {sid: tuple(parts) for sid, *parts in rows}

    def span_totals_within(self, metric: str, start: date, end: date) -> dict[int, tuple[int, date, date]]:
        """Imported span totals (month-to-date or month reports) lying inside [start, end]: {staff_id: (value,
        first day, last day)}, the span reaching furthest for each person."""
        rows = self.db.execute(
            "SELECT staff_id, value, start, end FROM period_value WHERE metric = ? AND start BETWEEN ? AND ? "
            "AND end <= ? ORDER BY staff_id, end, start DESC",  # start ≤ end: a bounded range of the key
            [metric, start.isoformat(), end.isoformat(), end.isoformat()],
        )
        return {sid: (value, date.fromisoformat(first), date.fromisoformat(last)) for sid, value, first, last in rows}

    def imported_spans(self, metric: str, start: date, end: date, staff_ids: Iterable[int] | None = None
                       ) -> dict[int, list[ImportedSpan]]:
        """{staff_id: the imported totals inside [start, end] that count}: in each month, reports that do not
        overlap — the one reaching furthest first (then the widest), then every other that overlaps none
        already taken (a 1–19 report and a 20–24 one both count; a 1–18 report under a 1–31 one does not).
        A total spanning two months is not used."""
        sql = ("SELECT staff_id, value, start, end, import_id, source_row FROM period_value WHERE metric = ? "
               "AND start BETWEEN ? AND ? AND end <= ? AND substr(start, 1, 7) = substr(end, 1, 7)")
        params: list[object] = [metric, start.isoformat(), end.isoformat(), end.isoformat()]
        if staff_ids is not None:
            ids = sorted(set(staff_ids))
            sql += f" AND staff_id IN ({', '.join('?' * len(ids))})"
            params += ids
        by_month: dict[tuple[int, str], list[ImportedSpan]] = {}
        for sid, value, first, last, import_id, source_row in self.db.execute(sql + " ORDER BY end DESC, start", params):
            taken = by_month.setdefault((sid, first[:7]), [])
            if all(last < t.first or first > t.last for t in taken):
                taken.append(ImportedSpan(value, first, last, import_id, source_row))
        chosen: dict[int, list[ImportedSpan]] = {}
        for (sid, _month), spans in sorted(by_month.items()):
            chosen.setdefault(sid, []).extend(sorted(spans, key=lambda t: t.first))
        return chosen

    def unpaired_ratio_parts(self, a: str, b: str, start: date, end: date, spans: SpansOf | None = None
                             ) -> dict[int, tuple[int | None, int | None]]:
        """The people whose summed metrics `a` and `b` do not rest on the same imported totals in [start, end]
        (a month report with 付款人数 but no 询单人数, beside daily 询单人数): {staff_id: (a, b) summed over the
        days both have a daily value on}, since a rate of a to b is only read from days both are known on (a day
        with 询单人数 alone would lower the rate); (None, None) when no day has both. Everyone else's rate comes
        from the totals as they count. `spans`: the imported spans by metric, where the caller read them already."""
        spans_a, spans_b = (spans[a], spans[b]) if spans else (self.imported_spans(a, start, end),
                                                                self.imported_spans(b, start, end))
        if not spans_a and not spans_b:
            return {}

        def days_held(spans: dict[int, list[ImportedSpan]], sid: int) -> list[tuple[str, str]]:
            return [(s.first, s.last) for s in spans.get(sid, [])]

        unpaired = {sid for sid in spans_a.keys() | spans_b.keys() if days_held(spans_a, sid) != days_held(spans_b, sid)}
        if not unpaired:
            return {}
        both = {sid: (x, y) for sid, x, y in self.db.execute(
            "SELECT x.staff_id, sum(x.value), sum(y.value) FROM daily_value x JOIN daily_value y "
            "ON y.metric = ? AND y.staff_id = x.staff_id AND y.day = x.day "
            "WHERE x.metric = ? AND x.day BETWEEN ? AND ? GROUP BY x.staff_id",
            [b, a, start.isoformat(), end.isoformat()])}
        return {sid: both.get(sid, (None, None)) for sid in unpaired}

    def with_imported_totals(self, metric: str, start: date, end: date,
                             spans: dict[int, list[ImportedSpan]] | None = None) -> dict[int, int]:
        """For the people with an imported total inside [start, end] (a report for 1..18 October, or a whole
        month): {staff_id: a summed metric over [start, end]} — the totals that count (imported_spans) plus
        the daily values none of them holds (a month-to-date report followed by daily ones adds up; days
        inside a report are not counted twice). `spans`: the metric's imported_spans, if read already."""
        if spans is None:
            spans = self.imported_spans(metric, start, end)
        if not spans:
            return {}
        counted = self.counted_sums(metric, start, end, spans)
        return {sid: counted[sid] for sid in spans}

    def counted_sums(self, metric: str, start: date, end: date, spans: dict[int, list[ImportedSpan]]
                     ) -> dict[int, int]:
        """{staff_id: a summed metric over [start, end] as it counts} for everyone with a daily value or an
        imported total in it: the daily values, and for a person with imported totals (`spans`, the metric's
        imported_spans) those totals plus the daily values none of them holds (see with_imported_totals).
        One query: the days are cut where a report starts or ends and summed per person and part, so a
        metric's rows are sorted once rather than once per report span; the parts outside a person's reports
        are added."""
        first, last = start.isoformat(), end.isoformat()
        cuts = sorted({day for taken in spans.values() for t in taken
                       for day in (t.first, (date.fromisoformat(t.last) + timedelta(days=1)).isoformat())
                       if first < day <= last})
        starts = [first, *cuts]  # the first day of each part
        if cuts:
            whens = " ".join(f"WHEN day < ? THEN {i}" for i in range(len(cuts)))
            sql = (f"SELECT staff_id, CASE {whens} ELSE {len(cuts)} END AS part, sum(value) FROM daily_value "
                   "WHERE metric = ? AND day BETWEEN ? AND ? GROUP BY staff_id, part")
        else:  # no report: each person's days are one part
            sql = ("SELECT staff_id, 0, sum(value) FROM daily_value WHERE metric = ? AND day BETWEEN ? AND ? "
                   "GROUP BY staff_id")
        totals = {sid: sum(t.value for t in taken) for sid, taken in spans.items()}
        for sid, n, value in self.db.execute(sql, [*cuts, metric, first, last]):
            if not any(t.first <= starts[n] <= t.last for t in spans.get(sid, ())):
                totals[sid] = totals.get(sid, 0) + value
        return totals

    def has_data_on(self, day: date) -> bool:
        """Any value on that day. One primary-key probe per metric (the key starts with the metric), so it
        stays instant on years of data; a plain `WHERE day = ?` would read the whole table."""
        metrics = self._metrics_held()
        return any(self.db.execute("SELECT 1 FROM daily_value WHERE metric = ? AND day = ? LIMIT 1",
                                   [metric, day.isoformat()]).fetchone() for metric in metrics)

    def has_data_between(self, start: date, end: date) -> bool:
        """Any daily value or imported total in the span (a probe per metric on the primary key, as above)."""
        first, last = start.isoformat(), end.isoformat()
        if self.db.execute("SELECT 1 FROM period_value WHERE start <= ? AND end >= ? LIMIT 1",
                           [last, first]).fetchone():
            return True
        metrics = self._metrics_held()
        return any(self.db.execute("SELECT 1 FROM daily_value WHERE metric = ? AND day BETWEEN ? AND ? LIMIT 1",
                                   [metric, first, last]).fetchone() for metric in metrics)

    def staff_with_data(self, start: date, end: date) -> set[int]:
        """Everyone holding a daily value in the span or an imported total overlapping it (a probe per metric on the
        primary key, as above)."""
        first, last = start.isoformat(), end.isoformat()
        held = {sid for (sid,) in self.db.execute("SELECT DISTINCT staff_id FROM period_value WHERE start <= ? AND "
                                                  "end >= ?", [last, first])}
        for metric in self._metrics_held():
            held.update(sid for (sid,) in self.db.execute(
                "SELECT DISTINCT staff_id FROM daily_value WHERE metric = ? AND day BETWEEN ? AND ?",
                [metric, first, last]))
        return held

    def last_day_with_data(self, start: date, end: date) -> date | None:
        """The last day of the span holding any daily value, or the last day of an imported total lying within
        the span (one reaching beyond it is not counted in it); None when the span holds nothing. A probe per
        metric on the primary key, as above."""
        first, last = start.isoformat(), end.isoformat()
        days = [d for (d,) in self.db.execute("SELECT max(end) FROM period_value WHERE start >= ? AND end <= ?",
                                              [first, last]) if d]
        for metric in self._metrics_held():
            (day,) = self.db.execute("SELECT max(day) FROM daily_value WHERE metric = ? AND day BETWEEN ? AND ?",
                                     [metric, first, last]).fetchone()
            if day:
                days.append(day)
        return date.fromisoformat(max(days)) if days else None

    def days_held_after(self, staff_id: int, day: date) -> list[date]:
        """The days after `day` on which the person holds a daily value or an imported total ends, oldest first
        (the index on staff and day)."""
        after = day.isoformat()
        held = {d for (d,) in self.db.execute("SELECT DISTINCT day FROM daily_value WHERE staff_id = ? AND day > ?",
                                              [staff_id, after])}
        held.update(d for (d,) in self.db.execute("SELECT DISTINCT end FROM period_value WHERE staff_id = ? AND end > ?",
                                                  [staff_id, after]))
        return [date.fromisoformat(d) for d in sorted(held)]

    def _metrics_held(self) -> list[str]:
        """The metrics daily_value holds, read by skipping from one to the next along the primary key."""
        return [m for (m,) in self.db.execute(
            "WITH RECURSIVE m(metric) AS (SELECT min(metric) FROM daily_value UNION ALL "
            "SELECT (SELECT min(metric) FROM daily_value WHERE metric > m.metric) FROM m WHERE m.metric IS NOT NULL) "
            "SELECT metric FROM m WHERE metric IS NOT NULL")]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM daily_value").fetchone()[0]
