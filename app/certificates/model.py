"""What a certificate is: the request to print one, the issued record, and the options of a print job."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from app.periods import Period

STAFF, DEPARTMENT, NAME = "staff", "department", "name"
RECIPIENT_TYPES = (STAFF, DEPARTMENT, NAME)
TEMPLATES = ("classic", "modern", "card")
PAGES = ("a4-landscape", "a4-portrait", "a5-landscape", "a5-portrait")
CARDS_PER_SHEET = (4, 8)  # what the 证书 page and `certificates --cards` offer
# 小红花卡 also come 12 to a sheet (3 × 4, `settings.FLOWER_CARDS_PER_SHEET`): too small for a certificate's award
# title of some length, which a flower card's 「小红花 HF-2026-0001」 is not
FLOWER_CARDS_PER_SHEET = (8, 12)
IMAGE_KINDS = ("seal", "signature", "logo")
UNNAMED_PRIZE = "奖品"  # the item of goods the plan does not name (`rules.context._item`), as certificates print it


@dataclass(frozen=True)
class CertificateRequest:
    """One certificate to print: who (a person, a department or a name typed by hand), for what, when."""

    recipient: str
    award: str
    period: Period
    value_text: str | None = None
    recipient_type: str = NAME
    staff_id: int | None = None
    place: int | None = None  # a ranked award's place (ties share it); not part of its identity
    # the value said ever shorter, for a card that cannot print `value_text` whole at a readable size (a flower's
    # fact with who gave it and until when said shorter): the first its card holds whole is printed instead
    shorter_values: tuple[str, ...] = ()

    def identity(self) -> str:
        """What makes two requests the same certificate (so a reprint keeps its number)."""
        who = str(self.staff_id) if self.recipient_type == STAFF else " ".join(self.recipient.split())
        return f"{self.period.key()}|{self.recipient_type}|{who}|{self.award.strip()}"

    @property
    def is_group(self) -> bool:
        return self.recipient_type == DEPARTMENT


@dataclass(frozen=True)
class Content:
    """What one print of a certificate says: a reprint after a re-approval may say another value or place under
    the same number and checksum (neither is part of the checksum). `value` is the certificate's value at that
    print, `value_shown` whether the page carried it (the 显示奖励 option, or a citation quoting {奖励})."""

    recipient: str
    award: str
    period: str  # as printed: 2026年10月
    place: str = ""  # a ranked award's place as printed (第一名); "" for none
    value: str | None = None
    value_shown: bool = False

    @property
    def printed_value(self) -> str | None:
        """The value as the paper says it; None when it says none."""
        return self.value if self.value_shown else None


@dataclass(frozen=True)
class Certificate:
    """An issued certificate: its number never changes and is never reused."""

    id: int
    number: str
    checksum: str
    period_key: str
    recipient_type: str
    staff_id: int | None
    recipient: str
    award: str
    value_text: str | None
    issued: date
    created_at: str
    created_by: str
    identity: str = ""
    # what the job that returned it drew on its page, recorded with its print (not part of the record itself)
    drawn: Content | None = field(default=None, compare=False)

    @property
    def is_group(self) -> bool:
        return self.recipient_type == DEPARTMENT


@dataclass(frozen=True)
class PrintRecord:
    certificate_id: int
    at: str
    os_user: str
    copies: int
    output: str
    template: str
    content: Content | None = None  # None: printed by a version that did not record what a print said
    # the name the paper carries: recorded with the content; on a print without it, written when its certificate
    # was first renamed (the name it had until then); None: the certificate's own, never changed since
    recipient: str | None = None


@dataclass(frozen=True)
class Options:
    """How a print job looks. `citation` is the template with {姓名} {期间} {奖项} {奖励} {店铺} {名次} fields."""

    template: str = "classic"
    page: str = "a4-landscape"
    citation: str = ""
    chinese_date: bool = False
    show_value: bool = False
    cards_per_sheet: int = 4
    draft: bool = False
    copies: int = 1
    award_templates: tuple[tuple[str, str], ...] = ()  # (award title, template) chosen per award

    def template_for(self, award: str) -> str:
        """The template chosen for this award, else the job's own."""
        title = award.strip()
        for key, template in self.award_templates:
            if key == title:
                return template
        return self.template

    def templates_for(self, awards: Iterable[str]) -> set[str]:
        """The templates certificates of these awards print with (none listed: the job's own)."""
        return {self.template_for(award) for award in awards} or {self.template}


@dataclass(frozen=True)
class Images:
    """The shop's PNGs (bytes): the seal placed over the date, a signature, the logo (modern template)."""

    seal: bytes | None = None
    signature: bytes | None = None
    logo: bytes | None = None


@dataclass(frozen=True)
class Sheet:
    """Everything one certificate prints, as final strings (the renderer adds nothing of its own)."""

    recipient: str
    award: str
    period_label: str
    citation: str
    value_line: str
    shop_name: str
    date_text: str
    number: str
    checksum: str
    qr_payload: str
    is_group: bool = False
    draft: bool = False
    place: str = ""  # a ranked award's place (第一名) printed beside its title, when the citation does not say it
    shorter_citations: tuple[str, ...] = ()  # the citation with the request's `shorter_values` (a card's fallbacks)

    def award_title(self, quoted: bool = False) -> str:
        """The award as the title line prints it: 「红花榜」第一名 (classic), 红花榜 第一名."""
        if quoted:
            return f"「{self.award}」{self.place}"
        return f"{self.award} {self.place}" if self.place else self.award


@dataclass
class Outcome:
    """What a print job wrote and what the user must be told (missing glyphs, skipped lines)."""

    paths: list = field(default_factory=list)
    certificates: list[Certificate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
