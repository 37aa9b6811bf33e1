"""The 操作日志 says how a new custom metric counts (its unit, which way is better, how its days add up) and whether a
new event type adds or deducts points: what the owner chose, which the awards follow, is readable afterwards."""

from __future__ import annotations

import pytest

from app import i18n


def _summary(shop, action: str) -> str:
    return next(entry.summary for entry in shop.store.audit.recent(10) if entry.action == action)


def test_a_new_metric_is_logged_with_its_unit_direction_and_summing(shop):
    shop.metric_service.add_custom("服务积分", unit="points", higher_is_better=False, aggregation="mean")
    assert _summary(shop, "metric.add") == "新增自定义指标 服务积分（custom_1）：积分，越低越好，按平均汇总"
    shop.metric_service.add_custom("好评数", unit="count")
    assert _summary(shop, "metric.add") == "新增自定义指标 好评数（custom_2）：个数，越高越好，按求和汇总"


def test_a_new_event_type_is_logged_with_whether_it_adds_or_deducts(shop):
    shop.events.add_type("迟到", "negative", "上班迟到")
    assert _summary(shop, "event_type.add") == "新增事件类型 迟到：负面（扣分）"
    shop.events.add_type("帮同事", "positive")
    assert _summary(shop, "event_type.add") == "新增事件类型 帮同事：正面（加分）"


@pytest.fixture
def in_english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


def test_in_english_the_log_says_them_in_english(shop, in_english):
    shop.metric_service.add_custom("Service points", unit="points", higher_is_better=False, aggregation="mean")
    assert _summary(shop, "metric.add") == ("Added custom metric Service points (custom_1): points, lower is better,"
                                            " averaged")
    shop.events.add_type("Late", "neutral")
    assert _summary(shop, "event_type.add") == "Added event type Late: neutral (record only)"
