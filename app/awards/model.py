"""What the award run shows: lines with names, totals per person, the fingerprint of the inputs, and
the differences between an approved run and a fresh computation."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from app.awards.owing import BELOW, NEGATIVE, NETTED, owing_kind, owing_notice
from app.domain import Staff, namesakes
from app.i18n import bracketed, every_language, joined, language, t
from app.money import format_yuan
from app.periods import Period
from app.rules import DeptFacts, Facts, NotAwarded
from app.rules.ranking import place_of
from app.services.approved import staff_digest
from app.sorting import chinese_order, pay_order
from app.store.awards import RunRecord, StoredLine

Line = StoredLine  # one award line with the recipient's name and department and the plan it came from

ADJUSTMENT = "adjustment"  # the rule kind of an adjustment's line: a correction of pay, not an award
FIXED_ORDER = ("base_pay", "post_pay", "allowance")  # as the payout sheet lists the fixed pay
KIND_LABELS = {"cash": "现金", "goods": "实物", "item": "物品", "honour": "荣誉", "deduction": "扣款"}


@dataclass(frozen=True)
class PersonTotals:
    staff_id: int
    staff: str
    dept: str | None
    cash_fen: int = 0
    goods_fen: int = 0
    deduction_fen: int = 0
    items: tuple[str, ...] = ()
    fixed_fen: int | None = None  # a month's fixed pay as the payout sheet shows it (None: none on the sheet)
    fixed_parts: tuple[tuple[str, int], ...] = ()  # (component, fen): base_pay, post_pay, allowance

    @property
    def net_fen(self) -> int:
        return self.cash_fen - self.deduction_fen

    @property
    def total_fen(self) -> int:
        """Fixed pay and the net cash awards: the payout sheet's 应发合计 of the period."""
        return (self.fixed_fen or 0) + self.net_fen

    def as_dict(self) -> dict[str, object]:
        return {"staff_id": self.staff_id, "staff": self.staff, "dept": self.dept, "cash_fen": self.cash_fen,
                "goods_fen": self.goods_fen, "deduction_fen": self.deduction_fen, "net_fen": self.net_fen,
                "items": list(self.items)}


@dataclass(frozen=True)
class DeptTotals:
    dept: str
    cash_fen: int = 0
    goods_fen: int = 0
    deduction_fen: int = 0
    items: tuple[str, ...] = ()

    @property
    def net_fen(self) -> int:
        return self.cash_fen - self.deduction_fen


def _add(acc: dict, key: object, line: Line) -> None:
    row = acc.setdefault(key, [0, 0, 0, []])
    if line.kind == "cash":
        row[0] += line.amount_fen
    elif line.kind == "goods":
        row[1] += line.amount_fen
    elif line.kind == "deduction":
        row[2] -= line.amount_fen
    if line.kind in ("goods", "item") and line.item:  # by award: two awards' 「奖品」 are two things to hand out
        row[3].append(t("{award}：{item}", award=line.award, item=line.item))


def person_totals(lines: list[Line]) -> list[PersonTotals]:
    """One row per person with lines, by staff id: cash, goods value, deductions (positive), net."""
    acc: dict = {}
    names: dict[int, tuple[str, str | None]] = {}
    for line in lines:
        if line.recipient_type == "staff" and line.staff_id is not None:
            _add(acc, line.staff_id, line)
            names[line.staff_id] = (line.staff_name or "", line.dept)
    return [PersonTotals(sid, names[sid][0], names[sid][1], *acc[sid][:3], tuple(acc[sid][3])) for sid in sorted(acc)]


def dept_totals(lines: list[Line]) -> list[DeptTotals]:
    acc: dict = {}
    for line in lines:
        if line.recipient_type == "department" and line.dept:
            _add(acc, line.dept, line)
    return [DeptTotals(d, *acc[d][:3], tuple(acc[d][3])) for d in sorted(acc, key=chinese_order)]  # pinyin, as the board


def line_json(line: Line) -> dict[str, object]:
    return {"recipient_type": line.recipient_type, "staff_id": line.staff_id, "staff": line.staff_name,
            "dept": line.dept, "award": line.award, "rule_kind": line.rule_kind, "kind": line.kind,
            "amount_fen": line.amount_fen, "item": line.item, "explanation": line.explanation,
            "certificate": line.certificate, "plan": line.plan}


