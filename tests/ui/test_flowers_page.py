"""小红花 page: the issue dialog shows the quota left and refuses past it; ledger filters; transfer; revoke."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from flowers_support import greyed, make_team, pick
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from ui.dialogs.flower_dialogs import IssueFlowerDialog, TransferFlowerDialog
from ui.models.flower_model import FLOWER_ROLE
from ui.pages.flowers import FlowersPage

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


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
    assert "店长、主管、组长" in text
    assert "「员工」" in text and "「设置 → 看板与小红花」" in text


def test_the_roles_named_when_nobody_may_issue_are_shown_as_typed(qtbot, shop):
    from PySide6.QtCore import Qt

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


def test_ledger_filters_transfer_and_revoke(qtbot, team, messages):
    shop, ids = team
    first = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    for issuer, to, reason, day in (("赵组长", "阿花", "帮同事", date(2026, 9, 2)),
                                    ("王店长", "小刚", "旧的", date(2026, 6, 1))):  # expired by 10-20
        shop.set_today(day)  # recorded at the time
        shop.flowers.issue(ids[issuer], ids[to], reason, day=day)
    shop.set_today(date(2026, 10, 20))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.refresh()
    assert page.model.rowCount() == 3
    pick(page.status_filter, "expired")
    assert [f.number for f in page.visible_flowers()] == ["HF-2026-0003"]
    pick(page.status_filter, "all")
    pick(page.month_filter, "2026-10")
    assert [f.number for f in page.visible_flowers()] == [first.number]
    page.table.selectRow(0)
    dialog = TransferFlowerDialog(shop, page.selected_flower())
    qtbot.addWidget(dialog)
    pick(dialog.to, ids["小刚"])
    dialog.signed.setText("小刚")
    dialog.accept()
    assert "签名" in dialog.error.text()
    dialog.signed.setText("小美")
    dialog.accept()
    assert shop.flowers.get(first.number).holder_id == ids["小刚"]
    page.refresh()
    pick(page.status_filter, "transferred")
    assert [f.number for f in page.visible_flowers()] == [first.number]
    assert "已转让" in page.model.data(page.model.index(0, 8))
    page.table.selectRow(0)
    page.revoke(reason="发错了")
    assert shop.flowers.get(first.number).status(shop.today) == "revoked"
    pick(page.status_filter, "all")
    pick(page.month_filter, None)
    board = {page.board.item(r, 1).text(): page.board.item(r, 2).text() for r in range(page.board.rowCount())}
    assert board["小美"] == "0" and board["阿花"] == "1"  # the revoked flower no longer counts
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(ARTIFACTS / "flowers.png"))


def test_the_flowers_of_a_former_team_lead_can_still_be_picked_by_their_issuer(qtbot, team):
    """赵组长 went back to answering chats (客服): the flowers he gave as 组长 stay in the ledger, and so does he
    in the 发放人 filter, or they could no longer be listed by who gave them."""
    shop, ids = team
    given = shop.flowers.issue(ids["赵组长"], ids["小美"], "帮同事", day=date(2026, 10, 2))
    shop.flowers.issue(ids["王店长"], ids["小刚"], "大促值班", day=date(2026, 10, 3))
    shop.staff.edit(ids["赵组长"], StaffDraft(name="赵组长", role="客服", dept="客服部", hired=date(2025, 1, 1)))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.issuer_filter.findData(ids["赵组长"]) > 0
    pick(page.issuer_filter, ids["赵组长"])
    assert [f.number for f in page.visible_flowers()] == [given.number]


def test_recent_flowers_are_listed_newest_issue_date_first(qtbot, team):
    shop, ids = team
    shop.flowers.issue(ids["王店长"], ids["小美"], "后录入的早一天", day=date(2026, 10, 19))
    shop.flowers.issue(ids["王店长"], ids["小刚"], "补录", day=date(2026, 10, 4))  # entered later, dated earlier
    shop.flowers.issue(ids["赵组长"], ids["阿花"], "最新", day=date(2026, 10, 20))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    dates = [page.recent.item(i).text()[:10] for i in range(page.recent.count())]
    assert dates == ["2026-10-20", "2026-10-19", "2026-10-04"]


def test_the_revoke_button_asks_for_the_reason(qtbot, team, monkeypatch):
    from ui.pages import flowers

    shop, ids = team
    flower = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectRow(0)
    asked = []
    monkeypatch.setattr(flowers.QInputDialog, "getText", lambda *args: asked.append(args) or ("发错了人", True))
    page.revoke_button.click()
    assert len(asked) == 1  # the button asks (it once revoked at once, with the reason "False")
    assert shop.flowers.get(flower.number).revoke_reason == "发错了人"


def test_flower_cards_print_the_listed_flowers(qtbot, team, tmp_path):
    from pypdf import PdfReader

    shop, ids = team
    shop.flowers.issue(ids["王店长"], ids["小美"], "主动跟进差评客户并挽回", day=date(2026, 10, 2))
    revoked = shop.flowers.issue(ids["王店长"], ids["小刚"], "发错了", day=date(2026, 10, 3))
    shop.flowers.revoke(revoked.number, "误发")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    out = page.print_cards(str(tmp_path / "卡片.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "小美" in text and "主动跟进差评客户并挽回" in text and "HF-2026-0001" in text
    assert "王店长 2026年10月2日发，有效期至 2027年1月2日" in text.replace("\n", "")  # who, when, until when
    assert "小刚" not in text  # revoked flowers are not printed
    from app.certificates.service import CertificateService

    service = CertificateService(shop.store, shop.ctx, shop.settings)
    card = shop.store.certificates.in_period("2026-10")[0]
    assert card.award == "小红花 HF-2026-0001" and service.verify(card.number).status == "ok"  # was 已作废
    shop.flowers.revoke("HF-2026-0001", "误发")
    result = service.verify(card.number)
    assert result.status == "void" and result.void.revoked_flower == "HF-2026-0001"
    import subprocess

    artifacts = ARTIFACTS.parent / "certificates"
    artifacts.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(out), str(artifacts / "flower_cards")],
                       check=True, timeout=60)
    except FileNotFoundError:
        pytest.skip("pdftoppm (poppler-utils) is not installed; the PDF itself was checked")


def test_the_board_of_last_year_can_be_chosen(qtbot, team):
    shop, ids = team
    shop.set_today(date(2025, 12, 10))
    shop.flowers.issue(ids["王店长"], ids["小美"], "去年的好事", day=date(2025, 12, 10))
    shop.set_today(date(2026, 10, 20))
    shop.flowers.issue(ids["王店长"], ids["小刚"], "今年的好事", day=date(2026, 10, 2))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert [page.board_year.itemText(i) for i in range(page.board_year.count())] == ["2026年", "2025年"]
    assert page.board.item(0, 1).text() == "小刚"
    page.board_year.setCurrentIndex(1)
    assert page.board.item(0, 1).text() == "小美" and page.board.horizontalHeaderItem(2).text() == "2025年获得"


def test_people_without_a_flower_this_year_get_no_place_on_the_board(qtbot, team):
    """A new shop's 红花榜 is not everyone 「第 1 名」 with 0 flowers: only those who received one are ranked."""
    shop, ids = team
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert {page.board.item(r, 0).text() for r in range(page.board.rowCount())} == {"—"}
    shop.flowers.issue(ids["王店长"], ids["小美"], "好事", day=date(2026, 10, 2))
    page.refresh()
    ranks = {page.board.item(r, 1).text(): page.board.item(r, 0).text() for r in range(page.board.rowCount())}
    assert ranks["小美"] == "第 1 名" and ranks["小刚"] == "—"


