"""Hints for the administrator — things worth a look, never automatic penalties."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain import Staff
from app.flowers import Flower
from app.i18n import t
from app.periods import add_months


@dataclass(frozen=True)
class Hint:
    kind: str  # reciprocal | concentrated | unrecognised
    text: str
    people: tuple[int, ...]


def fairness_hints(flowers: list[Flower], people: list[Staff], today: date, *, months: int = 6,
                   reciprocal_min: int = 2, concentrated_min: int = 4, concentrated_share: float = 0.5,
                   unrecognised_months: int = 3, leadership: frozenset[int] = frozenset()) -> list[Hint]:
    """`leadership`: the people who give flowers from their own quota (the owner among them): nobody is expected
    to recognise them, so they get no 「没有获得过小红花」 hint."""
    names = {p.id: p.name for p in people}
    since = add_months(today, -months) + timedelta(days=1)
    recent = [f for f in flowers if not f.revoked_at and since <= f.issued <= today]
    pair_counts: dict[tuple[int, int], int] = {}
    for f in recent:
        pair_counts[(f.issuer_id, f.recipient_id)] = pair_counts.get((f.issuer_id, f.recipient_id), 0) + 1
    hints: list[Hint] = []
    for (a, b), count in sorted(pair_counts.items()):
        back = pair_counts.get((b, a), 0)
        if a < b and count >= reciprocal_min and back >= reciprocal_min:
            hints.append(Hint("reciprocal", t("{a} 与 {b} 近 {months} 个月互相发放小红花（{n} 朵 / {back} 朵）",
                                              a=names.get(a, a), b=names.get(b, b), months=months, n=count,
                                              back=back), (a, b)))
    by_issuer: dict[int, dict[int, int]] = {}
    for (a, b), count in pair_counts.items():
        by_issuer.setdefault(a, {})[b] = count
    for issuer, given in sorted(by_issuer.items()):
        total = sum(given.values())
        top, top_count = max(given.items(), key=lambda kv: (kv[1], -kv[0]))
        if total >= concentrated_min and top_count / total > concentrated_share:
            hints.append(Hint("concentrated", t("{issuer} 近 {months} 个月发出的 {total} 朵中有 {n} 朵给了 {to}",
                                                issuer=names.get(issuer, issuer), months=months, total=total,
                                                n=top_count, to=names.get(top, top)), (issuer, top)))
    cutoff = add_months(today, -unrecognised_months) + timedelta(days=1)
    got = {f.recipient_id for f in flowers if not f.revoked_at and cutoff <= f.issued <= today}
    for person in sorted(people, key=lambda p: p.id):
        if person.is_current(today) and person.id not in got and person.id not in leadership \
                and (person.hired is None or person.hired <= cutoff):
            hints.append(Hint("unrecognised", t("{name} 近 {months} 个月没有获得过小红花", name=person.name,
                                                months=unrecognised_months), (person.id,)))
    return hints
