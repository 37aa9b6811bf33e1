"""The 添加手动奖项 and 调整金额 dialogs show their hints whole (no "…"), in Chinese and in English, and still
fit a 1024×700 screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.award_dialogs import AdjustDialog, ManualAwardDialog

SCREENS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"
QT_TEXT_MARGIN = 2  # QLineEdit paints its text this far inside its contents rectangle, on each side


def shown_placeholder(edit: QLineEdit) -> str:
    """The placeholder as QLineEdit paints it: elided to the room inside its frame and margins."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 2 * QT_TEXT_MARGIN
    return edit.fontMetrics().elidedText(edit.placeholderText(), Qt.TextElideMode.ElideRight, room)


@pytest.mark.parametrize("make", [ManualAwardDialog, AdjustDialog], ids=["manual_award", "adjust"])
def test_the_hints_are_shown_whole(qtbot, shop, lang, make):
    shop.staff.add(StaffDraft(name="刘佳怡", dept="客服部", role="主管", hired=date(2025, 1, 1)))
    shop.awards.plans.use("taobao-kefu")
    dialog = make(shop, Month(2026, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.adjustSize()
    hints = [edit for edit in dialog.findChildren(QLineEdit) if edit.placeholderText()]
    assert len(hints) >= 2
    for edit in hints:
        assert shown_placeholder(edit) == edit.placeholderText()
    assert dialog.width() <= 1024 and dialog.height() <= 700
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENS / f"hints_{make.__name__}_{lang}.png"))
