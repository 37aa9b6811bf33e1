"""The shop's custom metrics and settings."""

from __future__ import annotations

import re
from dataclasses import replace

from app import settings as declared
from app.clock import stamp_on
from app.domain import name_alike, normalize_name
from app.errors import UserError
from app.i18n import every_language, joined, t
from app.metrics import UNITS, DerivedMetric, Metric, MetricRegistry
from app.services.context import Context
from app.store import Store

_KEY = r"^[a-z][a-z0-9_]{1,30}$"  # compiled on first use: the window's start adds no metric


def reads_as(name: str, metric: Metric | DerivedMetric) -> bool:
    """Whether a new metric's name reads as `metric`: its name or code, spaces and case aside, or a built-in's
    name in another language (Sales is 销售额 in an English window)."""
    return name_alike(name) in {name_alike(metric.key), *map(name_alike, every_language(metric.name))}


def _refuse_a_name_taken(name: str, others: list[Metric | DerivedMetric], former: dict[str, Metric]) -> None:
    """`former`: the custom metrics' names before a rename, which a plan's rule may still give for them."""
    same = next((m for m in others if reads_as(name, m)), None)
    if same is not None and name_alike(same.shown_name) == name_alike(name):
        raise UserError(t("指标「{name}」已存在：请换一个名称", name=same.shown_name))
    if same is not None:
        raise UserError(t("「{typed}」就是已有的指标「{name}」：请换一个名称", typed=name, name=same.shown_name))
    had = next((m for old, m in former.items() if name_alike(old) == name_alike(name) and m in others), None)
    if had is not None:  # a plan naming it would quietly read the new metric
        raise UserError(t("「{typed}」是指标「{name}」以前的名称，奖励方案里写的「{typed}」仍指它：请换一个名称",
                          typed=name, name=had.name))


def _how_it_counts(metric: Metric) -> str:
    """What the owner chose for a new metric, as the 操作日志 says it: its unit, which way is better and how its
    days add up (the awards follow them; the table on 设置 → 指标 shows them only as they are now)."""
    units = {"yuan": t("金额（元）"), "count": t("个数"), "seconds": t("秒"), "percent": t("百分比（%）"),
             "score": t("分数"), "points": t("积分")}
    better = t("越高越好") if metric.higher_is_better else t("越低越好")
    summed = t("按求和汇总") if metric.aggregation == "sum" else t("按平均汇总")
    return t("{unit}，{better}，{summed}", unit=units.get(metric.unit, metric.unit), better=better, summed=summed)


class MetricService:
    def __init__(self, store: Store, ctx: Context):
        self.store = store
        self.ctx = ctx

    def registry(self) -> MetricRegistry:
        return self.store.custom_metrics.registry()

    def add_custom(self, name: str, *, unit: str = "score", higher_is_better: bool = True,
                   aggregation: str = "sum", decimals: int = 2, key: str | None = None) -> Metric:
        clean = normalize_name(name)
        if not clean:
            raise UserError(t("指标名称不能为空"))
        if unit not in UNITS:
            raise UserError(t("单位只能是：{units}", units=joined(UNITS)))
        if aggregation not in ("sum", "mean"):
            raise UserError(t("汇总方式只能是 sum（求和）或 mean（平均）"))
        registry = self.registry()
        every = [*registry.stored, *registry.derived]
        taken = {m.key for m in every} | {m.name for m in every}
        _refuse_a_name_taken(clean, every, registry.former)
        if key is None:
            n = len(registry.custom()) + 1
            while f"custom_{n}" in taken:
                n += 1
            key = f"custom_{n}"
        elif not re.match(_KEY, key) or key in taken:
            raise UserError(t("指标代码「{key}」无效或已被使用（小写字母开头，只含字母、数字、下划线）", key=key))
        metric = Metric(key=key, name=clean, unit=unit, decimals=2 if unit == "yuan" else decimals,
                        higher_is_better=higher_is_better, aggregation=aggregation, builtin=False)
        with self.store.atomic():
            self.store.custom_metrics.add(metric)
            added = t("新增自定义指标 {name}（{key}）：{counts}", name=clean, key=key, counts=_how_it_counts(metric))
            self.store.audit.add(self.ctx.user, "metric.add", added, pin_used=self.ctx.pin_used)
        return metric

    def rename_custom(self, key: str, name: str) -> Metric:
        """A custom metric's name corrected (a typo, a better word): its values, targets, plans' rules and the
        columns imports remember follow it, all holding its code. A built-in metric keeps its name."""
        registry = self.registry()
        metric = next((m for m in registry.custom() if m.key == key), None)
        if metric is None:
            raise UserError(t("没有自定义指标「{key}」：内置指标不能改名", key=key))
        clean = normalize_name(name)
        if not clean:
            raise UserError(t("指标名称不能为空"))
        if clean == metric.name:
            return metric
        _refuse_a_name_taken(clean, [m for m in [*registry.stored, *registry.derived] if m.key != key], registry.former)
        with self.store.atomic():  # the name it had is kept: a plan's rule or a command may still give it
            self.store.custom_metrics.rename(key, metric.name, clean, stamp_on(self.ctx.today))
            self.store.audit.add(self.ctx.user, "metric.rename", t("指标 {old} 改名为 {new}（{key}）", old=metric.name,
                                 new=clean, key=key), {"key": key}, pin_used=self.ctx.pin_used)
        return replace(metric, name=clean)


