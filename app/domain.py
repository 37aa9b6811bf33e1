"""Frozen domain objects shared by the store, the services, the CLI and the UI."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import bracketed, language, t

ROLES = ("客服", "售后", "组长", "主管", "店长", "美工", "仓管")

if TYPE_CHECKING:  # a type checker reads the class; with the __getattr__ below it took every name here for `object`
    from app.staff_draft import StaffDraft as StaffDraft  # noqa: PLC0414  # re-exported, as type checkers read it
else:

    def __getattr__(name: str) -> object:
        """`StaffDraft` lives in app/staff_draft.py, which the window's start does not import (it adds and edits
        nobody; a frozen dataclass of ten fields costs some 8 M instructions to make): still found here when asked
        for."""
        if name == "StaffDraft":
            from app.staff_draft import StaffDraft

            return StaffDraft
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Birthday:
    """A birthday as month-day, in the Gregorian (公历) or the lunar (农历) calendar."""

    month: int
    day: int
    lunar: bool = False

    def __post_init__(self) -> None:
        limit = 30 if self.lunar else _gregorian_month_days(self.month)
        if not 1 <= self.month <= 12 or not 1 <= self.day <= limit:
            kind = t("农历") if self.lunar else t("公历")
            if not 1 <= self.month <= 12:
                raise UserError(t("生日「{md}」不是有效的{kind}日期：月份要在 1 到 12 之间", md=self.text(), kind=kind))
            if self.day < 1:
                raise UserError(t("生日「{md}」不是有效的{kind}日期：日要在 1 到 {limit} 之间，请改正日期", md=self.text(),
                                  kind=kind, limit=limit))
            raise UserError(t("生日「{md}」不是有效的{kind}日期：{kind}{month}月最多 {limit} 日，请改正日期",
                              md=self.text(), kind=kind, month=self.month, limit=limit))

    @classmethod
    def parse(cls, text: str, *, lunar: bool = False) -> Birthday:
        s = unicodedata.normalize("NFKC", str(text)).strip().replace("/", "-").replace(".", "-")
        parts = s.replace("月", "-").replace("日", "").split("-")
        if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
            raise UserError(t("生日「{text}」格式不对，应为 MM-DD，例如 03-18", text=text))
        return cls(int(parts[0]), int(parts[1]), lunar)

    def text(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"

    def label(self) -> str:
        """In Chinese, as printed: `3月18日`, a lunar one as the calendar writes it (`农历八月十五`)."""
        return f"农历{lunar_month_day(self.month, self.day)}" if self.lunar else f"{self.month}月{self.day}日"

    def shown_label(self) -> str:
        """The birthday in the user's language: `农历三月十四`; `lunar 03-14` in English."""
        if self.lunar:
            # English has no calendar words for it: `lunar 03-14`
            return self.label() if language() == "zh" else t("农历{month}月{day}日", month=self.month, day=self.day)
        return t("{month}月{day}日", month=self.month, day=self.day)

    def shown_month(self) -> str:
        """A lunar birthday's month in the user's language: `腊月`; `lunar month 12` in English."""
        return LUNAR_MONTHS[self.month - 1] if language() == "zh" else t("农历{month}月", month=self.month)

    def dates_in(self, year: int) -> list[date]:
        """The Gregorian dates this birthday falls on in `year`: 02-29 → 02-28 in common years; a lunar one
        may fall twice, or not at all."""
        if not self.lunar:
            day = min(self.day, 28) if (self.month, self.day) == (2, 29) and not _leap(year) else self.day
            return [date(year, self.month, day)]
        return _lunar_in_gregorian_year(self.month, self.day, year)

    def kept_short_on(self, day: date) -> Birthday | None:
        """A lunar 30th falling on `day` (one of `dates_in`) in a year its lunar month has only 29 days: the 29th
        it is kept on, as calendars show `day` (腊月三十 on 腊月廿九, the eve of a 29-day 腊月); else None."""
        if not self.lunar or self.day != 30:
            return None
        from lunardate import LunarDate

        kept = LunarDate.from_solar_date(day.year, day.month, day.day).day
        return None if kept == self.day else Birthday(self.month, kept, lunar=True)


