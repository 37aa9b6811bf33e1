"""An approved period is asked about for a change only when a plan of it reads that change of that person: an
event whose type no rule applying to the person counts, sums or filters on, or any change to someone no rule
applies to (a department without a plan, or outside every rule's 适用部门), changes nothing and asks nothing —
and leaves the approval unchanged (its fingerprint holds only what the rules read). A run approved before that
holds every event and person of its departments: asked about as before."""

import json
from datetime import date

import pytest

from app.awards.approved_runs import unchanged
from app.cli import main
from app.domain import StaffDraft
from app.importing.service import ImportService
from app.services.approved import ApprovedPeriodChange
from app.shop import Shop

from .conftest import PLAN_A, SEP, write_plan


def _approved_sep(shop):
    shop.awards.approve(SEP, confirm=True)
    assert not shop.awards.status(SEP).changed


def test_an_event_no_rule_of_the_period_reads_asks_nothing(shop, team):
    _approved_sep(shop)
    shop.events.add(date(2026, 9, 15), team["甲"], "知识考核")  # no rule of 客服方案 reads it
    event = shop.events.add(date(2026, 9, 15), team["丙"], "投诉")  # 售后方案 reads only 表扬
    shop.events.delete(event.id)
    shop.events.add(date(2026, 9, 16), team["丙"], "安全事故")
    assert not shop.awards.status(SEP).changed


def test_an_event_a_rule_reads_still_asks(shop, team):
    _approved_sep(shop)
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.events.add(date(2026, 9, 15), team["乙"], "投诉")  # 客服方案's 投诉扣款
    assert refused.value.periods == [SEP]
    with pytest.raises(ApprovedPeriodChange):
        shop.events.add(date(2026, 9, 15), team["丙"], "表扬")
    unread = shop.events.add(date(2026, 9, 15), team["甲"], "知识考核")
    praised = [e for e in shop.events.between(SEP.start, SEP.end, team["甲"]) if e.type == "表扬"]
    with pytest.raises(ApprovedPeriodChange):  # one of the events deleted together is read
        shop.events.delete_many([unread.id, praised[0].id])


def _other_department(shop, team):
    """丁 of 仓储部, on the team all September with values, target and events of what 客服方案 reads."""
    person = shop.staff.add(StaffDraft(name="丁", dept="仓储部", hired=date(2026, 3, 1))).id
    shop.data.set_value(date(2026, 9, 6), person, shop.metrics.get("sales"), 300_000)
    return person


def _changed_without_asking(shop, person: int, event_type: str) -> None:
    """September's sales, target and an event of the person written without a question, the period unchanged."""
    sales = shop.metrics.get("sales")
    shop.data.set_value(date(2026, 9, 7), person, sales, 100_000)
    shop.targets.set_staff(SEP, person, sales, 900_000)
    shop.events.add(date(2026, 9, 7), person, event_type)
    assert not shop.awards.status(SEP).changed


def test_someone_no_plan_covers_is_changed_without_asking(shop, tmp_path):
    kefu = shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2026, 3, 1))).id
    person = shop.staff.add(StaffDraft(name="丁", dept="仓储部", hired=date(2026, 3, 1))).id
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_A)), dept="客服部")
    _approved_sep(shop)
    _changed_without_asking(shop, person, "投诉")
    with pytest.raises(ApprovedPeriodChange):  # 甲 of 客服部 is still asked about
        shop.data.set_value(date(2026, 9, 7), kefu, shop.metrics.get("sales"), 100_000)


def test_someone_outside_every_rules_departments_is_changed_without_asking(shop, team, tmp_path):
    only_service = dict(PLAN_A, rules=[dict(rule, eligible={"departments": ["客服部"]}) for rule in PLAN_A["rules"]
                                       if rule["kind"] != "manual"])
    shop.awards.plans.use(str(write_plan(tmp_path, only_service)))  # in force for every department
    person = _other_department(shop, team)
    _approved_sep(shop)
    _changed_without_asking(shop, person, "表扬")
    with pytest.raises(ApprovedPeriodChange):
        shop.events.add(date(2026, 9, 7), team["甲"], "表扬")


def test_a_run_approved_before_holds_every_event_and_is_asked_about(shop, team):
    """A run stamped in the earlier form (every event; its plans without `READ_ONLY`) still shows unchanged,
    and an event no rule reads is asked about in it: its fingerprint would change."""
    _approved_sep(shop)
    run = shop.store.awards.current_run(SEP.key())
    comp = shop.awards.calculate(SEP)
    earlier = [{k: v for k, v in entry.items() if k != "fingerprint_of_read"} for entry in run.plans]
    with shop.store.atomic():
        shop.store.db.execute("UPDATE award_run SET plans = ?, fingerprint = ? WHERE id = ?",
                              [json.dumps(earlier, ensure_ascii=False), comp.fingerprint_as(
                                  with_pay=False, read_only=False), run.id])
    assert not shop.awards.status(SEP).changed
    assert unchanged(comp, shop.store.awards.current_run(SEP.key()))
    with pytest.raises(ApprovedPeriodChange):
        shop.events.add(date(2026, 9, 15), team["甲"], "知识考核")


