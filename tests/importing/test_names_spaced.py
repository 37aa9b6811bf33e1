"""Names and sub-accounts written with spaces or characters that show nothing: an export or a typed sheet with
「张 伟」, a full-width space (「张　伟」, lining up two-character names), a non-breaking space, a zero-width space
copied from WeChat, a tab after the name, full-width letters in a sub-account (「旗舰店：ＸＩＡＯＭＥＩ」). Each is
the person, never an unknown name; a space between Latin words still tells people apart."""

from __future__ import annotations

import pytest

from app.domain import Staff, StaffDraft, normalize_alias
from app.importing.matching import StaffMatcher

from .conftest import write_csv


@pytest.mark.parametrize("written", ["张 伟", "张　伟", "张\u00a0伟", "张\u200b伟", "张伟\t", "\ufeff张伟", "张\u2060伟"])
def test_a_name_with_a_space_or_an_invisible_character_is_the_person(written):
    m = StaffMatcher([Staff(1, "张伟"), Staff(2, "陈静", aliases=("旗舰店:XIAOMEI",))])
    assert m.match(written).staff_id == 1


@pytest.mark.parametrize("written", ["旗舰店：ＸＩＡＯＭＥＩ", "旗舰店 : XIAOMEI", "旗舰 店:XIAOMEI", "ＸＩＡＯＭＥＩ"])
def test_a_sub_account_with_full_width_letters_or_spaces_is_its_owners(written):
    m = StaffMatcher([Staff(2, "陈静", aliases=("旗舰店:XIAOMEI",))])
    assert m.match(written).staff_id == 2, written


def test_a_space_between_latin_words_is_kept_so_two_people_stay_two():
    assert normalize_alias("Anna  Li") == normalize_alias("Anna\u3000Li") == "Anna Li"
    m = StaffMatcher([Staff(1, "Anna Li"), Staff(2, "AnnaLi")])
    assert (m.match("Anna Li").staff_id, m.match("AnnaLi").staff_id) == (1, 2)
    assert m.match("Anna\u00a0Li").staff_id == 1


def test_a_name_stored_with_a_space_meets_the_name_written_without_one():
    """Stored names are never rewritten: an older 「张 伟」 is matched by the key, whichever way a file writes it."""
    m = StaffMatcher([Staff(1, "张 伟", aliases=("旗舰店:小 美",))])
    assert m.match("张伟").staff_id == 1 and m.match("旗舰店：小美").staff_id == 1


def test_namesakes_by_the_key_stay_ambiguous():
    m = StaffMatcher([Staff(1, "张伟"), Staff(2, "张　伟")])
    match = m.match("张 伟")
    assert match.staff_id is None and "有 2 位员工叫「张伟」" in match.reason


def test_an_export_with_spaced_names_imports_to_the_people(tmp_path, shop, run):
    ids = {name: shop.staff.add(StaffDraft(name, aliases=aliases)).id
           for name, aliases in (("张伟", ()), ("陈静", ("旗舰店:xiaomei",)))}
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-10-05", "张　伟", "100"],
                                            ["2026-10-06", "张\u200b伟\t", "50"],
                                            ["2026-10-05", "旗舰店：ｘｉａｏｍｅｉ", "70"]], encoding="gb18030")
    plan, import_id = run(path)
    assert import_id is not None and not plan.unknown_staff and not plan.errors
    got = shop.store.db.execute("SELECT staff_id, sum(value) FROM daily_value GROUP BY staff_id").fetchall()
    assert dict(got) == {ids["张伟"]: 15_000, ids["陈静"]: 7_000}


def test_a_sub_account_kept_with_a_space_is_still_found_by_the_staff_service(shop):
    """An earlier version kept 「旗舰店:小 美」 as typed: the command line's --staff and the check that a new
    sub-account is nobody's yet compare it by the key, so 旗舰店:小美 is that person's, not a free name."""
    person = shop.staff.add(StaffDraft("孙悦"))
    with shop.store.atomic():
        shop.store.staff.set_aliases(person.id, ("旗舰店:小 美",))
    assert shop.staff.resolve("旗舰店:小美").id == person.id
    other = shop.staff.add(StaffDraft("刘佳怡"))
    with pytest.raises(Exception, match="已属于 孙悦"):
        shop.staff.edit(other.id, StaffDraft("刘佳怡", aliases=("旗舰店：小美",)))


@pytest.mark.parametrize("written", ["小美🌸\u200d ", "小美🌸\u200d\u200b", "小美🌸\u200d\u3000", " 小美🌸\u200d\t"])
def test_a_joiner_copied_after_a_picture_with_nothing_drawn_after_it_is_left_out(written):
    """A zero-width joiner stays only inside an emoji (👩‍💻): one copied after the last picture, then a space or
    another invisible character, gave a key of its own — the same sub-account read as another."""
    assert normalize_alias(written) == normalize_alias("小美🌸") == "小美🌸"
    assert normalize_alias("程序员👩\u200d💻 ") == "程序员👩\u200d💻"


@pytest.mark.parametrize("written", ["小美🌸\u200d ", "A\u200b\u0301", "·😀\u200d\u200d", "\u00a0👩\u200d\u3000",
                                     "张 伟\u200d", "旗舰店 ： 小 美\u200b"])
def test_the_key_of_a_key_is_itself(written):
    """Names imports kept are re-keyed by applying the key to the kept key (schema v14), and a name is compared
    by its key with keys: the key must not change when applied again."""
    key = normalize_alias(written)
    assert normalize_alias(key) == key
