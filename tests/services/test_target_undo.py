"""Undo of target writes: every write says what it changed, and TargetService.restore puts back — in one audited
transaction — only the targets still holding what that write left there."""

import json
from datetime import date
from decimal import Decimal

import pytest

from app.domain import StaffDraft
from app.periods import Month
from app.security import PinRequired
from app.shop import Shop

OCT = Month(2026, 10)
TODAY = date(2026, 10, 20)


@pytest.fixture
def team(svc_shop):
    """小美 and 小刚 in 客服部 with October sales targets, 老王 in 售后部 without, a shop target."""
    a = svc_shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2025, 1, 1))).id
    b = svc_shop.staff.add(StaffDraft(name="小刚", dept="客服部", hired=date(2025, 6, 1))).id
    c = svc_shop.staff.add(StaffDraft(name="老王", dept="售后部")).id
    sales = svc_shop.metrics.get("sales")
    svc_shop.targets.set_staff(OCT, a, sales, 1_000_000)
    svc_shop.targets.set_staff(OCT, b, sales, 800_000)
    svc_shop.targets.set_shop(OCT, sales, 3_000_000)
    return a, b, c


def _all(shop, month=OCT):
    return shop.targets.for_month(month), shop.targets.shop_for_month(month)


def _undo_rows(shop):
    return [json.loads(detail) for (detail,) in shop.store.db.execute(
        "SELECT detail FROM audit WHERE action = 'target.undo' ORDER BY id")]


def test_a_paste_says_what_it_changed_and_restore_puts_it_all_back_in_one_audited_step(svc_shop, team):
    a, b, c = team
    sales, orders = svc_shop.metrics.get("sales"), svc_shop.metrics.get("orders")
    before = _all(svc_shop)
    changes = []
    saved, refused = svc_shop.targets.set_many(OCT, [(a, sales, "20000"), (b, sales, ""), (c, orders, "300"),
                                                     (None, sales, "¥50,000"), (a, orders, "abc")], changes=changes)
    assert (saved, len(refused)) == (4, 1)
    assert sorted(changes, key=str) == sorted([(a, "sales", 1_000_000, 2_000_000), (b, "sales", 800_000, None),
                                               (c, "orders", None, 300), (None, "sales", 3_000_000, 5_000_000)],
                                              key=str)  # the refused entry is not a change
    audit_before = svc_shop.store.audit.count()
    assert svc_shop.targets.restore(OCT, changes) == (4, 0)
    assert _all(svc_shop) == before  # a cleared target is back, a new one gone, the shop's own target back
    assert svc_shop.store.audit.count() == audit_before + 1
    assert svc_shop.store.audit.recent(1)[0].action == "target.undo"
    assert "恢复 4 项" in svc_shop.store.audit.recent(1)[0].summary
    assert sorted(_undo_rows(svc_shop)[0]["cells"], key=str) == sorted(
        [[a, "sales", 1_000_000, 2_000_000], [b, "sales", 800_000, None], [c, "orders", None, 300],
         [None, "sales", 3_000_000, 5_000_000]], key=str)


def test_a_target_changed_since_is_left_alone(svc_shop, team):
    a, b, _c = team
    sales = svc_shop.metrics.get("sales")
    changes = []
    svc_shop.targets.set_many(OCT, [(a, sales, "20000"), (b, sales, "30000"), (None, sales, "90000")],
                              changes=changes)
    svc_shop.targets.set_staff(OCT, b, sales, 4_200_000)  # typed again afterwards
    svc_shop.targets.set_shop(OCT, sales, None)  # and the shop's own target cleared
    assert svc_shop.targets.restore(OCT, changes) == (1, 2)
    staff, shop = _all(svc_shop)
    assert staff == {(a, "sales"): 1_000_000, (b, "sales"): 4_200_000} and shop == {}
    assert [[a, "sales", 1_000_000, 2_000_000]] == _undo_rows(svc_shop)[0]["cells"]


def test_when_everything_changed_since_nothing_is_written_or_logged(svc_shop, team):
    a, _b, _c = team
    sales = svc_shop.metrics.get("sales")
    changes = []
    svc_shop.targets.set_staff(OCT, a, sales, 2_000_000, changes=changes)
    assert changes == [(a, "sales", 1_000_000, 2_000_000)]
    svc_shop.targets.set_staff(OCT, a, sales, 2_500_000)
    audit_before = svc_shop.store.audit.count()
    assert svc_shop.targets.restore(OCT, changes) == (0, 1)
    assert svc_shop.targets.for_month(OCT)[(a, "sales")] == 2_500_000
    assert svc_shop.store.audit.count() == audit_before


