"""证书 page: the list for a period, a hand-made certificate, the live preview, saving in the background,
printing to a (PDF) printer, and the folder button."""

from __future__ import annotations

from pathlib import Path

import pytest
from certificates_page_support import add_by_hand, list_row, open_page
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.periods import Month
from ui.pages import certificate_output as module
from ui.pages.certificates import CertificatesPage

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"


@pytest.fixture
def page(qtbot, shop):
    widget = open_page(qtbot, shop)
    yield widget
    widget.close()  # before the shop closes: a pending preview must not reach a closed file


def test_a_hand_made_certificate_is_previewed_and_saved(qtbot, page, shop, tmp_path, messages):
    assert page.title == "证书"
    add_by_hand(page, "欧阳娜娜娜", "销售冠军奖")
    add_by_hand(page, "A&B <客服>", "最佳服务奖")
    assert page.list.count() == 2
    page.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)
    assert page.preview.pixmap().width() > 200
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENS / "certificates_page.png"))

    page.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "out" / "十月.pdf"
    page.ask_save_path = lambda: target
    page.save_checked()
    qtbot.waitUntil(lambda: target.exists() and page.folder_button.isEnabled(), timeout=10000)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "欧阳娜娜娜" in text and "A&B" not in text
    certs = page.service.in_period(Month(2026, 10))
    assert [c.recipient for c in certs] == ["欧阳娜娜娜"] and certs[0].number in text
    assert "HH-2026-10-0001" in page.list.item(0).text()
    opened = []
    module.open_url = opened.append
    try:
        page.folder_button.click()
    finally:
        module.open_url = module.QDesktopServices.openUrl
    assert opened and opened[0].toLocalFile() == str(target.parent)
    assert messages.of("error") == []


def test_an_empty_name_is_not_added_and_nothing_checked_is_not_printed(qtbot, page, messages):
    add_by_hand(page, "   ", "奖")
    assert page.list.count() == 0 and "姓名不能为空" in page.manual.refusal.text()
    page.ask_save_path = lambda: Path("never.pdf")
    page.save_checked()
    page.print_checked()  # an empty list has nothing to tick: where its certificates come from is said instead
    assert len(messages.of("info")) == 2
    assert all("载入获奖名单" in said and "手工添加" in said for said in messages.of("info"))


def test_spaces_around_a_name_and_an_award_typed_by_hand_are_left_out(qtbot, page):
    """「   前面有空格」 was drawn off the centre of its line and the award printed as 「  空格奖  」."""
    add_by_hand(page, "   前面有空格 ", "  空格奖  ")
    assert [(r.recipient, r.award) for r in page.requests] == [("前面有空格", "空格奖")]
    assert page.list.item(0).text() == "前面有空格 · 空格奖 · 经典奖状"
    assert page.award_label.text() == "「空格奖」的模板"


def test_a_citation_typed_with_full_width_braces_previews_its_fields_and_stays_saved(qtbot, page, shop):
    """｛姓名｝ as a Chinese input method types it was printed as typed; saved as {姓名}, the page still
    called the typed text unsaved, so every close asked again."""
    add_by_hand(page, "小美", "服务之星")
    page.citation.setText("｛姓名｝：在｛期间｝荣获「｛奖项｝」")
    page.update_preview()
    assert page.notice.text() == "" and page.pending_changes() == ["评语"]
    assert page.save_pending() and page.pending_changes() == []
    assert page.service.options().citation == "{姓名}：在{期间}荣获「{奖项}」"


def test_a_hidden_page_does_not_draw_its_preview(qtbot, page):
    add_by_hand(page, "小美", "服务之星")
    page.hide()
    assert not page._preview_timer.isActive()
    page.update_preview()
    assert page.preview.pixmap() is None or page.preview.pixmap().isNull()


