"""Undo for the grids (数据, 目标): each typing, paste, clearing or bulk action is kept as the cells it changed —
(cell, value before, value written) — and 撤销 hands the newest step to its service, which puts back, in one
audited transaction, only the cells still holding what the step wrote. The last 50 steps are kept.

A step remembers where it was made (the 数据 page's month and metric, the 目标 page's month). When the page
shows something else, it first goes there — the user sees what is undone — and the message names the place.
重做 (Ctrl+Y) writes an undone step again the same way, until the page's next write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import i18n
from app.errors import HonghuaError
from ui import errors
from ui.approved_change import Declined, write_asking

UNDO_STEPS = 50

# Two parts naming the cell, then the value before and the value written: on the 数据 page
# (staff id, day, …), on the 目标 page (staff id or None for 全店目标, metric key, …).
Cell = tuple[Any, Any, int | None, int | None]


@dataclass(frozen=True)
class UndoStep:
    scope: Any  # what all its cells belong to, as the service's restore takes it: the 数据 page's metric, the 目标
    label: str  # page's month; 输入 1 格, 粘贴, 清空, 复制上月目标 …
    cells: list[Cell]
    place: Any = None  # where the page shows them: the 数据 page's (month, metric key); None: the scope itself

    @property
    def where(self) -> Any:
        return self.scope if self.place is None else self.place


@dataclass(frozen=True)
class Undone:
    step: UndoStep | None  # None: there was nothing to undo
    back: int  # cells put back
    left: int  # cells changed again since the step, kept as they are
    message: str  # what the page shows


def _tr(text: str) -> str:
    return QCoreApplication.translate("GridUndo", text)


def _reversed(step: UndoStep) -> UndoStep:
    """The step that writes again what `step` wrote, where its undo put the values before back."""
    return UndoStep(step.scope, step.label, [(a, b, new, old) for a, b, old, new in step.cells], step.place)


class UndoHistory:
    """The steps of one page, newest last; and the steps undone, which 重做 (Ctrl+Y) writes again until the next
    write of the page's own."""

    def __init__(self, limit: int = UNDO_STEPS):
        self.limit = limit
        self.steps: list[UndoStep] = []
        self.undone: list[UndoStep] = []  # as they were written, the latest undone last

    def newest(self) -> UndoStep | None:
        """The step 撤销 takes back next: compared before and after a write, whether it made one."""
        return self.steps[-1] if self.steps else None

    def remember(self, scope: Any, label: str, cells: list[Cell], place: Any = None) -> None:
        """Keep a write as one step: only the cells it changed (a write that changed nothing is no step)."""
        changed = [cell for cell in cells if cell[2] != cell[3]]
        if changed:
            self.steps = [*self.steps, UndoStep(scope, label, changed, place)][-self.limit:]
            self.undone = []

    def redo(self, parent: QWidget, restore: Callable[[UndoStep, bool], tuple[int, int]],
             go_to: Callable[[UndoStep], str | None] | None = None) -> Undone | None:
        """Write again the step undone last, as `undo` puts one back: `restore` gets the step with each cell's
        value written as the one to put back, where the cell still holds what the undo left."""
        if not self.undone:
            return Undone(None, 0, 0, _tr("没有可以重做的撤销"))
        step = self.undone[-1]
        where = go_to(step) if go_to is not None else None
        try:
            back, left = write_asking(parent, lambda confirm: restore(_reversed(step), confirm))
        except Declined:
            return None
        except HonghuaError as e:
            errors.show_error(parent, e.message)
            return None
        self.undone = self.undone[:-1]
        if back:
            self.steps = [*self.steps, step][-self.limit:]
        if back == 0:
            message = i18n.fill(_tr("没有重做 {where}「{what}」：它的 {n} 格撤销后又改过，保持现在的值") if where else
                                _tr("没有重做「{what}」：它的 {n} 格撤销后又改过，保持现在的值"),
                                where=where, what=step.label, n=left)
        else:
            message = i18n.fill(_tr("已重做 {where}「{what}」：写回 {n} 格") if where else _tr("已重做「{what}」：写回 {n} 格"),
                                where=where, what=step.label, n=back)
            if left:
                message += i18n.fill(_tr("；{n} 格撤销后又改过，保持现在的值"), n=left)
        return Undone(step, back, left, message)

    def undo(self, parent: QWidget, restore: Callable[[UndoStep, bool], tuple[int, int]],
             go_to: Callable[[UndoStep], str | None] | None = None) -> Undone | None:
        """Undo the newest step through `restore(step, confirm_approved)` (the service call; it returns (cells
        put back, cells left)). First `go_to(step)` brings the page to where the step was made: it returns the
        name of that place when the page had to move there (the message then names it), None when the page
        showed it already. An undo that changes a period whose awards are approved is asked about as typing
        there is. None when the service refused (a locked shop: the message shown offers to unlock) or the
        owner said no to changing an approved period — the step is kept for another try."""
        if not self.steps:
            return Undone(None, 0, 0, _tr("没有可以撤销的修改"))
        step = self.steps[-1]
        where = go_to(step) if go_to is not None else None
        try:
            back, left = write_asking(parent, lambda confirm: restore(step, confirm))
        except Declined:
            return None
        except HonghuaError as e:
            errors.show_error(parent, e.message)
            return None
        self.steps = [s for s in self.steps if s is not step]
        if back:
            self.undone = [*self.undone, step][-self.limit:]
        if back == 0:
            message = i18n.fill(_tr("没有撤销 {where}「{what}」：它改过的 {n} 格之后又改过，保持现在的值") if where else
                                _tr("没有撤销「{what}」：它改过的 {n} 格之后又改过，保持现在的值"),
                                where=where, what=step.label, n=left)
        else:
            message = i18n.fill(_tr("已撤销 {where}「{what}」：恢复 {n} 格") if where else _tr("已撤销「{what}」：恢复 {n} 格"),
                                where=where, what=step.label, n=back)
            if left:
                message += i18n.fill(_tr("；{n} 格之后又改过，保持现在的值"), n=left)
        return Undone(step, back, left, message)
