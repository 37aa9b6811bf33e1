"""A change to the data of a period whose awards are approved (a cell typed, a paste, an event, an import's
undo) is asked about first, as the import wizard asks: the service refuses it unconfirmed
(`ApprovedPeriodChange`), the window asks, and on yes does it again confirmed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.i18n import joined
from app.periods import Period
from app.services.approved import ApprovedPeriodChange
from ui import errors

Result = TypeVar("Result")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApprovedChange", text)


class Declined(Exception):
    """The owner chose not to change an approved period: nothing was written."""


def write_asking(parent: QWidget | None, write: Callable[[bool], Result]) -> Result:
    """`write(confirm_approved)`; asked again confirmed when the owner agrees, else `Declined`."""
    try:
        return write(False)
    except ApprovedPeriodChange as refused:
        if not confirm_change(parent, refused.periods, refused.consequence):
            raise Declined() from None
    return write(True)


def confirm_change(parent: QWidget | None, periods: list[Period], consequence: str = "") -> bool:
    """Whether the owner agrees to change these approved periods (work run in the background asks first).
    `consequence`: what the change does to them, said by the service when it is not only the usual mark."""
    shown = joined(p.shown_label() for p in periods)
    if consequence:
        question = _tr("{periods} 的评奖已经批准。{consequence}\n\n确定要修改吗？").format(
            periods=shown, consequence=consequence)
    else:
        question = _tr("{periods} 的评奖已经批准。这次修改后，这些期间的评奖结果会标记为“批准后数据有变”，"
                       "需要重新批准。\n\n确定要修改吗？").format(periods=shown)
    return errors.confirm(parent, question, _tr("修改已批准的期间"), yes_text=_tr("仍然修改"))
