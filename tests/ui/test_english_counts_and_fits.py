"""What an English-reading owner met on a 1366×768 laptop at 150 % and in the dialogs: counts of one said in the
plural ("1 flowers", "Latest 1 entries"), Chinese punctuation between the goods on a bonus statement, the 证书
page's period cut to "026-0", lower-case headings. Chinese stays as it was. Screens:
tests/artifacts/screens/english_fits_*.png."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from flowers_support import make_team
from PySide6.QtWidgets import QLabel

from app.certificates.service import CertificateService
from app.demo import generate_demo
from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.award_dialogs import ReceiptDialog
from ui.dialogs.certificate_images import CertificateImagesDialog
from ui.main import install_translators
from ui.navigation import page_index
from ui.pages.flowers import FlowersPage
from ui.widgets.audit_view import AuditView

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "artifacts" / "screens"
sys.path.insert(0, str(ROOT / "scripts"))
import extract_ui_strings as catalogue

ROOM_AT_150 = (895, 432)  # a 1366×768 laptop at 150 %, inside the window's frame


def test_one_flower_and_one_log_entry_are_said_in_the_singular(qtbot, shop, lang):
    _, ids = make_team(shop)
    shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    log = AuditView(shop)
    qtbot.addWidget(log)
    log.refresh()
    entries = shop.store.audit.count()
    if lang == "en":
        assert page.summary.text() == "1 flower; 1 valid now"
        assert log.count_label.text() == f"Latest {entries} {'entry' if entries == 1 else 'entries'}"
        log.filter_edit.setText("小美")
        assert log.count_label.text().endswith("match" if log.proxy.rowCount() != 1 else "matches")
    else:
        assert page.summary.text() == "共 1 朵；当前有效 1 朵"
        assert log.count_label.text() == f"最近 {entries} 条"


def test_a_single_audit_entry_is_an_entry(qtbot, shop, qapp):
    install_translators(qapp, "en")
    try:
        shop.staff.add(StaffDraft("小美"))
        log = AuditView(shop)
        qtbot.addWidget(log)
        log.refresh()
        assert shop.store.audit.count() == 1
        assert log.count_label.text() == "Latest 1 entry"
    finally:
        install_translators(qapp, "zh")


def test_the_checker_wants_a_plural_field_filled_by_fill():
    """str.format refuses {n:flower/flowers}: a translation that says a plural where the code calls .format would
    fail only in English, only when shown."""
    extraction = catalogue.extract()
    translations = catalogue.read_ts()
    key = ("TargetsPage", "保存 {n} 项，拒绝 {m} 项", "")  # formatted with i18n.fill
    translations[key] = catalogue.Translation("{n} {n:target/targets} saved, {m} refused", True)
    assert catalogue.check_catalogue(extraction, translations) == []
    key = ("DataPage", "……还有 {n} 格", "")
    [(path, line)] = extraction.messages[key].locations
    assert "fill(" in (ROOT / path).read_text(encoding="utf-8").splitlines()[line - 1]
    key = ("DepartmentEditor", "{name}（在职 {n} 人）", "")  # still formatted with str.format
    translations[key] = catalogue.Translation("{name} ({n} {n:person/people} employed)", True)
    problems = catalogue.check_catalogue(extraction, translations)
    assert len(problems) == 1 and "says a plural ({n:person/people}): fill it with i18n.fill" in problems[0]


def test_the_bonus_statement_lists_goods_in_the_windows_language(qtbot, shop, lang):
    """In English the goods line read 「worth ¥200.00；建议采纳奖：奖品（¥50.00）；…」."""
    generate_demo(shop)
    person = shop.staff.list()[0]
    dialog = ReceiptDialog(shop, Month(2026, 9), person.id)
    qtbot.addWidget(dialog)
    goods_line = dialog.total.text().splitlines()[-1]
    if lang == "en":
        assert goods_line == ("Goods and items (not in cash): worth ¥200.00; 建议采纳奖: 奖品 (¥50.00); "
                              "月度心愿奖: 心愿礼物 (¥150.00)")
    else:
        assert goods_line == "实物与物品（不计入现金）：价值 ¥200.00；建议采纳奖：奖品（¥50.00）；月度心愿奖：心愿礼物（¥150.00）"


def test_the_certificate_pictures_are_headed_with_a_capital(qtbot, shop, lang):
    dialog = CertificateImagesDialog(CertificateService(shop.store, shop.ctx, shop.settings))
    qtbot.addWidget(dialog)
    headings = [label.text() for label in dialog.findChildren(QLabel) if "bold" in label.styleSheet()]
    assert headings == (["Seal", "Signature", "Shop logo"] if lang == "en" else ["印章", "签名", "店铺标志"])


def test_the_certificates_period_shows_whole_on_a_laptop_at_150_percent(make_window, shop, lang, qtbot):
    """In English the top row's other boxes squeezed the editable period box until 2026-09 read "026-0"."""
    generate_demo(shop)
    window = make_window(start_page="certificates")
    window.resize(*ROOM_AT_150)
    window.show()
    qtbot.wait(20)
    page = window.current_page()
    assert window.current_page() is window.page(page_index("certificates"))
    editor = page.period.lineEdit()
    text = page.period.currentText()
    assert text in ("2026-09", "2026年9月")
    assert editor.width() >= editor.fontMetrics().horizontalAdvance(text) + 4, (editor.width(), text)
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS / f"english_fits_certificates_{lang}.png"))