def test_the_summary_counts_the_valid_flowers_among_those_listed(qtbot, team):
    # it once gave the whole shop's valid flowers whatever the filters: 员工 = 小美 said "共 2 朵；当前有效 4 朵"
    shop, ids = team
    shop.set_today(date(2026, 6, 1))
    shop.flowers.issue(ids["王店长"], ids["小美"], "旧的", day=date(2026, 6, 1))  # expired by 10-20
    shop.set_today(date(2026, 10, 20))
    shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    wrong = shop.flowers.issue(ids["赵组长"], ids["小美"], "发错了", day=date(2026, 10, 3))
    shop.flowers.revoke(wrong.number, "误发")
    for to in ("小刚", "阿花"):
        shop.flowers.issue(ids["赵组长"], ids[to], "帮同事", day=date(2026, 10, 5))
    shop.flowers.issue(ids["王店长"], ids["小刚"], "大促值班", day=date(2026, 10, 6))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.summary.text() == "共 6 朵；当前有效 4 朵"
    pick(page.person_filter, ids["小美"])
    assert page.summary.text() == "共 3 朵；当前有效 1 朵"
    pick(page.issuer_filter, ids["赵组长"])
    assert page.summary.text() == "共 1 朵；当前有效 0 朵"
    pick(page.person_filter, None)
    assert page.summary.text() == "共 3 朵；当前有效 2 朵"
    pick(page.status_filter, "expired")
    pick(page.issuer_filter, None)
    assert page.summary.text() == "共 1 朵；当前有效 0 朵"


