"""A person as a choice box (or a grid's row) names them: the name, then in brackets what tells two people
apart — number, department, role — with the window's language's punctuation: 刘佳怡（#1，客服部） in Chinese,
刘佳怡 (#1, 客服部) in English."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.domain import Staff, namesakes
from app.i18n import bracketed, joined


def person_choice(name: str, *details: object) -> str:
    """`name` followed by the details that are not empty."""
    shown = [str(detail) for detail in details if detail]
    if not shown:
        return name
    inside = joined(shown, separator="，")
    return bracketed(name, inside)


def namesake_ids(people: Iterable[Staff], details: Callable[[Staff], object] = lambda _person: None) -> set[int]:
    """The ids of the people whose name (compared by the one key names are compared by) and `details` another of
    `people` shares: their number must be shown beside the name, or the owner cannot tell which one a line means."""
    by_details: dict[object, list[Staff]] = {}
    for person in people:
        by_details.setdefault(details(person), []).append(person)
    return {i for group in by_details.values() for i in namesakes((p.id, p.name) for p in group)}


def told_apart(people: Iterable[Staff]) -> dict[int, str]:
    """Each person's name as a table shows it: the name alone, or with the number for namesakes (张伟（#1）)."""
    return told_apart_names((p.id, p.name) for p in people)


def told_apart_names(people: Iterable[tuple[int, str]]) -> dict[int, str]:
    """`told_apart` for people known by their number and name."""
    names = dict(people)
    twins = namesakes(names.items())
    return {i: person_choice(name, f"#{i}") if i in twins else name for i, name in names.items()}


def person_choice_among(person: Staff, namesakes: set[int], *details: object) -> str:
    """`person_choice` in a choice box of several people: the number first for a namesake whom the details shown
    do not tell apart (`namesake_ids` with the same details)."""
    return person_choice(person.name, f"#{person.id}" if person.id in namesakes else "", *details)
