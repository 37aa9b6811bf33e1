"""证书 page: the PDF 保存PDF… suggests is named after the period whose certificates are listed, not after one
typed in the period box and not loaded yet."""

from __future__ import annotations

from certificates_page_support import add_by_hand, open_page
from PySide6.QtWidgets import QFileDialog


def test_the_suggested_file_names_the_period_listed(qtbot, shop, monkeypatch):
    page = open_page(qtbot, shop)  # 2026-10 loaded
    add_by_hand(page, "王小美", "最佳服务奖")
    page.period.setCurrentText("2026-11")  # typed, not loaded: the list is still October's
    suggested = []

    def ask(_parent, _title, start="", *_args, **_kwargs):
        suggested.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    assert page.ask_save_path() is None
    assert [r.period.key() for r in page.requests] == ["2026-10"]
    [start] = suggested
    assert start.endswith("_2026-10.pdf"), start
    page.close()