def test_built_in_event_types_are_described_in_english_and_keep_their_names(make_window, shop, lang, qtbot):
    """设置 → 事件类型 and the 登记事件 dialog described the built-in types in Chinese only. Their names stay:
    a plan counts events by name (and its explanations say it)."""
    from ui.dialogs.event_dialog import EventDialog

    window = make_window(start_page="settings")
    page = window.current_page()
    page.refresh()
    table = page.event_types_table
    rows = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    dialog = EventDialog(shop, Month(2026, 10))
    qtbot.addWidget(dialog)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("表扬"))
    if lang == "en":
        assert rows["表扬"] == "Praise from a customer or a manager"
        assert not any(catalogue.CJK.search(text) for text in rows.values()), rows
        assert dialog.type_hint.text() == "Praise from a customer or a manager"
    else:
        assert rows["表扬"] == "顾客或主管表扬" and dialog.type_hint.text() == "顾客或主管表扬"
    assert dialog.type_combo.currentText() == "表扬"


def test_the_cards_per_sheet_box_keeps_the_certificates_page_on_a_laptop_at_150_percent(make_window, shop, lang,
                                                                                         qtbot):
    """In English 「4 to an A4 landscape sheet」 shown beside the paper widened the window past the screen (958 of 895
    pixels): 保存PDF… and the navigation's other pages went off its right edge."""
    generate_demo(shop)
    window = make_window(start_page="certificates")
    window.resize(*ROOM_AT_150)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    page.template.setCurrentIndex(page.template.findData("card"))
    qtbot.wait(20)
    assert page.cards.isVisible()
    assert window.width() <= ROOM_AT_150[0] and window.minimumSizeHint().width() <= ROOM_AT_150[0], window.width()
    assert window.rect().contains(page.save_button.mapTo(window, page.save_button.rect().bottomRight()))
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS / f"english_fits_certificate_cards_{lang}.png"))


@pytest.mark.parametrize("lang", ["en"], indirect=True)
def test_one_day_left_one_working_day_and_one_person_are_said_in_the_singular(qtbot, shop, lang):
    from app.reports.need import NO_WORKDAY_LEFT, PER_DAY, DailyNeed
    from app.reports.pace import CALENDAR, WORKDAYS
    from ui.need_words import need_tooltip
    from ui.pages.staff import StaffPage

    def amount(units: int) -> str:
        return f"¥{units // 100}"

    assert "none of the 1 day left is" in need_tooltip(DailyNeed(NO_WORKDAY_LEFT, 500, WORKDAYS, days_after=1), amount)
    said = need_tooltip(DailyNeed(PER_DAY, 500, WORKDAYS, 500, days=1, weight_left=1, days_after=3), amount)
    assert "of the 3 days left, 1 is a working day (" in said, said
    said = need_tooltip(DailyNeed(PER_DAY, 500, CALENDAR, 250, days=2, weight_left=2, days_after=2), amount)
    assert "over 2 days left" in said, said
    shop.staff.add(StaffDraft("小美"))
    page = StaffPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.show_left.setChecked(True)
    assert page.count_label.text().startswith("1 person: 1 employed"), page.count_label.text()
