"""Monthly targets: per person, for a whole department at once, and for the shop."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from app import settings as declared
from app.domain import Staff
from app.errors import UserError
from app.i18n import joined, t
from app.metrics import Metric, MetricRegistry
from app.periods import Month, shown_date
from app.services.approved import check_confirmed
from app.services.context import Context
from app.services.data import parse_cell
from app.store import Store

# One target as a write changed it: (staff id, or None for the shop's own target (全店目标); metric key;
# value before; value written). Writes append these to a `changes` list when given one — what the 目标
# page keeps for 撤销 — and `restore` takes them back.
TargetCell = tuple[int | None, str, int | None, int | None]


class TargetService:
    def __init__(self, store: Store, ctx: Context, metrics: MetricRegistry):
        self.store = store
        self.ctx = ctx
        self.metrics = metrics

    def for_month(self, month: Month) -> dict[tuple[int, str], int]:
        return self.store.targets.staff_targets(month.key())

    def shop_for_month(self, month: Month) -> dict[str, int]:
        return self.store.targets.shop_targets(month.key())

    def set_staff(self, month: Month, staff_id: int, metric: Metric, value: int | None, *,
                  changes: list[TargetCell] | None = None, confirm_approved: bool = False) -> None:
        self.check(metric, value)
        person = self.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        _check_on_the_team(person, month, value)
        written: list[TargetCell] = []
        with self.store.atomic():
            old = self._set(month, staff_id, metric.key, value, written)
            if old == value:  # set again as it was: nothing for the 操作日志
                return
            approved = self._confirmed(month, written, confirm_approved)
            self._log("target.set", t("{month} {name} 的{metric}目标：{old} → {new}", month=month.shown_label(),
                      name=person.display(), metric=metric.shown_name, old=metric.format(old, empty=t("未设")),
                      new=metric.format(value, empty=t("未设"))), {"staff_id": staff_id, "metric": metric.key,
                      "month": month.key(), "old": old, "new": value}, approved)
        _hand_over(written, changes)

    def set_department(self, month: Month, dept_name: str, metric: Metric, value: int | None, *,
                       changes: list[TargetCell] | None = None, confirm_approved: bool = False) -> int:
        """Give every member of the department active in that month the same target; returns how many."""
        self.check(metric, value)
        dept = self.store.departments.by_name(dept_name.strip())
        if dept is None:
            from app.services.staff import no_department

            raise no_department(self.store, dept_name)
        members = [p for p in self.store.staff.list()
                   if p.dept_id == dept.id and p.employed_during(month.start, month.end)]
        if not members:
            raise UserError(t("部门「{name}」在 {month} 没有在职员工", name=dept.name, month=month.shown_label()))
        written: list[TargetCell] = []
        with self.store.atomic():
            for p in members:
                self._set(month, p.id, metric.key, value, written)
            approved = self._confirmed(month, written, confirm_approved)
            self._log("target.set_department", t("{month} {dept} 全体 {n} 人的{metric}目标设为 {new}",
                      month=month.shown_label(), dept=dept.name, n=len(members), metric=metric.shown_name,
                      new=metric.format(value, empty=t("未设"))), {"dept_id": dept.id, "metric": metric.key,
                      "month": month.key(), "new": value, "staff": [p.id for p in members],
                      "changes": _changed(written)}, approved)
        _hand_over(written, changes)
        return len(members)

    def set_shop(self, month: Month, metric: Metric, value: int | None, *,
                 changes: list[TargetCell] | None = None, confirm_approved: bool = False) -> None:
        self.check(metric, value)
        written: list[TargetCell] = []
        with self.store.atomic():
            old = self._set(month, None, metric.key, value, written)
            if old == value:
                return
            approved = self._confirmed(month, written, confirm_approved)
            self._log("target.set_shop", t("{month} 全店{metric}目标：{old} → {new}", month=month.shown_label(),
                      metric=metric.shown_name, old=metric.format(old, empty=t("未设")), new=metric.format(value, empty=t("未设"))),
                      {"metric": metric.key, "month": month.key(), "old": old, "new": value}, approved)
        _hand_over(written, changes)

    def set_many(self, month: Month, entries: list[tuple[int | None, Metric, str]], *,
                 changes: list[TargetCell] | None = None,
                 confirm_approved: bool = False) -> tuple[int, list[tuple[int, str]]]:
        """A pasted block: (staff_id or None for the shop, metric, text); empty text clears. Every valid entry is
        written in one transaction; the others are refused with their reason: (position in `entries`, reason)."""
        valid: list[tuple[int | None, Metric, int | None]] = []
        refused: list[tuple[int, str]] = []
        people = {p.id: p for p in self.store.staff.list()}
        for position, (staff_id, metric, text) in enumerate(entries):
            try:
                value = parse_cell(metric, text)
                self.check(metric, value)
                if staff_id is not None and staff_id not in people:
                    raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
                if staff_id is not None:
                    _check_on_the_team(people[staff_id], month, value)
            except UserError as e:
                refused.append((position, e.message))
                continue
            valid.append((staff_id, metric, value))
        if valid:
            written: list[TargetCell] = []
            with self.store.atomic():
                for staff_id, metric, value in valid:
                    self._set(month, staff_id, metric.key, value, written)
                approved = self._confirmed(month, written, confirm_approved)
                self._log("target.paste", t("{month} 粘贴目标：保存 {n} 项，拒绝 {m} 项", month=month.shown_label(),
                          n=len(valid), m=len(refused)),
                          {"month": month.key(), "cells": [[s, m.key, v] for s, m, v in valid],
                           "changes": _changed(written)}, approved)
            _hand_over(written, changes)
        return len(valid), refused

    def copy_previous(self, month: Month, *, overwrite: bool = False, changes: list[TargetCell] | None = None,
                      confirm_approved: bool = False) -> int:
        """Copy last month's targets (people still active this month); returns how many were written."""
        source = month.previous()
        previous = self.store.targets.staff_targets(source.key())
        if not previous and not self.store.targets.shop_targets(source.key()):
            raise UserError(t("{month} 没有设置目标，无法复制", month=source.shown_label()))
        active = {p.id for p in self.store.staff.list() if p.employed_during(month.start, month.end)}
        current = self.store.targets.staff_targets(month.key())
        written: list[TargetCell] = []
        with self.store.atomic():
            for (staff_id, metric), value in previous.items():
                if staff_id in active and (overwrite or (staff_id, metric) not in current):
                    self._set(month, staff_id, metric, value, written)
            current_shop = self.store.targets.shop_targets(month.key())
            for metric, value in self.store.targets.shop_targets(source.key()).items():
                if overwrite or metric not in current_shop:
                    self._set(month, None, metric, value, written)
            approved = self._confirmed(month, written, confirm_approved)
            self._log("target.copy", t("把 {src} 的目标复制到 {dst}（{n} 项）", src=source.shown_label(), dst=month.shown_label(),
                      n=len(written)), {"from": source.key(), "to": month.key(), "count": len(written),
                                        "changes": _changed(written)}, approved)
        _hand_over(written, changes)
        return len(written)

    def raise_all(self, month: Month, metric: Metric, percent: Decimal, *,
                  round_to_yuan: int = 0, changes: list[TargetCell] | None = None,
                  rounded: list[TargetCell] | None = None, confirm_approved: bool = False) -> int:
        """Raise (or lower, with a negative percent) every target of one metric by N%, rounded half-up: each
        person's and the shop's own (全店目标), so the team target moves with its members'. A money target goes
        to the nearest multiple of `round_to_yuan` (10, 100, 1000: owners set round figures; 0 to the fen).
        `rounded` receives the targets whose N% fell between two values kept (订单数 10 × 1.05), to be said."""
        if percent <= -100:
            raise UserError(t("调整比例必须大于 -100%"))
        if round_to_yuan and (not metric.is_money or str(round_to_yuan) not in declared.RAISE_ROUNDING.choices):
            raise ValueError(f"cannot round {metric.key} targets to {round_to_yuan} yuan")
        on_the_team = {p.id for p in self.store.staff.list() if p.employed_during(month.start, month.end)}
        # a target kept for someone who left before the month (copied before they left) is not shown: left alone
        targets = {cell: value for cell, value in self.store.targets.staff_targets(month.key(), metric.key).items()
                   if cell[0] in on_the_team}
        shop_target = self.store.targets.shop_targets(month.key()).get(metric.key)
        if not targets and shop_target is None:
            raise UserError(t("{month} 没有{metric}目标可调整", month=month.shown_label(), metric=metric.shown_name))
        factor = (Decimal(100) + percent) / 100

        def raised(value: int) -> int:
            exact = metric.from_units(value) * factor
            if round_to_yuan:
                exact = (exact / round_to_yuan).quantize(Decimal(1), rounding=ROUND_HALF_UP) * round_to_yuan
            return metric.to_units(exact)

        rounding = _rounding_said(round_to_yuan)
        lowered_to_nothing = [staff_id for (staff_id, _m), value in targets.items() if raised(value) <= 0]
        if lowered_to_nothing or (shop_target is not None and raised(shop_target) <= 0):
            names = joined(self._name(staff_id) for staff_id in lowered_to_nothing) or t("全店目标")
            if rounding:
                raise UserError(t("调整 {pct}% 并{rounding}后 {names} 的{metric}目标会变成 0：目标必须大于 0，请选小一些的取整",
                                  pct=percent, rounding=rounding, names=names, metric=metric.shown_name))
            raise UserError(t("调整 {pct}% 后 {names} 的{metric}目标会变成 0：目标必须大于 0", pct=percent, names=names,
                              metric=metric.shown_name))
        if metric.unit == "percent":  # a rate's target past 100% could never be reached
            past_all = [staff_id for (staff_id, _m), value in targets.items() if raised(value) > metric.to_units(100)]
            if past_all or (shop_target is not None and raised(shop_target) > metric.to_units(100)):
                names = joined(self._name(staff_id) for staff_id in past_all) or t("全店目标")
                raise UserError(t("调整 {pct}% 后 {names} 的{metric}目标会超过 100%：请换一个比例，或单独修改这几项",
                                  pct=percent, names=names, metric=metric.shown_name))
        count = len(targets) + (shop_target is not None)
        written: list[TargetCell] = []
        with self.store.atomic():
            for (staff_id, _m), value in targets.items():
                self._set(month, staff_id, metric.key, raised(value), written)
            if shop_target is not None:
                self._set(month, None, metric.key, raised(shop_target), written)
            approved = self._confirmed(month, written, confirm_approved)
            inexact = [cell for cell in written if cell[2] is not None and Decimal(cell[2]) * factor != cell[3]]
            summary = t("{month} 全部{metric}目标调整 {pct}%", month=month.shown_label(), metric=metric.shown_name, pct=percent)
            if rounding:
                summary = t("{month} 全部{metric}目标调整 {pct}%，{rounding}", month=month.shown_label(),
                            metric=metric.shown_name, pct=percent, rounding=rounding)
            self._log("target.raise", summary, {"month": month.key(), "metric": metric.key, "percent": str(percent),
                      "round_to_yuan": round_to_yuan, "count": count, "rounded": len(inexact),
                      "changes": _changed(written)}, approved)
        _hand_over(written, changes)
        _hand_over(inexact, rounded)
        return count

    def restore(self, month: Month, cells: list[TargetCell], *, confirm_approved: bool = False,
                redo: bool = False) -> tuple[int, int]:
        """Undo a write to the month's targets: each cell (staff_id or None for 全店目标, metric key, old, new)
        that still holds `new` gets `old` back, in one transaction with an audit row; a target changed since
        (typed again, pasted, a bulk action, another window) is left alone. A month whose awards are approved
        (or read as a baseline) is changed only with `confirm_approved`, as typing a target is (else
        `ApprovedPeriodChange`, nothing put back). Returns (put back, left). `redo`: the cells are an undone
        write's, to be written again (重做), and the audit row says so."""
        key = month.key()
        with self.store.atomic():
            back = [(staff_id, metric, old, new) for staff_id, metric, old, new in cells
                    if self._current(key, staff_id, metric) == new]
            written: list[TargetCell] = []
            for staff_id, metric, old, _new in back:
                self._set(month, staff_id, metric, old, written)
            approved = self._confirmed(month, written, confirm_approved)
            if back:
                self._log("target.redo" if redo else "target.undo",
                          t("{month} 重做目标的修改：写回 {n} 项", month=month.shown_label(), n=len(back)) if redo else
                          t("{month} 撤销目标的修改：恢复 {n} 项", month=month.shown_label(), n=len(back)),
                          {"month": key, "cells": [[staff_id, metric, old, new] for staff_id, metric, old, new in back]},
                          approved)
        return len(back), len(cells) - len(back)

    def _set(self, month: Month, staff_id: int | None, metric_key: str, value: int | None,
             written: list[TargetCell]) -> int | None:
        """Write one target (a person's, or the shop's own for None) and note what it replaced."""
        if staff_id is None:
            old = self.store.targets.set_shop_target(month.key(), metric_key, value)
        else:
            old = self.store.targets.set_staff_target(month.key(), staff_id, metric_key, value)
        written.append((staff_id, metric_key, old, value))
        return old

    def _confirmed(self, month: Month, written: list[TargetCell], confirmed: bool) -> list[str]:
        """Inside the write's transaction: a month whose awards are approved (or a quarter, half-year or year
        holding it) has its targets changed only when confirmed, as its data; refused, nothing is written.
        Returns the keys of the approved periods changed (for the audit row)."""
        changed = {metric for _sid, metric, old, new in written if old != new}
        if not changed:
            return []
        whose = [self.store.staff.get(sid) if sid is not None else None  # None: the shop's own target
                 for sid in {sid for sid, _metric, old, new in written if old != new}]
        return check_confirmed(self.store, [month.start], confirmed, t("{month}的目标", month=month.shown_label()),
                               metrics=changed, people=None if None in whose else whose)  # type: ignore[arg-type]

    def _name(self, staff_id: int) -> str:
        person = self.store.staff.get(staff_id)
        return person.name if person else f"#{staff_id}"

    def _current(self, month_key: str, staff_id: int | None, metric_key: str) -> int | None:
        if staff_id is None:
            return self.store.targets.shop_targets(month_key).get(metric_key)
        return self.store.targets.staff_target(month_key, staff_id, metric_key)

    def check(self, metric: Metric, value: int | None) -> None:
        """None clears a target. 0 is refused: a stored 0 reads as no target (app/store/targets.py), so storing
        one would change nothing the owner sees."""
        if value is not None and value < 0:
            raise UserError(t("{metric}目标不能为负数", metric=metric.shown_name))
        if value == 0:
            raise UserError(t("{metric}目标必须大于 0", metric=metric.shown_name))
        if value is not None and metric.unit == "percent" and value > metric.to_units(Decimal(100)):
            raise UserError(t("{metric}目标不能超过 100%", metric=metric.shown_name))

    def _log(self, action: str, summary: str, detail: dict, approved: list[str] | None = None) -> None:
        """The action's audit row; `approved`: the approved periods it changed, named as data changes name them."""
        if approved:
            detail = {**detail, "approved_periods": approved}
        self.store.audit.add(self.ctx.user, action, summary, detail, pin_used=self.ctx.pin_used)


