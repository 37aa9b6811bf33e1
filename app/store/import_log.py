"""The import log: each import's record and the files it read, its exact undo, and the names it read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from app.store.database import Database

# A stored value's source_row is file index × ROW_STRIDE + the row as Excel shows it, so that a value from an
# import of several files names its own file (import_log.files[i]["row_base"] says so; older imports that
# lack it stored the bare row).
ROW_STRIDE = 10_000_000


def file_of(name: str, files: list, part: int | None) -> tuple[str, int]:
    """(the file a source row points into, the row base to subtract): the file at index `part` of an import's
    `files`, else — an import made before files were told apart — its joined name and the row as stored."""
    if part is not None and 0 <= part < len(files) and isinstance(files[part], dict) and "row_base" in files[part]:
        return str(files[part]["file"]), int(files[part]["row_base"])
    return name, 0


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


class ImportLog:
    """The log half of `ImportRepo`."""

    db: Database

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

    # ---- the names an import read, and the sub-accounts it taught (schema v8)
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


