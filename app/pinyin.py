"""A name as its pinyin, so that a search box finds 张伟 by zhangwei, zhang wei or zw, as a Chinese keyboard does.

A common character's syllable is read from data/pinyin_syllables.txt; a rarer one is read as the common character
it sorts after (data/pinyin_twins.txt, `sorting`), which is read the same way. A character read two ways is found
by either anywhere in the name (李长江 by lichangjiang, the usual reading of 长 alone being zhǎng; 王重阳 by
wangchongyang), and a surname read otherwise as a family name (单 shàn) by that reading too when it begins the
name."""

from __future__ import annotations

from functools import cache
from itertools import product

from app.sorting import twin_of

SURNAMES_START = "# 姓"
OTHER_READINGS_START = "# 又读"


@cache
def _readings() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """(character → syllable, surname → its family name's syllable, character → its other readings), read once."""
    from app.resources import data_path

    syllables: dict[str, str] = {}
    by_char: dict[str, dict[str, list[str]]] = {SURNAMES_START: {}, OTHER_READINGS_START: {}}
    section = None
    for line in data_path("pinyin_syllables.txt").read_text(encoding="utf-8").splitlines():
        if line in by_char:
            section = line
        elif section is not None:
            char, *read = line.split()
            by_char[section][char] = read
        elif line:
            syllable, chars = line.split()
            syllables.update(dict.fromkeys(chars, syllable))
    surnames = {char: read for char, (read,) in by_char[SURNAMES_START].items()}
    return syllables, surnames, by_char[OTHER_READINGS_START]


def _readings_of(char: str, first: bool) -> list[str]:
    """The syllables `char` may be typed as: its usual one, its other reading, and as the name's first character its
    family name's; empty for a character that is not Chinese."""
    read = syllable(char)
    if read is None:
        return []
    _syllables, surnames, others = _readings()
    return list(dict.fromkeys([read, *others.get(char, ()), *([surnames[char]] if first and char in surnames else [])]))


def syllable(char: str) -> str | None:
    """The toneless pinyin of a Chinese character (ü as v), None for any other character."""
    syllables = _readings()[0]
    found = syllables.get(char)
    if found is None and (twin := twin_of(char)) is not None:
        found = syllables.get(twin)
    return found


def spellings(name: str) -> list[str]:
    """How the name may be typed in pinyin: whole (zhangwei), by syllables (zhang wei) and by initials (zw); a
    Latin letter or digit in it kept as it is (Amy王 → amywang), other characters left out. Empty for a name
    without Chinese."""
    parts: list[list[str]] = []
    latin = ""
    for at, char in enumerate(name.strip().casefold()):
        if char.isascii():
            latin += char if char.isalnum() else ""
            continue
        if latin:
            parts.append([latin])
            latin = ""
        if read := _readings_of(char, first=at == 0):
            parts.append(read)
    if latin:
        parts.append([latin])
    if not any(syllable(char) for char in name):
        return []
    forms: list[str] = []
    for chosen in product(*parts):
        forms += ["".join(chosen), " ".join(chosen), "".join(part[0] for part in chosen)]
    # ü is typed v on a Chinese keyboard, u in a passport's spelling (吕 lv, Lu)
    forms += [form.replace("v", "u") for form in forms if "v" in form]
    return list(dict.fromkeys(forms))
