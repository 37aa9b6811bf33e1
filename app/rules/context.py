"""One evaluation's working state: indexes over the facts, eligibility, and the lines produced."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.domain import Staff, namesakes
from app.events import Event
from app.i18n import joined, t
from app.metrics import Metric
from app.periods import Month, month_keys, previous_period
from app.rules.facts import DeptFacts, Facts
from app.rules.model import AwardLine, NotAwarded
from app.rules.rule import Rule
from app.rules.text import day_label, month_label, yuan


class Ctx:
    def __init__(self, facts: Facts):
        self.facts = facts
        self.period = facts.period
        self.months = month_keys(facts.period)
        self.prev_period = previous_period(facts.period)
        self.prev_months = month_keys(self.prev_period)
        self.staff: list[Staff] = sorted(facts.staff, key=lambda s: s.id)
        self.staff_by_id = {s.id: s for s in self.staff}
        self.departments: list[DeptFacts] = sorted(facts.departments, key=lambda d: d.name)
        index: dict[str, dict[int, list[Event]]] = defaultdict(lambda: defaultdict(list))
        start, end = facts.period.start, facts.period.end
        for e in sorted(facts.events, key=lambda e: (e.day, e.id)):
            if start <= e.day <= end:
                index[e.type][e.staff_id].append(e)
        self._events = index
        self.lines: list[AwardLine] = []
        self.not_awarded: list[NotAwarded] = []

    # ---- facts ---------------------------------------------------------------------------------
    def ratio_parts(self, staff_id: int, a: Metric, b: Metric, month: str) -> tuple[int | None, int | None, bool]:
        """A month's two parts of the rate a/b, and whether they are the daily values alone (an imported total
        held one of them and not the other)."""
        pair = self.facts.pairs.get((staff_id, a.key, b.key, month))
        if pair is not None:
            return pair[0], pair[1], True
        values = self.facts.values
        return values.get((staff_id, a.key, month)), values.get((staff_id, b.key, month)), False

    def metric_sum(self, staff_id: int, metric: Metric | None, months: tuple[str, ...]) -> int | None:
        """The metric over the months from monthly values; None when no month has data.

        sum metrics add up; mean/weighted metrics take the mean of the known months, weighted by
        the weight metric's monthly sums where all of them are known (a month of weight 0 — no inquiries at all —
        then counts for nothing, as a day of weight 0 does within a month)."""
        if metric is None:
            return None
        values, key = self.facts.values, metric.key
        if len(months) == 1:
            return values.get((staff_id, key, months[0]))
        known = [(m, v) for m in months if (v := values.get((staff_id, key, m))) is not None]
        if not known:
            return None
        if metric.aggregation == "sum":
            return sum(v for _, v in known)
        weights = [values.get((staff_id, metric.weight, m)) for m, _ in known] if metric.weight else []
        sure = [w for w in weights if w is not None and w >= 0]
        if weights and len(sure) == len(weights) and sum(sure) > 0:
            num = sum(Decimal(v) * w for (_, v), w in zip(known, sure, strict=True))
            mean = num / sum(sure)
        else:
            mean = Decimal(sum(v for _, v in known)) / len(known)
        return int(mean.quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def scaled_note(self, staff_id: int, metric: Metric | None, month: str) -> str:
        """`10月目标 ¥10,000.00 按在职 16/31 天折算`, the target as set so ¥5,161.29 can be redone; "" if not scaled."""
        if not (days := self.facts.prorated.get((staff_id, month))) or metric and not metric.target_prorates:
            return ""
        fields = {"month": month_label(month), "days": days[0], "of": days[1]}
        if metric is None or (as_set := self.facts.targets_set.get((staff_id, metric.key, month))) is None:
            return t("{month}按在职 {days}/{of} 天折算", **fields)
        return t("{month}目标 {target} 按在职 {days}/{of} 天折算", target=metric.format(as_set), **fields)

    def target_note(self, staff_id: int, months: tuple[str, ...], metric: Metric | None = None) -> str:
        """`（10月目标 ¥10,000.00 按在职 16/31 天折算）` for a target scaled to the days employed; `（10月在职 17/31 天，
        目标未折算）` when not (折算目标 off), why she fell short; nothing for a rate or an average's target."""
        parts = []
        for m in months if metric is None or metric.target_prorates else ():
            if scaled := self.scaled_note(staff_id, metric, m):
                parts.append(scaled)
            elif part := self.facts.part_months.get((staff_id, m)):
                parts.append(t("{month}在职 {days}/{of} 天，目标未折算", month=month_label(m), days=part[0], of=part[1]))
        return t("（{parts}）", parts=joined(parts, separator="，")) if parts else ""

    def missing_months(self, staff_id: int, metric: Metric | None, months: tuple[str, ...]) -> str:
        """`9月销售额无数据` when some, not all, of several months have no value: the sum over the months is
        then that of the others, which the line says so that it can be checked by hand."""
        if metric is None or len(months) < 2:
            return ""
        missing = [month_label(m) for m in months if (staff_id, metric.key, m) not in self.facts.values]
        if not missing or len(missing) == len(months):
            return ""
        return t("{p}{name}无数据", p=joined(missing), name=metric.shown_name)

    def missing_note(self, staff_id: int, metric: Metric | None, months: tuple[str, ...]) -> str:
        """`missing_months` in brackets, to follow the sum it is about: `¥10,000.00（7月、8月销售额无数据）`."""
        missing = self.missing_months(staff_id, metric, months)
        return t("（{parts}）", parts=missing) if missing else ""

    def gaps_flatter(self, staff_id: int, metric: Metric | None, months: tuple[str, ...]) -> str:
        """Why a sum over several months cannot be compared, or "": of a metric where lower is better (退款金额) a
        sum missing some months looks better than it is — 10月 alone beats another's three months."""
        if metric is None or metric.higher_is_better or metric.aggregation != "sum":
            return ""
        missing = self.missing_months(staff_id, metric, months)
        return t("{missing}（{name}越低越好，少了月份的合计会显得更好，不计）", missing=missing,
                 name=metric.shown_name) if missing else ""

    def months_for(self, staff: Staff, *, every_month: bool = False) -> tuple[str, ...]:
        """The months a ranking or a threshold met each month reads a person over: those of the period from the month
        the plan came into force for their department (a plan begun within the period: no target is asked of a month
        before it) in which they were on the team; with `every_month` (a target, or the condition, asked of each month,
        as 季度排名奖 and 咨询服务持续成就奖 do) each of them, on the team or not: a December hire has no October."""
        since = self.facts.in_force_from.get(staff.dept)
        return tuple(key for key in self.months if (since is None or key >= since)
                     and (every_month or staff.employed_during(*_month_span(key))))

    def months_said(self, staff: Staff, months: tuple[str, ...]) -> str:
        """`（8月、9月）`, `（8月、9月，8月17日入职）`: the months read when they are not all the period's, with the
        days within them the person joined, left or came back (a rehire: `6月30日离职，8月1日重新入职`)."""
        if months == self.months or not months:
            return ""
        start, end = self.period.start, self.period.end
        days: list[tuple[date, str]] = []
        for i, stint in enumerate(staff.stints):
            if stint.hired is not None and start < stint.hired <= end and stint.hired.strftime("%Y-%m") in months:
                days.append((stint.hired, t("{day}重新入职", day=day_label(stint.hired)) if i
                             else t("{day}入职", day=day_label(stint.hired))))
            if stint.left is not None and start <= stint.left < end and stint.left.strftime("%Y-%m") in months:
                days.append((stint.left, t("{day}离职", day=day_label(stint.left))))
        parts = [joined(month_label(m) for m in months), *(text for _day, text in sorted(days))]
        return t("（{parts}）", parts=joined(parts, separator="，"))

    def events(self, event_type: str, staff_id: int) -> list[Event]:
        return self._events.get(event_type, {}).get(staff_id, [])

    def all_events(self, event_type: str) -> list[Event]:
        by_staff = self._events.get(event_type)
        return [e for sid in sorted(by_staff) for e in by_staff[sid]] if by_staff else []

    # ---- who takes part ------------------------------------------------------------------------
    def candidates(self, rule: Rule) -> list[Staff]:
        """Staff the rule applies to, by id. In-scope people who worked in the period but were not
        employed on its last day get a reason; people outside the period, and those who do not take part in the
        awards (the owner), are left out silently."""
        start, end = self.period.start, self.period.end
        chosen = []
        departments = self.rule_departments(rule)
        for s in self.staff:
            if not s.in_awards or (departments and s.dept not in departments):
                continue
            if rule.roles and s.role not in rule.roles:
                continue
            if not s.employed_during(start, end):
                continue
            if rule.active == "period_end" and not s.employed_on(end):
                if s.left is not None and s.left < end:
                    self.skip(rule, s.id, t("{day}离职，期末不在职", day=day_label(s.left)), left=s.left)
                continue
            if rule.min_days and (days := s.days_employed(start, end)) < rule.min_days:
                self.skip(rule, s.id, t("{period}在职 {days} 天，不足 {need} 天", period=self.period.shown_label(),
                                        days=days, need=rule.min_days))
                continue
            chosen.append(s)
        return chosen

    def dept_candidates(self, rule: Rule) -> list[DeptFacts]:
        departments = self.rule_departments(rule)
        return [d for d in self.departments if not departments or d.name in departments]

    def rule_departments(self, rule: Rule) -> set[str]:
        """The rule's 适用部门 by today's names (empty: every department): a department renamed since keeps it."""
        return {self.facts.dept_names.get(name, name) for name in rule.departments}

    # ---- output --------------------------------------------------------------------------------
    def award(self, rule: Rule, staff_id: int | None, amount_fen: int, explanation: str, *,
              dept: str | None = None, certificate: bool | None = None, item: str | None = None,
              kind: str | None = None) -> None:
        """Add a line. `amount_fen` is the size of the award (≥ 0); deductions become negative and
        items and honours carry no amount."""
        kind = kind or rule.pays
        if amount_fen < 0:
            raise ValueError("award amounts are given as positive numbers")
        amount = -amount_fen if kind == "deduction" else 0 if kind in ("item", "honour") else amount_fen
        self.lines.append(AwardLine(
            recipient_type="department" if dept is not None else "staff",
            staff_id=staff_id if dept is None else None, dept=dept, award=rule.name, rule_kind=rule.kind,
            kind=kind, amount_fen=amount, item=item if item is not None else _item(rule, kind),
            explanation=explanation, certificate=rule.certificate if certificate is None else certificate,
        ))

    def skip(self, rule: Rule, staff_id: int | None, reason: str, *, dept: str | None = None,
             left: date | None = None) -> None:
        self.not_awarded.append(NotAwarded(rule.name, staff_id, reason, dept, left))


