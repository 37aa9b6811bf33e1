"""小红花: the 发放小红花 dialog — who may issue, to whom, the quota left, late flowers."""

from datetime import date
from itertools import pairwise

import pytest
from flowers_support import make_team, pick
from PySide6.QtCore import QDate, Qt

from app.domain import StaffDraft
from ui.dialogs.flower_dialogs import IssueFlowerDialog, TransferFlowerDialog


@pytest.fixture
def team(shop):
    return make_team(shop)


def test_a_shop_with_nobody_who_may_issue_says_which_roles_may_and_where_to_set_them(qtbot, shop):
    """A new shop's agents are all 客服: the dialog names the roles that may issue and the two ways to get one."""
    shop.staff.add(StaffDraft(name="小美", role="客服"))
    shop.staff.add(StaffDraft(name="小刚", role="客服"))
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.issuer.count() == 0
    text = dialog.quota.text()
    assert "店长、主管或组长" in text
    assert "「员工」" in text and "「设置 → 看板与小红花」" in text


def test_the_roles_named_when_nobody_may_issue_are_shown_as_typed(qtbot, shop):

    from app import settings as declared

    shop.settings.set(declared.FLOWER_LEADER_ROLES, ["<b>老板</b>"])
    shop.staff.add(StaffDraft(name="小美", role="客服"))
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    assert "<b>老板</b>" in dialog.quota.text()
    assert dialog.quota.textFormat() == Qt.TextFormat.PlainText


def test_an_owner_alone_on_the_staff_list_is_told_to_add_staff_not_shown_an_id_of_none(qtbot, shop):
    """The owner's first step is often adding himself: 发放 said 「没有编号为 None 的员工」."""
    owner = shop.staff.add(StaffDraft(name="王老板", role="店长", hired=date(2025, 1, 1)))
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("好")
    dialog.accept()
    assert dialog.error.text() == "没有可以获得小红花的同事：请先在「员工」页添加员工"
    helper = shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1)))
    flower = shop.flowers.issue(owner.id, helper.id, "挽回差评")
    shop.staff.leave(helper.id, shop.today)  # she holds it on her last day; nobody else is left to take it
    transfer = TransferFlowerDialog(shop, flower)
    qtbot.addWidget(transfer)
    transfer.signed.setText("小美")
    transfer.accept()
    assert transfer.error.text() == "没有可以接收这朵小红花的在职同事"


def test_the_issuer_offered_first_is_a_leader_not_a_team_leader_added_earlier(qtbot, shop):
    """The owner (店长, added after the 组长) opens the dialog, picks who gets the flower and clicks 发放: it must
    not go out in the 组长's name, from the managers' pool, because she happens to be first on the staff list."""
    shop.staff.add(StaffDraft(name="陈组长", role="组长", hired=date(2025, 1, 1)))
    shop.staff.add(StaffDraft(name="小美", role="客服", hired=date(2025, 1, 1)))
    owner = shop.staff.add(StaffDraft(name="周店长", role="店长", hired=date(2025, 1, 1)))
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.issuer.count() == 2
    assert dialog.issuer.currentData() == owner.id


def test_issue_dialog_shows_quota_and_refuses_the_third(qtbot, team):
    shop, ids = team
    for n in range(3):
        dialog = IssueFlowerDialog(shop)
        qtbot.addWidget(dialog)
        pick(dialog.issuer, ids["王店长"])
        assert dialog.quota.text() == f"本月剩余 {2 - min(n, 2)} 朵（共 2 朵）"
        pick(dialog.recipient, ids["小美"])
        dialog.reason.setPlainText(f"第{n + 1}件好事")
        dialog.accept()
        if n < 2:
            assert dialog.flower is not None and dialog.result() == dialog.DialogCode.Accepted
        else:
            assert dialog.flower is None and "名额已用完" in dialog.error.text()
    assert len(shop.flowers.ledger()) == 2


