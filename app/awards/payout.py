"""The payout sheet (发放表) of a pay month as .xlsx: one row per person (fixed pay when the plan includes it,
one column per cash award, deductions, net), team funds in their own section, goods and items listed apart
from cash, and a second sheet with every line and its explanation. Totals are added up in fen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic_file import replaced_atomically
from app.awards.approved_runs import Departments, plans_shown
from app.awards.model import ADJUSTMENT, KIND_LABELS, Line, fixed_pay_of
from app.awards.owing import BELOW, NEGATIVE, NETTED, owing_kind, owing_notice
from app.awards.paymonth import PaidRun, PayMonth, pay_month, periods_ending_in
from app.awards.reapproved import approval_state, reapproval_notes
from app.domain import namesakes
from app.errors import Cancelled, UserError
from app.i18n import bracketed, in_chinese, joined, language, t
from app.money import format_yuan
from app.periods import Month, Period, shown_month_day
from app.rules.kinds import KIND_LABELS as RULE_KIND_LABELS
from app.sorting import chinese_order, pay_order

if TYPE_CHECKING:
    from app.shop import Shop

MONEY_FORMAT = "¥#,##0.00"
FIXED_LABELS = {"base_pay": "基本工资", "post_pay": "岗位工资", "allowance": "补贴"}
RULE_LABELS = {**RULE_KIND_LABELS, "adjustment": "调整"}
TAX_NOTE = "个人所得税由店铺在发放时依法代扣代缴；本表金额为税前金额，软件不计算个人所得税。"
_RISKY = ("=", "+", "-", "@", "\t", "\r")
WRAP_AT = 40  # display columns: a longer text wraps in its cell
HEADING_ONE_LINE = 8  # a heading wider than this may take two lines
SIGNATURE_WIDTH = 12
TAIL_WRAP_AT = 24  # the text after a row's amounts (goods and items, a team line's explanation) wraps sooner: the amounts print larger


@dataclass(frozen=True)
class Changed:
    """An approved period paid from its approved lines although its plan in force or its data changed since."""

    period: Period
    plan_change: str  # 「客服方案 第1版 → 第2版」, "" when the plans are those approved with
    data_changed: bool
    plan_change_zh: str = ""  # `plan_change` in Chinese (the sheet's note)

    def change(self) -> str:
        """The plan change in the language of the moment: Chinese inside `in_chinese` (the sheet)."""
        return self.plan_change_zh if language() == "zh" and self.plan_change_zh else self.plan_change


@dataclass(frozen=True)
class PayoutSummary:
    path: Path
    draft: bool
    periods: list[str]
    people: int
    net_fen: int  # awards net of deductions, all people
    fixed_fen: int
    team_fen: int
    goods_fen: int
    changed: list[Changed] = field(default_factory=list)  # approved periods whose plan or data changed since
    owing: list[tuple[str, int]] = field(default_factory=list)  # (name, net fen) of people whose deductions exceed
    # their awards and who have no fixed pay on the sheet (none typed counts as none); those who have: (name, net
    # fen, 应发合计 fen), the net already taken off their fixed pay
    netted: list[tuple[str, int, int]] = field(default_factory=list)
    staff_goods_fen: int = 0  # the main table's 实物价值 合计; `goods_fen` adds the departments' goods to it
    dept_goods: list[tuple[str, str, int]] = field(default_factory=list)  # (department, item, fen)
    team_lines: int = 0  # lines in the 团队基金 list (none: the sheet leaves the list out)
    goods_lines: int = 0  # lines in the 实物与物品 list, items of no value too (none: left out)

    def totals_text(self) -> str:
        """「10 人，奖金实发合计 ¥3,689.65，实物价值 ¥700.00」: whom the sheet pays and how much, to be checked against
        the 评奖 page; a list the sheet leaves out (no line in it) is not summed up here either."""
        team = t("，团队基金 {team}", team=format_yuan(self.team_fen)) if self.team_lines else ""
        goods = t("，实物价值 {goods}", goods=self.goods_text()) if self.goods_lines else ""
        return t("{n} 人，奖金实发合计 {net}", n=self.people, net=format_yuan(self.net_fen)) + team + goods

    def goods_text(self) -> str:
        """The goods' value as the sheet adds it up: split into 个人 + 部门 when a department has goods, so
        that it reconciles with the main table's 实物价值 合计, which lists people only."""
        if not self.dept_goods:
            return format_yuan(self.goods_fen)
        named = joined([f"{dept} {item} {format_yuan(fen)}" for dept, item, fen in self.dept_goods])
        return t("{total}（个人 {staff} + 部门 {dept}：{named}）", total=format_yuan(self.goods_fen),
                 staff=format_yuan(self.staff_goods_fen), dept=format_yuan(self.goods_fen - self.staff_goods_fen),
                 named=named)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