def test_the_period_list_offers_last_and_this_month_and_says_what_it_found(qtbot, shop):
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    # written as every other period picker writes a month; the key is what is loaded
    assert [widget.period.itemText(i) for i in range(widget.period.count())] == ["2026年9月", "2026年10月"]
    assert [widget.period.itemData(i) for i in range(widget.period.count())] == ["2026-09", "2026-10"]
    assert widget.period_text() == "2026-09"
    assert widget.status.text() != "" and widget.list.count() == 0
    # no plan in this shop: said in the window's words, not the command line's
    assert "还没有生效的激励方案" in widget.status.text() and "honghua" not in widget.status.text()
    widget.period.setCurrentText("2026-13")
    widget.load_requests()
    assert "2026-13" in widget.status.text()
    widget.period.setCurrentIndex(1)  # chosen from the list by its label
    widget.load_requests()
    assert widget.period_text() == "2026-10" and "还没有生效的激励方案" in widget.status.text()
    widget.period.setCurrentText("2026-09")
    widget.load_requests()
    status_of_load_requests_on_09, count_on_09 = widget.status.text(), widget.list.count()
    widget.period.setCurrentText("2026-13")
    widget.load_requests()
    widget.period.setCurrentText("2026-09")
    widget.load_button.click()  # the button itself (Qt's `checked` once arrived as the list to keep: a crash)
    assert widget.status.text() == status_of_load_requests_on_09 and widget.list.count() == count_on_09


def test_a_period_typed_as_the_list_writes_one_is_loaded(page):
    """The list shows 2026年10月: typing a quarter the same way (2026年第四季度) was refused as no period."""
    page.period.setCurrentText("2026年第四季度")
    assert page.period_text() == "2026-Q4"
    page.load_requests()
    assert "无效" not in page.status.text()
    page.period.setCurrentText("2026年第五季度")
    page.load_requests()
    assert "无效" in page.status.text() and "2026年第五季度" in page.status.text()


def _png(path, mode="RGBA", colour=(0, 0, 0, 0)):
    from PIL import Image, ImageDraw

    image = Image.new(mode, (300, 300), colour if mode == "RGBA" else colour[:3])
    ImageDraw.Draw(image).ellipse((20, 20, 280, 280), outline=(210, 20, 30), width=16)
    image.save(path, format="PNG")
    return path


def _preview_text(page) -> str:
    pdf = page._temp / "preview.pdf"
    return PdfReader(pdf).pages[0].extract_text().replace(" ", "") if pdf.exists() else ""



def test_a_citation_being_typed_wrong_does_not_stop_the_preview_following_the_template(qtbot, page):
    add_by_hand(page, "小美", "服务之星")
    qtbot.waitUntil(lambda: "奖状" in _preview_text(page), timeout=5000)
    page.citation.setText("{姓明}：表现突出")  # a misspelt field
    page.template.setCurrentIndex(page.template.findData("modern"))
    qtbot.waitUntil(lambda: "荣誉证书" in _preview_text(page), timeout=5000)  # the saved citation stands in
    assert "「{姓明}」不是可用的字段" in page.notice.text() and "姓明" not in _preview_text(page)
    page.citation.setText("{姓名}：表现突出")
    qtbot.waitUntil(lambda: "小美：表现突出" in _preview_text(page), timeout=5000)
    assert page.notice.text() == ""


def test_the_preview_grows_with_a_maximised_window(qtbot, page):
    add_by_hand(page, "小美", "服务之星")
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)
    qtbot.waitUntil(lambda: not page._preview_timer.isActive(), timeout=5000)
    small = page.preview.pixmap().width()
    page.resize(1800, 1100)
    qtbot.waitUntil(lambda: page.preview.pixmap().width() > small * 1.3, timeout=5000)
    assert page.preview.pixmap().width() <= page.preview.width()