def test_a_person_picked_in_the_ledger_has_their_own_counts_said(qtbot, team):
    """员工 = 小美 lists the flowers she passed on and, for an issuer, those given: 「当前有效 2 朵」 while she
    holds one; the 红花榜 said 1. Her own counts are now said beside the filters, as the board gives them."""
    shop, ids = team
    given = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    shop.flowers.issue(ids["赵组长"], ids["小美"], "帮同事", day=date(2026, 10, 3))
    shop.flowers.transfer(given.number, ids["小刚"], signed="小美")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    pick(page.person_filter, ids["小美"])
    assert page.summary.text() == "共 2 朵；当前有效 2 朵"
    assert page.person_counts.text() == "小美：2026 年获得 2 朵，当前持有 1 朵"
    pick(page.person_filter, ids["赵组长"])  # an issuer: what he gave is listed, he holds none
    assert page.person_counts.text() == "赵组长：2026 年获得 0 朵，当前持有 0 朵"
    pick(page.person_filter, None)
    assert page.person_counts.text() == ""


LONG_REASON = "发现库存标注错误并及时上报，避免超卖，还主动联系了已下单的三位顾客说明情况"


def _ledger_shop(team):
    shop, ids = team
    for n, (issuer, to) in enumerate((("王店长", "小美"), ("赵组长", "阿花"), ("王店长", "小刚"))):
        shop.flowers.issue(ids[issuer], ids[to], LONG_REASON, day=date(2026, 10, 2 + n))
    shop.flowers.transfer("HF-2026-0001", ids["小刚"], signed="小美")  # 有效（已转让）, the widest status
    shop.flowers.revoke("HF-2026-0002", "误发")
    return shop


@pytest.mark.parametrize("width, height, chars", [(1200, 760, 16), (1024, 700, 8)])
def test_the_reason_column_takes_the_spare_width(qtbot, team, qsettings, width, height, chars):
    # (the window opens on this page: the board, once built, keeps a window wider than 1024)
    # it once got what the other columns left: "发现…" at 1024 wide, its header clipped, beside a half-empty panel
    from ui.main_window import MainWindow

    shop = _ledger_shop(team)
    window = MainWindow(shop, start_page="flowers", settings=qsettings)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    assert isinstance(page, FlowersPage)
    header = page.table.horizontalHeader()
    em = page.table.fontMetrics().horizontalAdvance("事")
    reason = header.sectionSize(6)
    assert reason >= chars * em, f"{reason}px is less than {chars} characters of {em}px"
    assert reason >= header.sectionSizeHint(6)  # the header 事实依据 is not clipped
    for column in (0, 1, 2, 3, 4, 5, 7, 8):  # the short columns fit their contents
        assert header.sectionSize(column) >= page.table.sizeHintForColumn(column), column
    assert reason == max(header.sectionSize(c) for c in range(header.count()))
    for combo in (page.month_filter, page.person_filter, page.issuer_filter, page.status_filter):
        assert combo.width() >= combo.sizeHint().width()  # "全部月份" not clipped
    if width >= 1200:  # every column in view, no sideways scrolling
        assert header.length() <= page.table.viewport().width()
    assert page.splitter.sizes()[0] > 2 * page.splitter.sizes()[1]  # the side panel takes what it needs
    index = page.model.index(0, 6)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == LONG_REASON  # the full reason, whatever the width
    window.stop_polling()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / f"flowers_{width}.png"))


