"""Two people of one name on the board, the 评奖 page and in the dialogs that pick a person: each is told apart
by the number, as the 数据 and 目标 grids do, or the owner cannot tell whose progress, award, reason or flower a
row means."""

from datetime import date

import pytest
from awards_page_support import OCT, _run, _write, open_page, wait_idle

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.award_dialogs import AdjustDialog, ManualAwardDialog
from ui.dialogs.flower_dialogs import IssueFlowerDialog, TransferFlowerDialog
from ui.models.award_models import AwardLineModel, TotalsModel
from ui.models.board_model import BoardModel
from ui.models.event_model import EventModel
from ui.pages.dashboard import DashboardPage

PLAN = {
    "name": "客服方案", "key": "namesakes",
    "rules": [
        {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "per": "count",
         "amount": 20},
        {"name": "降本奖", "kind": "manual", "period": "month", "pays": "cash", "min": 200, "max": 500},
    ],
}


@pytest.fixture
def today() -> date:
    """The 2nd of November: October's awards are computed, its late flowers given."""
    return date(2026, 11, 2)


def _namesakes(shop, tmp_path):
    """张伟 who left on 20 October, 张伟 hired on the 15th, both praised; 李娜 their team leader."""
    first = shop.staff.add(StaffDraft(name="张伟", dept="客服部", role="客服", hired=date(2025, 1, 6))).id
    second = shop.staff.add(StaffDraft(name="张伟", dept="客服部", role="客服", hired=date(2026, 10, 15))).id
    leader = shop.staff.add(StaffDraft(name="李娜", dept="客服部", role="组长", hired=date(2024, 5, 1))).id
    shop.staff.leave(first, date(2026, 10, 20))
    shop.events.add(date(2026, 10, 10), first, "表扬")
    shop.events.add(date(2026, 10, 22), second, "表扬")
    shop.awards.plans.use(str(_write(tmp_path, PLAN, "namesakes.json")))
    return first, second, leader


def test_the_awards_page_names_namesakes_with_their_number(qtbot, shop, tmp_path):
    first, second, _leader = _namesakes(shop, tmp_path)
    page = open_page(qtbot, shop)
    wait_idle(qtbot, page)
    page.picker.setPeriod(OCT)
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)
    assert page.period == OCT
    # the 张伟 who left on the 20th was not on the team at the month's end: his praise is a reason, not a line
    recipients = [page.model.data(page.model.index(row, AwardLineModel.RECIPIENT))
                  for row in range(page.model.rowCount())]
    assert recipients == [f"张伟（#{second}）"]
    totals = page.tabs.totals_model
    assert totals.data(totals.index(0, TotalsModel.NAME)) == f"张伟（#{second}）"
    assert [page.person_filter.itemText(i) for i in range(page.person_filter.count())] == [
        "全部员工", f"张伟（#{second}）"]
    why_not = page.tabs.why_not_model
    reasons = {why_not.index(row, why_not.WHO).data() for row in range(why_not.rowCount())}
    assert f"张伟（#{first}）" in reasons and "张伟" not in reasons
    assert "李娜" in reasons  # a name nobody shares is shown alone


def test_the_changed_banner_names_a_namesake_with_the_number(qtbot, shop, tmp_path, messages):
    """A praise added after approval: the banner said 「张伟：实发 ¥20.00 → ¥40.00」, and the shop has two."""
    _first, second, _leader = _namesakes(shop, tmp_path)
    page = open_page(qtbot, shop)
    wait_idle(qtbot, page)
    page.picker.setPeriod(OCT)
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)
    _run(qtbot, page, page.approve)
    shop.events.add(date(2026, 10, 23), second, "表扬", confirm_approved=True)
    _run(qtbot, page, page.refresh)
    assert page.banner.isVisible()
    assert f"张伟（#{second}）：实发 ¥20.00 → ¥40.00" in page.banner_text.toPlainText()


def test_the_dialogs_that_pick_a_person_tell_namesakes_apart(qtbot, shop, tmp_path):
    first, second, leader = _namesakes(shop, tmp_path)
    manual = ManualAwardDialog(shop, OCT)
    qtbot.addWidget(manual)
    assert [manual.recipient.itemText(i) for i in range(manual.recipient.count())] == [
        f"张伟（#{first}，客服部）", f"张伟（#{second}，客服部）", "李娜（客服部）"]
    adjust = AdjustDialog(shop, OCT)
    qtbot.addWidget(adjust)
    assert [adjust.person.itemText(i) for i in range(adjust.person.count())] == [
        f"张伟（#{first}，客服部）", f"张伟（#{second}，客服部）", "李娜（客服部）"]
    issue = IssueFlowerDialog(shop)  # today: the first 张伟 has left, so the one left is no namesake among them
    qtbot.addWidget(issue)
    assert [issue.recipient.itemText(i) for i in range(issue.recipient.count())] == ["张伟（客服部）"]
    back = shop.staff.add(StaffDraft(name="张伟", dept="售后部", role="售后", hired=date(2026, 10, 1))).id
    issue = IssueFlowerDialog(shop)
    qtbot.addWidget(issue)
    # namesakes in two departments are told apart by them; in one, by the number
    assert [issue.recipient.itemText(i) for i in range(issue.recipient.count())] == ["张伟（客服部）", "张伟（售后部）"]
    twin = shop.staff.add(StaffDraft(name="张伟", dept="客服部", role="客服", hired=date(2026, 10, 1))).id
    flower = shop.flowers.issue(leader, back, "挽回差评")
    transfer = TransferFlowerDialog(shop, flower)
    qtbot.addWidget(transfer)
    assert [transfer.to.itemText(i) for i in range(transfer.to.count())] == [
        f"张伟（#{second}，客服部）", f"张伟（#{twin}，客服部）"]


