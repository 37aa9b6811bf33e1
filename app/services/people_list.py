"""A setting that lists people (those who give flowers with the leaders' quota, from the managers' pool), as the
owner types and reads it: names, with a number only where two people share a name; numbers are kept."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain import Staff, normalize_alias
from app.errors import UserError
from app.i18n import joined, t

_NUMBER = re.compile(r"#?(\d+)")
_NAME_AND_NUMBER = re.compile(r"(.+?)\s*[（(]\s*#(\d+)\s*[）)]")


def people_text(ids: Sequence[int], staff: Sequence[Staff]) -> str:
    """小美，张伟（#3） (in English 小美, 张伟 (#3)): each person by name, by name and number when someone
    else has that name too."""
    by_id = {p.id: p for p in staff}
    keys = [normalize_alias(p.name) for p in staff]
    shown = []
    for staff_id in ids:
        person = by_id.get(staff_id)
        if person is None:
            shown.append(str(staff_id))
        else:
            shown.append(person.display() if keys.count(normalize_alias(person.name)) > 1 else person.name)
    return joined(shown, separator="，")


def people_ids(text: str, staff: Sequence[Staff], label: str) -> list[int]:
    """The people `text` names, separated by commas or 、: each a name, a number (3 or #3) or both (张伟（#3））.
    A name two people share needs its number; `label` names the field in the messages."""
    parts = [p.strip() for p in re.split(r"[,，、;；]", text) if p.strip()]
    by_id = {p.id: p for p in staff}
    ids = []
    for part in parts:
        number, both = _NUMBER.fullmatch(part), _NAME_AND_NUMBER.fullmatch(part)
        if number or both:
            staff_id = int(number.group(1) if number else both.group(2))  # type: ignore[union-attr]
            person = by_id.get(staff_id)
            if person is None:  # a mistyped number would otherwise give nobody the right, silently
                raise UserError(t("「{label}」：没有编号为 {id} 的员工（编号见「员工」页第一列）", label=label, id=staff_id))
            if both and normalize_alias(both.group(1)) != normalize_alias(person.name):  # which one was meant?
                raise UserError(t("「{label}」：编号 {id} 的员工是「{person}」，不是「{name}」", label=label, id=staff_id,
                                  person=person.name, name=both.group(1)))
        else:
            staff_id = _named(part, staff, label)
        if staff_id not in ids:
            ids.append(staff_id)
    return ids


def _named(name: str, staff: Sequence[Staff], label: str) -> int:
    same = [p for p in staff if normalize_alias(p.name) == normalize_alias(name)]
    if not same:
        raise UserError(t("「{label}」：没有叫「{name}」的员工", label=label, name=name))
    if len(same) > 1:
        raise UserError(t("「{label}」：有 {n} 位员工叫「{name}」，请写明是哪一位：{choices}", label=label, n=len(same),
                          name=name, choices=joined(p.display() for p in same)))
    return same[0].id
