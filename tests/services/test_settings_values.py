"""Declared settings refuse numbers outside their range, naming the setting, and change nothing; a number an
earlier version stored outside it is read within it."""

from __future__ import annotations

import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.errors import UserError
from app.i18n import set_language


@pytest.mark.parametrize("value", [0, -1, 121, 100_000])
def test_a_flower_validity_outside_one_month_to_ten_years_is_refused(shop, value):
    with pytest.raises(UserError) as caught:
        shop.settings.set(declared.FLOWER_VALID_MONTHS, value)
    assert caught.value.message == "设置「小红花有效期（月）」应在 1 到 120 之间"
    assert shop.settings.get(declared.FLOWER_VALID_MONTHS) == 3
    assert shop.store.audit.recent(action_prefix="setting.set") == []


def test_a_form_with_one_number_out_of_range_saves_nothing(shop):
    with pytest.raises(UserError) as caught:
        shop.settings.set_many([(declared.FLOWER_LEADER_QUOTA, 5), (declared.BACKUP_KEEP_DAILY, 1000)])
    assert "按天保留的备份份数" in caught.value.message and "0 到 999" in caught.value.message
    assert shop.settings.get(declared.FLOWER_LEADER_QUOTA) == 2


def test_the_range_is_said_in_english_too(shop):
    set_language("en")
    try:
        with pytest.raises(UserError) as caught:
            shop.settings.set(declared.FLOWER_VALID_MONTHS, 0)
    finally:
        set_language("zh")
    assert caught.value.message == 'The setting "Red flowers stay valid for (months)" must be between 1 and 120'


def test_english_messages_and_audit_rows_name_settings_and_choices_in_english(shop):
    """They named the setting in Chinese inside an English sentence, and wrote 是/否 for yes and no."""
    set_language("en")
    try:
        with pytest.raises(UserError) as caught:
            shop.settings.set_many([(declared.FLOWER_LEADER_ROLES, ["店长"]), (declared.FLOWER_MANAGER_ROLES, ["店长"])])
        shop.settings.set_many([(declared.PRORATE_TARGETS, True), (declared.FLOWER_POOL_MODE, "split")])
    finally:
        set_language("zh")
    assert caught.value.message == ('"店长" is in both "Leader roles (each gives a limited number of red flowers a '
                                    'month)" and "Manager roles (share a monthly pool)"; please keep it in only one')
    assert sorted(e.summary for e in shop.store.audit.recent(action_prefix="setting.set")) == [
        'Setting "How the pool is shared": First come, first served → Split evenly among the managers',
        ('Setting "Prorate targets by days employed for people who join or leave mid-month (board and awards)": '
         'no → yes')]


def test_every_setting_and_choice_has_english_words():
    """The certificates' settings were left out: an English audit row read Setting "证书模板"."""
    from app.certificates import options
    from app.i18n import t

    set_language("en")
    try:
        untranslated = [text for setting in (*declared.ALL, *options.ALL)
                        for text in (setting.label, *setting.choice_labels) if t(text) == text and text != "English"]
    finally:
        set_language("zh")
    assert untranslated == []


def test_a_validity_an_earlier_version_stored_is_read_within_range_and_flowers_can_be_given(shop):
    """The form's spin box went up to 100,000 months: giving a flower then failed with year 10360."""
    leader = shop.staff.add(StaffDraft("刘佳怡", role="店长"))
    person = shop.staff.add(StaffDraft("王丽娟"))
    with shop.store.atomic():
        shop.store.settings.set(declared.FLOWER_VALID_MONTHS.key, 100_000)
    assert shop.settings.get(declared.FLOWER_VALID_MONTHS) == 120
    flower = shop.flowers.issue(leader.id, person.id, "帮顾客找回包裹")
    assert flower.valid_through.year == shop.today.year + 10


def test_a_role_given_flowers_both_as_leader_and_from_the_pool_is_refused(shop):
    """主管 in both lists gave a leader's quota without a word: the pool setting did nothing."""
    with pytest.raises(UserError) as caught:
        shop.settings.set_many([(declared.FLOWER_LEADER_ROLES, ["店长", "主管"]),
                                (declared.FLOWER_MANAGER_ROLES, ["组长", "主管"])])
    assert caught.value.message == ("「主管」同时写在「领导层岗位（每人每月限额发放小红花）」和"
                                    "「管理人员岗位（共用每月名额池）」里，请只保留一处")
    assert shop.settings.get(declared.FLOWER_MANAGER_ROLES) == ["组长"]


def test_a_person_named_both_ways_is_refused_and_other_forms_still_save(shop):
    person = shop.staff.add(StaffDraft("王丽娟"))
    shop.settings.set(declared.FLOWER_EXTRA_LEADERS, [person.id])
    with pytest.raises(UserError) as caught:
        shop.settings.set(declared.FLOWER_EXTRA_MANAGERS, [person.id])
    assert f"「{person.id}」同时写在" in caught.value.message
    assert shop.settings.get(declared.FLOWER_EXTRA_MANAGERS) == []
    with shop.store.atomic():  # a file that already holds both (an earlier version allowed it)
        shop.store.settings.set(declared.FLOWER_EXTRA_MANAGERS.key, [person.id])
    shop.settings.set_many([(declared.PRORATE_TARGETS, True)])  # the board's form is not refused for it
    assert shop.settings.get(declared.PRORATE_TARGETS) is True
