"""参与评奖: a person can be kept out of the awards (the owner, on the staff list to give flowers and to appear on
the board). No rule of any plan gives them anything, a manual line for them is refused, the review says so, the
change asks first in an approved period, and the board still shows them."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.domain import Birthday, StaffDraft
from app.errors import UserError
from app.events import Event
from app.periods import Quarter, Year
from app.rules import Facts, evaluate, list_presets, load_preset
from app.services.approved import ApprovedPeriodChange

from .conftest import OCT, SEP, put


def _owner(shop, in_awards=False, dept="客服部"):
    """王老板, 店长 since 2024 (seniority pays 工龄奖), birthday in September and October's preset months."""
    return shop.staff.add(StaffDraft(name="王老板", dept=dept, role="店长", hired=date(2024, 1, 1),
                                     birthday=Birthday(9, 12), in_awards=in_awards)).id


@pytest.mark.parametrize("key", [key for key, _name in list_presets()])
def test_no_preset_rule_gives_anything_to_someone_not_taking_part(key, shop):
    """Every preset pays him while he takes part (工龄奖 and 生日福利, a ranking he leads, the flowers he holds most
    of): out, none of it, and nobody else gains a line for it beyond the places he left."""
    plan = load_preset(key)
    owner = replace(shop.staff.get(_owner(shop, in_awards=True)), dept=None)
    others = [replace(owner, id=2, name="小美", role="客服", birthday=None),
              replace(owner, id=3, name="小刚", role="售后", birthday=None)]
    metrics = [m.key for m in shop.metrics.stored] + ["assessment"]  # after-sales ranks by its own 考核得分
    values = {(sid, key, month): 1_000_000 * (4 - sid) for sid in (1, 2, 3) for key in metrics
              for month in ("2026-07", "2026-08", "2026-09")}
    points = tuple(Event(sid, date(2026, 9, 10), sid, "服务积分", value=Decimal(30)) for sid in (1, 2, 3))
    paid_him = set()
    for period in (SEP, Quarter(2026, 3), Year(2026)):
        facts = Facts(period=period, today=date(2027, 1, 20), staff=(owner, *others), values=values,
                      targets={k: 1_000_000 for k in values}, flowers={1: 9, 2: 1}, events=points)
        taking_part = evaluate(plan, facts)
        paid_him |= {x.award for x in taking_part.lines if x.staff_id == owner.id}
        out = evaluate(plan, replace(facts, staff=(replace(owner, in_awards=False), *others)))
        assert owner.id not in {x.staff_id for x in out.lines}
        assert owner.id not in {x.staff_id for x in out.not_awarded}
    assert paid_him


def test_a_ranking_goes_on_without_him(shop, team):
    from .conftest import PLAN_A  # 季度排名奖 pays only the first

    owner = _owner(shop)
    put(shop, owner, date(2026, 9, 20), 9_000_000)  # he sells most of all
    shop.targets.set_staff(SEP, owner, shop.metrics.get("sales"), 1_000_000)
    assert PLAN_A["rules"][-1]["name"] == "季度排名奖"
    review = shop.awards.compute(Quarter(2026, 3))
    assert [x.staff_id for x in review.lines if x.award == "季度排名奖"] == [team["甲"]]
    assert not any(x.staff_id == owner for x in review.lines)
    assert "王老板不参与评奖（员工资料中未勾选「参与评奖」），不计任何奖项" in review.notes
    assert not any(x.staff_id == owner for x in review.not_awarded)  # said once, not under every award


def test_a_manual_line_for_him_is_refused_and_one_added_before_is_not_counted(shop, team):
    owner = _owner(shop, in_awards=True)
    shop.awards.add_manual(SEP, "降本奖", staff_id=owner, amount_fen=30_000, reason="换了包材供应商")
    shop.staff.edit(owner, StaffDraft(name="王老板", dept="客服部", role="店长", hired=date(2024, 1, 1),
                                      in_awards=False))
    with pytest.raises(UserError, match=r"王老板（#4）不参与评奖"):
        shop.awards.add_manual(SEP, "降本奖", staff_id=owner, amount_fen=30_000, reason="又省了运费")
    review = shop.awards.compute(SEP)
    assert not any(x.staff_id == owner for x in review.lines)
    assert any(n.startswith("手动奖项 #1 未计入：王老板（#4）不参与评奖") for n in review.notes)


