"""Between the editor's text boxes and a plan file's values (no Qt here).

What a person typed becomes the value a plan file holds: amounts in yuan (`¥1,500` → 1500, `0.5` → 0.5),
percentages as 100 = 100% (`120%` → 120), whole numbers as ints. Text that is not a number is passed on as
it was typed, so that app.rules.parse_plan refuses it with its message naming the rule and the field.
Empty text is None: the field is left out of the file (parse_plan then says it is missing, or uses its
default)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from app.errors import UserError
from app.money import normalize_number_text, parse_decimal, parse_yuan


def shown(value: Any) -> str:
    """A plan file's value as text in an editor."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
    return str(value)


def plain_number(value: Decimal) -> int | Decimal:
    """Whole numbers as int (the file then says 200, not "200.00")."""
    return int(value) if value == value.to_integral_value() else value.normalize()


def money_value(text: str) -> Any:
    """Yuan text → a yuan number exact to the fen; not money → the text as typed; empty → None."""
    text = text.strip()
    if not text:
        return None
    try:
        fen = parse_yuan(text)
    except UserError:
        return text
    return plain_number(Decimal(fen) / 100)


def number_value(text: str, *, percent: bool = False, yuan: bool = False) -> Any:
    """`2,000` → 2000, `0.5` → 0.5, `120%` → 120 (when percent); not a number → the text; empty → None. A number of
    a money metric (`yuan`: the boxes say 「销售额写元」) may be typed as an amount is (`3000元`, `¥3,000`) → 3000,
    exact to the fen as in every 金额 box; elsewhere (订单数, 比例（%）) a yuan mark is no number, refused as before."""
    if yuan and any(mark in normalize_number_text(text) for mark in ("¥", "元")):  # NFKC made ￥ a ¥
        return money_value(text)
    text = normalize_number_text(text)
    if percent:
        text = text.removesuffix("%")
    if not text:
        return None
    try:
        return plain_number(parse_decimal(text))
    except UserError:
        return text


def int_value(text: str) -> Any:
    """A count as the grids read one (`12`, `1,000`, `5千`) → int; not a whole number → the text, refused by
    parse_plan naming the field; empty → None."""
    text = normalize_number_text(text)
    if not text:
        return None
    try:
        number = parse_decimal(text)
    except UserError:
        return text
    return int(number) if number == number.to_integral_value() else text


def split_names(text: str) -> list[str]:
    """`客服部、售后部` (also ，, ; or spaces) → ["客服部", "售后部"]."""
    for sep in ("、", "，", ",", ";", "；"):
        text = text.replace(sep, " ")
    return [word for word in text.split() if word]


def to_json(value: Any) -> str:
    """A plan value (which may hold Decimals) as JSON text for the 高级 box."""
    def default(v: object) -> object:
        if isinstance(v, Decimal):
            return plain_number(v) if v == v.to_integral_value() else str(v)
        raise TypeError(type(v).__name__)

    return json.dumps(value, ensure_ascii=False, indent=1, default=default)


def from_json(text: str) -> Any:
    """JSON text → value (decimals stay exact); ValueError with the position when it is not JSON."""
    return json.loads(text, parse_float=Decimal)
