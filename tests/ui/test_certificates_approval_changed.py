"""证书 page: while the period's data changed since its approval, a notice above the preview says the certificates
print the approved results and how to bring them up to date, with a button opening 评奖 on that period; none while
the approval holds."""

from __future__ import annotations

import threading
from datetime import date

import laptop_support as laptop
import pytest
from certificates_page_support import SEP, approve_one_winner
from PySide6.QtCore import QSize

from app.periods import Month
from ui.pages.certificates import CertificatesPage

small_screen = laptop.small_screen  # the fixture


@pytest.fixture
def approved(shop):
    return approve_one_winner(shop)


def _page(qtbot, shop) -> CertificatesPage:
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    widget.which.setCurrentIndex(widget.which.findData(True))  # 阶段目标奖 gives no 奖状 in the preset
    widget.period.setCurrentText(SEP.key())
    widget.load_button.click()
    checked(qtbot, widget)
    return widget


def checked(qtbot, page) -> None:
    """Once the listed period's approval is checked (in the background)."""
    qtbot.waitUntil(lambda: not page.checking_approval, timeout=10_000)


def _change_data(shop, person, sales_fen: int = 1_100_000) -> None:
    """小美's September sales, which the approval counted 1,500,000 (¥500.00 for beating the target by half)."""
    shop.data.set_value(date(2026, 9, 10), person, shop.metrics.get("sales"), sales_fen, confirm_approved=True)


def _window_on_the_notice(qtbot, shop, approved, make_window, room: QSize):
    _change_data(shop, approved)
    window = make_window()
    window.resize(room)
    window.show()
    window.show_page(window._index_of("certificates"))
    page = window.current_page()
    page.which.setCurrentIndex(page.which.findData(True))
    page.period.setCurrentText(SEP.key())
    page.load_button.click()
    checked(qtbot, page)
    return window, page


def test_no_notice_while_the_approval_holds(qtbot, shop, approved):
    page = _page(qtbot, shop)
    assert page.requests and page.approved
    assert not page.stale.isVisible()
    page.close()


def test_changed_data_is_said_above_the_preview_until_approved_again(qtbot, shop, approved, tmp_path):
    _change_data(shop, approved)
    page = _page(qtbot, shop)
    assert page.stale.isVisible()
    said = page.stale.label.text()
    assert "2026年9月" in said and "批准后数据有变化" in said and "不在证书上" in said and "重新计算并批准" in said
    assert page.stale.parent() is page.preview.parent()
    assert page.stale.geometry().bottom() <= page.preview.geometry().top()  # above the preview
    page.grab().save(str(tmp_path / "certificates_approval_changed.png"))
    with qtbot.waitSignal(page.navigate) as asked:
        page.stale.button.click()
    assert asked.args == ["awards:2026-09"]
    shop.awards.approve(SEP, confirm=True)
    page.refresh()
    checked(qtbot, page)
    assert not page.stale.isVisible()
    page.close()


def test_the_button_opens_the_awards_page_on_that_period(qtbot, shop, approved, make_window):
    window, page = _window_on_the_notice(qtbot, shop, approved, make_window, QSize(1366, 768))
    awards = window.page(window._index_of("awards"))
    awards.picker.setPeriod(Month(2026, 10))
    page.stale.button.click()
    assert window.current_page() is awards
    assert awards.period == SEP
    qtbot.waitUntil(lambda: awards.review is not None and awards.review.period == SEP, timeout=10000)
    assert awards.review.changed
    awards.stop_tasks()


@pytest.mark.parametrize("change", ["same results", "a deduction"])
def test_no_notice_when_the_change_leaves_the_certificates_as_approved(qtbot, shop, approved, change):
    """Data changed since the approval, but what would print is the same: 小美 still beats the target by more than
    a fifth (阶段目标奖 ¥500.00 as approved), or only a deduction came (a certificate prints no deduction). The
    notice asked the owner to approve again and come back to print the same certificates."""
    if change == "same results":
        _change_data(shop, approved, 1_600_000)
    else:
        shop.events.add(date(2026, 9, 20), approved, "投诉", confirm_approved=True)
    review = shop.awards.status(SEP)
    assert review.changed  # 评奖 says the period changed since its approval
    page = _page(qtbot, shop)
    assert page.requests and page.approved
    assert not page.stale.isVisible()
    page.close()



def test_on_a_small_laptop_the_notice_is_read_whole(qtbot, shop, approved, make_window, small_screen, lang, tmp_path):
    """A 1366×768 laptop at 150 %: in English the notice's text, squeezed beside its button above the preview's least
    height, was cut off after five lines. There it scrolls, showing four lines at least."""
    window, page = _window_on_the_notice(qtbot, shop, approved, make_window, laptop.ROOM)
    qtbot.wait(50)  # the layout follows the window
    window.grab().save(str(tmp_path / f"certificates_notice_{lang}_small_laptop.png"))
    label = page.stale.label
    assert page.stale.isVisible()
    assert label.height() >= label.heightForWidth(label.width()), label.size()  # nothing cut off: it scrolls
    shown = label.parentWidget().height()  # what the scrolling shows of it
    assert shown >= min(label.height(), 4 * label.fontMetrics().lineSpacing()), shown


def test_where_the_window_has_room_the_notice_is_whole(qtbot, shop, approved, make_window, lang):
    window, page = _window_on_the_notice(qtbot, shop, approved, make_window, QSize(1366, 768))
    window.resize(1024, 700)  # narrower: the text takes more lines
    qtbot.wait(50)
    label = page.stale.label
    assert label.parentWidget().height() >= label.heightForWidth(label.width()), label.size()  # nothing to scroll


def test_the_approval_is_checked_off_the_windows_thread(qtbot, shop, approved, monkeypatch):
    """Working out whether the approval still holds is a computation of the period (a third of a second for a month
    of a 200-person shop): each reload of the page — every show, every change of the file — froze the window for
    it. It runs in the background; the notice comes when it is known."""
    from app.awards.service import AwardService

    _change_data(shop, approved)
    on_the_window = []
    status = AwardService.status

    def watched(self, period):
        on_the_window.append(threading.current_thread() is threading.main_thread())
        return status(self, period)

    monkeypatch.setattr(AwardService, "status", watched)
    page = _page(qtbot, shop)
    assert page.stale.isVisible() and on_the_window and not any(on_the_window)
    page.close()


def test_an_answer_for_a_period_no_longer_listed_is_dropped(qtbot, shop, approved):
    _change_data(shop, approved)
    page = _page(qtbot, shop)
    assert page.stale.isVisible()
    page.load_requests()  # September again: the notice stays while it is checked, then it is still true
    assert page.stale.isVisible()
    page.period.setCurrentText("2026-10")  # not approved: no notice, and September's answer, when it comes, is old
    page.load_button.click()
    assert not page.stale.isVisible()
    page.period.setCurrentText(SEP.key())
    page.load_button.click()
    page.period.setCurrentText("2026-10")
    page.load_button.click()
    checked(qtbot, page)
    assert not page.stale.isVisible() and page.stale.period_key == ""
    page.close()
