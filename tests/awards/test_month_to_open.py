"""The month the 评奖 page opens on: last month, unless it has no data at all and this month has."""

from datetime import date

import pytest

from app.awards.service import month_to_open
from app.domain import StaffDraft
from app.periods import Month

OCT, SEP = Month(2026, 10), Month(2026, 9)


@pytest.mark.parametrize(("months_with_data", "opened"), [
    ({SEP, OCT}, SEP),  # the month being judged
    ({SEP}, SEP),
    ({OCT}, OCT),  # a shop that started this month
    (set(), SEP),  # nothing anywhere: the usual month
])
def test_last_month_unless_only_this_month_has_data(months_with_data, opened):
    assert month_to_open(OCT, months_with_data.__contains__) == opened


def test_data_is_a_daily_value_or_an_imported_total_in_the_month(shop):
    assert shop.awards.month_to_open() == SEP  # an empty shop on 2026-10-20
    person = shop.staff.add(StaffDraft(name="王小美"))
    with shop.store.atomic():  # a month report's total for October, as an import stores it
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) "
                              "VALUES ('sales', '2026-10-01', '2026-10-19', ?, 100)", [person.id])
    assert shop.awards.month_to_open() == OCT
    shop.data.set_value(date(2026, 9, 30), person.id, shop.metrics.get("orders"), 3)
    assert shop.awards.month_to_open() == SEP
