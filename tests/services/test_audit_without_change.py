"""The 操作日志 lists changes: a value or a target written again as it already was (a cell's editor opened and left
with Enter, a scheduled `data set` run twice) changes nothing and leaves no 「¥100.00 → ¥100.00」 entry."""

from datetime import date

from app.domain import StaffDraft
from app.periods import Month


def test_a_value_or_target_written_as_it_was_leaves_no_audit_entry(svc_shop):
    person = svc_shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1)))
    sales = svc_shop.metrics.get("sales")
    writes = [lambda value: svc_shop.data.set_value(date(2026, 10, 5), person.id, sales, value),
              lambda value: svc_shop.targets.set_staff(Month(2026, 10), person.id, sales, value),
              lambda value: svc_shop.targets.set_shop(Month(2026, 10), sales, value)]
    for write in writes:
        write(10_000)
        logged = svc_shop.store.audit.count()
        write(10_000)
        assert svc_shop.store.audit.count() == logged
        write(20_000)  # a change is logged as before
        assert svc_shop.store.audit.count() == logged + 1
    assert svc_shop.data.month_grid(sales, Month(2026, 10)) == {(person.id, date(2026, 10, 5)): 20_000}
