"""One person's staged rows of a day from several sheets or files put together (each store's export of one shop),
and the cells two files of one import both give. Works on the TEMP staging tables of `imports.py`."""

from __future__ import annotations

from itertools import groupby

from app.store.database import Database
from app.store.import_shares import ImportShares

# Rows of several files put together look up, for every person's day, the rows already put together into them.
_MERGED_INDEX = "CREATE INDEX IF NOT EXISTS temp.imp_row_merged ON imp_row (merged_into)"


class StagedMerges:
    def __init__(self, db: Database, shares: ImportShares):
        self.db = db
        self.shares = shares

    def shared_days_across(self, files: list[int]) -> list[tuple[int, list[tuple[int, int, frozenset[str], bool]]]]:
        """(staff_id, [(file, row, names, whole)]) where rows of two or more of these files (the sheets of one
        workbook, or all the files) are the same person on the same day. A row already put together with others
        (of its file, or of its workbook's sheets) stands for them: `names` are all their names, `whole` whether
        each is a whole sub-account; those others are left out. One query for all the days (not one per day)."""
        self.db.execute(_MERGED_INDEX)
        marks = ",".join("?" * len(files))
        # min(file) < max(file): the day's rows are of two files or more. `+` keeps the planner off the merged_into
        # index for IS NULL (nearly every row), which would look each day up in the whole table.
        rows = self.db.execute(
            "SELECT r.staff_id, r.start, r.end, r.file, r.row_no, r.name_key, r.whole, m.name_key, m.whole "
            "FROM (SELECT staff_id, start, end, file, row_no, name_key, whole, min(file) OVER day AS first_file, "
            f"max(file) OVER day AS last_file FROM temp.imp_row WHERE file IN ({marks}) AND +merged_into IS NULL "
            "WINDOW day AS (PARTITION BY staff_id, start, end)) r "
            "LEFT JOIN temp.imp_row m ON m.merged_into = r.row_no AND coalesce(m.merged_file, m.file) = r.file "
            "WHERE r.first_file < r.last_file ORDER BY r.staff_id, r.start, r.end, r.file, r.row_no", files)
        result = []
        for (staff_id, _start, _end), day_rows in groupby(rows, key=lambda r: r[:3]):
            found: dict[tuple[int, int], tuple[set[str], bool]] = {}
            for *_day, file, row_no, name, whole, other, other_whole in day_rows:
                names, all_whole = found.setdefault((file, row_no), ({name}, bool(whole)))
                if other is not None:
                    names.add(other)
                    found[file, row_no] = (names, all_whole and bool(other_whole))
            result.append((staff_id, [(f, r, frozenset(names), w) for (f, r), (names, w) in found.items()]))
        return result

    def row_account(self, file: int, row: int) -> tuple[str, bool, int] | None:
        """The name a staged row gives, whether it is one whole sub-account of its person (only such rows of
        several files are added up: `Match.whole_account`), and the person; None for a row dropped already."""
        found = self.db.execute("SELECT name_key, whole, staff_id FROM temp.imp_row WHERE file = ? AND row_no = ?",
                                [file, row]).fetchone()
        return (found[0], bool(found[1]), found[2]) if found else None

    def merge_across(self, rows: list[tuple[int, int]], cells: list[tuple]) -> None:
        """Rows of several files put together: their cells are replaced by `cells` (in the first row), and the
        other rows count with the first."""
        (into_file, into_row), others = rows[0], rows[1:]
        self.shares.keep_own(rows)
        for file, row_no in rows:
            self.db.execute("DELETE FROM temp.imp_cell WHERE file = ? AND row_no = ?", [file, row_no])
        for file, row_no in others:  # the rows of its file already put together with it, and the row
            # two statements: one with OR read every row of the file, for every person's day
            self.db.execute("UPDATE temp.imp_row SET merged_into = ?, merged_file = ? WHERE merged_into = ? "
                            "AND merged_file IS NULL AND file = ?", [into_row, into_file, row_no, file])
            self.db.execute("UPDATE temp.imp_row SET merged_into = ?, merged_file = ? WHERE file = ? AND row_no = ?",
                            [into_row, into_file, file, row_no])
        self.db.conn.executemany("INSERT INTO temp.imp_cell VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cells)

    def merged_with(self, file: int, row_no: int) -> list[tuple[int, int]]:
        """The (file, row) put together into this row: another sub-account of the person that day, in the same
        sheet or another sheet of the workbook."""
        return self.db.execute(
            "SELECT file, row_no FROM temp.imp_row WHERE merged_into = ? AND coalesce(merged_file, file) = ? "
            "AND NOT (file = ? AND row_no = ?) ORDER BY file, row_no", [row_no, file, file, row_no]).fetchall()

    def cross_file(self) -> list[tuple[str, str, str, str, int, list[tuple[int, int, int | None, int]]]]:
        """Cells given by more than one file of the batch: (target, metric, start, end, staff, [(file, row, value,
        pending)])."""
        groups = self.db.execute(
            "SELECT target, metric, start, end, staff_id FROM temp.imp_cell GROUP BY target, metric, start, end, "
            "staff_id HAVING count(*) > 1").fetchall()
        result = []
        for key in groups:
            found = self.db.execute(
                "SELECT file, row_no, value, pending FROM temp.imp_cell WHERE target = ? AND metric = ? AND start = ? "
                "AND end = ? AND staff_id = ? ORDER BY file, row_no", list(key)).fetchall()
            result.append((*key, found))
        return result