def _month_span(key: str) -> tuple[date, date]:
    month = Month(int(key[:4]), int(key[5:7]))
    return month.start, month.end


def _item(rule: Rule, kind: str) -> str | None:
    if kind == "goods":
        return rule.item or t("奖品")
    if kind == "item":
        return rule.item
    return None


def named(people: list[Staff]) -> list[str]:
    """The people's names, with the number where two of them share one (two 张伟 tied for a split prize)."""
    twins = namesakes((s.id, s.name) for s in people)
    return [s.display() if s.id in twins else s.name for s in people]


def split_phrase(total_fen: int, names: list[str], *, departments: bool = False) -> str:
    """`，¥100.00 由 3 人平分（每人 ¥33.33，余 1 分给了 张伟）`: `names` are the winners in the order the shares
    went (split_largest_remainder with equal shares gives a fen that does not divide to the first ones), so the
    explanation names who got it rather than an order the owner would have to look up."""
    n = len(names)
    each, over = divmod(total_fen, n)
    if departments:
        text = t("，{total} 由 {n} 个部门平分", total=yuan(total_fen), n=n)
        return text + (t("（每个部门 {each}，余 {fen} 分给了 {names}）", each=yuan(each), fen=over,
                         names=joined(names[:over])) if over else "")
    text = t("，{total} 由 {n} 人平分", total=yuan(total_fen), n=n)
    if over == 1:
        text += t("（每人 {each}，余 1 分给了 {name}）", each=yuan(each), name=names[0])
    elif over:
        text += t("（每人 {each}，余 {fen} 分给了 {names}，各 1 分）", each=yuan(each), fen=over,
                  names=joined(names[:over]))
    return text


def payout_phrase(rule: Rule, fen: int, *, kind: str | None = None, item: str | None = None) -> str:
    """How the award is paid, for the end of an explanation: `奖金 ¥100.00`, `奖品（价值 ¥100.00）`;
    cash to a department is its team fund (`团队基金 ¥500.00`)."""
    kind = kind or rule.pays
    item = item or rule.item
    if kind == "cash":
        if rule.recipient == "department":
            return t("团队基金 {amount}", amount=yuan(fen))
        return t("奖金 {amount}", amount=yuan(fen))
    if kind == "goods":
        return t("{item}（价值 {amount}）", item=item or t("奖品"), amount=yuan(fen))
    if kind == "item":
        return item or t("物品")
    if kind == "honour":
        return t("荣誉称号")
    return t("扣款 {amount}", amount=yuan(fen))
