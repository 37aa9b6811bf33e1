"""Pieces every dialog uses: OK/Cancel buttons with Chinese labels; line edits wide enough for their hint."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QStyle

LINE_EDIT_MARGIN = 2  # QLineEdit's own space on each side of its text, inside the frame


def ok_cancel(dialog: QDialog, ok_text: str = "") -> QDialogButtonBox:
    """A button box whose OK runs dialog.accept() and Cancel dialog.reject()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or dialog.tr("确定"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """At least as wide as its placeholder text: a hint cut short with "…" loses the example that explains
    the field (English hints are longer than Chinese ones)."""
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins, inner = edit.textMargins(), edit.contentsMargins()
    chrome = 2 * (frame + LINE_EDIT_MARGIN) + margins.left() + margins.right() + inner.left() + inner.right()
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + chrome + 1)
    return edit
