"""The 小红花 page's ledger table: short columns fit their contents, the reason takes the width they leave."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ui.models.flower_model import REASON_COLUMN

# the ledger's reason (REASON_COLUMN) takes the width the short columns leave, but never less than this:
REASON_MIN_CHARS = 8  # below it the ledger scrolls sideways
# Rows the short columns are fitted to: the ones on screen and those around them up to this many (Qt's
# default, 1000, made every refresh of a ledger of some thousand flowers ask 64,000 cells for their data)
LEDGER_FIT_ROWS = 300


class LedgerView(QTableView):
    """The ledger: short columns fit their contents, the reason (事实依据) takes the rest of the width. When the
    rest is less than REASON_MIN_CHARS characters, the reason keeps that width and the table scrolls sideways."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(LEDGER_FIT_ROWS)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._section_resized)  # a short column fitted to new contents
        self.viewport().installEventFilter(self)  # the room changes with the vertical scroll bar too
        self.empty_text = ""  # said across the empty ledger: why nothing is listed

    def set_empty_text(self, text: str) -> None:
        if text != self.empty_text:
            self.empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != REASON_COLUMN:
            self.fit_reason()

    def reason_minimum(self) -> int:
        header = self.horizontalHeader()
        return max(self.fontMetrics().horizontalAdvance("事" * REASON_MIN_CHARS),
                   header.sectionSizeHint(REASON_COLUMN))  # never narrower than its own header

    def fit_reason(self) -> None:
        """Stretch the reason over the room the other columns leave, or fix it at its minimum and scroll."""
        header = self.horizontalHeader()
        if header.count() <= REASON_COLUMN:
            return
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != REASON_COLUMN and not header.isSectionHidden(c))
        minimum = self.reason_minimum()
        stretched = header.sectionResizeMode(REASON_COLUMN) == QHeaderView.ResizeMode.Stretch
        if self.viewport().width() - others >= minimum:
            if not stretched:
                header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        elif stretched or header.sectionSize(REASON_COLUMN) != minimum:
            header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(REASON_COLUMN, minimum)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_reason()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_reason()
