"""A hire date an import gave (someone it created, hired on the first day its files gave for them) moves back when
older data is imported later; one the owner typed never does. Undoing that import puts it back; approved periods
it changes are asked about first."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.awards.facts import build_facts
from app.domain import StaffDraft
from app.periods import Month
from app.rules import parse_plan
from app.services.approved import ApprovedPeriodChange

from .conftest import dump, write_csv

HEADER = ["日期", "客服", "销售额"]
SEPTEMBER, OCTOBER = Month(2026, 9), Month(2026, 10)
SALES_PLAN_JSON = {"name": "销售方案", "rules": [
    {"name": "销售奖", "kind": "threshold", "period": "month", "pays": "cash", "amount": 100,
     "conditions": [{"metric": "sales", "op": ">=", "value": 1}]}]}
SALES_PLAN = parse_plan(SALES_PLAN_JSON)


def report(tmp_path, name: str, rows: list[list[str]]):
    return write_csv(tmp_path / name, [HEADER, *rows])


@pytest.fixture
def xiaoxin(tmp_path, shop, run) -> int:
    """小新, created by an October import: hired 2026-10-05, the first day it gave for her."""
    _plan, import_id = run(report(tmp_path, "十月.csv", [["2026-10-05", "小新", "100"], ["2026-10-08", "小新", "50"]]),
                           create_staff=True)
    assert import_id
    person = shop.staff.resolve("小新")
    assert person.hired == date(2026, 10, 5)
    return person.id


def september(tmp_path):
    return report(tmp_path, "九月.csv", [["2026-09-15", "小新", "40"], ["2026-09-03", "小新", "30"]])


def test_september_imported_after_october_moves_the_hire_date_back_and_counts(tmp_path, shop, imports, run, xiaoxin):
    plan = imports.preview([september(tmp_path)])
    [move] = plan.hire_moves
    assert move.message() == "小新的入职日期由导入时按报表首日记的 10月5日 改为 9月3日"
    assert not any("入职前可能由别人使用" in note for note in plan.files[0].notes)  # it would point the wrong way
    assert shop.staff.get(xiaoxin).hired == date(2026, 10, 5)  # a preview changes nothing
    import_id = imports.commit(plan)
    assert shop.staff.get(xiaoxin).hired == date(2026, 9, 3)
    board = shop.progress(SEPTEMBER, SEPTEMBER.end, board=True)
    assert [(row.staff.name, row.line.value) for row in board.people] == [("小新", 7000)]
    facts, _ = build_facts(shop.store, shop.metrics, SALES_PLAN, SEPTEMBER, shop.today, (None,), shop.staff.list(),
                           {}, ())
    assert [p.name for p in facts.staff] == ["小新"]
    detail = shop.store.audit.detail_of("import.commit", "import_id", import_id)
    assert detail["hire_moved"] == [{"staff_id": xiaoxin, "name": "小新", "from": "2026-10-05", "to": "2026-09-03"}]


def test_august_after_september_moves_it_again(tmp_path, shop, run, xiaoxin):
    """The date the September import gave is an import's guess too."""
    run(september(tmp_path))
    plan, _ = run(report(tmp_path, "八月.csv", [["2026-08-20", "小新", "10"]]))
    assert [(m.guessed, m.first) for m in plan.hire_moves] == [(date(2026, 9, 3), date(2026, 8, 20))]
    assert shop.staff.get(xiaoxin).hired == date(2026, 8, 20)


def test_a_hire_date_the_owner_typed_is_never_moved_and_the_note_stays(tmp_path, shop, imports, run, xiaoxin):
    shop.staff.edit(xiaoxin, StaffDraft("小新", hired=date(2026, 10, 3)))
    plan, _ = run(september(tmp_path))
    assert plan.hire_moves == []
    assert shop.staff.get(xiaoxin).hired == date(2026, 10, 3)
    assert any("入职前可能由别人使用" in note for note in plan.files[0].notes)
    detail = shop.store.audit.detail_of("import.commit", "import_id", imports.history()[0].id)
    assert detail["hire_moved"] == []


def test_rows_on_and_after_the_hire_date_move_nothing(tmp_path, shop, run, xiaoxin):
    plan, _ = run(report(tmp_path, "十月下.csv", [["2026-10-05", "小新", "1"], ["2026-10-09", "小新", "2"]]))
    assert plan.hire_moves == []
    assert shop.staff.get(xiaoxin).hired == date(2026, 10, 5)


