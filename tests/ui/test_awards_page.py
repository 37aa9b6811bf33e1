"""评奖 page: compute in the background → manual line → approve → data edited → the changed-since-approval
banner with the person's difference; the not-ended confirmation; totals to the fen; payout, receipt, what-if."""

from __future__ import annotations

import re
from datetime import date

import pytest
from awards_page_support import (
    OCT,
    PLAN,
    SCREENS,
    SEP,
    _exported,
    _put,
    _run,
    _write,
    make_team,
    open_page,
    wait_idle,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from app.periods import HalfYear, Month, Quarter, Year
from ui.dialogs.award_dialogs import AdjustDialog, ManualAwardDialog, ReceiptDialog
from ui.dialogs.simulate_dialog import SimulateDialog
from ui.models.award_models import FEN_ROLE, TotalsModel
from ui.pages.awards import AwardsPage


@pytest.fixture
def team(shop, tmp_path):
    return make_team(shop, tmp_path)


@pytest.fixture
def page(qtbot, shop, team):
    widget = open_page(qtbot, shop)
    yield widget
    wait_idle(qtbot, widget)


def _totals(model: TotalsModel) -> dict[str, tuple[int, ...]]:
    rows = {}
    for row in range(model.rowCount()):
        name = model.index(row, model.NAME).data()
        rows[name] = tuple(model.index(row, c).data(FEN_ROLE) for c in range(model.CASH, model.NET + 1))
    return rows


def _lines(page) -> list[tuple[str, str, str]]:
    m = page.model
    return [(m.index(r, m.RECIPIENT).data(), m.index(r, m.AWARD).data(), m.index(r, m.AMOUNT).data())
            for r in range(m.rowCount())]


def _save(widget, name):
    QApplication.processEvents()  # pending layout requests, as the event loop would run them
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENS / name))


