"""The 证书 page and 印章与签名 in a shop locked by the owner PIN: a refused change is said, never raised, and
changes nothing."""

from certificates_page_support import add_by_hand
from PIL import Image

from app.certificates.service import CertificateService
from app.shop import Shop
from ui.dialogs.certificate_images import CertificateImagesDialog
from ui.pages.certificates import CertificatesPage


def test_clearing_an_image_in_a_locked_shop_is_refused_without_an_error_escaping(qtbot, shop, db_path, tmp_path,
                                                                                messages):
    """清除 in a locked shop raised the PIN error out of the button's slot (the crash box), where 选择图片…
    offered to unlock."""
    seal = tmp_path / "印章.png"
    Image.new("RGBA", (300, 300), (210, 20, 30, 255)).save(seal)
    CertificateService(shop.store, shop.ctx, shop.settings).set_image("seal", seal)
    shop.security.set_pin("2468")
    locked = Shop.open(db_path, shop.today)  # the next start: the shop opens locked
    try:
        dialog = CertificateImagesDialog(CertificateService(locked.store, locked.ctx, locked.settings))
        qtbot.addWidget(dialog)
        dialog.clear_buttons["seal"].click()
        assert any("店主密码" in text for text in messages.of("error"))
        assert dialog.names["seal"].text() == "印章.png" and dialog.service.images().seal == seal.read_bytes()
    finally:
        locked.close()


def _page_with_one_by_hand(qtbot, locked: Shop) -> CertificatesPage:
    """The 证书 page of the locked shop, showing one certificate added by hand."""
    page = CertificatesPage(locked)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    add_by_hand(page, "小美", "服务之星")
    return page


def test_saving_with_a_changed_template_in_a_locked_shop_is_refused_without_an_error_escaping(qtbot, shop, db_path,
                                                                                           tmp_path, messages):
    """保存PDF… saved the changed options first, outside any handler: the PIN error left the button's slot."""
    shop.security.set_pin("2468")
    locked = Shop.open(db_path, shop.today)
    try:
        page = _page_with_one_by_hand(qtbot, locked)
        page.template.setCurrentIndex(page.template.findData("modern"))
        target = tmp_path / "证书.pdf"
        page.ask_save_path = lambda: target
        page.save_checked()
        assert any("店主密码" in text for text in messages.of("error"))
        assert not target.exists() and page.service.options().template == "classic"
        page.close()
    finally:
        locked.close()


def test_the_wait_cursor_is_gone_before_a_locked_shop_asks_for_the_pin(qtbot, shop, db_path, tmp_path, monkeypatch):
    """The refusal offers to unlock in a modal question and the PIN dialog: the wait cursor stayed over them
    while a chosen picture was refused."""
    from PySide6.QtWidgets import QApplication

    from ui.widgets import error_label

    seal = tmp_path / "印章.png"
    Image.new("RGBA", (300, 300), (210, 20, 30, 0)).save(seal)
    shop.security.set_pin("2468")
    locked = Shop.open(db_path, shop.today)
    cursors = []
    monkeypatch.setattr(error_label.errors, "show_error",
                        lambda _parent, text: cursors.append((text, QApplication.overrideCursor())))
    try:
        dialog = CertificateImagesDialog(CertificateService(locked.store, locked.ctx, locked.settings))
        qtbot.addWidget(dialog)
        assert dialog.use_file("seal", seal) is False
        assert len(cursors) == 1 and "店主密码" in cursors[0][0] and cursors[0][1] is None
        assert QApplication.overrideCursor() is None
    finally:
        locked.close()


def test_an_award_template_refused_in_a_locked_shop_is_not_left_on_show(qtbot, shop, db_path, messages):
    """The refusal was said, but the choice box kept showing the template that was not saved."""
    shop.security.set_pin("2468")
    locked = Shop.open(db_path, shop.today)
    try:
        page = _page_with_one_by_hand(qtbot, locked)
        modern = page.award_template.findData("modern")
        page.award_template.setCurrentIndex(modern)
        page.award_template.activated.emit(modern)
        assert any("店主密码" in text for text in messages.of("error"))
        assert page.service.award_templates() == {} and page.award_template.currentData() is None
        page.close()
    finally:
        locked.close()
