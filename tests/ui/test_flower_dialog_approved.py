"""A flower for last month, given in its first days, when that month's awards are already approved."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.flower_dialogs import IssueFlowerDialog


def test_the_issue_dialog_says_when_the_day_falls_in_an_approved_award_period(qtbot, shop):
    # on 11-02 the owner gave a flower dated 10-31: October's 月度红花奖, approved on 11-01, changed unannounced
    owner = shop.staff.add(StaffDraft(name="王老板", role="店长", dept="客服部", hired=date(2025, 1, 1)))
    shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2025, 1, 1)))
    shop.staff.add(StaffDraft(name="小刚", dept="客服部", hired=date(2025, 1, 1)))
    shop.awards.plans.use("taobao-kefu")
    shop.set_today(date(2026, 11, 1))
    shop.awards.approve(Month(2026, 10), confirm=True)
    shop.set_today(date(2026, 11, 2))
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.issuer.setCurrentIndex(dialog.issuer.findData(owner.id))
    assert dialog.approved.isHidden()  # November: nothing approved yet
    dialog.day.setDate(dialog.day.date().addDays(-2))  # 10-31
    assert not dialog.approved.isHidden()
    assert dialog.approved.text() == "2026年10月的评奖已经批准：这朵小红花会计入，批准的结果会变，评奖页将列出差异。"
    dialog.also.item(0).setCheckState(Qt.CheckState.Checked)  # the same fact for a second person
    assert dialog.approved.text() == "2026年10月的评奖已经批准：这 2 朵小红花会计入，批准的结果会变，评奖页将列出差异。"


def test_the_approved_period_is_named_in_english_in_an_english_window(qtbot, qapp, shop):
    from ui.main import install_translators

    owner = shop.staff.add(StaffDraft(name="王老板", role="店长", dept="客服部", hired=date(2025, 1, 1)))
    shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2025, 1, 1)))
    shop.staff.add(StaffDraft(name="小刚", dept="客服部", hired=date(2025, 1, 1)))
    shop.awards.plans.use("taobao-kefu")
    shop.set_today(date(2026, 11, 1))
    shop.awards.approve(Month(2026, 10), confirm=True)
    install_translators(qapp, "en")
    try:
        dialog = IssueFlowerDialog(shop)
        qtbot.addWidget(dialog)
        dialog.issuer.setCurrentIndex(dialog.issuer.findData(owner.id))
        dialog.day.setDate(dialog.day.date().addDays(-1))  # 10-31
        text = dialog.approved.text()
        dialog.also.item(0).setCheckState(Qt.CheckState.Checked)
        several = dialog.approved.text()
    finally:
        install_translators(qapp, "zh")
    assert text.startswith("The awards of 2026-10 are already approved: this flower counts")
    assert several.startswith("The awards of 2026-10 are already approved: these 2 flowers count")


@pytest.fixture
def october_approved(shop):
    """王老板 may give flowers; October approved on the 淘宝客服 preset (its 月度红花奖 counts them), today 11-02."""
    owner = shop.staff.add(StaffDraft(name="王老板", role="店长", dept="客服部", hired=date(2025, 1, 1)))
    xiaomei = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2025, 1, 1)))
    shop.awards.plans.use("taobao-kefu")
    shop.set_today(date(2026, 11, 1))
    shop.awards.approve(Month(2026, 10), confirm=True)
    shop.set_today(date(2026, 11, 2))
    return shop, owner, xiaomei


@pytest.mark.parametrize("answer", [False, True])
def test_giving_a_flower_in_an_approved_period_asks_first(qtbot, october_approved, messages, answer):
    shop, owner, xiaomei = october_approved
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.issuer.setCurrentIndex(dialog.issuer.findData(owner.id))
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(xiaomei.id))
    dialog.day.setDate(QDate(2026, 10, 31))
    dialog.reason.setPlainText("月底帮同事顶班")
    messages.answer = answer
    dialog.accept()
    [question] = messages.of("confirm")
    assert "2026年10月 的评奖已经批准" in question and messages.of("error") == []
    assert (dialog.result() == dialog.DialogCode.Accepted) is answer
    assert len(shop.flowers.ledger()) == (1 if answer else 0)


def test_revoking_a_flower_counted_in_an_approved_period_asks_first(qtbot, october_approved, messages):
    from ui.pages.flowers import FlowersPage

    shop, owner, xiaomei = october_approved
    flower = shop.flowers.issue(owner.id, xiaomei.id, "发错了人", day=date(2026, 10, 31), confirm_approved=True)
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectRow(0)
    messages.answer = False
    page.revoke(reason="发错了")
    assert len(messages.of("confirm")) == 1 and messages.of("error") == []
    assert shop.flowers.get(flower.number).status(shop.today) == "valid"
    messages.answer = True
    page.revoke(reason="发错了")
    assert shop.flowers.get(flower.number).status(shop.today) == "revoked"