@pytest.mark.parametrize("today", [date(2026, 10, 2)])  # in its first days, a flower may be dated last month
def test_the_quota_line_names_the_month_of_the_picked_date(qtbot, team):
    shop, ids = team
    shop.flowers.issue(ids["王店长"], ids["小美"], "十月的好事")
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    pick(dialog.issuer, ids["王店长"])
    assert dialog.quota.text() == "本月剩余 1 朵（共 2 朵）"
    dialog.day.setDate(QDate(2026, 9, 30))  # a flower dated last month spends September's quota
    assert dialog.quota.text() == "2026年9月剩余 2 朵（共 2 朵）"
    pick(dialog.issuer, ids["赵组长"])
    assert dialog.quota.text() == "管理人员名额池2026年9月剩余 30 朵（共 30 朵）"


def test_only_issuers_are_offered_and_the_issuer_is_no_recipient(qtbot, team):
    shop, ids = team
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    offered = {dialog.issuer.itemData(i) for i in range(dialog.issuer.count())}
    assert offered == {ids["王店长"], ids["赵组长"]}

    def recipients():
        return {dialog.recipient.itemData(i) for i in range(dialog.recipient.count())}

    pick(dialog.issuer, ids["王店长"])
    assert recipients() == set(ids.values()) - {ids["王店长"]}
    pick(dialog.recipient, ids["小美"])
    pick(dialog.issuer, ids["赵组长"])
    assert "名额池本月剩余 30 朵" in dialog.quota.text()
    assert recipients() == set(ids.values()) - {ids["赵组长"]}
    assert dialog.recipient.currentData() == ids["小美"]  # the choice made survives a change of issuer
    pick(dialog.recipient, ids["王店长"])
    pick(dialog.issuer, ids["王店长"])  # the chosen recipient becomes the issuer: someone else is chosen
    assert dialog.recipient.currentData() not in (None, ids["王店长"])
    dialog.reason.setPlainText("好")
    dialog.accept()
    assert dialog.flower is not None and dialog.flower.recipient_id != ids["王店长"]


def test_a_late_flower_offers_the_people_on_the_team_on_its_day(qtbot, team):
    """On 10月2日 a flower for 9月30日 (the late days): 小刚 left on 9月30日, so he may still get it — the
    command line gave it, the window did not offer him; 阿新, hired on 10月1日, was offered and then refused."""
    shop, ids = team
    shop.set_today(date(2026, 10, 2))
    shop.staff.leave(ids["小刚"], date(2026, 9, 30))
    newcomer = shop.staff.add(StaffDraft(name="阿新", role="客服", dept="客服部", hired=date(2026, 10, 1))).id
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    pick(dialog.issuer, ids["王店长"])

    def recipients():
        return {dialog.recipient.itemData(i) for i in range(dialog.recipient.count())}

    assert ids["小刚"] not in recipients() and newcomer in recipients()  # today: who is on the team now
    dialog.day.setDate(QDate(2026, 9, 30))
    assert ids["小刚"] in recipients() and newcomer not in recipients()
    pick(dialog.recipient, ids["小刚"])
    dialog.reason.setPlainText("离职前最后一天把交接做得清清楚楚")
    dialog.accept()
    assert dialog.error.text() == ""
    assert dialog.flower is not None and dialog.flower.recipient_id == ids["小刚"]
    assert dialog.flower.issued == date(2026, 9, 30)


def test_the_issuer_offered_first_is_one_who_can_still_give_this_month(qtbot, team):
    """王店长 has given his two flowers: the dialog opened on him anyway, 「本月剩余 0 朵」, and 发放 was refused."""
    shop, ids = team
    for name in ("小美", "小刚"):
        shop.flowers.issue(ids["王店长"], ids[name], "挽回差评")
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.issuer.currentData() == ids["赵组长"]
    assert dialog.quota.text() == "管理人员名额池本月剩余 30 朵（共 30 朵）"
    dialog.reason.setPlainText("帮同事顶班")
    dialog.accept()
    assert dialog.flower is not None and dialog.flower.issuer_id == ids["赵组长"]


