"""Shared pieces of the 证书 page's tests: the page on 2026-10, and adding a certificate by hand."""

from ui.pages.certificates import CertificatesPage


def open_page(qtbot, shop) -> CertificatesPage:
    """The page shown at 1200×700 on 2026-10; close it before the shop closes (a pending preview must not
    reach a closed file)."""
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    widget.period.setCurrentText("2026-10")
    widget.load_requests()
    return widget


def add_by_hand(page, name: str, award: str) -> None:
    page.manual.name.setText(name)
    page.manual.award.setText(award)
    page.manual.add_button.click()


def list_row(page, name) -> int:
    """The row of a certificate in the list (kept in the order the PDF prints: award, then place or name)."""
    return [r.recipient for r in page.requests].index(name)