def test_with_him_out_the_totals_change_by_his_lines_only(shop):
    """The demo shop with an owner added: October computed with him in and out. His 工龄奖 ¥100.00 and 生日福利
    ¥100.00 (with its cake) go; every other line and every other person's total stays to the fen."""
    from app.demo import generate_demo

    generate_demo(shop, seed=1)
    owner = shop.staff.add(StaffDraft(name="王老板", dept="客服部", role="店长", hired=date(2024, 1, 1),
                                      birthday=Birthday(10, 12))).id
    taking_part = shop.awards.compute(OCT)
    edit = StaffDraft(name="王老板", dept="客服部", role="店长", hired=date(2024, 1, 1), birthday=Birthday(10, 12))
    shop.staff.edit(owner, replace(edit, in_awards=False))
    out = shop.awards.compute(OCT)
    his = [x for x in taking_part.lines if x.staff_id == owner]
    assert sorted((x.award, x.kind, x.amount_fen, x.item) for x in his) == [
        ("工龄奖", "cash", 10_000, None), ("生日福利", "cash", 10_000, None), ("生日福利", "item", 0, "生日蛋糕")]
    assert out.lines == [x for x in taking_part.lines if x.staff_id != owner]
    before = {x.staff_id: x.net_fen for x in taking_part.totals}
    after = {x.staff_id: x.net_fen for x in out.totals}
    assert before.pop(owner) == 20_000 and after == before
    assert sum(before.values()) + 20_000 == sum(x.net_fen for x in taking_part.totals)
    shop.staff.edit(owner, replace(edit, in_awards=True))
    assert shop.awards.compute(OCT).lines == taking_part.lines


def test_the_switch_in_an_approved_period_asks_first_and_marks_it_changed(shop):
    owner = _owner(shop, in_awards=True)
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP)  # his 工龄奖 and 生日福利 approved
    draft = StaffDraft(name="王老板", dept="客服部", role="店长", hired=date(2024, 1, 1), birthday=Birthday(9, 12),
                       in_awards=False)
    with pytest.raises(ApprovedPeriodChange, match="王老板「参与评奖」的改动属于评奖已批准的期间 2026年9月") as refused:
        shop.staff.edit(owner, draft)
    assert refused.value.periods == [SEP] and shop.staff.get(owner).in_awards
    assert not shop.awards.status(SEP).changed
    shop.staff.edit(owner, draft, confirm_approved=True)
    assert not shop.staff.get(owner).in_awards
    review = shop.awards.status(SEP)
    assert review.changed and [d.recipient for d in review.differences] == ["王老板"]
    assert {x.award for x in review.differences[0].removed} == {"工龄奖", "生日福利"}
    from app.awards.receipt import receipt_payslip

    _sections, _draft, slip = receipt_payslip(shop, SEP, owner, draft=True)  # September pays what it approved
    assert ("奖金（现金）", 20_000) in slip.rows() and slip.note == ""
    shop.staff.edit(owner, replace(draft, name="王大老板", in_awards=None),  # an edit not naming it keeps it
                    confirm_approved=True)  # a new name for someone approved September counts asks
    assert not shop.staff.get(owner).in_awards


def test_the_switch_outside_approved_periods_asks_nothing(shop, team):
    shop.awards.approve(SEP)
    later = shop.staff.add(StaffDraft(name="新店长", role="店长", hired=date(2026, 10, 8))).id
    shop.staff.edit(later, StaffDraft(name="新店长", role="店长", hired=date(2026, 10, 8), in_awards=False))
    assert not shop.staff.get(later).in_awards


