"""Flower cards are printed in Chinese, as certificates are, whatever language the window speaks."""

from datetime import date

import pytest

from app import i18n
from app.flowers import Flower
from app.recognition.cards import card_requests


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


def test_a_flower_card_says_who_gave_it_and_until_when_in_chinese_in_the_english_window(english):
    flower = Flower(1, "HF-2026-0001", 1, 2, date(2026, 10, 2), date(2027, 1, 2), "主动跟进差评客户并挽回", "客户服务")
    [card] = card_requests([flower], {1: "王店长", 2: "小美"})
    assert card.value_text == "主动跟进差评客户并挽回（王店长 2026年10月2日发，有效期至 2027年1月2日）"
    assert i18n.language() == "en"  # the window's language is left as it was
