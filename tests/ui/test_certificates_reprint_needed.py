"""证书 page: a certificate printed before a re-approval changed what it pays is marked 「已变更，需重印」, and the
note under its preview says what the paper says and what a reprint would; a reprint clears the mark, and one
whose value is not printed, or that was never re-approved, is not marked."""

from __future__ import annotations

from datetime import date

import pytest
from certificates_page_support import SEP, approve_one_winner

from app.domain import StaffDraft
from ui.pages.certificates import CertificatesPage


@pytest.fixture
def page(qtbot, shop):
    """小美 beats September's target by half (阶段目标奖 ¥500.00), approved; every winner listed, 显示奖励 ticked."""
    person = approve_one_winner(shop)
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.which.setCurrentIndex(widget.which.findData(True))
    widget.period.setCurrentText(SEP.key())
    widget.load_button.click()
    widget.show_value.setChecked(True)
    widget.person = person
    yield widget
    widget.close()


def _save(qtbot, page, target) -> None:
    page.ask_save_path = lambda: target
    page.save_checked()
    qtbot.waitUntil(lambda: page.status.text() == f"已保存 1 张证书（已编号）到 {target}", timeout=10000)


def _reapprove_paying_less(shop, page) -> None:
    """小美's month corrected to 110% of the target: the approval pays ¥200.00 instead."""
    shop.data.set_value(date(2026, 9, 10), page.person, shop.metrics.get("sales"), 1_100_000, confirm_approved=True)
    shop.awards.approve(SEP, confirm=True)
    page.refresh()


def _label(page) -> str:
    return page.list.item(0).text()


def test_a_certificate_printed_before_a_reapproval_is_marked_until_it_is_reprinted(qtbot, shop, page, tmp_path,
                                                                                    messages):
    assert [(r.recipient, r.value_text) for r in page.requests] == [("小美", "¥500.00")]
    _save(qtbot, page, tmp_path / "first.pdf")
    assert _label(page).endswith("(HH-2026-09-0001)")

    _reapprove_paying_less(shop, page)
    assert _label(page).endswith("(HH-2026-09-0001，已变更，需重印)")
    page.list.setCurrentRow(0)
    page.update_preview()
    assert "奖励：¥500.00 → ¥200.00" in page.notice.text() and "需要重印" in page.notice.text()

    _save(qtbot, page, tmp_path / "again.pdf")
    assert _label(page).endswith("(HH-2026-09-0001)")  # the same number, its paper now saying ¥200.00
    page.update_preview()
    assert "需要重印" not in page.notice.text()
    assert messages.of("error") == []


def test_a_certificate_printed_without_its_value_is_not_marked(qtbot, shop, page, tmp_path):
    page.show_value.setChecked(False)
    _save(qtbot, page, tmp_path / "first.pdf")
    _reapprove_paying_less(shop, page)
    assert _label(page).endswith("(HH-2026-09-0001)")


def test_a_certificate_never_reapproved_is_not_marked(qtbot, shop, page, tmp_path):
    _save(qtbot, page, tmp_path / "first.pdf")
    page.refresh()
    assert _label(page).endswith("(HH-2026-09-0001)")


def test_the_mark_shows_whole_in_the_list_on_a_laptop(qtbot, shop, page, tmp_path, lang):
    """The list is about 400 pixels wide beside the preview at 1366×768, and its rows ran on past its edge: the
    mark at their end read 「已变更，需」 unless the list was scrolled sideways. A long row wraps instead."""
    page.ask_save_path = lambda: tmp_path / "first.pdf"
    page.save_checked()
    qtbot.waitUntil(lambda: "first.pdf" in page.status.text(), timeout=10000)
    _reapprove_paying_less(shop, page)
    page.resize(780, 400)  # a 911×512 window beside the navigation
    qtbot.wait(50)
    row, view = page.list.visualItemRect(page.list.item(0)), page.list.viewport()
    assert page.list.fontMetrics().horizontalAdvance(_label(page)) > view.width()  # the row is longer than the list
    assert row.right() <= view.width() and page.list.horizontalScrollBar().maximum() == 0
    assert row.height() >= 2 * page.list.fontMetrics().height()  # on two lines


def test_a_certificate_printed_before_the_person_was_renamed_is_marked_until_it_is_reprinted(qtbot, shop, page,
                                                                                              tmp_path):
    """小美's name corrected to 小梅 and September approved again: the list names 小梅 and marks the certificate,
    the note says the name changed; the reprint under the same number clears the mark."""
    _save(qtbot, page, tmp_path / "first.pdf")
    person = shop.staff.get(page.person)
    shop.staff.edit(person.id, StaffDraft(name="小梅", dept=person.dept, hired=person.hired), confirm_approved=True)
    shop.awards.approve(SEP, confirm=True)
    page.refresh()
    assert "小梅" in _label(page) and _label(page).endswith("(HH-2026-09-0001，已变更，需重印)")
    page.list.setCurrentRow(0)
    page.update_preview()
    assert "姓名：小美 → 小梅" in page.notice.text() and "需要重印" in page.notice.text()

    _save(qtbot, page, tmp_path / "again.pdf")
    assert _label(page).endswith("(HH-2026-09-0001)")
    page.update_preview()
    assert "需要重印" not in page.notice.text()
