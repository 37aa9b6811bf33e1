"""A department named by the name it had before a rename (the owner's habit, a script written before): the refusal
names what it is called now, rather than a bare 「没有部门「客服部」」 that makes the department seem gone."""

from datetime import date

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month


def test_a_former_name_is_refused_naming_the_department_now(shop):
    shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 3, 1)))
    shop.staff.rename_department(shop.store.departments.by_name("客服部").id, "客服一部")
    with pytest.raises(UserError) as renamed:
        shop.staff.find_department("客服部")
    assert renamed.value.message == "没有部门「客服部」：它已改名为「客服一部」"
    with pytest.raises(UserError) as target:
        shop.targets.set_department(Month(2026, 10), "客服部", shop.metrics.get("sales"), 100_00)
    assert target.value.message == "没有部门「客服部」：它已改名为「客服一部」"
    with pytest.raises(UserError) as unknown:
        shop.staff.find_department("美工部")
    assert unknown.value.message == "没有部门「美工部」"