def test_the_seal_signature_and_logo_dialog_uploads_previews_warns_and_clears(qtbot, page, tmp_path, monkeypatch):
    from ui.dialogs.certificate_images import CertificateImagesDialog

    add_by_hand(page, "小美", "服务之星")
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)
    before = page.preview.pixmap().toImage()
    dialog = CertificateImagesDialog(page.service, page)
    qtbot.addWidget(dialog)
    dialog.show()  # shown, not exec()'d: the test drives it
    dialog.changed.connect(page.schedule_preview)
    assert dialog.previews["seal"].text() == "（无）" and "荣誉章" in dialog.names["seal"].text()
    assert not dialog.clear_buttons["seal"].isEnabled()

    dialog.ask_path = lambda kind: _png(tmp_path / f"{kind}.png")
    with qtbot.waitSignal(dialog.changed):
        dialog.choose_buttons["seal"].click()
    assert not dialog.previews["seal"].pixmap().isNull() and dialog.names["seal"].text() == "seal.png"
    assert dialog.clear_buttons["seal"].isEnabled() and dialog.message.isHidden()
    qtbot.waitUntil(lambda: page.preview.pixmap().toImage() != before, timeout=5000)  # the seal replaced the emblem

    assert dialog.use_file("signature", _png(tmp_path / "white.png", "RGB", (255, 255, 255, 255)))
    assert dialog.message.isVisible() and "没有透明背景" in dialog.message.text() and "签名" in dialog.message.text()
    jpeg = tmp_path / "logo.jpg"
    _png(tmp_path / "x.png", "RGB", (255, 255, 255, 255))
    from PIL import Image

    Image.open(tmp_path / "x.png").convert("RGB").save(jpeg, format="JPEG")
    assert not dialog.use_file("logo", jpeg)
    assert "不是 PNG" in dialog.message.text() and page.service.images().logo is None
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENS / "certificate_images.png"))

    with qtbot.waitSignal(dialog.changed):
        dialog.clear_buttons["seal"].click()
    assert page.service.images().seal is None and dialog.previews["seal"].text() == "（无）"

    opened = []
    monkeypatch.setattr(CertificateImagesDialog, "ask",
                        classmethod(lambda cls, parent, service, on_change=None: opened.append(on_change)))
    page.images_button.click()
    assert opened == [page.schedule_preview]


def test_an_image_being_checked_shows_the_wait_cursor_until_it_is_kept_or_refused(qtbot, page, tmp_path):
    """A 4000-pixel seal kept the window still for a second or two with nothing saying it was busy."""
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.certificate_images import CertificateImagesDialog

    dialog = CertificateImagesDialog(page.service, page)
    qtbot.addWidget(dialog)
    seen = []
    real = page.service.set_image

    def set_image(kind, path):
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real(kind, path)

    dialog.service.set_image = set_image
    assert dialog.use_file("seal", _png(tmp_path / "seal.png"))
    assert not dialog.use_file("seal", tmp_path / "missing.png")
    assert seen == [Qt.CursorShape.WaitCursor] * 2 and QApplication.overrideCursor() is None


def test_a_template_per_award_is_set_in_the_list_and_used_by_preview_and_print(qtbot, page, shop, tmp_path):
    add_by_hand(page, "小美", "最佳服务奖")
    add_by_hand(page, "阿花", "最佳进步奖")
    page.list.setCurrentRow(0)
    assert page.award_template.isEnabled() and "最佳服务奖" in page.award_label.text()
    index = page.award_template.findData("modern")
    page.award_template.setCurrentIndex(index)
    page.award_template.activated.emit(index)
    assert page.service.award_templates() == {"最佳服务奖": "modern"}
    assert "现代荣誉证书" in page.list.item(0).text() and "经典奖状" in page.list.item(1).text()
    qtbot.waitUntil(lambda: "荣誉证书" in _preview_text(page), timeout=5000)
    qtbot.waitUntil(lambda: not page._preview_timer.isActive(), timeout=5000)
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENS / "certificates_page_per_award.png"))
    page.list.setCurrentRow(1)
    assert page.award_template.currentData() is None  # 最佳进步奖 follows the default
    page.list.setCurrentRow(0)
    assert page.award_template.currentData() == "modern"

    page.force_template.setChecked(True)
    assert "经典奖状" in page.list.item(0).text()
    qtbot.waitUntil(lambda: "奖状" in _preview_text(page) and "荣誉证书" not in _preview_text(page), timeout=5000)
    page.force_template.setChecked(False)

    target = tmp_path / "mixed.pdf"
    page.ask_save_path = lambda: target
    page.save_checked()
    qtbot.waitUntil(lambda: page.folder_button.isEnabled(), timeout=10000)
    printed = {c.recipient: shop.store.certificates.prints(c.id)[0].template
               for c in page.service.in_period(Month(2026, 10))}
    assert printed == {"小美": "modern", "阿花": "classic"}


def test_a_large_batch_runs_in_the_background_with_progress(qtbot, page, tmp_path):
    from app.certificates.model import CertificateRequest

    page.requests = [CertificateRequest(f"员工{i:02d}", "服务之星", Month(2026, 10)) for i in range(40)]
    page._fill_list()
    target = tmp_path / "forty.pdf"
    page.ask_save_path = lambda: target
    page.save_checked()
    seen = []
    page.task.progress.connect(lambda done, total: seen.append((done, total)))
    assert page.task.running and page.task.dialog.labelText() == "正在生成 40 张证书…"
    qtbot.waitUntil(lambda: page.folder_button.isEnabled(), timeout=20000)
    assert seen and seen[-1] == (40, 40) and len(PdfReader(target).pages) == 40


