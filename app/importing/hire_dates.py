"""Hire dates an import gave: someone it creates is hired on the first day its files give for them (see
`ImportService._create_staff`). A later import holding their rows from before that day — older data imported
afterwards — moves the hire date back to its first day, as long as it is still the one an import gave (the owner
typed none since); undoing that import puts it back. A hire date the owner typed is never moved."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain import Staff
from app.i18n import t
from app.importing.model import HireMove
from app.periods import Period, shown_date
from app.services.approved import approved_by_employment, details_changed, employment_changed
from app.store import Store


def guessed(store: Store, people: list[Staff]) -> dict[int, date]:
    """{staff_id: hire date} of those of `people` whose hire date is still the one the latest import setting it gave
    (the owner typed none since), and who were never rehired."""
    given = store.imports.hire_dates_given()
    return {p.id: p.hired for p in people if p.hired and not p.earlier and given.get(p.id) == p.hired}


def moves(store: Store) -> list[HireMove]:
    """The people the staged rows reach back before a guessed hire date for: moved to their first day."""
    first_days = store.imports.staged_first_days()
    people = [p for p in store.staff.list() if p.id in first_days]
    hired = guessed(store, people)
    return [HireMove(p.id, p.name, hired[p.id], first_days[p.id]) for p in people
            if p.id in hired and first_days[p.id] < hired[p.id]]


def approved_by_moves(store: Store, found: list[HireMove]) -> list[tuple[Period, bool]]:
    """(period, True when only as its baseline) of the approved periods the moves change: the days they put on
    the team, and what an approval kept of the person (their hire date)."""
    touched = []
    for move in found:
        person = store.staff.get(move.staff_id)
        assert person is not None
        touched += approved_by_employment(store, person, replace(person, hired=move.first))
    return touched


@dataclass(frozen=True)
class HireBack:
    """A hire date an import moved back, as its undo finds it."""

    person: Staff  # as now
    moved_to: date  # the hire date the import gave
    before: date  # the one it had before

    @property
    def still(self) -> bool:
        """Still the import's: the undo puts the one before back (else it was changed since, and stays)."""
        return self.person.hired == self.moved_to

    def put_back(self) -> Staff:
        return replace(self.person, hired=self.before)

    def as_json(self) -> dict[str, object]:
        return {"staff_id": self.person.id, "name": self.person.name, "from": self.moved_to.isoformat(),
                "to": self.before.isoformat(), "done": self.still}


def moved_by(store: Store, import_id: int) -> list[HireBack]:
    """The hire dates the import moved back (its audit row's `hire_moved`)."""
    detail = store.audit.detail_of("import.commit", "import_id", import_id) or {}
    found = []
    for entry in detail.get("hire_moved", []):
        person = store.staff.get(entry["staff_id"])
        if person is not None:
            found.append(HireBack(person, date.fromisoformat(entry["to"]), date.fromisoformat(entry["from"])))
    return found


def undone_changes(store: Store, backs: list[HireBack]) -> tuple[set[date], list[Period]]:
    """The days putting the hire dates back takes off the team, and the approved periods whose record of a person
    it changes (`details_changed`)."""
    days: set[date] = set()
    periods: list[Period] = []
    for back in backs:
        if back.still:
            days.update(employment_changed(store, back.person, back.put_back()))
            periods += details_changed(store, back.person, back.put_back())
    return days, periods


def put_back(store: Store, backs: list[HireBack]) -> list[str]:
    """Each hire date still the import's gets the one before again; one changed since stays. Returns what was
    done, for the owner (the caller holds the transaction)."""
    notes = []
    for back in backs:
        name = back.person.name
        if back.still:
            store.staff.set_hired(back.person.id, back.before)
            notes.append(t("{name}的入职日期已改回 {before}（这次导入按报表首日改成了 {moved}）", name=name,
                           before=shown_date(back.before), moved=shown_date(back.moved_to)))
        else:
            now = shown_date(back.person.hired) if back.person.hired else t("未填")
            notes.append(t("{name}的入职日期在这次导入之后又改过（现在是 {now}），所以没有改回 {before}", name=name,
                           now=now, before=shown_date(back.before)))
    return notes
