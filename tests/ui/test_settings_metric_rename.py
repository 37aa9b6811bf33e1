"""设置 → 指标: 改名… corrects a custom metric's name (a typo made when adding it); built-in metrics keep theirs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.dialogs.metric_dialog import MetricNameDialog
from ui.pages.settings import SettingsPage


@pytest.fixture
def page(qtbot, shop):
    shop.metric_service.add_custom("服务积份")
    shop.reload_metrics()
    widget = SettingsPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _row_of(table, key: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == key)


def test_rename_is_offered_for_a_custom_metric_only(page):
    assert not page.rename_metric_button.isEnabled()
    page.metrics_table.selectRow(_row_of(page.metrics_table, "sales"))
    assert not page.rename_metric_button.isEnabled()
    page.metrics_table.selectRow(_row_of(page.metrics_table, "custom_1"))
    assert page.rename_metric_button.isEnabled()


def test_a_renamed_metric_shows_its_new_name(page, shop, qtbot, monkeypatch):
    def answer(parent, shop_, metric):
        dialog = MetricNameDialog(shop_, metric, parent)
        qtbot.addWidget(dialog)
        assert dialog.name_edit.text() == "服务积份"
        dialog.name_edit.setText("服务积分")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(MetricNameDialog, "ask", answer)
    page.metrics_table.selectRow(_row_of(page.metrics_table, "custom_1"))
    page.rename_metric_button.click()
    assert page.metrics_table.item(_row_of(page.metrics_table, "custom_1"), 0).text() == "服务积分"
    assert [m.name for m in shop.metrics.custom()] == ["服务积分"]


def test_a_name_refused_is_said_in_the_dialog_which_stays_open(page, shop, qtbot):
    dialog = MetricNameDialog(shop, shop.metrics.custom()[0], page)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("销售额")
    dialog.accept()
    assert dialog.saved is None and "已存在" in dialog.error_label.text()
    assert [m.name for m in shop.metrics.custom()] == ["服务积份"]
