"""证书 page: 全选 beside the list ticks every certificate, or unticks them all when all are ticked, and shows
whether all, some or none are ticked — reprinting one certificate of a long list was one click per row."""

from __future__ import annotations

import pytest
from certificates_page_support import add_by_hand, list_row, open_page
from PySide6.QtCore import Qt

from ui.widgets.check_all import CheckAll


@pytest.fixture
def page(qtbot, shop):
    widget = open_page(qtbot, shop)
    for name in ("甲", "乙", "丙"):
        add_by_hand(widget, name, "服务之星")
    yield widget
    widget.close()


def ticked(page) -> list[str]:
    return sorted(r.recipient for r in page.checked_requests())


def test_check_all_unticks_and_ticks_every_certificate(qtbot, page, messages):
    box = page.findChild(CheckAll)
    assert box.isEnabled() and box.checkState() == Qt.CheckState.Checked
    box.click()
    assert ticked(page) == [] and box.checkState() == Qt.CheckState.Unchecked
    page.list.item(list_row(page, "乙")).setCheckState(Qt.CheckState.Checked)  # the one to reprint
    assert ticked(page) == ["乙"]
    qtbot.waitUntil(lambda: box.checkState() == Qt.CheckState.PartiallyChecked)
    box.click()
    assert ticked(page) == ["丙", "乙", "甲"] and box.checkState() == Qt.CheckState.Checked


def test_check_all_follows_the_list(qtbot, page):
    box = page.findChild(CheckAll)
    box.click()
    add_by_hand(page, "丁", "服务之星")  # a new certificate comes ticked
    qtbot.waitUntil(lambda: box.checkState() == Qt.CheckState.PartiallyChecked)
    page.period.setCurrentText("2026-11")
    page.load_requests()  # another period, nobody listed
    assert page.list.count() == 0
    qtbot.waitUntil(lambda: not box.isEnabled())