def test_when_nobody_can_give_this_month_the_dialog_says_so_plainly(qtbot, team):
    from app import settings as declared

    shop, ids = team
    shop.settings.set(declared.FLOWER_POOL_SIZE, 1)
    for issuer, to in (("王店长", "小美"), ("王店长", "小刚"), ("赵组长", "阿花")):
        shop.flowers.issue(ids[issuer], ids[to], "挽回差评")
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.issuer.currentData() == ids["王店长"]  # the first, as when everyone can
    said = "本月所有发放人的小红花名额都已用完，下个月才能再发。"
    assert dialog.quota.text() == f"本月剩余 0 朵（共 2 朵）\n{said}"
    pick(dialog.issuer, ids["赵组长"])
    assert dialog.quota.text() == f"管理人员名额池本月剩余 0 朵（共 1 朵）\n{said}"


def test_a_leader_added_elsewhere_while_the_dialog_is_open_breaks_nothing(qtbot, team):
    """Another window (or the command line) adds a 店长 while 发放小红花 is open: a change of day offers the
    issuers the dialog knows, instead of failing on one it has not read."""
    shop, ids = team
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    shop.staff.add(StaffDraft(name="孙店长", role="店长", dept="客服部", hired=date(2025, 1, 1)))
    dialog.day.setDate(dialog.day.date().addDays(-1))
    offered = [dialog.issuer.itemData(i) for i in range(dialog.issuer.count())]
    assert offered == [ids["王店长"], ids["赵组长"]]
    assert dialog.quota.text().startswith("本月剩余")


def test_one_fact_for_several_people_is_given_from_one_dialog(qtbot, team):
    """A team effort: the recipient and more people ticked get a flower each; the quota line says how many."""
    shop, ids = team
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    pick(dialog.issuer, ids["赵组长"])
    pick(dialog.recipient, ids["小美"])
    assert not dialog.also.isVisible()
    dialog.also_button.click()
    assert dialog.also.isVisible() and not dialog.also_button.isVisible()
    offered = {dialog.also.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.also.count())}
    assert offered == {ids["王店长"], ids["小刚"], ids["阿花"]}  # not the issuer, not the recipient chosen above
    for i in range(dialog.also.count()):
        if dialog.also.item(i).data(Qt.ItemDataRole.UserRole) in (ids["小刚"], ids["阿花"]):
            dialog.also.item(i).setCheckState(Qt.CheckState.Checked)
    assert "这次发给 3 人，每人一朵" in dialog.quota.text()
    pick(dialog.recipient, ids["小刚"])  # 小刚 moves up: ticked once, given once
    assert dialog.recipients() == [ids["小刚"], ids["阿花"]]
    dialog.reason.setPlainText("大促一起加班到深夜")
    dialog.accept()
    assert [f.recipient_id for f in dialog.flowers] == [ids["小刚"], ids["阿花"]]
    assert dialog.result() == dialog.DialogCode.Accepted


def _drawn_over(dialog) -> list[str]:
    """The fields of the form drawn over the one above them, or a wrapped text cut short."""
    rows = [dialog.issuer, dialog.quota, dialog.recipient, dialog.leavers_note, dialog.also, dialog.category,
            dialog.reason, dialog.day, dialog.approved]
    shown = [w for w in rows if w.isVisible()]
    over = [f"{b.accessibleName() or type(b).__name__} over {a.accessibleName() or type(a).__name__}"
            for a, b in pairwise(shown) if b.geometry().top() < a.geometry().bottom()]
    return over + [f"{label.text()[:20]} cut" for label in (dialog.quota, dialog.leavers_note, dialog.approved)
                   if label.isVisible() and label.height() < label.heightForWidth(label.width())]


