"""What an English-reading user meets on the pages at a small screen: days, months and birthdays as the English
window writes them (2026-10-19, 2026-09, lunar 03-14), no Chinese list punctuation around the shop's words,
settings and filters that fit 1024×700. The shop's own words (names, departments, award titles) stay as typed."""

from __future__ import annotations

import re
from datetime import date

import pytest
from awards_page_support import _run, make_team, open_page, wait_idle
from PySide6.QtWidgets import QApplication, QScrollArea

from app.demo import generate_demo
from app.domain import Birthday, StaffDraft
from app.events import Event
from ui.main import install_translators
from ui.models.event_model import EventModel
from ui.models.staff_model import StaffTableModel

CHINESE_DATE = re.compile(r"\d+年|\d+月\d+日")


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh")


def test_the_board_says_up_to_which_day_in_english(english, make_window, shop):
    generate_demo(shop)
    window = make_window(start_page="dashboard")
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    as_of = window.current_page().as_of_label.text()
    assert as_of.startswith("Data up to 2026-10-19 (day 19 of 31)"), as_of
    assert not CHINESE_DATE.search(as_of)


def test_staff_birthdays_and_event_days_in_english(english, shop):
    person = shop.staff.add(StaffDraft("孙悦", birthday=Birthday(3, 14, lunar=True)))
    staff = StaffTableModel(shop.today)
    staff.set_people([person])
    assert staff.index(0, 7).data() == "lunar 03-14"
    events = EventModel()
    event = Event(id=1, day=date(2026, 10, 2), staff_id=person.id, type="备件销售", amount_fen=54422,
                  attrs={"margin": "22%", "paid": "no"})
    events.set_content([event], [person], [])
    assert events.index(0, 0).data() == "10-02"
    assert events.index(0, 5).data() == "margin 22%, paid in full? no"


def test_sub_accounts_and_flower_roles_are_listed_with_english_commas(english, qtbot, shop):
    """The 员工 list joined a person's sub-accounts, and the 发放小红花 dialog the roles that may give, with 「、」
    in the English window; the roles, any one of which will do, read with "or" before the last."""
    from ui.dialogs.flower_dialogs import IssueFlowerDialog

    person = shop.staff.add(StaffDraft("晓雯", aliases=("旗舰店:晓雯", "专营店:雯雯")))
    staff = StaffTableModel(shop.today)
    staff.set_people([person])
    assert staff.index(0, 2).data() == "旗舰店:晓雯, 专营店:雯雯"
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    assert "whose role is 店长, 主管 or 组长 can" in dialog.quota.text()


def test_the_flower_settings_list_roles_and_people_with_english_commas(english, qtbot, shop):
    """The roles that give flowers, and the people added to them, read 「店长，主管」 in the English window."""
    from app import settings as declared
    from ui.pages.settings import SettingsPage

    boss = shop.staff.add(StaffDraft("王老板", role="客服"))
    helper = shop.staff.add(StaffDraft("小美", role="客服"))
    shop.settings.set(declared.FLOWER_EXTRA_LEADERS, [boss.id, helper.id])
    page = SettingsPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    editors = page.flower_form.editors
    assert editors[declared.FLOWER_LEADER_ROLES.key].text() == "店长, 主管"
    assert editors[declared.FLOWER_EXTRA_LEADERS.key].text() == "王老板, 小美"
    assert page.flower_form.value_of(declared.FLOWER_LEADER_ROLES) == ["店长", "主管"]  # read back as shown


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_board_and_flower_settings_fit_a_small_screen(lang, qapp, english, make_window, shop):
    install_translators(qapp, lang)
    window = make_window(start_page="settings")
    window.resize(1024, 700)
    window.show()
    page = window.current_page()
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count())
                                   if page.tabs.widget(i).isAncestorOf(page.board_form)))
    QApplication.processEvents()
    area = next(a for a in page.findChildren(QScrollArea) if a.isAncestorOf(page.board_form))
    assert area.widget().minimumSizeHint().width() <= area.viewport().width()
    assert not area.horizontalScrollBar().isVisible()


def test_awards_page_lists_plans_in_english_and_its_filters_fit(english, qtbot, shop, tmp_path):
    make_team(shop, tmp_path)
    page = open_page(qtbot, shop)
    page.resize(1024, 700)
    _run(qtbot, page, page.refresh)
    plans = next(line for line in page.state.text().splitlines() if "Plans: " in line)
    assert "；" not in plans and "（" not in plans, plans
    combo = page.award_filter
    assert combo.itemText(0) == "All awards"
    assert combo.width() >= combo.fontMetrics().horizontalAdvance("All awards") + 20
    wait_idle(qtbot, page)


def test_certificates_list_periods_as_months_are_written_elsewhere(english, make_window, shop):
    window = make_window(start_page="certificates")
    window.show()
    page = window.current_page()
    assert page.period.itemText(0) == "2026-09" and page.period_text() == "2026-09"
    assert page.citation.cursorPosition() == 0  # the template's start ({姓名}…) is what shows, not its end



