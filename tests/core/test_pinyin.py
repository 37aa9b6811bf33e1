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
    assert spellings("欧阳明月") == ["ouyangmingyue", "ou yang ming yue", "oymy"]


def test_a_surname_read_otherwise_is_spelt_both_ways_only_at_the_start():
    assert "zengxiaoxian" in spellings("曾小贤") and "cengxiaoxian" in spellings("曾小贤")
    assert spellings("李单") == ["lidan", "li dan", "ld"]  # 单 shàn is a family name's reading only


def test_latin_is_kept_and_a_name_without_chinese_has_no_spelling():
    assert spellings("Amy王") == ["amywang", "amy wang", "aw"]
    assert spellings("Amy") == []


@pytest.mark.parametrize("name, usual, other", [("李长江", "lizhangjiang", "lichangjiang"),
                                                 ("王重阳", "wangzhongyang", "wangchongyang"),
                                                 ("张乐", "zhangle", "zhangyue"), ("周行", "zhouxing", "zhouhang"),
                                                 ("王曾", "wangceng", "wangzeng")])
def test_a_character_read_two_ways_is_spelt_both_ways_anywhere_in_the_name(name, usual, other):
    """长 alone is read zhǎng, in 李长江 cháng: the name was found only by lizhangjiang, which nobody types."""
    assert {usual, other} <= set(spellings(name))


def test_a_reading_no_phrase_uses_is_left_out():
    """重 tóng and 埃 zhì are in the dictionary of single characters only: no name is read so."""
    assert not {"wangtongyang", "zhiji"} & set(spellings("王重阳") + spellings("埃及"))
