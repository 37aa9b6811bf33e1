"""A mean's daily values added up per person in SQL (`ValueRepo.mean_parts`) and joined per team
(`MeanParts`) give the mean of all the days, to the unit, as the days read one by one did."""

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import Staff
from app.metrics import MeanParts, Metric
from app.store import open_store

START = date(2026, 10, 1)
WEIGHTED = Metric(key="m", name="响应", unit="s", aggregation="weighted", weight="w")
PLAIN = Metric(key="m", name="满意", unit="percent", aggregation="mean")

# per person: up to 10 days of (value, weight: None = no weight recorded that day, 0 or less = not counted)
days = st.lists(st.tuples(st.integers(0, 10**7), st.one_of(st.none(), st.integers(-5, 10**5))), max_size=10)


def reference_mean(metric: Metric, daily: list[tuple[int, int | None]]) -> int | None:
    """The mean as it was computed from the days themselves before they were added up in SQL."""
    if not daily:
        return None
    weighted = [(v, w) for v, w in daily if w is not None and w > 0]
    if metric.aggregation == "weighted" and weighted:
        num = sum(Decimal(v) * w for v, w in weighted)
        return int((num / sum(w for _, w in weighted)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    values = [v for v, _ in daily]
    return int((Decimal(sum(values)) / len(values)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    opened = open_store(tmp_path_factory.mktemp("means") / "shop.db")
    for name in "甲乙丙":
        opened.staff.insert(Staff(id=0, name=name))
    yield opened
    opened.close()


def _write(store, people: list[list[tuple[int, int | None]]]) -> dict[int, list[tuple[int, int | None]]]:
    store.db.execute("DELETE FROM daily_value")
    written = {}
    for staff_id, daily in enumerate(people, start=1):
        for i, (value, weight) in enumerate(daily):
            day = (START + timedelta(days=i)).isoformat()
            store.db.execute("INSERT INTO daily_value (metric, day, staff_id, value) VALUES ('m', ?, ?, ?)",
                             [day, staff_id, value])
            if weight is not None:
                store.db.execute("INSERT INTO daily_value (metric, day, staff_id, value) VALUES ('w', ?, ?, ?)",
                                 [day, staff_id, weight])
        if daily:
            written[staff_id] = daily
    return written


@given(people=st.lists(days, min_size=1, max_size=3), metric=st.sampled_from([WEIGHTED, PLAIN]))
def test_each_persons_and_the_teams_mean_are_those_of_their_days(store, people, metric):
    written = _write(store, people)
    weight = metric.weight if metric.aggregation == "weighted" else None
    found = {sid: MeanParts(*sums) for sid, sums in
             store.values.mean_parts("m", weight, START, START + timedelta(30)).items()}
    assert sorted(found) == sorted(written)  # everyone with a day, nobody else
    for sid, daily in written.items():
        shown = [(v, w if weight else None) for v, w in daily]
        assert found[sid].value(metric) == reference_mean(metric, shown)
        assert found[sid] == MeanParts.of(shown)
    team = sum(found.values(), MeanParts())
    everyone = [(v, w if weight else None) for daily in written.values() for v, w in daily]
    assert team.value(metric) == reference_mean(metric, everyone)


def test_only_the_days_of_the_span_count(store):
    _write(store, [[(100, 1)] * 10])
    found = store.values.mean_parts("m", "w", START + timedelta(2), START + timedelta(4))
    assert found == {1: (3, 300, 3, 300, 3)}


def test_no_days_no_mean():
    assert MeanParts().value(WEIGHTED) is None
