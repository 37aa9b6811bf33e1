"""Rows for someone outside their time on the team: dated after they left, or before they were hired.

The values are stored all the same (they are the file's data), and the preview says so, naming the person, the
dates and the sub-account: a sub-account handed on to a new colleague is the usual cause. Not for rows before a
hire date an import gave from its files' first day: that import moves the hire date back instead."""

from __future__ import annotations

from app.i18n import t
from app.importing.matching import StaffMatcher
from app.importing.note_groups import important
from app.importing.period import shown_days
from app.periods import shown_date

_UNKNOWN = object()


class TenureWatch:
    def __init__(self, matcher: StaffMatcher, hires_guessed: set[int] | None = None):
        self._matcher = matcher
        self._hires_guessed = hires_guessed or set()  # rows before such a hire date move it back (the import does)
        self._limits: dict[int, object] = {}  # person → (hired, left, stints as ISO text pairs) or None
        self._found: dict[tuple[int, str], list] = {}  # (person, "left" | "hired") → [row, rows, first, last, names]

    def check(self, staff_id: int, start: str, end: str, row_no: int, name: str) -> None:
        """Note a row whose dates (ISO text) lie wholly outside the person's hire and leave dates."""
        limits = self._limits.get(staff_id, _UNKNOWN)
        if limits is _UNKNOWN:
            person = self._matcher.person(staff_id)
            hired = person.hired.isoformat() if person and person.hired else ""
            left = person.left.isoformat() if person and person.left else ""
            stints = [(s.hired.isoformat() if s.hired else "", s.left.isoformat() if s.left else "")
                      for s in person.stints] if person else []
            limits = self._limits[staff_id] = (hired, left, stints) if hired or left else None
        if limits is None:
            return
        hired, left, stints = limits  # type: ignore[misc]
        if any((not h or h <= end) and (not lo or lo >= start) for h, lo in stints):
            return  # within one of the person's stints (a rehired person's earlier time on the team too)
        if left and start > left:
            kind = "left"
        elif hired and end < hired and staff_id not in self._hires_guessed:
            kind = "hired"
        else:
            return
        entry = self._found.get((staff_id, kind))
        if entry is None:
            self._found[(staff_id, kind)] = [row_no, 1, start, end, {name: None}]
            return
        entry[1] += 1
        entry[2], entry[3] = min(entry[2], start), max(entry[3], end)
        if len(entry[4]) < 5:
            entry[4].setdefault(name, None)

    def notes(self) -> list[str]:
        notes = []
        for (staff_id, kind), (row, rows, first, last, names) in self._found.items():
            person = self._matcher.person(staff_id)
            assert person is not None
            fields = {"who": person.name, "span": shown_days(first, last),
                      "accounts": "".join(f"「{n}」" for n in names), "row": row, "n": rows}
            if kind == "left":
                notes.append(important(t("{who} 已于 {left} 离职，文件里却有 {span} 的数据（子账号{accounts}，第 {row} 行起共 {n} 行）。"
                                         "已照常导入；这个子账号可能已交给别人使用，请核对后在员工资料里把它改到现在使用它的人名下",
                                         left=shown_date(person.left), **fields)))
            else:
                notes.append(important(t("{who} {hired} 才入职，文件里却有 {span} 的数据（子账号{accounts}，第 {row} 行起共 {n} 行）。"
                                         "已照常导入；这个子账号入职前可能由别人使用，请核对员工资料", hired=shown_date(person.hired), **fields)))
        return notes
