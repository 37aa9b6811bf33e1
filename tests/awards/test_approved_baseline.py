"""The month before an approved month is its baseline when the approved plan compares with it (a step bonus over
last month, the best growth): changing its values or targets is asked about like the approved month itself —
and only then (events count in their own month; a plan that reads no last month is not asked about)."""

from datetime import date

import pytest

from app.cli import main
from app.periods import Quarter
from app.services.approved import ApprovedPeriodChange, reading_spans
from app.shop import Shop

from .conftest import AUG, SEP

pytestmark = pytest.mark.usefixtures("team")


@pytest.fixture
def approved(shop, team):
    shop.awards.approve(SEP)
    return team


def test_last_month_of_a_step_bonus_needs_confirming(shop, approved):
    sales = shop.metrics.get("sales")
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.data.set_value(date(2026, 8, 20), approved["甲"], sales, 100)
    assert [p.key() for p in refused.value.periods] == ["2026-09"]
    assert "对比的上期数据" in refused.value.message and "2026年9月" in refused.value.message
    assert shop.store.values.get("sales", date(2026, 8, 20), approved["甲"]) is None  # nothing written
    with pytest.raises(ApprovedPeriodChange):
        shop.targets.set_staff(AUG, approved["甲"], sales, 900_000)
    shop.data.set_value(date(2026, 8, 20), approved["甲"], sales, 100, confirm_approved=True)
    assert shop.awards.status(SEP).changed  # the approved result did depend on it


def test_events_of_last_month_and_months_no_rule_compares_with_are_not_asked(shop, approved):
    shop.events.add(date(2026, 8, 8), approved["甲"], "表扬")  # events count in their own month only
    sales = shop.metrics.get("sales")
    shop.data.set_value(date(2026, 7, 20), approved["甲"], sales, 100)  # two months before: not read
    assert not shop.awards.status(SEP).changed


def test_a_quarter_whose_plan_reads_no_previous_quarter_is_not_asked_about(shop, team):
    shop.awards.approve(Quarter(2026, 3))  # 季度排名奖 ranks the quarter's own sales
    sales = shop.metrics.get("sales")
    shop.data.set_value(date(2026, 6, 20), team["甲"], sales, 100)
    with pytest.raises(ApprovedPeriodChange):
        shop.data.set_value(date(2026, 7, 20), team["甲"], sales, 100)


def test_an_import_of_last_month_is_refused_unconfirmed(shop, approved, db_path, tmp_path, capsys):
    assert ("2026-09", date(2026, 8, 1), date(2026, 9, 30)) in reading_spans(shop.store)
    shop.close()
    csv = tmp_path / "八月销售.csv"
    csv.write_text("日期,客服,销售额\n2026-08-21,甲,500\n", encoding="utf-8")
    args = ["--db", str(db_path), "--today", "2026-10-20", "import", str(csv)]
    code = main(args)
    err = capsys.readouterr().err
    assert code == 2 and "--confirm-approved" in err
    assert "导入的数据是评奖已批准的期间 2026年9月 对比的上期数据" in err  # worded as a typed change is
    reopened = Shop.open(db_path, date(2026, 10, 20))
    assert reopened.store.values.get("sales", date(2026, 8, 21), approved["甲"]) is None
    reopened.close()
    assert main([*args, "--confirm-approved"]) == 0
