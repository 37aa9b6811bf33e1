"""Certificates as the CLI and the GUI use them: check, number, draw, record, verify.

A print job is one user action, and it holds the shop file's write lock only for its short end. It first
reads which numbers it would give (a reprint keeps its own) and draws the PDFs with them into temporary
files beside their targets, without the lock: another window's typed cell or a scheduled import is not kept
waiting while hundreds of pages are drawn. Then one transaction gives the numbers for real and records the
print and its audit row. If another job (a second window, the command line) gave numbers in the meantime,
so that a page drawn would not say what the shop now records for its certificate, that transaction is rolled
back and the pages are drawn again with the numbers as they are then (`NUMBERING_ATTEMPTS` times at most,
then the job is refused, having written nothing). The PDFs are moved into place only after the commit — so
a failed or cancelled job leaves neither numbers nor a half-written file behind, and a file in place always
carries the numbers the shop has recorded for its certificates. A power cut between the commit and the
moves leaves the numbers recorded without their new files (the run was cut short and is run again; a
reprint keeps the numbers); the other order could leave a certificate whose number the shop never recorded
— one `verify` calls unknown and the next job gives to someone else. A draft writes nothing to the shop file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.certificates import blocks, citation, numbering, printed
from app.certificates import options as declared
from app.certificates.checks import (
    check_options,
    checked_request,
    hand_made,
    missing_text,
    order_key,
    shortened_text,
)
from app.certificates.filenames import unique_names
from app.certificates.glyphs import FontPlan, Fonts, Missing
from app.certificates.images import KIND_LABELS, read_png
from app.certificates.model import (
    IMAGE_KINDS,
    NAME,
    STAFF,
    TEMPLATES,
    Certificate,
    CertificateRequest,
    Images,
    Options,
    Outcome,
    PrintRecord,
    Sheet,
)
from app.certificates.render import (
    CancelFlag,
    Progress,
    Temps,
    draw_pdf,
    make_template,
    page_size,
    replace_into,
    temp_beside,
    writable_target,
    writing,
)
from app.certificates.standing import Standing, Void
from app.certificates.verification import Verification, unrecorded, verify
from app.domain import Staff, normalize_alias
from app.errors import UserError
from app.i18n import joined, t
from app.periods import Period, chinese_date, date_label
from app.security import PinRequired

NUMBERING_ATTEMPTS = 3  # drawings redone when other jobs keep taking the numbers planned, before giving up

if TYPE_CHECKING:
    from app.services.catalog import SettingService
    from app.services.context import Context
    from app.store import Store


class _NumbersTaken(Exception):
    """Another job gave numbers after this one planned its own: what was drawn no longer matches."""


class CertificateService:
    def __init__(self, store: Store, ctx: Context, settings: SettingService, fonts: FontPlan | None = None):
        self.store = store
        self.ctx = ctx
        self.settings = settings
        self.font_plan = fonts
        self._fonts: Fonts | None = None

    # ---- options and images
    def options(self, **overrides: object) -> Options:
        """The saved options with `overrides` (None values ignored), checked."""
        saved = {"template": self.settings.get(declared.TEMPLATE), "page": self.settings.get(declared.PAGE),
                 "citation": self.settings.get(declared.CITATION),
                 "chinese_date": self.settings.get(declared.CHINESE_DATE),
                 "show_value": self.settings.get(declared.SHOW_VALUE),
                 "cards_per_sheet": self.settings.get(declared.CARDS_PER_SHEET),
                 "award_templates": tuple(sorted(self.award_templates().items()))}
        saved.update({k: v for k, v in overrides.items() if v is not None})
        return check_options(Options(**saved))  # type: ignore[arg-type]

    def award_templates(self) -> dict[str, str]:
        """The template chosen for each award title (awards not named use the job's template)."""
        saved = self.settings.get(declared.AWARD_TEMPLATES)
        return {str(k): v for k, v in dict(saved).items() if v in TEMPLATES}  # type: ignore[call-overload]

    def set_award_template(self, award: str, template: str | None) -> None:
        """Choose the template of one award title; None: the award follows the job's template again."""
        title = str(award).strip()
        if not title:
            raise UserError(t("奖项名称不能为空"))
        if template is not None and template not in TEMPLATES:
            raise UserError(t("证书模板只能是：{choices}", choices=joined(TEMPLATES)))
        chosen = self.award_templates()
        if template is None:
            chosen.pop(title, None)
        else:
            chosen[title] = template
        self.settings.set(declared.AWARD_TEMPLATES, dict(sorted(chosen.items())))

    def save_options(self, chosen: Options) -> None:
        chosen = check_options(chosen)
        self.settings.set_many([(declared.TEMPLATE, chosen.template), (declared.PAGE, chosen.page),
                                (declared.CITATION, chosen.citation), (declared.CHINESE_DATE, chosen.chinese_date),
                                (declared.SHOW_VALUE, chosen.show_value),
                                (declared.CARDS_PER_SHEET, chosen.cards_per_sheet)])

    def images(self) -> Images:
        found = {kind: self.store.certificates.image(kind) for kind in IMAGE_KINDS}
        return Images(**{kind: (item[1] if item else None) for kind, item in found.items()})

    def set_image(self, kind: str, path: str | Path) -> list[str]:
        """Keep a PNG (the seal, a signature, the logo) in the shop file; returns warnings for the owner
        (no transparent background, too small to print sharply)."""
        if kind not in IMAGE_KINDS:
            raise ValueError(kind)
        image = read_png(kind, path)
        with self.store.atomic():
            self.store.certificates.set_image(kind, image.name, image.data)
            self.store.audit.add(self.ctx.user, "certificate.image", t("证书图片（{kind}）：{name}",
                                 kind=t(KIND_LABELS[kind]), name=image.name), {"kind": kind}, pin_used=self.ctx.pin_used)
        return image.warnings

    def image_names(self) -> dict[str, str]:
        """The file name each uploaded image had, by kind."""
        found = {kind: self.store.certificates.image(kind) for kind in IMAGE_KINDS}
        return {kind: item[0] for kind, item in found.items() if item}

    def clear_image(self, kind: str) -> None:
        with self.store.atomic():
            self.store.certificates.clear_image(kind)
            self.store.audit.add(self.ctx.user, "certificate.image", t("删除证书图片（{kind}）", kind=t(KIND_LABELS[kind])),
                                 {"kind": kind}, pin_used=self.ctx.pin_used)

    @property
    def fonts(self) -> Fonts:
        if self._fonts is None:
            self._fonts = Fonts(self.font_plan)
        return self._fonts

    # ---- checking
    def check(self, requests: list[CertificateRequest], chosen: Options, shop_name: str) -> list[Missing]:
        """Every character of every text against the fonts that will draw it, before anything is printed."""
        return self._missing(self._unnumbered(requests, chosen, shop_name))

    def _missing(self, sheets: list[Sheet]) -> list[Missing]:
        fonts = self.fonts
        found: list[Missing] = []
        seen: set[tuple[str, str]] = set()
        lacking: dict[tuple[int, str], list[str]] = {}  # a batch repeats its awards, shop name and citations
        for sheet in sheets:
            said: set[str] = set()  # a character said for the name is not said again for the citation quoting it
            for chain, text in ((fonts.name, sheet.recipient), (fonts.title, sheet.award),
                                (fonts.bold, sheet.recipient), (fonts.bold, sheet.award),
                                (fonts.body, sheet.citation), (fonts.body, sheet.value_line),
                                (fonts.body, sheet.shop_name)):
                chars = lacking.get((id(chain), text))
                if chars is None:
                    chars = lacking[id(chain), text] = chain.missing(text)
                for ch in chars:
                    if ch in said:
                        continue
                    said.add(ch)
                    if (text, ch) not in seen:
                        seen.add((text, ch))
                        found.append(Missing(text, ch))
        return found

    def shortened(self, requests: list[CertificateRequest], chosen: Options, shop_name: str) -> list[str]:
        """Who gets a citation too long to print readably on their template (it is cut at a sentence's end),
        in the batch's order: said before anything is printed."""
        return self._shortened(self._unnumbered(sorted(requests, key=order_key), chosen, shop_name), chosen)

    def _shortened(self, sheets: list[Sheet], chosen: Options) -> list[str]:
        templates: dict[str, Any] = {}  # Classic, Modern or Card: each says how it fits a sheet's citation
        names: list[str] = []
        for sheet in sheets:
            name = chosen.template_for(sheet.award)
            if name not in templates:
                templates[name] = make_template(None, self.fonts, blocks.Forms(), chosen, *page_size(chosen, name),
                                                template=name)
            if templates[name].citation_fit(sheet).shortened:
                names.append(sheet.recipient)
        return names

    def _unnumbered(self, requests: list[CertificateRequest], chosen: Options, shop_name: str) -> list[Sheet]:
        """The sheets as the checks read them: what they say does not depend on the numbers or the day."""
        return self._sheets(requests, [None] * len(requests), chosen, shop_name, self.ctx.today)

    # ---- printing
    def print_pdf(self, requests: list[CertificateRequest], path: str | Path | None, chosen: Options, *,
                  shop_name: str, split_dir: str | Path | None = None, issue_date: date | None = None,
                  output_label: str = "", record: bool = True, progress: Progress | None = None,
                  cancel: CancelFlag | None = None,
                  shortened_words: Callable[[list[str], Options], str] = shortened_text) -> Outcome:
        """One PDF (in `order_key`'s order: by award, then place or name) and/or one file per certificate in
        `split_dir`; the print is recorded with the numbers unless not `record` (a printer's job, recorded once its
        pages went out). Citations cut short are said by `shortened_words` (the 小红花 cards' own words)."""
        if not requests:
            raise UserError(t("没有要打印的证书"))
        requests = sorted((checked_request(r) for r in requests), key=order_key)
        if path is None and split_dir is None:
            raise UserError(t("请指定 PDF 文件或输出文件夹"))
        if self.store.locked and not chosen.draft:  # numbered: refused before any drawing, file or folder
            raise PinRequired()
        unnumbered = self._unnumbered(requests, chosen, shop_name)
        outcome = Outcome(warnings=[missing_text(m) for m in self._missing(unnumbered)])
        shortened = self._shortened(unnumbered, chosen)
        if shortened:
            outcome.warnings.append(shortened_words(shortened, chosen))
        target = writable_target(path) if path is not None else None
        folder = Path(split_dir).expanduser() if split_dir is not None else None
        if folder is not None:
            if folder.exists() and not folder.is_dir():
                raise UserError(t("{path} 不是文件夹", path=folder))
            folder.mkdir(parents=True, exist_ok=True)
        day = issue_date or self.ctx.today
        images = self.images()
        if chosen.draft:  # no numbers: nothing written to the shop file
            with Temps() as temps:
                sheets = self._sheets(requests, [None] * len(requests), chosen, shop_name, day)
                moves, outcome.pages = self._draw(temps, requests, sheets, chosen, shop_name, images, target, folder,
                                                  progress, cancel)
                self._move_into_place(moves, outcome)
            return outcome
        for _attempt in range(NUMBERING_ATTEMPTS):
            with Temps() as temps:
                planned, secret = self._plan(requests, day)
                sheets = self._sheets(requests, planned, chosen, shop_name, day)
                moves, outcome.pages = self._draw(temps, requests, sheets, chosen, shop_name, images, target, folder,
                                                  progress, cancel)
                try:
                    with self.store.atomic():
                        certs, stored = self._issue(requests, day, secret, planned)
                        if _as_drawn(requests, certs) != _as_drawn(requests, planned):
                            raise _NumbersTaken()  # rolled back; drawn again with the numbers as they are now
                        certs = [replace(c, drawn=printed.drawn(r, c, chosen))
                                 for r, c in zip(requests, certs, strict=True)]
                        if record:
                            label = output_label or ", ".join(str(final) for _tmp, final in moves[:1]) or str(folder)
                            self._record(certs, chosen.copies, label, chosen, to_printer=False, stored=stored)
                except _NumbersTaken:
                    continue
                outcome.certificates = certs
                self._move_into_place(moves, outcome)  # after the commit: see the module's docstring
            return outcome
        raise UserError(t("其他红花榜窗口或命令一直在同时给证书编号，这次没有给出编号，也没有写入任何文件。请稍后再打印。"))

    def split_names(self, requests: list[CertificateRequest], chosen: Options, shop_name: str) -> list[str]:
        """The file names `print_pdf(split_dir=…)` would write now (with the numbers it would give), so a folder's
        files of the same names can be asked about before they are replaced."""
        requests = sorted((checked_request(r) for r in requests), key=order_key)
        numbers = [None] * len(requests) if chosen.draft else self._plan(requests, self.ctx.today)[0]
        return self._file_names(requests, self._sheets(requests, numbers, chosen, shop_name, self.ctx.today))

    def _file_names(self, requests: list[CertificateRequest], sheets: list[Sheet]) -> list[str]:
        """One file name per certificate, for a folder of one file each. A person whose name another member of staff
        has (now or as printed) is named with their number, 张伟（#12）_最佳服务奖.pdf, so that a person's file keeps
        its name whoever else is ticked: numbered (2) by the job, an unticked namesake's file would be replaced."""
        staff = self.store.staff.list()
        return unique_names([_stem(sheet, _namesake_tag(request, sheet, staff))
                             for request, sheet in zip(requests, sheets, strict=True)])

    def make(self, name: str, award: str, period: Period, path: str | Path, chosen: Options, *, shop_name: str,
             value: str | None = None, issue_date: date | None = None) -> Outcome:
        """One certificate by hand (a name typed in, not necessarily a member of staff)."""
        request = hand_made(name, award, period, value)
        return self.print_pdf([request], path, chosen, shop_name=shop_name, issue_date=issue_date)

    def preview(self, request: CertificateRequest, path: str | Path, chosen: Options, *, shop_name: str) -> Path:
        """A page to look at: the certificate's number if it has one, else a placeholder; nothing recorded."""
        request = checked_request(request)
        cert = self.store.certificates.by_identity(request.identity())
        secret = self.store.certificates.stored_secret()
        if cert is not None and secret is not None:  # a person renamed since: the name and checksum a reprint gives
            cert = _as_reprinted(request, cert, secret)
        day = cert.issued if cert else self.ctx.today
        target = writable_target(path)
        with temp_beside(target) as tmp:
            draw_pdf(tmp, [self._sheet(request, cert, chosen, shop_name, day)], chosen, self.images(), self.fonts,
                     title="证书预览")
            replace_into(tmp, target)
        return target

    def record_print(self, certs: list[Certificate], copies: int, output: str, chosen: Options) -> None:
        """A print to a printer (the GUI): recorded like a saved PDF."""
        with self.store.atomic():
            self._record(certs, copies, output, chosen, to_printer=True)

    def _plan(self, requests: list[CertificateRequest], day: date) -> tuple[list[Certificate], bytes]:
        """The certificates the job would give now, read without taking the write lock: a reprint's own, else
        the next numbers (another job may take them before `_issue` gives them: the caller compares). With the
        shop's key, or the one `_issue` makes for a cleared file that lost it."""
        secret = self.store.certificates.stored_secret() or os.urandom(32)
        return self._numbered(requests, day, secret, give=False)[0], secret

    def _issue(self, requests: list[CertificateRequest], day: date, secret: bytes, planned: list[Certificate]
               ) -> tuple[list[Certificate], dict[str, Certificate]]:
        """The certificate of each request: the one already issued (a reprint), else a new number; and the
        certificates stored before this job, by identity. A new certificate given the number `_plan` planned for it,
        with the same key, is the one planned (its checksum is not made again)."""
        issued_secret = self.store.certificates.secret(made=secret)
        return self._numbered(requests, day, issued_secret, give=True,
                              planned=planned if issued_secret == secret else None)

    def _numbered(self, requests: list[CertificateRequest], day: date, secret: bytes, *, give: bool,
                  planned: list[Certificate] | None = None) -> tuple[list[Certificate], dict[str, Certificate]]:
        repo = self.store.certificates
        identities = [r.identity() for r in requests]
        stored = repo.by_identities(identities)
        existing = dict(stored)
        next_seqs: dict[str, int] = {}
        new: list[tuple[int, Certificate]] = []  # (sequence number in its period, certificate)
        for i, (request, identity) in enumerate(zip(requests, identities, strict=True)):
            if identity in existing:  # a reprint: the certificate takes a new name only when the print is recorded
                existing[identity] = _as_reprinted(request, existing[identity], secret)
                continue
            key = request.period.key()
            seq = next_seqs.get(key) or repo.next_seq(key)
            next_seqs[key] = seq + 1
            number = numbering.format_number(request.period, seq)
            ahead = planned[i] if planned is not None else None
            if ahead is not None and not ahead.id and ahead.number == number:
                existing[identity] = ahead
                new.append((seq, ahead))
                continue
            cert = Certificate(id=0, number=number, period_key=key, recipient_type=request.recipient_type,
                               checksum=numbering.checksum(secret, number, request.recipient, request.award, key),
                               staff_id=request.staff_id, recipient=request.recipient, award=request.award,
                               value_text=request.value_text, issued=day, created_at="", created_by=self.ctx.user,
                               identity=identity)
            existing[identity] = cert
            new.append((seq, cert))
        if give and new:  # one statement for the whole batch
            existing.update(repo.insert_all(new))
        return [existing[identity] for identity in identities], stored

    def _sheets(self, requests: list[CertificateRequest], certs: list[Certificate] | list[None], chosen: Options,
                shop_name: str, day: date) -> list[Sheet]:
        return [self._sheet(r, c, chosen, shop_name, c.issued if c else day)
                for r, c in zip(requests, certs, strict=True)]

    def _draw(self, temps: Temps, requests: list[CertificateRequest], sheets: list[Sheet], chosen: Options,
              shop_name: str, images: Images, target: Path | None, folder: Path | None, progress: Progress | None,
              cancel: CancelFlag | None) -> tuple[list[tuple[Path, Path]], int]:
        """Draw the PDFs into temporary files beside their targets; returns the (temporary file, target) moves
        for the caller to make once the job's numbers are committed, and the pages drawn."""
        total = len(sheets) * ((target is not None) + (folder is not None))
        done = pages = 0

        def step(n: int, _total: int) -> None:
            if progress is not None:
                progress(done + n, total)

        names: list[str] = []
        if folder is not None:
            names = self._file_names(requests, sheets)
            for name in names:  # a reprint over a PDF open in a viewer stops here, before any file is replaced
                writable_target(folder / name)
        moves: list[tuple[Path, Path]] = []
        if target is not None:
            tmp = temps.beside(target)
            with writing(target):
                pages += draw_pdf(tmp, sheets, chosen, images, self.fonts, title=_title(requests), author=shop_name,
                                  progress=step, cancel=cancel)
            moves.append((tmp, target))
            done += len(sheets)
        if folder is not None:
            for sheet, name in zip(sheets, names, strict=True):
                final = folder / name
                tmp = temps.beside(final)
                with writing(final):
                    pages += draw_pdf(tmp, [sheet], chosen, images, self.fonts, title=sheet.recipient,
                                      author=shop_name, cancel=cancel)
                moves.append((tmp, final))
                done += 1
                step(0, total)
        return moves, pages

    @staticmethod
    def _move_into_place(moves: list[tuple[Path, Path]], outcome: Outcome) -> None:
        for tmp, final in moves:
            replace_into(tmp, final)
            outcome.paths.append(final)

    def _record(self, certs: list[Certificate], copies: int, output: str, chosen: Options, *,
                to_printer: bool, stored: dict[str, Certificate] | None = None) -> None:
        """The print record of each certificate, and one log row saying whether the pages went to a printer or
        only into a PDF (earlier versions logged a saved PDF as a print: those rows stay as written). `stored`:
        the certificates as the shop file has them, by identity, when the caller read them in this transaction."""
        unique = list({c.id: c for c in certs}.values())
        self._rename(unique, stored)
        with_templates = [(c, chosen.template_for(c.award)) for c in unique]
        self.store.certificates.add_prints(with_templates, self.ctx.user, copies, output)
        template = "、".join(sorted({name for _c, name in with_templates}))
        numbers = [c.number for c in unique]
        more = "…" if len(numbers) > 1 else ""
        if to_printer:
            action, summary = "certificate.print", t("打印证书 {n} 张：{first}{more}", n=len(unique),
                                                     first=numbers[0], more=more)
        else:
            action, summary = "certificate.save_pdf", t("保存证书 PDF {n} 张：{first}{more}", n=len(unique),
                                                        first=numbers[0], more=more)
        self.store.audit.add(self.ctx.user, action, summary,
                             {"numbers": numbers, "copies": copies, "output": output, "template": template},
                             pin_used=self.ctx.pin_used)

    def _rename(self, certs: list[Certificate], stored: dict[str, Certificate] | None = None) -> None:
        """Certificates printed with the name their person has now (renamed since): each takes that name and its
        checksum as its print is recorded — a cancelled or failed print leaves it as it was — with a log row naming
        both names."""
        if stored is None:
            stored = self.store.certificates.by_identities([c.identity for c in certs])
        renamed = [(stored[c.identity], c) for c in certs
                   if c.identity in stored and stored[c.identity].recipient != c.recipient]
        if not renamed:
            return
        for before, after in renamed:
            self.store.certificates.rename(before, after.recipient, after.checksum)
        said = "；".join(f"{after.number} {before.recipient} → {after.recipient}" for before, after in renamed)
        self.store.audit.add(self.ctx.user, "certificate.rename", t("证书改用现在的姓名：{changes}", changes=said),
                             {"renamed": [{"number": after.number, "from": before.recipient, "to": after.recipient}
                                          for before, after in renamed]}, pin_used=self.ctx.pin_used)

    def _sheet(self, request: CertificateRequest, cert: Certificate | None, chosen: Options, shop_name: str,
               day: date) -> Sheet:
        """What the page says. The certificate is a Chinese document: its text does not follow --lang."""
        value = request.value_text or ""
        recipient = printed.recipient_now(request, cert) if cert is not None else request.recipient
        place = citation.place_text(request.place)
        period = request.period.label()
        fields = {"姓名": recipient, "期间": period, "奖项": request.award,
                  "奖励": value, "店铺": shop_name, "名次": place}
        # a ranked award prints its place once: where the citation asks for it, else beside the award's title
        beside_title = place if not citation.uses_place(chosen.citation) else ""
        if cert is not None:
            number, check = cert.number, cert.checksum
            payload = numbering.qr_payload(number, check)
        else:
            number, check, payload = ("草稿（未编号）" if chosen.draft else "（打印时编号）"), "", ""
        shorter = tuple(citation.fill(chosen.citation, {**fields, "奖励": v}) for v in request.shorter_values)
        return Sheet(recipient=recipient, award=request.award, place=beside_title, period_label=period,
                     citation=citation.fill(chosen.citation, fields), shorter_citations=shorter,
                     value_line=f"奖励：{value}" if chosen.show_value and value else "",
                     shop_name=shop_name, date_text=chinese_date(day) if chosen.chinese_date else date_label(day),
                     number=number, checksum=check, qr_payload=payload, is_group=request.is_group,
                     draft=chosen.draft)

    # ---- verifying and listing
    def verify(self, text: str) -> Verification:
        return verify(self.store, text)

    def changed_since_printed(self, listed: list[tuple[CertificateRequest, Certificate]]
                              ) -> dict[int, tuple[PrintRecord, list[printed.Change]]]:
        """The certificates among these (each with the request a reprint would print) whose last print says
        something a reprint would not: a re-approval paid another amount or gave another place. By id."""
        last = self.store.certificates.last_prints([c.id for _r, c in listed])
        standing = Standing(self.store)
        found = {}
        for request, cert in listed:
            changed = printed.changes(last.get(cert.id), cert, printed.reprinted(request, cert),
                                      unrecorded(cert, last.get(cert.id), standing))
            if changed:
                found[cert.id] = (last[cert.id], changed)
        return found

    def reprint_notes(self, requests: list[CertificateRequest]) -> list[str]:
        """What the 证书 page says under the preview of a certificate printed before its content changed."""
        listed = [(r, c) for r in requests if (c := self.existing(r)) is not None]
        return [printed.changes_text(last, found) for last, found in self.changed_since_printed(listed).values()]

    def in_period(self, period: Period) -> list[Certificate]:
        return self.store.certificates.in_period(period.key())

    def voided(self, certs: list[Certificate]) -> dict[int, Void]:
        """The certificates among these whose award a later approval dropped, by id."""
        standing = Standing(self.store)
        found = {c.id: standing.void(c) for c in certs}
        return {cert_id: void for cert_id, void in found.items() if void is not None}

    def existing(self, request: CertificateRequest) -> Certificate | None:
        return self.store.certificates.by_identity(request.identity())

    def made_by_hand(self, period: Period) -> list[CertificateRequest]:
        """The certificates of a period typed in by hand (not from an award run), to list and reprint."""
        return [CertificateRequest(c.recipient, c.award, period, c.value_text, NAME)
                for c in self.store.certificates.in_period(period.key()) if c.recipient_type == NAME]


def _as_reprinted(request: CertificateRequest, cert: Certificate, secret: bytes) -> Certificate:
    """The certificate as a reprint of the request gives it: a person renamed since it was issued or last printed
    gets the name they have now, with the checksum made again (`printed.recipient_now`); else the certificate."""
    name = printed.recipient_now(request, cert)
    if name == cert.recipient:
        return cert
    return replace(cert, recipient=name,
                   checksum=numbering.checksum(secret, cert.number, name, cert.award, cert.period_key))


def _as_drawn(requests: list[CertificateRequest], certs: list[Certificate]) -> list[tuple[str, str, str, date]]:
    """What the pages of these certificates take from them (`CertificateService._sheet`): two lists equal when
    the pages drawn would be the same."""
    return [(printed.recipient_now(r, c), c.number, c.checksum, c.issued) for r, c in zip(requests, certs, strict=True)]


def _title(requests: list[CertificateRequest]) -> str:
    periods = sorted({r.period.label() for r in requests})
    return "、".join(periods) + " 证书"


def _namesake_tag(request: CertificateRequest, sheet: Sheet, staff: list[Staff]) -> str:
    """（#12） for a person another member of staff shares the name with (`_file_key`: case aside), the name
    they have now or the one printed; "" for anyone else (a department, a name typed by hand)."""
    if request.recipient_type != STAFF or request.staff_id is None:
        return ""
    names = {_file_key(sheet.recipient)}
    names |= {_file_key(p.name) for p in staff if p.id == request.staff_id}
    shared = any(p.id != request.staff_id and _file_key(p.name) in names for p in staff)
    return f"（#{request.staff_id}）" if shared else ""


def _file_key(name: str) -> str:
    """A name as two files' names are told apart: `domain.normalize_alias`, and without regard to case, which a
    Windows folder ignores (Anna and ANNA would share one file)."""
    return normalize_alias(name).casefold()


def _stem(sheet: Sheet, tag: str = "") -> str:
    parts = [sheet.recipient.strip()[:24] + tag, sheet.award.strip()[:24]]
    if sheet.checksum:
        parts.append(sheet.number)
    return "_".join(parts)
