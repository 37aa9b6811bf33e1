"""One message catalogue for app/: messages are written in Chinese in the code and looked up
by their Chinese template in resources/i18n/<lang>.json when another language is chosen."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from app.resources import resource_path

_language = "zh"
LANGUAGES = ("zh", "en")


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _language = lang


def language() -> str:
    return _language


@cache
def _catalogue(lang: str) -> dict[str, str]:
    path: Path = resource_path("i18n", f"{lang}.json")
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def every_language(template: str) -> set[str]:
    """A message without fields as each language says it (to read back text stored in any of them)."""
    return {template, *(_catalogue(lang).get(template, template) for lang in LANGUAGES if lang != "zh")}


def joined(items: Iterable[str], *, separator: str = "、") -> str:
    """Items listed as the language lists them: 「、」 (「，」, or 「；」 between longer items) in Chinese, `, `
    (`; `) in English."""
    if _language != "zh":
        separator = "; " if separator == "；" else ", "
    return separator.join(items)


def bracketed(text: str, inside: str) -> str:
    """`text` followed by `inside` in the language's brackets: 张伟（#1） in Chinese, 张伟 (#1) in English."""
    return f"{text}（{inside}）" if _language == "zh" else f"{text} ({inside})"


def t(template: str, **fields: object) -> str:
    """Translate a Chinese message template and fill in its {fields}."""
    if _language != "zh":
        template = _catalogue(_language).get(template, template)
    return template.format(**fields) if fields else template