def test_the_board_and_its_leaderboard_name_namesakes_with_their_number(qtbot, shop, tmp_path):
    first, second, _leader = _namesakes(shop, tmp_path)
    sales = shop.metrics.get("sales")
    shop.data.set_value(date(2026, 10, 12), first, sales, 300_000)
    shop.data.set_value(date(2026, 10, 16), second, sales, 200_000)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(Month(2026, 10))
    page.refresh()
    names = {page.model.data(page.model.index(row, BoardModel.NAME)) for row in range(page.model.rowCount())}
    assert {f"张伟（#{first}）", f"张伟（#{second}）"} <= names
    page.show()
    page.tabs.setCurrentWidget(page.leaderboard)  # filled when it comes into view
    ranked = {page.leaderboard.table.item(row, 1).text() for row in range(page.leaderboard.table.rowCount())}
    assert ranked == {f"张伟（#{first}）", f"张伟（#{second}）"}


def test_the_event_list_names_namesakes_with_their_number(shop, tmp_path):
    first, second, _leader = _namesakes(shop, tmp_path)
    model = EventModel()
    model.set_content(shop.events.between(OCT.start, OCT.end), shop.staff.list(), shop.events.types())
    people = {model.data(model.index(row, column)) for row in range(model.rowCount())
              for column in range(model.columnCount())}
    assert {f"张伟（#{first}）", f"张伟（#{second}）"} <= people


def test_the_certificates_list_names_namesakes_with_their_number(qtbot, shop, tmp_path):
    """Both 张伟 got an award with a 奖状: the list said 「张伟 · 降本奖」 twice."""
    from ui.pages.certificates import CertificatesPage

    first, second, _leader = _namesakes(shop, tmp_path)
    plan = {**PLAN, "rules": [{**PLAN["rules"][1], "certificate": True}]}
    shop.awards.plans.use(str(_write(tmp_path, plan, "namesakes.json")))
    for staff_id in (first, second):
        shop.awards.add_manual(OCT, "降本奖", staff_id=staff_id, amount_fen=20_000, reason="节省包材")
    page = CertificatesPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.period.setCurrentText("2026-10")
    page.load_requests()
    labels = sorted(page.list.item(i).text() for i in range(page.list.count()))
    assert labels == [f"张伟（#{first}） · 降本奖 · 经典奖状", f"张伟（#{second}） · 降本奖 · 经典奖状"]
    page.close()


def test_one_namesake_listed_for_a_certificate_still_carries_the_number(qtbot, shop, tmp_path):
    """Only the second 张伟 won: the list said 「张伟 · 降本奖」 while the 评奖 page said 张伟（#2）, and the shop
    has two of them."""
    from ui.pages.certificates import CertificatesPage

    _first, second, _leader = _namesakes(shop, tmp_path)
    plan = {**PLAN, "rules": [{**PLAN["rules"][1], "certificate": True}]}
    shop.awards.plans.use(str(_write(tmp_path, plan, "namesakes.json")))
    shop.awards.add_manual(OCT, "降本奖", staff_id=second, amount_fen=20_000, reason="节省包材")
    page = CertificatesPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.period.setCurrentText("2026-10")
    page.load_requests()
    assert [page.list.item(i).text() for i in range(page.list.count())] == [f"张伟（#{second}） · 降本奖 · 经典奖状"]
    page.close()


def test_a_namesakes_receipt_is_titled_and_saved_under_the_number(qtbot, shop, tmp_path, monkeypatch):
    """Saving the second 张伟's 计算单 offered the first one's file name: 「张伟 2026-10 奖金计算单.pdf」."""
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs.award_dialogs import ReceiptDialog

    _first, second, _leader = _namesakes(shop, tmp_path)
    dialog = ReceiptDialog(shop, OCT, second)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith(f"张伟（#{second}） 2026年10月 奖金计算单")
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: offered.append(args[2]) or ("", "")))
    assert dialog.save_pdf() is None
    assert offered[0].endswith(f"奖金计算单_张伟（#{second}）_我的淘宝店_2026-10.pdf")
