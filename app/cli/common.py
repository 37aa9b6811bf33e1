"""What every command shares: printing (JSON and aligned tables), dates, and finding staff and metrics."""

from __future__ import annotations

import json
import sys
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import t
from app.periods import parse_date

if TYPE_CHECKING:
    from app.domain import Staff
    from app.shop import Shop

EMPTY = "-"


def say(text: str = "") -> None:
    print(text, file=sys.stdout)


def note(text: str) -> None:
    """A remark for the person at the keyboard (stderr), kept out of what scripts read from stdout."""
    print(text, file=sys.stderr)


def emit_json(data: object) -> None:
    say(json.dumps(data, ensure_ascii=False, indent=2))


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def day_arg(text: str | None, field: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except UserError as e:
        raise UserError(t("{field}：{message}", field=field, message=e.message)) from None


def check_output_name(text: str | None, suffix: str, option: str = "-o") -> None:
    """A file the command writes must be named for what it is (`suffix`, any case): an Excel sheet or a PDF
    is never written under another kind's name (p.txt holding a workbook). None (not given) passes."""
    if text is not None and not text.strip().lower().endswith(suffix):
        raise UserError(t("{option} 要写一个以 {suffix} 结尾的文件名（现在是「{path}」）", option=option,
                          suffix=suffix, path=text))


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def table(headers: list[str], rows: list[list[str]], right: set[int] | frozenset[int] = frozenset()) -> str:
    """A plain-text table aligned by display width (a Chinese character is two columns)."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))

    def line(cells: list[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - display_width(cell))
            out.append(pad + cell if i in right else cell + pad)
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def pct(value: float | None) -> str:
    return EMPTY if value is None else f"{value:.1f}%"


def resolve_staff(shop: Shop, word: str) -> Staff:
    return shop.staff.resolve(word)


def person_json(person: Staff, today: date) -> dict[str, object]:
    """One person as `honghua staff list --json` prints them (the scheduled-task contract)."""
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "dept": person.dept,
        "role": person.role,
        "hired": iso(person.hired),
        "left": iso(person.left),
        "birthday": person.birthday.text() if person.birthday else None,
        "birthday_lunar": bool(person.birthday and person.birthday.lunar),
        "active": person.is_current(today),
    }


def birthday_text(person: Staff) -> str:
    if person.birthday is None:
        return EMPTY
    return (t("农历") if person.birthday.lunar else "") + person.birthday.text()
