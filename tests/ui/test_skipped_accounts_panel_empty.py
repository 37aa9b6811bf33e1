"""设置 → 导入 with no account set aside: the note that there is none stands under the explanation, the button
under it; the room the hidden list leaves is left empty below them, not spread between the lines."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.widgets.skipped_accounts_panel import SkippedAccountsPanel


def test_the_empty_panel_keeps_its_lines_together(qtbot, shop):
    panel = SkippedAccountsPanel(shop)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.resize(900, 420)
    panel.show()
    qtbot.waitExposed(panel)
    hint = next(label for label in panel.findChildren(QLabel) if label is not panel.empty_label)
    gap = panel.empty_label.geometry().top() - hint.geometry().bottom()
    assert gap < 30, gap
    below = panel.restore_button.geometry().top() - panel.empty_label.geometry().bottom()
    assert below < 30, below
    assert hint.height() <= hint.heightForWidth(hint.width()) + 4
