"""奖金计算单: one A4 page per person and pay month, listing every line with its rule and explanation and
the input values with where each came from (an import file and its rows, or the hand entry). The bundled
font is embedded; text is wrapped by measured width and shrunk until it fits the page."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic_file import replaced_atomically
from app.awards.left_before_end import left_sentence, rules_missed
from app.awards.model import KIND_LABELS, Line
from app.awards.owing import BELOW, NETTED, owing_kind, owing_sentence
from app.awards.paymonth import NothingPaid, PaidRun, pay_month, periods_ending_in, unapproved_periods
from app.awards.payout import FIXED_LABELS, TAX_NOTE, Changed, PayRow, changed_of, changed_since, pay_rows
from app.awards.reapproved import receipt_change
from app.clock import document_stamp, shown_stamp
from app.domain import Staff, namesakes
from app.errors import Cancelled, UserError
from app.i18n import in_chinese, joined, sentences, t
from app.money import format_yuan
from app.pdf_text import FONT, FONT_BOLD, draw_right_string, draw_string, register_fonts, string_width
from app.periods import Month, Period, date_label

if TYPE_CHECKING:
    from app.shop import Shop

MARGIN = 40


@dataclass(frozen=True)
class Section:
    period: Period
    approved_at: str  # when the period was approved (a stored time); "" for a draft
    lines: list[Line]
    inputs: list[tuple[str, str, str]]
    approval_number: int = 1  # 2: the period's second approval
    # approved again: what changed for the person since the approval before (`receipt_change`: Chinese on the
    # printed 计算单, in the window's language on screen)
    change: str = ""
    # the person left before the period's last day: that day, and the rules asking for the last day they missed
    left: date | None = None
    left_out: tuple[str, ...] = ()
    manual_paid: bool = False  # the period's plan has manual awards for the person, still paid although she left
    since: Changed | None = None  # approved, but its plan or data changed since: the lines are the approval's

    @property
    def plans(self) -> tuple[str, ...]:
        """The plans the person's lines of the period came from, in the order of the lines."""
        return tuple(dict.fromkeys(x.plan for x in self.lines if x.plan))

    @property
    def title(self) -> str:
        """The period and its state in the window's language (the receipt dialog)."""
        approved = shown_stamp(self.approved_at) if self.approved_at else None
        if approved is None:
            state = t("未批准，草稿")
        elif self.approval_number > 1:
            state = t("{day} 第 {n} 次批准", day=approved, n=self.approval_number)
        else:
            state = t("{day} 批准", day=approved)
        return t("{period}（{state}）", period=self.period.shown_label(), state=state)

    @property
    def document_title(self) -> str:
        """The same on the printed 计算单, a Chinese document whatever the window's language."""
        if not self.approved_at:
            state = "未批准，草稿"
        elif self.approval_number > 1:
            state = f"{document_stamp(self.approved_at)} 第 {self.approval_number} 次批准"
        else:
            state = f"{document_stamp(self.approved_at)} 批准"
        return f"{self.period.label()}（{state}）"


@dataclass(frozen=True)
class Payslip:
    """Everything that makes up a person's pay month, as the payout sheet adds it up: fixed pay (when the plan
    includes it), cash awards, deductions, and the net or 应发合计; goods and items beside, not in cash."""

    fixed: tuple[tuple[str, int], ...]  # (component, fen): base_pay, post_pay, allowance
    cash_fen: int
    deduction_fen: int  # positive
    goods_fen: int
    items: tuple[str, ...] = ()
    note: str = ""  # joined or left during the month, as on the sheet

    @classmethod
    def of(cls, row: PayRow, components: list[str]) -> Payslip:
        return cls(tuple((c, row.fixed[c]) for c in components if c in row.fixed), sum(row.awards.values()),
                   row.deduction_fen, row.goods_fen, tuple(row.items or ()), row.note)

    @property
    def net_fen(self) -> int:
        return self.cash_fen - self.deduction_fen

    @property
    def total_fen(self) -> int:
        return sum(fen for _, fen in self.fixed) + self.net_fen

    def rows(self) -> list[tuple[str, int]]:
        """(label, fen) from the pay to the total, the last one the amount paid."""
        rows = [(FIXED_LABELS[c], fen) for c, fen in self.fixed]
        rows += [("奖金（现金）", self.cash_fen), ("扣款", -self.deduction_fen)]
        return rows + [("应发合计", self.total_fen) if self.fixed else ("奖金实发", self.net_fen)]

    @property
    def owing(self) -> str | None:
        """Which case of deductions beyond the awards this is (`app.awards.owing`), None when none."""
        return owing_kind(self.net_fen, sum(fen for _, fen in self.fixed))

    def warning(self) -> str:
        """Deductions larger than the awards, said as the payout sheet says them (in Chinese: the 计算单 is)."""
        kind = self.owing
        if kind is None:
            return ""
        amount = "" if kind == NETTED else format_yuan(self.total_fen if kind == BELOW else self.net_fen)
        return owing_sentence(kind, amount, chinese=True)