class SettingService:
    def __init__(self, store: Store, ctx: Context):
        self.store = store
        self.ctx = ctx

    def get(self, setting: declared.Setting) -> object:
        value = self.store.settings.get(setting.key)
        if value is None:
            return setting.default
        if setting.type is int:
            if not isinstance(value, int) or isinstance(value, bool):
                return setting.default  # a hand-edited file's "30秒", true or 2.5: no number the window can use
            if setting.empty and value == 0:
                return value
            # a number an earlier version let through (a flower valid for 100,000 months): read as the form
            # shows it, within the declared range
            return min(max(value, setting.low), setting.high)
        return value

    def shown(self, setting: declared.Setting, value: object) -> str:
        """A value as the owner reads it in the audit log: a metric's name rather than its key."""
        if setting.holds_metric and isinstance(value, str):
            metric = next((m for m in self.store.custom_metrics.registry().stored if m.key == value), None)
            if metric is not None:
                return metric.name
        return setting.shown(value)

    def remember(self, setting: declared.Setting, value: object) -> bool:
        """Keep a viewing choice (a `preference`: the board's sort, its headline metric) for the next time,
        without an audit row — looking at the board changes nothing of the shop's. A locked shop (owner PIN)
        shows the choice without keeping it and asks for no PIN: returns whether it was kept."""
        if not setting.preference:
            raise ValueError(f"{setting.key} is not a viewing preference: use set(), which logs the change")
        value = declared.validate(setting, value)
        if self.get(setting) == value:
            return True
        if self.store.locked:
            return False
        with self.store.atomic():
            self.store.settings.set(setting.key, value)
        return True

    def _check_together(self, changed: list[tuple[declared.Setting, object]]) -> None:
        """Settings that must not name the same role or person, checked when one of them changes (an
        unrelated form is never refused for them)."""
        involved = [setting for pair in declared.EXCLUSIVE for setting in pair]
        if not any(setting in involved for setting, _value in changed):
            return
        values = {setting.key: self.get(setting) for setting in involved}
        values.update((setting.key, value) for setting, value in changed)
        declared.check_together(values)

    def check_many(self, pairs: list[tuple[declared.Setting, object]]) -> list[tuple[declared.Setting, object]]:
        """The settings `set_many` would change, as it would store them; UserError when one is wrong. Writes
        nothing: 设置 checks every form with it before writing any."""
        checked = [(setting, declared.validate(setting, value)) for setting, value in pairs]
        changed = [(setting, value) for setting, value in checked if self.get(setting) != value]
        if changed:
            self._check_together(changed)
        return changed

    def set_many(self, pairs: list[tuple[declared.Setting, object]]) -> None:
        """Several settings saved together (a settings form): all of them, or none when one is wrong."""
        changed = self.check_many(pairs)
        if not changed:
            return
        with self.store.atomic():
            for setting, value in changed:
                old = self.get(setting)
                self.store.settings.set(setting.key, value)
                self.store.audit.add(self.ctx.user, "setting.set", t("设置「{label}」：{old} → {new}",
                                     label=setting.shown_label, old=self.shown(setting, old), new=self.shown(setting, value)),
                                     {"key": setting.key}, pin_used=self.ctx.pin_used)

    def set(self, setting: declared.Setting, value: object) -> None:
        value = declared.validate(setting, value)
        old = self.get(setting)
        if old == value:
            return
        self._check_together([(setting, value)])
        with self.store.atomic():
            self.store.settings.set(setting.key, value)
            self.store.audit.add(self.ctx.user, "setting.set", t("设置「{label}」：{old} → {new}", label=setting.shown_label,
                                 old=self.shown(setting, old), new=self.shown(setting, value)), {"key": setting.key},
                                 pin_used=self.ctx.pin_used)
