"""A person's recent months for the board's detail view: daily data, or an imported month total."""

from datetime import date

from app.domain import StaffDraft
from app.periods import Month
from app.reports.person import recent_months

OCT = Month(2026, 10)


def test_a_month_known_only_from_an_imported_month_total_has_data(shop):
    mei = shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1)))
    gang = shop.staff.add(StaffDraft(name="小刚", hired=date(2025, 1, 1)))
    with shop.store.atomic():  # a 赤兔 month report: one row per person, no dates
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) "
                              "VALUES ('sales', '2026-10-01', '2026-10-31', ?, ?)", [mei.id, 8_032_015])
    shop.data.set_value(date(2026, 9, 3), gang.id, shop.metrics.get("sales"), 120_000)
    months = {m.month: m for m in recent_months(shop.store, mei, OCT)}
    assert (months[OCT].value, months[OCT].has_data) == (8_032_015, True)
    assert (months[Month(2026, 9)].value, months[Month(2026, 9)].has_data) == (0, False)  # nothing recorded
    september = {m.month: m for m in recent_months(shop.store, gang, OCT)}[Month(2026, 9)]
    assert (september.value, september.has_data) == (120_000, True)