@dataclass
class PayRow:
    staff_id: int
    name: str
    dept: str
    fixed: dict[str, int]
    awards: dict[str, int]
    deduction_fen: int = 0
    goods_fen: int = 0
    items: list[str] | None = None
    note: str = ""  # joined or left during the month: the fixed pay is as the plan gives it, the owner decides

    @property
    def net_fen(self) -> int:
        return sum(self.awards.values()) - self.deduction_fen

    @property
    def total_fen(self) -> int:
        return sum(self.fixed.values()) + self.net_fen


def _columns(pm: PayMonth) -> list[tuple[str, str]]:
    """(key, header) of the cash award columns in order of first appearance; an award name paid in two
    periods of the month gets the period in its header, as the sheet writes periods (工龄奖（2026年度）)."""
    seen: dict[str, list[str]] = {}
    order: list[tuple[str, str, str]] = []
    for run in pm.runs:
        for line in run.lines:
            if line.recipient_type == "staff" and line.kind == "cash":
                key = f"{run.period.key()}|{line.award}"
                if key not in {k for k, _, _ in order}:
                    order.append((key, line.award, run.period.label()))
                    seen.setdefault(line.award, []).append(run.period.label())
    return [(k, a if len(seen[a]) == 1 else f"{a}（{label}）") for k, a, label in order]


def pay_rows(shop: Shop, pm: PayMonth) -> tuple[list[PayRow], list[str]]:
    """Each person's row of the sheet (fixed pay, cash awards, deductions, net, 应发合计), and the fixed pay
    components shown, in order; the receipts read the same rows, so they add up as the sheet does."""
    people = {p.id: p for p in shop.store.staff.list()}
    fixed_components: list[str] = []
    rows: dict[int, PayRow] = {}

    def row(sid: int, approved: bool = False, dept: str | None = None) -> PayRow:
        """A person's row; the department as approved (perhaps none), else the profile's."""
        if sid not in rows:
            p = people.get(sid)
            shown = dept if approved else (p.dept if p else None)
            rows[sid] = PayRow(sid, p.name if p else f"#{sid}", shown or "", {}, {}, items=[])
        return rows[sid]

    def fix(r: PayRow, pay: dict[str, int]) -> None:
        for c, fen in pay.items():
            if c not in fixed_components:
                fixed_components.append(c)
            r.fixed[c] = fen

    month = pm.month
    for run in pm.runs:
        if run.period.kind != "month":
            continue
        frozen = run.run.fixed_pay if run.run is not None else None
        if frozen is not None:  # as approved
            for sid, (dept, pay) in frozen.items():
                fix(row(sid, True, dept), pay)
            continue
        for person in people.values():  # a draft, or a month approved before the pay was kept with it
            components = run.fixed_pay.get(person.dept, ())
            if components and person.employed_during(month.start, month.end):
                fix(row(person.id), fixed_pay_of(person, components))
    awarded: set[int] = set()  # people with a line of a rule: an adjustment corrects pay, it is no award
    for run in pm.runs:
        for line in run.lines:
            if line.recipient_type != "staff" or line.staff_id is None:
                continue
            if line.rule_kind != ADJUSTMENT:
                awarded.add(line.staff_id)
            r = row(line.staff_id, run.run is not None, line.dept)
            if line.kind == "cash":
                key = f"{run.period.key()}|{line.award}"
                r.awards[key] = r.awards.get(key, 0) + line.amount_fen
            elif line.kind == "deduction":
                r.deduction_fen -= line.amount_fen
            elif line.kind in ("goods", "item"):
                r.goods_fen += line.amount_fen if line.kind == "goods" else 0
                assert r.items is not None
                r.items.append(_item_text(line))
    # the longest period paid (the year, in December): someone gone before the month may still be paid for it
    paid_from = min((run.period.start for run in pm.runs), default=month.start)
    for r in rows.values():
        p = people.get(r.staff_id)
        if p is not None:
            notes = [note for s in p.stints if (note := tenure_note(s.hired, s.left, month))]
            if p.left is not None and paid_from <= p.left < month.start:
                notes.append(t("{day}离职", day=shown_month_day(p.left)))
            # paid the fixed pay (and any adjustment) only; a month approved before the switch keeps the awards it
            # gave, and no note
            out = not p.in_awards and r.staff_id not in awarded
            r.note = "，".join([*notes, "不参与评奖"] if out else notes)
    order = [c for c in FIXED_LABELS if c in fixed_components]
    return sorted(rows.values(), key=lambda r: pay_order(r.dept, r.staff_id)), order  # 客服部 before 售后部


