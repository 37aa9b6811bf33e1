"""The 证书 page's 「奖项」的模板 label beside the per-award template box: a long award title gives way in its
middle with "…", its frame (「…」的模板, Template for "…") kept whole, instead of being cut mid-character at the pane's edge."""

import pytest

from tests.ui.certificates_page_support import add_by_hand, list_row, open_page

LONG_AWARD = "年度最佳客户服务体验持续改进先锋奖（售前客服组）"


@pytest.mark.parametrize("lang", ["zh", "en"], indirect=True)
def test_a_long_award_title_gives_way_in_the_middle(qtbot, shop, lang):
    page = open_page(qtbot, shop)
    try:
        add_by_hand(page, "阿不都·热合曼", LONG_AWARD)
        page.list.setCurrentRow(list_row(page, "阿不都·热合曼"))
        qtbot.waitUntil(lambda: LONG_AWARD in page.award_label.toolTip())
        label = page.award_label
        assert label.width() < label.fontMetrics().horizontalAdvance(label.text())  # the room is short
        shown = label.shown_text() if hasattr(label, "shown_text") else label.text()
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
        before, _, after = label.text().partition(LONG_AWARD)
        assert "…" in shown and shown.startswith(before + LONG_AWARD[:2]) and shown.endswith("组）" + after)
    finally:
        page.close()
