"""Imports (`Store.imports`): a preview's staging (import_staging.py), the set-based commit that writes it, and
the import log with its exact undo (import_log.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from app.store.database import Database
from app.store.import_log import ROW_STRIDE, ImportLog
from app.store.import_merges import StagedMerges
from app.store.import_shares import ImportShares
from app.store.import_staging import JOIN, OLD, ImportStaging, chunks

# A stored value's source row (ROW_STRIDE, import_log.py).
_SOURCE_ROW = f"c.file * {ROW_STRIDE} + c.row_no"
# A staged value replaces a stored one that differs, or one this import wrote just before (a cell staged twice: the
# later one wins) — never an equal one, which keeps its import, row and provisional mark. Decided by the upsert on
# the row its conflict found, not by joining the stored values first: that join read every stored value twice and
# made SQLite copy the whole selection aside before writing (a SELECT reading the table it inserts into).
_REPLACES = "{table}.value != excluded.value OR {table}.import_id IS excluded.import_id"


class ImportRepo(ImportStaging, ImportLog):
    """`Store.imports`: stages a preview, commits it and keeps the log."""

    def __init__(self, db: Database):
        self.db = db
        self.shares = ImportShares(db)
        self.merges = StagedMerges(db, self.shares)

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
                f"{table}.import_id, {table}.source_row, {'d.provisional' if target == 'daily' else 0} {JOIN}"
                f"WHERE c.target = '{target}' AND NOT c.pending AND {table}.value != c.value", x)
        if kinds["stored_pending"]:
            self.db.execute(
                "INSERT INTO import_previous (import_id, target, metric, start, end, staff_id, value, import_ref, "
                "source_row) SELECT ?, 'pending', q.metric, q.start, q.end, q.staff_id, NULL, q.import_id, q.source_row "
                f"{JOIN} WHERE NOT c.pending AND q.staff_id IS NOT NULL", x)
            self.db.execute(
                "DELETE FROM pending_value WHERE EXISTS (SELECT 1 FROM temp.imp_cell c WHERE NOT c.pending AND "
                "c.metric = pending_value.metric AND c.start = pending_value.start AND c.end = pending_value.end "
                "AND c.staff_id = pending_value.staff_id)")
        if kinds["daily"]:
            self.db.execute(
                "INSERT INTO daily_value (metric, day, staff_id, value, import_id, source_row, provisional) "
                f"SELECT c.metric, c.start, c.staff_id, c.value, ?, {_SOURCE_ROW}, 0 FROM temp.imp_cell c "
                "WHERE c.target = 'daily' AND NOT c.pending ON CONFLICT (metric, day, staff_id) "
                "DO UPDATE SET value = excluded.value, import_id = excluded.import_id, source_row = excluded.source_row, "
                f"provisional = 0 WHERE {_REPLACES.format(table='daily_value')}", x)
        if kinds["period"]:
            self.db.execute(
                "INSERT INTO period_value (metric, start, end, staff_id, value, import_id, source_row) "
                f"SELECT c.metric, c.start, c.end, c.staff_id, c.value, ?, {_SOURCE_ROW} FROM temp.imp_cell c "
                "WHERE c.target = 'period' AND NOT c.pending ON CONFLICT (metric, start, end, staff_id) "
                "DO UPDATE SET value = excluded.value, import_id = excluded.import_id, source_row = excluded.source_row "
                f"WHERE {_REPLACES.format(table='period_value')}", x)
        if kinds["pending"]:
            self.db.execute(
                "INSERT INTO pending_value (metric, start, end, staff_id, import_id, source_row) "
                f"SELECT c.metric, c.start, c.end, c.staff_id, ?, {_SOURCE_ROW} {JOIN} WHERE c.pending AND {OLD} IS NULL "
                "AND q.staff_id IS NULL", x)

    def stamp(self) -> tuple[int, int]:
        """Changes when anything was written to the shop file, by this connection or another."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        return version, self.db.conn.total_changes

    # ---- the names the staged rows carried, and the sub-accounts the import taught (schema v8)
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
        for chunk in chunks(people, 500):
            marks = ",".join("?" * len(chunk))
            self.db.execute(
                "INSERT OR IGNORE INTO import_day_name (import_id, staff_id, start, end, name_key) "
                f"SELECT DISTINCT ?, r.staff_id, r.start, r.end, r.name_key FROM temp.imp_row r WHERE r.staff_id IN ({marks}) "
                "AND (r.merged_into IS NOT NULL OR EXISTS (SELECT 1 FROM temp.imp_cell c WHERE c.file = r.file "
                "AND c.row_no = r.row_no))", [import_id, *chunk])
        self.db.execute("INSERT OR IGNORE INTO import_day_name (import_id, staff_id, start, end, name_key) "
                        "SELECT DISTINCT ?, staff_id, start, end, name_key FROM temp.imp_kept", [import_id])

    # ---- what consumers read
    def period_totals(self, metric: str, start: date, end: date) -> dict[int, int]:
        """{staff_id: value} of month-total reports covering exactly start..end."""
        rows = self.db.execute("SELECT staff_id, value FROM period_value WHERE metric = ? AND start = ? AND end = ?",
                               [metric, start.isoformat(), end.isoformat()])
        return dict(rows.fetchall())

    def pending(self, start: date, end: date) -> list[tuple[str, str, str, int]]:
        return self.db.execute("SELECT metric, start, end, staff_id FROM pending_value WHERE start <= ? AND end >= ? "
                               "ORDER BY start, staff_id, metric", [end.isoformat(), start.isoformat()]).fetchall()