def tenure_note(hired: date | None, left: date | None, month: Month) -> str:
    """`9月16日入职`, `9月20日离职` (both, joined by ，) when that day falls inside the month; else empty."""
    parts = []
    if hired is not None and month.start < hired <= month.end:
        parts.append(t("{day}入职", day=shown_month_day(hired)))
    if left is not None and month.start <= left <= month.end:
        parts.append(t("{day}离职", day=shown_month_day(left)))
    return "，".join(parts)


def _item_text(line: Line) -> str:
    """奖项：物品（¥50.00） on the sheet, "Award: item (¥50.00)" in an English window."""
    name = line.item or line.award
    text = t("{award}：{item}", award=line.award, item=name)
    return bracketed(text, format_yuan(line.amount_fen)) if line.kind == "goods" else text


def write_payout(shop: Shop, month: Month, path: str | Path, *, draft: bool = False,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> PayoutSummary:
    """`progress(done, total)`: one step per period paid, one for the sheet; `cancel()` true: `Cancelled`, no file."""
    from openpyxl import Workbook

    steps = len(periods_ending_in(month)) + 1
    # The sheet is a Chinese document: a draft's explanations and the rows' notes are made in Chinese whatever
    # the language, while a refusal (not approved: no draft is computed then) stays in the user's language.
    with in_chinese() if draft else nullcontext():
        pm = pay_month(shop, month, draft=draft, cancel=cancel,
                       progress=None if progress is None else lambda done, _total: progress(done, steps))
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(t("{path} 是一个文件夹，请指定文件名", path=target))
    with in_chinese():
        rows, fixed = pay_rows(shop, pm)
    columns = _columns(pm)
    # the main table has a 编号 column; elsewhere a name the shop's staff share carries the number after it
    twins = namesakes((p.id, p.name) for p in shop.staff.list())

    def who(staff_id: int | None, name: str) -> str:
        return f"{name}（#{staff_id}）" if staff_id in twins else name

    wb = Workbook()
    ws = wb.active
    ws.title = "发放表（草稿）" if pm.draft else "发放表"
    sheet = _Sheet(ws, pm.draft)
    title = f"{shop.name} {month.label()} 奖金发放表" + ("（草稿，未批准，不能作为发放依据）" if pm.draft else "")
    sheet.text_row([title], bold=True)
    sheet.text_row([_included(pm)])
    with in_chinese():
        plans = _plans_used(shop, pm)
    if plans:
        sheet.text_row([plans])
    headers = ["编号", "姓名", "部门", *(FIXED_LABELS[c] for c in fixed), *(h for _, h in columns), "扣款",
               "奖金实发", *(["应发合计"] if fixed else []), "实物价值", "实物与物品", "备注", "签字"]
    header_row = sheet.header(headers)
    sheet.widths[len(headers)] = SIGNATURE_WIDTH  # left empty: each signs for what they received
    money_from = 4
    for r in rows:  # a nought is left blank, as in the award columns; 奖金实发 and 应发合计 are what is paid, 0 too
        values: list[object] = [r.staff_id, r.name, r.dept, *(r.fixed.get(c) or None for c in fixed),
                                *(r.awards.get(k) or None for k, _ in columns), -r.deduction_fen or None, r.net_fen,
                                *([r.total_fen] if fixed else []), r.goods_fen or None]
        sheet.mixed_row(values, money_from, "；".join(r.items or []), note=r.note)
    sums = [sum(r.fixed.get(c, 0) for r in rows) for c in fixed] + \
        [sum(r.awards.get(k, 0) for r in rows) for k, _ in columns] + \
        [-sum(r.deduction_fen for r in rows), sum(r.net_fen for r in rows)] + \
        ([sum(r.total_fen for r in rows)] if fixed else []) + [sum(r.goods_fen for r in rows)]
    sheet.mixed_row(["合计", "", "", *sums], money_from, "", bold=True)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)
    sheet.print_setup(header_row)
    # departments in the people's order (pinyin); within one, the lines as the rules gave them. A department's goods
    # and items are no team fund: they are listed with the others to hand out, so each 合计 adds up what it lists
    by_dept = sorted((x for x in pm.lines if x.recipient_type == "department"), key=lambda x: chinese_order(x.dept or ""))
    team = [x for x in by_dept if x.kind not in ("goods", "item")]
    team_fen = sum(x.amount_fen for x in team if x.kind in ("cash", "deduction"))
    # A list with no line is left out, not printed empty with a ¥0.00 合计: payroll reads a heading as something to
    # pay or hand out. A line of no value (a cake) is still something to hand out, so it keeps its list.
    if team:
        sheet.blank()
        sheet.text_row(["团队基金（不发给个人）"], bold=True)
        sheet.header(["部门", "奖项", "类型", "金额", "说明"])
        for x in team:
            sheet.mixed_row([x.dept or "", x.award, KIND_LABELS[x.kind], x.amount_fen], 4, x.explanation)
        sheet.mixed_row(["合计", "", "", team_fen], 4, "", bold=True)
    goods = sorted((x for x in pm.lines if x.recipient_type == "staff" and x.kind in ("goods", "item")),
                   key=lambda x: pay_order(x.dept, x.staff_id or 0)) + [x for x in by_dept if x.kind in ("goods", "item")]
    staff_goods_fen = sum(x.amount_fen for x in goods if x.recipient_type == "staff" and x.kind == "goods")
    dept_goods = [(x.dept or "", x.item or x.award, x.amount_fen) for x in goods
                  if x.recipient_type == "department" and x.kind == "goods"]
    if goods:
        sheet.blank()
        sheet.text_row(["实物与物品（不计入现金）"], bold=True)
        sheet.header(["姓名", "部门", "奖项", "物品", "价值"])
        for x in goods:
            recipient = who(x.staff_id, x.staff_name or "") if x.recipient_type == "staff" else f"{x.dept}（团队）"
            sheet.mixed_row([recipient, x.dept or "", x.award, x.item or x.award,
                             x.amount_fen if x.kind == "goods" else 0], 5, "")
        if dept_goods:  # the main table lists people only: its 实物价值 合计 is the first of these two
            sheet.mixed_row(["个人合计", "", "", "", staff_goods_fen], 5, "即上表「实物价值」合计")
            sheet.mixed_row(["部门合计", "", "", "", sum(fen for _, _, fen in dept_goods)], 5, "部门的实物不在上表")
        sheet.mixed_row(["合计", "", "", "", staff_goods_fen + sum(fen for _, _, fen in dept_goods)], 5, "", bold=True)
    sheet.blank()
    sheet.text_row([TAX_NOTE])
    changed = changed_since(pm)
    # by the case the review and the 计算单 find (`owing_kind`): someone with no fixed pay on a sheet that lists it
    # (none typed) has no pay to take the deductions from
    cases = {r.staff_id: owing_kind(r.net_fen, sum(r.fixed.values())) for r in rows}
    owing = [(who(r.staff_id, r.name), r.net_fen) for r in rows if cases[r.staff_id] == NEGATIVE]
    netted = [(who(r.staff_id, r.name), r.net_fen, r.total_fen) for r in rows if cases[r.staff_id] in (NETTED, BELOW)]
    with in_chinese():
        for said, write_note in ((changed, changed_note), (owing, owing_note), (netted, netted_note)):
            if said:
                sheet.text_row([write_note(said)])
        for note in reapproval_notes(shop, pm.runs, who):
            sheet.text_row([note])
    sheet.fit()
    _details(wb.create_sheet("明细（草稿）" if pm.draft else "明细"), pm, who)
    if progress is not None:
        progress(steps, steps)
    _save(wb, target, cancel)
    return PayoutSummary(target, pm.draft, [r.period.key() for r in pm.runs], len(rows),
                         sum(r.net_fen for r in rows), sum(sum(r.fixed.values()) for r in rows), team_fen,
                         sum(x.amount_fen for x in goods if x.kind == "goods"), changed, owing, netted,
                         staff_goods_fen, dept_goods, len(team), len(goods))


