"""方案模拟: a draft plan over the last approved periods, compared with what was approved — by hand, read only."""

from datetime import date

import pytest

from app.awards.simulate import Cost, competition_ranks, simulate
from app.errors import UserError
from app.periods import Month, Quarter

from .conftest import PLAN_A, PLAN_B, SEP, put, write_plan

AUG = Month(2026, 8)

# The draft: a 90% stage, ¥50 a praise, ¥50 a complaint, no step bonus, no 降本奖, no quarterly ranking.
DRAFT = {
    "name": "客服方案草案", "key": "kefu-draft",
    "rules": [
        {"name": "阶段目标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales",
         "stages": [{"percent": 90, "amount": 100}, {"percent": 100, "amount": 200}, {"percent": 120, "amount": 500}]},
        dict(PLAN_A["rules"][2], amount=50),  # 表扬奖
        dict(PLAN_A["rules"][3], amount=50),  # 投诉扣款
        PLAN_A["rules"][4],  # 月度心愿奖 (manual goods)
        PLAN_A["rules"][6],  # 优秀部门
    ],
}


def dump(shop):
    return list(shop.store.db.conn.iterdump())


@pytest.fixture
def approved(shop, team, tmp_path):
    """August (a 降本奖 for 乙) and September (a 心愿 gift for 甲, −¥12.34 for 丙) and Q3 approved."""
    shop.awards.add_manual(AUG, "降本奖", staff_id=team["乙"], amount_fen=30000, reason="换供应商")
    shop.awards.approve(AUG)
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=8000, reason="团队投票")
    shop.awards.adjust(SEP, team["丙"], -1234, "多发了上月补贴")
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    return write_plan(tmp_path, DRAFT, "draft.json")


def test_the_draft_over_the_approved_months_by_hand(shop, team, approved):
    before = dump(shop)
    sim = simulate(shop, str(approved))
    assert dump(shop) == before  # nothing written, not even an audit row
    # only the draft's period kind (month): Q3 is approved but not compared
    assert [str(c.period) for c in sim.periods] == ["2026-08", "2026-09"]
    aug, sep = sim.periods
    # August: approved 乙 降本奖 ¥300; the draft has no 降本奖 → nothing (said in a note)
    assert aug.before == Cost(cash_fen=30000) and aug.after == Cost()
    assert any("降本奖" in n for n in aug.notes)
    # September approved: 甲 500 + 100 + 40 = ¥640 and a ¥80 gift; 乙 −¥200; 丙 ¥30 − ¥12.34; 客服部 ¥500
    assert sep.before == Cost(cash_fen=67000, goods_fen=8000, deduction_fen=21234, team_fen=50000)
    assert sep.before.net_fen == 45766
    # draft: 甲 120% → ¥500 + 2 × ¥50 = ¥600 (+ gift); 乙 99.99% ≥ 90% → ¥100 − ¥50; 丙 ¥50 − ¥12.34
    assert sep.after == Cost(cash_fen=75000, goods_fen=8000, deduction_fen=6234, team_fen=50000)
    assert sep.after.net_fen == 68766
    changes = {p.staff: (p.before_net_fen, p.after_net_fen, p.diff_fen) for p in sep.people}
    assert changes == {"甲": (64000, 60000, -4000), "乙": (-20000, 5000, 25000), "丙": (1766, 3766, 2000)}
    assert [p.staff for p in sep.gains] == ["乙", "丙"] and [p.staff for p in sep.losses] == ["甲"]
    # ranking by net: 甲 1, 丙 2, 乙 3 → 甲 1, 乙 2, 丙 3
    assert [(r.staff, r.before, r.after) for r in sep.ranking] == [("乙", 3, 2), ("丙", 2, 3)]
    assert not sep.data_changed
    # per pay month and over all: 乙 −200 + 300 → +50 overall: 25,000 − 30,000 = −5,000
    assert [(m.key(), b.net_fen, a.net_fen) for m, b, a in sim.months] == [("2026-08", 30000, 0),
                                                                          ("2026-09", 45766, 68766)]
    overall = {p.staff: p.diff_fen for p in sim.people}
    assert overall == {"丙": 2000, "甲": -4000, "乙": -5000}
    assert [p.staff for p in sim.people] == ["丙", "甲", "乙"]
    assert sim.before.net_fen == 75766 and sim.after.net_fen == 68766