def receipt_sections(shop: Shop, month: Month, staff_id: int, *, draft: bool = False) -> tuple[list[Section], bool]:
    return _PayMonthReceipts(shop, month, draft).sections(staff_id)


def receipt_payslip(shop: Shop, month: Month, staff_id: int, *, draft: bool = False,
                    cancel: Callable[[], bool] | None = None) -> tuple[list[Section], bool, Payslip | None]:
    """The sections of a person's receipt, whether it is a draft, and their payslip (None: nothing paid).
    `cancel()` true: Cancelled."""
    receipts = _PayMonthReceipts(shop, month, draft, cancel)
    sections, is_draft = receipts.sections(staff_id)
    return sections, is_draft, receipts.payslip(staff_id)


def receipt_of(shop: Shop, month: Month, staff_id: int, cancel: Callable[[], bool] | None = None
               ) -> tuple[list[Section], bool, Payslip | None]:
    """A person's receipt as the window shows it: a draft when a period paid in `month` is not approved yet,
    found first without computing (a refused try worked out the approved periods' state for nothing, then
    again for the draft)."""
    return receipt_payslip(shop, month, staff_id, draft=bool(unapproved_periods(shop, month)), cancel=cancel)


class _PayMonthReceipts:
    """The pay month worked out once for the receipts of any number of people: each period's status, and a
    draft period's computation, are the same for everyone (read again for each person, 全员计算单 of a shop of
    200 took half a minute). `document`: for the printed 计算单, whose text is Chinese whatever the language
    (a draft's explanations and inputs, the tenure notes), while its refusals stay in the user's language."""

    def __init__(self, shop: Shop, month: Month, draft: bool, cancel: Callable[[], bool] | None = None, *,
                 document: bool = False):
        self.shop = shop
        self.document = document
        with self._text(draft):  # not a draft: computes nothing, and may refuse (in the user's language)
            self.pm = pay_month(shop, month, draft=draft, document=t("正式计算单"), cancel=cancel)
        self.before: dict[int, list[Line]] = {}  # a period approved again: the lines of the approval before
        with self._text():
            rows, self.components = pay_rows(shop, self.pm)
        self.rows = {r.staff_id: r for r in rows}

    def _text(self, when: bool = True) -> AbstractContextManager[None]:
        """Where text the page prints is made: in Chinese for the printed document."""
        return in_chinese() if self.document and when else nullcontext()

    def payslip(self, staff_id: int) -> Payslip | None:
        row = self.rows.get(staff_id)
        return Payslip.of(row, self.components) if row is not None else None

    def paid(self) -> list[int]:
        """Everyone on the payout sheet: a line of their own or fixed pay, in the sheet's order (by department,
        then employee number), so the pages follow the rows they are filed with."""
        ids = list(self.rows)
        if not ids:
            raise NothingPaid(t("{month} 没有发给个人的奖励，没有计算单可生成", month=self.pm.month.shown_label()))
        return ids

    def sections(self, staff_id: int) -> tuple[list[Section], bool]:
        sections = []
        for run in self.pm.runs:
            lines = [x for x in run.lines if x.recipient_type == "staff" and x.staff_id == staff_id]
            with self._text():
                change = self._change(run, staff_id)
            left, left_out, manual_paid = rules_missed(run.not_awarded, staff_id)
            if not lines and not change and not left_out:  # nothing of theirs in the period to show or explain
                continue
            if run.run is not None:
                inputs = [tuple(r) for r in self.shop.store.awards.inputs(run.run.id, staff_id)]
                approved_at = run.run.approved_at
            else:
                with self._text():
                    inputs = self.shop.awards.inputs_now(run.period, staff_id, run.computation)
                approved_at = ""
            sections.append(Section(run.period, approved_at, lines, inputs,  # type: ignore[arg-type]
                                    run.approval_number, change, left, left_out, manual_paid, changed_of(run)))
        return sections, self.pm.draft


    def _change(self, run: PaidRun, staff_id: int) -> str:
        """A period approved again: what changed for the person since the approval before (`receipt_change`)."""
        if run.run is None or run.previous is None:
            return ""
        if run.previous.id not in self.before:
            self.before[run.previous.id] = self.shop.store.awards.lines(run.previous.id)
        return receipt_change(run, self.before[run.previous.id], staff_id)


