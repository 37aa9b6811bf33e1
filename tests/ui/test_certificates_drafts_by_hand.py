"""证书 page on a period not yet approved: its winners print as drafts, and a job is a draft as a whole. A
certificate added by hand and ticked with them — previewed numbered, the page saying hand-made ones are numbered —
came out as an unnumbered draft without a word; now the owner is asked first, and told how to number it."""

from __future__ import annotations

import pytest
from certificates_page_support import add_by_hand, list_row
from PySide6.QtCore import Qt

from tests.ui.test_awards_page import SEP, team  # noqa: F401  (the fixture)
from ui.pages.certificates import CertificatesPage


@pytest.fixture
def page(qtbot, shop, team):  # noqa: F811
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.period.setCurrentText(SEP.key())
    widget.refresh()
    widget.which.setCurrentIndex(widget.which.findData(True))  # 载入全部获奖者: the team's awards give no 奖状
    add_by_hand(widget, "小美", "最佳新人奖")
    yield widget
    widget.close()


def test_a_hand_made_certificate_ticked_with_drafts_is_not_made_a_draft_silently(qtbot, page, shop, tmp_path,
                                                                                 messages):
    assert not page.approved and len(page.requests) > 1  # September's winners, and 小美 by hand
    target = tmp_path / "九月.pdf"
    page.ask_save_path = lambda: target
    messages.answer = False
    page.save_checked()
    [question] = messages.of("confirm")
    assert "1 张手工添加的证书" in question and "只勾选它们" in question
    assert not target.exists() and page.service.in_period(SEP) == []


def test_hand_made_certificates_ticked_alone_are_numbered_without_a_question(qtbot, page, shop, tmp_path, messages):
    for row in range(page.list.count()):
        if row != list_row(page, "小美"):
            page.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "九月.pdf"
    page.ask_save_path = lambda: target
    page.save_checked()
    qtbot.waitUntil(lambda: target.exists() and page.folder_button.isEnabled(), timeout=10000)  # the job is done
    assert messages.of("confirm") == []
    assert [c.recipient for c in page.service.in_period(SEP)] == ["小美"]


@pytest.mark.parametrize("lang", ["en"], indirect=True)
@pytest.mark.parametrize(("others", "said"), [
    ((), "The 1 certificate added by hand and ticked with them will be printed as a draft too"),
    (("小丽",), "The 2 certificates added by hand and ticked with them will be printed as drafts too")])
def test_the_question_in_english_says_one_certificate_or_several(qtbot, lang, page, tmp_path, messages, others,
                                                                 said):
    for name in others:
        add_by_hand(page, name, "最佳新人奖")
    page.ask_save_path = lambda: tmp_path / "september.pdf"
    messages.answer = False
    page.save_checked()
    [question] = messages.of("confirm")
    assert "so their winners can only be printed as drafts" in question and said in question


def test_the_status_names_hand_made_certificates_only_when_the_list_has_some(qtbot, shop, team):  # noqa: F811
    """An unapproved period's line said hand-made certificates are numbered when ticked alone, with none listed."""
    page = CertificatesPage(shop)
    qtbot.addWidget(page)
    page.period.setCurrentText(SEP.key())
    page.refresh()
    page.which.setCurrentIndex(page.which.findData(True))
    assert page.requests and not page.approved
    assert page.status.text() == "尚未批准：获奖名单只能打印草稿（不编号）"
    add_by_hand(page, "小美", "最佳新人奖")
    assert page.status.text() == "尚未批准：获奖名单只能打印草稿（不编号）；只勾选手工添加的证书打印时，它们会编号"
    page.reload()  # listed again with the winners: the line still names it
    assert "只勾选手工添加的证书" in page.status.text()
    page.close()