def test_award_goods_and_items_without_chinese_brackets_in_english(english):
    from app.awards.model import Line, PersonTotals
    from ui.models.award_models import AwardLineModel, TotalsModel

    line = Line("staff", 1, "王丽娟", "客服部", "订单最多奖", "best", "goods", 20000, "奖品", "", False, "方案")
    assert AwardLineModel().amount_text(line) == "¥200.00 (奖品)"
    totals = TotalsModel()
    totals.set_totals([PersonTotals(1, "刘佳怡", "客服部", goods_fen=35000, items=("奖品", "心愿礼物"))], [])
    row = next(r for r in range(totals.rowCount()) if totals.index(r, 0).data() == "刘佳怡")
    assert totals.index(row, totals.columnCount() - 1).data() == "奖品, 心愿礼物"


def test_the_import_check_lists_unknown_names_and_starts_its_reasons_as_sentences(english, qtbot, shop):
    from types import SimpleNamespace

    from app.i18n import t
    from ui.importing.preview_step import NAMES_SHOWN, PreviewStep

    step = PreviewStep(shop.metrics)
    qtbot.addWidget(step)
    names = [f"旗舰店:客服{i}" for i in range(NAMES_SHOWN + 1)]
    plan = SimpleNamespace(unknown_staff=names, options=SimpleNamespace(create_staff=False))
    text = step._unknown_text(plan)
    assert "旗舰店:客服0, 旗舰店:客服1" in text and "…" in text and "、" not in text and "……" not in text
    step.set_blocking([t("有找不到的客服（可以对应到已有员工、新建员工或跳过这些行）")])
    assert step.blocking.text().startswith("Some staff are unknown")


def test_a_bonus_statement_names_its_periods_in_english(english, qtbot, shop):
    from app.periods import Month
    from ui.dialogs.award_dialogs import ReceiptDialog

    generate_demo(shop)
    person = shop.staff.list()[0]
    dialog = ReceiptDialog(shop, Month(2026, 10), person.id)
    qtbot.addWidget(dialog)
    assert dialog.lines.item(0, 0).text() == "2026-10 (not approved, draft)"
    assert {dialog.inputs.item(r, 0).text() for r in range(dialog.inputs.rowCount())} == {
        "2026-10 (not approved, draft)"}


def test_a_bonus_statement_saved_from_an_english_window_is_chinese(english, qtbot, shop, tmp_path):
    """The dialog speaks English; the PDF its 保存PDF… writes is the shop's Chinese 计算单 (a draft computed now)."""
    from pypdf import PdfReader

    from app.periods import Month
    from ui.dialogs.award_dialogs import ReceiptDialog

    generate_demo(shop)
    person = next(p for p in shop.staff.list() if p.name == "刘佳怡")
    dialog = ReceiptDialog(shop, Month(2026, 10), person.id)
    qtbot.addWidget(dialog)
    assert "typed by hand (19 days)" in {dialog.inputs.item(r, 3).text() for r in range(dialog.inputs.rowCount())}
    saving = dialog.save_pdf(tmp_path / "r.pdf")  # written by a worker
    with qtbot.waitSignal(saving.succeeded, timeout=20_000) as written:
        pass
    saved = written.args[0]
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "10月订单数" in text and "手工录入（19 天）" in text and "2024年2月25日入职" in text
    assert re.findall(r"[A-Za-z]{2,}", text) == []


def test_the_flower_pages_side_tabs_show_whole_in_english_on_a_laptop(english, qtbot, shop):
    """At 1366×768 the English side panel of 小红花 showed 「Flower ranking | Recently given | Red f」 and
    scroll arrows: its tabs did not fit the panel."""
    from ui.pages.flowers import FlowersPage

    shop.staff.add(StaffDraft("小美", role="店长"))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.resize(1230, 650)  # the page in a maximized window on a 1366×768 screen
    page.show()
    page.refresh()
    QApplication.processEvents()
    bar = page.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() < bar.width(), [bar.tabText(i) for i in range(bar.count())]


def test_a_paste_is_summed_up_with_english_commas(english, qtbot, shop):
    """「2 cells saved，0 cells refused」: the parts of the 数据 page's summary were joined with a Chinese comma."""
    from ui.pages.data import DataPage

    shop.staff.add(StaffDraft(name="张伟", hired=date(2024, 1, 1)))
    page = DataPage(shop)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.paste_text("100\t200\r\n")
    assert page.summary.text() == "2 cells saved, 0 cells refused; the cells changed are selected (Ctrl+Z undoes this)"


def test_the_red_flower_board_places_people_as_english_writes_a_place(english, qtbot, shop):
    """The English 红花榜 read "No. 1" where the rest of the English app writes 1st, 2nd (`i18n.ordinal`)."""
    from ui.pages.flowers import FlowersPage

    boss = shop.staff.add(StaffDraft("王店长", role="店长", hired=date(2025, 1, 1)))
    first = shop.staff.add(StaffDraft("小美", role="主管", hired=date(2025, 1, 1)))
    second = shop.staff.add(StaffDraft("小刚", hired=date(2025, 1, 1)))
    shop.flowers.issue(boss.id, first.id, "好事", day=date(2026, 10, 2))
    shop.flowers.issue(boss.id, first.id, "好事", day=date(2026, 10, 3))
    shop.flowers.issue(first.id, second.id, "好事", day=date(2026, 10, 4))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    ranks = {page.board.item(r, 1).text(): page.board.item(r, 0).text() for r in range(page.board.rowCount())}
    assert (ranks["小美"], ranks["小刚"]) == ("1st", "2nd"), ranks