def test_fewer_periods_and_one_department(shop, team, approved):
    sim = simulate(shop, str(approved), periods=1)
    assert [str(c.period) for c in sim.periods] == ["2026-09"]
    only = simulate(shop, str(approved), periods=6, dept="售后部")
    sep = only.periods[-1]
    # 丙 alone: approved ¥30 − ¥12.34; draft ¥50 − ¥12.34; 客服部's fund is outside the scope
    assert [(p.staff, p.before_net_fen, p.after_net_fen) for p in sep.people] == [("丙", 1766, 3766)]
    assert sep.before.team_fen == 0 and sep.after.team_fen == 0


def test_data_changed_since_approval_is_said(shop, team, approved):
    put(shop, team["乙"], date(2026, 9, 6), 1)  # 乙 reaches 100% after approval
    sep = simulate(shop, str(approved)).periods[-1]
    assert sep.data_changed and any("批准后数据有变化" in n for n in sep.notes)
    # the draft reads today's data: 乙 100% → ¥200 − ¥50
    assert {p.staff: p.after_net_fen for p in sep.people}["乙"] == 15000


def test_nothing_approved_or_bad_input_is_a_user_error(shop, team, tmp_path):
    path = write_plan(tmp_path, DRAFT, "draft.json")
    with pytest.raises(UserError, match="还没有已批准的月度期间"):
        simulate(shop, str(path))
    with pytest.raises(UserError, match="至少为 1"):
        simulate(shop, str(path), periods=0)
    with pytest.raises(UserError, match="没有部门「财务部」"):
        simulate(shop, str(path), dept="财务部")


def test_competition_ranks_share_and_skip():
    assert competition_ranks({1: 500, 2: 300, 3: 500, 4: 100}) == {1: 1, 3: 1, 2: 3, 4: 4}


def _cli(db_path, capsys, *args, lang=None):
    from app.cli import main
    from app.i18n import set_language

    capsys.readouterr()
    try:
        code = main(["--db", str(db_path), "--today", "2026-10-20", *(["--lang", lang] if lang else []), *args])
    finally:
        set_language("zh")
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_simulate_text_and_json_write_nothing(shop, team, approved, db_path, capsys, monkeypatch):
    import json

    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    before = dump(shop)
    code, out, _err = _cli(db_path, capsys, "awards", "simulate", "--plan", str(approved), "--json")
    assert code == 0
    data = json.loads(out)
    assert [p["period"] for p in data["periods"]] == ["2026-08", "2026-09"]
    assert data["months"][1] == {"month": "2026-09",
                                 "before": {"cash_fen": 67000, "goods_fen": 8000, "deduction_fen": 21234,
                                            "team_fen": 50000, "net_fen": 45766},
                                 "after": {"cash_fen": 75000, "goods_fen": 8000, "deduction_fen": 6234,
                                           "team_fen": 50000, "net_fen": 68766}}
    assert data["total"]["after"]["net_fen"] - data["total"]["before"]["net_fen"] == -7000
    code, out, _err = _cli(db_path, capsys, "awards", "simulate", "--plan", str(approved), "--periods", "1")
    assert code == 0
    assert "2026年9月" in out and "2026年8月" not in out.split("按发放月份的成本")[1]
    assert "¥457.66" in out and "¥687.66" in out and "+¥230.00" in out  # September's net: +¥230.00
    assert "-¥40.00" in out and "+¥20.00" in out
    assert "乙 第 3 名 → 第 2 名" in out
    assert dump(shop) == before
    code, out, _err = _cli(db_path, capsys, "awards", "simulate", "--plan", str(approved), "--periods", "1",
                          lang="en")
    assert code == 0 and "Cost per pay month" in out and "rank 3 → rank 2 (+¥250.00)" in out


