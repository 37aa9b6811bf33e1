"""The citation (the sentence under the name): an editable template with named fields."""

from __future__ import annotations

import re

from app.errors import UserError
from app.i18n import joined, language, ordinal, t

DEFAULT_CITATION = "{姓名}：在{期间}的工作中表现突出，荣获「{奖项}」，特发此证，以资鼓励。"
FIELDS = ("姓名", "期间", "奖项", "奖励", "店铺", "名次")
MAX_CITATION = 200
_FIELD = re.compile(r"\{([^{}]*)\}")
# a Chinese input method types ｛姓名｝: the same field; full-width braces around anything else are text printed as
# it is (a citation saved with 「｛优秀员工｝」 before they were read as fields still prints)
_TYPED_FIELD = re.compile("[{｛](" + "|".join(FIELDS) + ")[}｝]")


def with_field_braces(text: str) -> str:
    """The text with each field typed in full-width braces (｛姓名｝, ｛姓名}) written as {姓名}."""
    return _TYPED_FIELD.sub(r"{\1}", text)


def check_template(template: str) -> str:
    """The template, or UserError naming what is wrong (an unknown field, a stray brace, too long)."""
    text = with_field_braces(str(template).strip())
    if not text:
        raise UserError(t("证书评语模板不能为空"))
    if len(text) > MAX_CITATION:
        raise UserError(t("证书评语模板太长：{count} 个字，最多 {n} 个字", count=len(text), n=MAX_CITATION))
    unknown = [name for name in _FIELD.findall(text) if name not in FIELDS]
    if unknown:
        raise UserError(t("证书评语模板中的「{{{name}}}」不是可用的字段；可用字段：{fields}",
                          name=unknown[0], fields=joined("{" + f + "}" for f in FIELDS)))
    stray = _stray_brace(text)
    if stray is not None:
        raise UserError(t("证书评语模板中「{part}」的花括号不成对：字段要写成 {{姓名}} 这样，两边各一个花括号",
                          part=stray))
    return text


def _stray_brace(text: str) -> str | None:
    """The first brace that opens or closes no field, with the text beside it that finds it in the template:
    what follows an opening one up to the next brace (「{姓名：在」), what stands before a closing one
    (「{姓名}}」), or both around one with nothing of its own after it (「{{姓名}」); None when there is none."""
    fields = [m.span() for m in _FIELD.finditer(text)]
    for i, ch in enumerate(text):
        if ch not in "{}" or any(start <= i < end for start, end in fields):
            continue
        if ch == "}":
            return text[max(i - 5, 0):i + 1] if i else text[:6]
        following = re.match(r"[^{}]{1,5}", text[i + 1:])
        return ch + following.group() if following else text[max(i - 5, 0):i + 6]
    return None


def uses_place(template: str) -> bool:
    return "{名次}" in template


def place_text(place: int | None) -> str:
    """A ranked award's place as a certificate writes it: 第一名, 第十二名; "" when the award has none."""
    if place is None or place < 1:
        return ""
    return f"第{_chinese_number(place)}名"


def place_number(printed: str) -> int | None:
    """The place a certificate's 第…名 says (`place_text` read back); None for any other text."""
    match = re.fullmatch(r"第(\d+|[〇一二三四五六七八九十]+)名", printed)
    if match is None:
        return None
    word = match.group(1)
    if word.isdigit():
        return int(word)
    return next((n for n in range(1, 100) if _chinese_number(n) == word), None)


def shown_place(printed: str) -> str:
    """A place as a certificate printed it (第一名; the paper is Chinese whatever the language), as the messages
    say it: the same in Chinese, 1st place in English."""
    n = place_number(printed)
    if n is None or language() == "zh":
        return printed
    return t("第{place}名", place=ordinal(n))


def _chinese_number(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return str(n)


def fill(template: str, values: dict[str, str]) -> str:
    """Put the values in; user text is inserted as it is (no format-string evaluation of any kind). An award
    without places (no 名次) has its {名次} read as `without_place` says."""
    if not values.get("名次") and PLACE in template:
        template = without_place(template)
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)


PLACE = "{名次}"
_CLAUSE_MARKS = "，。；！？,.;!?\n"
_BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕"}
_JOINER = r"[ \t　—–\-·：:]*"  # what joins the place to the award or to what follows: spaces, a dash, a colon
_AFTER_AWARD = re.compile(r"\{奖项\}[」』”\"）)》]*(" + _JOINER + ")$")
_BEFORE_AWARD = re.compile(_JOINER + r"[「『“\"《]*\{奖项\}")


def without_place(template: str) -> str:
    """The template as an award without places reads it. One citation serves every award of a print job, ranked or
    not, so a template with {名次} is not refused; the field is read so that the sentence stays whole:
    - in a clause with no other field (，荣获{名次}， / 名次：{名次}。): the clause goes, with its mark;
    - in brackets (荣获「{奖项}」（{名次}）): it goes with them;
    - beside the award (荣获「{奖项}」{名次}, {奖项}—{名次}, 荣获{名次}{奖项}), or first in a clause that goes on
      ({名次}{姓名}荣获「{奖项}」): it goes, with the dash or space that joins it;
    - in a clause saying who or when ({姓名}在{期间}荣获{名次}): what was won is the award, 「{奖项}」."""
    while PLACE in template:
        at = template.index(PLACE)
        place_end = at + len(PLACE)
        start = max(template.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1
        end = min((i for i in (template.find(mark, at) for mark in _CLAUSE_MARKS) if i >= 0), default=len(template))
        before, after = template[start:at], template[place_end:end]
        beside = _AFTER_AWARD.search(before)
        if not _FIELD.search(before + after):
            template = _without_clause(template, start, end)
        elif at > 0 and _BRACKETS.get(template[at - 1]) == template[place_end:place_end + 1]:
            template = template[:at - 1].rstrip(" \t　") + template[place_end + 1:]
        elif beside:
            template = template[:start + beside.start(1)] + template[place_end:]
        elif _BEFORE_AWARD.match(after) or not before.strip():
            template = template[:at] + template[place_end + re.match(_JOINER, after).end():]
        else:
            template = template[:at] + "「{奖项}」" + template[place_end:]
    return template


def _without_clause(template: str, start: int, end: int) -> str:
    """The template without the clause from `start` to `end`: with the mark after it, or, when it ends the
    sentence (its mark 。！？ or the end), with the mark before it, so the sentence keeps its own end."""
    ends_sentence = end == len(template) or template[end] in "。！？.!?\n"
    if ends_sentence and start > 0:
        return template[:start - 1] + template[end:]
    return template[:start] + template[end + 1:]
