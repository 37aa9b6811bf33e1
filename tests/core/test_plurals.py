"""Counts in English say "1 flower" and "2 flowers": a translation writes the word for a count as a field with the
two forms, `{n} {n:flower/flowers}` (app.i18n.fill); Chinese has no plural and is unchanged."""

from datetime import date
from fractions import Fraction

import pytest

from app import i18n
from app.i18n import fill, t


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


def test_fill_says_one_or_many_and_formats_as_str_format():
    assert fill("Latest {n} {n:entry/entries}", n=1) == "Latest 1 entry"
    assert fill("Latest {n} {n:entry/entries}", n=0) == "Latest 0 entries"
    assert fill("{n} {n:person has/people have} no target", n=1) == "1 person has no target"
    assert fill("{n} {n:flower/flowers}", n=Fraction(1)) == "1 flower"  # a rule's reading may be a Fraction
    assert fill("{x:.1f} {y:,} {{n}} {d:%Y/%m}", x=2.25, y=12500, d=date(2026, 10, 1)) == "2.2 12,500 {n} 2026/10"


def test_app_messages_say_one_of_a_count_in_english(english):
    """Flowers and days in an award's explanation, the lines of an approval: "1 flowers", "(1 days)" before."""
    assert t("{n} 朵", n=1) == "1 flower" and t("{n} 朵", n=3) == "3 flowers"
    assert t("手工录入（{n} 天）", n=1) == "typed by hand (1 day)"
    assert t("{n} 次", n=1) == "1 time"
    assert t("店主密码已连续输错 {count} 次，请 {n} 秒后再试", count=3, n=1) == \
        "Wrong owner PIN 3 times in a row: try again in 1 second"


def test_chinese_messages_are_as_before():
    assert t("{n} 朵", n=1) == "1 朵" and t("手工录入（{n} 天）", n=1) == "手工录入（1 天）"
