"""What each print of a certificate said, and whether a paper printed earlier still says what a reprint would.

A number and its checksum cover the recipient, the award and the period; the value and a ranked award's place
are not part of them, so a re-approval that pays another amount or gives another place changes what a reprint
says under the same number. A person renamed since (a typo corrected) is printed with the name they have now,
the certificate's checksum made again with it, so the earlier paper's checksum is that of the name it printed.
Each print records its content (`Content`), so verify can say what each paper said, and the 证书 page marks a
certificate whose last print no longer says what a reprint would (已变更，需重印).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from app.certificates import citation, numbering
from app.certificates.model import (
    STAFF,
    UNNAMED_PRIZE,
    Certificate,
    CertificateRequest,
    Content,
    Options,
    PrintRecord,
)
from app.i18n import bracketed, joined, t
from app.periods import parse_period, shown_date


def recipient_now(request: CertificateRequest, cert: Certificate) -> str:
    """The name a page of this request prints: a person's certificate the name the request has now (a typo
    corrected since it was issued; the service makes its checksum again with it). A department's or a name typed
    by hand is the certificate's identity: another name would be another certificate."""
    return request.recipient if cert.recipient_type == STAFF else cert.recipient


def reprinted(request: CertificateRequest, cert: Certificate, value_shown: bool = True) -> Content:
    """What a page of this request says whatever the options (`value_shown`: unless the page leaves the value out)."""
    return Content(recipient=recipient_now(request, cert), award=request.award, period=request.period.label(),
                   place=citation.place_text(request.place), value=request.value_text,
                   value_shown=bool(request.value_text) and value_shown)


def drawn(request: CertificateRequest, cert: Certificate, chosen: Options) -> Content:
    """What the page drawn for this request with these options says: the value only where 显示奖励 prints it or
    the citation quotes it."""
    return reprinted(request, cert, value_shown=chosen.show_value or "{奖励}" in chosen.citation)


def as_issued(cert: Certificate) -> Content:
    """The content of a certificate whose prints were recorded without it (an earlier version): as the record
    has it, the value taken as shown and the place unknown (not compared). The service puts in the value of the
    approval in force at the print where one was (`verification.unrecorded`)."""
    return Content(recipient=cert.recipient, award=cert.award, period=parse_period(cert.period_key).label(),
                   value=cert.value_text, value_shown=True)


@dataclass(frozen=True)
class Change:
    """One thing a paper says that a reprint would say otherwise."""

    what: str  # "value" | "place" | "recipient" | "award"
    printed: str
    now: str

    def text(self) -> str:
        printed, now = self.printed, self.now
        if self.what == "place":  # as printed (第一名): 1st place in English
            printed, now = citation.shown_place(printed), citation.shown_place(now)
        printed, now = printed or t("无"), now or t("无")
        if self.what == "value":
            return t("奖励：{printed} → {now}", printed=printed, now=now)
        if self.what == "place":
            return t("名次：{printed} → {now}", printed=printed, now=now)
        if self.what == "recipient":
            return t("姓名：{printed} → {now}", printed=printed, now=now)
        return t("奖项：{printed} → {now}", printed=printed, now=now)


def changes(last: PrintRecord | None, cert: Certificate, now: Content, unrecorded: Content | None = None
            ) -> list[Change]:
    """What the certificate's last print says that a reprint now (`now`) would say otherwise; none when it was
    never printed. The value counts only where the paper showed it. `unrecorded`: what a last print recorded
    without its content said, as far as the records tell (else as issued)."""
    if last is None:
        return []
    printed = last.content or replace(unrecorded or as_issued(cert), recipient=last.recipient or cert.recipient)
    found = []
    if printed.recipient != now.recipient:
        found.append(Change("recipient", printed.recipient, now.recipient))
    if printed.award.strip() != now.award.strip():
        found.append(Change("award", printed.award, now.award))
    if last.content is not None and printed.place != now.place:
        found.append(Change("place", printed.place, now.place))
    if printed.value_shown and not _same_value(printed.value, now.value):
        found.append(Change("value", printed.value or "", now.value or ""))
    return found


_PRIZE_WORTH = re.compile(re.escape(UNNAMED_PRIZE) + r"（价值 ¥[\d,.]+）")


def _same_value(printed: str | None, now: str | None) -> bool:
    """Whether a paper's value says what a reprint's would: an unnamed prize printed as the word alone (「奖励：奖品」,
    before its worth was printed with it) says the same as 奖品（价值 ¥100.00）, vaguely but not wrongly; beside
    the rest of the value too (¥50.00、奖品). Anything else said otherwise (a cake added) is a change."""
    if (printed or None) == (now or None):
        return True
    return bool(printed and now) and _PRIZE_WORTH.sub(UNNAMED_PRIZE, now) == printed


def name_printed(secret: bytes, cert: Certificate, prints: tuple[PrintRecord, ...], check: str) -> str | None:
    """The name an earlier print carried whose checksum is `check`: a paper printed before the person's name was
    changed (newest first); None when no name printed gives it."""
    for print_ in reversed(prints):
        name = print_.recipient
        if name and name != cert.recipient and \
                numbering.checksum(secret, cert.number, name, cert.award, cert.period_key) == check:
            return name
    return None


def printed_day(print_: PrintRecord) -> str:
    """The day of a print as messages write a day: 2026年11月3日 (2026-11-03 in English)."""
    return shown_date(date.fromisoformat(print_.at[:10]))


def changes_text(last: PrintRecord, found: list[Change]) -> str:
    """The note under the preview: what the paper printed on that day says, and what a reprint would say."""
    return t("这张证书 {day} 打印后内容已变更（{changes}），需要重印：手上那份与现在的记录不符",
             day=printed_day(last), changes=joined((c.text() for c in found), separator="；"))


def said_otherwise(print_: PrintRecord, now: Content) -> bool:
    """Whether this print's paper says another value or place than a reprint would now."""
    said = print_.content
    return said is not None and (said.printed_value not in (None, now.value) or said.place != now.place)


def prints_differ(prints: tuple[PrintRecord, ...] | list[PrintRecord]) -> bool:
    """Whether the prints recorded with their content said different values or places among themselves."""
    return len({(p.content.printed_value, p.content.place) for p in prints if p.content is not None}) > 1


def value_history(prints: tuple[PrintRecord, ...] | list[PrintRecord], now: Content) -> str:
    """The value as verify says it: 「¥60.00（2026-12-05 重印；2026-11-03 首次打印时为 ¥40.00）」 — what each
    print said, newest first, when a paper printed says another value than the records now; else the value."""
    value = now.value or t("无")
    if not any(said_otherwise(p, now) for p in prints):
        return value
    said = []
    for i, p in reversed(list(enumerate(prints))):
        kind = t("{day} 首次打印", day=printed_day(p)) if i == 0 else t("{day} 重印", day=printed_day(p))
        shown = p.content.printed_value if p.content is not None else None
        if p.content is None:
            said.append(t("{print}（内容未记录）", print=kind))
        elif shown is None:
            said.append(t("{print}时未印奖励", print=kind))
        elif shown != now.value:
            said.append(t("{print}时为 {value}", print=kind, value=shown))
        else:
            said.append(kind)
    return bracketed(value, joined(said, separator="；"))
