"""Write data/pinyin_twins.txt: for every Chinese character outside the 3,755 common ones, the common
character it sorts just after, so that names like 闫, 佟, 玥 or 陳 take their pinyin place.

GB18030 byte order puts the common characters (GB2312 level 1) in pinyin order, and app/sorting.py
sorts by those bytes; every other character (level 2, GBK, the extensions) would follow them all.
A rarer character is given the last common character of its syllable whose tone is not higher than
its own (闫 yán → 沿 yán, before 奄 yǎn); a syllable with no common character at all follows the last
common character before it. Readings come from pypinyin, needed only to run this script:

    pip install pypinyin && python scripts/make_pinyin_twins.py
"""

from __future__ import annotations

import bisect
from pathlib import Path

from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "data" / "pinyin_twins.txt"
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))  # CJK Extension A and the unified ideographs

def is_common(char: str) -> bool:
    encoded = char.encode("gb18030")
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


def reading(char: str) -> tuple[str, int] | None:
    """(syllable, tone) with ü as v and the neutral tone as 5; None when pypinyin does not know it."""
    text = lazy_pinyin(char, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda _c: [""])[0]
    if not text or not text[-1].isdigit():
        return None
    return text[:-1], int(text[-1])


def common_in_order() -> list[tuple[tuple[str, int], str]]:
    """The common characters whose reading agrees with their place in GB2312 (the longest run in order
    of (syllable, tone)); a character placed by another of its readings (薄 bó among the bao) is left out."""
    chars = [bytes([lead, trail]).decode("gb18030") for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)
             if not (lead == 0xD7 and trail > 0xF9)]
    readings = [(r, c) for c in chars if (r := reading(c)) is not None]
    # longest non-decreasing subsequence by reading, O(n log n)
    tails: list[tuple[str, int]] = []
    tail_index: list[int] = []
    parent = [-1] * len(readings)
    for i, (key, _char) in enumerate(readings):
        pos = bisect.bisect_right(tails, key)
        parent[i] = tail_index[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(key)
            tail_index.append(i)
        else:
            tails[pos] = key
            tail_index[pos] = i
    kept = []
    i = tail_index[-1]
    while i != -1:
        kept.append(readings[i])
        i = parent[i]
    return kept[::-1]


def twins() -> dict[str, list[str]]:
    ordered = common_in_order()
    keys = [key for key, _char in ordered]
    groups: dict[str, list[str]] = {}
    for low, high in RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            if is_common(char) or (key := reading(char)) is None:
                continue
            pos = bisect.bisect_right(keys, key)  # after every common character read the same or lower
            if pos == 0:
                continue  # before 阿: keeps its own bytes
            groups.setdefault(ordered[pos - 1][1], []).append(char)
    return groups


def main() -> None:
    groups = twins()
    order = sorted(groups, key=lambda c: c.encode("gb18030"))
    lines = [twin + "".join(groups[twin]) for twin in order]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {sum(len(g) for g in groups.values())} characters after {len(order)} common ones")


if __name__ == "__main__":
    main()
