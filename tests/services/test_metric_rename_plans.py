"""A custom metric renamed keeps meaning the same metric wherever its former name was written: a plan's rule naming
it (a plan file may name a metric by its name), the command line's --metric. An approved month stays approved, and
its results as approved; a month computed again says the new name, also in a window open since before the rename."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month
from app.shop import Shop

SEP, OCT = Month(2026, 9), Month(2026, 10)


def _plan(word: str) -> dict:
    return {"name": "售后方案", "key": "after", "rules": [
        {"name": "积分奖", "kind": "threshold", "period": "month", "pays": "cash",
         "conditions": [{"metric": word, "op": ">=", "value": 50}], "amount": 100}]}


@pytest.fixture
def approved(shop, tmp_path):
    """服务积份 (a typo) named by its name in the plan in force; September approved on it."""
    metric = shop.metric_service.add_custom("服务积份", unit="score")
    shop.reload_metrics()
    person = shop.staff.add(StaffDraft(name="张伟", dept="售后部", hired=date(2024, 1, 1))).id
    for day in (date(2026, 9, 3), date(2026, 10, 3)):
        shop.data.set_text(day, person, shop.metrics.get(metric.key), "80")
    plan = tmp_path / "after.json"
    plan.write_text(json.dumps(_plan("服务积份"), ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(plan))
    shop.awards.approve(SEP, confirm=True)
    return metric


def _reopened(shop) -> Shop:
    path, today = shop.store.path, shop.today
    shop.close()
    return Shop.open(path, today)


def test_a_plan_naming_the_former_name_still_reads_the_metric(shop, approved):
    shop.metric_service.rename_custom(approved.key, "服务积分")
    shop = _reopened(shop)
    try:
        september = shop.awards.status(SEP)
        assert september.approved is not None and not september.changed
        assert [line.explanation for line in september.lines] == ["9月服务积份 80 ≥ 50 → 奖金 ¥100.00"]  # as approved
        october = shop.awards.status(OCT)
        assert [line.explanation for line in october.lines] == ["10月服务积分 80 ≥ 50 → 奖金 ¥100.00"]
        assert shop.metrics.get("服务积份").key == shop.metrics.get("服务积分").key == approved.key
    finally:
        shop.close()


def test_a_window_open_since_before_the_rename_computes_with_the_new_name(shop, approved):
    assert "服务积份" in shop.awards.status(OCT).lines[0].explanation
    shop.metric_service.rename_custom(approved.key, "服务积分")
    shop.reload_metrics()
    assert shop.awards.status(OCT).lines[0].explanation.startswith("10月服务积分 80")


def test_a_former_name_of_another_metric_is_refused(shop, approved):
    """A plan naming 服务积份 would read another metric, quietly, if a new metric took that name."""
    shop.metric_service.rename_custom(approved.key, "服务积分")
    other = shop.metric_service.add_custom("考核得分")
    logged = shop.store.audit.count()
    for write in (lambda: shop.metric_service.add_custom("服务积份"),
                  lambda: shop.metric_service.rename_custom(other.key, "服务 积份")):
        with pytest.raises(UserError, match="服务积分.*以前的名称"):
            write()
    assert shop.store.audit.count() == logged
    assert [m.name for m in shop.metric_service.registry().custom()] == ["服务积分", "考核得分"]


def test_renamed_back_the_metric_has_its_first_name(shop, approved):
    shop.metric_service.rename_custom(approved.key, "服务积分")
    shop.metric_service.rename_custom(approved.key, "服务积份")
    shop = _reopened(shop)
    try:
        assert [m.name for m in shop.metrics.custom()] == ["服务积份"]
        assert shop.metrics.get("服务积分").key == approved.key  # the plan may have been written meanwhile
        assert shop.awards.status(OCT).lines[0].explanation.startswith("10月服务积份 80")
    finally:
        shop.close()
