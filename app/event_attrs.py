"""An event's attributes as the shop reads them: `margin=38%, paid=yes` → 毛利率 38%，全款 是.

The keys stay as typed (plans match on them), except a name typed as the list shows it (`毛利率：38%` → margin);
only the display uses the names in data/event_types.json.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache

from app.i18n import every_language, joined, t
from app.money import normalize_number_text
from app.resources import data_path


@lru_cache(maxsize=1)
def _labels() -> tuple[dict[str, str], dict[str, str]]:
    raw = json.loads(data_path("event_types.json").read_text(encoding="utf-8"))
    return raw.get("attribute_labels", {}), raw.get("value_labels", {})


def describe_attrs(attrs: dict[str, str]) -> str:
    names, _ = _labels()
    return joined((f"{t(names[k])} {describe_attr_value(v)}" if k in names else f"{k}={v}"
                   for k, v in sorted(attrs.items())), separator="，")


def describe_attr_value(value: str) -> str:
    """A value as the event list shows it (`no` → 否), else as typed."""
    _, values = _labels()
    return t(values[value.lower()]) if value.lower() in values else value


def condition_values(key: str, values: tuple[str, ...]) -> tuple[str, ...]:
    """The values a rule's condition on attribute `key` allows, as an owner says them: where it takes every way
    the event list may hold a value (yes and 是, its label in each language), that value once as the list shows
    it (是; yes in English) — the attribute's own name as a value counts as yes (全款=全款, as a shop types it);
    `paid: yes, 是, 全款` reads 全款 为 是. A value taken in one spelling only stays as written, since a record
    typed the other way does not count."""
    names, labels = _labels()
    spellings = {value: {value, *(form.lower() for form in every_language(label))} for value, label in labels.items()}
    own = {form.lower() for form in (every_language(names[key]) if key in names else ())
           for form in (form, form.removesuffix("?"))}

    def meaning(value: str) -> str | None:
        low = value.strip().lower()
        if low in own and "yes" in labels:
            return "yes"
        return next((found for found, forms in spellings.items() if low in forms), None)

    given = {value.strip().lower() for value in values}
    said = []
    for value in values:
        found = meaning(value)
        said.append(t(labels[found]) if found and spellings[found] <= given else value)
    return tuple(dict.fromkeys(said))


def attribute_key(name: str) -> str:
    """The key of an attribute typed by a name the window shows it under, in either language (`毛利率` →
    margin, `全款`, `paid in full?` or `Paid in full` → paid), so a rule's filter on the key sees it; any other
    name as typed."""
    return shown_attribute_names().get(name.strip().lower(), name)


@lru_cache(maxsize=1)
def shown_attribute_names() -> dict[str, str]:
    """Every name, in lower case, an attribute is shown under → its key: the list's label in each language, and
    the English one without its question mark as a sentence writes it (`paid in full`, `describe_attr_name`)."""
    names, _ = _labels()
    return {form.lower(): key for key, label in names.items() for shown in every_language(label)
            for form in (shown, shown.removesuffix("?"))}


def describe_attr_name(key: str) -> str:
    """An attribute's name as the shop reads it (`margin` → 毛利率), else the key. In a sentence: the English
    list's label asks a question (「paid in full? no」), a condition names it (paid in full is yes)."""
    names, _ = _labels()
    return t(names[key]).removesuffix("?") if key in names else key


@lru_cache(maxsize=1)
def percent_attributes() -> frozenset[str]:
    """The attributes that hold a percentage (`margin`), as data/event_types.json declares them."""
    raw = json.loads(data_path("event_types.json").read_text(encoding="utf-8"))
    return frozenset(raw.get("percent_attributes", ()))


def percent_readings(text: str) -> tuple[str, str] | None:
    """The two readings of a number below 1 typed without a % sign (`0.35`: 35% or 0.35%), else None.

    A margin of 0.35 is almost surely the fraction 35%, but 0.35% is a percentage too: the owner says which."""
    s = normalize_number_text(text)
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    if not value.is_finite() or not 0 < value < 1:
        return None
    return f"{(value * 100).normalize():f}%", f"{value.normalize():f}%"


def parse_percent_attr(text: str) -> Fraction | None:
    """`35%` or `35` → 35% (as 0.35); None when not a number. A bare number below 1 (`0.35`) is ambiguous and
    said before this is asked (`percent_readings`)."""
    s = normalize_number_text(text).rstrip("%")
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    return Fraction(value) / 100 if value.is_finite() else None
