"""Write data/pinyin_syllables.txt, what app/pinyin.py reads a name's pinyin from: each toneless syllable
(ü written v) followed by the 3,755 common characters read with it (pypinyin's usual reading); then the
surnames read otherwise as a family name (单 shàn, not dān), one a line. A rarer character is read as the common
character it sorts after (data/pinyin_twins.txt), which has its syllable. Readings come from pypinyin, needed
only to run this script:

    pip install pypinyin && python scripts/make_pinyin_syllables.py
"""

from __future__ import annotations

from make_pinyin_twins import ROOT
from pypinyin import Style, lazy_pinyin

OUTPUT = ROOT / "data" / "pinyin_syllables.txt"
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


def main() -> None:
    groups = by_syllable()
    lines = [f"{syllable} {chars}" for syllable, chars in sorted(groups.items())]
    lines += ["# 姓", *(f"{char} {syllable}" for char, syllable in SURNAMES.items())]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {sum(map(len, groups.values()))} characters in {len(groups)} syllables")


if __name__ == "__main__":
    main()