def owing_note(owing: list[tuple[str, int]]) -> str:
    """Deductions larger than a person's awards leave a negative net: said, not hidden in the total."""
    people = [f"{name} {format_yuan(fen)}" for name, fen in owing]
    return t("{notice}；奖金实发合计已减去这些金额（合计 {total}）。", notice=owing_notice([(NEGATIVE, people)]),
             total=format_yuan(sum(fen for _, fen in owing)))


def netted_note(netted: list[tuple[str, int, int]]) -> str:
    """A negative net already taken off the fixed pay in 应发合计: said so, lest it be deducted again; and an
    应发合计 below zero (the deductions exceed the pay) said apart."""
    return t("{notice}。", notice=owing_notice([
        (NETTED, [f"{name} {format_yuan(net)}" for name, net, _total in netted]),
        (BELOW, [f"{name} {format_yuan(total)}" for name, _net, total in netted if total < 0])]))


def changed_since(pm: PayMonth) -> list[Changed]:
    """The approved periods of the pay month whose plan or data changed since: the sheet and the 计算单 print
    their approval, which is said to the owner."""
    return [c for c in map(changed_of, pm.runs) if c is not None]


def changed_of(run: PaidRun) -> Changed | None:
    if not run.changed:
        return None
    return Changed(run.period, run.plan_change, run.data_changed or not run.plan_change, run.plan_change_zh)


