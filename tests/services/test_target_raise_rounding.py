"""全部上调 N% rounding the raised money targets to round figures (取整到十元/百元/千元), half up, in fen."""

from datetime import date
from decimal import Decimal

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month

OCT = Month(2026, 10)


@pytest.fixture
def people(svc_shop):
    return [svc_shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2025, 1, 1)))
            for name in ("小美", "老王")]


def test_raised_money_targets_go_to_the_round_figure_chosen(svc_shop, people):
    sales = svc_shop.metrics.get("sales")
    a, b = people
    svc_shop.targets.set_staff(OCT, a.id, sales, 1_234_500)  # ¥12,345 × 1.07 = ¥13,209.15
    svc_shop.targets.set_staff(OCT, b.id, sales, 1_200_000)  # ¥12,000 × 1.07 = ¥12,840.00
    svc_shop.targets.set_shop(OCT, sales, 2_434_500)
    changes: list = []
    assert svc_shop.targets.raise_all(OCT, sales, Decimal(7), round_to_yuan=10, changes=changes) == 3
    assert changes == [(a.id, "sales", 1_234_500, 1_321_000), (b.id, "sales", 1_200_000, 1_284_000),
                       (None, "sales", 2_434_500, 2_605_000)]  # the shop's ¥26,049.15 → ¥26,050
    entry = svc_shop.store.audit.recent(1)[0]
    assert entry.summary == "2026年10月 全部销售额目标调整 7%，取整到十元"
    assert svc_shop.store.audit.detail_of("target.raise", "month", "2026-10")["round_to_yuan"] == 10


@pytest.mark.parametrize(("round_to", "target", "percent", "expected"), [
    (0, 1_234_500, 7, 1_320_915),      # 不取整: to the fen, as before
    (10, 1_234_500, 7, 1_321_000),     # ¥13,209.15 → ¥13,210
    (100, 1_234_500, 7, 1_320_000),    # → ¥13,200
    (1000, 1_234_500, 7, 1_300_000),   # → ¥13,000
    (10, 1_234_500, 0, 1_235_000),     # ¥12,345 exactly half way: half up → ¥12,350
    (100, 100_000, Decimal("0.5"), 100_000),   # ¥1,005 → ¥1,000 (below half of 100)
    (10, 100_000, Decimal("0.5"), 101_000),    # ¥1,005 → ¥1,010 (half up)
    (1000, 2_449_999, 2, 2_500_000),   # ¥24,499.99 × 1.02 = ¥24,989.99… → ¥25,000
])
def test_rounding_is_half_up_from_the_exact_raise(svc_shop, people, round_to, target, percent, expected):
    sales = svc_shop.metrics.get("sales")
    svc_shop.targets.set_staff(OCT, people[0].id, sales, target)
    svc_shop.targets.raise_all(OCT, sales, Decimal(percent), round_to_yuan=round_to)
    assert svc_shop.store.targets.staff_target("2026-10", people[0].id, "sales") == expected


def test_a_target_rounded_to_nothing_is_refused_and_nothing_changes(svc_shop, people):
    sales = svc_shop.metrics.get("sales")
    a, b = people
    svc_shop.targets.set_staff(OCT, a.id, sales, 3_000_000)
    svc_shop.targets.set_staff(OCT, b.id, sales, 30_000)  # ¥300 lowered 10% is ¥270: ¥0 to the thousand
    with pytest.raises(UserError, match="调整 -10% 并取整到千元后 老王 的销售额目标会变成 0"):
        svc_shop.targets.raise_all(OCT, sales, Decimal(-10), round_to_yuan=1000)
    assert svc_shop.targets.for_month(OCT) == {(a.id, "sales"): 3_000_000, (b.id, "sales"): 30_000}


def test_only_money_targets_are_rounded_to_yuan(svc_shop, people):
    orders = svc_shop.metrics.get("orders")
    svc_shop.targets.set_staff(OCT, people[0].id, orders, 10)
    with pytest.raises(ValueError):
        svc_shop.targets.raise_all(OCT, orders, Decimal(5), round_to_yuan=10)
    assert svc_shop.targets.for_month(OCT) == {(people[0].id, "orders"): 10}