def _check_on_the_team(person: Staff, month: Month, value: int | None) -> None:
    """A target is set only for a month the person is on the team, part of it at least; clearing is always allowed."""
    if value is None or person.employed_during(month.start, month.end):
        return
    name, shown = person.display(), month.shown_label()
    if person.left and person.left < month.start:
        raise UserError(t("{name} 已于 {day} 离职，{month} 不在职，不能设置目标", name=name,
                          day=shown_date(person.left), month=shown))
    if person.hired and person.hired > month.end:
        raise UserError(t("{name} {day} 才入职，{month} 还不在职，不能设置目标", name=name,
                          day=shown_date(person.hired), month=shown))
    raise UserError(t("{name} 在 {month} 不在职，不能设置目标", name=name, month=shown))


def _changed(written: list[TargetCell]) -> list[list[object]]:
    """For a bulk action's audit row: each target it changed, [staff id or None for 全店目标, metric, before, after]."""
    return [[staff_id, metric, old, new] for staff_id, metric, old, new in written if old != new]


def _hand_over(written: list[TargetCell], changes: list[TargetCell] | None) -> None:
    """After the transaction committed: give the caller each target changed, once — a target written twice in
    one action keeps its first value before and its last value written."""
    if changes is None:
        return
    merged: dict[tuple[int | None, str], TargetCell] = {}
    for staff_id, metric, old, new in written:
        first = merged.get((staff_id, metric))
        merged[(staff_id, metric)] = (staff_id, metric, first[2] if first else old, new)
    changes.extend(merged.values())


def _rounding_said(round_to_yuan: int) -> str:
    """取整到十元 …, as 全部上调's question offers it; "" for none."""
    return t(declared.RAISE_ROUNDING.choice_label(str(round_to_yuan))) if round_to_yuan else ""
