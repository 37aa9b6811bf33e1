"""The award run on the store: plans in force per department, hand-computed amounts, manual lines,
adjustments, approval with a fingerprint, and "批准后数据有变化"."""

from datetime import date

import pytest

from app.awards import ConfirmationNeeded
from app.awards.caveats import data_short_note
from app.errors import UserError
from app.periods import Month, Quarter

from .conftest import OCT, SEP, put


def _by(review, name):
    return {(x.award, x.kind): x.amount_fen for x in review.lines if x.staff_name == name}


def test_september_by_hand(shop, team):
    review = shop.awards.compute(SEP)
    # 甲: ¥12,000.00 / ¥10,000.00 = 120% → ¥500; 12,000 − 10,000 = 2,000 = 1 step → ¥100; 2 praises × ¥20 = ¥40
    assert _by(review, "甲") == {("阶段目标奖", "cash"): 50000, ("阶梯奖励", "cash"): 10000, ("表扬奖", "cash"): 4000}
    # 乙: 11,999.99 / 12,000 < 100% → nothing; 1,999.99 < 2,000 → nothing; 1 complaint → −¥200
    assert _by(review, "乙") == {("投诉扣款", "deduction"): -20000}
    # 丙 is in 售后部: its own plan pays ¥30 a praise (plan A would pay ¥20)
    assert _by(review, "丙") == {("表扬奖", "cash"): 3000}
    totals = {x.staff: (x.cash_fen, x.deduction_fen, x.net_fen) for x in review.totals}
    assert totals == {"甲": (64000, 0, 64000), "乙": (0, 20000, -20000), "丙": (3000, 0, 3000)}
    # 客服部: (12,000.00 + 11,999.99) / (10,000 + 12,000) = 109.09% → the only department in plan A → ¥500
    team_line = next(x for x in review.lines if x.recipient_type == "department")
    assert (team_line.dept, team_line.amount_fen) == ("客服部", 50000)
    assert "部门目标 = 部门成员个人目标之和" in team_line.explanation
    assert "¥22,000.00" in team_line.explanation
    assert "not ended" not in review.notes and review.ended and review.provisional_values == 0


def test_step_uses_the_exact_boundary(shop, team):
    put(shop, team["乙"], date(2026, 9, 6), 1)  # 乙 now ¥12,000.00: exactly 100% and exactly one step
    review = shop.awards.status(SEP)
    assert _by(review, "乙") == {("阶段目标奖", "cash"): 20000, ("阶梯奖励", "cash"): 10000,
                                ("投诉扣款", "deduction"): -20000}


def test_only_the_rules_of_the_period_kind(shop, team):
    q3 = shop.awards.status(Quarter(2026, 3))
    # Q3 sales ranking in plan A: 甲 22,000.00 (10,000 + 12,000) vs 乙 21,999.99 → 甲 rank 1 → ¥1,500
    assert [(x.staff_name, x.award, x.amount_fen) for x in q3.lines] == [("甲", "季度排名奖", 150000)]


def test_a_later_plan_applies_from_its_month_and_a_department_plan_wins(shop, team, tmp_path):
    from .conftest import PLAN_A, write_plan

    cheaper = dict(PLAN_A, name="客服方案二", key="kefu-two",
                   rules=[dict(PLAN_A["rules"][2], amount=5)])  # praise ¥5 from October
    shop.awards.plans.use(str(write_plan(tmp_path, cheaper)), from_month="2026-10")
    shop.events.add(date(2026, 10, 2), team["甲"], "表扬")
    shop.events.add(date(2026, 10, 3), team["丙"], "表扬")
    assert _by(shop.awards.status(SEP), "甲")[("表扬奖", "cash")] == 4000  # September keeps plan A
    october = shop.awards.status(OCT)
    assert _by(october, "甲") == {("表扬奖", "cash"): 500}  # plan 二: 1 × ¥5
    assert _by(october, "丙") == {("表扬奖", "cash"): 3000}  # 售后部's own plan still wins: 1 × ¥30
    assert [p["plan"] for p in october.plans] == ["售后方案", "客服方案二"]