def test_cancelling_a_large_batch_leaves_no_file_and_no_numbers(qtbot, page, tmp_path):
    from app.certificates.model import CertificateRequest

    page.requests = [CertificateRequest(f"员工{i:03d}", "服务之星", Month(2026, 10)) for i in range(300)]
    page._fill_list()
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "many.pdf"
    page.ask_save_path = lambda: target
    page.save_checked()
    page.task.dialog.canceled.emit()  # the progress dialog's 取消
    qtbot.waitUntil(lambda: "已取消" in page.status.text(), timeout=20000)
    assert list((tmp_path / "out").iterdir()) == [] and page.service.in_period(Month(2026, 10)) == []
    assert not page.folder_button.isEnabled()


def test_names_and_awards_with_markup_are_shown_as_typed(qtbot, page):
    from PySide6.QtCore import Qt

    add_by_hand(page, "<b>&\"小美", "最佳<i>服务</i>奖")
    page.list.setCurrentRow(0)
    assert page.award_label.textFormat() == Qt.TextFormat.PlainText and "最佳<i>服务</i>奖" in page.award_label.text()
    assert page.notice.textFormat() == Qt.TextFormat.PlainText  # a label reading <b> as bold hid the text


def test_a_certificate_made_by_hand_is_listed_again_when_the_page_is_reopened(qtbot, page, shop, tmp_path):
    add_by_hand(page, "欧阳娜娜娜", "销售冠军奖")
    target = tmp_path / "十月.pdf"
    page.ask_save_path = lambda: target
    page.save_checked()
    qtbot.waitUntil(lambda: target.exists() and page.folder_button.isEnabled(), timeout=10000)
    reopened = CertificatesPage(shop)
    qtbot.addWidget(reopened)
    reopened.refresh()
    reopened.period.setCurrentText("2026-10")
    reopened.load_requests()
    texts = [reopened.list.item(i).text() for i in range(reopened.list.count())]
    assert any("欧阳娜娜娜" in t and "HH-2026-10-0001" in t for t in texts), texts  # to reprint without retyping
    reopened.close()


def test_cards_offer_four_or_eight_to_a_sheet_instead_of_a_paper_they_would_ignore(qtbot, page):
    page.template.setCurrentIndex(page.template.findData("classic"))
    assert not page.cards.isVisibleTo(page) and page.paper.isEnabled()
    page.template.setCurrentIndex(page.template.findData("card"))
    assert page.cards.isVisibleTo(page) and not page.paper.isEnabled()
    page.cards.setCurrentIndex(page.cards.findData(8))
    assert page.chosen([]).cards_per_sheet == 8


def test_the_cards_per_sheet_are_offered_while_one_awards_own_template_prints_cards(qtbot, page, shop):
    page.template.setCurrentIndex(page.template.findData("classic"))
    add_by_hand(page, "小丽", "销售冠军奖")
    add_by_hand(page, "小美", "服务之星")
    page.list.setCurrentRow(list_row(page, "小美"))
    page.set_award_template("card")  # the default stays classic: only this award prints as a card
    assert page.cards.isVisibleTo(page) and page.paper.isEnabled()  # was hidden: 4 to a sheet, with no choice
    page.cards.setCurrentIndex(page.cards.findData(8))
    assert page.save_pending()
    reopened = open_page(qtbot, shop)
    assert reopened.cards.currentData() == 8  # remembered
    reopened.close()
    page.template.setCurrentIndex(page.template.findData("card"))
    assert page.cards.isVisibleTo(page) and not page.paper.isEnabled()  # every one a card: no paper to choose
    page.list.setCurrentRow(list_row(page, "小丽"))
    page.set_award_template("classic")  # a 奖状 among the cards: its paper is asked for again
    assert page.cards.isVisibleTo(page) and page.paper.isEnabled()  # was disabled while the default was cards