def test_a_narrow_ledger_scrolls_sideways_rather_than_squeeze_the_reason(qtbot, team):
    shop = _ledger_shop(team)
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    header = page.table.horizontalHeader()
    assert header.sectionSize(6) >= 8 * page.table.fontMetrics().horizontalAdvance("事")
    assert page.table.horizontalScrollBar().maximum() > 0
    page.resize(1600, 800)  # wide again: the reason stretches, nothing to scroll
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0)
    assert header.length() <= page.table.viewport().width() and header.sectionSize(6) > 20 * 13


def test_recent_flowers_mark_the_revoked_ones(qtbot, team):
    # they were listed as if valid, while the ledger and the 小红旗 list mark revocations
    shop, ids = team
    shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    wrong = shop.flowers.issue(ids["王店长"], ids["小刚"], "发错了人", day=date(2026, 10, 3))
    shop.flowers.revoke(wrong.number, "应发给小美")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    revoked, valid = page.recent.item(0), page.recent.item(1)
    assert "小刚：发错了人" in revoked.text() and "已撤销：应发给小美" in revoked.text() and greyed(page, revoked)
    assert revoked.toolTip() == revoked.text()
    assert "小美：挽回差评" in valid.text() and "已撤销" not in valid.text() and not greyed(page, valid)


def test_transfer_says_why_a_flower_cannot_change_hands_before_asking_for_a_signature(qtbot, team, messages,
                                                                                      monkeypatch):
    """An expired flower opened the transfer window; the holder typed his name and only then heard it had
    expired. And the window offered the flower's issuer, whom the transfer refuses."""
    import ui.pages.flowers as flowers_page

    shop, ids = team
    shop.set_today(date(2026, 6, 1))
    old = shop.flowers.issue(ids["王店长"], ids["小刚"], "旧的", day=date(2026, 6, 1))  # valid through 09-01
    shop.set_today(date(2026, 10, 20))
    fresh = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    opened = []
    monkeypatch.setattr(flowers_page.TransferFlowerDialog, "ask", lambda *args: opened.append(args) or False)
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    row = next(r for r in range(page.model.rowCount())
               if page.model.data(page.model.index(r, 0), FLOWER_ROLE).number == old.number)
    page.table.selectRow(row)
    page.transfer()
    assert opened == [] and messages.of("error") == [f"小红花 {old.number} 已于 2026-09-01 过期，不能转让"]
    dialog = TransferFlowerDialog(shop, fresh)
    qtbot.addWidget(dialog)
    offered = {dialog.to.itemData(i) for i in range(dialog.to.count())}
    assert offered == {ids["赵组长"], ids["小刚"], ids["阿花"]}  # neither the holder nor the issuer


def test_the_owner_gets_no_hint_that_nobody_recognised_him(qtbot, team):
    """The 店长 is on the staff list to give flowers: 「王店长 近 3 个月没有获得过小红花」 was a hint about the owner
    himself. The people he leads still get theirs, in the window's language."""
    from app import i18n

    shop, ids = team
    shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    hints = [page.hints.item(i).text() for i in range(page.hints.count())]
    assert hints == [f"{name} 近 3 个月没有获得过小红花" for name in ("赵组长", "小刚", "阿花")]
    i18n.set_language("en")
    try:
        page.refresh()
        assert page.hints.item(0).text() == "赵组长 has received no red flowers in the last 3 months"
    finally:
        i18n.set_language("zh")


@pytest.fixture
def big_ledger(team):
    """Many more flowers than the ledger fits its columns to."""
    from ui.pages.flowers import LEDGER_FIT_ROWS

    shop, ids = team
    with shop.store.atomic():
        for n in range(LEDGER_FIT_ROWS + 200):
            day = date(2025, 1, 1) + timedelta(days=n % 600)
            shop.store.flowers.insert(f"HF-T-{n:04d}", ids["王店长"], ids["小美"], day, day + timedelta(days=90),
                                      "耐心解答", "客户服务", "leader", ids["王店长"], day.strftime("%Y-%m"), n + 1)
    return shop


