"""证书 page: the list for a period, a hand-made certificate, the live preview, saving in the background,
printing to a (PDF) printer, and the folder button."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.periods import Month
from ui.pages import certificates as module
from ui.pages.certificates import CertificatesPage

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"


@pytest.fixture
def page(qtbot, shop):
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    widget.period.setCurrentText("2026-10")
    widget.load_requests()
    yield widget
    widget.close()  # before the shop closes: a pending preview must not reach a closed file


def _add(page, name, award):
    page.manual_name.setText(name)
    page.manual_award.setText(award)
    page.add_button.click()


def test_a_hand_made_certificate_is_previewed_and_saved(qtbot, page, shop, tmp_path, messages):
    assert page.title == "证书"
    _add(page, "欧阳娜娜娜", "销售冠军奖")
    _add(page, "A&B <客服>", "最佳服务奖")
    assert page.list.count() == 2
    page.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)
    assert page.preview.pixmap().width() > 200
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENS / "certificates_page.png"))

    page.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "out" / "十月.pdf"
    page.ask_save_path = lambda: target
    page.save_checked()
    qtbot.waitUntil(lambda: target.exists() and page.folder_button.isEnabled(), timeout=10000)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "欧阳娜娜娜" in text and "A&B" not in text
    certs = page.service.in_period(Month(2026, 10))
    assert [c.recipient for c in certs] == ["欧阳娜娜娜"] and certs[0].number in text
    assert "HH-2026-10-0001" in page.list.item(0).text()
    opened = []
    module.open_url = opened.append
    try:
        page.folder_button.click()
    finally:
        module.open_url = module.QDesktopServices.openUrl
    assert opened and opened[0].toLocalFile() == str(target.parent)
    assert messages.of("error") == []


def test_printing_goes_through_the_printer_and_is_recorded(qtbot, page, shop, tmp_path):
    _add(page, "小美", "服务之星")
    out = tmp_path / "printed.pdf"

    def pick(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setCopyCount(2)
        return True

    page.ask_printer = pick
    page.print_checked()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 10_000, timeout=15000)
    qtbot.waitUntil(lambda: "已发送到打印机" in page.status.text(), timeout=5000)
    cert = page.service.in_period(Month(2026, 10))[0]
    prints = shop.store.certificates.prints(cert.id)
    assert len(prints) == 1 and prints[0].copies == 2 and "printed.pdf" in prints[0].output
    assert len(PdfReader(out).pages) == 1


def test_an_empty_name_is_not_added_and_nothing_checked_is_not_printed(qtbot, page, messages):
    _add(page, "   ", "奖")
    assert page.list.count() == 0 and "姓名不能为空" in page.notice.text()
    page.ask_save_path = lambda: Path("never.pdf")
    page.save_checked()
    assert messages.of("info") == ["请先勾选要打印的证书"]


def test_a_hidden_page_does_not_draw_its_preview(qtbot, page):
    _add(page, "小美", "服务之星")
    page.hide()
    assert not page._preview_timer.isActive()
    page.update_preview()
    assert page.preview.pixmap() is None or page.preview.pixmap().isNull()


def test_the_period_list_offers_last_and_this_month_and_says_what_it_found(qtbot, shop):
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    assert [widget.period.itemText(i) for i in range(widget.period.count())] == ["2026-09", "2026-10"]
    assert widget.status.text() != "" and widget.list.count() == 0
    widget.period.setCurrentText("2026-13")
    widget.load_requests()
    assert "2026-13" in widget.status.text()
