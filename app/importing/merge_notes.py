"""The notes said when rows of one person and day are put together (two sub-accounts, two tables, two sheets
or files): each a `Note` that `note_groups.grouped` says once for all the person's days."""

from __future__ import annotations

from datetime import date

from app.domain import namesakes
from app.i18n import bracketed, joined, t
from app.importing.model import ImportPlan
from app.importing.note_groups import IMPORTANT, Note
from app.metrics import MetricRegistry


def unmerged(rows: str, metric, metrics: MetricRegistry, span: str | None, who: str,  # type: ignore[no-untyped-def]
              day: date | None) -> Note:
    """The note on an average that rows put together cannot give (no weight in the report)."""
    weight = metrics.get(metric.weight or "").shown_name
    if span is None:
        return Note(t("{rows}的「{metric}」无法合并（报表里没有用于加权的「{weight}」），这一天的「{metric}」留空", rows=rows,
                      metric=metric.shown_name, weight=weight), IMPORTANT,
                    (t("{who} {days}（{n} 天）的「{metric}」无法合并（报表里没有用于加权的「{weight}」），已留空"),
                     {"who": who, "metric": metric.shown_name, "weight": weight}), day)
    return Note(t("{rows}的「{metric}」无法合并（报表里没有用于加权的「{weight}」），{span} 的「{metric}」留空", rows=rows,
                  metric=metric.shown_name, weight=weight, span=span), IMPORTANT)


def merged_line() -> str:
    """The line for a person's days put together, as a group's template."""
    return t("{who}：{accounts} 的 {days}（{n} 天）已按人合计")


def person_named(plan: ImportPlan, staff_id: int) -> str:
    """The person a note is about: her name (with her number when another of the shop has it: 刘佳怡（#2）), or
    the name of the person the import is to create."""
    stand_in = plan.stand_ins.get(staff_id)
    if stand_in:
        return stand_in.name
    name = plan.staff_names.get(staff_id, f"#{staff_id}")
    return bracketed(name, f"#{staff_id}") if staff_id in namesakes(plan.staff_names.items()) else name


def both(names) -> str:  # type: ignore[no-untyped-def]
    """旗舰店:小美 与 专营店:美美 (and 、 before the last of more)."""
    names = list(names)
    return names[0] if len(names) == 1 else t("{some} 与 {last}", some=joined(names[:-1]), last=names[-1])


def account_in(plan: ImportPlan, file: int, row: int, one_book: bool, account: str) -> str:
    """A sub-account and the sheet or file it was read from: 旗舰店:小美（工作表「旗舰店」）."""
    f = plan.files[file]
    return bracketed(account, t("工作表「{sheet}」", sheet=f.sheet) if one_book else t("「{file}」", file=f.name))


def day_of(rows) -> date | None:  # type: ignore[no-untyped-def]
    """The day of rows put together (None when empty). Each cell starts (target, metric, start, …)."""
    for cells in rows:
        for cell in cells:
            return date.fromisoformat(cell[2])
    return None
