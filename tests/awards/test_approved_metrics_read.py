"""A change to values or targets is asked about only in the approved periods whose plans read its metric: a 2026年度
or 下半年 whose plans read no 销售额 is no longer asked about (and said to "be marked changed") on every correction
of December's 销售额 — it would show unchanged afterwards. Where the plans cannot be read, it is asked as before."""

from datetime import date

import pytest

from app.cli import main
from app.periods import HalfYear, Quarter, Year
from app.services.approved import ApprovedPeriodChange
from app.shop import Shop

from .conftest import SEP

Q3 = Quarter(2026, 3)


@pytest.fixture
def approved(shop, team):
    """The third quarter (its ranking reads 销售额), the second half and the year (no rule of theirs) approved."""
    for period in (Q3, HalfYear(2026, 2), Year(2026)):
        shop.awards.approve(period, confirm=True)
    return team


def test_a_value_no_approved_plan_reads_is_changed_without_asking(shop, approved):
    orders = shop.metrics.get("orders")
    shop.data.set_value(date(2026, 9, 20), approved["甲"], orders, 5)  # no question: nothing reads 订单数
    shop.targets.set_staff(SEP, approved["甲"], orders, 100)
    assert not any(shop.awards.status(p).changed for p in (Q3, HalfYear(2026, 2), Year(2026)))


def test_a_value_read_asks_only_about_the_periods_that_read_it(shop, approved):
    sales = shop.metrics.get("sales")
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.data.set_value(date(2026, 9, 20), approved["甲"], sales, 100)
    assert refused.value.periods == [Q3]  # not the half-year nor the year: their plans read no 销售额
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.targets.set_staff(SEP, approved["甲"], sales, 900_000)
    assert refused.value.periods == [Q3]
    assert shop.data.approved_reading(SEP, ["sales"])[0][0] == Q3
    assert [p for p, _base, _day in shop.data.approved_reading(SEP, ["orders"])] == []


def test_the_periods_asked_about_are_listed_newest_first(shop, team):
    shop.awards.approve(Q3, confirm=True)
    shop.awards.approve(SEP, confirm=True)
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.data.set_value(date(2026, 9, 20), team["甲"], shop.metrics.get("sales"), 100)
    assert refused.value.periods == [Q3, SEP]
    assert "2026年第三季度、2026年9月" in refused.value.message


def test_a_period_whose_plans_cannot_be_read_is_asked_about(shop, approved, monkeypatch):
    from app.services import approved as approved_module

    monkeypatch.setattr(approved_module, "_approved_plans", lambda *_args, **_kw: None)
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.data.set_value(date(2026, 9, 20), approved["甲"], shop.metrics.get("orders"), 5)
    assert set(refused.value.periods) == {Q3, HalfYear(2026, 2), Year(2026)}


def test_an_import_of_a_metric_no_approved_plan_reads_needs_no_confirming(shop, approved, db_path, tmp_path,
                                                                         capsys):
    shop.close()
    csv = tmp_path / "九月订单.csv"
    csv.write_text("日期,客服,订单数\n2026-09-21,甲,7\n", encoding="utf-8")
    assert main(["--db", str(db_path), "--today", "2026-10-20", "import", str(csv)]) == 0, capsys.readouterr().err
    sales = tmp_path / "九月销售.csv"
    sales.write_text("日期,客服,销售额\n2026-09-21,甲,500\n", encoding="utf-8")
    assert main(["--db", str(db_path), "--today", "2026-10-20", "import", str(sales)]) == 2
    err = capsys.readouterr().err
    assert "2026年第三季度" in err and "2026年度" not in err and "下半年" not in err, err
    reopened = Shop.open(db_path, date(2026, 10, 20))
    assert reopened.store.values.get("orders", date(2026, 9, 21), approved["甲"]) == 7
    reopened.close()
