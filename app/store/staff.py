"""Departments, staff and their account aliases."""

from __future__ import annotations

from datetime import date

from app.domain import Birthday, Department, Staff, Stint, names_meaning, normalize_alias, normalize_dept_name
from app.store.database import Database
from app.store.department_uses import department_uses, remove_department
from app.store.staff_history import NEXT_STAFF_ID, remove_staff, staff_history

_STAFF_COLUMNS = (
    "s.id, s.name, s.dept_id, d.name AS dept, s.role, s.hired, s.left_on, s.birthday, s.birthday_lunar, "
    "s.base_pay_fen, s.post_pay_fen, s.allowance_fen, s.in_awards"
)


class DepartmentRepo:
    def __init__(self, db: Database):
        self.db = db

    def list(self) -> list[Department]:
        rows = self.db.execute("SELECT id, name FROM department ORDER BY id").fetchall()
        return [Department(id=r[0], name=r[1]) for r in rows]

    def by_name(self, name: str) -> Department | None:
        """The department of this name, spaces aside (see `normalize_dept_name`): the exact name first, then
        the name written without the spaces, then the one department that only differs in spaces. An older
        file may hold both 「客服 部」 and 「客服部」: each is found by its own name, never one for the other."""
        wanted = normalize_dept_name(name)
        for exact in (name, wanted):
            row = self.db.execute("SELECT id, name FROM department WHERE name = ?", [exact]).fetchone()
            if row:
                return Department(*row)
        alike = [d for d in self.list() if normalize_dept_name(d.name) == wanted] if wanted else []
        return alike[0] if len(alike) == 1 else None

    def add(self, name: str) -> Department:
        cursor = self.db.execute("INSERT INTO department (name) VALUES (?)", [name])
        return Department(id=cursor.lastrowid, name=name)

    def rename(self, dept_id: int, name: str, at: str) -> None:
        """The department takes `name` at `at` (stamped as award runs are); the name it had is kept among its
        former names."""
        self.db.execute("INSERT INTO department_former_name (dept_id, name, until) "
                        "SELECT id, name, ? FROM department WHERE id = ? AND name != ?", [at, dept_id, name])
        self.db.execute("UPDATE department SET name = ? WHERE id = ?", [name, dept_id])

    def former_names(self) -> list[tuple[int, str]]:
        """(department id, a name it had), oldest rename first."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT dept_id, name FROM department_former_name ORDER BY id")]

    def former_holder(self, name: str) -> Department | None:
        """The department a name written in a plan means though none has it now: the one that had it last,
        before a rename (None: a department has it now, or none ever had it)."""
        return names_meaning(self.list(), self.former_names()).get(name)

    def names_at(self, at: str) -> dict[int, str]:
        """Each department's name at the time `at` (an award run's `approved_at`): a rename stamped at a time not
        before it had not happened yet."""
        names = {d.id: d.name for d in self.list()}
        for dept_id, name in self.db.execute("SELECT dept_id, name FROM department_former_name WHERE until >= ? "
                                             "ORDER BY id DESC", [at]):
            names[dept_id] = name  # newest first: the earliest rename after `at` is written last
        return names

    def uses(self, dept_id: int) -> list[str]:
        return department_uses(self.db, dept_id)

    def remove(self, dept_id: int) -> None:
        remove_department(self.db, dept_id)

    def member_count(self, dept_id: int) -> int:
        return self.db.execute("SELECT count(*) FROM staff WHERE dept_id = ?", [dept_id]).fetchone()[0]


class StaffRepo:
    def __init__(self, db: Database):
        self.db = db

    def _aliases(self) -> dict[int, list[str]]:
        result: dict[int, list[str]] = {}
        for alias, staff_id in self.db.execute("SELECT alias, staff_id FROM staff_alias ORDER BY rowid"):
            result.setdefault(staff_id, []).append(alias)
        return result

    def _earlier_stints(self, staff_id: int | None = None) -> dict[int, tuple[Stint, ...]]:
        """Each rehired person's stints before the latest one (the latest is the staff row's dates)."""
        where = "WHERE staff_id = ?" if staff_id is not None else ""
        result: dict[int, list[Stint]] = {}
        for sid, hired, left_on in self.db.execute(
                f"SELECT staff_id, hired, left_on FROM staff_stint {where} ORDER BY staff_id, id",
                [] if staff_id is None else [staff_id]):
            result.setdefault(sid, []).append(Stint(_day(hired), _day(left_on)))
        return {sid: tuple(stints[:-1]) for sid, stints in result.items() if len(stints) > 1}

    def list(self) -> list[Staff]:
        rows = self.db.execute(
            f"SELECT {_STAFF_COLUMNS} FROM staff s LEFT JOIN department d ON d.id = s.dept_id ORDER BY s.id"
        ).fetchall()
        aliases, earlier = self._aliases(), self._earlier_stints()
        return [_staff(r, aliases.get(r[0], []), earlier.get(r[0], ())) for r in rows]

    def get(self, staff_id: int) -> Staff | None:
        row = self.db.execute(
            f"SELECT {_STAFF_COLUMNS} FROM staff s LEFT JOIN department d ON d.id = s.dept_id WHERE s.id = ?",
            [staff_id],
        ).fetchone()
        if row is None:
            return None
        aliases = [a for (a,) in self.db.execute(
            "SELECT alias FROM staff_alias WHERE staff_id = ? ORDER BY rowid", [staff_id])]
        return _staff(row, aliases, self._earlier_stints(staff_id).get(staff_id, ()))

    def alias_owner(self, alias: str) -> int | None:
        """Whose sub-account this is, compared by `normalize_alias`: one kept by an earlier version with a space
        that key leaves out now (「旗舰店:小 美」) is still found."""
        row = self.db.execute("SELECT staff_id FROM staff_alias WHERE alias = ?", [alias]).fetchone()
        if row:
            return int(row[0])
        key = normalize_alias(alias)
        return next((staff_id for kept, staff_id in self.db.execute("SELECT alias, staff_id FROM staff_alias "
                                                                     "ORDER BY rowid") if normalize_alias(kept) == key),
                    None)

    def insert(self, staff: Staff) -> int:
        cursor = self.db.execute(
            "INSERT INTO staff (id, name, dept_id, role, hired, left_on, birthday, birthday_lunar, base_pay_fen, "
            f"post_pay_fen, allowance_fen, in_awards) VALUES ({NEXT_STAFF_ID}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _params(staff),
        )
        staff_id = cursor.lastrowid
        self.db.execute("INSERT INTO staff_stint (staff_id, hired, left_on) VALUES (?, ?, ?)",
                        [staff_id, _iso(staff.hired), _iso(staff.left)])
        self.set_aliases(staff_id, staff.aliases)
        return staff_id

    def update(self, staff: Staff) -> None:
        self.db.execute(
            "UPDATE staff SET name = ?, dept_id = ?, role = ?, hired = ?, left_on = ?, birthday = ?, "
            "birthday_lunar = ?, base_pay_fen = ?, post_pay_fen = ?, allowance_fen = ?, in_awards = ? WHERE id = ?",
            [*_params(staff), staff.id],
        )
        self._update_latest_stint(staff.id)
        self.set_aliases(staff.id, staff.aliases)

    def set_aliases(self, staff_id: int, aliases: tuple[str, ...]) -> None:
        self.db.execute("DELETE FROM staff_alias WHERE staff_id = ?", [staff_id])
        for alias in aliases:
            self.db.execute("INSERT INTO staff_alias (alias, staff_id) VALUES (?, ?)", [alias, staff_id])

    def remove_alias(self, alias: str, staff_id: int) -> bool:
        """Take one sub-account from a person; False when the person no longer has it."""
        return self.db.execute("DELETE FROM staff_alias WHERE alias = ? AND staff_id = ?",
                               [alias, staff_id]).rowcount > 0

    def set_hired(self, staff_id: int, hired: date | None) -> None:
        self.db.execute("UPDATE staff SET hired = ? WHERE id = ?", [_iso(hired), staff_id])
        self._update_latest_stint(staff_id)

    def set_left(self, staff_id: int, left: date | None) -> None:
        self.db.execute("UPDATE staff SET left_on = ? WHERE id = ?", [_iso(left), staff_id])
        self._update_latest_stint(staff_id)

    def start_stint(self, staff_id: int, hired: date) -> None:
        """A rehire: a new stint from `hired`; the stints before stay as they were."""
        self.db.execute("INSERT INTO staff_stint (staff_id, hired, left_on) SELECT id, hired, left_on FROM staff "
                        "WHERE id = ? AND NOT EXISTS (SELECT 1 FROM staff_stint WHERE staff_id = id)", [staff_id])
        self.db.execute("UPDATE staff SET hired = ?, left_on = NULL WHERE id = ?", [_iso(hired), staff_id])
        self.db.execute("INSERT INTO staff_stint (staff_id, hired, left_on) VALUES (?, ?, NULL)",
                        [staff_id, _iso(hired)])

    def _update_latest_stint(self, staff_id: int) -> None:
        """The latest stint keeps the staff row's dates."""
        self.db.execute(
            "UPDATE staff_stint SET hired = (SELECT hired FROM staff WHERE id = ?), "
            "left_on = (SELECT left_on FROM staff WHERE id = ?) "
            "WHERE id = (SELECT max(id) FROM staff_stint WHERE staff_id = ?)", [staff_id, staff_id, staff_id])

    def history(self, staff_id: int) -> list[str]:
        return staff_history(self.db, staff_id)

    def remove(self, staff_id: int, name: str, at: str) -> None:
        remove_staff(self.db, staff_id, name, at)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM staff").fetchone()[0]


def _params(staff: Staff) -> list[object]:
    b = staff.birthday
    return [
        staff.name, staff.dept_id, staff.role,
        staff.hired.isoformat() if staff.hired else None,
        staff.left.isoformat() if staff.left else None,
        b.text() if b else None, int(b.lunar) if b else 0,
        staff.base_pay_fen, staff.post_pay_fen, staff.allowance_fen, int(staff.in_awards),
    ]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _staff(row: tuple, aliases: list[str], earlier: tuple[Stint, ...] = ()) -> Staff:
    (sid, name, dept_id, dept, role, hired, left_on, birthday, lunar, base, post, allowance, in_awards) = row
    bday = None
    if birthday:
        month, day = birthday.split("-")
        bday = Birthday(int(month), int(day), bool(lunar))
    return Staff(
        id=sid, name=name, aliases=tuple(aliases), dept_id=dept_id, dept=dept, role=role,
        hired=date.fromisoformat(hired) if hired else None,
        left=date.fromisoformat(left_on) if left_on else None,
        birthday=bday, base_pay_fen=base, post_pay_fen=post, allowance_fen=allowance, earlier=earlier,
        in_awards=bool(in_awards),
    )
