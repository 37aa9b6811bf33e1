"""A refusal of a typed number or amount opens with the field's name; in English the name a caller gives may be
the word used inside sentences ("value", "amount"): it opens the sentence with a capital all the same."""

import pytest

from app import i18n
from app.errors import UserError
from app.money import parse_decimal, parse_yuan


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


@pytest.mark.parametrize(("parse", "text", "opening"), [
    (parse_decimal, "abc", 'Value: "abc" is not a valid number'),
    (parse_yuan, "12,5a", 'Value: "12,5a" is not a valid amount'),
    (parse_yuan, "1.005", "Value has at most two decimals"),
    (parse_yuan, " ", "Value: the amount cannot be empty"),
])
def test_an_english_refusal_opens_with_a_capital(english, parse, text, opening):
    with pytest.raises(UserError) as refused:
        parse(text, field=i18n.t("数值"))
    assert refused.value.message.startswith(opening)


def test_the_event_number_refused_in_english(english, shop):
    from datetime import date

    from app.domain import StaffDraft

    person = shop.staff.add(StaffDraft("小美", hired=date(2026, 3, 1)))
    with pytest.raises(UserError) as refused:
        shop.events.add(date(2026, 10, 5), person.id, "表扬", value="abc")
    assert refused.value.message == 'Value: "abc" is not a valid number'


def test_chinese_is_as_it_was():
    with pytest.raises(UserError) as refused:
        parse_decimal("abc", field="数值")
    assert refused.value.message == "数值：「abc」不是有效的数字"


@pytest.mark.parametrize("name", ["uv访客", "iPhone销量", "ipad sales"])
def test_a_custom_metric_name_is_written_as_given_in_chinese(shop, name):
    """A name the owner gave opens a Chinese refusal as it was typed: 「uv访客」 is not 「Uv访客」."""
    metric = shop.metric_service.add_custom(name, unit="count", decimals=0)
    with pytest.raises(UserError) as refused:
        metric.parse("abc")
    assert refused.value.message == f"{name}：「abc」不是有效的数字"


def test_a_name_with_a_capital_inside_keeps_its_letters_in_english(english, shop):
    metric = shop.metric_service.add_custom("iPhone sales", unit="yuan")
    with pytest.raises(UserError) as refused:
        metric.parse("12,5a")
    assert refused.value.message.startswith('iPhone sales: "12,5a" is not a valid amount')