# ---- fingerprint ---------------------------------------------------------------------------------
def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return value


def facts_digest(facts: Facts, plan_hash: str, fixed_pay: tuple[str, ...] = (), *, later_leaves: bool = False,
                 empty_departments: Collection[str] | None = (), renamed: Mapping[str, str] | None = None
                 ) -> dict[str, object]:
    """Everything an evaluation reads, in a canonical order (today is left out: it is not an input). Left out
    too (one added since changes no result): a leave dated after the period, unless `later_leaves`, and a
    department with no one in the period and no target of its own, unless named in `empty_departments` (None:
    all) — runs were stamped with both before. `renamed`: today's name → the name a department had when a run
    was approved, so that a rename since (which changes no result: the rules follow the department) keeps the
    run's fingerprint. A rule's 适用部门 that means a department under another name is kept (`Facts.dept_names`)."""
    until = None if later_leaves else facts.period.end
    names = renamed or {}

    def name(dept: str | None) -> str | None:
        return names.get(dept, dept) if dept is not None else None

    def kept(d: DeptFacts) -> bool:
        return bool(d.members or d.targets) or empty_departments is None or d.name in empty_departments

    staff = [staff_digest(replace(s, dept=name(s.dept)) if names else s, fixed_pay, until)
             for s in sorted(facts.staff, key=lambda s: s.id)]
    departments = sorted((d for d in facts.departments if kept(d)), key=lambda d: name(d.name) or "")
    meanings = {written: then for written, now in facts.dept_names.items() if (then := name(now)) != written}
    return _plain({
        "plan": plan_hash, "period": str(facts.period),
        "staff": staff,
        "values": sorted([*k, v] for k, v in facts.values.items()),
        "targets": sorted([*k, v] for k, v in facts.targets.items()),
        "events": sorted([e.id, e.day, e.staff_id, e.type, e.amount_fen, e.value, sorted(e.attrs.items()), e.note]
                         for e in facts.events),
        "flowers": sorted(facts.flowers.items()),
        "departments": [[name(d.name), list(d.members), sorted([*k, v] for k, v in d.targets.items())]
                        for d in departments],
        "manual": sorted([m.rule, m.staff_id or 0, name(m.dept) or "", m.amount_fen or 0, m.item or "", m.reason]
                         for m in facts.manual),
        # only when there are some: a fingerprint kept before they were read stays the same
        **({"pairs": sorted([*k, *v] for k, v in facts.pairs.items())} if facts.pairs else {}),
        **({"in_force_from": sorted([name(d) or "", m] for d, m in facts.in_force_from.items())}
           if facts.in_force_from else {}),
        **({"dept_names": sorted(meanings.items())} if meanings else {}),
        **({"not_in_awards": sorted(s.id for s in facts.staff if not s.in_awards)}
           if any(not s.in_awards for s in facts.staff) else {}),
    })  # type: ignore[return-value]


def fingerprint(parts: list[object]) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---- differences ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonDiff:
    recipient: str  # the person's name or the department
    staff_id: int | None
    old_net_fen: int
    new_net_fen: int
    removed: tuple[Line, ...]
    added: tuple[Line, ...]

    def text(self, namesakes: Collection[int] = ()) -> str:
        """The person's block; a name another of the shop has (`namesakes`, by id) with the number: 黄俊（#3）."""
        who = bracketed(self.recipient, f"#{self.staff_id}") if self.staff_id in namesakes else self.recipient
        if self.old_net_fen == self.new_net_fen:  # goods or items changed, or lines adding up as before
            parts = [t("{who}：实发不变 {net}", who=who, net=format_yuan(self.new_net_fen))]
        else:
            parts = [t("{who}：实发 {old} → {new}", who=who, old=format_yuan(self.old_net_fen),
                       new=format_yuan(self.new_net_fen))]
        for line in self.removed:
            parts.append(t("  − {award} {amount}：{why}", award=line.award, amount=_amount(line), why=line.explanation))
        for line in self.added:
            parts.append(t("  + {award} {amount}：{why}", award=line.award, amount=_amount(line), why=line.explanation))
        return "\n".join(parts)