@pytest.mark.parametrize("cards, shape", [(4, 269 / 182), (8, 182 / 269 * 2)])  # the sheet less 14 mm margins
def test_a_card_is_previewed_alone_not_as_a_corner_of_its_sheet(qtbot, page, cards, shape):
    add_by_hand(page, "小美", "服务之星")
    page.template.setCurrentIndex(page.template.findData("card"))
    page.cards.setCurrentIndex(page.cards.findData(cards))
    qtbot.waitUntil(lambda: "小美" in _preview_text(page) and not page._preview_timer.isActive(), timeout=5000)
    image = page.preview._image
    assert image.width() / image.height() == pytest.approx(shape, abs=0.01)  # not the sheet's 1.41 or 0.71
    assert image.width() >= 900  # as wide as a whole page's preview: the card is drawn finer
    page.template.setCurrentIndex(page.template.findData("classic"))
    qtbot.waitUntil(lambda: "奖状" in _preview_text(page) and not page._preview_timer.isActive(), timeout=5000)
    assert page.preview._image.width() / page.preview._image.height() == pytest.approx(297 / 210, abs=0.01)

def test_the_list_is_in_the_order_the_pdf_prints(qtbot, page, shop, tmp_path):
    from app.certificates.checks import order_key

    for name, award in (("小美", "最佳服务奖"), ("阿花", "销售冠军奖"), ("大刘", "最佳服务奖")):
        add_by_hand(page, name, award)
    # each added in its place at once, and selected there: the list is the order the PDF prints
    assert [r.recipient for r in page.requests] == ["阿花", "大刘", "小美"] and page.list.currentRow() == 1
    assert page.list.item(0).text().startswith("阿花")
    page.load_requests(keep=list(page.requests))
    assert page.requests == sorted(page.requests, key=order_key)
    assert [r.recipient for r in page.requests] == ["阿花", "大刘", "小美"]  # 销售冠军奖, then 最佳服务奖 (da, xiao)


def test_a_ranked_award_is_listed_by_place_as_the_pdf_prints_it(page, shop):
    from datetime import date

    from app.domain import StaffDraft
    from app.periods import Year

    ids = {n: shop.staff.add(StaffDraft(name=n, dept="客服部", hired=date(2026, 3, 1))).id for n in "甲乙丙"}
    bosses = [shop.staff.add(StaffDraft(name=n, role="店长", hired=date(2026, 1, 1))).id for n in "王李赵"]
    for boss, who in ((0, "丙"), (1, "丙"), (2, "丙"), (0, "乙"), (1, "乙"), (2, "甲")):
        shop.flowers.issue(bosses[boss], ids[who], "主动跟进差评客户", day=date(2026, 10, 8))
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(Year(2026), confirm=True)  # 红花榜: 丙 first, 乙 second, 甲 third
    page.period.setCurrentText("2026")
    page.load_requests()
    assert [r.recipient for r in page.requests] == ["丙", "乙", "甲"]
    assert [page.list.item(n).text()[0] for n in range(3)] == ["丙", "乙", "甲"]


def test_a_long_award_title_does_not_widen_the_list_pane(qtbot, page):
    add_by_hand(page, "小美", "最佳服务奖")
    page.list.setCurrentRow(0)
    qtbot.wait(10)
    narrow = page.list.width()
    add_by_hand(page, "阿花", "年度最具影响力优秀客户服务团队成员特别贡献奖暨店铺服务标杆与新人导师荣誉称号")
    page.list.setCurrentRow(list_row(page, "阿花"))
    qtbot.wait(10)
    assert page.list.width() == narrow and "特别贡献奖" in page.award_label.toolTip()


# ---- the message of a save or a print stays when the window reloads the page for that very write

