"""A summed metric as it counts, read in one query (`ValueRepo.counted_sums`: the days cut where the imported
reports start and end, summed per person and part): for every person the reports that count plus the daily
values on the days none of them holds, as the days added up one by one give."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Staff
from app.store import open_store

START = date(2026, 10, 1)
day_numbers = st.integers(0, 9)  # few days: reports and daily values often meet
# per person: daily values on some days of October, and imported reports (first day, length, value)
amounts = st.integers(-10**6, 10**6)  # refunds make a day's value or a report's total negative
person = st.tuples(st.dictionaries(day_numbers, amounts, max_size=8),
                   st.lists(st.tuples(day_numbers, st.integers(0, 5), amounts), max_size=3))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    opened = open_store(tmp_path_factory.mktemp("counted") / "shop.db")
    for name in "甲乙丙":
        opened.staff.insert(Staff(id=0, name=name))
    yield opened
    opened.close()


def _write(store, people) -> dict[int, dict[str, int]]:
    with store.atomic():
        return _rows(store, people)


def _rows(store, people) -> dict[int, dict[str, int]]:
    store.db.execute("DELETE FROM daily_value")
    store.db.execute("DELETE FROM period_value")
    daily_of = {}
    for staff_id, (daily, reports) in enumerate(people, start=1):
        daily_of[staff_id] = {(START + timedelta(days=n)).isoformat(): v for n, v in daily.items()}
        for day, value in daily_of[staff_id].items():
            store.db.execute("INSERT INTO daily_value (metric, day, staff_id, value) VALUES ('m', ?, ?, ?)",
                             [day, staff_id, value])
        for first, length, value in reports:
            last = min(first + length, 30)
            store.db.execute("INSERT OR IGNORE INTO period_value (metric, start, end, staff_id, value) "
                             "VALUES ('m', ?, ?, ?, ?)", [(START + timedelta(days=first)).isoformat(),
                                                          (START + timedelta(days=last)).isoformat(), staff_id, value])
    return daily_of


@settings(deadline=None)  # a shared test machine
@given(people=st.lists(person, min_size=1, max_size=3), since=st.integers(0, 4), through=st.integers(0, 9))
def test_the_reports_that_count_and_the_days_none_of_them_holds(store, people, since, through):
    daily_of = _write(store, people)
    start, end = START + timedelta(days=since), START + timedelta(days=through)  # a span from mid-month too
    spans = store.values.imported_spans("m", start, end)
    expected = {}
    for staff_id, daily in daily_of.items():
        taken = spans.get(staff_id, [])
        within = [(day, v) for day, v in daily.items() if start.isoformat() <= day <= end.isoformat()]
        outside = [v for day, v in within if not any(s.first <= day <= s.last for s in taken)]
        if taken or within:
            expected[staff_id] = sum(s.value for s in taken) + sum(outside)
    assert store.values.counted_sums("m", start, end, spans) == expected
    assert store.values.with_imported_totals("m", start, end) == {sid: expected[sid] for sid in spans}
