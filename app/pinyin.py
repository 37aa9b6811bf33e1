"""A name as its pinyin, so that a search box finds 张伟 by zhangwei, zhang wei or zw, as a Chinese keyboard does.

A common character's syllable is read from data/pinyin_syllables.txt; a rarer one is read as the common character
it sorts after (data/pinyin_twins.txt, `sorting`), which is read the same way. A surname read otherwise as a family
name (单 shàn, 曾 zēng) is found by either reading when it begins the name."""

from __future__ import annotations

from functools import cache
from itertools import product

from app.sorting import twin_of

SURNAMES_START = "#"


@cache
def _readings() -> tuple[dict[str, str], dict[str, str]]:
    """(character → syllable, surname → its family name's syllable), read once."""
    from app.resources import data_path

    syllables: dict[str, str] = {}
    surnames: dict[str, str] = {}
    into_surnames = False
    for line in data_path("pinyin_syllables.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith(SURNAMES_START):
            into_surnames = True
        elif into_surnames:
            char, syllable = line.split()
            surnames[char] = syllable
        elif line:
            syllable, chars = line.split()
            syllables.update(dict.fromkeys(chars, syllable))
    return syllables, surnames


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
    surnames = _readings()[1]
    parts: list[list[str]] = []
    latin = ""
    for at, char in enumerate(name.strip().casefold()):
        if char.isascii():
            latin += char if char.isalnum() else ""
            continue
        if latin:
            parts.append([latin])
            latin = ""
        if (read := syllable(char)) is not None:
            parts.append(list(dict.fromkeys([read, surnames[char]])) if at == 0 and char in surnames else [read])
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