def test_the_saved_and_printed_messages_survive_the_reload_their_own_write_causes(qtbot, make_window, shop,
                                                                                 db_path, today, tmp_path):
    from app.shop import Shop

    window = make_window(start_page="certificates")
    window.stop_polling()  # the test polls by hand, as the 2-second timer would
    page = window.current_page()
    assert isinstance(page, CertificatesPage)
    page.period.setCurrentText("2026-10")
    page.load_requests()
    add_by_hand(page, "小美", "服务之星")
    target = tmp_path / "十月.pdf"
    page.ask_save_path = lambda: target
    page.save_checked()
    qtbot.waitUntil(lambda: "已保存" in page.status.text(), timeout=10000)
    assert window.check_for_changes() is True  # the certificate got its number: the file changed…
    assert page.status.text() == f"已保存 1 张证书（已编号）到 {target}"  # …and the message is still there
    window.refresh_current()  # another reload (a page switch and back) with the same list
    assert page.status.text() == f"已保存 1 张证书（已编号）到 {target}" and "HH-2026-10-0001" in page.list.item(0).text()

    out = tmp_path / "printed.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    page.ask_printer = to_pdf
    page.print_checked()
    qtbot.waitUntil(lambda: "已发送到打印机" in page.status.text(), timeout=15000)
    printed = page.status.text()
    assert window.check_for_changes() is True and page.status.text() == printed  # the print record

    other = Shop.open(db_path, today)  # the list really changes: the CLI makes a certificate by hand
    try:
        from app.certificates.service import CertificateService

        service = CertificateService(other.store, other.ctx, other.settings)
        service.make("阿花", "服务之星", Month(2026, 10), tmp_path / "阿花.pdf", service.options(), shop_name="店")
    finally:
        other.close()
    assert window.check_for_changes() is True
    assert page.list.count() == 2 and page.status.text() not in (printed, f"已保存 1 张证书（已编号）到 {target}")  # what was loaded
    loaded = page.status.text()
    window.refresh_current()
    assert page.status.text() == loaded  # the message was not brought back


def test_what_stands_in_the_way_is_said_before_the_file_or_printer_is_asked(qtbot, page, messages, monkeypatch):
    """Nothing ticked, or characters without a font and the owner says no: neither the save dialog nor the
    printer's is opened first for nothing."""
    from app.certificates.glyphs import Missing
    from app.certificates.service import CertificateService

    asked: list[str] = []
    page.ask_save_path = lambda: asked.append("file")
    page.ask_printer = lambda _printer: asked.append("printer")
    add_by_hand(page, "小美", "服务之星")
    page.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    page.save_checked()
    page.print_checked()
    assert messages.of("info") == ["请先勾选要打印的证书"] * 2 and asked == []
    page.list.item(0).setCheckState(Qt.CheckState.Checked)
    monkeypatch.setattr(CertificateService, "check", lambda *_args: [Missing("小美", "美")])
    messages.answer = False
    page.save_checked()
    page.print_checked()
    assert len(messages.of("confirm")) == 2 and "仍然打印吗" in messages.of("confirm")[-1]
    assert asked == []
    messages.answer = True  # once agreed, the file is asked for (cancelled here: nothing made)
    page.save_checked()
    assert asked == ["file"]


def test_a_citation_cut_to_stay_readable_is_said_in_the_preview_and_asked_about_before_printing(qtbot, page, messages):
    """A long citation on a card of an 8-card sheet is cut at a sentence's end: the preview's note names whose,
    and saving asks first (no: neither the file nor the printer is asked for)."""
    asked: list[str] = []
    page.ask_save_path = lambda: asked.append("file")
    page.template.setCurrentIndex(page.template.findData("card"))
    page.cards.setCurrentIndex(page.cards.findData(8))
    page.citation.setText("{姓名}在{期间}的工作中勤勤恳恳、任劳任怨，每天第一个到岗、最后一个离开。" * 3 + "特授予「{奖项}」，以资鼓励。")
    add_by_hand(page, "欧阳娜娜娜", "服务之星")
    page.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "评语太长" in page.notice.text(), timeout=5000)
    assert "欧阳娜娜娜" in page.notice.text()
    messages.answer = False
    page.save_checked()
    [question] = messages.of("confirm")
    assert "欧阳娜娜娜" in question and "仍然打印吗" in question and asked == []
    page.cards.setCurrentIndex(page.cards.findData(4))  # the same citation fits a card of a 4-card sheet
    page.save_checked()
    assert len(messages.of("confirm")) == 1 and asked == ["file"]


def test_a_citation_saved_with_full_width_braces_as_text_still_opens_the_page(qtbot, shop):
    """A citation saved before full-width braces were read as fields (「荣获｛优秀员工｝称号」) made opening the
    page raise: 「{优秀员工}」 is not a field."""
    shop.store.settings.set("certificate_citation", "{姓名}：荣获｛优秀员工｝称号")
    page = open_page(qtbot, shop)
    try:
        assert page.citation.text() == "{姓名}：荣获｛优秀员工｝称号" and page.pending_changes() == []
    finally:
        page.close()
