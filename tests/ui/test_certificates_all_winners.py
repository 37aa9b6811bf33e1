"""证书 page on a new shop whose approved month has winners but no award that gives a 奖状 (the preset plan's
阶段目标奖 pays cash only): the empty list offers them (全部载入), they print with numbers that a reprint
keeps, the default still lists only the awards that give a 奖状, and the empty preview says what to do."""

from __future__ import annotations

from datetime import date

import pytest
from certificates_page_support import add_by_hand
from pypdf import PdfReader

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.certificates import CertificatesPage

SEP, OCT = Month(2026, 9), Month(2026, 10)


def _first_month(shop, month: Month = SEP, *, flowers: bool = False) -> None:
    """小美 and 阿强 beat the month's target (阶段目标奖, no 奖状); with `flowers` 小美 also has the most little
    red flowers (月度红花奖, which gives one)."""
    sales = shop.metrics.get("sales")
    ids = {}
    for name, fen in (("小美", 1_513_631), ("阿强", 1_967_990), ("大刘", 900_000)):
        ids[name] = shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2026, 9, 1))).id
        shop.targets.set_staff(month, ids[name], sales, 1_000_000)
        shop.data.set_value(month.start.replace(day=10), ids[name], sales, fen)
    if flowers:
        boss = shop.staff.add(StaffDraft(name="老板", role="店长", hired=date(2026, 1, 1), in_awards=False)).id
        shop.flowers.issue(boss, ids["小美"], "主动跟进差评客户", day=month.start.replace(day=12))
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(month, confirm=True)


@pytest.fixture
def page(qtbot, shop):
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    widget.close()


def _load(page, period: Month = SEP) -> None:
    page.period.setCurrentText(period.key())
    page.load_button.click()


def _listed(page) -> list[str]:
    return [page.list.item(i).text() for i in range(page.list.count())]


def test_the_empty_list_offers_the_winners_and_prints_them_with_the_same_numbers_again(qtbot, shop, page, tmp_path,
                                                                                       messages):
    _first_month(shop)
    _load(page)
    assert page.list.count() == 0 and page.which.currentData() is False
    assert page.load_all_button.isVisible()
    assert "2 位获奖者" in page.status.text() and "全部载入" in page.status.text()
    assert "全部载入" in page.preview.text()  # the preview pane says the same, not an empty grey area

    page.load_all_button.click()
    assert page.which.currentData() is True and not page.load_all_button.isVisible()
    assert [r.recipient for r in page.requests] == ["阿强", "小美"]
    assert {r.award for r in page.requests} == {"阶段目标奖"} and page.status.text() == "已批准：证书将编号并记录"
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)

    numbers = []
    for name in ("九月.pdf", "重印.pdf"):
        target = tmp_path / name
        page.ask_save_path = lambda target=target: target
        page.save_checked()
        # the file is there before the page is told: wait for this save's own word
        qtbot.waitUntil(lambda target=target: page.status.text() == f"已保存 2 张证书（已编号）到 {target}", timeout=10000)
        text = "".join(p.extract_text() for p in PdfReader(target).pages)
        numbers.append(sorted(c.number for c in page.service.in_period(SEP)))
        assert all(number in text for number in numbers[-1]) and "阶段目标奖" in text
    assert numbers == [["HH-2026-09-0001", "HH-2026-09-0002"]] * 2
    assert all("HH-2026-09-000" in label for label in _listed(page))
    assert messages.of("error") == []


def test_the_default_lists_only_the_awards_that_give_a_certificate(qtbot, shop, page):
    _first_month(shop, OCT, flowers=True)  # a flower is given in the month it is for: October, still going
    _load(page, OCT)
    assert [(r.recipient, r.award) for r in page.requests] == [("小美", "月度红花奖")]
    assert not page.load_all_button.isVisible()  # there is something to print: nothing to offer
    page.which.setCurrentIndex(page.which.findData(True))
    assert sorted((r.recipient, r.award) for r in page.requests) == [
        ("小美", "月度红花奖"), ("小美", "阶段目标奖"), ("阿强", "阶段目标奖")]
    page.which.setCurrentIndex(page.which.findData(False))
    assert [(r.recipient, r.award) for r in page.requests] == [("小美", "月度红花奖")]


def test_switching_the_list_keeps_the_certificates_added_by_hand(qtbot, shop, page):
    _first_month(shop)
    _load(page)
    add_by_hand(page, "阿花", "九月服务之星")
    assert not page.load_all_button.isVisible()  # the note and its offer are done with
    page.which.setCurrentIndex(page.which.findData(True))
    assert sorted(r.recipient for r in page.requests) == ["小美", "阿强", "阿花"]


def test_the_empty_preview_says_what_to_do_next(qtbot, shop, page):
    assert "载入获奖名单" in page.preview.text() and "手工添加" in page.preview.text()
    _load(page, OCT)  # no plan in force: nothing listed
    assert page.list.count() == 0 and "载入获奖名单" in page.preview.text()
    add_by_hand(page, "阿花", "服务之星")
    page.list.setCurrentRow(-1)
    page.update_preview()
    assert "点一张证书" in page.preview.text()
    page.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)
    assert page.preview.text() == ""


def test_nothing_is_offered_when_the_period_has_no_winners_at_all(qtbot, shop, page):
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP, confirm=True)
    _load(page)
    assert page.list.count() == 0 and not page.load_all_button.isVisible()
    assert "手工添加" in page.status.text() and "全部载入" not in page.status.text()
    page.which.setCurrentIndex(page.which.findData(True))
    assert page.list.count() == 0 and "没有获奖记录" in page.status.text()


@pytest.fixture
def english(qapp):
    from ui.main import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh")


def test_the_offer_and_the_placeholder_in_english(qtbot, shop, english):
    _first_month(shop)
    page = CertificatesPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    try:
        assert page.preview.text().startswith("No certificates to print yet.")
        _load(page)
        assert page.which.currentText() == "Certificate awards only"
        assert page.load_all_button.text() == "Load all"
        assert "2026-09" in page.status.text() and "2 winners won" in page.status.text()
        assert page.preview.text().startswith("This period's winners get no certificate")
        page.load_all_button.click()
        assert page.which.currentText() == "All winners" and page.list.count() == 2
    finally:
        page.close()


def test_a_certificate_added_by_hand_for_another_period_than_the_list_shows_is_kept(qtbot, shop, page):
    _first_month(shop)
    page.refresh()  # lists September, the month approved
    page.period.setCurrentText(OCT.key())  # chosen, not loaded: the certificate is for October
    add_by_hand(page, "阿花", "十月服务之星")
    page.refresh()  # the page shown again
    assert [(r.recipient, r.period.key()) for r in page.requests] == [("阿花", OCT.key())]