def test_compute_manual_approve_edit_shows_changed_flag(qtbot, qtmodeltester, page, shop, team, messages):
    assert page.title == "评奖" and page.period == SEP  # the last ended month by default
    _run(qtbot, page, page.refresh)  # the draft shows as soon as the page does (it used to say 尚未计算)
    assert "尚未批准（草稿）" in page.state.text() and page.model.rowCount() == 3
    status, plans = page.state.text().split("\n")  # the plans on a line of their own, never cut mid-phrase
    assert "个人实发合计" in status and plans.startswith("方案：")
    assert shop.store.audit.recent(limit=1)[0].action != "awards.compute"  # looking is not logged as a compute
    _run(qtbot, page, page.compute)
    # 甲: 120% → ¥500, 2 praises × ¥20 = ¥40; 乙: ¥11,999.99 < ¥12,000.00 → no stage, one complaint −¥200
    assert sorted(_lines(page)) == [("乙", "投诉扣款", "-¥200.00"), ("甲", "表扬奖", "¥40.00"),
                                    ("甲", "阶段目标奖", "¥500.00")]
    assert _totals(page.totals_model) == {"甲": (54000, 0, 0, 54000), "乙": (0, 0, 20000, -20000),
                                          "合计（个人）": (54000, 0, 20000, 34000)}
    review = shop.awards.status(SEP)
    for person in review.totals:  # the page's totals are the service's, to the fen
        assert _totals(page.totals_model)[person.staff] == (person.cash_fen, person.goods_fen, person.deduction_fen,
                                                            person.net_fen)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.totals_model)
    qtmodeltester.check(page.tabs.why_not_model)
    reasons = page.tabs.why_not_model
    why_not = [reasons.index(r, reasons.REASON).data() for r in range(reasons.rowCount())]
    assert any("完成 99.9999%，未达 100%" in text for text in why_not), why_not
    _save(page, "awards.png")

    dialog = ManualAwardDialog(shop, SEP, page)
    qtbot.addWidget(dialog)
    dialog.rule.setCurrentIndex([r.name for r, _ in dialog.choices].index("降本奖"))
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(f"staff:{team['乙']}"))
    assert "¥200.00 – ¥500.00" in dialog.range.text()
    dialog.amount.setText("300")
    dialog.accept()
    assert "理由" in dialog.error.text() and dialog.manual_id is None  # the reason is required
    dialog.reason.setText("更换包装供应商，每月省 ¥800")
    _save(dialog, "awards_manual_dialog.png")
    dialog.accept()
    assert dialog.manual_id is not None
    _run(qtbot, page, page.refresh)
    assert _totals(page.totals_model)["乙"] == (30000, 0, 20000, 10000)
    assert page.tabs.manual.rowCount() == 1 and page.tabs.manual.item(0, 1).text() == "降本奖"

    _run(qtbot, page, page.approve)
    question = messages.of("confirm")[-1]  # an ended month asks for no confirmation of its own …
    assert "批准 2026年9月" in question and "才结束" not in question and "暂定" not in question
    assert "数据只到 2026年9月5日" in question  # … but says where its data stop (the team's end on the 5th)
    assert len(shop.awards.history(SEP)) == 1 and page.tabs.history.item(0, 0).text() == "当前"
    assert re.search(r"已于 2026年10月20日 \d\d:\d\d 由 \S+ 批准", page.state.text()) and not page.banner.isVisible()

    _put(shop, team["乙"], date(2026, 9, 6), 1, confirm_approved=True)  # 乙 reaches exactly 100% after approval: +¥200
    _run(qtbot, page, page.refresh)
    assert page.banner.isVisible()
    text = page.banner_text.toPlainText()
    assert "批准后数据有变化" in page.banner_title.text()
    assert "乙：实发 ¥100.00 → ¥300.00" in text and "+ 阶段目标奖 ¥200.00" in text
    assert "甲" not in text
    qtbot.waitUntil(lambda: page.banner.height() < 160)  # sized to its two lines, not to an empty text box
    assert ("乙", "阶段目标奖", "¥200.00") not in _lines(page)  # the approved lines are still what is shown
    _save(page, "awards_changed.png")

    _run(qtbot, page, page.reapprove_button.click)
    assert "重新计算并批准" in messages.of("confirm")[-1]
    assert not page.banner.isVisible() and ("乙", "阶段目标奖", "¥200.00") in _lines(page)
    assert [page.tabs.history.item(r, 0).text() for r in range(2)] == ["当前", "已被取代"]
    # times read as the window writes dates (2026年10月20日 21:51), not as stored stamps
    stamp = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$")
    for row, column in ((0, 1), (1, 1), (1, 3)):
        assert stamp.match(page.tabs.history.item(row, column).text()), (row, column)
    summary = shop.store.audit.recent(1, "awards.approve")[0].summary
    assert re.search(r"取代 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 的批准", summary), summary


def test_a_period_not_ended_is_approved_only_after_confirming_why(qtbot, page, shop, team, messages):
    page.picker.setPeriod(OCT)
    _run(qtbot, page, page.compute)
    assert ("甲", "阶段目标奖", "¥500.00") in _lines(page)  # ¥5,000.00 of ¥4,000.00 = 125%
    assert "期间到 2026年10月31日 才结束" in page.notes.text()
    messages.answer = False
    assert page.approve() is None
    question = messages.of("confirm")[-1]
    assert "请注意" in question and "期间到 2026年10月31日 才结束" in question
    assert shop.awards.history(OCT) == []
    messages.answer = True
    _run(qtbot, page, page.approve)
    runs = shop.awards.history(OCT)
    assert len(runs) == 1 and "2026年10月31日" in runs[0].confirmed  # approved with confirm=True
    assert messages.of("error") == []


