"""The 评奖 page's warning that an approved result's data changed since approval: what it means, the
differences per person (one block each), and 重新计算并批准."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QWidget

from app.awards import Review

STYLE = "QFrame#changedBanner { background: #fdecea; border: 1px solid #e0a09b; border-radius: 4px; }"
MAX_LINES = 8


class ChangedBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="changedBanner")
        self.setStyleSheet(STYLE)
        self.title = QLabel(self.tr("⚠ 批准后数据有变化：下面是重新计算与批准结果的差异（按人）。"
                                    "表中仍显示批准时的结果，核对无误后请重新批准。"), wordWrap=True)
        self.title.setStyleSheet("color: #8c1d18; font-weight: bold;")
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.button = QPushButton(self.tr("重新计算并批准…"))
        layout = QGridLayout(self)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.button, 0, 1)
        layout.addWidget(self.text, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_review(self, review: Review | None) -> None:
        changed = review is not None and review.changed
        self.setVisible(changed)
        if review is not None and changed:
            diffs = "\n".join(d.text() for d in review.differences) or "\n".join(review.notes)
            self.text.setPlainText(diffs)
            lines = min(max(diffs.count("\n") + 1, 2), MAX_LINES)
            self.text.setFixedHeight(lines * self.text.fontMetrics().lineSpacing() + 12)
        self.layout().activate()  # the banner's height follows its new text at once
        self.updateGeometry()
