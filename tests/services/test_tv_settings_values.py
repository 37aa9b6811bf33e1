"""电视模式's settings (刷新间隔, 轮换间隔 with 「不轮换」, 显示在): a number outside its range is refused naming the
field and changes nothing; the audit log says which form the field is in."""

from __future__ import annotations

import pytest

from app import settings as declared
from app.errors import UserError
from app.i18n import set_language

REFRESH, ROTATE, SCREEN = declared.TV_REFRESH_MINUTES, declared.TV_ROTATE_SECONDS, declared.TV_SCREEN


def test_the_defaults_are_five_minutes_twenty_seconds_and_the_current_screen(shop):
    assert (shop.settings.get(REFRESH), shop.settings.get(ROTATE), shop.settings.get(SCREEN)) == (5, 20, "")


@pytest.mark.parametrize("minutes", [0, 61, -5])
def test_a_refresh_interval_outside_one_to_sixty_minutes_is_refused(shop, minutes):
    with pytest.raises(UserError) as caught:
        shop.settings.set_many([(REFRESH, minutes), (ROTATE, 30)])
    assert caught.value.message == "设置「电视模式：刷新间隔（分钟）」应在 1 到 60 之间"
    assert (shop.settings.get(REFRESH), shop.settings.get(ROTATE)) == (5, 20)
    assert shop.store.audit.recent(action_prefix="setting.set") == []


@pytest.mark.parametrize("seconds", [1, 9, 601])
def test_a_rotation_outside_ten_to_six_hundred_seconds_is_refused_naming_the_way_to_turn_it_off(shop, seconds):
    with pytest.raises(UserError) as caught:
        shop.settings.set(ROTATE, seconds)
    assert caught.value.message == "设置「电视模式：轮换间隔（秒）」应在 10 到 600 之间，或选「不轮换」"
    assert shop.settings.get(ROTATE) == 20


def test_no_rotation_is_kept_as_0_and_logged_by_its_word(shop):
    shop.settings.set_many([(REFRESH, 60), (ROTATE, 0), (SCREEN, "HDMI-1")])
    assert (shop.settings.get(REFRESH), shop.settings.get(ROTATE), shop.settings.get(SCREEN)) == (60, 0, "HDMI-1")
    assert sorted(e.summary for e in shop.store.audit.recent(action_prefix="setting.set")) == [
        "设置「电视模式：刷新间隔（分钟）」：5 → 60", "设置「电视模式：显示在」：当前屏幕 → HDMI-1",
        "设置「电视模式：轮换间隔（秒）」：20 → 不轮换"]


def test_the_messages_and_audit_rows_are_in_english_too(shop):
    set_language("en")
    try:
        with pytest.raises(UserError) as caught:
            shop.settings.set(ROTATE, 5)
        shop.settings.set(ROTATE, 0)
    finally:
        set_language("zh")
    assert caught.value.message == ('The setting "TV mode: Switch screens every (seconds)" must be between 10 and 600, '
                                    'or "Don\'t switch"')
    assert [e.summary for e in shop.store.audit.recent(action_prefix="setting.set")] == [
        'Setting "TV mode: Switch screens every (seconds)": 20 → Don\'t switch']


@pytest.mark.parametrize("stored", ["半分钟", True, 2.5], ids=["text", "true", "fraction"])
def test_a_hand_edited_number_that_is_no_whole_number_reads_as_the_default(shop, stored):
    """The TV takes int() of what it reads: "半分钟" kept it from opening, true turned it every second."""
    shop.store.settings.set(ROTATE.key, stored)
    shop.store.settings.set(REFRESH.key, stored)
    assert (shop.settings.get(ROTATE), shop.settings.get(REFRESH)) == (20, 5)
