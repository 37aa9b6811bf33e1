"""Refilling a picker without losing the choice made in it."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, items: list[tuple[str, object]], keep: object = None) -> None:
    """Replace a picker's items without signals, keeping its choice (or `keep`) where it is still offered."""
    keep = combo.currentData() if keep is None else keep
    with QSignalBlocker(combo):
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
