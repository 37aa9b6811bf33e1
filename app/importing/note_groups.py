"""The notes of an import as a shop owner reads them: what matters first, and a note said once per day or row
(two sub-accounts added up on 10月1日, on 10月2日 …) said once for all its days, as a compact list of them
(「10月1日–5日、8日、10日–12日」). The CLI, its --json and the wizard's preview all show `grouped(notes)`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Self

from app.i18n import joined, language, t
from app.periods import shown_month_day

IMPORTANT = 0  # something left blank, not counted or to be checked
ORDINARY = 1
ROUTINE = 2  # done as one would expect (sub-accounts added up): said last


class Note(str):
    """A note's text, with its rank among a file's notes and, for a note said once per day or row, `group`:
    the template and fields of the line that says every note of its group at once ({days} and {n}, or {rows}
    and {n}, filled in by `grouped`), and the note's own `day` or `row`."""

    rank: int
    group: tuple[str, tuple[tuple[str, str], ...]] | None
    day: date | None
    row: int | None

    def __new__(cls, text: str, rank: int = ORDINARY, group: tuple[str, dict[str, str]] | None = None,
                day: date | None = None, row: int | None = None) -> Self:
        note = super().__new__(cls, text)
        note.rank = rank
        note.group = None if group is None else (group[0], tuple(sorted(group[1].items())))
        note.day, note.row = day, row
        return note


def important(text: str) -> Note:
    return Note(text, IMPORTANT)


def is_important(note: str) -> bool:
    return getattr(note, "rank", None) == IMPORTANT


def flagged(note: str) -> str:
    """An important note with its 「注意：」 (a note carries no label of its own; where the notes are listed with one
    label each, as in the CLI's 「说明：」 lines, the important ones take 「注意：」 instead)."""
    return t("注意：{note}", note=note) if is_important(note) else note


def grouped(notes: Iterable[str]) -> list[str]:
    """One line per note, or per group of notes of one kind (a group of one stays as it was said), the most
    important first, otherwise in the order they were first said."""
    entries: list[list[str]] = []
    groups: dict[tuple, list[str]] = {}
    for note in notes:
        group = getattr(note, "group", None)
        if group is None:
            entries.append([note])
        elif group in groups:
            groups[group].append(note)
        else:
            groups[group] = members = [note]
            entries.append(members)
    entries.sort(key=lambda members: getattr(members[0], "rank", ORDINARY))  # stable: first said stays first
    return [members[0] if len(members) == 1 else _line(members) for members in entries]  # type: ignore[arg-type]


def _line(members: list[Note]) -> str:
    assert members[0].group is not None
    template, fields = members[0].group
    days = sorted({n.day for n in members if n.day is not None})
    rank = members[0].rank
    if days:
        return Note(t(template, **dict(fields), days=days_label(days), n=len(days)), rank)
    rows = sorted({n.row for n in members if n.row is not None})
    return Note(t(template, **dict(fields), rows=numbers_label(rows), n=len(rows)), rank)


def _runs(items: list, step) -> list[tuple]:  # type: ignore[no-untyped-def]
    runs: list[list] = []
    for item in sorted(set(items)):
        if runs and item == step(runs[-1][1]):
            runs[-1][1] = item
        else:
            runs.append([item, item])
    return [(first, last) for first, last in runs]


def numbers_label(numbers: list[int]) -> str:
    """3、5–9、12 (rows)."""
    return joined(str(a) if a == b else f"{a}–{b}" for a, b in _runs(numbers, lambda n: n + 1))


def days_label(days: list[date]) -> str:
    """10月1日–5日、8日、10日–12日: a month named where it changes (9月29日–10月2日); 10-01–10-05, 10-08 in
    English."""
    runs = _runs(days, lambda d: d + timedelta(days=1))
    if language() != "zh":
        return joined(shown_month_day(a) if a == b else f"{shown_month_day(a)}–{shown_month_day(b)}" for a, b in runs)
    parts, month = [], None
    for first, last in runs:
        start = f"{first.day}日" if (first.year, first.month) == month else f"{first.month}月{first.day}日"
        if last != first:
            start += "–" + (f"{last.day}日" if (last.year, last.month) == (first.year, first.month)
                            else f"{last.month}月{last.day}日")
        parts.append(start)
        month = (last.year, last.month)
    return "、".join(parts)
