"""What `certificates verify` finds for a number or a QR code's text: whether the shop issued it, whether its
checksum matches, whether its award still stands, and what each print said beside what a reprint would say now.

A person's certificate reprinted after they were renamed carries the new name and a new checksum under the same
number; the paper printed before still verifies when its checksum is that of a name a print of it carried
(`printed.name_printed`), said as an earlier print under that name (`printed_as`), not as a forgery."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.certificates import numbering, printed, sources
from app.certificates.model import Certificate, CertificateRequest, Content, PrintRecord
from app.certificates.standing import Standing, Void
from app.periods import parse_period

if TYPE_CHECKING:
    from app.store import Store


@dataclass(frozen=True)
class Verification:
    """What a check of a number says. "void": the shop issued it, but a later approval of its period no
    longer has its award (`void.superseded_by` names that approval). "no_key": the shop issued it, but this
    file lost the key its checksum is made with (a cleared file), so its content cannot be checked. `now`: what a
    reprint would say (the value and place of the period's current approval), beside what each print said."""

    status: str  # "ok" | "void" | "unknown" | "tampered" | "no_key" | "malformed"
    number: str | None = None
    certificate: Certificate | None = None
    checksum_checked: bool = False
    prints: tuple[PrintRecord, ...] = ()
    void: Void | None = None
    now: Content | None = None
    unrecorded: Content | None = None  # what a last print recorded without its content said (`printed.changes`)
    printed_as: str | None = None  # the paper checked is an earlier print, under the name the person had then

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def changed(self) -> list[printed.Change]:
        """What the last print says that a reprint now would say otherwise (a re-approval or a rename since it)."""
        if self.certificate is None or self.now is None:
            return []
        return printed.changes(self.prints[-1] if self.prints else None, self.certificate, self.now, self.unrecorded)


def verify(store: Store, text: str) -> Verification:
    scanned = numbering.parse_scanned(text)
    if scanned is None:
        return Verification("malformed")
    cert = store.certificates.by_number(scanned.number)
    if cert is None:
        return Verification("unknown", scanned.number)
    prints = tuple(store.certificates.prints(cert.id))
    secret = store.certificates.stored_secret()
    if secret is None:  # a cleared file lost its key: it is the file that cannot check, not the certificate that fails
        return Verification("no_key", scanned.number, cert, False, prints)
    expected = numbering.checksum(secret, cert.number, cert.recipient, cert.award, cert.period_key)
    if expected != cert.checksum:
        return Verification("tampered", scanned.number, cert, True, prints)
    printed_as = None
    if scanned.checksum not in (None, cert.checksum):  # an earlier print, before the person was renamed, or altered
        printed_as = printed.name_printed(secret, cert, prints, scanned.checksum)
        if printed_as is None:
            return Verification("tampered", scanned.number, cert, True, prints)
    standing = Standing(store)
    void = standing.void(cert)
    status = "ok" if void is None else "void"
    return Verification(status, scanned.number, cert, scanned.checksum is not None, prints, void,
                        _now(cert, standing), unrecorded(cert, prints[-1] if prints else None, standing), printed_as)


def _now(cert: Certificate, standing: Standing) -> Content:
    """What a reprint of the certificate would say: its award's lines in the period's current approval give
    the value and place; else (made by hand, a flower card, void) the value it was last printed with."""
    lines = standing.current_lines(cert)
    request = _request_of(cert)
    if lines and lines[0].staff_name:  # a person renamed since the last print is reprinted with the name approved
        request = replace(request, recipient=lines[0].staff_name)
    return printed.reprinted(sources.with_lines(request, lines) if lines else request, cert)


def _request_of(cert: Certificate) -> CertificateRequest:
    return CertificateRequest(cert.recipient, cert.award, parse_period(cert.period_key), cert.value_text,
                              cert.recipient_type, cert.staff_id)


def unrecorded(cert: Certificate, last: PrintRecord | None, standing: Standing) -> Content | None:
    """What a last print recorded before prints kept their content said, as far as the records tell: the value of
    the approval in force when it was printed. Earlier versions kept the value at issue on the certificate, so a
    reprint after a re-approval printed another value than the record; None where no approval tells."""
    if last is None or last.content is not None:
        return None
    lines = standing.lines_at(cert, last.at)
    if not lines:
        return None
    return replace(printed.as_issued(cert), value=sources.with_lines(_request_of(cert), lines).value_text)