def test_cli_simulate_without_approved_periods_exits_2(shop, team, tmp_path, db_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    path = write_plan(tmp_path, DRAFT, "draft.json")
    code, _out, err = _cli(db_path, capsys, "awards", "simulate", "--plan", str(path))
    assert code == 2 and "还没有已批准的月度期间" in err and "Traceback" not in err
    assert "请先在「评奖」页批准至少一个期间" in err  # where periods are approved
    code, _out, err = _cli(db_path, capsys, "awards", "simulate", "--plan", str(path), lang="en")
    assert code == 2 and "Approve at least one period on the Awards page first" in err


def test_simulating_every_department_says_which_were_on_another_plan(shop, team, approved):
    every = simulate(shop, str(approved))
    assert any("售后部" in n and PLAN_B["name"] in n and "只选一个部门" in n for n in every.periods[-1].notes)
    one = simulate(shop, str(approved), dept="客服部")
    assert not any("只选一个部门" in n for c in one.periods for n in c.notes)


def test_a_preset_is_named_as_the_window_lists_it_not_by_its_file_key(shop, team, approved):
    """The summary read 「售后服务激励制度（预设 after-sales）」: the preset's file key, English in the window."""
    for word in ("after-sales", "售后服务激励制度"):
        assert simulate(shop, word).plan == "售后服务激励制度（预设）"
    assert simulate(shop, str(approved)).plan == "客服方案草案（draft.json）"  # a file keeps its name


def test_a_shops_plan_is_named_by_the_version_simulated_not_by_where_it_was_written(shop, team, approved):
    """The summary read 「客服方案草案（方案编辑器）」: the stored source, in the language it was saved in, and
    not which version of the plan was simulated (the newest)."""
    first = shop.awards.plans.save_edited(DRAFT).stored
    second = shop.awards.plans.save_edited(dict(DRAFT, description="表扬奖改为 ¥60")).stored
    assert (first.version, second.version) == (1, 2)
    assert simulate(shop, DRAFT["name"]).plan == "客服方案草案（第2版）"


def test_a_departments_goods_count_in_the_cost(shop, team, tmp_path):
    gift = {"name": "团队礼物", "kind": "manual", "period": "month", "pays": "goods", "recipient": "department",
            "item": "零食", "amount": 300}
    plan = write_plan(tmp_path, {**PLAN_A, "rules": [*PLAN_A["rules"], gift]})
    shop.awards.plans.use(str(plan), dept="客服部")
    shop.awards.add_manual(SEP, "团队礼物", dept="客服部", reason="月度评比")
    shop.awards.approve(SEP)
    [sep] = simulate(shop, str(plan), periods=1, dept="客服部").periods
    assert sep.before.goods_fen == sep.after.goods_fen == 30000
    assert sep.before.team_fen == sep.after.team_fen == 50000  # the fund stays cash only


def test_a_version_of_the_shops_plan_runs_only_for_the_departments_it_is_in_force_for(shop, team, approved,
                                                                                      tmp_path):
    """The draft of 客服方案 ran for every department: 丙 (售后部, on 售后方案) was paid by it and showed a gain,
    read as 「this plan pays the after-sales people more」, and the header never said 售后部's plan was replaced."""
    draft = write_plan(tmp_path, {**PLAN_A, "rules": [dict(r, amount=50) if r["name"] == "表扬奖" else r
                                                      for r in PLAN_A["rules"]]}, "kefu-edited.json")
    [sep] = [c for c in simulate(shop, str(draft)).periods if c.period == SEP]
    assert {p.staff for p in sep.people} == {"甲", "乙"}  # 丙 kept 售后方案 and is not compared
    assert sep.kept == (("售后部", "售后方案"),) and sep.kept_people == ("丙",)
    # 甲's two praises: +¥30 each; nothing else moves
    assert {p.staff: p.diff_fen for p in sep.people} == {"甲": 6000, "乙": 0}
    sim = simulate(shop, str(draft))
    assert sim.scope == "plan" and "售后部" not in sim.depts and "客服部" in sim.depts
    assert sim.scope_lines() == ["按草案模拟的部门：客服部（本方案现用于这些部门），共 2 人：甲、乙",
                                 "保留自己的方案、不参与对比：售后部（售后方案），共 1 人：丙"]
    assert not any("只选一个部门" in n for c in sim.periods for n in c.notes)
    # found by key too (a renamed copy of the same plan), and asked for: every department
    renamed = write_plan(tmp_path, {**PLAN_A, "name": "客服方案（新）"}, "renamed.json")
    assert "丙" not in {p.staff for p in simulate(shop, str(renamed)).people}
    every = simulate(shop, str(draft), all_depts=True)
    assert every.scope == "all" and "丙" in {p.staff for p in every.people} and not every.kept
    assert every.scope_lines()[0].startswith("按草案模拟的部门：全部部门")


def test_a_plan_no_department_uses_runs_for_every_department_and_says_so(shop, team, approved):
    sim = simulate(shop, str(approved))
    assert sim.scope == "unused" and "丙" in {p.staff for p in sim.people}
    assert sim.scope_lines() == ["店里没有部门在用方案「客服方案草案（draft.json）」，全部部门按草案模拟，共 3 人：甲、乙、丙"]


def test_one_department_says_the_others_kept_their_plan(shop, team, approved, tmp_path):
    sim = simulate(shop, str(approved), dept="售后部")
    assert sim.scope_lines() == ["只模拟售后部，共 1 人：丙",
                                 "保留自己的方案、不参与对比：客服部（客服方案），共 2 人：甲、乙"]
    # 售后部 is on 售后方案: its difference is also the change of plan
    assert "售后部现在用的是方案「售后方案」，按本方案模拟的差额中也包含换方案的影响" in sim.periods[-1].notes
    own = simulate(shop, str(write_plan(tmp_path, {**PLAN_B, "rules": PLAN_B["rules"]}, "b.json")), dept="售后部")
    assert not [n for c in own.periods for n in c.notes if "换方案" in n]


def test_rank_changes_list_those_tied_now_in_their_former_order_with_their_own_change():
    """Tied at the new rank, the list went by staff id, not by who stood higher; and a rise of pay read as a
    drop of rank (赵鹏 7th → 8th) with nothing saying that the person was paid more."""
    from app.awards.model import Line
    from app.awards.simulate import _people

    def pay(sid, fen):
        return Line("staff", sid, f"员工{sid}", "客服部", "奖", "manual", "cash", fen, None, "", False, "方案")

    before = [pay(1, 100), pay(2, 500), pay(3, 300)]  # 2, 3, 1
    after = [pay(1, 400), pay(2, 400), pay(3, 600)]  # 3, then 1 and 2 tied second
    _changes, moves = _people(before, after)
    assert [(m.staff_id, m.before, m.after, m.diff_fen) for m in moves] == [(3, 2, 1, 300), (2, 1, 2, -100),
                                                                           (1, 3, 2, 300)]


def test_cli_says_which_departments_ran_the_draft_and_takes_all_depts(shop, team, approved, db_path, capsys,
                                                                     monkeypatch, tmp_path):
    import json

    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    draft = str(write_plan(tmp_path, PLAN_A, "kefu-copy.json"))
    code, out, _err = _cli(db_path, capsys, "awards", "simulate", "--plan", draft)
    assert code == 0 and "按草案模拟的部门：客服部（本方案现用于这些部门），共 2 人：甲、乙" in out
    assert "保留自己的方案、不参与对比：售后部（售后方案），共 1 人：丙" in out
    code, out, _err = _cli(db_path, capsys, "awards", "simulate", "--plan", draft, "--all-depts", "--json")
    data = json.loads(out)
    assert code == 0 and data["scope"] == "all" and "丙" in {p["staff"] for p in data["people"]}
    code, _out, err = _cli(db_path, capsys, "awards", "simulate", "--plan", draft, "--all-depts", "--dept", "客服部")
    assert code == 2 and "--all-depts" in err and "Traceback" not in err


def test_a_period_the_plan_was_in_force_for_nobody_says_its_departments_were_on_another_plan(shop, team, tmp_path):
    """售后方案 gave way to 客服方案 in 售后部 from September: September ran 售后部 on the draft of 售后方案 and showed
    丙's gain as the draft's, with nothing saying that 丙 was approved on 客服方案 then."""
    from .conftest import AUG

    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_A, "kefu-too.json")), dept="售后部", from_month="2026-09")
    shop.awards.approve(AUG)
    shop.awards.approve(SEP)
    aug, sep = simulate(shop, str(write_plan(tmp_path, PLAN_B, "after-draft.json"))).periods
    assert sep.depts == ("售后部",) and [p.staff for p in sep.people] == ["丙"]
    assert sep.notes == ["2026年9月 售后部用的是其他方案（客服方案），按本方案模拟的差额中也包含换方案的影响"]
    assert not aug.notes  # 售后部 was on 售后方案 in August


def test_the_english_header_counts_one_person_as_a_person(shop, team, approved, tmp_path):
    from app.i18n import set_language

    set_language("en")
    try:
        lines = simulate(shop, str(write_plan(tmp_path, PLAN_A, "kefu-copy.json"))).scope_lines()
    finally:
        set_language("zh")
    assert lines[0].endswith("(2 people: 甲, 乙)") and lines[1].endswith("1 person: 丙"), lines


def test_in_english_the_people_simulated_read_as_people_not_as_more_departments(shop, team, approved):
    """「every department simulated on the draft, 刘佳怡, 宋佳, … and 1 other」 read as a list of departments: the
    people are said in brackets after the departments they were simulated in."""
    from app.i18n import set_language

    set_language("en")
    try:
        unused = simulate(shop, str(approved)).scope_lines()
        one = simulate(shop, str(approved), dept="售后部").scope_lines()[0]
    finally:
        set_language("zh")
    assert unused == [('No department uses the plan "客服方案草案 (draft.json)": every department was simulated on the '
                       "draft (3 people: 甲, 乙, 丙)")]
    assert one == "Only 售后部 was simulated (1 person: 丙)"