def test_a_month_whose_last_days_have_no_data_says_so_before_it_is_approved(qtbot, page, shop, team, messages):
    """On the 1st the owner computes last month before its last reports are imported: the page and the
    question before approving say where the data stop, so a month short of days is not approved unawares."""
    page.picker.setPeriod(SEP)
    _run(qtbot, page, page.compute)
    note = "数据只到 2026年9月5日，2026年9月6日 至 2026年9月30日 还没有任何人的数据"
    assert note in page.notes.text()
    messages.answer = False
    assert page.approve() is None
    assert note in messages.of("confirm")[-1] and shop.awards.history(SEP) == []
    _put(shop, team["甲"], date(2026, 9, 30), 1)  # the last day's report comes in
    _run(qtbot, page, page.compute)
    assert "数据只到" not in page.notes.text()


def test_in_english_the_note_of_the_missing_last_days_starts_as_a_sentence(qtbot, qapp, page):
    """Said alone on its line above the table, the English note began in lower case ("the data end on…"): it is
    written to go inside the question before approving."""
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        page.picker.setPeriod(SEP)
        _run(qtbot, page, page.compute)
        notes = page.notes.text().splitlines()
    finally:
        install_translators(qapp, "zh")
    assert any(line.startswith("The data end on 2026-09-05: no one has data") for line in notes), notes


def test_filters_adjust_and_remove(qtbot, page, shop, team, messages):
    _run(qtbot, page, page.compute)
    page.person_filter.setCurrentIndex(page.person_filter.findData(team["甲"]))
    assert {r[0] for r in _lines(page)} == {"甲"} and page.model.rowCount() == 2
    page.award_filter.setCurrentIndex(page.award_filter.findData("表扬奖"))
    assert _lines(page) == [("甲", "表扬奖", "¥40.00")] and page.count.text() == "显示 1 / 3 行"
    page.person_filter.setCurrentIndex(0)
    page.award_filter.setCurrentIndex(0)
    dialog = AdjustDialog(shop, SEP, page, team["乙"])
    qtbot.addWidget(dialog)
    dialog.amount.setText("-12.34")
    dialog.reason.setText("多发了上月补贴")
    dialog.accept()
    assert dialog.manual_id is not None
    _run(qtbot, page, page.refresh)
    assert _totals(page.totals_model)["乙"] == (0, 0, 21234, -21234)
    page.tabs.manual.selectRow(0)
    _run(qtbot, page, page.remove_manual)
    assert shop.awards.manual_lines(SEP) == [] and _totals(page.totals_model)["乙"] == (0, 0, 20000, -20000)


def test_the_adjust_dialog_says_an_adjustment_corrects_the_pay_of_someone_out_of_the_awards(qtbot, shop, team):
    owner = shop.staff.add(StaffDraft(name="王老板", dept="客服部", role="店长", hired=date(2024, 1, 1),
                                      in_awards=False)).id
    dialog = AdjustDialog(shop, SEP, None, team["乙"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.person_note.isHidden()
    dialog.person.setCurrentIndex(dialog.person.findData(owner))
    assert dialog.person_note.isVisible()
    assert dialog.person_note.text() == "王老板（#3）不参与评奖：调整是对工资的更正，不是奖项，照常计入发放表和计算单"
    dialog.amount.setText("100")
    dialog.reason.setText("上月少算的加班费")
    dialog.accept()
    assert [(row.staff_id, row.amount_fen) for row in shop.awards.manual_lines(SEP)] == [(owner, 10_000)]
    SCREENS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENS / "awards_adjust_not_in_awards.png"))


