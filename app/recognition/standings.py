"""A month's recognition as the board, the office TV and the daily poster show it: the red flags each department
got (who received the most flowers: `app.recognition.leaders`, which the board's first paint does not read).
Revoked flags and flowers do not count; a transfer does not move a flower received."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date

from app.domain import Staff, told_apart_for_the_team
from app.i18n import t
from app.periods import Month, Period
from app.sorting import chinese_order
from app.store import Store

# a namesake as `told_apart_for_the_team` names them, in either language's brackets: 张伟（客服部）, 张伟 (#12)
_TOLD_APART = r"(?P<name>.+?)(?P<open>（| \()(?P<tag>[^（()）]+)(?P<close>[）)])"  # compiled when first used


def opening_board_year(issued: Iterable[date], today: date) -> int:
    """The year the 红花榜 opens on (the 小红花 page, `honghua flowers board` without --year): this year, or
    before this year's first flower (early January) the year before, whose list is final — when it has one."""
    years = {day.year for day in issued}
    return today.year - 1 if today.year not in years and today.year - 1 in years else today.year


def nobody_received(period: Period, today: date) -> str:
    """Said with a 红花榜 whose rows are all 「—  0」 (the 小红花 page, `honghua flowers board`): 「2026年10月还没有人
    获得小红花」 while the period runs, 「…没有人获得小红花」 once it is over."""
    if period.end >= today:
        return t("{period}还没有人获得小红花", period=period.shown_label())
    return t("{period}没有人获得小红花", period=period.shown_label())


def red_flags_by_department(store: Store, month: Month) -> list[tuple[str, int]]:
    """(department, red flags it got in `month`), most first, then by name."""
    names = {d.id: d.name for d in store.departments.list()}
    counts: dict[str, int] = {}
    for flag in store.red_flags.between(month.start, month.end):
        if not flag.revoked_at and flag.dept_id in names:
            counts[names[flag.dept_id]] = counts.get(names[flag.dept_id], 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], chinese_order(item[0])))


def team_names(store: Store, month: Month) -> dict[int, str]:
    """Each person on the team in `month` named as the wall reads them (`told_apart_for_the_team`: a namesake with
    the department when each has their own, else the number). The board's rows, its top three and the flower
    leaders take their names from the same team, so the one 黄俊 who got flowers is named as on his row."""
    return team_names_of(store.staff.list(), month)


def team_names_of(people: Iterable[Staff], month: Month, also: Collection[int] = ()) -> dict[int, str]:
    """`team_names` of `people`, and of those in `also` who left before `month` (a flower leader named as the board
    would have named them)."""
    return told_apart_for_the_team(p for p in people if p.employed_during(month.start, month.end) or p.id in also)


def lines_between_items(text: str, width_of: Callable[[str], float], room: float,
                        separator: str = "、") -> list[str]:
    """A list written on one line (「小红旗：客服部 3 面、售后部 1 面」) broken into lines no wider than `room`,
    only after a `separator` (the language's, `i18n.list_separator`): never inside a department's or a person's
    name. An item wider than the room alone keeps a line of its own (the caller shortens it). A line broken after
    ", " ends in "," (its space neither measured nor kept)."""
    items = [part + separator for part in text.split(separator)]
    items[-1] = items[-1][:-len(separator)]
    space = separator[len(separator.rstrip()):]
    lines: list[str] = []
    for item in items:
        if lines and width_of((lines[-1] + item).removesuffix(space)) <= room:
            lines[-1] += item
        else:
            lines.append(item)
    return [line.removesuffix(space) for line in lines]


def cut_apart(labels: Sequence[str], shown: Sequence[str], fits: Callable[[int, str], bool]) -> list[str]:
    """`labels` as `shown` cut them to their room with …, except where different labels were cut alike (two long
    namesakes whose departments differ past the cut): those are cut so that what tells them apart stays — the
    name cut and the bracketed department or number kept (欧阳…（售后一部）), else the name kept and the
    department's end (欧阳娜娜（…服务一部）), else the label's end (欧阳娜…服务一部）), else the name cut short and the
    department's start kept (欧…（一部华东…）). `fits(i, text)`: whether text fits label i's room."""
    result = list(shown)
    alike: dict[str, list[int]] = {}
    for i, text in enumerate(shown):
        alike.setdefault(text, []).append(i)
    for group in alike.values():
        if len({labels[i] for i in group}) < 2:
            continue
        for way in (_name_cut, _tag_end_kept, _end_kept, _tag_start_kept):
            tried = [way(labels[i], lambda text, i=i: fits(i, text)) for i in group]
            if None not in tried and len(set(tried)) == len(tried):
                for i, text in zip(group, tried, strict=True):
                    result[i] = text or result[i]
                break
    return result


def _name_cut(label: str, fits: Callable[[str], bool]) -> str | None:
    told = re.fullmatch(_TOLD_APART, label)
    if told is None:
        return None
    rest = label[len(told["name"]):]
    return next((told["name"][:keep] + "…" + rest for keep in range(len(told["name"]) - 1, 0, -1)
                 if fits(told["name"][:keep] + "…" + rest)), None)


def _tag_end_kept(label: str, fits: Callable[[str], bool]) -> str | None:
    told = re.fullmatch(_TOLD_APART, label)
    if told is None:
        return None
    name, tag = told["name"] + told["open"] + "…", told["tag"]
    return next((name + tag[-keep:] + told["close"] for keep in range(len(tag) - 1, 0, -1)
                 if fits(name + tag[-keep:] + told["close"])), None)


def _end_kept(label: str, fits: Callable[[str], bool]) -> str | None:
    for keep in range(len(label) - 1, 1, -1):
        head = max(1, keep // 3)
        text = label[:head] + "…" + label[len(label) - (keep - head):]
        if fits(text):
            return text
    return None


def _tag_start_kept(label: str, fits: Callable[[str], bool]) -> str | None:
    told = re.fullmatch(_TOLD_APART, label)
    if told is None:
        return None
    tag, name = told["tag"], told["name"][:1] + ("…" if len(told["name"]) > 1 else "")
    return next((f"{name}{told['open']}{tag[:keep]}…{told['close']}" for keep in range(len(tag) - 1, 0, -1)
                 if fits(f"{name}{told['open']}{tag[:keep]}…{told['close']}")), None)

