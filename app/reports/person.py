"""One person's recent history for the board's detail view."""

from __future__ import annotations

from dataclasses import dataclass

from app import settings as declared
from app.awards.model import own_words_shown
from app.domain import Staff
from app.periods import Month, newest_first, parse_period
from app.services.progress import month_to_date, prorated
from app.store import Store


@dataclass(frozen=True)
class MonthAchievement:
    month: Month
    value: int
    target: int | None
    has_data: bool = True  # False: nothing recorded that month (not the same as a month of ¥0.00)

    @property
    def achieved_pct(self) -> float | None:
        return self.value * 100 / self.target if self.target else None


def recent_months(store: Store, person: Staff, month: Month, metric: str = "sales", count: int = 6
                  ) -> list[MonthAchievement]:
    """The last `count` months up to and including `month`, oldest first; a target scaled to the days employed
    when the shop prorates, as on the board."""
    prorate = bool(store.settings.get(declared.PRORATE_TARGETS.key))
    result = []
    for back in range(count - 1, -1, -1):
        m = month.shift(-back)
        sums = month_to_date(store, metric, m, m.end)  # daily data, else an imported month total
        target = store.targets.staff_target(m.key(), person.id, metric)
        if prorate and target:
            target = prorated(target, person, m)
        result.append(MonthAchievement(m, sums.get(person.id, 0), target, person.id in sums))
    return result


@dataclass(frozen=True)
class AwardReceived:
    period: str
    award: str
    kind: str
    amount_fen: int
    item: str | None


def approved_awards(store: Store, person: Staff, limit: int = 20) -> list[AwardReceived]:
    """The person's lines in approved award runs, newest period first; the app's own words (调整, 奖品) in the
    language of the moment, as the 评奖 page says them (an approval keeps them in Chinese)."""
    found: list[AwardReceived] = []
    for period in (p.key() for p in newest_first(map(parse_period, store.awards.approved_periods()))):
        run = store.awards.current_run(period)
        if run is None:
            continue
        for line in store.awards.lines(run.id):
            if line.recipient_type == "staff" and line.staff_id == person.id:
                found.append(AwardReceived(period, own_words_shown(line.award) or "", line.kind, line.amount_fen,
                                           own_words_shown(line.item)))
        if len(found) >= limit:
            break
    return found[:limit]