def test_a_refresh_reads_the_ledger_once(qtbot, big_ledger, monkeypatch):
    page = FlowersPage(big_ledger)
    qtbot.addWidget(page)
    reads = []
    real_all = big_ledger.store.flowers.all
    monkeypatch.setattr(big_ledger.store.flowers, "all", lambda: reads.append(1) or real_all())
    page.refresh()
    assert len(reads) == 2  # the page's ledger, and the yearly board's count of valid flowers (before: 6)
    assert page.model.rowCount() == len(real_all())


def test_the_ledger_columns_are_fitted_to_the_rows_around_the_screen_not_every_row(qtbot, big_ledger):
    from ui.pages.flowers import LEDGER_FIT_ROWS

    page = FlowersPage(big_ledger)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    rows = set()
    real_data = page.model.data
    page.model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: rows.add(index.row()) or real_data(index, role)
    page.refresh()
    QApplication.processEvents()
    assert page.model.rowCount() > LEDGER_FIT_ROWS
    assert 0 < len(rows) <= LEDGER_FIT_ROWS  # before: all of them (Qt's own limit is 1000 rows)


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


def test_the_ledger_tooltip_gives_the_chain_of_holders_with_days_and_reasons(qtbot, team):
    """The tooltip said only 「持有记录：小美 → 小刚 → 阿花」: not when each got it, nor why it was passed on."""
    shop, ids = team
    flower = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    shop.flowers.transfer(flower.number, ids["小刚"], "小美", "谢谢顶班", day=date(2026, 10, 5))
    shop.flowers.transfer(flower.number, ids["阿花"], "小刚", day=date(2026, 10, 9))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    tip = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == ("持有记录：小美（2026-10-02 获得）→ 小刚（2026-10-05 小美签名转让：谢谢顶班）"
                   "→ 阿花（2026-10-09 小刚签名转让）")


def test_early_in_january_the_board_opens_on_last_years_final_list(qtbot, team):
    """2 January, nobody has a flower of the new year yet: the list to read is last year's top; the first flower
    of the year makes this year's the one shown when the page is opened again."""
    shop, ids = team
    shop.set_today(date(2026, 12, 20))
    shop.flowers.issue(ids["王店长"], ids["小美"], "年底的好事", day=date(2026, 12, 20))
    shop.set_today(date(2027, 1, 2))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert [page.board_year.itemText(i) for i in range(page.board_year.count())] == ["2027年", "2026年"]
    assert page.board_year.currentData() == 2026 and page.board.item(0, 1).text() == "小美"
    assert page.board.item(0, 4).text() == "客服部" and page.board.isColumnHidden(4)  # no namesakes: no room taken
    shop.staff.add(StaffDraft(name="小美", role="售后", dept="售后部", hired=date(2026, 1, 1)))
    page.refresh()
    assert not page.board.isColumnHidden(4)  # two 小美: the department tells them apart
    shop.flowers.issue(ids["王店长"], ids["小刚"], "新年的好事", day=date(2027, 1, 2))
    later = FlowersPage(shop)
    qtbot.addWidget(later)
    later.refresh()
    assert later.board_year.currentData() == 2027 and later.board.item(0, 1).text() == "小刚"


def test_revoked_and_expired_ledger_rows_take_the_palettes_disabled_text_colour(qtbot, team):
    """A fixed #9e9e9e grey: on a dark Windows palette the greyed rows did not follow the theme."""
    from PySide6.QtGui import QColor, QPalette

    shop, ids = team
    kept = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")
    wrong = shop.flowers.issue(ids["王店长"], ids["小刚"], "发错了人")
    shop.flowers.revoke(wrong.number, "应发给小美")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.Base, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.WindowText, "#ffffff")):
        dark.setColor(role, QColor(colour))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    page.setPalette(dark)
    page.refresh()
    rows = {page.model.data(page.model.index(r, 0), FLOWER_ROLE).number: r for r in range(page.model.rowCount())}

    def colour(number):
        return page.model.data(page.model.index(rows[number], 0), Qt.ItemDataRole.ForegroundRole)

    assert colour(wrong.number) == QColor("#7a7a7a")
    assert colour(kept.number) is None  # a valid row keeps the view's own text colour
    light = QPalette()
    light.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#a0a0a0"))
    page.setPalette(light)  # the theme changed while the page is open
    assert colour(wrong.number) == QColor("#a0a0a0")


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


