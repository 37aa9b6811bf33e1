"""The 评奖 page's warning that an approved result's data or plan changed since approval (which of them): what it means, the
differences per person (one block each), and 重新计算并批准."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QWidget

from app.awards import Review
from ui.widgets.plain_looks import NoticeFrame, set_font

BACKGROUND, BORDER, TITLE = "#fdecea", "#e0a09b", "#8c1d18"
MAX_LINES = 5  # more scroll inside the box: with the tables and buttons the page must fit a 1024×700 screen


class ChangedBanner(NoticeFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background=BACKGROUND, border=BORDER)
        self.setObjectName("changedBanner")
        self.data_title = self.tr("⚠ 批准后数据有变化：下面是重新计算与批准结果的差异（按人）。"
                                  "表中仍显示批准时的结果，核对无误后请重新批准。")
        self.title = self.own_text(QLabel(self.data_title, wordWrap=True), TITLE)
        set_font(self.title, bold=True)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.button = QPushButton(self.tr("重新计算并批准…"))
        layout = QGridLayout(self)
        layout.addWidget(self.title, 0, 0)
        # at the title's first line: in a short window the notices show only a few lines, the rest scrolls
        layout.addWidget(self.button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_review(self, review: Review | None) -> None:
        changed = review is not None and review.changed
        self.setVisible(changed)
        if review is not None and changed:
            self.title.setText(self._title(review))
            diffs = "\n".join(d.text(review.namesakes) for d in review.differences)
            if review.plan_changed:
                diffs = diffs or "\n".join(review.notes)
            self.text.setVisible(bool(diffs))  # the same result from changed data: the title and the notes say it
            self.text.setPlainText(diffs)
            lines = min(max(diffs.count("\n") + 1, 2), MAX_LINES)
            self.text.setFixedHeight(lines * self.text.fontMetrics().lineSpacing() + 12)
        self.layout().activate()  # the banner's height follows its new text at once
        self.updateGeometry()

    def _title(self, review: Review) -> str:
        """Says what changed: the plan in force (with its versions), the data, or both."""
        rest = self.tr("表中仍显示批准时的结果，核对无误后请重新批准。")
        if not review.differences and not review.plan_changed:
            return self.tr("⚠ 批准后输入数据有变化，但按现在的数据重新计算，结果与批准时相同。"
                           "表中是批准时的结果；要让批准记录用上现在的数据，可以重新批准。")
        if review.plan_changed and review.data_changed:
            return self.tr("⚠ 批准后方案有变化（{change}），数据也有变化：下面是按现在生效的方案和现在的数据重新计算"
                           "与批准结果的差异（按人）。").format(change=review.plan_change) + rest
        if review.plan_changed:
            return self.tr("⚠ 批准后方案有变化（{change}），数据没有变化：下面是按现在生效的方案重新计算与批准结果的"
                           "差异（按人）。").format(change=review.plan_change) + rest
        return self.data_title
