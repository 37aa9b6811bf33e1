"""设置 → 安全: 取消密码 asks first. A click on it by mistake took the shop's protection away at once."""

from __future__ import annotations

from ui.widgets.security_panel import SecurityPanel


def test_clearing_the_pin_asks_and_no_keeps_it(qtbot, shop, messages):
    shop.security.set_pin("1234")
    panel = SecurityPanel(shop)
    qtbot.addWidget(panel)
    logged = shop.store.audit.count()
    messages.answer = False
    assert not panel.clear_pin()
    assert shop.security.is_set() and shop.store.audit.count() == logged
    assert len(messages.of("confirm")) == 1 and "都可以修改目标" in messages.of("confirm")[0]
    messages.answer = True
    assert panel.clear_pin() and not shop.security.is_set()


def test_a_cleared_pin_is_said_as_the_saved_one_is(qtbot, shop, messages):
    """保存密码 said 店主密码已保存 in a box; 取消密码, once answered, said nothing but the status beside it."""
    shop.security.set_pin("1234")
    panel = SecurityPanel(shop)
    qtbot.addWidget(panel)
    assert panel.clear_pin()
    assert messages.of("info") == ["店主密码已取消：现在打开软件的人都可以修改数据，不需要密码。"]


def test_the_tab_says_before_a_pin_is_set_that_a_forgotten_one_cannot_be_recovered(qtbot, shop):
    """Nothing in the program finds or resets a forgotten PIN (changing, removing and restoring all ask for it):
    the owner learnt it only once locked out."""
    from PySide6.QtWidgets import QLabel

    panel = SecurityPanel(shop)
    qtbot.addWidget(panel)
    assert any("忘记" in label.text() and "记在" in label.text() for label in panel.findChildren(QLabel))
