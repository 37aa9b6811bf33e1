"""The 证书 page's notice above the preview while the period's data or plan changed since its approval: the
certificates print the approved results, which 评奖 would now compute otherwise. What changed is read from the
period's review (`Review.changed`, as the 评奖 page's banner), and its button opens 评奖 on that period to be
approved again."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.awards import Review
from ui.dialogs.common import is_short
from ui.widgets.notice_area import NoticeArea
from ui.widgets.plain_looks import NoticeFrame
from ui.widgets.room_watch import RoomWatch


class NoticeText(NoticeArea):
    """The notice's text: whole where the window has room (the preview gives way), in a short window (a 1366×768
    laptop at 150 %, in English) a few lines that scroll, never cut off under the preview's least height."""

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        return least if self.short else QSize(least.width(), self._content_height())


class ApprovalChangedNotice(NoticeFrame):
    openAwards = Signal(str)  # the period's key, to be shown on the 评奖 page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("approvalChangedNotice")
        self.period_key = ""
        self.label = self.own_text(QLabel(wordWrap=True))
        self.button = QPushButton(self.tr("去评奖重新批准"))
        self.button.clicked.connect(lambda: self.openAwards.emit(self.period_key))
        self.text_area = NoticeText(self.label)
        self.text_area.viewport().setAutoFillBackground(False)  # on the notice's own colour
        self.label.setAutoFillBackground(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text_area, 1)
        layout.addWidget(self.button)
        self.room_watch = RoomWatch(self, lambda room: self.text_area.set_short(is_short(room)))
        self.hide()

    def show_review(self, review: Review | None) -> None:
        """Shown for an approved period whose approval no longer holds and whose certificates would print otherwise
        now; hidden otherwise (None: not approved, or not known)."""
        stale = review is not None and review.approved is not None and review.changed and _certificates_differ(review)
        self.setVisible(stale)
        if review is None or not stale:
            self.period_key = ""
            self.label.clear()
            return
        self.period_key = review.period.key()
        period = review.period.shown_label()
        if review.plan_changed and review.data_changed:
            what = self.tr("{period}批准后方案和数据都有变化").format(period=period)
        elif review.plan_changed:
            what = self.tr("{period}批准后方案有变化").format(period=period)
        else:
            what = self.tr("{period}批准后数据有变化").format(period=period)
        self.label.setText(self.tr("{what}：证书仍按批准时的结果打印，这些变化不在证书上。要让证书用上现在的结果，"
                                   "请到「评奖」页重新计算并批准这一期，再回来打印。").format(what=what))


def _certificates_differ(review: Review) -> bool:
    """Whether approving again would change what the certificates print: a line won or lost, or its amount or item,
    not a deduction (a certificate prints none), nor inputs whose results came out as approved."""
    return any(line.kind != "deduction" for diff in review.differences for line in (*diff.removed, *diff.added))