def _amount(line: Line) -> str:
    if line.kind in ("item", "honour"):
        return line.item or t(KIND_LABELS[line.kind])
    return format_yuan(line.amount_fen)


def _key(line: Line) -> tuple:
    return (line.recipient_type, line.staff_id, line.dept if line.recipient_type == "department" else None)


# words the app itself writes into a line's award or item (an adjustment, goods without a named item), in the
# language of the moment
_OWN_WORDS = ("调整", "奖品")


def _word(text: str | None) -> str | None:
    """The app's own word as written in Chinese, whichever language it was kept in; any other text as it is."""
    return next((w for w in _OWN_WORDS if text in every_language(w)), text)


def own_words_shown(text: str | None) -> str | None:
    """The app's own word (调整, 奖品) in the language of the moment, whichever language it was kept in (an
    approval keeps Chinese); any other text, such as a plan's award or item, as it is."""
    word = _word(text)
    return t(word) if word in _OWN_WORDS else text


def own_words_said(line: Line) -> Line:
    """The line with its own words (`own_words_shown`) in the language of the moment."""
    return replace(line, award=own_words_shown(line.award) or "", item=own_words_shown(line.item))


def _sig(line: Line) -> tuple:
    """What a line is, apart from its recipient: the rule, what it pays and how much. Not its explanation,
    which is kept in the language and the wording of the day it was computed."""
    return (_word(line.award), line.rule_kind, line.kind, line.amount_fen, _word(line.item), line.certificate)


def with_owing(review: Review, staff: list[Staff]) -> Review:
    """The review with its deductions beyond the awards said among its notes (the page, `awards compute`); a name
    the shop's staff share is said with the number."""
    review = replace(review, namesakes=frozenset(namesakes((p.id, p.name) for p in staff)))
    warning = review.owing()
    if warning:
        review.notes.append(warning)
    return review


def lines_shown(approved: list[Line], as_today: list[Line], recomputed: list[Line] | None) -> list[Line]:
    """An approved period's lines as its review shows them: those approved, kept in Chinese for the 发放表 and the
    计算单; in another language, the same lines computed now in that language (`recomputed`: the approval's data
    and plans evaluated now — None once the data changed), when they pay exactly what was approved (an English
    window read its approved periods' explanations in Chinese). `as_today`: the approved lines with their
    departments named as today (`Departments.named_as_today`), as `recomputed` names them: a department renamed
    since is the same team line. The approved lines' own words (调整, 奖品) are said in the language."""
    if recomputed is None or language() == "zh" or differences(as_today, recomputed):
        return [own_words_said(x) for x in approved]
    return recomputed


def differences(old: list[Line], new: list[Line]) -> list[PersonDiff]:
    """Per recipient, the lines only in the approved run (removed) and only in the new computation (added),
    told apart by `_sig`: an approval in Chinese read in English, or an explanation worded otherwise by a
    newer version, is no difference; a changed amount, item, or a line more or less is."""
    groups: dict[tuple, tuple[list[Line], list[Line]]] = {}
    for line in old:
        groups.setdefault(_key(line), ([], []))[0].append(line)
    for line in new:
        groups.setdefault(_key(line), ([], []))[1].append(line)
    result = []
    for key in sorted(groups, key=lambda k: (k[0], k[1] or 0, k[2] or "")):
        before, after = groups[key]
        remaining = Counter(_sig(x) for x in after)
        removed = [x for x in before if not _take_once(remaining, x)]
        added_sigs = Counter(_sig(x) for x in after) - Counter(_sig(x) for x in before)
        added = [x for x in after if _take_once(added_sigs, x)]
        if not removed and not added:
            continue
        sample = (before or after)[0]
        who = sample.staff_name or "" if key[0] == "staff" else t("{dept}（团队）", dept=sample.dept)
        result.append(PersonDiff(who, key[1], _net(before), _net(after), tuple(removed), tuple(added)))
    return result