def test_payout_receipt_and_what_if(qtbot, page, shop, team, messages, tmp_path):
    from openpyxl import load_workbook

    _run(qtbot, page, page.compute)
    messages.answer = False
    assert _exported(qtbot, page.export_payout, tmp_path / "draft.xlsx") is None  # a draft only when asked
    assert "还没有批准" in messages.of("confirm")[-1] and not (tmp_path / "draft.xlsx").exists()
    assert _exported(qtbot, page.export_all_receipts, tmp_path / "draft.pdf") is None
    assert not (tmp_path / "draft.pdf").exists()
    asked = len(messages.of("confirm"))
    page.pay_month = lambda: Month(2026, 7)  # nobody has an award: said plainly, no draft offered
    assert _exported(qtbot, page.export_all_receipts, tmp_path / "july.pdf") is None
    assert len(messages.of("confirm")) == asked
    assert "2026年7月 没有人获得奖励" in messages.of("info")[-1] and not messages.of("error")  # information, not 出错了
    del page.pay_month
    early = ReceiptDialog(shop, SEP, team["甲"], page)
    qtbot.addWidget(early)
    assert early.draft and "草稿" in early.windowTitle()
    messages.answer = True
    _run(qtbot, page, page.approve)
    saved = _exported(qtbot, page.export_payout, tmp_path / "发放表.xlsx").path
    assert saved.exists() and "已导出 2026年9月 发放表" in messages.of("info")[-1]
    sheet = load_workbook(saved).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert "甲" in values and "乙" in values
    everyone = _exported(qtbot, page.export_all_receipts, tmp_path / "全员.pdf")
    assert everyone is not None and everyone.path.exists() and "全员计算单" in messages.of("info")[-1]

    receipt = ReceiptDialog(shop, SEP, team["甲"], page)
    qtbot.addWidget(receipt)
    assert not receipt.draft and "草稿" not in receipt.windowTitle()
    assert receipt.lines.rowCount() == 2 and receipt.net_fen == 54000 and "¥540.00" in receipt.total.text()
    assert receipt.inputs.rowCount() > 0
    _save(receipt, "awards_receipt.png")
    saving = receipt.save_pdf(tmp_path / "甲.pdf")  # written by a worker
    with qtbot.waitSignal(saving.succeeded, timeout=20_000) as written:
        pass
    pdf = written.args[0]
    assert pdf.read_bytes().startswith(b"%PDF") and messages.of("info")[-1] == f"已保存 {pdf}"

    draft = dict(PLAN, name="客服方案草案", rules=[dict(PLAN["rules"][1], amount=50), PLAN["rules"][2]])
    sim = SimulateDialog(shop, page)
    qtbot.addWidget(sim)
    sim.resize(900, 560)
    sim.plan.setCurrentText(str(_write(tmp_path, draft, "draft.json")))
    with qtbot.waitSignal(sim.run().finished, timeout=10_000):
        pass
    # 甲: ¥540 → 2 × ¥50 = ¥100; 乙: −¥200 → −¥200
    people = {sim.people.item(r, 0).text(): sim.people.item(r, 3).text() for r in range(sim.people.rowCount())}
    assert people == {"甲": "-¥440.00", "乙": "¥0.00"}
    assert sim.months.item(2, 6).text() == "-¥440.00"
    sim.show()
    _save(sim, "awards_simulate.png")
    sim.plan.setCurrentText("没有这个方案")  # a run that fails leaves no earlier plan's numbers on screen
    with qtbot.waitSignal(sim.run().finished, timeout=10_000):
        pass
    assert sim.people.rowCount() == 0 and sim.summary.text() == "" and sim.simulation is None


def test_period_kind_picker(qtbot, page):
    picker = page.picker
    seen = []
    picker.periodChanged.connect(seen.append)
    picker.kind.setCurrentIndex(picker.kind.findData("quarter"))
    assert picker.period() == Quarter(2026, 3) and picker.number.isVisible() and not picker.month.isVisible()
    picker.kind.setCurrentIndex(picker.kind.findData("half"))
    assert picker.period() == HalfYear(2026, 2)
    picker.number.setCurrentIndex(0)
    assert picker.period() == HalfYear(2026, 1)
    picker.kind.setCurrentIndex(picker.kind.findData("year"))
    picker.year.setValue(2025)
    assert picker.period() == Year(2025) and not picker.number.isVisible()
    picker.setPeriod(Month(2026, 8))
    assert picker.month.isVisible() and picker.kind.currentData() == "month"
    assert seen == [Quarter(2026, 3), HalfYear(2026, 2), HalfYear(2026, 1), Year(2026), Year(2025), Month(2026, 8)]
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def test_the_page_opens_from_the_main_window_with_ctrl_6(make_window, qtbot, team):
    window = make_window(start_page="dashboard")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, AwardsPage) and window.stack.currentWidget() is page
    assert "2026年9月" in page.state.text()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def test_without_a_plan_the_page_says_so_and_computes_nothing(qtbot, shop, messages):
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.refresh()
    assert "还没有生效的激励方案" in page.state.text() and "honghua" not in page.state.text()  # the window's words
    assert not page.compute_button.isEnabled() and not page.approve_button.isEnabled() and not page.busy
    page.approve()
    assert "请先点击「计算」" in messages.of("info")[-1]


