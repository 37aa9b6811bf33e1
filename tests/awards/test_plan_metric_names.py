"""A plan bringing a metric of its own (the after-sales preset's 考核得分) put in force in a shop that already
has a metric of that name under another code: refused naming both, with nothing written, not a database error
(custom_metric.name is unique) — nor a second metric reading alike."""

import pytest

from app.errors import UserError


def _dump(shop):
    return list(shop.store.db.conn.iterdump())


def test_a_plan_metric_named_as_the_shops_own_is_refused_naming_both(shop):
    shop.metric_service.add_custom("考核得分", key="kaohe")
    shop.reload_metrics()
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        shop.awards.plans.use("after-sales")
    assert "考核得分" in refused.value.message and "设置" in refused.value.message
    assert _dump(shop) == before  # no plan stored, no assignment, no metric


def test_the_refusal_reads_in_english(shop):
    from app import i18n

    shop.metric_service.add_custom("考核得分", key="kaohe")
    shop.reload_metrics()
    i18n.set_language("en")
    try:
        with pytest.raises(UserError) as refused:
            shop.awards.plans.use("after-sales")
    finally:
        i18n.set_language("zh")
    assert "考核得分" in refused.value.message and "Settings" in refused.value.message


def test_a_plan_metric_the_shop_has_under_the_same_code_is_the_shops(shop):
    """Nothing to add, nothing to refuse: the plan reads the shop's metric of that code."""
    shop.metric_service.add_custom("考核得分", key="assessment")
    shop.reload_metrics()
    used = shop.awards.plans.use("after-sales")
    assert used.added_metrics == ()


def test_a_version_rolled_back_leaves_nothing_read_for_the_next_one(shop):
    """A preset copied and refused in one action is rolled back, and its number is given to the next plan
    stored: what was read of the first must not stand for the second."""
    shop.metric_service.add_custom("考核得分", key="kaohe")
    shop.reload_metrics()
    plans = shop.awards.plans
    with pytest.raises(UserError), shop.one_action():
        refused = plans.copy_preset("after-sales").stored
        plans.use_stored(refused.id)
    kept = plans.copy_preset("taobao-kefu").stored
    assert kept.id == refused.id  # the number given again (what made it matter)
    assert plans.parsed(kept).name == "淘宝客服激励方案"
    used = plans.use_stored(kept.id)
    assert [p.plan.name for p in plans.in_force(shop.current_month())] == ["淘宝客服激励方案"]
    assert used.stored.id == kept.id
