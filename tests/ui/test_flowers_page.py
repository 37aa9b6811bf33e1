"""小红花 page: ledger filters, transfer, revoke, the 红花榜, flower cards (the 发放小红花 dialog:
test_flower_issue_dialog.py; the ledger's layout: test_flower_ledger_layout.py)."""

from datetime import date
from pathlib import Path

import pytest
from flowers_support import greyed, make_team, pick

from app import settings as declared
from app.domain import StaffDraft
from ui.dialogs.flower_dialogs import TransferFlowerDialog
from ui.models.flower_model import FLOWER_ROLE
from ui.pages.flowers import FlowersPage

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


@pytest.fixture
def team(shop):
    return make_team(shop)


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
    dates = [page.recent.item(i).text().split("　")[0] for i in range(page.recent.count())]
    assert dates == ["2026年10月20日", "2026年10月19日", "2026年10月4日"]


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
    out = tmp_path / "卡片.pdf"
    page.print_cards(str(out))  # drawn in the background
    qtbot.waitUntil(lambda: page.done_line.text() != "", timeout=15000)
    assert page.done_line.text() == f"已把 1 张小红花卡保存到 {out}。已撤销的 1 朵没有印。"
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
    holds one; the 红花榜 said 1. Her own counts are now said beside the filters, as the board gives them and in
    its words (the line said 当前持有 where the board, the person detail and the command line say 当前有效)."""
    shop, ids = team
    given = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    shop.flowers.issue(ids["赵组长"], ids["小美"], "帮同事", day=date(2026, 10, 3))
    shop.flowers.transfer(given.number, ids["小刚"], signed="小美")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    pick(page.person_filter, ids["小美"])
    assert page.summary.text() == "共 2 朵；当前有效 2 朵"
    assert page.person_counts.text() == "小美：2026 年获得 2 朵，当前有效 1 朵"
    pick(page.person_filter, ids["赵组长"])  # an issuer: what he gave is listed, he holds none
    assert page.person_counts.text() == "赵组长：2026 年获得 0 朵，当前有效 0 朵"
    pick(page.person_filter, None)
    assert page.person_counts.text() == ""


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
    assert opened == [] and messages.of("info") == [f"小红花 {old.number} 已于 2026年9月1日 过期，不能转让"]
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


def _page_with_a_second_xiaomei(qtbot, team) -> tuple[FlowersPage, dict[str, int], int]:
    """The page after a second 小美 of 客服部 was given a flower: (page, the team's ids, her id)."""
    shop, ids = team
    second = shop.staff.add(StaffDraft(name="小美", role="客服", dept="客服部", hired=date(2026, 1, 1))).id
    shop.flowers.issue(ids["王店长"], second, "好事", day=date(2026, 10, 2))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    return page, ids, second


def test_namesakes_of_one_department_on_the_board_are_told_apart_by_their_number(qtbot, team):
    """Two 小美 of 客服部 were two rows 「小美 … 客服部」: the department column tells only other departments apart."""
    page, ids, second = _page_with_a_second_xiaomei(qtbot, team)
    names = {page.board.item(r, 1).text() for r in range(page.board.rowCount())}
    assert {f"小美（#{ids['小美']}）", f"小美（#{second}）"} <= names and "小美" not in names


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
    from ui.pages import flower_cards

    shop, ids = team
    revoked = shop.flowers.issue(ids["王店长"], ids["小刚"], "发错了", day=date(2026, 10, 3))
    shop.flowers.revoke(revoked.number, "误发")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    asked = []
    monkeypatch.setattr(flower_cards.QFileDialog, "getSaveFileName", staticmethod(lambda *args: asked.append(args) or ("", "")))
    assert page.print_cards() is None
    assert asked == [] and messages.of("info") == ["列出的小红花都已撤销，已撤销的小红花不打印卡片"]
    assert messages.of("error") == []


def test_the_ledger_and_its_filters_name_namesakes_with_their_number(qtbot, team):
    """Two 小美: the ledger's 获得人 and the 员工 filter said 小美 for both."""
    page, ids, second = _page_with_a_second_xiaomei(qtbot, team)
    assert page.model.index(0, 3).data() == f"小美（#{second}）"
    offered = [page.person_filter.itemText(i) for i in range(page.person_filter.count())]
    assert f"小美（#{ids['小美']}）" in offered and f"小美（#{second}）" in offered


def test_a_shop_without_staff_names_the_roles_that_give_flowers(qtbot, shop):
    """An empty 小红花 page said nothing of what to do first: its notice says who gives flowers (the roles of
    the settings), so the owner adds himself with one of them."""
    shop.settings.set(declared.FLOWER_MANAGER_ROLES, ["领班"])
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.no_staff.isVisibleTo(page)
    assert page.no_staff.label.text() == ("还没有员工：先到「员工」页添加员工。"
                                          "小红花由岗位是店长、主管或领班的员工发放：把自己也加为员工，选这样的岗位。")


def test_a_board_nobody_received_a_flower_in_says_so(qtbot, team):
    """A month without a flower showed every row 「—  0」 and nothing else: said under the board, as
    `honghua flowers board` says it, and gone once someone is ranked."""
    shop, ids = team
    shop.set_today(date(2026, 9, 10))
    shop.flowers.issue(ids["赵组长"], ids["小美"], "九月的好事")
    shop.set_today(date(2026, 10, 20))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    pick(page.board_span, "M10")
    assert not page.board_note.isHidden() and page.board_note.text() == "2026年10月还没有人获得小红花"
    pick(page.board_span, "M8")
    assert page.board_note.text() == "2026年8月没有人获得小红花"
    pick(page.board_span, "M9")
    assert page.board_note.isHidden()
    shop.flowers.issue(ids["王店长"], ids["小刚"], "十月的好事")
    pick(page.board_span, "M10")
    page.refresh()
    assert page.board_note.isHidden()


def test_the_two_counts_say_what_each_counts_where_they_stand_side_by_side(qtbot, team):
    """「获得 1，当前有效 0」 beside 「获得 0，当前有效 1」 after a transfer: nothing on the board, the person
    detail or the ledger's line said that a transfer moves only the second count."""
    from app.periods import Month
    from ui.dialogs.person_detail import PersonDetailDialog

    shop, ids = team
    flower = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")
    shop.flowers.transfer(flower.number, ids["小刚"], "小美", "谢谢顶班")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    received, held = (page.board.horizontalHeaderItem(c).toolTip() for c in (2, 3))
    assert "转让给同事后仍算此人获得的" in received and "含同事转让来的" in held
    pick(page.person_filter, ids["小刚"])
    assert page.person_counts.toolTip() == f"{received}\n{held}"
    detail = PersonDetailDialog(shop, shop.staff.get(ids["小刚"]), Month(2026, 10), None)
    qtbot.addWidget(detail)
    assert detail.flowers.text() == "小红花：2026 年获得 0 朵，当前有效 1 朵"
    assert detail.flowers.toolTip() == f"{received}\n{held}"


def test_an_empty_ledger_says_why_it_is_empty(qtbot, team):
    """On the 1st of a month, or a filter listing nothing, the ledger was a blank white area."""
    shop, ids = team
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.empty_text == "还没有小红花：点「发放小红花」表扬一件具体的事"
    shop.set_today(date(2026, 9, 10))
    shop.flowers.issue(ids["赵组长"], ids["小美"], "九月的好事")
    shop.set_today(date(2026, 10, 20))
    page.refresh()
    assert page.table.empty_text == ""
    pick(page.month_filter, "2026-10")
    assert page.model.rowCount() == 0 and page.table.empty_text == "本月还没有发放小红花"
    pick(page.month_filter, None)
    pick(page.status_filter, "revoked")
    assert page.table.empty_text == "当前的筛选没有列出小红花"
