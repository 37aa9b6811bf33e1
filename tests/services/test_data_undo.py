"""Undo of daily-value writes: each write says what it replaced (read in its own transaction), and
DataService.restore puts back — in one audited transaction — only the cells still holding what was written."""

import json
from datetime import date

import pytest

from app.domain import StaffDraft
from app.services.data import CellInput

D1, D2 = date(2026, 10, 1), date(2026, 10, 2)


@pytest.fixture
def people(svc_shop):
    a = svc_shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1))).id
    b = svc_shop.staff.add(StaffDraft(name="小刚", hired=date(2025, 1, 1))).id
    return a, b


def _undo_rows(shop):
    return [json.loads(detail) for (detail,) in shop.store.db.execute(
        "SELECT detail FROM audit WHERE action = 'data.undo' ORDER BY id")]


def test_writes_say_what_they_replaced(svc_shop, people):
    a, b = people
    sales = svc_shop.metrics.get("sales")
    assert svc_shop.data.set_value(D1, a, sales, 100) is None
    assert svc_shop.data.set_value(D1, a, sales, 250) == 100
    result = svc_shop.data.paste(sales, [CellInput(a, D1, "300"), CellInput(b, D1, "7"), CellInput(b, D2, "几")])
    assert result.changes == [(a, D1, 250, 30000), (b, D1, None, 700)]  # the refused cell changed nothing


def test_restore_puts_back_what_is_unchanged_and_leaves_the_rest(svc_shop, people):
    a, b = people
    sales = svc_shop.metrics.get("sales")
    svc_shop.data.set_value(D1, a, sales, 100)
    changes = svc_shop.data.paste(sales, [CellInput(a, D1, "2"), CellInput(b, D1, "3")]).changes
    svc_shop.data.set_value(D1, b, sales, 999)  # changed again since the paste
    assert svc_shop.data.restore(sales, changes) == (1, 1)
    assert svc_shop.store.values.get("sales", D1, a) == 100
    assert svc_shop.store.values.get("sales", D1, b) == 999
    assert _undo_rows(svc_shop) == [{"metric": "sales", "cells": [[a, "2026-10-01", 100]]}]


def test_restore_with_nothing_to_put_back_logs_nothing(svc_shop, people):
    a, _b = people
    sales = svc_shop.metrics.get("sales")
    changes = svc_shop.data.paste(sales, [CellInput(a, D1, "2")]).changes
    svc_shop.data.set_value(D1, a, sales, 5)
    assert svc_shop.data.restore(sales, changes) == (0, 1)
    assert _undo_rows(svc_shop) == []


def test_restore_is_all_or_nothing(svc_shop, people, monkeypatch):
    a, b = people
    sales = svc_shop.metrics.get("sales")
    changes = svc_shop.data.paste(sales, [CellInput(a, D1, "2"), CellInput(b, D1, "3")]).changes

    def broken_audit(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(svc_shop.store.audit, "add", broken_audit)
    with pytest.raises(RuntimeError):
        svc_shop.data.restore(sales, changes)
    assert svc_shop.store.values.get("sales", D1, a) == 200
    assert svc_shop.store.values.get("sales", D1, b) == 300


def test_putting_back_a_day_of_a_month_approved_since_needs_confirming(svc_shop, people):
    from app.periods import Month
    from app.services.approved import ApprovedPeriodChange

    a, _b = people
    sales = svc_shop.metrics.get("sales")
    day = date(2026, 9, 5)
    changes = [(a, day, svc_shop.data.set_value(day, a, sales, 100), 100)]
    svc_shop.awards.plans.use("taobao-kefu")
    svc_shop.awards.approve(Month(2026, 9))
    with pytest.raises(ApprovedPeriodChange) as refused:
        svc_shop.data.restore(sales, changes)
    assert [p.key() for p in refused.value.periods] == ["2026-09"] and "2026年9月" in refused.value.message
    assert svc_shop.store.values.get("sales", day, a) == 100 and _undo_rows(svc_shop) == []
    assert svc_shop.data.restore(sales, changes, confirm_approved=True) == (1, 0)
    assert svc_shop.store.values.get("sales", day, a) is None
    assert _undo_rows(svc_shop)[0]["approved_periods"] == ["2026-09"]
    assert svc_shop.awards.status(Month(2026, 9)).changed
