"""A department renamed to the name it has (typed again, or with a space beside its Chinese, 「客服 部」) changes
nothing: no row in the 操作日志 saying 客服部 was renamed 客服部, no former name kept."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("typed", ["客服部", " 客服 部 ", "客服\u200b部"])
def test_a_rename_to_the_same_name_writes_nothing(shop, typed):
    dept = shop.staff.add_department("客服部")
    logged = shop.store.audit.count()
    assert shop.staff.rename_department(dept.id, typed) == ""
    assert shop.store.audit.count() == logged
    assert shop.store.departments.former_names() == []
    assert [d.name for d in shop.store.departments.list()] == ["客服部"]