def plans_note(sections: list[Section]) -> str:
    """「方案：淘宝客服激励方案」: the plans a person's lines came from, each once, in the language of the moment
    (the window's; the printed 计算单 names each period's under its title)."""
    plans = list(dict.fromkeys(plan for s in sections for plan in s.plans))
    return t("方案：{plans}", plans=joined(plans)) if plans else ""


def left_note(sections: list[Section]) -> str:
    """Why a person who left before the periods' last day got nothing from the rules that ask for it, once for
    the receipt, naming each period's rules (`left_sentence`); "" when that is no one's reason."""
    by_day: dict[date, list[tuple[str, list[str]]]] = {}
    manual_paid: set[date] = set()
    for s in sections:
        if s.left is not None and s.left_out:
            by_day.setdefault(s.left, []).append((s.period.shown_label(), list(s.left_out)))
            if s.manual_paid:
                manual_paid.add(s.left)
    return sentences(left_sentence(day, periods, day in manual_paid) for day, periods in by_day.items())


def receipt_inputs(sections: list[Section]) -> list[tuple[str, str, str]]:
    """The 计算依据 of all sections, each row once: a pay month's month and quarter read the same month's
    value, and listing it twice would read as two values. Rows whose sources differ both stay."""
    return list(dict.fromkeys(i for s in sections for i in s.inputs))


def write_receipt(shop: Shop, month: Month, staff_id: int, path: str | Path, *, draft: bool = False) -> Path:
    return write_receipts(shop, month, [staff_id], path, draft=draft)


def people_paid(shop: Shop, month: Month, *, draft: bool = False) -> list[int]:
    """Everyone on the pay month's payout sheet (a line of their own, or fixed pay), in the sheet's order."""
    return _PayMonthReceipts(shop, month, draft).paid()


PEOPLE, TEAMS, NOBODY = "people", "teams", "nobody"  # who the pay month pays (`who_is_paid`)