def _take_once(counter: Counter, line: Line) -> bool:
    """Use up one line with this line's signature; False when none is left (each match is used once)."""
    sig = _sig(line)
    if counter[sig] > 0:
        counter[sig] -= 1
        return True
    return False


def _net(lines: list[Line]) -> int:
    return sum(x.amount_fen for x in lines if x.kind in ("cash", "deduction"))


def owing_warning(lines: list[Line], fixed_pay: dict[int, int], namesakes: Collection[int] = ()) -> str:
    """People whose deductions exceed their cash awards, said before approval as the payout sheet says them
    after: a negative 奖金实发 (no fixed pay on the sheet), a net taken off the fixed pay, or an 应发合计 below
    zero. Empty when there are none."""
    groups: dict[str, list[str]] = {NEGATIVE: [], NETTED: [], BELOW: []}
    for person in person_totals(lines):
        pay = fixed_pay.get(person.staff_id, 0)
        kind = owing_kind(person.net_fen, pay)
        if kind:
            shown = pay + person.net_fen if kind == BELOW else person.net_fen
            name = bracketed(person.staff, f"#{person.staff_id}") if person.staff_id in namesakes else person.staff
            groups[kind].append(f"{name} {format_yuan(shown)}")
    return owing_notice(list(groups.items()))


def tie_notes(lines: list[Line], namesakes: Collection[int] = ()) -> list[str]:
    """Ties in the ranked awards of one plan group, each paid the whole place, with what that costs, said in the
    review before approval: 「季度排名奖：甲、乙并列第 1 名，各得第 1 名的全额 ¥1,000.00，共 ¥2,000.00」."""
    tied: dict[tuple[str, int], list[Line]] = {}
    for x in lines:
        place = place_of(x.rule_kind, x.explanation) if x.recipient_type == "staff" else None
        if place is not None and x.amount_fen > 0:
            tied.setdefault((x.award, place), []).append(x)
    return [t("{award}：{names}并列第 {place} 名，各得第 {place} 名的全额 {amount}，共 {total}", award=award,
              names=joined(bracketed(x.staff_name or "", f"#{x.staff_id}") if x.staff_id in namesakes
                           else x.staff_name or "" for x in group), place=place, amount=format_yuan(group[0].amount_fen),
              total=format_yuan(sum(x.amount_fen for x in group)))
            for (award, place), group in tied.items() if len(group) > 1]


