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


def test_a_person_saved_without_a_change_leaves_no_audit_entry(svc_shop):
    # the staff dialog's OK with nothing changed logged 「修改员工 小美（#1）」 with the same before and after
    person = svc_shop.staff.add(StaffDraft(name="小美", aliases=("旗舰店:小美",), dept="客服部", hired=date(2025, 1, 1)))
    same = StaffDraft(name=person.name, aliases=person.aliases, dept=person.dept, role=person.role, hired=person.hired)
    logged = svc_shop.store.audit.count()
    assert svc_shop.staff.edit(person.id, same) == person
    assert svc_shop.store.audit.count() == logged
    svc_shop.staff.edit(person.id, StaffDraft(name="小美", dept="客服部", hired=date(2025, 1, 1)))  # alias removed
    assert svc_shop.store.audit.count() == logged + 1


def test_a_leaving_date_corrected_to_the_date_it_already_had_leaves_no_audit_entry(svc_shop):
    # 更改离职日期 saved without changing the date logged 「周杰（#1）的离职日期由 2026-10-05 改为 2026-10-05」
    person = svc_shop.staff.add(StaffDraft(name="周杰", hired=date(2025, 1, 1)))
    svc_shop.staff.leave(person.id, date(2026, 10, 5))
    logged = svc_shop.store.audit.count()
    assert svc_shop.staff.leave(person.id, date(2026, 10, 5)).left == date(2026, 10, 5)
    assert svc_shop.store.audit.count() == logged
