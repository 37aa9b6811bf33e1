"""A setting that lists people (app.services.people_list), as the owner types it: a name and a number that
name two different people are refused, naming the field, rather than one of them taken silently."""

from __future__ import annotations

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.services.people_list import people_ids, people_text

LABEL = "其他按领导层限额发放的员工（姓名或编号）"


def test_a_name_with_another_persons_number_is_refused(shop):
    mei = shop.staff.add(StaffDraft(name="小美")).id
    hua = shop.staff.add(StaffDraft(name="阿花")).id
    with pytest.raises(UserError) as caught:
        people_ids(f"小美（#{hua}）", shop.staff.list(), LABEL)
    assert caught.value.message == f"「{LABEL}」：编号 {hua} 的员工是「阿花」，不是「小美」"
    assert people_ids(f"小美（#{mei}）， 阿花 (#{hua})", shop.staff.list(), LABEL) == [mei, hua]


def test_the_names_shown_are_read_back_as_the_same_people(shop):
    ids = [shop.staff.add(StaffDraft(name=name)).id for name in ("小美", "阿花", "小美")]
    staff = shop.staff.list()
    assert people_ids(people_text(ids, staff), staff, LABEL) == ids