def test_the_board_still_shows_him(shop, team):
    owner = _owner(shop)
    put(shop, owner, date(2026, 10, 5), 300_000)
    shop.targets.set_staff(OCT, owner, shop.metrics.get("sales"), 1_000_000)
    assert owner in [p.staff.id for p in shop.progress(OCT, board=True).people]


def test_his_receipts_are_not_written(shop, team):
    from app.awards.receipt import people_paid

    owner = _owner(shop)
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    assert owner not in people_paid(shop, SEP)
    assert team["甲"] in people_paid(shop, SEP)


def test_a_manual_rule_of_the_engine_skips_him(shop):
    from app.rules import ManualEntry

    plan = load_preset("taobao-kefu")
    owner = replace(shop.staff.get(_owner(shop)), dept=None)
    facts = Facts(period=SEP, today=date(2026, 10, 20), staff=(owner,),
                  manual=(ManualEntry("月度心愿奖", "团队投票", staff_id=owner.id, amount_fen=15_000),))
    result = evaluate(plan, facts)
    assert result.lines == []
    assert [(x.rule, x.reason) for x in result.not_awarded if x.rule == "月度心愿奖"] == [("月度心愿奖", "不参与评奖")]


def test_cli_staff_add_and_edit_take_the_switch(shop, db_path, capsys, monkeypatch):
    import json

    from app.cli import main

    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    shop.awards.plans.use("taobao-kefu")
    shop.close()
    head = ["--db", str(db_path), "--today", "2026-10-20", "staff"]
    assert main([*head, "add", "王老板", "--role", "店长", "--hired", "2024-01-01", "--birthday", "09-12",
                 "--awards"]) == 0
    assert main(["--db", str(db_path), "--today", "2026-10-20", "awards", "approve", "--period", "2026-09"]) == 0
    capsys.readouterr()
    assert main([*head, "edit", "王老板", "--no-awards"]) == 2
    err = capsys.readouterr().err
    assert "王老板「参与评奖」的改动属于评奖已批准的期间 2026年9月" in err and "--confirm-approved" in err
    assert main([*head, "edit", "王老板", "--no-awards", "--confirm-approved"]) == 0
    assert "不参与评奖" in capsys.readouterr().out
    assert main([*head, "add", "李店长", "--role", "店长", "--hired", "2026-10-08", "--no-awards"]) == 0
    assert main([*head, "edit", "李店长", "--role", "主管"]) == 0  # not named: as it was
    capsys.readouterr()
    assert main([*head, "list", "--json"]) == 0
    assert [(p["name"], p["in_awards"]) for p in json.loads(capsys.readouterr().out)] == [
        ("王老板", False), ("李店长", False)]
    assert main([*head, "list"]) == 0
    assert "在职，不参与评奖" in capsys.readouterr().out
    assert main([*head, "add", "小美", "--awards", "--no-awards"]) == 2  # one or the other


def test_paid_only_his_fixed_pay_his_row_and_receipt_say_he_is_not_in_the_awards(shop, team, tmp_path):
    """售后方案 pays a base pay: a 售后部 manager out of the awards keeps it, praised or not; his payout row and his
    计算单 say why no award is beside it."""
    import openpyxl

    from app.awards.payout import write_payout
    from app.awards.receipt import receipt_payslip

    manager = shop.staff.add(StaffDraft(name="老周", dept="售后部", role="主管", hired=date(2024, 1, 1),
                                        base_pay_fen=500_000, in_awards=False)).id
    shop.events.add(date(2026, 9, 15), manager, "表扬")
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    sections, _draft, slip = receipt_payslip(shop, SEP, manager)
    assert sections == [] and slip.rows() == [("基本工资", 500_000), ("奖金（现金）", 0), ("扣款", 0),
                                              ("应发合计", 500_000)]
    assert slip.note == "不参与评奖"
    assert receipt_payslip(shop, SEP, team["丙"])[2].note == ""
    path = write_payout(shop, SEP, tmp_path / "发放表.xlsx").path
    cells = [str(c.value) for row in openpyxl.load_workbook(path).active.iter_rows() for c in row
             if c.value is not None]
    assert "老周" in cells and "不参与评奖" in cells


