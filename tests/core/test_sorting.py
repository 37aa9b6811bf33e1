"""Names in pinyin order, the rarer characters too."""

from hypothesis import given
from hypothesis import strategies as st

from app.sorting import chinese_order


def ordered(*names: str) -> list[str]:
    return sorted(names, key=chinese_order)


def test_common_characters_in_pinyin_order_and_latin_first():
    assert ordered("刘大伟", "陈店长", "阿强", "Amy", "bob") == ["Amy", "bob", "阿强", "陈店长", "刘大伟"]


def test_rarer_surnames_take_their_pinyin_place():
    # 闫 yán, 佟 tóng and 晏 yàn are outside the 3,755 common characters: by bytes alone they followed 张
    assert ordered("张三", "闫明", "杨洋", "严寒", "佟丽", "王五") == ["佟丽", "王五", "严寒", "闫明", "杨洋", "张三"]
    # 晏 yàn follows the common yàn (燕…验), before yang
    assert ordered("晏殊", "燕子", "闫明", "央视") == ["闫明", "燕子", "晏殊", "央视"]


def test_given_names_with_newer_characters_and_traditional_ones():
    # 玥 yuè, 喆 zhé, 堃 kūn are GBK, not GB2312; 陳 is the traditional form of 陈
    assert ordered("王玥", "王月", "王张", "王喆") == ["王月", "王玥", "王张", "王喆"]
    assert ordered("陳明", "陈明", "程明", "蔡明") == ["蔡明", "陈明", "陳明", "程明"]
    assert ordered("李堃", "李坤", "李凯") == ["李凯", "李坤", "李堃"]


def test_a_rarer_character_follows_every_name_that_goes_on_with_its_twin():
    # 闫 sorts just after 沿: after 沿 alone and after 沿海, before the next syllable's names
    assert ordered("闫安", "沿海", "沿", "奄") == ["沿", "沿海", "闫安", "奄"]


def test_surrounding_spaces_and_case_are_ignored():
    assert chinese_order("  闫明 ") == chinese_order("闫明")
    assert chinese_order("AMY") == chinese_order("amy")


@given(st.text())
def test_every_text_has_a_key(text):
    assert isinstance(chinese_order(text), bytes)


@given(st.lists(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=3), max_size=8))
def test_different_names_never_tie(names):
    assert len({chinese_order(name) for name in names}) == len(set(names))


def test_the_twin_table_is_well_formed():
    from app.sorting import _is_common, _twins_text

    lines = _twins_text().splitlines()
    twins = [line[0] for line in lines]
    assert all(_is_common(t.encode("gb18030")) for t in twins)
    assert twins == sorted(twins, key=lambda t: t.encode("gb18030"))
    rarer = "".join(line[1:] for line in lines)
    assert len(set(rarer)) == len(rarer) > 15_000
    assert not any(_is_common(c.encode("gb18030")) for c in rarer)
