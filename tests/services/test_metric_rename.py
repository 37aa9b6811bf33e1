"""A custom metric added with a typo can be renamed (it cannot be deleted): its values and targets follow it by
its code; the 操作日志 says so; a name the shop has, a built-in metric or an empty name are refused."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month


def test_a_renamed_metric_keeps_its_values_and_is_logged(shop):
    metric = shop.metric_service.add_custom("服务积份")
    person = shop.staff.add(StaffDraft("张伟", dept="售后部"))
    shop.reload_metrics()
    shop.data.set_text(date(2026, 10, 5), person.id, metric, "12")
    renamed = shop.metric_service.rename_custom(metric.key, " 服务 积分 ")
    assert renamed.name == "服务积分" and renamed.key == metric.key
    shop.reload_metrics()
    assert [m.name for m in shop.metrics.custom()] == ["服务积分"]
    assert shop.metrics.get("服务积分").key == metric.key
    assert shop.data.month_grid(shop.metrics.get(metric.key), Month(2026, 10)) == {(person.id, date(2026, 10, 5)): 1200}
    assert shop.store.audit.recent(1)[0].summary == f"指标 服务积份 改名为 服务积分（{metric.key}）"


@pytest.mark.parametrize(("typed", "why"), [("考核得分", "已存在"), ("销售额", "已存在"), ("Sales", "销售额"),
                                            ("  ", "不能为空")])
def test_a_name_that_cannot_be_is_refused_and_nothing_changes(shop, typed, why):
    shop.metric_service.add_custom("考核得分")
    metric = shop.metric_service.add_custom("服务积份")
    logged = shop.store.audit.count()
    with pytest.raises(UserError, match=why):
        shop.metric_service.rename_custom(metric.key, typed)
    assert [m.name for m in shop.metric_service.registry().custom()] == ["考核得分", "服务积份"]
    assert shop.store.audit.count() == logged


def test_a_built_in_metric_keeps_its_name(shop):
    with pytest.raises(UserError, match="内置指标不能改名"):
        shop.metric_service.rename_custom("sales", "营业额")


def test_the_same_name_again_writes_nothing(shop):
    metric = shop.metric_service.add_custom("服务积分")
    logged = shop.store.audit.count()
    assert shop.metric_service.rename_custom(metric.key, "服务积分").name == "服务积分"
    assert shop.store.audit.count() == logged


def test_an_undo_kept_from_before_the_rename_is_logged_by_the_new_name(shop):
    """The 数据 page keeps its 撤销 steps with the metric as it was when typed: one undone after 改名… said the old
    name in the 操作日志."""
    metric = shop.metric_service.add_custom("服务积份", decimals=0)
    person = shop.staff.add(StaffDraft("张伟", dept="售后部"))
    shop.reload_metrics()
    typed = shop.metrics.get(metric.key)
    shop.data.set_text(date(2026, 10, 5), person.id, typed, "12")
    shop.metric_service.rename_custom(metric.key, "服务积分")
    shop.reload_metrics()
    assert shop.data.restore(typed, [(person.id, date(2026, 10, 5), None, 12)]) == (1, 0)
    assert shop.store.audit.recent(1)[0].summary == "撤销服务积分数据的修改：恢复 1 格"