@pytest.mark.parametrize("dept, asked", [("客服部", True), ("售后部", True), ("仓库", False), (None, False)])
def test_the_switch_asks_only_about_approved_periods_whose_plans_cover_his_department(shop, tmp_path, dept, asked):
    """客服部 on the preset, 售后部 on its own plan, 仓库 and no department on none: September never read 仓库's
    people, and the switch asked about it all the same."""
    shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2024, 1, 1)))
    shop.staff.add(StaffDraft(name="阿强", dept="售后部", hired=date(2024, 1, 1)))
    owner = _owner(shop, in_awards=True, dept=dept)
    shop.awards.plans.use("taobao-kefu", dept="客服部")
    shop.awards.plans.use("after-sales", dept="售后部")
    shop.awards.approve(SEP, confirm=True)
    draft = StaffDraft(name="王老板", dept=dept, role="店长", hired=date(2024, 1, 1), birthday=Birthday(9, 12),
                       in_awards=False)
    try:
        shop.staff.edit(owner, draft)
        refused = False
    except ApprovedPeriodChange as e:
        refused = True
        assert e.periods == [SEP]
        shop.staff.edit(owner, draft, confirm_approved=True)
    assert not shop.staff.get(owner).in_awards
    assert (refused, shop.awards.status(SEP).changed) == (asked, asked)


def test_the_switch_with_a_move_asks_about_the_periods_of_either_department(shop):
    """Moved out of 仓库 (no plan) into 客服部 and out of the awards at once: approved September counts him now."""
    owner = _owner(shop, in_awards=True, dept="仓库")
    shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2024, 1, 1)))
    shop.awards.plans.use("taobao-kefu", dept="客服部")
    shop.awards.approve(SEP, confirm=True)
    draft = StaffDraft(name="王老板", dept="客服部", role="店长", hired=date(2024, 1, 1), birthday=Birthday(9, 12),
                       in_awards=False)
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.edit(owner, draft)
    assert refused.value.periods == [SEP]


def test_an_adjustment_for_him_corrects_his_pay_and_the_review_the_cli_and_his_row_say_so(shop, team, db_path,
                                                                                          capsys, tmp_path):
    """An adjustment corrects pay and is no award: taken for someone out of the awards (as his fixed pay is paid),
    and said so, where the review's note alone read as if his ¥100.00 were not counted."""
    from app.awards.paymonth import pay_month
    from app.awards.payout import pay_rows
    from app.cli import main

    manager = shop.staff.add(StaffDraft(name="老周", dept="售后部", role="主管", hired=date(2024, 1, 1),
                                        base_pay_fen=500_000, in_awards=False)).id
    shop.awards.adjust(SEP, manager, 10_000, "上月少算的加班费")
    review = shop.awards.compute(SEP)
    assert [(x.award, x.amount_fen) for x in review.lines if x.staff_id == manager] == [("调整", 10_000)]
    assert ("老周不参与评奖（员工资料中未勾选「参与评奖」），不计任何奖项；老周的调整是对工资的更正，不是奖项，照常计入"
            in review.notes)
    row = next(r for r in pay_rows(shop, pay_month(shop, SEP, draft=True))[0] if r.staff_id == manager)
    assert (row.total_fen, row.note) == (510_000, "不参与评奖")  # the sheet still says why no award is beside it
    shop.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "--today", "2026-10-20", "awards", "adjust", "--period", "2026-09",
                 "--staff", "老周", "--amount", "-30", "--reason", "迟到"]) == 0
    out = capsys.readouterr()
    assert "已添加调整 #2" in out.out
    assert "老周（#4）不参与评奖：调整是对工资的更正，不是奖项，照常计入发放表和计算单" in out.err
