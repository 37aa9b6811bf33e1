"""The rule kinds: one module each, registered by kind key and by their Chinese names."""

from __future__ import annotations

from types import ModuleType

from app.rules import (
    benefits,
    best,
    commission,
    flowers,
    manual,
    per_event,
    points,
    ranking,
    stage,
    step,
    threshold,
)

MODULES: tuple[ModuleType, ...] = (stage, step, ranking, best, threshold, per_event, commission, points,
                                   benefits, flowers, manual)
KINDS: dict[str, ModuleType] = {m.KIND: m for m in MODULES}
KIND_WORDS: dict[str, str] = {name: m.KIND for m in MODULES for name in m.NAMES}
KIND_LABELS: dict[str, str] = {m.KIND: m.NAMES[1] for m in MODULES}


def uses_previous(kind: str, params: object) -> bool:
    check = getattr(KINDS[kind], "uses_previous", None)
    return bool(check(params)) if check else False


def reads_own_months(kind: str, params: object) -> bool:
    """Whether the rule reads each person over their own months of the period (`Ctx.months_for`)."""
    check = getattr(KINDS[kind], "reads_own_months", None)
    return bool(check(params)) if check else False
