"""Roles typed on 设置 → 看板与小红花 with a space beside their Chinese (a Chinese input method's 「组 长」) are the
roles the staff have: the 组长 keep their pool, and a role written in both lists is refused however it is spaced."""

from __future__ import annotations

import pytest

from app import settings as declared
from app.errors import UserError
from app.recognition.scheme import LEADER, POOL, Scheme


def test_a_role_typed_with_a_space_is_the_staffs_role(small_team):
    shop, people = small_team
    shop.settings.set_many([(declared.FLOWER_LEADER_ROLES, ["店 长"]), (declared.FLOWER_MANAGER_ROLES, ["组\u3000长 "])])
    scheme = Scheme.from_settings(shop.settings)
    assert scheme.issuer_kind(shop.staff.get(people["王店长"])) == LEADER
    assert scheme.issuer_kind(shop.staff.get(people["赵组长"])) == POOL
    assert scheme.issuer_kind(shop.staff.get(people["小美"])) is None


def test_roles_are_kept_as_the_staff_have_them_once_each(small_team):
    shop, _people = small_team
    shop.settings.set(declared.FLOWER_LEADER_ROLES, ["店 长", "主管", "店长", " "])
    assert shop.settings.get(declared.FLOWER_LEADER_ROLES) == ["店长", "主管"]


def test_a_role_in_both_lists_is_refused_however_spaced(small_team):
    shop, _people = small_team
    with pytest.raises(UserError, match="组长"):
        shop.settings.set(declared.FLOWER_LEADER_ROLES, ["店长", "组 长"])
    assert shop.settings.get(declared.FLOWER_LEADER_ROLES) == ["店长", "主管"]
