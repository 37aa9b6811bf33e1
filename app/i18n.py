"""One message catalogue for app/: messages are written in Chinese in the code and looked up
by their Chinese template in resources/i18n/<lang>.json when another language is chosen."""

from __future__ import annotations

import json
import numbers
import string
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from app.resources import resource_path

_language = "zh"
LANGUAGES = ("zh", "en")
_this_thread = threading.local()  # `in_chinese` on this thread only: a window's other threads keep its language


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _language = lang


def language() -> str:
    return getattr(_this_thread, "language", None) or _language


@contextmanager
def in_chinese() -> Iterator[None]:
    """Text made inside is Chinese whatever the chosen language, on this thread: for a Chinese document (the
    计算单) written with code that otherwise speaks the user's language."""
    before = getattr(_this_thread, "language", None)
    _this_thread.language = "zh"
    try:
        yield
    finally:
        _this_thread.language = before


@cache
def _catalogue(lang: str) -> dict[str, str]:
    path: Path = resource_path("i18n", f"{lang}.json")
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def every_language(template: str) -> set[str]:
    """A message without fields as each language says it (to read back text stored in any of them)."""
    return {template, *(_catalogue(lang).get(template, template) for lang in LANGUAGES if lang != "zh")}


def list_separator(separator: str = "、") -> str:
    """What stands between listed items in the language: 「、」 (「，」, or 「；」 between longer items) in Chinese,
    `, ` (`; `) in English."""
    if language() == "zh":
        return separator
    return "; " if separator == "；" else ", "


def joined(items: Iterable[str], *, separator: str = "、") -> str:
    """Items listed as the language lists them (`list_separator`)."""
    return list_separator(separator).join(items)


def in_words(items: Iterable[str], *, separator: str = "、") -> str:
    """Items listed inside a sentence: as `joined` in Chinese, with "and" before the last in English ("daily
    results, monthly targets and recorded events"; "a and b"). Columns and tables keep `joined`."""
    items = list(items)
    if language() == "zh" or len(items) < 2:
        return joined(items, separator=separator)
    return f"{joined(items[:-1], separator=separator)} and {items[-1]}"


def cut_list(items: Sequence[str], named: int, *, unit: str = "人") -> str:
    """Items listed as the language lists them, only the first `named` of a longer list, then how many there are:
    「A、B、C、D、E等 7 人」 (`unit` counts them in Chinese), "A, B, C, D, E and 2 others"."""
    if len(items) <= named:
        return joined(items)
    shown = joined(items[:named])
    if language() == "zh":
        return f"{shown}等 {len(items)} {unit}"
    rest = len(items) - named
    return f"{shown} and {rest} {'other' if rest == 1 else 'others'}"


def alternatives(items: Iterable[str]) -> str:
    """Items of which any one will do, as the language lists them: 「店长、主管或组长」, "店长, 主管 or 组长"."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    last = " or " if language() == "en" else "或"
    return joined(items[:-1]) + last + items[-1]


def sentences(parts: Iterable[str]) -> str:
    """Sentences one after another, as each language writes them: straight on after a full-width mark
    (「导入。有 1 人…」), a space after an English one ("…on the Data page. 1 person…"). Empty parts are left out."""
    text = ""
    for part in (p.strip() for p in parts):
        if part and text and unicodedata.east_asian_width(text[-1]) not in "WF":
            text += " "
        text += part
    return text


def bracketed(text: str, inside: str) -> str:
    """`text` followed by `inside` in the language's brackets: 张伟（#1） in Chinese, 张伟 (#1) in English."""
    return f"{text}（{inside}）" if language() == "zh" else f"{text} ({inside})"


def within_sentence(label: str) -> str:
    """A field's title ("Name", "Start date", the form's and the tables' word) as a word inside an English sentence
    ("name", "start date"); a first word with a capital or a digit inside it, a name ("PIN", "WeChat", "Q4"), and
    Chinese as they are."""
    return label if _written_as_is(label) else label[:1].lower() + label[1:]


def opening_sentence(label: str) -> str:
    """A field's word ("value", the catalogue's word inside sentences) opening an English sentence ("Value: …");
    a name with a capital or a digit inside its first word ("iPhone sales") and Chinese ("uv访客") as they are."""
    return label if _written_as_is(label) else label[:1].upper() + label[1:]


def _written_as_is(label: str) -> bool:
    """Chinese, or a first word that is a name (a capital or a digit after its first letter): never re-cased."""
    first = label.split(" ", 1)[0]
    return language() == "zh" or any(c.isupper() or c.isdigit() for c in first[1:])


def ordinal(n: int) -> str:
    """A place's number as English writes it (1st, 2nd, 3rd, 4th, 11th, 21st); the number itself in Chinese."""
    if language() == "zh":
        return str(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Plurals(string.Formatter):
    """str.format, where a field written `{n:entry/entries}` is the word for that count: "1 entry", "2 entries"."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "/" in format_spec and isinstance(value, numbers.Number):  # not a date's own "%Y/%m"
            one, many = format_spec.split("/", 1)
            return one if value == 1 else many
        return super().format_field(value, format_spec)


_PLURALS = _Plurals()


def fill(template: str, **fields: object) -> str:
    """`template.format(**fields)` that also reads plural words (`Latest {n} {n:entry/entries}`): for the window's
    translated strings whose English says a count."""
    if "/" not in template:  # most messages: str.format itself, quicker
        return template.format(**fields)
    return _PLURALS.format(template, **fields)


def t(template: str, **fields: object) -> str:
    """Translate a Chinese message template and fill in its {fields} (an English one may say plurals, see `fill`)."""
    lang = language()
    if lang != "zh":
        template = _catalogue(lang).get(template, template)
    return fill(template, **fields) if fields else template
