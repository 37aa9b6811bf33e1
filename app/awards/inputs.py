"""What one person's lines were computed from, with where each value came from: the hand entry, or
the import file and its rows. Kept with an approval so that a receipt shows what was approved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.event_attrs import describe_attrs
from app.i18n import joined, t
from app.metrics import Metric
from app.money import format_yuan
from app.periods import month_keys, shown_month_day
from app.rules import Facts
from app.rules.text import month_label, period_short

if TYPE_CHECKING:
    from app.store import Store

Input = tuple[str, str, str]  # (label, value, source)


def _rows(first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    return t("第 {a} 行", a=first) if first == last else t("第 {a}–{b} 行", a=first, b=last)


def _kept_share(kept: tuple[str, int, str, int], merged_days: int) -> str:
    """「专营店:小美 来自第 1 次导入「专营店.csv」」, with its days when it is not every day added up."""
    name, import_id, files, days = kept
    said = t("{name} 来自第 {id} 次导入「{files}」", name=name, id=import_id, files=files)
    return said if days == merged_days else t("{said}（{n} 天）", said=said, n=days)


def value_sources(store: Store, staff_id: int, metric: Metric, facts: Facts, months: tuple[str, ...]
                  ) -> dict[str, str]:
    """{"YYYY-MM": where the month's value came from}."""
    from app.awards.facts import month_spans

    spans = month_spans(months)
    start, end = min(s[1] for s in spans), max(s[2] for s in spans)
    found: dict[str, list[str]] = {}
    person = store.staff.get(staff_id)
    aliases = list(person.aliases) if person is not None else []

    def alias_order(name: str) -> tuple[int, str]:  # as the person's sub-accounts are listed
        return (aliases.index(name) if name in aliases else len(aliases), name)

    daily_months: set[str] = set()
    summed = metric.aggregation == "sum"
    for month, file_name, days, first, last, merged, names, kept in store.awards.sources(
            staff_id, metric.key, start, end, summed=summed):
        if days:
            daily_months.add(month)
            if file_name and kept:  # a corrected file of some accounts: the others' shares came from earlier files
                own = [name for name in names if name not in {k[0] for k in kept}]
                text = t("导入「{file}」{rows}（{n} 天，其中 {m} 天按人合计：{accounts}）", file=file_name,
                         rows=_rows(first, last), n=days, m=merged,
                         accounts=joined([*([t("{names} 来自此次导入", names=joined(sorted(own, key=alias_order)))]
                                            if own else []),
                                          *(_kept_share(k, merged) for k in sorted(kept, key=lambda k: (
                                              alias_order(k[0]), k[1])))], separator="，"))
            elif file_name and merged:  # the other account's rows are in another file, or elsewhere in this one
                text = t("导入「{file}」{rows}（{n} 天，其中 {m} 天为 {names} 按人合计）", file=file_name,
                         rows=_rows(first, last), n=days, m=merged, names=joined(sorted(names, key=alias_order)))
            else:
                text = t("导入「{file}」{rows}（{n} 天）", file=file_name, rows=_rows(first, last), n=days) \
                    if file_name else t("手工录入（{n} 天）", n=days)
        elif month in daily_months and not summed:
            continue  # a mean's month total is not used when daily values exist
        else:
            text = t("月度汇总：导入「{file}」{rows}", file=file_name, rows=_rows(first, last)) if file_name \
                else t("月度汇总")
        found.setdefault(month, []).append(text)
    return {m: "；".join(v) for m, v in found.items()}


def _target_source(store: Store, facts: Facts, staff_id: int, metric: Metric, month: str) -> str:
    """`目标设置`, or for a target scaled to the days employed the target as set and the days."""
    if not metric.target_prorates:  # a rate's or an average's: the same over fewer days
        return t("目标设置")
    scaled = facts.prorated.get((staff_id, month))
    as_set = store.awards.targets([metric.key], [month]).get((staff_id, metric.key, month)) if scaled else None
    if scaled is None or as_set is None:
        part = facts.part_months.get((staff_id, month))
        return t("目标设置（全月目标，在职 {days}/{of} 天，未折算）", days=part[0], of=part[1]) if part else t("目标设置")
    return t("目标设置 {value}，按在职 {days}/{of} 天折算", value=metric.format(as_set), days=scaled[0], of=scaled[1])


def person_inputs(store: Store, facts: Facts, metrics: list[Metric], months: tuple[str, ...], staff_id: int, *,
                  events: set[str] | None = None, flowers: bool = True, earlier: set[str] | None = None) -> list[Input]:
    """The metrics the rules read (`metrics`), the person's events of the types they read (`events`; None:
    every type) and, when a rule counts them (`flowers`), the red flowers received — nothing no rule uses. Of the
    months before the period, only the values of the metrics read there (`earlier`; None: every one)."""
    rows: list[Input] = []
    own = set(month_keys(facts.period))
    for metric in metrics:
        sources = value_sources(store, staff_id, metric, facts, months)
        for month in months:
            if month not in own and earlier is not None and metric.key not in earlier:
                continue
            value = facts.values.get((staff_id, metric.key, month))
            if value is not None:
                rows.append((t("{m}{name}", m=month_label(month), name=metric.shown_name), metric.format(value),
                             sources.get(month, t("手工录入"))))
            target = facts.targets.get((staff_id, metric.key, month)) if month in own or earlier is None else None
            if target is not None:  # no rule reads a target of the period before
                rows.append((t("{m}{name}目标", m=month_label(month), name=metric.shown_name), metric.format(target),
                             _target_source(store, facts, staff_id, metric, month)))
    mine = [e for e in facts.events if e.staff_id == staff_id and (events is None or e.type in events)]
    for event in sorted(mine, key=lambda e: (e.day, e.id)):
        parts = []
        if event.amount_fen is not None:
            parts.append(format_yuan(event.amount_fen))
        if event.value is not None:
            parts.append(str(event.value))
        if event.attrs:
            parts.append(describe_attrs(event.attrs))
        rows.append((t("{day} {type}", day=shown_month_day(event.day), type=event.type),
                     " ".join(parts) or t("1 次"), t("事件记录 #{id}（手工录入）", id=event.id)))
    received = facts.flowers.get(staff_id) if flowers else None
    if received:  # named by its period: December's receipt lists the month's count and the year's
        rows.append((t("{p}收到小红花", p=period_short(facts.period)), t("{n} 朵", n=received), t("小红花台账")))
    return rows