def test_an_import_undone_asks_by_its_people_and_metrics(shop, team, db_path, tmp_path, capsys):
    """`honghua imports undo` asked about every approved period holding the import's days, whatever it held."""
    _approved_sep(shop)
    shop.close()
    orders = tmp_path / "九月订单.csv"  # 订单数: no rule of 客服方案 reads it
    orders.write_text("日期,客服,订单数\n2026-09-21,甲,7\n", encoding="utf-8")
    cli = ["--db", str(db_path), "--today", "2026-10-20"]
    assert main([*cli, "import", str(orders)]) == 0, capsys.readouterr().err
    reopened = Shop.open(db_path, date(2026, 10, 20))
    import_id = reopened.store.imports.history()[0].id
    assert ImportService(reopened.store, reopened.ctx, reopened.metrics).approved_undone(import_id) == []  # 导入记录
    reopened.close()
    assert main([*cli, "imports", "undo", str(import_id)]) == 0, capsys.readouterr().err
    sales = tmp_path / "九月销售.csv"
    sales.write_text("日期,客服,销售额\n2026-09-21,甲,500\n", encoding="utf-8")
    assert main([*cli, "import", str(sales), "--confirm-approved"]) == 0, capsys.readouterr().err
    assert main([*cli, "imports", "undo", str(import_id + 1)]) == 2  # 销售额 is read: asked
    assert "2026年9月" in capsys.readouterr().err
    reopened = Shop.open(db_path, date(2026, 10, 20))
    service = ImportService(reopened.store, reopened.ctx, reopened.metrics)
    assert service.approved_undone(import_id + 1) == [SEP]
    assert reopened.store.values.get("orders", date(2026, 9, 21), team["甲"]) is None
    reopened.close()


def test_an_import_asks_by_the_people_its_values_are_of(shop, team, db_path, tmp_path, capsys):
    """丙's 销售额: 售后方案, in force for 售后部, reads none — only 客服方案 (客服部) does."""
    _approved_sep(shop)
    shop.close()
    cli = ["--db", str(db_path), "--today", "2026-10-20"]
    aftersales = tmp_path / "售后.csv"
    aftersales.write_text("日期,客服,销售额\n2026-09-21,丙,500\n", encoding="utf-8")
    assert main([*cli, "import", str(aftersales)]) == 0, capsys.readouterr().err
    service = tmp_path / "客服.csv"
    service.write_text("日期,客服,销售额\n2026-09-21,甲,500\n", encoding="utf-8")
    assert main([*cli, "import", str(service)]) == 2
    assert "2026年9月" in capsys.readouterr().err
    reopened = Shop.open(db_path, date(2026, 10, 20))
    assert not reopened.awards.status(SEP).changed
    reopened.close()


def test_a_run_approved_before_reads_its_plans_once_per_question(shop, team, monkeypatch):
    """An import of a big shop's months asked each old run's plans again for every person it changed: seconds
    of walking the same rules (bench/bigshop.py, runs approved before `READ_ONLY`)."""
    from app.awards import facts
    from app.services.approved import approved_by_values

    _approved_sep(shop)
    run = shop.store.awards.current_run(SEP.key())
    earlier = [{k: v for k, v in entry.items() if k != "fingerprint_of_read"} for entry in run.plans]
    with shop.store.atomic():
        shop.store.db.execute("UPDATE award_run SET plans = ? WHERE id = ?",
                              [json.dumps(earlier, ensure_ascii=False), run.id])
    walked = []
    monkeypatch.setattr(facts, "metrics_used", lambda *args: walked.append(args) or [shop.metrics.get("sales")])
    cells = [(team[name], "sales", date(2026, 9, 21), date(2026, 9, 21)) for name in ("甲", "乙", "丙")]
    assert approved_by_values(shop.store, cells) == [(SEP, False)]
    assert len(walked) <= len(run.plans)  # each plan of the run once, not once per person


def test_the_record_of_someone_no_rule_applies_to_is_changed_without_asking(shop, team, tmp_path):
    """丁's name, hire date and 参与评奖 were asked about as if the approval read them, and the owner told the month
    would be marked changed — though no rule applies to 仓储部 and the month never was."""
    from dataclasses import replace

    from .conftest import draft_of

    only_service = dict(PLAN_A, rules=[dict(rule, eligible={"departments": ["客服部"]}) for rule in PLAN_A["rules"]
                                       if rule["kind"] != "manual"])
    shop.awards.plans.use(str(write_plan(tmp_path, only_service)))
    person = _other_department(shop, team)
    _approved_sep(shop)
    record = shop.store.staff.get(person)
    assert shop.staff.approved_counting(record) == []
    shop.staff.edit(person, draft_of(record, name="丁一"))
    shop.staff.edit(person, draft_of(shop.store.staff.get(person), hired=date(2026, 9, 10)))
    shop.staff.edit(person, replace(draft_of(shop.store.staff.get(person)), in_awards=False))
    assert not shop.awards.status(SEP).changed
    with pytest.raises(ApprovedPeriodChange):  # moved where a rule applies: read from now on
        shop.staff.edit(person, draft_of(shop.store.staff.get(person), dept="客服部"))
    with pytest.raises(ApprovedPeriodChange):
        shop.staff.edit(team["甲"], draft_of(shop.store.staff.get(team["甲"]), name="甲一"))
