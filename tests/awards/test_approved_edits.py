"""Data of a period whose awards are approved changes only when confirmed — typed (`data set`, the grid, a
paste), an event added or deleted, a target — as an import does: unconfirmed, nothing is written and the CLI exits 2
naming --confirm-approved."""

from datetime import date
from decimal import Decimal

import pytest

from app.cli import main
from app.i18n import set_language
from app.periods import Quarter
from app.services.approved import ApprovedPeriodChange
from app.services.data import CellInput

from .conftest import OCT, SEP

pytestmark = pytest.mark.usefixtures("team")


@pytest.fixture
def approved(shop, team):
    shop.awards.approve(SEP)
    return team


def _dump(shop):
    return (shop.store.values.month_grid("sales", SEP.start, SEP.end),
            [(e.day, e.staff_id, e.type) for e in shop.events.between(SEP.start, SEP.end)])


def test_a_typed_value_in_an_approved_month_needs_confirming(shop, approved):
    sales = shop.metrics.get("sales")
    before = _dump(shop)
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.data.set_value(date(2026, 9, 20), approved["乙"], sales, 100)
    assert [p.key() for p in refused.value.periods] == ["2026-09"]
    assert "2026年9月" in refused.value.message and "乙" in refused.value.message
    assert _dump(shop) == before and not shop.awards.status(SEP).changed
    shop.data.set_value(date(2026, 9, 20), approved["乙"], sales, 100, confirm_approved=True)
    assert shop.awards.status(SEP).changed
    assert shop.store.audit.detail_of("data.set", "new", 100)["approved_periods"] == ["2026-09"]


def test_the_same_value_again_and_other_months_need_nothing(shop, approved):
    sales = shop.metrics.get("sales")
    shop.data.set_value(date(2026, 9, 3), approved["甲"], sales, 600_000)  # what it holds: no change
    shop.data.set_value(date(2026, 10, 3), approved["甲"], sales, 100)  # October is not approved


def test_a_paste_into_an_approved_month_is_refused_whole(shop, approved):
    sales = shop.metrics.get("sales")
    cells = [CellInput(approved["乙"], date(2026, 9, 20), "100"), CellInput(approved["乙"], date(2026, 10, 2), "5")]
    before = shop.store.values.month_grid("sales", date(2026, 9, 1), date(2026, 10, 31))
    with pytest.raises(ApprovedPeriodChange):
        shop.data.paste(sales, cells)
    assert shop.store.values.month_grid("sales", date(2026, 9, 1), date(2026, 10, 31)) == before
    assert shop.data.paste(sales, cells, confirm_approved=True).stored == 2


def test_events_of_an_approved_month_need_confirming(shop, approved):
    before = _dump(shop)
    with pytest.raises(ApprovedPeriodChange):
        shop.events.add(date(2026, 9, 15), approved["乙"], "投诉")
    complaint = next(e for e in shop.events.between(SEP.start, SEP.end) if e.type == "投诉")
    with pytest.raises(ApprovedPeriodChange):
        shop.events.delete_many([complaint.id])
    assert _dump(shop) == before
    shop.events.add(date(2026, 9, 15), approved["乙"], "投诉", confirm_approved=True)
    shop.events.delete_many([complaint.id], confirm_approved=True)
    shop.events.add(date(2026, 10, 15), approved["乙"], "投诉")  # October: not approved


def test_a_quarter_approved_holds_its_months(shop, team):
    shop.awards.approve(Quarter(2026, 3))
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.data.set_value(date(2026, 8, 5), team["乙"], shop.metrics.get("sales"), 100)
    assert [p.key() for p in refused.value.periods] == ["2026-Q3"]


def test_data_set_and_event_add_say_it_as_import_does(shop, approved, db_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    shop.close()
    head = ["--db", str(db_path), "--today", "2026-10-20"]
    capsys.readouterr()
    assert main([*head, "data", "set", "--date", "2026-09-20", "--staff", "乙", "--metric", "sales",
                 "--value", "100"]) == 2
    err = capsys.readouterr().err
    assert "2026年9月" in err and "--confirm-approved" in err
    assert main([*head, "event", "add", "--date", "2026-09-20", "--staff", "乙", "--type", "投诉"]) == 2
    assert "--confirm-approved" in capsys.readouterr().err
    assert main([*head, "data", "set", "--date", "2026-09-20", "--staff", "乙", "--metric", "sales",
                 "--value", "100", "--confirm-approved"]) == 0
    assert main([*head, "event", "add", "--date", "2026-09-20", "--staff", "乙", "--type", "投诉",
                 "--confirm-approved"]) == 0


def test_targets_of_an_approved_month_need_confirming(shop, approved):
    sales = shop.metrics.get("sales")
    targets = shop.targets.for_month(SEP)
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.targets.set_staff(SEP, approved["乙"], sales, 1_100_000)
    assert "2026年9月的目标" in refused.value.message
    with pytest.raises(ApprovedPeriodChange):
        shop.targets.raise_all(SEP, sales, Decimal(10))
    with pytest.raises(ApprovedPeriodChange):
        shop.targets.set_department(SEP, "客服部", sales, 1_000_000)
    assert shop.targets.for_month(SEP) == targets and not shop.awards.status(SEP).changed
    shop.targets.set_staff(SEP, approved["甲"], sales, 1_000_000)  # what it holds: no change
    changes = []
    shop.targets.set_staff(SEP, approved["乙"], sales, 1_100_000, changes=changes, confirm_approved=True)
    assert changes == [(approved["乙"], "sales", 1_200_000, 1_100_000)] and shop.awards.status(SEP).changed
    shop.targets.set_staff(OCT, approved["乙"], sales, 1_100_000)  # October: not approved


def test_target_set_says_it_as_import_does(shop, approved, db_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    shop.close()
    head = ["--db", str(db_path), "--today", "2026-10-20", "target", "set", "--month", "2026-09", "--staff", "乙",
            "--value", "11000"]
    capsys.readouterr()
    assert main(head) == 2 and "--confirm-approved" in capsys.readouterr().err
    assert main([*head, "--confirm-approved"]) == 0


def test_a_refused_paste_names_the_metric_in_the_language_shown(shop, approved):
    sales = shop.metrics.get("sales")
    set_language("en")
    try:
        with pytest.raises(ApprovedPeriodChange) as refused:
            shop.data.paste(sales, [CellInput(approved["乙"], date(2026, 9, 20), "100")])
        english = sales.shown_name
    finally:
        set_language("zh")
    assert english != sales.name and english in refused.value.message and sales.name not in refused.value.message


def test_a_confirmed_target_change_names_the_approved_periods_in_its_audit_row(shop, approved):
    sales = shop.metrics.get("sales")
    shop.targets.set_staff(SEP, approved["乙"], sales, 1_100_000, confirm_approved=True)
    assert shop.store.audit.detail_of("target.set", "new", 1_100_000)["approved_periods"] == ["2026-09"]
    shop.targets.raise_all(SEP, sales, Decimal(10), confirm_approved=True)
    assert shop.store.audit.detail_of("target.raise", "month", "2026-09")["approved_periods"] == ["2026-09"]
    shop.targets.set_staff(OCT, approved["乙"], sales, 1_300_000)  # October: not approved, nothing to name
    assert "approved_periods" not in shop.store.audit.detail_of("target.set", "new", 1_300_000)