def test_manual_lines_need_a_reason_and_a_manual_rule(shop, team):
    with pytest.raises(UserError, match="理由"):
        shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=8000, reason="  ")
    with pytest.raises(UserError, match="没有手动奖项「阶梯奖励」"):
        shop.awards.add_manual(SEP, "阶梯奖励", staff_id=team["甲"], amount_fen=8000, reason="x")
    with pytest.raises(UserError, match="不在 ¥200.00–¥500.00 范围内"):
        shop.awards.add_manual(SEP, "降本奖", staff_id=team["乙"], amount_fen=19999, reason="换供应商")
    with pytest.raises(UserError, match="没有手动奖项"):  # 丙's department runs plan B, which has no 月度心愿奖
        shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["丙"], amount_fen=100, reason="x")
    wish = shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=8000, reason="团队投票：咖啡机")
    shop.awards.add_manual(SEP, "降本奖", staff_id=team["乙"], amount_fen=30000, reason="换供应商")
    shop.awards.adjust(SEP, team["丙"], -1234, "多发了上月补贴")
    review = shop.awards.status(SEP)
    totals = {x.staff: (x.cash_fen, x.goods_fen, x.deduction_fen, x.net_fen) for x in review.totals}
    # 甲 goods ¥80 (not netted); 乙 cash ¥300 − ¥200 complaint = ¥100; 丙 ¥30 − ¥12.34 = ¥17.66
    assert totals == {"甲": (64000, 8000, 0, 64000), "乙": (30000, 0, 20000, 10000), "丙": (3000, 0, 1234, 1766)}
    shop.awards.remove_manual(wish)
    assert {x.staff: x.goods_fen for x in shop.awards.status(SEP).totals}["甲"] == 0
    actions = [e.action for e in shop.store.audit.recent(20, "awards.")]
    assert actions.count("awards.manual_add") == 2 and "awards.adjust" in actions
    assert "awards.manual_remove" in actions


def test_an_adjustment_is_for_someone_on_the_team_in_the_period(shop, team):
    """The 调整 dialog offers only the people on the team in the period; `awards adjust` took anyone, so a newcomer
    hired in October got a line (and pay) in September's run."""
    from app.domain import StaffDraft

    newcomer = shop.staff.add(StaffDraft("新人", dept="客服部", hired=date(2026, 10, 8))).id
    before = shop.store.awards.manual(SEP.key())
    with pytest.raises(UserError, match=r"新人（#\d+）2026年9月不在职（2026年10月8日入职），不能调整"):
        shop.awards.adjust(SEP, newcomer, 8800, "补发")
    assert shop.store.awards.manual(SEP.key()) == before
    assert shop.awards.adjust(OCT, newcomer, 8800, "补发")


def test_approve_freezes_and_a_change_is_flagged_with_differences(shop, team):
    approval = shop.awards.approve(SEP)
    assert not approval.unchanged and approval.run.status == "approved"
    assert shop.awards.approve(SEP).unchanged  # same inputs: nothing written
    put(shop, team["乙"], date(2026, 9, 6), 1)  # 乙 reaches exactly 100% after approval
    review = shop.awards.compute(SEP)
    assert review.approved is not None and review.changed
    # the approved lines are still what is shown: 乙 keeps only the complaint
    assert _by(review, "乙") == {("投诉扣款", "deduction"): -20000}
    # …while why others got nothing can only be said for the data as it is now: the review says so
    assert any("获奖行是批准时的结果，未获奖原因按现在的数据" in note for note in review.notes)
    diffs = {d.recipient: d for d in review.differences}
    # 乙: −200 → 200 + 100 − 200 = 100; 客服部's fund stays ¥500 (only its explanation has the new sum): the same line
    assert (diffs["乙"].old_net_fen, diffs["乙"].new_net_fen) == (-20000, 10000)
    assert {x.award for x in diffs["乙"].added} == {"阶段目标奖", "阶梯奖励"}
    assert set(diffs) == {"乙"}
    again = shop.awards.approve(SEP)
    assert not again.unchanged and not again.review.changed
    history = shop.awards.history(SEP)
    assert [r.status for r in history] == ["approved", "superseded"]
    assert shop.store.audit.recent(5, "awards.approve")[0].summary.endswith(
        f"取代 {history[1].approved_at.replace('T', ' ')} 的批准）")


