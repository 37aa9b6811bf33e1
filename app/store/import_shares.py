"""Each sub-account's own values in a person's day that an import added up (import_share, schema v13), so that a
later file of some of those accounts replaces their shares and keeps the others'.

Staging keeps, in TEMP tables: `imp_share`, the cells a row had before it was put together with another account's
(or before kept shares were added to it); `imp_kept`, the names whose shares of a metric an earlier import kept and
this one adds to the file's values (from the import that wrote the value each cell lands on); `imp_own`, the staged value of such a cell before (counting again starts from it).
"""

from __future__ import annotations

from app.store.database import Database

STAGE = (
    ("CREATE TEMP TABLE IF NOT EXISTS imp_share (file INTEGER NOT NULL, row_no INTEGER NOT NULL, target TEXT NOT NULL, "
     "metric TEXT NOT NULL, value INTEGER, pending INTEGER NOT NULL, for_kept INTEGER NOT NULL DEFAULT 0, "
     "PRIMARY KEY (file, row_no, target, metric)) WITHOUT ROWID"),
    ("CREATE TEMP TABLE IF NOT EXISTS imp_kept (staff_id INTEGER NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL, "
     "name_key TEXT NOT NULL, target TEXT NOT NULL, metric TEXT NOT NULL, import_id INTEGER NOT NULL, "
     "PRIMARY KEY (staff_id, start, end, name_key, target, metric))"),
    ("CREATE TEMP TABLE IF NOT EXISTS imp_own (file INTEGER NOT NULL, row_no INTEGER NOT NULL, target TEXT NOT NULL, "
     "metric TEXT NOT NULL, value INTEGER, pending INTEGER NOT NULL, PRIMARY KEY (file, row_no, target, metric)) "
     "WITHOUT ROWID"),
)

# The import whose kept shares make up the value a staged cell lands on: the one that wrote it, or a later one still
# in force that added up the same total (it left the value, equal, as it was) — the newest, which holds the split
# as last given.
_WRITERS = (
    "SELECT * FROM (SELECT c.file, c.row_no, c.staff_id, c.start, c.end, (SELECT max(s.import_id) FROM import_share s "
    "JOIN import_log k ON k.id = s.import_id AND k.status = 'committed' WHERE s.staff_id = c.staff_id "
    "AND s.start = c.start AND s.end = c.end AND s.target = c.target AND s.metric = c.metric AND s.import_id >= l.id) "
    "AS source, c.target, c.metric FROM temp.imp_cell c "
    "LEFT JOIN daily_value d ON c.target = 'daily' AND d.metric = c.metric AND d.day = c.start "
    "AND d.staff_id = c.staff_id "
    "LEFT JOIN period_value p ON c.target = 'period' AND p.metric = c.metric AND p.start = c.start "
    "AND p.end = c.end AND p.staff_id = c.staff_id "
    "JOIN import_log l ON l.id = coalesce(d.import_id, p.import_id) AND l.status = 'committed' WHERE NOT c.pending "
    "AND c.staff_id IN ({people})) WHERE source IS NOT NULL ORDER BY file, row_no, source"
)