def test_a_period_without_winners_points_to_the_reasons(qtbot, shop, messages):
    """A new shop's first look at 评奖 (no data for the month yet): not a silent empty table, but where to see why."""
    shop.staff.add(StaffDraft(name="王小美", dept="客服部", role="客服"))
    shop.awards.plans.use("taobao-kefu")
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    _run(qtbot, page, page.refresh)
    assert page.model.rowCount() == 0
    assert "没有人获奖" in page.count.text() and "「未获奖原因」" in page.count.text()


def test_changed_data_with_the_same_result_is_said_calmly_and_once(qtbot, page, shop, team, messages):
    """After approval the owner adds himself as staff (to give flowers): the inputs changed, the result did not.
    The banner says the result is the same, and does not repeat the notes shown under it."""
    _run(qtbot, page, page.refresh)
    _run(qtbot, page, page.approve)
    shop.staff.add(StaffDraft(name="陈店长", role="店长", hired=date(2026, 1, 1)), confirm_approved=True)
    _run(qtbot, page, page.refresh)
    assert page.banner.isVisible() and page.review.differences == []
    assert "结果与批准时相同" in page.banner_title.text()
    assert not page.banner_text.isVisibleTo(page.banner)  # the notes under the banner already say what changed
    assert "输入数据有变化，但重新计算的结果与批准时相同" in page.notes.text()


def test_a_month_approved_in_chinese_shows_only_real_differences_in_english(qtbot, shop, team, qapp, messages):
    """The approved explanations are in Chinese, the new ones in English: only 乙's real change is listed."""
    from ui.main import install_translators

    shop.awards.approve(SEP, confirm=True)
    _put(shop, team["乙"], date(2026, 9, 6), 1, confirm_approved=True)  # 乙 reaches exactly 100% after approval: +¥200
    install_translators(qapp, "en")
    try:
        page = AwardsPage(shop)
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        _run(qtbot, page, page.refresh)
        assert page.banner.isVisible() and "The data changed after approval" in page.banner_title.text()
        added = page.review.differences[0].added[0]
        assert "achieved" in added.explanation  # computed now, in English
        assert page.banner_text.toPlainText().splitlines() == [
            "乙: net -¥200.00 → ¥0.00", f"  + 阶段目标奖 ¥200.00: {added.explanation}"]
        _save(page, "awards_changed_english.png")
    finally:
        install_translators(qapp, "zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_many_differences_after_approval_still_fit_a_1024x700_screen(make_window, shop, qtbot, qapp, lang, messages):
    """The owner corrects September's targets after approving it: everyone's result changes. The banner's list of
    differences scrolls within a few lines, so 批准… and 导出发放表… stay on a 1024×700 screen."""
    from ui.main import install_translators

    sales = shop.metrics.get("sales")
    people = [shop.staff.add(StaffDraft(name=f"客服{i}", dept="客服部", role="客服", hired=date(2026, 1, 1))).id
              for i in range(6)]
    for person in people:
        _put(shop, person, date(2026, 9, 10), 1_200_000)
        shop.targets.set_staff(SEP, person, sales, 1_000_000)
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP, confirm=True)
    for person in people:
        shop.targets.set_staff(SEP, person, sales, 1_500_000, confirm_approved=True)
    install_translators(qapp, lang)
    try:
        window = make_window(start_page="awards")
        window.show()
        page = window.current_page()
        qtbot.waitExposed(window)
        _run(qtbot, page, page.refresh)
        assert page.banner.isVisible() and len(page.review.differences) == 6
        qtbot.wait(20)  # the banner's new height is laid out
        need = window.minimumSizeHint()
        assert need.width() <= 1024 and need.height() <= 640, need
    finally:
        install_translators(qapp, "zh")