def test_undoing_the_september_import_puts_the_hire_date_back(tmp_path, shop, imports, run, xiaoxin):
    _plan, import_id = run(september(tmp_path))
    result = imports.undo(import_id)
    assert shop.staff.get(xiaoxin).hired == date(2026, 10, 5)
    assert "小新的入职日期已改回 2026年10月5日（这次导入按报表首日改成了 2026年9月3日）" in result.notes
    detail = shop.store.audit.detail_of("import.undo", "import_id", import_id)
    assert detail["hires_put_back"] == [{"staff_id": xiaoxin, "name": "小新", "from": "2026-09-03",
                                         "to": "2026-10-05", "done": True}]
    plan = imports.preview([september(tmp_path)])  # the guess is the October import's again: moved anew
    assert [(m.guessed, m.first) for m in plan.hire_moves] == [(date(2026, 10, 5), date(2026, 9, 3))]


def test_an_undo_keeps_a_hire_date_changed_since(tmp_path, shop, imports, run, xiaoxin):
    _plan, import_id = run(september(tmp_path))
    shop.staff.edit(xiaoxin, StaffDraft("小新", hired=date(2026, 9, 1)))
    result = imports.undo(import_id)
    assert shop.staff.get(xiaoxin).hired == date(2026, 9, 1)
    assert "小新的入职日期在这次导入之后又改过（现在是 2026年9月1日），所以没有改回 2026年10月5日" in result.notes


def test_an_approved_september_is_asked_about_before_the_import(tmp_path, shop, imports, run, xiaoxin):
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEPTEMBER, confirm=True)
    before = dump(shop)
    plan = imports.preview([september(tmp_path)])
    assert plan.approved == ["2026-09"]
    assert any("导入的数据和小新入职日期的变动属于评奖已批准的期间 2026年9月" in reason for reason in plan.blocking())
    with pytest.raises(Exception, match="已批准的期间 2026年9月"):
        imports.commit(plan)
    assert dump(shop) == before
    _plan, import_id = run(september(tmp_path), confirm_approved=True)
    assert shop.staff.get(xiaoxin).hired == date(2026, 9, 3)
    assert shop.store.audit.detail_of("import.commit", "import_id", import_id)["approved_periods"] == ["2026-09"]
    assert shop.awards.status(SEPTEMBER).changed


def test_an_approved_october_is_asked_about_too(tmp_path, shop, imports, run, xiaoxin):
    """October keeps her hire date in its approval: moving it changes October, though no October value changes and
    its plan does not compare with September."""
    plan_file = tmp_path / "销售方案.json"
    plan_file.write_text(json.dumps(SALES_PLAN_JSON, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(plan_file))
    shop.awards.approve(OCTOBER, confirm=True)
    plan = imports.preview([september(tmp_path)])
    assert "2026-10" in plan.approved and "2026-10" not in plan.approved_baselines
    _plan, import_id = run(september(tmp_path), confirm_approved=True)
    assert "2026-10" in shop.store.audit.detail_of("import.commit", "import_id", import_id)["approved_periods"]
    assert imports.approved_undone(import_id) == [OCTOBER]  # asked before the undo puts it back
    with pytest.raises(ApprovedPeriodChange, match="2026年10月"):
        imports.undo(import_id)
    assert shop.staff.get(xiaoxin).hired == date(2026, 9, 3)
    imports.undo(import_id, confirm_approved=True)
    assert shop.staff.get(xiaoxin).hired == date(2026, 10, 5)


def test_a_file_imported_before_that_now_moves_the_hire_date_is_no_repeat(tmp_path, shop, imports, run, xiaoxin):
    """Its rows are stored already (the hire date was the owner's then); with the import's date back, importing it
    again changes something: not 「内容没有变化」 with nothing written."""
    shop.staff.edit(xiaoxin, StaffDraft("小新", hired=date(2026, 10, 4)))
    run(september(tmp_path))
    shop.staff.edit(xiaoxin, StaffDraft("小新", hired=date(2026, 10, 5)))  # the date the October import gave
    plan, import_id = run(september(tmp_path))
    assert (plan.files[0].new, plan.files[0].unchanged) == (0, 2)
    assert plan.repeats == [] and import_id is not None
    assert not any("内容没有变化" in note for note in plan.files[0].notes)
    assert shop.staff.get(xiaoxin).hired == date(2026, 9, 3)