def who_is_paid(shop: Shop, month: Month, progress: Callable[[int, int], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> str:
    """PEOPLE when someone is on the payout sheet (a line of their own or fixed pay: a 计算单 to make), else TEAMS
    when a team is (a team fund or goods: the sheet only), else NOBODY — approved or draft. An approved line naming
    someone, or an approved month's fixed pay, settles it without computing anything; else the pay month is worked
    out once as a draft (what the window asks its worker before any question or file dialog): `progress(done,
    total)` after each period, `cancel()` true: Cancelled."""
    for period in periods_ending_in(month):
        run = shop.store.awards.current_run(period.key())
        if run is not None and (run.fixed_pay or any(x.recipient_type == "staff" and x.staff_id is not None
                                                      for x in shop.store.awards.lines(run.id))):
            return PEOPLE
    pm = pay_month(shop, month, draft=True, progress=progress, cancel=cancel)
    if pay_rows(shop, pm)[0]:
        return PEOPLE
    return TEAMS if any(x.recipient_type == "department" for x in pm.lines) else NOBODY


@dataclass(frozen=True)
class ReceiptsWritten:
    """What `written_receipts` wrote, and the approved periods it printed whose plan or data changed since (said
    to the owner, as after the payout sheet; not printed on the page handed to the person)."""

    path: Path
    changed: list[Changed]


def write_receipts(shop: Shop, month: Month, staff_ids: list[int] | None, path: str | Path, *,
                   draft: bool = False, progress: Callable[[int, int], None] | None = None,
                   cancel: Callable[[], bool] | None = None) -> Path:
    return written_receipts(shop, month, staff_ids, path, draft=draft, progress=progress, cancel=cancel).path


def written_receipts(shop: Shop, month: Month, staff_ids: list[int] | None, path: str | Path, *,
                     draft: bool = False, progress: Callable[[int, int], None] | None = None,
                     cancel: Callable[[], bool] | None = None) -> ReceiptsWritten:
    """One page per person, in one PDF (a single person's receipt, or everyone's for the payroll folder;
    `staff_ids` None: everyone paid, as `people_paid`). `progress(done, total)` after each person's page;
    `cancel()` true: `Cancelled`, no file."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    # a cancel is heard while a draft computes too
    receipts = _PayMonthReceipts(shop, month, draft, cancel, document=True)
    people = []
    for staff_id in receipts.paid() if staff_ids is None else staff_ids:
        person = shop.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        people.append(person)
    twins = namesakes((p.id, p.name) for p in shop.store.staff.list())  # printed with their number

    def name_of(person: Staff) -> str:
        return f"{person.name}（#{person.id}）" if person.id in twins else person.name

    def heading_of(person: Staff) -> tuple[str, str]:
        """(张伟, （客服部）), a namesake (张伟, （#2，客服部）): one pair of brackets, as the window names people."""
        number = [f"#{person.id}"] if person.id in twins else []
        return person.name, f"（{'，'.join([*number, person.dept or '未分部门'])}）"

    register_fonts()
    with replaced_atomically(path, ".pdf") as tmp:
        c = Canvas(str(tmp), pagesize=A4, initialFontName=FONT, initialFontSize=10)
        who = name_of(people[0]) if len(people) == 1 else "全员"
        c.setTitle(f"{who} {month.label()} 奖金计算单")
        for done, person in enumerate(people, 1):
            if cancel is not None and cancel():
                raise Cancelled()
            sections, is_draft = receipts.sections(person.id)
            header = (shop.name, heading_of(person), month.label(), is_draft)
            slip = receipts.payslip(person.id)
            for size in (10.0, 9.0, 8.0, 7.0, 6.0):
                page = _Page(c, A4, size)
                if page.fits(header, sections, slip, shop.today):
                    break
            page.draw(header, sections, slip, shop.today)
            c.showPage()
            if progress is not None:
                progress(done, len(people))
        c.save()
        if cancel is not None and cancel():  # up to the last moment: the temporary file goes, the target stays
            raise Cancelled()
    return ReceiptsWritten(Path(path).expanduser(), changed_since(receipts.pm))


_PIECES = re.compile(r"[¥￥A-Za-z0-9.,%:/#+_-]+|\n|.")
_NO_LINE_START = set("，。、；：）」』】》%")
_NO_LINE_END = set("（「『【《")


def _unbreakable(text: str) -> list[str]:
    """Amounts, numbers and words stay whole, closing punctuation stays with what it closes and opening
    punctuation with what it opens."""
    pieces: list[str] = []
    for piece in _PIECES.findall(text):
        if pieces and "\n" not in (pieces[-1], piece) and (piece[0] in _NO_LINE_START
                                                             or pieces[-1][-1] in _NO_LINE_END):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


class _Page:
    """Lays out (or only measures) the page at one font size."""

    def __init__(self, canvas, size: tuple[float, float], font_size: float):
        self.c = canvas
        self.width, self.height = size
        self.fs = font_size
        self.lead = font_size * 1.45
        self.dry = True
        self.y = 0.0
        self.truncated = 0
        self._wrapped: dict[tuple[str, float, float, bool], list[str]] = {}

    def fits(self, header, sections, slip: Payslip | None, today: date) -> bool:
        self.dry = True
        self.y = self.height - MARGIN
        self._body(header, sections, slip, today, limit=None)
        return self.y >= MARGIN

    def draw(self, header, sections, slip: Payslip | None, today: date) -> None:
        self.dry = True
        self.y = self.height - MARGIN
        self._body(header, sections, slip, today, limit=None)
        overflow = self.y < MARGIN
        self.dry = False
        self.y = self.height - MARGIN
        self._body(header, sections, slip, today, limit=MARGIN + 4 * self.lead if overflow else None)

    # ---- drawing primitives
    def _font(self, bold: bool, size: float) -> None:
        if not self.dry:
            self.c.setFont(FONT_BOLD if bold else FONT, size)

    def _wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        # a page is laid out two or three times (does it fit, then drawn): each cell is wrapped once
        key = (text, width, size, bold)
        if key not in self._wrapped:
            self._wrapped[key] = self._wrapped_anew(text, width, size, bold)
        return self._wrapped[key]

    def _heading(self, parts: tuple[str, ...], width: float, size: float) -> list[str]:
        """The heading's parts (the name, （the department）, 发放月份：…) wrapped, each kept whole on one line
        where it fits one: never 「发放月」 above 「份：2026年9月」 or 「（客」 above 「服部）」."""
        lines = [""]
        for part in parts:
            if string_width(lines[-1] + part, FONT_BOLD, size) <= width:
                lines[-1] += part
            elif string_width(part.lstrip("　"), FONT_BOLD, size) <= width:
                lines.append(part.lstrip("　"))
            else:  # longer than a line (a very long name): broken as any cell is
                lines[-1:] = self._wrap(lines[-1] + part, width, size, bold=True)
        return lines

    def _wrapped_anew(self, text: str, width: float, size: float, bold: bool) -> list[str]:
        font = FONT_BOLD if bold else FONT
        if "\n" not in text and string_width(text, font, size) <= width:  # most cells: one line, measured once
            return [text]
        lines, current = [], ""
        for whole in _unbreakable(text):
            # a piece wider than the whole line (a long file name) is broken anywhere, as before
            for piece in (whole,) if string_width(whole, font, size) <= width else tuple(whole):
                if piece == "\n" or (current and string_width(current + piece, font, size) > width):
                    lines.append(current)
                    current = "" if piece == "\n" else piece
                else:
                    current += piece
        return [*lines, current] if current or not lines else lines

    def text(self, x: float, text: str, *, size: float | None = None, bold: bool = False, colour: str = "#222222",
             right: float | None = None) -> None:
        if self.dry:
            return
        from reportlab.lib.colors import HexColor

        font, size = FONT_BOLD if bold else FONT, size or self.fs
        self.c.setFillColor(HexColor(colour))
        if right is not None:
            draw_right_string(self.c, right, self.y, text, font, size)
        else:
            draw_string(self.c, x, self.y, text, font, size)

    def row(self, cells: list[tuple[float, float, str]], *, bold: bool = False, colour: str = "#222222",
            money: tuple[float, str] | None = None) -> None:
        """cells: (x, width, text) wrapped in their column; money: (right edge, text)."""
        wrapped = [(x, self._wrap(text, w, self.fs, bold)) for x, w, text in cells]
        height = max(len(lines) for _, lines in wrapped)
        for i in range(height):
            for x, lines in wrapped:
                if i < len(lines):
                    self.text(x, lines[i], bold=bold, colour=colour)
            if i == 0 and money is not None:
                self.text(0, money[1], bold=bold, colour=colour, right=money[0])
            self.y -= self.lead

    def rule_line(self) -> None:
        if not self.dry:
            from reportlab.lib.colors import HexColor

            self.c.setStrokeColor(HexColor("#cccccc"))
            self.c.line(MARGIN, self.y + self.lead * 0.8, self.width - MARGIN, self.y + self.lead * 0.8)

    def _payslip(self, slip: Payslip, left: float, right: float) -> None:
        """Every amount that makes up what is paid, pay to total, so each fen can be followed."""
        self.text(left, "本月合计（税前）", size=self.fs + 1, bold=True, colour="#c0392b")
        self.y -= self.lead * 1.3
        rows = slip.rows()
        amount_right = left + 260
        for n, (label, fen) in enumerate(rows):
            last = n == len(rows) - 1
            if last:
                self.rule_line()
            self.row([(left, 150.0, label)], bold=last, money=(amount_right, format_yuan(fen)))
        if slip.goods_fen or slip.items:
            value = [f"价值 {format_yuan(slip.goods_fen)}"] if slip.goods_fen else []  # a cake alone has no value
            self.row([(left, right - left, "实物与物品（不计入现金）：" + "；".join([*value, *slip.items]))],
                     colour="#444444")
        for text in (slip.note, slip.warning()):
            if text:
                self.row([(left, right - left, "注意：" + text)], bold=True, colour="#c0392b")
        self.y -= self.lead * 0.8

    # ---- the page
    def _body(self, header, sections: list[Section], slip: Payslip | None, today: date, limit: float | None) -> None:
        shop_name, person_heading, month_label, draft = header
        left, right = MARGIN, self.width - MARGIN
        self.text(left, f"{shop_name} · 奖金计算单", size=self.fs + 8, bold=True, colour="#c0392b")
        if draft:
            self.text(0, "草稿", size=self.fs + 8, bold=True, colour="#c0392b", right=right)
        self.y -= self.lead * 1.9
        # wrapped: a long name or department would push the pay month off the page
        heading = self._heading((*person_heading, f"　发放月份：{month_label}"), right - left, self.fs + 2)
        for n, piece in enumerate(heading, 1):
            self.text(left, piece, size=self.fs + 2, bold=True)
            self.y -= self.lead * (1.6 if n == len(heading) else 1.25)
        if not any(section.lines for section in sections):
            self.text(left, "本月没有奖项或扣款。")
            self.y -= self.lead
        cols = [(left, 90.0), (left + 95, 34.0), (left + 200, right - left - 200)]
        money_right = left + 192
        for section in sections:
            if not section.lines and not section.change:  # a period whose rules the person left before: the note
                continue
            self.text(left, section.document_title, size=self.fs + 1, bold=True, colour="#c0392b")
            self.y -= self.lead * 1.3
            if section.plans:  # which plan the lines follow: the one the person was told of, or another
                self.row([(left, right - left, f"方案：{'、'.join(section.plans)}")], colour="#444444")
            if section.lines:  # none: the period approved again left the person none, said by `change`
                self.row([(cols[0][0], cols[0][1], "奖项"), (cols[1][0], cols[1][1], "类型"),
                          (cols[2][0], cols[2][1], "计算说明")], bold=True, money=(money_right, "金额"))
            for line in section.lines:
                amount = format_yuan(line.amount_fen) if line.kind not in ("item", "honour") else (line.item or "")
                self.rule_line()
                self.row([(cols[0][0], cols[0][1], line.award), (cols[1][0], cols[1][1], KIND_LABELS[line.kind]),
                          (cols[2][0], cols[2][1], line.explanation)], money=(money_right, amount))
            if section.change:
                self.row([(left, right - left, section.change)], colour="#8a5a00")
            self.y -= self.lead * 0.4
        with in_chinese():
            note = left_note(sections)
        if note:
            self.row([(left, right - left, note)], colour="#8a5a00")
            self.y -= self.lead * 0.4
        if slip is not None:
            self._payslip(slip, left, right)
        inputs = receipt_inputs(sections)
        if inputs:
            self.text(left, "计算依据（数值及来源）", size=self.fs + 1, bold=True, colour="#c0392b")
            self.y -= self.lead * 1.3
            icol = [(left, 105.0), (left + 110, 150.0), (left + 265, right - left - 265)]
            self.row([(x, w, h) for (x, w), h in zip(icol, ("项目", "数值", "来源"), strict=True)], bold=True)
            for n, (label, value, source) in enumerate(inputs):
                if limit is not None and self.y < limit:
                    self.text(left, f"……另有 {len(inputs) - n} 项依据未列出，请在软件中查看或向店长索取。")
                    self.y -= self.lead
                    break
                self.row([(icol[0][0], icol[0][1], label), (icol[1][0], icol[1][1], value),
                          (icol[2][0], icol[2][1], source)], colour="#444444")
            self.y -= self.lead * 0.6
        for text in (TAX_NOTE, f"生成日期：{date_label(today)}。如对金额有疑问，请对照以上依据向店长核对。"):
            for piece in self._wrap(text, right - left, self.fs - 1):
                self.text(left, piece, size=self.fs - 1, colour="#666666")
                self.y -= self.lead
