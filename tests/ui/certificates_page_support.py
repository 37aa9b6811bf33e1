"""Shared pieces of the 证书 page's tests: the page on 2026-10, adding a certificate by hand, and September with
one winner approved."""

from datetime import date

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.certificates import CertificatesPage

SEP = Month(2026, 9)


def approve_one_winner(shop) -> int:
    """小美 beats September's target by half (阶段目标奖 ¥500.00 under the 淘宝客服 preset), approved: her id."""
    sales = shop.metrics.get("sales")
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 9, 1))).id
    shop.targets.set_staff(SEP, person, sales, 1_000_000)
    shop.data.set_value(date(2026, 9, 10), person, sales, 1_500_000)
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP, confirm=True)
    return person


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
