"""Flowers about to lapse: the valid ones a person holds whose last valid day comes within `NOTICE_DAYS`, said on the
小红花 page, in the person's detail and by `honghua flowers list|board --json`, so the owner hears of them before
they expire (「3 朵将于 12月31日 到期」). `today` is the shop's (`--today` respected)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.flowers import Flower
from app.i18n import t
from app.periods import shown_month_day

NOTICE_DAYS = 30  # a month ahead: time to use a flower, or pass it on, before it lapses


def expiring_soon(flower: Flower, today: date) -> bool:
    """Held and valid today (as `RecognitionService.held` counts it), its last valid day within NOTICE_DAYS."""
    return (flower.status(today) == "valid" and flower.issued <= today
            and flower.valid_through <= today + timedelta(days=NOTICE_DAYS))


@dataclass(frozen=True)
class Expiring:
    """A person's flowers about to lapse: how many, and the first and last of their last valid days."""

    count: int
    first: date
    last: date

    def dates(self) -> str:
        """「12月31日」, or 「12月5日 至 12月31日」 when they lapse on several days."""
        if self.first == self.last:
            return shown_month_day(self.first)
        return t("{first} 至 {last}", first=shown_month_day(self.first), last=shown_month_day(self.last))

    def sentence(self) -> str:
        """「3 朵将于 12月31日 到期」."""
        if self.first == self.last:
            return t("{n} 朵将于 {day} 到期", n=self.count, day=shown_month_day(self.first))
        return t("{n} 朵将于 {first} 至 {last} 陆续到期", n=self.count, first=shown_month_day(self.first),
                 last=shown_month_day(self.last))


def by_holder(flowers: Iterable[Flower], today: date) -> dict[int, Expiring]:
    """Each holder's flowers about to lapse (holders with none left out)."""
    days: dict[int, list[date]] = {}
    for flower in flowers:
        if expiring_soon(flower, today):
            days.setdefault(flower.holder_id, []).append(flower.valid_through)
    return {holder: Expiring(len(lapse), min(lapse), max(lapse)) for holder, lapse in days.items()}
