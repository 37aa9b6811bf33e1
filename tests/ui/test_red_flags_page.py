"""小红旗 on the 小红花 page: the issue dialog, the flags tab, revoking a flag, browsing earlier months."""

from datetime import date
from pathlib import Path

import pytest
from flowers_support import greyed, make_team, pick

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.flower_dialogs import RedFlagDialog
from ui.pages.flowers import FlowersPage

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


@pytest.fixture
def team(shop):
    return make_team(shop)


def test_red_flag_dialog(qtbot, team):
    shop, ids = team
    dialog = RedFlagDialog(shop)
    qtbot.addWidget(dialog)
    assert [dialog.issuer.itemData(i) for i in range(dialog.issuer.count())] == [ids["王店长"]]
    dialog.dept.setCurrentText("售后部")
    dialog.accept()
    assert "理由" in dialog.error.text()
    dialog.reason.setText("双11零差评")
    dialog.accept()
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert "售后部：双11零差评" in page.flags.item(0).text()


def _flag_lines(page):
    return [page.flags.item(i).text() for i in range(page.flags.count())]


def test_a_red_flag_is_revoked_from_the_flags_tab(qtbot, team, messages, monkeypatch):
    from ui.pages import flowers

    shop, ids = team
    flag = shop.flowers.issue_red_flag(ids["王店长"], "客服部", "双11零差评")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    asked = []
    monkeypatch.setattr(flowers.QInputDialog, "getText", lambda *args: asked.append(args) or ("发错部门了", True))
    page.revoke_flag_button.click()  # nothing chosen yet: says so, asks nothing
    assert messages.of("info") == ["请先在小红旗列表中选中一面小红旗"] and asked == []
    page.flags.setCurrentRow(0)
    page.revoke_flag_button.click()
    assert len(asked) == 1 and asked[0][1] == "撤销小红旗" and "HQ-2026-0001" in asked[0][2]
    revoked = shop.flowers.red_flag(flag.number)
    assert revoked.revoked_at and revoked.revoke_reason == "发错部门了"
    [line] = _flag_lines(page)
    assert "HQ-2026-0001" in line and "客服部：双11零差评" in line and "已撤销：发错部门了" in line
    assert greyed(page, page.flags.item(0))
    assert page.flag_summary.text() == "有效 0 面；已撤销 1 面"
    page.flags.setCurrentRow(0)
    page.revoke_flag_button.click()  # a second time: refused, shown, nothing written
    assert messages.of("error") == ["小红旗 HQ-2026-0001 已经撤销过了"]
    assert shop.flowers.red_flag(flag.number).revoke_reason == "发错部门了"
    assert [e.action for e in shop.store.audit.recent(action_prefix="red_flag.")] == ["red_flag.revoke",
                                                                                      "red_flag.issue"]


def test_cancelling_the_reason_revokes_nothing_and_a_blank_reason_is_refused(qtbot, team, messages, monkeypatch):
    from ui.pages import flowers

    shop, ids = team
    flag = shop.flowers.issue_red_flag(ids["王店长"], "客服部", "双11零差评")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.flags.setCurrentRow(0)
    monkeypatch.setattr(flowers.QInputDialog, "getText", lambda *args: ("理由写了但取消了", False))
    page.revoke_flag_button.click()
    page.revoke_flag(reason="   ")
    assert messages.of("error") == ["撤销小红旗 HQ-2026-0001 需要写明原因"]
    assert shop.flowers.red_flag(flag.number).revoked_at is None
    assert "已撤销" not in _flag_lines(page)[0] and not greyed(page, page.flags.item(0))
    assert page.flag_summary.text() == "有效 1 面；已撤销 0 面\n客服部 1 面"


