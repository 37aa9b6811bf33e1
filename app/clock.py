"""'Today' comes from one place: --today / HONGHUA_TODAY when given (tests, scheduled runs), else the clock.

Nothing under app/rules reads it: rules receive the period and today as arguments.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

from app.errors import UserError
from app.i18n import t
from app.periods import date_label, parse_date, shown_date


def resolve_today(text: str | None = None) -> date:
    """--today when given, else HONGHUA_TODAY when set, else the clock. Read as every day option is read
    (`2026/11/18` too: a Chinese Windows `%date%`), and refused naming where it came from. An empty --today is
    refused (a scheduled task's variable left unset, as `--db ""`); an empty HONGHUA_TODAY is not set."""
    if text is not None:
        if not text.strip():
            raise UserError(t("--today：日期是空的，应为 YYYY-MM-DD"))
        return _day(text, "--today")
    env = os.environ.get("HONGHUA_TODAY", "")
    if not env.strip():
        return date.today()
    return _day(env, t("环境变量 HONGHUA_TODAY"))


def today_is_fixed(text: str | None = None) -> bool:
    """Whether `resolve_today(text)` reads a day given (--today, HONGHUA_TODAY) rather than the clock: a window keeps
    a given day, and follows the clock past midnight otherwise."""
    return text is not None or bool(os.environ.get("HONGHUA_TODAY", "").strip())


def _day(text: str, source: str) -> date:
    try:
        return parse_date(text)
    except UserError as e:
        raise UserError(t("{field}：{message}", field=source, message=e.message)) from None


def yesterday(today: date) -> date:
    return today - timedelta(days=1)


def stamp_on(today: date, now: datetime | None = None) -> str:
    """When an owner's decision is kept (an award approval, a manual award line): today's date — the app's
    today, so a run with --today (a test, a scheduled task) dates it on that day, as its payout sheet and
    receipts then say — at the clock's time of day. The audit log keeps the real clock."""
    now = now or datetime.now()
    return datetime.combine(today, now.time()).isoformat(timespec="seconds")


def has_time(stamp: str) -> bool:
    """Whether a stored time holds its time of day: a value kept as a date alone (`2026-10-20`, a file written
    before times were kept, or by another program) is shown as that date, never as midnight."""
    return len(stamp.strip()) > len("2026-10-20")


def shown_stamp(stamp: str, seconds: bool = False) -> str:
    """A stored time where a person reads it (the window): `2026年11月2日 21:51`; `2026-11-02 21:51` in English.
    With seconds where two entries of one minute must be told apart (the audit log): `2026年11月2日 21:51:18`.
    A date kept without its time: the date alone."""
    at = datetime.fromisoformat(stamp.strip())
    if not has_time(stamp):
        return shown_date(at.date())
    return f"{shown_date(at.date())} {at:%H:%M:%S}" if seconds else f"{shown_date(at.date())} {at:%H:%M}"


def document_stamp(stamp: str) -> str:
    """A stored time on a Chinese document (payout sheet, 计算单): `2026年11月2日 21:51`, the day as the
    certificates write it, to the minute, so two approvals of one day are told apart; a date kept without its
    time: the day alone."""
    at = datetime.fromisoformat(stamp.strip())
    day = date_label(at.date())
    return f"{day} {at:%H:%M}" if has_time(stamp) else day


def stamp_text(stamp: str) -> str:
    """A stored time `2026-10-20T09:15:02` as the app shows it: `2026-10-20 09:15:02`."""
    return stamp.replace("T", " ")
