"""What uses a department: every row in the shop that names it, by its number or by a name it has or had. A
department with any is never deleted (its people, targets and awards refer to it); one with none was made by
mistake or never used and may be deleted (`DepartmentRepo.remove`)."""

from __future__ import annotations

from app.store.database import Database

# The names the department ?1 has and had: award lines, manual lines, certificates, approved payout sheets and
# the staff rows of the 操作日志 keep a department by the name it had then.
_NAMES = ("(SELECT name FROM department WHERE id = ?1 "
          "UNION SELECT name FROM department_former_name WHERE dept_id = ?1)")
_STAFF_LOGGED = "('staff.add', 'staff.edit', 'staff.remove')"

# (kind, a query that finds a row naming the department ?1). The kinds are the words
# `StaffService.department_uses` says them with; "members" is said with their names.
USE_QUERIES: tuple[tuple[str, str], ...] = (
    ("members", "SELECT 1 FROM staff WHERE dept_id = ?1"),
    ("past_members", (f"SELECT 1 FROM audit WHERE action IN {_STAFF_LOGGED} AND json_valid(detail) AND ("
                      f"json_extract(detail, '$.dept') IN {_NAMES} OR json_extract(detail, '$.before.dept') IN {_NAMES} "
                      f"OR json_extract(detail, '$.after.dept') IN {_NAMES})")),
    ("target", ("SELECT 1 FROM audit WHERE action = 'target.set_department' AND json_valid(detail) "
                "AND json_extract(detail, '$.dept_id') = ?1")),
    ("plan_assignment", "SELECT 1 FROM plan_assignment WHERE dept_id = ?1"),
    ("red_flag", "SELECT 1 FROM red_flag WHERE dept_id = ?1"),
    ("award", (f"SELECT 1 FROM award_line WHERE dept IN {_NAMES} UNION ALL SELECT 1 FROM award_run r, "
               f"json_each(r.fixed_pay) j WHERE r.fixed_pay IS NOT NULL AND json_extract(j.value, '$.dept') IN {_NAMES}")),
    ("award_manual", f"SELECT 1 FROM award_manual WHERE dept IN {_NAMES}"),
    ("certificate", f"SELECT 1 FROM certificate WHERE recipient_type = 'department' AND recipient IN {_NAMES}"),
)


def department_uses(db: Database, dept_id: int) -> list[str]:
    """The kinds of rows that name the department (empty: none), in the order of `USE_QUERIES`."""
    return [kind for kind, query in USE_QUERIES
            if db.execute(f"SELECT EXISTS ({query})", [dept_id]).fetchone()[0]]


def remove_department(db: Database, dept_id: int) -> None:
    """Delete a department nothing uses, with the names it had (no plan's rule names them: see the service)."""
    db.execute("DELETE FROM department_former_name WHERE dept_id = ?", [dept_id])
    db.execute("DELETE FROM department WHERE id = ?", [dept_id])