def test_the_board_ranks_a_month_or_a_quarter_as_well_as_the_year(qtbot, team):
    """The owner announces the month's 红花榜 (the TV and the poster show the month's leaders): the page only
    ranked whole years."""
    shop, ids = team
    shop.set_today(date(2026, 9, 10))
    for to in ("小美", "小美", "阿花"):
        shop.flowers.issue(ids["赵组长"], ids[to], "九月的好事")
    shop.set_today(date(2026, 10, 20))
    shop.flowers.issue(ids["王店长"], ids["小刚"], "十月的好事")
    shop.flowers.issue(ids["王店长"], ids["阿花"], "十月的好事")
    wrong = shop.flowers.issue(ids["赵组长"], ids["阿花"], "发错了")
    shop.flowers.revoke(wrong.number, "发错了")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    spans = [page.board_span.itemText(i) for i in range(page.board_span.count())]
    assert spans == ["全年", "第一季度", "第二季度", "第三季度", "第四季度"] + [f"{m}月" for m in range(1, 11)]

    def board():
        return {page.board.item(r, 1).text(): (page.board.item(r, 0).text(), page.board.item(r, 2).text())
                for r in range(page.board.rowCount())}

    assert board()["小美"] == ("第 1 名", "2") and board()["阿花"] == ("第 1 名", "2")  # the year
    pick(page.board_span, "M10")
    assert page.board.horizontalHeaderItem(2).text() == "10月获得"
    assert board() == {"小刚": ("第 1 名", "1"), "阿花": ("第 1 名", "1"), "小美": ("—", "0"), "赵组长": ("—", "0")}
    pick(page.board_span, "Q3")
    assert page.board.horizontalHeaderItem(2).text() == "第三季度获得"
    assert board()["小美"] == ("第 1 名", "2") and board()["阿花"] == ("第 2 名", "1")
    page.refresh()  # a refresh keeps the period chosen
    assert page.board_span.currentData() == "Q3" and page.board_period().key() == "2026-Q3"
    page.board_year.addItem("2025年", 2025)
    pick(page.board_year, 2025)  # a past year offers all its months, and keeps the quarter chosen
    assert page.board_span.count() == 17 and page.board_span.currentData() == "Q3"


def test_the_transfer_and_red_flag_dialogs_tell_namesakes_apart(qtbot, team):
    """Two 小美 on the team: 转让给 offered 「小美」 twice, and the flag's issuer list the bare names too."""
    from ui.dialogs.flower_dialogs import RedFlagDialog

    shop, ids = team
    shop.staff.add(StaffDraft(name="小美", role="售后", dept="售后部", hired=date(2025, 1, 1)))
    flower = shop.flowers.issue(ids["王店长"], ids["小刚"], "挽回差评")
    transfer = TransferFlowerDialog(shop, flower)
    qtbot.addWidget(transfer)
    offered = [transfer.to.itemText(i) for i in range(transfer.to.count())]
    assert "小美（客服部）" in offered and "小美（售后部）" in offered
    flag = RedFlagDialog(shop)
    qtbot.addWidget(flag)
    assert flag.issuer.itemText(0) == "王店长（店长）"


def test_no_flower_to_print_is_said_before_a_file_is_asked_for(qtbot, team, messages, monkeypatch):
    from ui.pages import flowers

    shop, ids = team
    revoked = shop.flowers.issue(ids["王店长"], ids["小刚"], "发错了", day=date(2026, 10, 3))
    shop.flowers.revoke(revoked.number, "误发")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    asked = []
    monkeypatch.setattr(flowers.QFileDialog, "getSaveFileName", staticmethod(lambda *args: asked.append(args) or ("", "")))
    assert page.print_cards() is None
    assert asked == [] and messages.of("error") == ["没有可打印的小红花（已撤销的不打印）"]
