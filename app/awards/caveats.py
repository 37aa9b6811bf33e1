"""What a review says before a period is approved: the reasons that ask the owner to confirm, and the data's
missing last days and the people with no data at all, which are said without asking (the page, `awards compute`
and `awards approve`). A day's value, an imported total and an event are all data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.awards.model import Review
from app.awards.reads import events_read
from app.domain import namesakes
from app.i18n import joined, t
from app.periods import Period, shown_date
from app.services.progress import data_stop_text

if TYPE_CHECKING:
    from app.shop import Shop


def confirmation_reasons(review: Review) -> list[str]:
    reasons = []
    if not review.ended:
        reasons.append(t("期间到 {end} 才结束，数据可能还会变化", end=shown_date(review.period.end)))
    if review.provisional_values:
        reasons.append(t("还有 {n} 个暂定或尚未统计的数值", n=review.provisional_values))
    return reasons


def data_short_note(review: Review) -> str:
    """An ended period whose data stop before its last day (the month's last reports not imported yet): said
    on the page, by `awards compute` and in the question before approving (the shop may rest on the last days,
    so it asks for no --confirm); empty otherwise, and once it is approved (an approval is not questioned again
    until its data change)."""
    if review.approved is not None and not review.changed:
        return ""
    return data_short_text(review)


def data_short_text(review: Review) -> str:
    """`data_short_note` whether approved or not (`awards approve` says it beside the approval it made)."""
    if not review.ended or not review.data_short:
        return ""
    end = review.period.end
    if review.data_through is None:
        return t("本期（{start} 至 {end}）还没有任何人的数据", start=shown_date(review.period.start), end=shown_date(end))
    return data_stop_text(review.data_through, end)


def data_notes(shop: Shop, review: Review) -> list[str]:
    """What `awards compute` says of the period's data, as `awards approve` says it: nobody's data yet or where they
    stop (`data_short_text`), and the people with none (`no_data_note`); nothing once approved, until the data
    change."""
    if review.approved is not None and not review.changed:
        return []
    return [note for note in (data_short_text(review), no_data_note(shop, review.period)) if note]


def no_data_note(shop: Shop, period: Period) -> str:
    """The people a plan in force covers, taking part in awards and on the team during the period, who hold no data
    at all for it (no day's value, no imported total, no event of a type their plan reads: their report was often
    not imported), named before the period is approved; empty when everyone has some, or when nobody has any
    (`data_short_text` says that)."""
    forces = shop.awards.plans.in_force(period)
    staff = shop.staff.list()
    held = shop.store.values.staff_with_data(period.start, period.end)
    held |= {e.staff_id for e in events_read(shop.store, forces, period, staff)}  # an after-sales team's data
    if not held:  # nobody has any: `data_short_text` says so
        return ""
    covered = {dept for force in forces for dept in force.departments}
    missing = [p for p in staff if p.in_awards and p.dept in covered and p.employed_during(period.start, period.end)
               and p.id not in held]
    if not missing:
        return ""
    twins = namesakes((p.id, p.name) for p in staff)
    names = joined(p.display() if p.id in twins else p.name for p in missing)
    return t("以下员工本期没有任何数据：{names}——如果是漏导入了报表，请先导入再批准", names=names)