def test_earlier_months_flags_can_be_browsed(qtbot, team, monkeypatch):
    shop, ids = team
    shop.set_today(date(2026, 8, 5))
    old = shop.flowers.issue_red_flag(ids["王店长"], "售后部", "八月零投诉")
    shop.flowers.revoke_red_flag(old.number, "发错月份了")
    shop.flowers.issue_red_flag(ids["王店长"], "客服部", "八月好评率第一")
    shop.set_today(date(2026, 10, 20))
    shop.flowers.issue_red_flag(ids["王店长"], "客服部", "双11零差评")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.refresh()
    months = [page.flag_month.itemText(i) for i in range(page.flag_month.count())]
    assert months == ["全部月份", "2026年10月", "2026年8月"]
    assert page.flag_month.currentData() == "2026-10"  # this month's flags at first, as before
    assert [line.split("　")[1] for line in _flag_lines(page)] == ["HQ-2026-0003"]
    pick(page.flag_month, "2026-08")
    lines = _flag_lines(page)
    assert [line.split("　")[1] for line in lines] == ["HQ-2026-0002", "HQ-2026-0001"]  # newest first
    assert "已撤销" not in lines[0] and "已撤销：发错月份了" in lines[1] and greyed(page, page.flags.item(1))
    assert page.flag_summary.text() == "有效 1 面；已撤销 1 面\n客服部 1 面"  # the revoked one is not counted
    page.refresh()  # e.g. another window changed the file: the chosen month stays
    assert page.flag_month.currentData() == "2026-08" and len(_flag_lines(page)) == 2
    pick(page.flag_month, None)
    assert [line.split("　")[1] for line in _flag_lines(page)] == ["HQ-2026-0003", "HQ-2026-0002", "HQ-2026-0001"]
    assert page.flag_summary.text() == "有效 2 面；已撤销 1 面\n客服部 2 面"  # each department's valid flags
    # a flag issued while an earlier month is shown: the list moves to this month, where it is
    pick(page.flag_month, "2026-08")
    monkeypatch.setattr(RedFlagDialog, "ask", classmethod(
        lambda cls, parent, shop: shop.flowers.issue_red_flag(ids["王店长"], "售后部", "退款时效第一")))
    page.flag_button.click()
    assert page.flag_month.currentData() == "2026-10"
    assert [line.split("　")[1] for line in _flag_lines(page)] == ["HQ-2026-0004", "HQ-2026-0003"]
    assert page.flag_summary.text() == "有效 2 面；已撤销 0 面\n客服部 1 面、售后部 1 面"
    page.tabs.setCurrentIndex(2)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(ARTIFACTS / "flowers_red_flags.png"))


def test_the_board_shows_the_months_red_flags_by_department(qtbot, team):
    """Issue 7: a red flag is 「shown on the department's board」. Revoked ones and other months' do not count."""
    from ui.pages.dashboard import DashboardPage

    shop, ids = team
    for dept in ("售后部", "客服部", "售后部"):
        shop.flowers.issue_red_flag(ids["王店长"], dept, "双11零差评")
    revoked = shop.flowers.issue_red_flag(ids["王店长"], "客服部", "发错了")
    shop.flowers.revoke_red_flag(revoked.number, "发错部门了")
    today = shop.today
    shop.set_today(date(2026, 9, 20))
    shop.flowers.issue_red_flag(ids["王店长"], "客服部", "九月零投诉")
    shop.set_today(today)
    assert shop.flowers.red_flags_by_department(shop.current_month()) == [("售后部", 2), ("客服部", 1)]
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    label = page.summary.red_flags
    assert label.isVisibleTo(page) and label.text() == "小红旗：售后部 2 面、客服部 1 面"
    page.grab().save(str(ARTIFACTS / "board_red_flags.png"))
    assert label.minimumSizeHint().width() < label.sizeHint().width()  # a long list gives way, never widens the board


def test_a_long_department_list_does_not_make_the_page_taller_than_a_laptop_at_150_percent(qtbot, team, qsettings):
    """One line per department under the flags: twelve departments made the window at least 568 high, taller than
    the 432 a 1366×768 laptop at 150 % leaves it; the counts now wrap as one list, in the board's words, broken
    between departments, on two lines at most (the rest in the tooltip)."""
    from ui.main_window import MainWindow

    shop, ids = team
    departments = ("售前客服一部", "售前客服二部", "售后服务部", "直播运营部", "仓储物流部", "视觉设计部", "客户关系管理部",
                   "财务部", "人事行政部", "新媒体部", "质检部", "大促项目组")
    for i, dept in enumerate(departments):
        shop.staff.add(StaffDraft(name=f"员工{i}", dept=dept, hired=date(2025, 1, 1)))
        shop.flowers.issue_red_flag(ids["王店长"], dept, "零差评")
    window = MainWindow(shop, start_page="flowers", settings=qsettings)
    qtbot.addWidget(window)
    window.resize(895, 432)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    page.tabs.setCurrentIndex(2)
    summary = page.flag_summary.text()
    assert summary.startswith("有效 12 面；已撤销 0 面\n") and all(f"{d} 1 面" in summary for d in departments)
    assert window.minimumSizeHint().height() <= 432
    shown = page.flag_summary.shown_text()
    assert len(shown.splitlines()) <= 3 and all(line.endswith(("面", "、", "…")) for line in shown.splitlines())
    assert page.flag_summary.height() >= page.flag_summary.heightForWidth(page.flag_summary.width())  # none cut off
    assert page.flag_summary.is_cut() and page.flag_summary.toolTip() == summary  # all of it on hovering
    assert page.flags.height() >= 3 * page.flags.fontMetrics().height()  # the list keeps room for its flags
    window.stop_polling()
    window.grab().save(str(ARTIFACTS / "flowers_red_flags_many_departments.png"))