@pytest.mark.parametrize("screen", ["full HD", "laptop at 150 %"])
def test_a_late_flower_in_an_approved_month_for_several_people_draws_no_field_over_another(
        qtbot, team, monkeypatch, lang, screen):
    """The dialog did not grow for the approved month's note or the list of others: the category was drawn over the
    list, the date over the fact, and the note cut short."""
    from laptop_support import LAPTOP_AT_150, ROOM
    from PySide6.QtCore import QRect

    from app.periods import Month
    from ui.dialogs import common

    shop, ids = team
    shop.awards.plans.use("taobao-kefu")  # its 月度红花奖 counts flowers
    shop.set_today(date(2026, 11, 1))
    shop.awards.approve(Month(2026, 10), confirm=True)
    shop.set_today(date(2026, 11, 2))
    if screen != "full HD":
        monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(LAPTOP_AT_150))
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    pick(dialog.issuer, ids["赵组长"])
    dialog.day.setDate(QDate(2026, 10, 31))
    assert dialog.approved.isVisible()
    assert _drawn_over(dialog) == []
    dialog.also_button.click()
    for i in range(dialog.also.count()):
        dialog.also.item(i).setCheckState(Qt.CheckState.Checked)
    assert _drawn_over(dialog) == []
    assert dialog.height() <= ROOM.height() or screen == "full HD"


def test_people_who_have_left_are_said_to_be_missing_from_the_recipients(qtbot, team):
    """小刚 left last week: the 获得人 list left him out without a word, and the owner looked for him. A quiet line
    under the list says that leavers are not in it, naming the latest; he is still not offered."""
    shop, ids = team
    shop.set_today(date(2026, 10, 20))
    shop.staff.leave(ids["小刚"], date(2026, 10, 13))
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    pick(dialog.issuer, ids["王店长"])
    offered = {dialog.recipient.itemData(i) for i in range(dialog.recipient.count())}
    assert ids["小刚"] not in offered
    assert not dialog.leavers_note.isHidden()
    assert dialog.leavers_note.text() == ("已离职的人不在名单中：小刚（2026年10月13日离职）。"
                                          "为离职前的事发放，可以把日期改到离职那天或之前。")
    assert dialog.leavers_note.textFormat() == Qt.TextFormat.PlainText
    dialog.day.setDate(QDate(2026, 10, 13))  # his last day: offered, and nothing said
    assert ids["小刚"] in {dialog.recipient.itemData(i) for i in range(dialog.recipient.count())}
    assert dialog.leavers_note.isHidden()


def test_the_note_about_leavers_names_the_latest_three_and_says_how_many_more(qtbot, team):
    """Leavers of past months cannot be given a flower on any day the dialog offers: named, the latest first,
    without the hint about the date; a team nobody has left says nothing."""
    shop, ids = team
    shop.set_today(date(2026, 10, 20))
    quiet = IssueFlowerDialog(shop)
    qtbot.addWidget(quiet)
    assert quiet.leavers_note.isHidden() and quiet.leavers_note.text() == ""
    for n in range(2):
        former = shop.staff.add(StaffDraft(name=f"老员工{n}", role="客服", hired=date(2025, 1, 1))).id
        shop.staff.leave(former, date(2025, 6 + n, 30))
    for name, day in (("小刚", date(2026, 3, 1)), ("阿花", date(2026, 5, 2)), ("小美", date(2026, 4, 3))):
        shop.staff.leave(ids[name], day)
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.leavers_note.text() == ("已离职的人不在名单中：阿花（2026年5月2日离职）、小美（2026年4月3日离职）、"
                                          "小刚（2026年3月1日离职）等 5 人。")


@pytest.mark.parametrize("screen", ["full HD", "laptop at 150 %"])
def test_the_note_about_leavers_is_shown_whole_when_the_dialog_opens(qtbot, team, monkeypatch, lang, screen):
    """Four lines in English at 150 %: the dialog opened at the height its texts took before they wrapped, and the
    note was cut after two."""
    from laptop_support import LAPTOP_AT_150
    from PySide6.QtCore import QRect

    from ui.dialogs import common

    shop, ids = team
    shop.set_today(date(2026, 10, 20))
    for name, day in (("小刚", date(2026, 10, 13)), ("阿花", date(2026, 9, 30)), ("小美", date(2026, 6, 30))):
        shop.staff.leave(ids[name], day)
    if screen != "full HD":
        monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(LAPTOP_AT_150))
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.leavers_note.isVisible() and _drawn_over(dialog) == []