def changed_note(changed: list[Changed], *, receipts: bool = False) -> str:
    """What changed since approval, told apart as the 评奖 page does: 方案, 数据, or both; of the sheet, or of
    the 计算单 (`receipts`)."""
    groups: dict[tuple[str, bool], list[str]] = {}
    for c in changed:
        groups.setdefault((c.change(), c.data_changed), []).append(c.period.shown_label())
    parts = []
    for (plan_change, data_changed), periods in groups.items():
        names = joined(periods)
        if not plan_change:
            parts.append(t("{periods} 批准后数据有变化", periods=names))
        elif data_changed:
            parts.append(t("{periods} 批准后方案（{change}）和数据都有变化", periods=names, change=plan_change))
        else:
            parts.append(t("{periods} 批准后方案有变化（{change}）", periods=names, change=plan_change))
    if receipts:
        return t("注意：{changes}，计算单仍按批准时的结果；如需更新请重新计算并再次批准。", changes="；".join(parts))
    return t("注意：{changes}，本表仍按批准时的结果；如需更新请重新计算并再次批准。", changes="；".join(parts))


def _included(pm: PayMonth) -> str:
    parts = []
    for run in pm.runs:
        state = approval_state(run) if run.run else "未批准，草稿"
        parts.append(f"{run.period.label()}（{state}）")
    return "包含：" + ("、".join(parts) if parts else "（无）")


def _plans_used(shop: Shop, pm: PayMonth) -> str:
    """方案：淘宝客服激励方案（客服部、美工部）；售后服务激励制度（售后部）: the plans the periods paid were computed
    with (an approval's as kept, a draft's as in force), the departments by today's names, each once."""
    depts = Departments({d.name: d.id for d in shop.store.departments.list()})
    said: dict[str, None] = {}
    for run in pm.runs:
        kept = run.run.plans if run.run else run.computation.plans if run.computation else []
        for entry in plans_shown(shop.store, kept, depts):
            said.setdefault(f"{entry['plan']}（{'、'.join(entry['departments'])}）", None)
    return "方案：" + "；".join(said) if said else ""


def _details(ws, pm: PayMonth, who: Callable[[int | None, str], str]) -> None:
    sheet = _Sheet(ws, pm.draft)
    sheet.text_row([f"{pm.month.label()} 发放明细" + ("（草稿）" if pm.draft else "")], bold=True)
    sheet.header(["期间", "获奖人", "部门", "奖项", "规则", "类型", "金额", "物品", "说明", "方案", "奖状"])
    header_row = sheet.row
    for run in pm.runs:
        for x in run.lines:
            recipient = who(x.staff_id, x.staff_name or "") if x.recipient_type == "staff" else f"{x.dept}（团队）"
            sheet.detail_row([run.period.label(), recipient, x.dept or "", x.award,
                              RULE_LABELS.get(x.rule_kind, x.rule_kind), KIND_LABELS[x.kind]],
                             x.amount_fen, [x.item or "", x.explanation, x.plan, "是" if x.certificate else ""])
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)
    sheet.print_setup(header_row)
    sheet.fit()