def test_a_manual_line_after_approval_marks_the_period_changed(shop, team):
    shop.awards.approve(SEP)
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=8000, reason="投票")
    assert shop.awards.status(SEP).changed


def test_an_unchanged_input_outside_the_facts_does_not_flag(shop, team):
    shop.awards.approve(SEP)
    put(shop, team["甲"], date(2026, 10, 5), 99_900)  # October data: not an input of September
    put(shop, team["甲"], date(2026, 9, 5), 7, metric="inquiries")  # a metric no rule reads
    assert not shop.awards.status(SEP).changed


def test_approval_of_a_period_not_ended_needs_confirmation(shop, team):
    with pytest.raises(ConfirmationNeeded, match="2026年10月31日 才结束"):
        shop.awards.approve(OCT)
    assert shop.store.awards.current_run(OCT.key()) is None
    assert shop.awards.approve(OCT, confirm=True).run.confirmed.startswith("期间到 2026年10月31日")


def test_provisional_values_need_confirmation(shop, team):
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO pending_value (metric, start, end, staff_id) VALUES "
                              "('sales', '2026-09-30', '2026-09-30', ?)", [team["甲"]])
    review = shop.awards.status(SEP)
    assert review.provisional_values == 1
    with pytest.raises(ConfirmationNeeded, match="1 个暂定"):
        shop.awards.approve(SEP)


def test_an_ended_month_whose_data_stop_early_says_where_they_stop(shop, team):
    review = shop.awards.status(SEP)  # the team's September data end on the 5th
    assert review.data_through == date(2026, 9, 5)
    assert data_short_note(review) == ("数据只到 2026年9月5日，2026年9月6日 至 2026年9月30日 还没有任何人的数据"
                                       "（最后几天的报表导入了吗？）")
    assert shop.awards.status(Quarter(2026, 3)).as_json()["data_through"] == "2026-09-05"
    shop.awards.approve(SEP)  # said, not a confirmation: a shop may rest on the month's last days
    assert data_short_note(shop.awards.status(SEP)) == ""  # approved: not questioned again


def test_a_month_with_data_on_its_last_day_or_not_ended_says_nothing(shop, team):
    put(shop, team["乙"], date(2026, 9, 30), 3, metric="inquiries")  # anyone's value of any metric will do
    assert data_short_note(shop.awards.status(SEP)) == ""
    assert data_short_note(shop.awards.status(OCT)) == ""  # not over yet: 期间到 … 才结束 says it


def test_a_month_without_any_data_says_so(shop, team):
    assert data_short_note(shop.awards.status(Month(2026, 7))) == "本期（2026年7月1日 至 2026年7月31日）还没有任何人的数据"


def test_an_imported_month_total_counts_to_its_last_day(shop, team):
    """A month-total report (赤兔's monthly one) covers the month to its last day; in a span it reaches beyond,
    it is not counted, and only the daily values say where the data stop."""
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) "
                              "VALUES ('sales', '2026-09-01', '2026-09-30', ?, 100)", [team["甲"]])
    values = shop.store.values
    assert values.last_day_with_data(date(2026, 9, 1), date(2026, 9, 30)) == date(2026, 9, 30)
    assert values.last_day_with_data(date(2026, 7, 1), date(2026, 9, 30)) == date(2026, 9, 30)  # the quarter
    assert values.last_day_with_data(date(2026, 9, 1), date(2026, 9, 15)) == date(2026, 9, 5)  # daily: 9-3 … 9-5
    assert values.last_day_with_data(date(2026, 7, 1), date(2026, 7, 31)) is None
    assert data_short_note(shop.awards.status(SEP)) == ""


