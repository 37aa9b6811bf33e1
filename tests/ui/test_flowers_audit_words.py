"""The 操作日志 names the flower actions with the 小红花 page's own words."""

from ui.models.audit_model import action_label
from ui.pages.flowers import FlowersPage


def test_the_audit_log_says_revoke_and_transfer_as_the_page_does(qtbot, shop):
    # it said 撤回小红花 / 转赠小红花 / 撤回小红旗 beside the page's 撤销… / 转让… / 撤销小红旗…
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    revoke, transfer = page.revoke_button.text().rstrip("…"), page.transfer_button.text().rstrip("…")
    assert action_label("flower.revoke") == f"{revoke}小红花"
    assert action_label("flower.transfer") == f"{transfer}小红花"
    assert action_label("red_flag.revoke") == page.revoke_flag_button.text().rstrip("…")
