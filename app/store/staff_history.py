"""What a person's history is: every row in the shop that names them. Someone with any is never deleted (left,
not removed); someone with none was added by mistake and may be removed (`StaffRepo.remove`)."""

from __future__ import annotations

from app.store.database import Database

# the tables where an import keeps what it read for a person: history while the import is in force; an undone
# import's rows are not (someone its 全部新建为员工 added by mistake may then be removed) and go with the person
IMPORT_TABLES = ("import_name", "import_day_name", "import_share", "import_previous")

# (kind, a query that finds a row naming the person ?): each table that holds a staff id, with or without a
# foreign key. The kinds are the words `StaffService.history` says them with.
HISTORY_QUERIES: tuple[tuple[str, str], ...] = (
    ("daily_value", "SELECT 1 FROM daily_value WHERE staff_id = ?1"),
    ("period_value", "SELECT 1 FROM period_value WHERE staff_id = ?1"),
    ("pending_value", "SELECT 1 FROM pending_value WHERE staff_id = ?1"),
    ("target", "SELECT 1 FROM staff_target WHERE staff_id = ?1"),
    ("event", "SELECT 1 FROM event WHERE staff_id = ?1"),
    ("import", " UNION ALL ".join(f"SELECT 1 FROM {table} t JOIN import_log l ON l.id = t.import_id "
                                  "AND l.status = 'committed' WHERE t.staff_id = ?1" for table in IMPORT_TABLES)),
    ("award", ("SELECT 1 FROM award_line WHERE staff_id = ?1 UNION ALL SELECT 1 FROM award_input WHERE staff_id = ?1 "
               "UNION ALL SELECT 1 FROM award_run r, json_each(r.fixed_pay) j WHERE r.fixed_pay IS NOT NULL "
               "AND j.key = CAST(?1 AS TEXT)")),
    ("award_manual", "SELECT 1 FROM award_manual WHERE staff_id = ?1"),
    ("flower", ("SELECT 1 FROM flower WHERE issuer_id = ?1 OR recipient_id = ?1 "
                "UNION ALL SELECT 1 FROM flower_transfer WHERE from_id = ?1 OR to_id = ?1")),
    ("red_flag", "SELECT 1 FROM red_flag WHERE issuer_id = ?1"),
    ("certificate", "SELECT 1 FROM certificate WHERE staff_id = ?1"),
    ("stints", "SELECT 1 FROM staff_stint WHERE staff_id = ?1 GROUP BY staff_id HAVING count(*) > 1"),
)


def staff_history(db: Database, staff_id: int) -> list[str]:
    """The kinds of history the person has (empty: none), in the order of `HISTORY_QUERIES`."""
    return [kind for kind, query in HISTORY_QUERIES
            if db.execute(f"SELECT EXISTS ({query})", [staff_id]).fetchone()[0]]


def remove_staff(db: Database, staff_id: int, name: str, at: str) -> None:
    """Delete a person without history with their sub-accounts (free for others then) and stint; their number is
    kept in `staff_removed`, so no one added later takes it."""
    for table in IMPORT_TABLES:  # only undone imports' rows are left for someone without history
        db.execute(f"DELETE FROM {table} WHERE staff_id = ?", [staff_id])
    db.execute("DELETE FROM staff_alias WHERE staff_id = ?", [staff_id])
    db.execute("DELETE FROM staff_stint WHERE staff_id = ?", [staff_id])
    db.execute("DELETE FROM staff WHERE id = ?", [staff_id])
    db.execute("INSERT INTO staff_removed (id, name, removed_at) VALUES (?, ?, ?)", [staff_id, name, at])


NEXT_STAFF_ID = ("(SELECT max(coalesce((SELECT max(id) FROM staff), 0), "
                 "coalesce((SELECT max(id) FROM staff_removed), 0)) + 1)")