def test_restore_is_all_or_nothing(svc_shop, team, monkeypatch):
    a, b, _c = team
    sales = svc_shop.metrics.get("sales")
    changes = []
    svc_shop.targets.set_many(OCT, [(a, sales, "1"), (b, sales, "2"), (None, sales, "3")], changes=changes)
    after = _all(svc_shop)
    audit_before = svc_shop.store.audit.count()

    def broken(*_args):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(svc_shop.store.targets, "set_shop_target", broken)  # the people's targets go first
    with pytest.raises(RuntimeError):
        svc_shop.targets.restore(OCT, sorted(changes, key=lambda cell: cell[0] is None))
    assert _all(svc_shop) == after and svc_shop.store.audit.count() == audit_before


def test_a_locked_shop_refuses_to_restore(svc_shop, team, tmp_path):
    a, _b, _c = team
    sales = svc_shop.metrics.get("sales")
    changes = []
    svc_shop.targets.set_staff(OCT, a, sales, 2_000_000, changes=changes)
    svc_shop.security.set_pin("2468")
    locked = Shop.open(tmp_path / "shop.db", TODAY)
    try:
        with pytest.raises(PinRequired):
            locked.targets.restore(OCT, changes)
        assert locked.targets.for_month(OCT)[(a, "sales")] == 2_000_000
        locked.security.unlock("2468")
        assert locked.targets.restore(OCT, changes) == (1, 0)
        assert locked.targets.for_month(OCT)[(a, "sales")] == 1_000_000
    finally:
        locked.close()


def test_a_target_written_twice_in_one_action_goes_back_to_its_first_value(svc_shop, team):
    a, _b, _c = team
    sales = svc_shop.metrics.get("sales")
    changes = []
    svc_shop.targets.set_many(OCT, [(a, sales, "1"), (a, sales, "2")], changes=changes)
    assert changes == [(a, "sales", 1_000_000, 200)]
    assert svc_shop.targets.restore(OCT, changes) == (1, 0)
    assert svc_shop.targets.for_month(OCT)[(a, "sales")] == 1_000_000


def test_bulk_actions_say_what_they_changed_and_each_comes_back_in_one_restore(svc_shop, team):
    a, b, c = team
    sales, orders = svc_shop.metrics.get("sales"), svc_shop.metrics.get("orders")
    nov = OCT.next()
    svc_shop.targets.set_staff(nov, a, sales, 5)  # November has one target of its own already

    start = _all(svc_shop, nov)
    copied = []
    assert svc_shop.targets.copy_previous(nov, overwrite=True, changes=copied) == 3
    assert sorted(copied, key=str) == sorted([(a, "sales", 5, 1_000_000), (b, "sales", None, 800_000),
                                              (None, "sales", None, 3_000_000)], key=str)
    raised = []
    assert svc_shop.targets.raise_all(nov, sales, Decimal(10), changes=raised) == 3
    assert sorted(raised, key=str) == sorted([(a, "sales", 1_000_000, 1_100_000), (b, "sales", 800_000, 880_000),
                                              (None, "sales", 3_000_000, 3_300_000)], key=str)
    dept = []
    assert svc_shop.targets.set_department(nov, "售后部", orders, 250, changes=dept) == 1
    assert dept == [(c, "orders", None, 250)]

    assert svc_shop.targets.restore(nov, dept) == (1, 0)
    assert svc_shop.targets.restore(nov, raised) == (3, 0)
    assert _all(svc_shop, nov) == ({(a, "sales"): 1_000_000, (b, "sales"): 800_000}, {"sales": 3_000_000})
    assert svc_shop.targets.restore(nov, copied) == (3, 0)
    assert _all(svc_shop, nov) == start
    assert _all(svc_shop) == ({(a, "sales"): 1_000_000, (b, "sales"): 800_000}, {"sales": 3_000_000})  # October
    assert len(_undo_rows(svc_shop)) == 3


def test_putting_back_a_target_of_a_month_approved_since_needs_confirming(svc_shop, team):
    from app.services.approved import ApprovedPeriodChange

    a, _b, _c = team
    changes = []
    svc_shop.targets.set_staff(OCT, a, svc_shop.metrics.get("sales"), 1_500_000, changes=changes)
    svc_shop.awards.plans.use("taobao-kefu")
    svc_shop.awards.approve(OCT, confirm=True)  # October has not ended on the 20th
    with pytest.raises(ApprovedPeriodChange) as refused:
        svc_shop.targets.restore(OCT, changes)
    assert [p.key() for p in refused.value.periods] == ["2026-10"]
    assert svc_shop.store.targets.staff_target("2026-10", a, "sales") == 1_500_000 and _undo_rows(svc_shop) == []
    assert svc_shop.targets.restore(OCT, changes, confirm_approved=True) == (1, 0)
    assert svc_shop.store.targets.staff_target("2026-10", a, "sales") == 1_000_000
    assert _undo_rows(svc_shop)[0]["approved_periods"] == ["2026-10"]
