"""Plans in force, the award run's manual lines, approved runs, and the fact queries the run reads.

Plans are stored as JSON text, one row per version: a changed plan is a new row, so an assignment always
points at the exact rules that were in force. Approved lines are frozen (a trigger refuses updates).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.domain import normalize_alias
from app.i18n import t
from app.store.import_log import ROW_STRIDE, file_of
from app.store.values import ValueRepo

if TYPE_CHECKING:
    from app.store.database import Database


@dataclass(frozen=True)
class StoredPlan:
    id: int
    name: str
    version: int
    key: str
    source: str
    content: str
    content_hash: str
    created_at: str

    @property
    def label(self) -> str:
        return self.name if self.version == 1 else t("{name}（第{version}版）", name=self.name, version=self.version)


@dataclass(frozen=True)
class Assignment:
    id: int
    dept_id: int | None
    dept: str | None
    from_month: str | None
    plan_id: int
    at: str


@dataclass(frozen=True)
class ManualRow:
    id: int
    period: str
    rule: str | None  # None: an adjustment
    staff_id: int | None
    dept: str | None
    amount_fen: int | None
    item: str | None
    reason: str
    at: str
    user: str


@dataclass(frozen=True)
class RunRecord:
    id: int
    period: str
    status: str
    approved_at: str
    user: str
    fingerprint: str
    confirmed: str
    plans: list
    superseded_at: str | None
    # staff_id → (department, {component: fen}) on the payout sheet as approved; None: approved before kept
    fixed_pay: dict[int, tuple[str | None, dict[str, int]]] | None = None


@dataclass(frozen=True)
class StoredLine:
    recipient_type: str
    staff_id: int | None
    staff_name: str | None
    dept: str | None
    award: str
    rule_kind: str
    kind: str
    amount_fen: int
    item: str | None
    explanation: str
    certificate: bool
    plan: str


@dataclass(frozen=True)
class MonthAggregate:
    """One person, metric and month of daily values: Σv, days, and for weighted means Σv·w, Σw (w > 0)."""

    total: int
    days: int
    weighted_total: int
    weight: int


def _files_read(name: str, joined: str, files: list) -> str:
    """The files of an import whose rows carried `name` (their log entries keep the names since they do), else the
    import's joined name."""
    key = normalize_alias(name)  # a log entry written before schema v14 keeps the names under their former key
    found = [str(f["file"]) for f in files
             if isinstance(f, dict) and any(normalize_alias(n) == key for n in f.get("names", ()))]
    return "、".join(found) if found else joined


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class PlanRepo:
    def __init__(self, db: Database):
        self.db = db

    _COLS = "id, name, version, key, source, content, content_hash, created_at"

    def all(self) -> list[StoredPlan]:
        return [StoredPlan(*r) for r in self.db.execute(f"SELECT {self._COLS} FROM plan ORDER BY name, version")]

    def get(self, plan_id: int) -> StoredPlan | None:
        row = self.db.execute(f"SELECT {self._COLS} FROM plan WHERE id = ?", [plan_id]).fetchone()
        return StoredPlan(*row) if row else None

    def latest(self, word: str) -> StoredPlan | None:
        """The newest version of the plan named (or keyed) `word`."""
        row = self.db.execute(f"SELECT {self._COLS} FROM plan WHERE name = ? OR (key = ? AND key != '') "
                              "ORDER BY (name = ?) DESC, version DESC LIMIT 1", [word, word, word]).fetchone()
        return StoredPlan(*row) if row else None

    def with_hash(self, name: str, content_hash: str) -> StoredPlan | None:
        row = self.db.execute(f"SELECT {self._COLS} FROM plan WHERE name = ? AND content_hash = ? "
                              "ORDER BY version DESC LIMIT 1", [name, content_hash]).fetchone()
        return StoredPlan(*row) if row else None

    def add(self, name: str, key: str, source: str, content: str, content_hash: str) -> StoredPlan:
        version = self.db.execute("SELECT ifnull(max(version), 0) + 1 FROM plan WHERE name = ?", [name]).fetchone()[0]
        cursor = self.db.execute(
            "INSERT INTO plan (name, version, key, source, content, content_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [name, version, key, source, content, content_hash, _now()])
        plan = self.get(cursor.lastrowid)
        assert plan is not None
        return plan

    def assignments(self) -> list[Assignment]:
        rows = self.db.execute(
            "SELECT a.id, a.dept_id, d.name, a.from_month, a.plan_id, a.at FROM plan_assignment a "
            "LEFT JOIN department d ON d.id = a.dept_id ORDER BY a.dept_id IS NOT NULL, d.name, "
            "ifnull(a.from_month, '')")
        return [Assignment(*r) for r in rows]

    def assign(self, dept_id: int | None, from_month: str | None, plan_id: int) -> int | None:
        """Put `plan_id` in force for (department, from); returns the plan it replaced there, if any."""
        row = self.db.execute("SELECT id, plan_id FROM plan_assignment WHERE ifnull(dept_id, 0) = ifnull(?, 0) "
                              "AND ifnull(from_month, '') = ifnull(?, '')", [dept_id, from_month]).fetchone()
        if row:
            self.db.execute("DELETE FROM plan_assignment WHERE id = ?", [row[0]])
        self.db.execute("INSERT INTO plan_assignment (dept_id, from_month, plan_id, at) VALUES (?, ?, ?, ?)",
                        [dept_id, from_month, plan_id, _now()])
        return row[1] if row else None


class AwardRepo:
    def __init__(self, db: Database):
        self.db = db

    # ---- manual lines and adjustments
    _MANUAL = "id, period, rule, staff_id, dept, amount_fen, item, reason, at, os_user"

    def manual(self, period: str) -> list[ManualRow]:
        rows = self.db.execute(f"SELECT {self._MANUAL} FROM award_manual WHERE period = ? ORDER BY id", [period])
        return [ManualRow(*r) for r in rows]

    def rename_manual_dept(self, old: str, new: str) -> int:
        """Manual team lines address their department by name: they follow it when it is renamed."""
        return self.db.execute("UPDATE award_manual SET dept = ? WHERE dept = ?", [new, old]).rowcount

    def manual_get(self, manual_id: int) -> ManualRow | None:
        row = self.db.execute(f"SELECT {self._MANUAL} FROM award_manual WHERE id = ?", [manual_id]).fetchone()
        return ManualRow(*row) if row else None

    def manual_add(self, period: str, rule: str | None, staff_id: int | None, dept: str | None,
                   amount_fen: int | None, item: str | None, reason: str, user: str, at: str | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO award_manual (period, rule, staff_id, dept, amount_fen, item, reason, at, os_user) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [period, rule, staff_id, dept, amount_fen, item, reason, at or _now(), user])
        return cursor.lastrowid

    def manual_delete(self, manual_id: int) -> None:
        self.db.execute("DELETE FROM award_manual WHERE id = ?", [manual_id])

    # ---- approved runs
    _RUN = "id, period, status, approved_at, os_user, fingerprint, confirmed, plans, superseded_at, fixed_pay"

    def _run(self, row: tuple) -> RunRecord:
        fixed = None if row[9] is None else {int(sid): (entry["dept"], entry["pay"])
                                             for sid, entry in json.loads(row[9]).items()}
        return RunRecord(*row[:7], plans=json.loads(row[7]), superseded_at=row[8], fixed_pay=fixed)

    def current_run(self, period: str) -> RunRecord | None:
        row = self.db.execute(f"SELECT {self._RUN} FROM award_run WHERE period = ? AND status = 'approved'",
                              [period]).fetchone()
        return self._run(row) if row else None

    def runs(self, period: str) -> list[RunRecord]:
        """Every approval of the period, newest first (the current one and the superseded history)."""
        rows = self.db.execute(f"SELECT {self._RUN} FROM award_run WHERE period = ? ORDER BY id DESC", [period])
        return [self._run(r) for r in rows]

    def approved_periods(self) -> list[str]:
        return [p for (p,) in self.db.execute("SELECT period FROM award_run WHERE status = 'approved' ORDER BY period")]

    def approval_days(self) -> dict[str, str]:
        """{period: when its current approval was made}, without reading the runs' frozen pay."""
        return dict(self.db.execute("SELECT period, approved_at FROM award_run WHERE status = 'approved'"))

    def current_plans(self, period: str) -> list | None:
        """The plan versions the period's current approval kept (`RunRecord.plans`); None when not approved."""
        row = self.db.execute("SELECT plans FROM award_run WHERE period = ? AND status = 'approved'",
                              [period]).fetchone()
        return json.loads(row[0]) if row else None

    def approve(self, period: str, fingerprint: str, user: str, confirmed: str, plans: list,
                lines: Sequence[StoredLine], inputs: Iterable[tuple[int, int, str, str, str]],
                fixed_pay: dict[int, tuple[str | None, dict[str, int]]] | None = None, at: str | None = None) -> int:
        """Freeze a run (the caller holds the transaction); the previous approval becomes history. `at`: the
        time to keep (the real clock when not given)."""
        now = at or _now()
        self.db.execute("UPDATE award_run SET status = 'superseded', superseded_at = ? "
                        "WHERE period = ? AND status = 'approved'", [now, period])
        frozen = json.dumps({str(sid): {"dept": dept, "pay": pay} for sid, (dept, pay) in (fixed_pay or {}).items()},
                            ensure_ascii=False)
        cursor = self.db.execute(
            "INSERT INTO award_run (period, status, approved_at, os_user, fingerprint, confirmed, plans, fixed_pay) "
            "VALUES (?, 'approved', ?, ?, ?, ?, ?, ?)",
            [period, now, user, fingerprint, confirmed, json.dumps(plans, ensure_ascii=False), frozen])
        run_id = cursor.lastrowid
        self.db.conn.executemany(
            "INSERT INTO award_line (run_id, seq, recipient_type, staff_id, staff_name, dept, award, rule_kind, kind, "
            "amount_fen, item, explanation, certificate, plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(run_id, i, ln.recipient_type, ln.staff_id, ln.staff_name, ln.dept, ln.award, ln.rule_kind, ln.kind,
              ln.amount_fen, ln.item, ln.explanation, int(ln.certificate), ln.plan) for i, ln in enumerate(lines)])
        self.db.conn.executemany("INSERT INTO award_input (run_id, staff_id, seq, label, value, source) "
                                 "VALUES (?, ?, ?, ?, ?, ?)", [(run_id, *row) for row in inputs])
        return run_id

    def lines(self, run_id: int) -> list[StoredLine]:
        rows = self.db.execute(
            "SELECT recipient_type, staff_id, staff_name, dept, award, rule_kind, kind, amount_fen, item, explanation, "
            "certificate, plan FROM award_line WHERE run_id = ? ORDER BY seq", [run_id])
        return [StoredLine(*r[:10], certificate=bool(r[10]), plan=r[11]) for r in rows]

    def inputs(self, run_id: int, staff_id: int) -> list[tuple[str, str, str]]:
        """(label, value, source) rows kept with the approval for one person."""
        return self.db.execute("SELECT label, value, source FROM award_input WHERE run_id = ? AND staff_id = ? "
                               "ORDER BY seq", [run_id, staff_id]).fetchall()

    # ---- the facts an award run reads
    def month_aggregates(self, metric: str, weight: str | None, start: date, end: date
                         ) -> dict[tuple[int, str], MonthAggregate]:
        """{(staff_id, "YYYY-MM"): aggregate} of one metric's daily values over [start, end]."""
        span = [start.isoformat(), end.isoformat()]
        if weight is None:
            rows = self.db.execute(
                "SELECT staff_id, substr(day, 1, 7), sum(value), count(*) FROM daily_value "
                "WHERE metric = ? AND day BETWEEN ? AND ? GROUP BY staff_id, substr(day, 1, 7)", [metric, *span])
            return {(sid, m): MonthAggregate(total, n, 0, 0) for sid, m, total, n in rows}
        rows = self.db.execute(
            "SELECT v.staff_id, substr(v.day, 1, 7), sum(v.value), count(*), "
            "sum(CASE WHEN w.value > 0 THEN v.value * w.value ELSE 0 END), "
            "sum(CASE WHEN w.value > 0 THEN w.value ELSE 0 END) FROM daily_value v "
            "LEFT JOIN daily_value w ON w.metric = ? AND w.day = v.day AND w.staff_id = v.staff_id "
            "WHERE v.metric = ? AND v.day BETWEEN ? AND ? GROUP BY v.staff_id, substr(v.day, 1, 7)",
            [weight, metric, *span])
        return {(sid, m): MonthAggregate(total, n, wt, w) for sid, m, total, n, wt, w in rows}

    def targets(self, metrics: Sequence[str], months: Sequence[str]) -> dict[tuple[int, str, str], int]:
        if not metrics or not months:
            return {}
        rows = self.db.execute(
            f"SELECT staff_id, metric, month, value FROM staff_target WHERE metric IN ({', '.join('?' * len(metrics))}) "
            f"AND month IN ({', '.join('?' * len(months))}) AND value > 0", [*metrics, *months])  # 0: no target
        return {(sid, m, month): v for sid, m, month, v in rows}

    def provisional(self, start: date, end: date, metrics: Sequence[str]) -> int:
        """How many values in the span are provisional or not counted yet by the seller tool."""
        if not metrics:
            return 0
        marks = ", ".join("?" * len(metrics))
        span = [start.isoformat(), end.isoformat()]
        daily = self.db.execute(f"SELECT count(*) FROM daily_value WHERE metric IN ({marks}) AND day BETWEEN ? AND ? "
                                "AND provisional = 1", [*metrics, *span]).fetchone()[0]
        pending = self.db.execute(f"SELECT count(*) FROM pending_value WHERE metric IN ({marks}) AND start <= ? "
                                  "AND end >= ?", [*metrics, span[1], span[0]]).fetchone()[0]
        return daily + pending

    def sources(self, staff_id: int, metric: str, start: date, end: date, *, summed: bool = False
                ) -> list[tuple[str, str | None, int, int | None, int | None, int, tuple[str, ...],
                                tuple[tuple[str, int, str, int], ...]]]:
        """Where one person's values of a metric came from, per month: (month, import file or None for hand
        entry, days, first source row, last source row, days the import added up from several of her names, those
        names, the shares of them it kept from earlier imports — see _kept_shares); imported totals come with
        days = 0. A value from an import of several files names its own file and
        its row in that file (a day added up from two files is stored with the row of one). `summed`: a summed
        metric, made of the imported totals that count (values.imported_spans) and the daily values none of them
        holds."""
        span = [start.isoformat(), end.isoformat()]
        if summed:
            taken = ValueRepo(self.db).imported_spans(metric, start, end, [staff_id]).get(staff_id, [])
            held = "".join(" AND NOT (day BETWEEN ? AND ?)" for _ in taken)  # days a counted total holds
            held_params = [x for t in taken for x in (t.first, t.last)]
            totals = [(t.first[:7], t.import_id, None if t.source_row is None else t.source_row // ROW_STRIDE, 0,
                       t.source_row, t.source_row) for t in taken]
        else:
            held, held_params = "", []
            totals = self.db.execute(
                "SELECT substr(start, 1, 7), import_id, source_row / ?, 0, source_row, source_row FROM period_value "
                "WHERE staff_id = ? AND metric = ? AND start >= ? AND end <= ? ORDER BY 1",
                [ROW_STRIDE, staff_id, metric, *span]).fetchall()
        daily = self.db.execute(
            "SELECT substr(day, 1, 7), d.import_id, source_row / ?, count(*), min(source_row), max(source_row), "
            "count(m.names), group_concat(m.names, char(30)) FROM daily_value d LEFT JOIN (SELECT import_id, start, "
            "group_concat(name_key, char(30)) AS names FROM import_day_name WHERE staff_id = ? AND start = end "
            "GROUP BY import_id, start HAVING count(*) > 1) m ON m.import_id = d.import_id AND m.start = d.day "
            f"WHERE staff_id = ? AND metric = ? AND day BETWEEN ? AND ?{held} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            [ROW_STRIDE, staff_id, staff_id, metric, *span, *held_params]).fetchall()
        logs = self._import_files({row[1] for row in daily + totals if row[1] is not None})
        found = []
        for month, import_id, part, days, first, last, *merged in [*daily, *(row + (0, None) for row in totals)]:
            log = logs.get(import_id) if import_id is not None else None
            name, base = (None, 0) if log is None else file_of(*log, part)
            merged_days, names = merged
            kept = self._kept_shares(staff_id, metric, month, import_id, part) if merged_days else ()
            found.append((month, name, days, None if first is None else first - base,
                          None if last is None else last - base, merged_days,
                          tuple(sorted(set(names.split("\x1e")))) if names else (), kept))
        return found

    def _kept_shares(self, staff_id: int, metric: str, month: str, import_id: int, part: int | None
                     ) -> tuple[tuple[str, int, str, int], ...]:
        """Of the days in `month` that import `import_id` made of several of one person's names (stored with a row of
        its file `part`), the shares it kept from earlier imports (a corrected file of another account, import_share):
        (name, the import whose file gave it, the files of it that gave it, days), followed back through imports that
        kept it in turn."""
        read: dict[int, set[str]] = {}

        def names_read(imp: int) -> set[str]:
            if imp not in read:
                read[imp] = {n for (n,) in self.db.execute(
                    "SELECT name_key FROM import_name WHERE import_id = ? AND staff_id = ?", [imp, staff_id])}
            return read[imp]

        days = self.db.execute(
            "SELECT n.start, n.name_key FROM import_day_name n JOIN daily_value d ON d.import_id = n.import_id "
            "AND d.staff_id = n.staff_id AND d.day = n.start AND d.metric = ? WHERE n.import_id = ? AND n.staff_id = ? "
            "AND n.start = n.end AND substr(n.start, 1, 7) = ? AND d.source_row / ? IS ? ORDER BY n.start, n.name_key",
            [metric, import_id, staff_id, month, ROW_STRIDE, part]).fetchall()
        counted: dict[tuple[str, int], int] = {}
        for day, name in days:
            origin = import_id
            while name not in names_read(origin):
                earlier = self.db.execute(
                    "SELECT max(s.import_id) FROM import_share s JOIN import_log l ON l.id = s.import_id "
                    "AND l.status = 'committed' WHERE s.staff_id = ? AND s.start = ? AND s.end = ? AND s.name_key = ? "
                    "AND s.metric = ? AND s.import_id < ?", [staff_id, day, day, name, metric, origin]).fetchone()[0]
                if earlier is None:
                    break
                origin = earlier
            if origin != import_id:
                counted[(name, origin)] = counted.get((name, origin), 0) + 1
        logs = self._import_files({origin for _, origin in counted})
        return tuple((name, origin, _files_read(name, *logs[origin]), n) for (name, origin), n in sorted(counted.items()))

    def _import_files(self, import_ids: set[int]) -> dict[int, tuple[str, list]]:
        if not import_ids:
            return {}
        marks = ",".join("?" * len(import_ids))
        rows = self.db.execute(f"SELECT id, file_name, files FROM import_log WHERE id IN ({marks})", sorted(import_ids))
        return {i: (name, json.loads(files or "[]")) for i, name, files in rows}