# ---- a click of the owner's is never dropped while the page refreshes in the background

def test_compute_clicked_while_the_page_refreshes_is_not_dropped(qtbot, shop, team, messages):
    shop.awards.approve(SEP, confirm=True)
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    page.show()
    page.refresh()          # the page is shown: the period's state is read in the background
    assert page.busy
    task = page.compute()   # the owner clicks 计算 right away
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    computes = [e for e in shop.store.audit.recent(50) if e.action == "awards.compute"]
    assert task is not None and computes, "计算 was dropped"


def test_approve_confirmed_while_the_page_refreshes_is_not_dropped(qtbot, shop, team, messages):
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.compute()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    page.refresh()  # e.g. the 2-second data_version poll after the compute's audit row, or a page switch
    assert page.busy and page.review is not None
    page.approve()  # confirmed (messages answer yes)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert shop.awards.history(SEP), f"approval confirmed but never run; shown: {messages.shown}"


def test_a_plan_put_in_force_for_an_approved_month_asks_and_shows_as_a_plan_change(qtbot, page, shop, team,
                                                                                  messages):
    from ui.plans.use_dialog import UsePlanDialog

    shop.awards.approve(SEP, confirm=True)
    first = shop.awards.plans.in_force(SEP)[0].stored
    data = shop.awards.plans.editable(first.id)
    next(r for r in data["rules"] if r["name"] == "表扬奖")["amount"] = 30
    v2 = shop.awards.plans.save_edited(data).stored
    dialog = UsePlanDialog(shop, v2.label, start=SEP, plan_id=v2.id)
    qtbot.addWidget(dialog)
    dialog.dept.setCurrentIndex(dialog.dept.findData("客服部"))
    messages.answer = False
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted  # told first, and the owner said no
    assert "2026年9月 已经批准" in messages.of("confirm")[-1] and "重新批准" in messages.of("confirm")[-1]
    dialog.month.setMonth(OCT)
    asked = len(messages.of("confirm"))
    dialog.accept()  # from October: September keeps its plan, nothing to ask
    assert dialog.result() == dialog.DialogCode.Accepted and len(messages.of("confirm")) == asked

    shop.awards.plans.use_stored(v2.id, "客服部", "2026-09")
    _run(qtbot, page, page.refresh)
    assert page.banner.isVisible()
    title = page.banner_title.text()
    assert "批准后方案有变化（客服方案 第1版 → 第2版）" in title and "数据没有变化" in title
    assert "甲：实发 ¥540.00 → ¥560.00" in page.banner_text.toPlainText()
    plans = page.state.text().split("\n")[1]
    assert plans.startswith("方案：客服方案（客服部、未分部门）（批准时）；现在生效：") and "客服方案（第2版）（客服部）" in plans
    page.approve()
    assert "按现在生效的方案（客服方案 第1版 → 第2版）重新计算并批准" in messages.of("confirm")[-1]
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def test_a_shop_that_started_this_month_opens_on_this_month(qtbot, shop):
    """On 10-20 a new shop with data only in October saw 2026年9月, empty, with nothing to compute."""
    person = shop.staff.add(StaffDraft(name="王小美", dept="客服部", role="客服"))
    _put(shop, person.id, date(2026, 10, 3), 50_000)
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    assert page.picker.period() == OCT
    _put(shop, person.id, date(2026, 9, 30), 40_000)  # once September holds data, it is the month judged
    again = AwardsPage(shop)
    qtbot.addWidget(again)
    assert again.picker.period() == SEP
