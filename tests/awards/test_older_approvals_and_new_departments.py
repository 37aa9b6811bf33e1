"""Months approved by an earlier version were stamped with every department of their plans, those without anyone
too, and with leave dates after the period: a department added since, or a leave after the period entered since,
must not mark them changed, as neither marks a month approved today."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.domain import StaffDraft
from app.periods import Month
from app.shop import Shop

SCHEMA_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"


@pytest.mark.parametrize("version", [9, 10])
def test_a_department_added_since_leaves_an_older_approval_unchanged(tmp_path, version):
    path = tmp_path / "shop.db"
    shutil.copyfile(SCHEMA_FIXTURES / f"v{version}.sqlite", path)
    shop = Shop.open(path, date(2026, 11, 20))
    try:
        assert not shop.awards.status(Month(2026, 10)).changed
        shop.staff.add_department("运营部")
        shop.staff.add(StaffDraft(name="新人", dept="运营部", hired=date(2026, 11, 10)))
        review = shop.awards.status(Month(2026, 10))
        assert review.approved is not None
        assert not review.changed and review.plan_change == ""
    finally:
        shop.close()


@pytest.mark.parametrize("version", [8, 9, 10])
def test_a_leave_after_the_period_leaves_an_older_approval_unchanged(tmp_path, version):
    path = tmp_path / "shop.db"
    shutil.copyfile(SCHEMA_FIXTURES / f"v{version}.sqlite", path)
    shop = Shop.open(path, date(2026, 11, 20))
    try:
        leaving = next(p for p in shop.staff.list() if p.name == "黄俊")
        shop.staff.leave(leaving.id, date(2026, 11, 15))
        assert not shop.awards.status(Month(2026, 10)).changed
    finally:
        shop.close()


def test_a_real_change_still_shows_in_an_older_approval(tmp_path):
    path = tmp_path / "shop.db"
    shutil.copyfile(SCHEMA_FIXTURES / "v9.sqlite", path)
    shop = Shop.open(path, date(2026, 11, 20))
    try:
        shop.staff.add_department("运营部")
        person = shop.staff.list()[0]
        shop.data.set_value(date(2026, 10, 8), person.id, shop.metrics.get("sales"), 123456, confirm_approved=True)
        assert shop.awards.status(Month(2026, 10)).changed
    finally:
        shop.close()