def test_no_plan_in_force_says_what_to_do(shop):
    with pytest.raises(UserError, match="plan use"):
        shop.awards.compute(Month(2026, 9))


def test_compute_and_approve_are_logged(shop, team):
    shop.awards.compute(SEP)
    shop.awards.approve(SEP)
    actions = [e.action for e in shop.store.audit.recent(10)]
    assert actions[:2] == ["awards.approve", "awards.compute"]


def test_the_demo_shop_has_plans_in_force_and_a_manual_line(shop):
    from app.demo import generate_demo

    generate_demo(shop, staff=10, months=3, seed=2)
    september = shop.awards.status(SEP)
    assert sorted(p["plan"] for p in september.plans) == ["售后服务激励制度", "淘宝客服激励方案"]
    wish = [x for x in september.lines if x.award == "月度心愿奖"]
    assert [(x.kind, x.amount_fen, x.item) for x in wish] == [("goods", 15000, "心愿礼物")]


def test_department_totals_are_in_pinyin_order_as_on_the_board():
    from app.awards.model import Line, dept_totals

    def team_line(dept):
        return Line("department", None, None, dept, "优秀团队", "best", "cash", 10_000, None, "", False, "方案")

    assert [d.dept for d in dept_totals([team_line("售后部"), team_line("客服部"), team_line("仓库")])] == [
        "仓库", "客服部", "售后部"]


def test_approval_and_manual_lines_are_dated_on_the_apps_today(shop, team):
    """--today 2026-10-20 (a test, a scheduled task): the approval the payout sheet and receipts show is dated
    that day, not the computer's, at the clock's time of day."""
    shop.awards.add_manual(SEP, "降本奖", staff_id=team["甲"], amount_fen=30_000, reason="省下包材")
    shop.awards.approve(SEP, confirm=True)
    run = shop.store.awards.current_run(SEP.key())
    assert run.approved_at.startswith("2026-10-20T") and len(run.approved_at) == 19
    assert shop.awards.manual_lines(SEP)[0].at.startswith("2026-10-20T")


def test_the_totals_name_the_award_of_each_thing_to_hand_out():
    # two awards paid in 「奖品」: the totals say which, not 「奖品、奖品」
    from app.awards.model import Line, person_totals

    lines = [Line("staff", 1, "刘佳怡", "客服部", award, "best", "goods", fen, "奖品", "", False, "方案")
             for award, fen in (("建议采纳奖", 5000), ("订单最多奖", 20000))]
    lines.append(Line("staff", 1, "刘佳怡", "客服部", "生日福利", "benefit", "item", 0, "生日蛋糕", "", False, "方案"))
    (totals,) = person_totals(lines)
    assert totals.goods_fen == 25000
    assert totals.items == ("建议采纳奖：奖品", "订单最多奖：奖品", "生日福利：生日蛋糕")


def test_a_tie_in_a_ranking_is_said_in_the_review_with_what_it_costs(shop, team):
    # 甲 and 乙 both ¥22,000.00 in Q3: each gets the whole ¥1,500.00 of first place, ¥3,000.00 where the plan
    # names one ¥1,500.00; the review says so before approval, the lines say 「并列第 1 名」
    put(shop, team["乙"], date(2026, 9, 6), 1)
    review = shop.awards.compute(Quarter(2026, 3))
    ranked = [(x.staff_name, x.amount_fen) for x in review.lines if x.award == "季度排名奖"]
    assert ranked == [("甲", 150_000), ("乙", 150_000)]
    assert "季度排名奖：甲、乙并列第 1 名，各得第 1 名的全额 ¥1,500.00，共 ¥3,000.00" in review.notes
    assert all("2 人并列第 1 名，各得第 1 名的奖金 ¥1,500.00" in x.explanation for x in review.lines
               if x.award == "季度排名奖")