# ---- what the review shows -----------------------------------------------------------------------
@dataclass(frozen=True)
class Review:
    """A period as the owner reviews it. When approved, `lines` are the approved lines (never silently
    replaced); `changed` says the inputs differ now, with `differences` per recipient."""

    period: Period
    lines: list[Line]
    not_awarded: list[NotAwarded]
    fingerprint: str
    approved: RunRecord | None
    changed: bool
    differences: list[PersonDiff]
    provisional_values: int
    ended: bool
    plans: list[dict]
    notes: list[str] = field(default_factory=list)
    computed_lines: list[Line] = field(default_factory=list)
    plan_change: str = ""  # the plans in force differ from those approved with: 「方案 第1版 → 第2版」
    data_changed: bool = False  # the data differ from the approval's (apart from any plan change)
    approved_plans: list[dict] = field(default_factory=list)  # the plans the approval used (as `plans`)
    fixed_pay: dict[int, int] = field(default_factory=dict)  # a month's fixed pay per person with it, in fen:
    # as approved for `lines` of an approved run, as now for `computed_lines`
    computed_fixed_pay: dict[int, int] = field(default_factory=dict)
    # (name, department, {component: fen}) of each person in `fixed_pay`, as the payout sheet shows them
    fixed_rows: dict[int, tuple[str, str | None, dict[str, int]]] = field(default_factory=dict)
    data_through: date | None = None  # the period's last day with any data (daily or an imported total; its events
    # when it holds no value)
    namesakes: frozenset[int] = frozenset()  # the ids of people whose name another of the shop has

    def owing(self, *, computed: bool = False) -> str:
        """Deductions beyond the awards in the lines shown (`computed`: those an approval would keep)."""
        if computed:
            return owing_warning(self.computed_lines, self.computed_fixed_pay, self.namesakes)
        return owing_warning(self.lines, self.fixed_pay, self.namesakes)

    def net_change(self) -> str:
        """A period changed since its approval: what approving it again would pay against what was approved,
        「个人实发合计 ¥340.00 → ¥540.00」 (the state line's words), with the team funds when they change."""
        if not self.changed:
            return ""

        def paid(lines: list[Line]) -> tuple[int, int]:
            return sum(p.net_fen for p in person_totals(lines)), sum(d.net_fen for d in dept_totals(lines))

        (people_then, teams_then), (people_now, teams_now) = paid(self.lines), paid(self.computed_lines)
        if people_then == people_now:  # the team funds, goods or items changed: not said as a change of the net
            text = t("个人实发合计不变 {net}", net=format_yuan(people_now))
        else:
            text = t("个人实发合计 {old} → {new}", old=format_yuan(people_then), new=format_yuan(people_now))
        if teams_then != teams_now:
            text += t("；团队基金 {old} → {new}", old=format_yuan(teams_then), new=format_yuan(teams_now))
        return text

    @property
    def plan_changed(self) -> bool:
        return bool(self.plan_change)

    @property
    def shown(self) -> str:
        """What 批准 checks it approves the results the owner was shown: the inputs' fingerprint and a month's
        fixed pay as now (kept with the approval, yet no input of the fingerprint)."""
        return fingerprint([self.fingerprint, sorted(self.computed_fixed_pay.items())])

    @property
    def totals(self) -> list[PersonTotals]:
        return person_totals(self.lines)

    @property
    def pay_totals(self) -> list[PersonTotals]:
        """`totals` with each person's fixed pay of the month, and a row for everyone paid fixed pay only: the
        month at a glance, as the payout sheet adds it up and in its order (`pay_order`)."""
        rows = {p.staff_id: p for p in self.totals}
        for sid, (name, dept, pay) in self.fixed_rows.items():
            parts = tuple((c, pay[c]) for c in FIXED_ORDER if c in pay)
            base = rows.get(sid) or PersonTotals(sid, name, dept)
            rows[sid] = replace(base, fixed_fen=sum(pay.values()), fixed_parts=parts)
        return sorted(rows.values(), key=lambda p: pay_order(p.dept, p.staff_id))

    @property
    def team_totals(self) -> list[DeptTotals]:
        return dept_totals(self.lines)

    @property
    def data_short(self) -> bool:
        """No one's data reach the period's last day (its last reports not imported yet?)."""
        return self.data_through is None or self.data_through < self.period.end

    def as_json(self) -> dict[str, object]:
        return {
            "period": str(self.period),
            "lines": [line_json(x) for x in self.lines],
            "totals": [x.as_dict() for x in self.totals],
            "team_totals": [{"dept": d.dept, "cash_fen": d.cash_fen, "goods_fen": d.goods_fen,
                             "deduction_fen": d.deduction_fen, "net_fen": d.net_fen, "items": list(d.items)}
                            for d in self.team_totals],
            "approved": self.approved is not None,
            "approved_at": self.approved.approved_at if self.approved else None,
            "changed": self.changed,
            "plan_changed": self.plan_changed,
            "data_changed": self.data_changed,
            "approved_plans": self.approved_plans,
            "differences": [{"recipient": d.recipient, "staff_id": d.staff_id, "old_net_fen": d.old_net_fen,
                             "new_net_fen": d.new_net_fen, "removed": [line_json(x) for x in d.removed],
                             "added": [line_json(x) for x in d.added]} for d in self.differences],
            "provisional_values": self.provisional_values,
            "ended": self.ended,
            "data_through": self.data_through.isoformat() if self.data_through else None,
            "fingerprint": self.fingerprint,
            "plans": self.plans,
            "notes": self.notes,
            "not_awarded": [{"award": n.rule, "staff_id": n.staff_id, "dept": n.dept, "reason": n.reason}
                            for n in self.not_awarded],
        }


def fixed_pay_of(person: Staff, components: tuple[str, ...]) -> dict[str, int]:
    """{component: fen} of the fixed pay a plan lists (基本工资, 岗位工资, 补贴), from the staff profile."""
    return {c: getattr(person, f"{c}_fen") or 0 for c in components}
