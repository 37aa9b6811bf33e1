"""A name's pinyin (`app.pinyin.spellings`): common characters by their syllable, rarer ones by the common
character they sort after, surnames by both readings, Latin kept."""

from __future__ import annotations

import pytest

from app.pinyin import spellings, syllable


@pytest.mark.parametrize("char, read", [("张", "zhang"), ("伟", "wei"), ("女", "nv"), ("陳", "chen"), ("闫", "yan"),
                                        ("喆", "zhe"), ("A", None), ("·", None)])
def test_a_character_is_read_as_its_syllable(char, read):
    assert syllable(char) == read


def test_a_name_is_spelt_whole_by_syllables_and_by_initials():
    assert spellings("欧阳娜娜") == ["ouyangnana", "ou yang na na", "oynn"]


def test_a_surname_read_otherwise_is_spelt_both_ways_only_at_the_start():
    assert "zengxiaoxian" in spellings("曾小贤") and "cengxiaoxian" in spellings("曾小贤")
    assert spellings("李曾") == ["liceng", "li ceng", "lc"]


def test_latin_is_kept_and_a_name_without_chinese_has_no_spelling():
    assert spellings("Amy王") == ["amywang", "amy wang", "aw"]
    assert spellings("Amy") == []
