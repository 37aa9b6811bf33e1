"""Imports: the staging area of a preview, the set-based commit, the import log and its exact undo.

A preview stages every parsed cell in TEMP tables on this connection (never in the shop file, so a
preview or a failed import leaves the file byte-for-byte as it was, and memory stays bounded however
large the report). Diffing against stored values and committing are then a few SQL statements.
Targets: `daily` = daily_value, `period` = period_value (month totals), `pending` = pending_value
(values the seller tool had not counted yet).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from app.store.database import Database
from app.store.import_merges import StagedMerges
from app.store.import_shares import ImportShares

# A stored value's source_row is file index × ROW_STRIDE + the row as Excel shows it, so that a value from an
# import of several files names its own file (import_log.files[i]["row_base"] says so; older imports that
# lack it stored the bare row).
ROW_STRIDE = 10_000_000
_SOURCE_ROW = f"c.file * {ROW_STRIDE} + c.row_no"


def file_of(name: str, files: list, part: int | None) -> tuple[str, int]:
    """(the file a source row points into, the row base to subtract): the file at index `part` of an import's
    `files`, else — an import made before files were told apart — its joined name and the row as stored."""
    if part is not None and 0 <= part < len(files) and isinstance(files[part], dict) and "row_base" in files[part]:
        return str(files[part]["file"]), int(files[part]["row_base"])
    return name, 0

_STAGE = (
    ("CREATE TEMP TABLE IF NOT EXISTS imp_row (file INTEGER NOT NULL, row_no INTEGER NOT NULL, name_key TEXT NOT NULL, "
     "staff_id INTEGER NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL, merged_into INTEGER, merged_file INTEGER, "
     "whole INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (file, row_no))"),
    ("CREATE TEMP TABLE IF NOT EXISTS imp_cell (file INTEGER NOT NULL, row_no INTEGER NOT NULL, target TEXT NOT NULL, "
     "metric TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL, staff_id INTEGER NOT NULL, value INTEGER, "
     "pending INTEGER NOT NULL DEFAULT 0, bare INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (file, row_no, target, metric)) "
     "WITHOUT ROWID"),
)
# Only a batch of several files needs cells found by their key (the same value given by two files).
_KEY_INDEX = "CREATE INDEX IF NOT EXISTS temp.imp_cell_key ON imp_cell (target, metric, start, end, staff_id)"

# The stored value (daily or period) and the pending mark a staged cell would replace.
_JOIN = (
    "FROM imp_cell c "
    "LEFT JOIN daily_value d ON c.target = 'daily' AND d.metric = c.metric AND d.day = c.start "
    "AND d.staff_id = c.staff_id "
    "LEFT JOIN period_value p ON c.target = 'period' AND p.metric = c.metric AND p.start = c.start "
    "AND p.end = c.end AND p.staff_id = c.staff_id "
    "LEFT JOIN pending_value q ON q.metric = c.metric AND q.start = c.start AND q.end = c.end "
    "AND q.staff_id = c.staff_id "
)
_OLD = "coalesce(d.value, p.value)"
# 0 unchanged, 1 new, 2 changed
_STATE = (
    f"CASE WHEN c.pending THEN (CASE WHEN {_OLD} IS NOT NULL OR q.staff_id IS NOT NULL THEN 0 ELSE 1 END) "
    f"WHEN {_OLD} IS NULL THEN 1 WHEN {_OLD} != c.value THEN 2 ELSE 0 END"
)


@dataclass(frozen=True)
class ImportRecord:
    id: int
    at: str
    user: str
    file_name: str
    content_hash: str
    new: int
    changed: int
    unchanged: int
    skipped: int
    errors: int
    status: str
    undone_at: str | None
    files: list[dict]


@dataclass(frozen=True)
class CellChange:
    file: int
    row: int
    metric: str
    start: str
    end: str
    staff_id: int
    old: int | None
    new: int | None


class ImportRepo:
    def __init__(self, db: Database):
        self.db = db
        self.shares = ImportShares(db)
        self.merges = StagedMerges(db, self.shares)

    # ---- staging (TEMP tables: never written to the shop file)
    def stage_reset(self) -> None:
        for statement in _STAGE:
            self.db.execute(statement)
        self.db.execute("DELETE FROM temp.imp_row")
        self.db.execute("DELETE FROM temp.imp_cell")
        self.db.execute("DROP INDEX IF EXISTS temp.imp_cell_key")
        self.db.execute("DROP INDEX IF EXISTS temp.imp_row_day")
        self.db.execute("DROP INDEX IF EXISTS temp.imp_row_merged")
        self.shares.reset()

    @contextlib.contextmanager
    def staging(self) -> Iterator[None]:
        """A preview's staging, TEMP tables only, in one transaction: one commit, not one per batch."""
        if self.db.conn.in_transaction:
            yield
            return
        self.db.begin_reading()
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:  # a full disk or an I/O error: SQLite has rolled it back itself
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def stage(self, rows: Iterable[tuple], cells: Iterable[tuple]) -> None:
        """rows: (file, row_no, name_key, staff_id, start, end, whole); cells: (file, row_no, target, metric, start,
        end, staff_id, value, pending, bare). Staff not yet in the shop carry negative stand-in ids; `whole` marks a
        row whose name is one whole sub-account (`Match.whole_account`)."""
        self.db.insert_rows("temp.imp_row", "(?, ?, ?, ?, ?, ?, NULL, NULL, ?)", rows)
        self.db.insert_rows("temp.imp_cell", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cells)

    def stage_indexed(self, several_files: bool) -> None:
        if several_files:
            self.db.execute(_KEY_INDEX)

    def rate_tops(self, file: int, metric: str) -> tuple[int | None, int | None]:
        """(the largest bare value, the largest value) of a staged rate column, in one pass over the cells."""
        top_bare, top = self.db.execute("SELECT max(CASE WHEN bare THEN value END), max(value) FROM temp.imp_cell "
                                        "WHERE file = ? AND metric = ?", [file, metric]).fetchone()
        return top_bare, top

    def bare_finer_than_percent(self, file: int, metric: str) -> list[tuple[int, int]]:
        """(row, value) of a rate column's bare cells that `bare_to_percent` rounds (not whole hundreds)."""
        return self.db.execute("SELECT row_no, value FROM temp.imp_cell WHERE file = ? AND metric = ? AND bare "
                               "AND value % 100 != 0 ORDER BY row_no", [file, metric]).fetchall()

    def bare_to_percent(self, file: int, metric: str) -> None:
        """The column's bare numbers were percents (some value above 1): divide by 100, rounding half up."""
        self.db.execute("UPDATE temp.imp_cell SET value = (value + 50) / 100 WHERE file = ? AND metric = ? AND bare",
                        [file, metric])

    def cells_above(self, file: int, metric: str, limit: int) -> list[tuple[int, int]]:
        return self.db.execute("SELECT row_no, value FROM temp.imp_cell WHERE file = ? AND metric = ? AND value > ? "
                               "ORDER BY row_no", [file, metric, limit]).fetchall()

    def duplicate_names(self) -> list[tuple[int, str, str, str, list[int]]]:
        """(file, name, start, end, rows) where one file has the same name twice for the same day or period."""
        rows = self.db.execute(
            "SELECT file, name_key, start, end, group_concat(row_no) FROM temp.imp_row GROUP BY file, name_key, start, "
            "end HAVING count(*) > 1 ORDER BY file, min(row_no)").fetchall()
        return [(f, n, s, e, sorted(int(x) for x in rs.split(","))) for f, n, s, e, rs in rows]

    def shared_days(self) -> list[tuple[int, int, list[int]]]:
        """(file, staff_id, rows) where one file has the same person twice for one day under different names."""
        rows = self.db.execute(
            "SELECT file, staff_id, group_concat(row_no) FROM temp.imp_row GROUP BY file, staff_id, start, end "
            "HAVING count(*) > 1").fetchall()
        return [(f, s, sorted(int(x) for x in rs.split(","))) for f, s, rs in rows]

    def row_names(self, file: int, rows: list[int]) -> dict[int, str]:
        """The name (as matched) each of these rows of a file gives."""
        marks = ",".join("?" * len(rows))
        return dict(self.db.execute(f"SELECT row_no, name_key FROM temp.imp_row WHERE file = ? AND row_no IN ({marks})",
                                    [file, *rows]).fetchall())

    def row_cells(self, file: int, row_no: int) -> list[tuple[str, str, str, str, int | None, int]]:
        return self.db.execute("SELECT target, metric, start, end, value, pending FROM temp.imp_cell "
                               "WHERE file = ? AND row_no = ?", [file, row_no]).fetchall()

    def replace_cells(self, file: int, rows: list[int], into: int, cells: list[tuple]) -> None:
        self.shares.keep_own([(file, row) for row in rows])
        marks = ",".join("?" * len(rows))
        self.db.execute(f"DELETE FROM temp.imp_cell WHERE file = ? AND row_no IN ({marks})", [file, *rows])
        self.db.execute(f"UPDATE temp.imp_row SET merged_into = ? WHERE file = ? AND row_no IN ({marks}) "
                        "AND row_no != ?", [into, file, *rows, into])
        self.db.conn.executemany("INSERT INTO temp.imp_cell VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cells)

    def delete_cell(self, file: int, row_no: int, target: str, metric: str) -> None:
        self.db.execute("DELETE FROM temp.imp_cell WHERE file = ? AND row_no = ? AND target = ? AND metric = ?",
                        [file, row_no, target, metric])

    def drop_rows(self, file: int, rows: Iterable[int]) -> None:
        """The rows are not imported, nor the rows put together into them (see `merged_with`)."""
        for chunk in _chunks(list(rows), 500):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"DELETE FROM temp.imp_cell WHERE file = ? AND row_no IN ({marks})", [file, *chunk])
            self.db.execute(f"DELETE FROM temp.imp_row WHERE (file = ? AND row_no IN ({marks})) OR (merged_into IN "
                            f"({marks}) AND coalesce(merged_file, file) = ?)", [file, *chunk, *chunk, file])

    def drop_staff(self, staff_id: int) -> list[tuple[int, int]]:
        rows = self.db.execute("SELECT file, row_no FROM temp.imp_row WHERE staff_id = ?", [staff_id]).fetchall()
        self.db.execute("DELETE FROM temp.imp_cell WHERE staff_id = ?", [staff_id])
        self.db.execute("DELETE FROM temp.imp_row WHERE staff_id = ?", [staff_id])
        return rows

    def assign_staff(self, created: dict[int, int]) -> None:
        """{stand-in id: the person created for it}: one pass over the staged tables, not one per person."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS imp_new (stand_in INTEGER PRIMARY KEY, new_id INTEGER)")
        self.db.execute("DELETE FROM temp.imp_new")
        self.db.executemany("INSERT INTO temp.imp_new VALUES (?, ?)", list(created.items()))
        for table in ("imp_cell", "imp_row"):
            self.db.execute(f"UPDATE temp.{table} SET staff_id = n.new_id FROM imp_new n WHERE n.stand_in = staff_id")

    def staged_first_days(self) -> dict[int, date]:
        """{staff_id: the first day of their staged rows}."""
        return {sid: date.fromisoformat(day) for sid, day in
                self.db.execute("SELECT staff_id, min(start) FROM temp.imp_row GROUP BY staff_id")}

    def hire_dates_given(self) -> dict[int, date]:
        """{staff_id: the hire date the latest import that set one gave the person}: an import that created them
        (its audit row's `created_staff`, kept when the import is undone: the person stays) or one still in force
        that moved it back to its first day for them (`hire_moved`)."""
        rows = self.db.execute(
            "SELECT a.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.hired') "
            "FROM audit a, json_each(a.detail, '$.created_staff') e WHERE a.action = 'import.commit' "
            "UNION ALL SELECT a.id, json_extract(e.value, '$.staff_id'), json_extract(e.value, '$.to') "
            "FROM audit a JOIN import_log l ON l.id = json_extract(a.detail, '$.import_id') AND l.status = 'committed', "
            "json_each(a.detail, '$.hire_moved') e WHERE a.action = 'import.commit' ORDER BY 1")
        return {staff_id: date.fromisoformat(day) for _audit, staff_id, day in rows if staff_id and day}

    def row_states(self) -> dict[int, dict[int, int]]:
        """{file: {state: rows}} over the staged rows (0 unchanged, 1 new, 2 changed)."""
        result: dict[int, dict[int, int]] = {}
        sql = (
            "SELECT r.file, coalesce(s.state, 0), count(*) FROM temp.imp_row r LEFT JOIN "
            f"(SELECT c.file, c.row_no, max({_STATE}) AS state {_JOIN} GROUP BY c.file, c.row_no) s "
            "ON s.file = coalesce(r.merged_file, r.file) AND s.row_no = coalesce(r.merged_into, r.row_no) "
            "GROUP BY r.file, 2"
        )
        for file, state, count in self.db.execute(sql):
            result.setdefault(file, {})[state] = count
        return result

    def changed_span(self) -> tuple[str, str] | None:
        """First and last day touched by a staged value that is new or different."""
        row = self.db.execute(f"SELECT min(c.start), max(c.end) {_JOIN} WHERE ({_STATE}) != 0").fetchone()
        return (row[0], row[1]) if row and row[0] else None

    def changed_cells(self) -> list[tuple[int, str, date, date]]:
        """Per person and metric, the first and last day touched by a staged value that is new or different."""
        rows = self.db.execute(f"SELECT c.staff_id, c.metric, min(c.start), max(c.end) {_JOIN} WHERE ({_STATE}) != 0 "
                               "GROUP BY c.staff_id, c.metric").fetchall()
        return [(sid, metric, date.fromisoformat(a), date.fromisoformat(b)) for sid, metric, a, b in rows]

    def changes(self, limit: int = 200) -> list[CellChange]:
        rows = self.db.execute(
            f"SELECT c.file, c.row_no, c.metric, c.start, c.end, c.staff_id, {_OLD}, c.value {_JOIN} "
            f"WHERE ({_STATE}) = 2 ORDER BY c.file, c.row_no, c.metric LIMIT ?", [limit]).fetchall()
        return [CellChange(*r) for r in rows]

    def written_under_other_names(self) -> list[tuple[int, int, int, str, str, int, int, bool]]:
        """(file, row, staff_id, start, end, import_id, source_row, differs) of the staged rows whose values
        land on values an earlier import still in force wrote, when none of the names this import gives that person
        for that day is one that import read for her: another sub-account's data, not the same report again — or,
        when that import made her day of several names (`import_day_name`), when one of those is not given again:
        its share would be lost.
        `differs`: some value would change. One line per row, naming the earliest such import. An import that
        kept no names for that person (made before names were kept) is not one: which account it read is not known."""
        # only people given a name here that some import in force did not read for them, or whose day an import in
        # force made of several names, can have such a day
        people = [staff_id for (staff_id,) in self.db.execute(
            "SELECT DISTINCT r.staff_id FROM (SELECT DISTINCT staff_id, name_key FROM temp.imp_row) r "
            "JOIN import_name n ON n.staff_id = r.staff_id JOIN import_log l ON l.id = n.import_id "
            "AND l.status = 'committed' WHERE NOT EXISTS (SELECT 1 FROM import_name m WHERE m.import_id = n.import_id "
            "AND m.name_key = r.name_key AND m.staff_id = r.staff_id) "
            "UNION SELECT n.staff_id FROM import_name n JOIN import_log l ON l.id = n.import_id AND l.status = 'committed' "
            "WHERE n.staff_id IN (SELECT staff_id FROM temp.imp_row) GROUP BY n.import_id, n.staff_id HAVING count(*) > 1 "
            # or kept her days' names (a namesake: the name it sent to two people is in import_name for one of them)
            "UNION SELECT k.staff_id FROM import_log l JOIN import_day_name k ON k.import_id = l.id "
            "WHERE l.status = 'committed' AND k.staff_id IN (SELECT staff_id FROM temp.imp_row)")]
        if not people:
            return []
        self.index_rows_by_day()
        found = []
        for chunk in _chunks(people, 500):
            marks = ",".join("?" * len(chunk))
            found += self.db.execute(
                "SELECT c.file, c.row_no, c.staff_id, c.start, c.end, l.id, "
                "min(coalesce(d.source_row, p.source_row)), max(coalesce(d.value, p.value) IS NOT c.value) "
                f"{_JOIN}JOIN import_log l ON l.id = coalesce(d.import_id, p.import_id) AND l.status = 'committed' "
                f"WHERE c.staff_id IN ({marks}) AND NOT c.pending AND CASE WHEN EXISTS (SELECT 1 FROM import_day_name k "
                "WHERE k.import_id = l.id AND k.staff_id = c.staff_id) "
                # the names that made up her day there: each must be given again, or its share is lost
                "THEN EXISTS (SELECT 1 FROM import_day_name k WHERE k.import_id = l.id AND k.staff_id = c.staff_id "
                "AND k.start = c.start AND k.end = c.end AND NOT EXISTS (SELECT 1 FROM temp.imp_row r "
                "WHERE r.staff_id = c.staff_id AND r.start = c.start AND r.end = c.end AND r.name_key = k.name_key) "
                # or whose share this import keeps (import_shares)
                "AND NOT EXISTS (SELECT 1 FROM temp.imp_kept x WHERE x.staff_id = c.staff_id "
                "AND x.start = c.start AND x.end = c.end AND x.name_key = k.name_key)) "
                # one name for her (or an import made before v10): none of its names given again
                "ELSE NOT EXISTS (SELECT 1 FROM temp.imp_row r "
                "JOIN import_name n ON n.import_id = l.id AND n.name_key = r.name_key AND n.staff_id = r.staff_id "
                "WHERE r.staff_id = c.staff_id AND r.start = c.start AND r.end = c.end) "
                # an import made before names were kept (none for her) read an account that is not known
                "AND EXISTS (SELECT 1 FROM import_name o WHERE o.import_id = l.id AND o.staff_id = c.staff_id) END "
                "GROUP BY c.file, c.row_no, l.id", chunk).fetchall()
        return [(*r[:7], bool(r[7])) for r in sorted(found)]

    def names_read(self, import_id: int, staff_id: int, start: str, end: str) -> list[str]:
        """The names whose rows made up a person's day (or span) in an import; where the import kept them only per
        person (one name for her, or made before schema v10), the names it read for her."""
        by_day = [n for (n,) in self.db.execute(
            "SELECT name_key FROM import_day_name WHERE import_id = ? AND staff_id = ? AND start = ? AND end = ? "
            "ORDER BY name_key", [import_id, staff_id, start, end])]
        if by_day:
            return by_day
        return [n for (n,) in self.db.execute("SELECT name_key FROM import_name WHERE import_id = ? AND staff_id = ? "
                                              "ORDER BY name_key", [import_id, staff_id])]

    def index_rows_by_day(self) -> None:
        """For looking up a person's staged rows of a day many times (dropped with the staging)."""
        self.db.execute("CREATE INDEX IF NOT EXISTS temp.imp_row_day ON imp_row (staff_id, start, end)")

    def names_staged(self, staff_id: int, start: str, end: str) -> list[str]:
        """The names the staged rows give a person for a day (or span)."""
        return [n for (n,) in self.db.execute("SELECT DISTINCT name_key FROM temp.imp_row WHERE staff_id = ? "
                                              "AND start = ? AND end = ? ORDER BY name_key", [staff_id, start, end])]

    def period_overlaps_daily(self) -> int:
        """How many staged period totals cover days that already have daily values (daily data wins)."""
        return self.db.execute(
            "SELECT count(*) FROM temp.imp_cell c WHERE c.target = 'period' AND EXISTS (SELECT 1 FROM daily_value d "
            "WHERE d.metric = c.metric AND d.staff_id = c.staff_id AND d.day BETWEEN c.start AND c.end)").fetchone()[0]

    def daily_under_totals(self, metrics: list[str], before: date | None = None) -> dict[int, list[str]]:
        """{file: metrics} of the staged daily values (of `metrics`, the summed ones) on days a total over a span
        of one month holds — one already imported or one staged beside them, ending before `before` if given:
        kept, but they do not count."""
        if not metrics:
            return {}
        marks = ", ".join("?" * len(metrics))
        one_month = "substr(start, 1, 7) = substr(end, 1, 7) AND end < ?"
        until = (before or date.max).isoformat()
        spans: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for metric, staff_id, first, last in self.db.execute(
                f"SELECT metric, staff_id, start, end FROM temp.imp_cell WHERE target = 'period' AND NOT pending "
                f"AND metric IN ({marks}) AND {one_month} UNION SELECT metric, staff_id, start, end FROM period_value "
                f"WHERE metric IN ({marks}) AND {one_month} AND staff_id IN (SELECT staff_id FROM temp.imp_cell "
                "WHERE target = 'daily')", [*metrics, until, *metrics, until]):
            spans.setdefault((metric, staff_id), []).append((first, last))
        if not spans:
            return {}
        held: dict[int, list[str]] = {}
        for file, metric, staff_id, day in self.db.execute(
                f"SELECT file, metric, staff_id, start FROM temp.imp_cell WHERE target = 'daily' AND NOT pending "
                f"AND metric IN ({marks}) ORDER BY file, metric", metrics):
            if any(a <= day <= b for a, b in spans.get((metric, staff_id), ())) and metric not in held.get(file, []):
                held.setdefault(file, []).append(metric)
        return held

    # ---- commit (the caller holds the transaction)
    def staged_kinds(self) -> dict[str, bool]:
        """Which statements a commit needs: daily or period values, pending marks, pending rows to replace."""
        row = self.db.execute(  # one pass over the cells (each EXISTS of a kind not staged read them all)
            "SELECT max(target = 'daily' AND NOT pending), max(target = 'period' AND NOT pending), max(pending), "
            "EXISTS (SELECT 1 FROM pending_value) FROM temp.imp_cell").fetchone()
        return dict(zip(("daily", "period", "pending", "stored_pending"), map(bool, row), strict=True))

    def apply_stage(self, import_id: int) -> None:
        """Write the staged cells, keeping what they replace in import_previous (the caller holds the transaction)."""
        x = [import_id]
        kinds = self.staged_kinds()
        for target, table, day_cols in (("daily", "d", "d.day, d.day"), ("period", "p", "p.start, p.end")):
            if not kinds[target]:
                continue
            self.db.execute(
                "INSERT INTO import_previous (import_id, target, metric, start, end, staff_id, value, import_ref, "
                f"source_row, provisional) SELECT ?, '{target}', c.metric, {day_cols}, c.staff_id, {table}.value, "
                f"{table}.import_id, {table}.source_row, {'d.provisional' if target == 'daily' else 0} {_JOIN}"
                f"WHERE c.target = '{target}' AND NOT c.pending AND {table}.value != c.value", x)
        if kinds["stored_pending"]:
            self.db.execute(
                "INSERT INTO import_previous (import_id, target, metric, start, end, staff_id, value, import_ref, "
                "source_row) SELECT ?, 'pending', q.metric, q.start, q.end, q.staff_id, NULL, q.import_id, q.source_row "
                f"{_JOIN} WHERE NOT c.pending AND q.staff_id IS NOT NULL", x)
            self.db.execute(
                "DELETE FROM pending_value WHERE EXISTS (SELECT 1 FROM temp.imp_cell c WHERE NOT c.pending AND "
                "c.metric = pending_value.metric AND c.start = pending_value.start AND c.end = pending_value.end "
                "AND c.staff_id = pending_value.staff_id)")
        if kinds["daily"]:
            self.db.execute(
                "INSERT INTO daily_value (metric, day, staff_id, value, import_id, source_row, provisional) "
                f"SELECT c.metric, c.start, c.staff_id, c.value, ?, {_SOURCE_ROW}, 0 {_JOIN} WHERE c.target = 'daily' "
                "AND NOT c.pending AND (d.value IS NULL OR d.value != c.value) ON CONFLICT (metric, day, staff_id) "
                "DO UPDATE SET value = excluded.value, import_id = excluded.import_id, source_row = excluded.source_row, "
                "provisional = 0", x)
        if kinds["period"]:
            self.db.execute(
                "INSERT INTO period_value (metric, start, end, staff_id, value, import_id, source_row) "
                f"SELECT c.metric, c.start, c.end, c.staff_id, c.value, ?, {_SOURCE_ROW} {_JOIN} "
                "WHERE c.target = 'period' "
                "AND NOT c.pending AND (p.value IS NULL OR p.value != c.value) ON CONFLICT (metric, start, end, "
                "staff_id) DO UPDATE SET value = excluded.value, import_id = excluded.import_id, "
                "source_row = excluded.source_row", x)
        if kinds["pending"]:
            self.db.execute(
                "INSERT INTO pending_value (metric, start, end, staff_id, import_id, source_row) "
                f"SELECT c.metric, c.start, c.end, c.staff_id, ?, {_SOURCE_ROW} {_JOIN} WHERE c.pending AND {_OLD} IS NULL "
                "AND q.staff_id IS NULL", x)

    def stamp(self) -> tuple[int, int]:
        """Changes when anything was written to the shop file, by this connection or another."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        return version, self.db.conn.total_changes

    # ---- the log
    def add(self, user: str, file_name: str, content_hash: str, counts: dict[str, int], files: list[dict]) -> int:
        cursor = self.db.execute(
            "INSERT INTO import_log (at, os_user, file_name, content_hash, new_rows, changed_rows, unchanged_rows, "
            "skipped_rows, error_rows, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_now(), user, file_name, content_hash, counts["new"], counts["changed"], counts["unchanged"],
             counts["skipped"], counts["errors"], json.dumps(files, ensure_ascii=False, default=str)])
        return int(cursor.lastrowid)

    def set_counts(self, import_id: int, counts: dict[str, int], files: list[dict]) -> None:
        self.db.execute(
            "UPDATE import_log SET new_rows = ?, changed_rows = ?, unchanged_rows = ?, skipped_rows = ?, "
            "error_rows = ?, files = ? WHERE id = ?",
            [counts["new"], counts["changed"], counts["unchanged"], counts["skipped"], counts["errors"],
             json.dumps(files, ensure_ascii=False, default=str), import_id])

    def imported_before(self, content_hash: str) -> tuple[int, str] | None:
        """The latest import still in force that read a file with this content: (id, at)."""
        if not content_hash:
            return None
        row = self.db.execute(
            "SELECT id, at FROM import_log WHERE status = 'committed' AND (content_hash = ? OR instr(files, ?) > 0) "
            "ORDER BY id DESC LIMIT 1", [content_hash, f'"hash": "{content_hash}"']).fetchone()
        return (row[0], row[1]) if row else None

    def get(self, import_id: int) -> ImportRecord | None:
        row = self.db.execute(f"SELECT {_LOG} FROM import_log WHERE id = ?", [import_id]).fetchone()
        return _record(row) if row else None

    def history(self, limit: int = 200) -> list[ImportRecord]:
        rows = self.db.execute(f"SELECT {_LOG} FROM import_log ORDER BY id DESC LIMIT ?", [limit]).fetchall()
        return [_record(r) for r in rows]

    def later_change(self, import_id: int) -> int | None:
        """A later import, still in force, that replaced values this import wrote."""
        row = self.db.execute(
            "SELECT p.import_id FROM import_previous p JOIN import_log l ON l.id = p.import_id "
            "WHERE p.import_ref = ? AND p.import_id != ? AND l.status = 'committed' ORDER BY p.import_id LIMIT 1",
            [import_id, import_id]).fetchone()
        return row[0] if row else None

    def written_span(self, import_id: int) -> tuple[date, date] | None:
        """First and last day of the values the import wrote (daily values, imported totals, pending ones)."""
        row = self.db.execute(
            "SELECT min(a), max(b) FROM (SELECT day AS a, day AS b FROM daily_value WHERE import_id = ?1 "
            "UNION ALL SELECT start, end FROM period_value WHERE import_id = ?1 "
            "UNION ALL SELECT start, end FROM pending_value WHERE import_id = ?1)", [import_id]).fetchone()
        return (date.fromisoformat(row[0]), date.fromisoformat(row[1])) if row and row[0] else None

    def spans_undone(self, import_id: int) -> list[tuple[date, date]]:
        """(first, last) day of each value undoing the import changes: those it wrote, and those it replaced."""
        rows = self.db.execute(
            "SELECT day, day FROM daily_value WHERE import_id = ?1 UNION SELECT start, end FROM period_value "
            "WHERE import_id = ?1 UNION SELECT start, end FROM pending_value WHERE import_id = ?1 "
            "UNION SELECT start, end FROM import_previous WHERE import_id = ?1", [import_id]).fetchall()
        return [(date.fromisoformat(a), date.fromisoformat(b)) for a, b in rows]

    def cells_undone(self, import_id: int) -> list[tuple[int, str, date, date]]:
        """(staff_id, metric, first, last day) of each value undoing the import changes, as `spans_undone`."""
        rows = self.db.execute(
            "SELECT staff_id, metric, day, day FROM daily_value WHERE import_id = ?1 UNION SELECT staff_id, metric, "
            "start, end FROM period_value WHERE import_id = ?1 UNION SELECT staff_id, metric, start, end FROM "
            "pending_value WHERE import_id = ?1 UNION SELECT staff_id, metric, start, end FROM import_previous "
            "WHERE import_id = ?1", [import_id]).fetchall()
        return [(sid, metric, date.fromisoformat(a), date.fromisoformat(b)) for sid, metric, a, b in rows]

    def undo(self, import_id: int) -> dict[str, int]:
        """Remove what the import wrote and put back what it replaced (the caller holds the transaction)."""
        removed = 0
        for table in ("daily_value", "period_value", "pending_value"):
            removed += self.db.execute(f"DELETE FROM {table} WHERE import_id = ?", [import_id]).rowcount
        x = [import_id]
        restored = self.db.execute(
            "INSERT INTO daily_value (metric, day, staff_id, value, import_id, source_row, provisional) "
            "SELECT metric, start, staff_id, value, import_ref, source_row, provisional FROM import_previous "
            "WHERE import_id = ? AND target = 'daily' ON CONFLICT DO NOTHING", x).rowcount
        restored += self.db.execute(
            "INSERT INTO period_value (metric, start, end, staff_id, value, import_id, source_row) "
            "SELECT metric, start, end, staff_id, value, import_ref, source_row FROM import_previous "
            "WHERE import_id = ? AND target = 'period' ON CONFLICT DO NOTHING", x).rowcount
        restored += self.db.execute(
            "INSERT INTO pending_value (metric, start, end, staff_id, import_id, source_row) "
            "SELECT metric, start, end, staff_id, import_ref, source_row FROM import_previous "
            "WHERE import_id = ? AND target = 'pending' ON CONFLICT DO NOTHING", x).rowcount
        self.db.execute("UPDATE import_log SET status = 'undone', undone_at = ? WHERE id = ?", [_now(), import_id])
        return {"removed": removed, "restored": restored}

    # ---- the names an import read, and the sub-accounts it taught (schema v8)
    def record_names(self, import_id: int, taught: Iterable[tuple[str, int]]) -> None:
        """Keep the names the staged rows carried and whom they went to, marking the sub-accounts this import added
        (the caller holds the transaction, after the stand-ins got their people)."""
        self.db.execute("INSERT OR IGNORE INTO import_name (import_id, name_key, staff_id) "
                        "SELECT DISTINCT ?, name_key, staff_id FROM temp.imp_row WHERE staff_id > 0", [import_id])
        for alias, staff_id in taught:
            self.db.execute("INSERT INTO import_name (import_id, name_key, staff_id, taught) VALUES (?, ?, ?, 1) "
                            "ON CONFLICT (import_id, name_key) DO UPDATE SET staff_id = excluded.staff_id, taught = 1",
                            [import_id, alias, staff_id])
        self._record_day_names(import_id)
        self._record_file_names(import_id)
        self.shares.record(import_id)

    def _record_file_names(self, import_id: int) -> None:
        """Each file's entry in the log (its index in `row_base`) keeps the names its rows carried, so that a share
        a later import keeps is said with the file that gave it (a 计算单's 来源)."""
        names: dict[int, list[str]] = {}
        for file, name in self.db.execute("SELECT DISTINCT file, name_key FROM temp.imp_row WHERE staff_id > 0 "
                                          "ORDER BY file, name_key"):
            names.setdefault(file, []).append(name)
        (logged,) = self.db.execute("SELECT files FROM import_log WHERE id = ?", [import_id]).fetchone()
        files = [{**entry, "names": names.get(entry["row_base"] // ROW_STRIDE, [])}
                 if isinstance(entry, dict) and "row_base" in entry else entry for entry in json.loads(logged or "[]")]
        self.db.execute("UPDATE import_log SET files = ? WHERE id = ?",
                        [json.dumps(files, ensure_ascii=False, default=str), import_id])

    def _record_day_names(self, import_id: int) -> None:
        """For each person the import read under two or more names, or under a name it also sent to a namesake (by
        the rows' days; `import_name` keeps one person per name), the names whose rows made up her value of each
        day (schema v10): a row put together into another, or one with values of its own — not a row whose values
        were all dropped as a copy (a bare name equal to her sub-accounts)."""
        people = [staff_id for (staff_id,) in self.db.execute(
            "SELECT staff_id FROM import_name WHERE import_id = ? GROUP BY staff_id HAVING count(*) > 1 "
            "UNION SELECT staff_id FROM temp.imp_kept "
            # a name the import sent to two namesakes (by the row's days) is kept in import_name for one of them
            "UNION SELECT r.staff_id FROM (SELECT DISTINCT staff_id, name_key FROM temp.imp_row WHERE staff_id > 0) r "
            "WHERE NOT EXISTS (SELECT 1 FROM import_name n WHERE n.import_id = ? AND n.name_key = r.name_key "
            "AND n.staff_id = r.staff_id)", [import_id, import_id])]
        for chunk in _chunks(people, 500):
            marks = ",".join("?" * len(chunk))
            self.db.execute(
                "INSERT OR IGNORE INTO import_day_name (import_id, staff_id, start, end, name_key) "
                f"SELECT DISTINCT ?, r.staff_id, r.start, r.end, r.name_key FROM temp.imp_row r WHERE r.staff_id IN ({marks}) "
                "AND (r.merged_into IS NOT NULL OR EXISTS (SELECT 1 FROM temp.imp_cell c WHERE c.file = r.file "
                "AND c.row_no = r.row_no))", [import_id, *chunk])
        self.db.execute("INSERT OR IGNORE INTO import_day_name (import_id, staff_id, start, end, name_key) "
                        "SELECT DISTINCT ?, staff_id, start, end, name_key FROM temp.imp_kept", [import_id])

    def taught_aliases(self, import_id: int) -> list[tuple[str, int]]:
        """(alias, staff_id) of the sub-accounts the import added."""
        return self.db.execute("SELECT name_key, staff_id FROM import_name WHERE import_id = ? AND taught "
                               "ORDER BY name_key", [import_id]).fetchall()

    def later_names(self, import_id: int) -> list[tuple[int, str, int]]:
        """(import, name, staff_id) of the names read by later imports that are still in force."""
        return self.db.execute(
            "SELECT n.import_id, n.name_key, n.staff_id FROM import_name n JOIN import_log l ON l.id = n.import_id "
            "WHERE n.import_id > ? AND l.status = 'committed' ORDER BY n.import_id, n.name_key",
            [import_id]).fetchall()

    # ---- what consumers read
    def period_totals(self, metric: str, start: date, end: date) -> dict[int, int]:
        """{staff_id: value} of month-total reports covering exactly start..end."""
        rows = self.db.execute("SELECT staff_id, value FROM period_value WHERE metric = ? AND start = ? AND end = ?",
                               [metric, start.isoformat(), end.isoformat()])
        return dict(rows.fetchall())

    def pending(self, start: date, end: date) -> list[tuple[str, str, str, int]]:
        return self.db.execute("SELECT metric, start, end, staff_id FROM pending_value WHERE start <= ? AND end >= ? "
                               "ORDER BY start, staff_id, metric", [end.isoformat(), start.isoformat()]).fetchall()

    def imports_with_signature(self, signature: str) -> list[ImportRecord]:
        """The imports (newest first) that read a file with this header: the log keeps each file's signature
        since the remembered columns are shown in the window (older imports are not found)."""
        rows = self.db.execute(f"SELECT {_LOG} FROM import_log WHERE instr(files, ?) > 0 ORDER BY id DESC",
                               [f'"signature": "{signature}"']).fetchall()
        return [_record(r) for r in rows]


_LOG = ("id, at, os_user, file_name, content_hash, new_rows, changed_rows, unchanged_rows, skipped_rows, "
        "error_rows, status, undone_at, files")


def _record(row: tuple) -> ImportRecord:
    return ImportRecord(*row[:12], files=json.loads(row[12]))


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
