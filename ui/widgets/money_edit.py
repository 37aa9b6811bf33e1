"""A yuan amount typed the way people type it (`3500`, `3,500.50`, `¥3,500`, `￥3,500`, `3.5千`), read as int fen;
a saved one shown grouped without the symbol (`3,500.00`), as the event dialog shows a saved amount."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.money import format_yuan, parse_yuan


class MoneyEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None, *, placeholder: str = ""):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(placeholder or self.tr("不填"))

    def fen(self, field: str = "") -> int | None:
        """The amount in fen; None when empty. Raises UserError (from app.money) for text that is not money."""
        text = self.text().strip()
        if not text:
            return None
        return parse_yuan(text, field=field)

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else format_yuan(fen, symbol=False))  # 3,500.00, as the event dialog shows one
