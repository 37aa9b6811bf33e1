"""A preview's staging: every parsed cell in TEMP tables on this connection (never in the shop file, so a preview
or a failed import leaves the file byte-for-byte as it was, and memory stays bounded however large the report), the
checks run on the staged rows, and how they differ from the stored values. Diffing against stored values and
committing (imports.py) are then a few SQL statements.
Targets: `daily` = daily_value, `period` = period_value (month totals), `pending` = pending_value
(values the seller tool had not counted yet).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from app.store.database import Database
from app.store.import_merges import StagedMerges
from app.store.import_shares import ImportShares

_STAGE = (
    ("CREATE TEMP TABLE IF NOT EXISTS imp_row (file INTEGER NOT NULL, row_no INTEGER NOT NULL, name_key TEXT NOT NULL, "
     "staff_id INTEGER NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL, merged_into INTEGER, merged_file INTEGER, "
     "whole INTEGER NOT NULL DEFAULT 0, unread INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (file, row_no)) WITHOUT ROWID"),
    ("CREATE TEMP TABLE IF NOT EXISTS imp_cell (file INTEGER NOT NULL, row_no INTEGER NOT NULL, target TEXT NOT NULL, "
     "metric TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL, staff_id INTEGER NOT NULL, value INTEGER, "
     "pending INTEGER NOT NULL DEFAULT 0, bare INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (file, row_no, target, metric)) "
     "WITHOUT ROWID"),
)
# Only a batch of several files needs cells found by their key (the same value given by two files).
_KEY_INDEX = "CREATE INDEX IF NOT EXISTS temp.imp_cell_key ON imp_cell (target, metric, start, end, staff_id)"

# The stored value (daily or period) and the pending mark a staged cell would replace.
JOIN = (
    "FROM imp_cell c "
    "LEFT JOIN daily_value d ON c.target = 'daily' AND d.metric = c.metric AND d.day = c.start "
    "AND d.staff_id = c.staff_id "
    "LEFT JOIN period_value p ON c.target = 'period' AND p.metric = c.metric AND p.start = c.start "
    "AND p.end = c.end AND p.staff_id = c.staff_id "
    "LEFT JOIN pending_value q ON q.metric = c.metric AND q.start = c.start AND q.end = c.end "
    "AND q.staff_id = c.staff_id "
)
OLD = "coalesce(d.value, p.value)"
# 0 unchanged, 1 new, 2 changed
_STATE = (
    f"CASE WHEN c.pending THEN (CASE WHEN {OLD} IS NOT NULL OR q.staff_id IS NOT NULL THEN 0 ELSE 1 END) "
    f"WHEN {OLD} IS NULL THEN 1 WHEN {OLD} != c.value THEN 2 ELSE 0 END"
)


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


class ImportStaging:
    """The staging half of `ImportRepo`."""

    db: Database
    shares: ImportShares
    merges: StagedMerges

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
        """rows: (file, row_no, name_key, staff_id, start, end, whole, unread); cells: (file, row_no, target, metric,
        start, end, staff_id, value, pending, bare). Staff not yet in the shop carry negative stand-in ids; `whole`
        marks a row whose name is one whole sub-account (`Match.whole_account`); `unread` is the texts of the row's
        cells in the columns not read (备注, 接待时间, 序号) as one number, 0 when there are none."""
        self.db.insert_rows("temp.imp_row", "(?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)", rows)
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

    def unread_texts(self, file: int, rows: list[int]) -> set[int]:
        """The distinct texts of these rows' cells in the columns not read (see `stage`)."""
        marks = ",".join("?" * len(rows))
        return {texts for (texts,) in self.db.execute(
            f"SELECT DISTINCT unread FROM temp.imp_row WHERE file = ? AND row_no IN ({marks})", [file, *rows])}

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
        for chunk in chunks(list(rows), 500):
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
        if not created:
            return
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS imp_new (stand_in INTEGER PRIMARY KEY, new_id INTEGER)")
        self.db.execute("DELETE FROM temp.imp_new")
        self.db.executemany("INSERT INTO temp.imp_new VALUES (?, ?)", list(created.items()))
        for table in ("imp_cell", "imp_row"):
            self.db.execute(f"UPDATE temp.{table} SET staff_id = n.new_id FROM imp_new n WHERE n.stand_in = staff_id")

    def staged_first_days(self) -> dict[int, date]:
        """{staff_id: the first day of their staged rows}."""
        return {sid: date.fromisoformat(day) for sid, day in
                self.db.execute("SELECT staff_id, min(start) FROM temp.imp_row GROUP BY staff_id")}

    def row_states(self) -> dict[int, dict[int, int]]:
        """{file: {state: rows}} over the staged rows (0 unchanged, 1 new, 2 changed)."""
        result: dict[int, dict[int, int]] = {}
        # each row's cells sought by the key's prefix: not all cells grouped aside and indexed again to be joined
        sql = (
            f"SELECT r.file, coalesce((SELECT max({_STATE}) {JOIN} WHERE c.file = coalesce(r.merged_file, r.file) "
            "AND c.row_no = coalesce(r.merged_into, r.row_no)), 0) AS state, count(*) FROM temp.imp_row r "
            "GROUP BY r.file, state"
        )
        for file, state, count in self.db.execute(sql):
            result.setdefault(file, {})[state] = count
        return result

    def changed_span(self) -> tuple[str, str] | None:
        """First and last day touched by a staged value that is new or different."""
        row = self.db.execute(f"SELECT min(c.start), max(c.end) {JOIN} WHERE ({_STATE}) != 0").fetchone()
        return (row[0], row[1]) if row and row[0] else None

    def changed_cells(self) -> list[tuple[int, str, date, date]]:
        """Per person and metric, the first and last day touched by a staged value that is new or different."""
        rows = self.db.execute(f"SELECT c.staff_id, c.metric, min(c.start), max(c.end) {JOIN} WHERE ({_STATE}) != 0 "
                               "GROUP BY c.staff_id, c.metric").fetchall()
        return [(sid, metric, date.fromisoformat(a), date.fromisoformat(b)) for sid, metric, a, b in rows]

    def changes(self, limit: int = 200, state: int = 2) -> list[CellChange]:
        """The first staged values that change one the shop has (state 2), or that are new (1), in the files' order."""
        rows = self.db.execute(
            f"SELECT c.file, c.row_no, c.metric, c.start, c.end, c.staff_id, {OLD}, c.value {JOIN} "
            f"WHERE ({_STATE}) = ? ORDER BY c.file, c.row_no, c.metric LIMIT ?", [state, limit]).fetchall()
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
        for chunk in chunks(people, 500):
            marks = ",".join("?" * len(chunk))
            found += self.db.execute(
                "SELECT c.file, c.row_no, c.staff_id, c.start, c.end, l.id, "
                "min(coalesce(d.source_row, p.source_row)), max(coalesce(d.value, p.value) IS NOT c.value) "
                f"{JOIN}JOIN import_log l ON l.id = coalesce(d.import_id, p.import_id) AND l.status = 'committed' "
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

    def totals_overlapped_in_part(self) -> dict[int, list[tuple[int | None, str, str]]]:
        """{file: [(other file, or None for an imported total; first day, last day)]} of the totals of the same
        month, person and metric that a staged total overlaps without either holding the other (1–12 beside
        6–18): only one of such two counts. A total over two months counts in neither, one not counted yet
        (延迟统计) is no total: neither is said. Each person's few totals are compared in Python: a join of the
        staged cells with themselves was quadratic in the report's rows (7 s for 500 people)."""
        one_month = "substr(start, 1, 7) = substr(end, 1, 7)"
        staged: dict[tuple[str, int], list[tuple[int | None, str, str]]] = {}
        for file, metric, staff_id, first, last in self.db.execute(
                "SELECT file, metric, staff_id, start, end FROM temp.imp_cell WHERE target = 'period' "
                f"AND NOT pending AND {one_month}"):
            staged.setdefault((metric, staff_id), []).append((file, first, last))
        if not staged:
            return {}
        imported: dict[tuple[str, int], list[tuple[int | None, str, str]]] = {}
        for metric, months in _months_by_metric(staged).items():
            for month in months:
                for staff_id, first, last in self.db.execute(
                        f"SELECT staff_id, start, end FROM period_value WHERE metric = ? AND start BETWEEN ? AND ? "
                        f"AND {one_month}", [metric, f"{month}-01", f"{month}-31"]):
                    if (metric, staff_id) in staged:
                        imported.setdefault((metric, staff_id), []).append((None, first, last))
        found: dict[int, set[tuple[int | None, str, str]]] = {}
        for key, totals in staged.items():
            for file, a, b in totals:
                for other, c, d in [*imported.get(key, ()), *totals]:
                    if other != file and a[:7] == c[:7] and a <= d and c <= b and not (a <= c and d <= b) \
                            and not (c <= a and b <= d):
                        found.setdefault(file, set()).add((other, c, d))
        return {file: sorted(spans, key=lambda s: (s[0] is not None, s[0] or 0, s[1], s[2]))
                for file, spans in sorted(found.items())}

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


def _months_by_metric(staged: dict[tuple[str, int], list[tuple[int | None, str, str]]]) -> dict[str, set[str]]:
    """{metric: the months (2026-10) its staged totals are of}."""
    months: dict[str, set[str]] = {}
    for (metric, _staff), totals in staged.items():
        months.setdefault(metric, set()).update(first[:7] for _file, first, _last in totals)
    return months


def chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
