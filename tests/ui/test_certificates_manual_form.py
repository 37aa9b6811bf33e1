"""The 证书 page's 手工添加 form says a refusal beside its fields, where the preview's own notes do not clear it."""

from __future__ import annotations

from certificates_page_support import add_by_hand, open_page

from ui.pages.certificates import PREVIEW_DELAY_MS


def test_a_refusal_stays_beside_the_form_until_its_fields_change(qtbot, shop):
    page = open_page(qtbot, shop)
    add_by_hand(page, "王小美", "最佳服务奖")  # a certificate selected: its preview updates after the delay
    add_by_hand(page, "李雷", "   ")
    said = page.manual.refusal
    assert "奖项名称不能为空" in said.text() and said.isVisible()
    assert page.manual.name.text() == "李雷"  # bad input changes nothing, the typed name is kept
    page.schedule_preview()
    qtbot.wait(PREVIEW_DELAY_MS * 3)  # the preview has been drawn again meanwhile
    assert "奖项名称不能为空" in said.text() and said.isVisible()
    assert "奖项名称不能为空" not in page.notice.text()  # the line under the preview is the certificate's
    page.manual.award.setText("进步奖")
    assert said.text() == "" and not said.isVisible()
    page.close()


def test_a_refusal_is_gone_once_a_certificate_is_added(qtbot, shop):
    page = open_page(qtbot, shop)
    add_by_hand(page, "   ", "进步奖")
    assert "姓名不能为空" in page.manual.refusal.text()
    add_by_hand(page, "韩梅梅", "进步奖")
    assert page.manual.refusal.text() == "" and [r.recipient for r in page.requests] == ["韩梅梅"]
    page.close()
