"""Who received the most flowers in a month, as the office TV and the daily poster show them. Revoked flowers do
not count; a transfer does not move a flower received.

Apart from `standings`, whose red flags the board reads before its first paint: the board shows no flower leaders,
so its start makes no `FlowerLeader` (a frozen dataclass costs its module's import some 5 million instructions).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.periods import Month
from app.recognition.standings import team_names_of
from app.sorting import chinese_order
from app.store import Store

LEADING_PLACES = 3  # the month's flower leaders: the first three places (ties share one)
LEADERS_NAMED = 5  # past this many people (many tied), the rest are counted, not named


@dataclass(frozen=True)
class FlowerLeader:
    rank: int
    name: str
    received: int


def flower_leaders(store: Store, month: Month) -> list[FlowerLeader]:
    """Who received the most flowers in `month`: the first LEADING_PLACES places, ties sharing a place (1, 1, 3),
    by name within a place; nobody without a flower."""
    counts: dict[int, int] = {}
    for flower in store.flowers.between(month.start, month.end):
        if not flower.revoked_at:
            counts[flower.recipient_id] = counts.get(flower.recipient_id, 0) + 1
    people = {p.id: p for p in store.staff.list()}
    ordered = sorted((i for i in counts if i in people),
                     key=lambda i: (-counts[i], chinese_order(people[i].name), i))
    shown = team_names_of(people.values(), month, also=set(counts))
    leaders: list[FlowerLeader] = []
    for index, person_id in enumerate(ordered):
        count = counts[person_id]
        rank = leaders[-1].rank if leaders and leaders[-1].received == count else index + 1
        if rank > LEADING_PLACES:
            break
        leaders.append(FlowerLeader(rank, shown[person_id], count))
    return leaders
