"""A label whose lines are lists (「客服部 3 面、售后部 1 面」): a line wider than the label is broken only after a
「、」 (", " in English), never inside a department's or a person's name (Qt's own wrapping breaks Chinese between any two
characters: 「人」 ended a line and 「事行政部」 began the next). It asks for no more width than a few characters,
and is as tall as its lines at the width it is given, up to `max_lines`: past them the last line ends in "…" and
the tooltip holds the whole text. `text()` stays the text as set."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.i18n import list_separator
from app.recognition.standings import lines_between_items
from ui.widgets.elided_label import draw_label_text

PREFERRED_CHARACTERS = 16  # the width it asks for; it takes what the layout gives
LEAST_CHARACTERS = 6


class ListLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, *, max_lines: int | None = None):
        super().__init__(parent)
        self.max_lines = max_lines
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def lines_for(self, width: int) -> list[str]:
        measure = self.fontMetrics().horizontalAdvance
        lines: list[str] = []
        for line in self.text().split("\n"):
            lines += lines_between_items(line, measure, width, list_separator()) if line else [""]
        if self.max_lines is not None and len(lines) > self.max_lines:
            lines = lines[:self.max_lines]
            lines[-1] = self.fontMetrics().elidedText(lines[-1] + "…", Qt.TextElideMode.ElideRight, width)
        return lines

    def is_cut(self) -> bool:
        """Whether some of the text is left out at the present width (the tooltip then gives it)."""
        return self.max_lines is not None and "".join(self.lines_for(self.contentsRect().width())).endswith("…") \
            and not self.text().endswith("…")

    def shown_text(self) -> str:
        return "\n".join(self.lines_for(self.contentsRect().width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        lines = self.lines_for(width - margins.left() - margins.right())
        return len(lines) * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        width = min(super().sizeHint().width(), self.fontMetrics().horizontalAdvance("事" * PREFERRED_CHARACTERS))
        return QSize(width, self.heightForWidth(max(self.width(), width)))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("事" * LEAST_CHARACTERS)
        return QSize(width, self.heightForWidth(max(self.width(), width)))

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as its lines at this width (a layout asks a label's height for one width only); the whole text
        in the tooltip when it is cut."""
        height = self.heightForWidth(self.width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
        self.setToolTip(self.text() if self.is_cut() else "")

    def paintEvent(self, _event) -> None:
        draw_label_text(self, self.shown_text())
