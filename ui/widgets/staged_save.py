"""A form's edits checked and ready to be written (`StagedSave`), and writing them: one form alone (its own
保存 button), or several forms as one action (设置's Ctrl+S and the 保存 answer when the window closes): each
form is checked first, then all are written in one transaction, so a form refused leaves every other unwritten."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.errors import HonghuaError
from app.shop import Shop


def _no_question() -> bool:
    return True


@dataclass(frozen=True)
class StagedSave:
    write: Callable[[], None]  # the service calls storing the checked values; a HonghuaError refuses them
    saved: Callable[[], None]  # after the commit: the form takes what it shows as stored
    refused: Callable[[str], None]  # shows at the form why `write` (or its transaction) was refused
    confirm: Callable[[], bool] = _no_question  # asked before anything is written (counts that delete backups)


def save_alone(staged: StagedSave | None) -> bool:
    """A form's own 保存: its service writes in a transaction of its own."""
    if staged is None or not staged.confirm():
        return False
    try:
        staged.write()
    except HonghuaError as e:
        staged.refused(e.message)
        return False
    staged.saved()
    return True


def save_together(shop: Shop, staged: Sequence[StagedSave | None]) -> int | None:
    """Write every staged form in one transaction, or none of them. None when all were written; else the
    position of the form to show: the first refused by its checks (None in `staged`: each says why itself), the
    one whose question was declined, or the one whose write was refused (said at it, everything rolled back; the
    transaction's own failure is said at the form it began or ended with: another writer at BEGIN, a full disk at
    the commit)."""
    ready = [part for part in staged if part is not None]
    if len(ready) < len(staged):
        return next(i for i, part in enumerate(staged) if part is None)
    for i, part in enumerate(ready):
        if not part.confirm():
            return i
    writing = 0
    try:
        with shop.one_action():
            for writing, part in enumerate(ready):
                part.write()
    except HonghuaError as e:
        ready[writing].refused(e.message)
        return writing
    for part in ready:
        part.saved()
    return None