class ImportShares:
    def __init__(self, db: Database):
        self.db = db

    def reset(self) -> None:
        for statement in STAGE:
            self.db.execute(statement)
        for table in ("imp_share", "imp_kept", "imp_own"):
            self.db.execute(f"DELETE FROM temp.{table}")

    def keep_own(self, rows: list[tuple[int, int]], for_kept: bool = False) -> None:
        """Remember each row's cells as its own share before they are put together with others (a row already put
        together keeps the share it had first)."""
        self.db.conn.executemany(
            "INSERT INTO temp.imp_share SELECT file, row_no, target, metric, value, pending, ? FROM temp.imp_cell c "
            "WHERE file = ? AND row_no = ? AND NOT EXISTS (SELECT 1 FROM temp.imp_share s WHERE s.file = c.file "
            "AND s.row_no = c.row_no)", [(int(for_kept), file, row) for file, row in rows])

    def undo_kept(self) -> None:
        """Back to the file's own values, before counting again against the shop as it is now."""
        self.db.execute(
            "UPDATE temp.imp_cell SET value = o.value, pending = o.pending FROM temp.imp_own o "
            "WHERE o.file = imp_cell.file AND o.row_no = imp_cell.row_no AND o.target = imp_cell.target "
            "AND o.metric = imp_cell.metric")
        self.db.execute("DELETE FROM temp.imp_own")
        self.db.execute("DELETE FROM temp.imp_kept")
        self.db.execute("DELETE FROM temp.imp_share WHERE for_kept")

    def writers(self) -> list[tuple[int, int, int, str, str, int, str, str]]:
        """(file, row, staff_id, start, end, import, target, metric) of the staged cells that land on values an
        import in force added up from several accounts and kept the shares of (see _WRITERS)."""
        people = [staff_id for (staff_id,) in self.db.execute(  # most imports: no one, and nothing more to look at
            "SELECT DISTINCT staff_id FROM temp.imp_row r WHERE EXISTS (SELECT 1 FROM import_share s "
            "WHERE s.staff_id = r.staff_id)")]
        found = []
        for chunk in [people[i:i + 500] for i in range(0, len(people), 500)]:
            found += self.db.execute(_WRITERS.format(people=",".join("?" * len(chunk))), chunk).fetchall()
        return sorted(found)

    def names_of(self, import_id: int, staff_id: int, start: str, end: str) -> list[str]:
        return [n for (n,) in self.db.execute(
            "SELECT DISTINCT name_key FROM import_share WHERE import_id = ? AND staff_id = ? AND start = ? AND end = ? "
            "ORDER BY name_key", [import_id, staff_id, start, end])]

    def cells_of(self, import_id: int, staff_id: int, start: str, end: str,
                 name: str) -> list[tuple[str, str, str, str, int | None, int]]:
        """An account's share as cells (target, metric, start, end, value, pending)."""
        return self.db.execute(
            "SELECT target, metric, start, end, value, pending FROM import_share WHERE import_id = ? AND staff_id = ? "
            "AND start = ? AND end = ? AND name_key = ? ORDER BY target, metric",
            [import_id, staff_id, start, end, name]).fetchall()

    def add_kept(self, file: int, row: int, import_id: int, staff_id: int, start: str, end: str, names: list[str],
                 cells: list[tuple[str, str, int | None, int]]) -> None:
        """The row's cells (target, metric, value, pending) now hold the shares of `names` that import `import_id`
        kept, too."""
        self.keep_own([(file, row)], for_kept=True)
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO temp.imp_own SELECT file, row_no, target, metric, value, pending FROM temp.imp_cell "
            "WHERE file = ? AND row_no = ? AND target = ? AND metric = ?",
            [(file, row, target, metric) for target, metric, _, _ in cells])
        self.db.conn.executemany(
            "UPDATE temp.imp_cell SET value = ?, pending = ? WHERE file = ? AND row_no = ? AND target = ? AND metric = ?",
            [(value, pending, file, row, target, metric) for target, metric, value, pending in cells])
        self.db.conn.executemany("INSERT OR IGNORE INTO temp.imp_kept VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 [(staff_id, start, end, name, target, metric, import_id)
                                  for name in names for target, metric, _, _ in cells])

    def kept(self) -> list[tuple[int, str, str, str, str, str, int]]:
        """(staff_id, start, end, name, target, metric, import) of the shares kept, in order."""
        return self.db.execute("SELECT staff_id, start, end, name_key, target, metric, import_id FROM temp.imp_kept "
                               "ORDER BY staff_id, start, end, name_key, target, metric").fetchall()

    def record(self, import_id: int) -> None:
        """Keep the shares of the committed import: each account's own cells in a day it added up, and the shares it
        kept from earlier imports (the caller holds the transaction, after the stand-ins got their people)."""
        self.db.execute(
            "INSERT OR IGNORE INTO import_share (import_id, staff_id, start, end, name_key, target, metric, value, "
            "pending) SELECT ?, r.staff_id, r.start, r.end, r.name_key, s.target, s.metric, s.value, s.pending "
            "FROM temp.imp_share s JOIN temp.imp_row r ON r.file = s.file AND r.row_no = s.row_no WHERE r.staff_id > 0",
            [import_id])
        self.db.execute(
            "INSERT OR IGNORE INTO import_share (import_id, staff_id, start, end, name_key, target, metric, value, "
            "pending) SELECT ?, s.staff_id, s.start, s.end, s.name_key, s.target, s.metric, s.value, s.pending "
            "FROM import_share s JOIN temp.imp_kept k ON k.import_id = s.import_id AND k.staff_id = s.staff_id "
            "AND k.start = s.start AND k.end = s.end AND k.name_key = s.name_key AND k.target = s.target "
            "AND k.metric = s.metric", [import_id])