class _Sheet:
    """Rows written top to bottom; user text never becomes a formula; widths fitted at the end."""

    def __init__(self, ws, draft: bool):
        self.ws = ws
        self.row = 0
        self.widths: dict[int, int] = {}
        if draft:
            ws.oddHeader.center.text = "草稿"
            ws.evenHeader.center.text = "草稿"

    def _text(self, col: int, value: str, bold: bool = False, width: bool = True, wrap_at: int = WRAP_AT):
        from openpyxl.styles import Alignment, Font

        cell = self.ws.cell(row=self.row, column=col, value=value)
        cell.data_type = "s"  # never a formula, whatever the text begins with
        if value.startswith(_RISKY):
            cell.quotePrefix = True
        if bold:
            cell.font = Font(bold=True)
        if width:
            shown = display_width(value)
            if shown > wrap_at:  # wraps rather than widen the column: the sheet prints one page wide
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            self.widths[col] = max(self.widths.get(col, 0), min(shown, wrap_at))
        return cell

    def _heading(self, col: int, value: str):
        """A column's heading, on two lines where it is wider than the amounts under it would need: an award's
        name (阶段目标奖, 最佳服务奖) widened every amount column, and seventeen of them printed at half size."""
        from openpyxl.styles import Alignment, Font, PatternFill

        cell = self._text(col, value, True, width=False)
        cell.fill = PatternFill("solid", fgColor="F2DCDB")
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        shown = display_width(value)
        self.widths[col] = max(self.widths.get(col, 0), shown if shown <= HEADING_ONE_LINE else -(-shown // 2))
        return cell

    def _money(self, col: int, fen: int, bold: bool = False):
        from openpyxl.styles import Font

        cell = self.ws.cell(row=self.row, column=col, value=_yuan(fen))
        cell.number_format = MONEY_FORMAT
        if bold:
            cell.font = Font(bold=True)
        self.widths[col] = max(self.widths.get(col, 0), len(format_yuan(fen)) + 1)

    def print_setup(self, header_row: int) -> None:
        """Printed for signing: A4 landscape, one page wide (the rows run on to further pages), the header row on
        every page and the page numbers at the foot."""
        setup = self.ws.page_setup
        setup.orientation = "landscape"
        setup.paperSize = self.ws.PAPERSIZE_A4
        setup.fitToWidth, setup.fitToHeight = 1, 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.gridLines = True  # a table to sign on, not figures floating on white
        margins = self.ws.page_margins  # Excel's 窄 margins: the columns print larger
        margins.left = margins.right = 0.25
        margins.top = margins.bottom = 0.75
        margins.header = margins.footer = 0.3
        self.ws.print_title_rows = f"{header_row}:{header_row}"
        self.ws.oddFooter.center.text = "第 &P 页，共 &N 页"

    def blank(self) -> None:
        self.row += 1

    def text_row(self, texts: list[str], bold: bool = False) -> None:
        self.row += 1
        for i, text in enumerate(texts, start=1):
            self._text(i, text, bold, width=False)

    def header(self, headers: list[str]) -> int:
        self.row += 1
        for i, text in enumerate(headers, start=1):
            self._heading(i, text)
        return self.row

    def mixed_row(self, values: list[object], money_from: int, tail: str, bold: bool = False, note: str = "") -> None:
        """Text up to column money_from − 1, money (fen) from there; then the tail text and the note."""
        self.row += 1
        col = 0
        for col, value in enumerate(values, start=1):
            if value is None:
                continue
            if col >= money_from and isinstance(value, int):
                self._money(col, value, bold)
            elif isinstance(value, int):
                self.ws.cell(row=self.row, column=col, value=value)
                self.widths[col] = max(self.widths.get(col, 0), len(str(value)) + 1)
            else:
                self._text(col, str(value), bold)
        if tail:
            self._text(col + 1, tail, bold, wrap_at=TAIL_WRAP_AT)
        if note:
            self._text(col + 2, note, bold)

    def detail_row(self, head: list[str], fen: int, tail: list[str]) -> None:
        self.row += 1
        for col, text in enumerate(head, start=1):
            self._text(col, text)
        self._money(len(head) + 1, fen)
        for col, text in enumerate(tail, start=len(head) + 2):
            self._text(col, text)

    def fit(self) -> None:
        from openpyxl.utils import get_column_letter

        for col, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = max(8, width + 2)


def _save(wb, target: Path, cancel: Callable[[], bool] | None = None) -> None:
    with replaced_atomically(target, ".xlsx") as tmp:
        wb.save(tmp)
        if cancel is not None and cancel():  # up to the last moment: the temporary file goes, the target stays
            raise Cancelled()
