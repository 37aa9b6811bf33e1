"""Write data/pinyin_syllables.txt, what app/pinyin.py reads a name's pinyin from: each toneless syllable
(ü written v) followed by the 3,755 common characters read with it (pypinyin's usual reading); then the
surnames read otherwise as a family name (单 shàn, not dān), one a line; then each common character read two ways
with its other readings (长 zhǎng and cháng, 重 zhòng and chóng), found anywhere in a name. A rarer character is read as the common
character it sorts after (data/pinyin_twins.txt), which has its syllable. Readings come from pypinyin, needed
only to run this script:

    pip install pypinyin && python scripts/make_pinyin_syllables.py
"""

from __future__ import annotations

from collections import Counter

from make_pinyin_twins import ROOT
from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.phrases_dict import phrases_dict
from pypinyin.style import convert

OUTPUT = ROOT / "data" / "pinyin_syllables.txt"
PHRASES_READ_SO = 3
# surnames read otherwise as a family name; the first character of a name is found by either reading
SURNAMES = {"单": "shan", "解": "xie", "仇": "qiu", "查": "zha", "朴": "piao", "区": "ou", "盖": "ge", "尉": "yu",
            "覃": "qin", "缪": "miao", "乐": "yue", "种": "chong", "曾": "zeng", "翟": "zhai", "长": "chang", "都": "du",
            "卜": "bu", "隗": "wei", "召": "shao", "繁": "po", "秘": "bi"}


def common_chars() -> list[str]:
    return [bytes([lead, trail]).decode("gb18030") for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)
            if not (lead == 0xD7 and trail > 0xF9)]


def by_syllable() -> dict[str, str]:
    groups: dict[str, str] = {}
    for char in common_chars():
        syllable = lazy_pinyin(char, style=Style.NORMAL, v_to_u=False, errors=lambda _c: [""])[0]
        if syllable.isascii() and syllable.isalpha():
            groups[syllable] = groups.get(syllable, "") + char
    return groups


def other_readings() -> dict[str, list[str]]:
    """Each common character's readings besides its usual one that pypinyin's phrases use at least
    PHRASES_READ_SO times (长 cháng in 长江, 重 chóng in 重阳), most used first: the readings only its dictionary of
    single characters knows (埃 zhì, 重 tóng) would find people by syllables nobody reads their names with."""
    used = Counter()
    for phrase, readings in phrases_dict.items():
        if len(phrase) == len(readings):
            used.update((char, convert(read[0], Style.NORMAL, strict=False).replace("ü", "v"))
                        for char, read in zip(phrase, readings, strict=True))
    others: dict[str, list[str]] = {}
    for char in common_chars():
        usual = lazy_pinyin(char, style=Style.NORMAL, v_to_u=False, errors=lambda _c: [""])[0]
        readings = pinyin(char, style=Style.NORMAL, heteronym=True, v_to_u=False, errors=lambda _c: [""])[0]
        found = sorted({r for r in readings if r != usual and used[char, r] >= PHRASES_READ_SO}, key=lambda r: -used[char, r])
        if found:
            others[char] = found
    return others


def main() -> None:
    groups = by_syllable()
    lines = [f"{syllable} {chars}" for syllable, chars in sorted(groups.items())]
    lines += ["# 姓", *(f"{char} {syllable}" for char, syllable in SURNAMES.items())]
    lines += ["# 又读", *(f"{char} {' '.join(readings)}" for char, readings in other_readings().items())]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {sum(map(len, groups.values()))} characters in {len(groups)} syllables")


if __name__ == "__main__":
    main()
