"""A metric or event type the owner adds in 设置 is refused when it reads as one the shop already has: the same
name with spaces beside its Chinese characters (服务 积分 is 服务积分), or a built-in metric's name in the
other language (Sales is 销售额 in an English window)."""

from __future__ import annotations

import pytest

from app.errors import UserError


@pytest.mark.parametrize("typed", ["服务 积分", " 服务　积分 ", "服务\u200b积分"])
def test_a_metric_named_as_another_with_spaces_is_refused(shop, typed):
    shop.metric_service.add_custom("服务积分")
    with pytest.raises(UserError, match="服务积分"):
        shop.metric_service.add_custom(typed)
    assert [m.name for m in shop.metric_service.registry().custom()] == ["服务积分"]


def test_a_metric_is_kept_without_the_spaces_beside_its_chinese(shop):
    metric = shop.metric_service.add_custom(" 考核 得分 ")
    assert metric.name == "考核得分"
    with pytest.raises(UserError, match="考核得分"):
        shop.metric_service.add_custom("考核得分")


@pytest.mark.parametrize("typed", ["Sales", "sales ", "ORDERS", "Conversion"])
def test_a_metric_named_as_a_built_in_in_english_is_refused(shop, typed):
    with pytest.raises(UserError):
        shop.metric_service.add_custom(typed)
    assert not shop.metric_service.registry().custom()


def test_latin_words_keep_their_space(shop):
    assert shop.metric_service.add_custom("Service  points").name == "Service points"


@pytest.mark.parametrize("typed", ["好评 返现", "好评　返现", "好评\u200b返现"])
def test_an_event_type_named_as_another_with_spaces_is_refused(shop, typed):
    shop.events.add_type("好评返现", "positive")
    with pytest.raises(UserError, match="好评返现"):
        shop.events.add_type(typed, "positive")
    assert [e.name for e in shop.events.types() if not e.builtin] == ["好评返现"]


def test_a_built_in_event_type_with_a_space_is_refused(shop):
    builtin = next(e.name for e in shop.events.types() if e.builtin and len(e.name) > 1)
    with pytest.raises(UserError):
        shop.events.add_type(builtin[0] + " " + builtin[1:], "positive")