def test_the_red_flag_dialog_says_how_many_flags_are_left_this_month(qtbot, team):
    """The flower dialog says the quota left; the flag dialog said nothing until the 31st flag was refused."""
    from app import settings as declared

    shop, ids = team
    shop.settings.set(declared.RED_FLAG_POOL, 2)
    dialog = RedFlagDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.left.text() == "本月还可以发 2 面小红旗（共 2 面）"
    dialog.reason.setText("双11零差评")
    dialog.accept()
    shop.flowers.issue_red_flag(ids["王店长"], "客服部", "零投诉")
    again = RedFlagDialog(shop)
    qtbot.addWidget(again)
    assert again.left.text() == "本月的小红旗（共 2 面）已经发完了，下个月才能再发。"


def test_a_shop_without_departments_is_told_where_to_make_one(qtbot, shop):
    shop.staff.add(StaffDraft(name="王店长", role="店长", hired=date(2025, 1, 1)))
    dialog = RedFlagDialog(shop)
    qtbot.addWidget(dialog)
    dialog.reason.setText("双11零差评")
    dialog.accept()
    assert dialog.error.text() == "还没有部门：小红旗是发给部门的，请先在「员工」页的「部门管理」里添加部门"
    assert dialog.result() != dialog.DialogCode.Accepted


def test_a_red_flag_for_last_month_is_given_from_the_window_in_its_first_days(qtbot, team, monkeypatch):
    """On 2 November October's flag can still be given, as a flower can (the CLI's --date): from October's pool,
    by someone on the team then; not in the future, not before October."""
    from PySide6.QtCore import QDate

    from app import settings as declared

    shop, ids = team
    shop.settings.set(declared.RED_FLAG_POOL, 1)
    shop.set_today(date(2026, 11, 2))
    shop.flowers.issue_red_flag(ids["王店长"], "客服部", "十一月第一面")  # November's only flag is given
    dialog = RedFlagDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.day.maximumDate() == QDate(2026, 11, 2) and dialog.day.minimumDate() == QDate(2026, 10, 1)
    assert dialog.left.text() == "本月的小红旗（共 1 面）已经发完了，下个月才能再发。"
    dialog.day.setDate(QDate(2026, 10, 31))
    assert dialog.left.text() == "2026年10月还可以补发 1 面小红旗（共 1 面）"
    dialog.dept.setCurrentText("售后部")
    dialog.reason.setText("双11预热零差评")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.flag is not None
    assert dialog.flag.issued == date(2026, 10, 31)
    assert [f.number for f in shop.flowers.red_flags(Month(2026, 10))] == [dialog.flag.number]
    again = RedFlagDialog(shop)
    qtbot.addWidget(again)
    again.day.setDate(QDate(2026, 10, 30))
    assert again.left.text() == "2026年10月的小红旗（共 1 面）已经发完了。"
    again.reason.setText("再来一面")
    again.accept()
    assert again.error.text() == "2026年10月的小红旗（1 面）已发完"
    # the page shows the month the flag was given in
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    monkeypatch.setattr(RedFlagDialog, "ask", classmethod(lambda cls, parent, shop: dialog.flag))
    page.flag_button.click()
    assert page.flag_month.currentData() == "2026-10"


def test_the_red_flag_issuers_are_those_on_the_team_on_its_day(qtbot, team):
    from PySide6.QtCore import QDate

    shop, ids = team
    shop.set_today(date(2026, 11, 2))
    boss = shop.staff.add(StaffDraft(name="新店长", role="店长", hired=date(2026, 11, 1))).id
    dialog = RedFlagDialog(shop)
    qtbot.addWidget(dialog)
    offered = [dialog.issuer.itemData(i) for i in range(dialog.issuer.count())]
    assert offered == [ids["王店长"], boss]
    dialog.day.setDate(QDate(2026, 10, 31))
    assert [dialog.issuer.itemData(i) for i in range(dialog.issuer.count())] == [ids["王店长"]]


def test_the_flag_counts_are_listed_and_wrapped_as_the_windows_language_lists(qtbot, team, lang):
    """In English the counts were joined with 「、」 and so broken only there."""
    from app.sorting import chinese_order

    shop, ids = team
    departments = ("售前客服一部", "售前客服二部", "售后服务部", "直播运营部", "仓储物流部", "视觉设计部")
    for i, dept in enumerate(departments):
        shop.staff.add(StaffDraft(name=f"员工{i}", dept=dept, hired=date(2025, 1, 1)))
        shop.flowers.issue_red_flag(ids["王店长"], dept, "零差评")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    separator = {"zh": "、", "en": ", "}[lang]
    counts = page.flag_summary.text().split("\n")[1]
    in_order = sorted(departments, key=chinese_order)
    assert counts == separator.join(f"{d} 1 面" if lang == "zh" else f"{d} 1" for d in in_order)
    label = page.flag_summary
    lines = label.lines_for(label.fontMetrics().horizontalAdvance(counts) * 2 // 3)[1:]  # two lines, none cut
    assert len(lines) >= 2 and all(line.endswith(separator.strip()) for line in lines[:-1])
    assert separator.join(line.removesuffix(separator.strip()) for line in lines) == counts  # never inside a name