_DIGITS = "一二三四五六七八九十"
LUNAR_MONTHS = ("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "腊月")


def lunar_month_day(month: int, day: int) -> str:
    """A lunar month-day as Chinese calendars write it: 正月初一, 八月十五, 腊月廿三, 三月三十."""
    if day <= 10:
        written = "初" + _DIGITS[day - 1]
    elif day < 20:
        written = "十" + _DIGITS[day - 11]
    elif day == 20:
        written = "二十"
    elif day < 30:
        written = "廿" + _DIGITS[day - 21]
    else:
        written = "三十"
    return LUNAR_MONTHS[month - 1] + written


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _gregorian_month_days(month: int) -> int:
    return {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31)


def _lunar_in_gregorian_year(month: int, day: int, year: int) -> list[date]:
    """The solar dates in `year` of lunar month-day, in order: it can fall twice (lunar 11-20 in early January
    and again in December) or not at all (a late 腊月 day). A 30th in a 29-day lunar month is the 29th."""
    from lunardate import LunarDate

    found = []
    for lunar_year in (year - 1, year):
        for d in (day, day - 1):
            try:
                solar = LunarDate(lunar_year, month, d).to_solar_date()
            except ValueError:  # the day does not exist in that lunar month
                continue
            if solar.year == year:
                found.append(solar)
            break
    return found


@dataclass(frozen=True)
class Department:
    id: int
    name: str


@dataclass(frozen=True)
class Stint:
    """One time on the team: from `hired` (None: not known) to `left` (None: still there), both days included."""

    hired: date | None
    left: date | None

    def overlaps(self, start: date, end: date) -> bool:
        return (self.hired is None or self.hired <= end) and (self.left is None or self.left >= start)

    def days_within(self, start: date, end: date) -> int:
        first, last = max(self.hired or start, start), min(self.left or end, end)
        return max((last - first).days + 1, 0)


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    dept_id: int | None = None
    dept: str | None = None
    role: str = "客服"
    hired: date | None = None  # the latest stint's dates (what most readers need)
    left: date | None = None
    birthday: Birthday | None = None
    base_pay_fen: int | None = None
    post_pay_fen: int | None = None
    allowance_fen: int | None = None
    earlier: tuple[Stint, ...] = ()  # the stints before a rehire, oldest first
    in_awards: bool = True  # 参与评奖: off, no rule gives the person anything (the owner, on the team for flowers)

    @property
    def stints(self) -> tuple[Stint, ...]:
        return (*self.earlier, Stint(self.hired, self.left))

    def is_current(self, today: date) -> bool:
        """Still on the team (has not left before today)."""
        return self.left is None or self.left >= today

    def employed_on(self, day: date) -> bool:
        return self.employed_during(day, day)

    def employed_during(self, start: date, end: date) -> bool:
        return any(s.overlaps(start, end) for s in self.stints)

    def days_employed(self, start: date, end: date) -> int:
        """Days from start to end (both included) the person was on the team: a rehired person's time away
        does not count."""
        return sum(s.days_within(start, end) for s in self.stints)

    def employed_days(self, start: date, end: date) -> tuple[date, date] | None:
        """The first and the last day from start to end the person was on the team, None when not at all."""
        spans = [(max(s.hired or start, start), min(s.left or end, end)) for s in self.stints if s.overlaps(start, end)]
        return (spans[0][0], spans[-1][1]) if spans else None

    def away_between(self, day: date) -> tuple[date, date] | None:
        """(the leaving day before, the rehire day after) when `day` falls in a rehired person's time away."""
        for before, after in pairwise(self.stints):
            if before.left and after.hired and before.left < day < after.hired:
                return before.left, after.hired
        return None

    def stint_during(self, start: date, end: date) -> Staff:
        """The person as of the latest stint overlapping start..end (hired, left and the stints before it) —
        what a period's award lines and notes read: a rehired person's March is judged by the stint that held
        March. Itself when no stint overlaps."""
        stints = self.stints
        for i in range(len(stints) - 1, -1, -1):
            if stints[i].overlaps(start, end):
                return replace(self, hired=stints[i].hired, left=stints[i].left, earlier=stints[:i])
        return self

    def display(self) -> str:
        """The person as messages name them, in the language's brackets: 张伟（#1）, 张伟 (#1)."""
        return bracketed(self.name, f"#{self.id}")


def without_invisible(text: str) -> str:
    """The text without the characters that show nothing: zero-width spaces and joiners, direction marks, soft
    hyphens, a byte-order mark (copied along from WeChat or a web page), control characters. A joiner inside an
    emoji (👩‍💻) stays: it draws one picture of two."""
    if text.isprintable():  # the usual name: nothing to take out
        return text
    kept = []
    for i, char in enumerate(text):
        category = unicodedata.category(char)
        if category == "Cf" or (category == "Cc" and not char.isspace()):
            # between two pictures only: one before a space or another invisible character joins nothing
            joins_pictures = 0 < i < len(text) - 1 and _ends_picture(text[i - 1]) \
                and unicodedata.category(text[i + 1]) == "So"
            if not (char == "\u200d" and joins_pictures):
                continue
        kept.append(char)
    return "".join(kept)


def _ends_picture(char: str) -> bool:
    """A picture, its skin tone or its variation selector (not any combining mark: 「á」 written as a and ́)."""
    return unicodedata.category(char) in ("So", "Sk") or char == "\ufe0f"


def _wide(char: str) -> bool:
    """A character of Chinese (or Japanese, Korean) writing, between which no space is meant."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def spaces_between_wide(text: str) -> bool:
    """Whether a space (of any kind) stands between two characters of which one is Chinese: 「张 伟」, 「张　伟」."""
    words = text.split()
    return any(_wide(a[-1]) or _wide(b[0]) for a, b in pairwise(words))


def normalize_alias(text: str) -> str:
    """The one key names and sub-accounts are compared by (imports, grid paste, the command line's staff options,
    the staff service): NFKC (full-width letters and digits, full-width and non-breaking spaces are plain ones),
    without invisible characters, trimmed, full-width colon as `:` with no space around it (the exports write
    旗舰店:小美; 「旗舰店 ： 小美」 typed with a Chinese input method is the same account), no space beside a Chinese
    character (「张 伟」, 「张　伟」 are 张伟) and other inner spaces folded to one: 「Anna  Li」 is Anna Li, never AnnaLi,
    which could be someone else."""
    s = unicodedata.normalize("NFKC", without_invisible(str(text))).strip()  # Á composed once a zero-width space is out
    return without_spaces_beside_wide(re.sub(r"\s*:\s*", ":", s))


def namesakes(people: Iterable[tuple[int, str]]) -> set[int]:
    """The ids among `people` (id, name) whose name another shares (by `normalize_alias`): where no number column
    stands beside them, they are written with their number, or nobody can tell which one a line means."""
    by_key: dict[str, set[int]] = {}
    for staff_id, name in people:
        by_key.setdefault(normalize_alias(name), set()).add(staff_id)
    return {i for ids in by_key.values() if len(ids) > 1 for i in ids}


def told_apart_for_the_team(people: Iterable[Staff]) -> dict[int, str]:
    """Each person's name as the team reads it on the TV, the poster and the flower leaders: a name another of
    `people` shares (`namesakes`) with the department when each of them has one of their own (张伟（客服部）), else
    with the number (张伟（#12）), in the language's brackets."""
    people = list(people)
    twins = namesakes((p.id, p.name) for p in people)
    groups: dict[str, list[Staff]] = {}
    for person in people:
        if person.id in twins:
            groups.setdefault(normalize_alias(person.name), []).append(person)
    shown = {person.id: person.name for person in people}
    for group in groups.values():
        depts = [person.dept for person in group]
        by_dept = all(depts) and len(set(depts)) == len(depts)
        for person in group:
            shown[person.id] = bracketed(person.name, str(person.dept) if by_dept else f"#{person.id}")
    return shown


def without_spaces_beside_wide(text: str) -> str:
    """The text trimmed, without the spaces (of any kind) beside a Chinese character, other runs of spaces folded to
    one: 「张　伟」 → 张伟, 「VIP 客服」 → VIP客服, 「Anna  Li」 → Anna Li."""
    words = text.split()
    if not words:
        return ""
    joined = words[0]
    for word in words[1:]:
        joined += ("" if _wide(joined[-1]) or _wide(word[0]) else " ") + word
    return joined


def names_meaning(departments: list[Department], former: list[tuple[int, str]]) -> dict[str, Department]:
    """What a department's name written in a plan means today, for the names no department has now: the
    department that last had it (`former`: (id, a name it had), oldest rename first). A name a department has
    now is that department's, so it is not among them: a new 客服部 takes the rules written for 客服部."""
    current = {d.name for d in departments}
    by_id = {d.id: d for d in departments}
    meaning: dict[str, Department] = {}
    for dept_id, name in former:
        if name not in current and dept_id in by_id:
            meaning[name] = by_id[dept_id]
    return meaning


def normalize_name(text: str | None) -> str:
    """A name the owner gives a department, a metric or an event type, as kept and compared: trimmed, without
    invisible characters (a zero-width space copied along), no space beside a Chinese character, as people's
    names are (`normalize_alias`, without its NFKC and colons: the name is kept as typed otherwise).

    「 客服 部 」 is 客服部; spaces between Latin words stay, folded to one (「VIP 客服部」 is VIP客服部, 「Team A」 stays).
    """
    return without_spaces_beside_wide(without_invisible(str(text or "")))


def normalize_dept_name(text: str | None) -> str:
    """A department's name as kept and compared (`normalize_name`)."""
    return normalize_name(text)


def name_alike(text: str) -> str:
    """What two names that read the same have in common: 服务 积分 is 服务积分, Sales is sales."""
    return normalize_name(text).casefold()


@dataclass(frozen=True)
class RedFlag:
    """A red flag (小红旗) for a department, from the shop's monthly pool; a revoked one is kept with its reason."""

    id: int
    number: str
    issuer_id: int
    dept_id: int
    issued: date
    reason: str
    revoked_at: str | None = None
    revoke_reason: str | None = None
