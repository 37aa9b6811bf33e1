"""A rehired person keeps each time on the team (staff_stint): the time away is no time employed — not on the
board, not in a prorated target, not in seniority, not in the flowers' 「没有获得过小红花」 hint."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from app import settings as declared
from app.domain import StaffDraft, Stint
from app.errors import UserError
from app.importing.tenure import TenureWatch
from app.periods import Month
from app.recognition.fairness import fairness_hints
from app.store import open_store

ROOT = Path(__file__).resolve().parents[2]

LEFT, BACK = date(2026, 3, 31), date(2026, 9, 16)


@pytest.fixture
def rehired(svc_shop):
    """小美: hired 2025-01-01, left 2026-03-31, back on 2026-09-16; 小刚 there all along."""
    shop = svc_shop
    mei = shop.staff.add(StaffDraft("小美", dept="客服部", hired=date(2025, 1, 1)))
    gang = shop.staff.add(StaffDraft("小刚", dept="客服部", hired=date(2025, 1, 1)))
    shop.staff.leave(mei.id, LEFT)
    shop.staff.rehire(mei.id, BACK)
    return shop, mei.id, gang.id


def test_a_rehire_starts_a_new_stint_and_keeps_the_one_before(rehired):
    shop, mei, _ = rehired
    person = shop.staff.get(mei)
    assert (person.hired, person.left) == (BACK, None)
    assert person.stints == (Stint(date(2025, 1, 1), LEFT), Stint(BACK, None))
    assert [person.employed_on(d) for d in (LEFT, date(2026, 4, 1), date(2026, 9, 15), BACK)] == [
        True, False, False, True]
    assert person.days_employed(date(2026, 9, 1), date(2026, 9, 30)) == 15
    # leaving and coming back again keeps all three
    shop.staff.leave(mei, date(2026, 10, 5))
    shop.staff.rehire(mei, date(2026, 10, 12))
    assert [s.hired for s in shop.staff.get(mei).stints] == [date(2025, 1, 1), BACK, date(2026, 10, 12)]


def test_the_months_away_are_not_on_the_board_and_a_part_month_is_prorated(rehired):
    shop, mei, gang = rehired
    assert [p.staff.id for p in shop.progress(Month(2026, 6)).people] == [gang]
    assert [p.staff.id for p in shop.progress(Month(2026, 3)).people] == [mei, gang]
    sales = shop.metrics.get("sales")
    shop.targets.set_staff(Month(2026, 9), mei, sales, 3_000_000)
    shop.settings.set(declared.PRORATE_TARGETS, True)
    line = next(p for p in shop.progress(Month(2026, 9), date(2026, 9, 20)).people if p.staff.id == mei)
    assert line.line.target == 1_500_000  # 15 of September's 30 days
    assert line.line.own_elapsed_pct == pytest.approx(5 * 100 / 15)  # her 16th–20th of 15 days


def test_a_return_in_the_same_month_paces_only_the_days_on_the_team(rehired):
    from app.reports.board import make_board

    shop, mei, _ = rehired
    shop.staff.leave(mei, date(2026, 10, 10))
    shop.staff.rehire(mei, date(2026, 10, 20))
    shop.targets.set_staff(Month(2026, 10), mei, shop.metrics.get("sales"), 3_100_000)
    shop.settings.set(declared.PRORATE_TARGETS, True)
    progress = shop.progress(Month(2026, 10), date(2026, 10, 20))
    # on the team 1st–10th and 20th–31st: 10 + 12 = 22 days; by the 20th 10 + 1 = 11 of them
    line = next(p for p in progress.people if p.staff.id == mei).line
    assert line.target == 2_200_000  # 3,100,000 × 22/31
    assert line.own_elapsed_pct == pytest.approx(50.0)
    row = next(r for r in make_board(progress).rows if r.staff.id == mei)
    assert row.expected == 1_100_000  # 2,200,000 × 11/22, not × 20/31
    assert row.pace_mark(0.0) == pytest.approx(0.5)


def test_the_unrecognised_hint_waits_for_a_full_window_after_the_return(rehired):
    shop, _, gang = rehired
    hints = fairness_hints(shop.flowers.ledger(), shop.staff.list(), date(2026, 10, 20))
    assert {h.people[0] for h in hints if h.kind == "unrecognised"} == {gang}


def test_rehire_dates_are_checked_and_a_next_day_return_is_no_time_away(rehired):
    shop, mei, gang = rehired
    with pytest.raises(UserError, match="仍在职"):
        shop.staff.rehire(gang, date(2026, 10, 1))
    shop.staff.leave(mei, date(2026, 10, 10))
    with pytest.raises(UserError, match="早于入职日期 2026年9月16日：请填 2026年9月16日 或之后的日期"):
        shop.staff.rehire(mei, date(2026, 9, 1))
    with pytest.raises(UserError, match="在今天（2026年10月20日）之后：请填今天或更早的日期，到回来那天再办理重新入职"):
        shop.staff.rehire(mei, date(2026, 10, 21))
    assert shop.staff.get(mei).left == date(2026, 10, 10)  # nothing changed
    shop.staff.rehire(mei, date(2026, 10, 11))  # the day after: the leave is undone, one stint goes on
    person = shop.staff.get(mei)
    assert person.stints == (Stint(date(2025, 1, 1), LEFT), Stint(BACK, None))


def test_editing_the_hire_date_of_a_rehired_person_stays_after_the_earlier_stint(rehired):
    shop, mei, _ = rehired
    with pytest.raises(UserError, match="2026年3月31日"):
        shop.staff.edit(mei, StaffDraft("小美", dept="客服部", hired=date(2026, 3, 1)))
    shop.staff.edit(mei, StaffDraft("小美", dept="客服部", hired=date(2026, 9, 14)))
    assert shop.staff.get(mei).stints == (Stint(date(2025, 1, 1), LEFT), Stint(date(2026, 9, 14), None))


def test_a_period_reads_the_stint_that_held_it(rehired):
    shop, mei, _ = rehired
    person = shop.staff.get(mei)
    march = person.stint_during(date(2026, 3, 1), date(2026, 3, 31))
    assert (march.hired, march.left, march.earlier) == (date(2025, 1, 1), LEFT, ())
    october = person.stint_during(date(2026, 10, 1), date(2026, 10, 31))
    assert (october.hired, october.left) == (BACK, None)


def test_an_older_shop_gets_one_stint_per_person_from_its_dates(tmp_path):
    path = tmp_path / "shop.db"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "schema" / "v8.sqlite", path)
    store = open_store(path)
    try:
        people = store.staff.list()
        stints = store.db.execute("SELECT staff_id, hired, left_on FROM staff_stint ORDER BY staff_id").fetchall()
    finally:
        store.close()
    assert len(people) == 4
    assert stints == [(p.id, p.hired and p.hired.isoformat(), p.left and p.left.isoformat()) for p in people]
    assert all(p.earlier == () for p in people)


def test_seniority_restarts_at_a_rehire_and_an_earlier_month_keeps_its_stint(rehired, tmp_path):
    shop, mei, gang = rehired
    plan = {"name": "工龄方案", "key": "tenure-test", "rules": [
        {"name": "工龄奖", "kind": "benefit", "period": "month", "pays": "cash", "benefit": "tenure", "months": 6,
         "amount": 100}]}
    path = tmp_path / "tenure.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(path))
    october = shop.awards.compute(Month(2026, 10))
    assert [line.staff_id for line in october.lines] == [gang]
    assert [n.reason for n in october.not_awarded if n.staff_id == mei] == [
        "2026年9月16日重新入职，2027年3月16日才满 6 个月"]
    march = shop.awards.compute(Month(2026, 3))  # before she left: the first stint
    assert [(line.staff_id, line.explanation) for line in march.lines if line.staff_id == mei] == [
        (mei, "2025年1月1日入职，2025年7月1日满 6 个月 → 奖金 ¥100.00")]
    assert [line.staff_id for line in shop.awards.compute(Month(2026, 6)).lines] == [gang]  # away in June


def test_cli_rehire_takes_a_date_and_lists_the_stints(svc_shop, tmp_path, capsys):
    from app.cli import main

    db = str(tmp_path / "shop.db")
    svc_shop.close()
    head = ["--db", db, "--today", "2026-10-20"]
    assert main([*head, "staff", "add", "小美", "--hired", "2025-01-01"]) == 0
    assert main([*head, "staff", "leave", "小美", "--date", "2026-03-31"]) == 0
    capsys.readouterr()
    assert main([*head, "staff", "rehire", "小美", "--date", "2026-09-16"]) == 0
    assert "已重新入职，入职日期 2026年9月16日" in capsys.readouterr().out  # a day as staff leave writes it
    assert main([*head, "staff", "list", "--json"]) == 0
    [person] = json.loads(capsys.readouterr().out)
    assert (person["hired"], person["left"], person["active"]) == ("2026-09-16", None, True)
    assert person["stints"] == [{"hired": "2025-01-01", "left": "2026-03-31"}, {"hired": "2026-09-16", "left": None}]
    assert main([*head, "staff", "rehire", "小美", "--date", "2026-10-01"]) == 2
    assert "仍在职" in capsys.readouterr().err


def test_an_import_of_the_earlier_stint_is_no_row_outside_the_time_on_the_team(rehired):
    shop, mei, _ = rehired

    class Matcher:
        def person(self, staff_id):
            return shop.staff.get(staff_id)

    watch = TenureWatch(Matcher())
    watch.check(mei, "2026-03-10", "2026-03-10", 2, "小美")  # her first stint
    watch.check(mei, "2026-10-10", "2026-10-10", 3, "小美")  # her second
    assert watch.notes() == []
    watch.check(mei, "2026-06-10", "2026-06-10", 4, "小美")  # away
    assert len(watch.notes()) == 1 and "第 4 行" in watch.notes()[0]


def test_cli_in_english_writes_a_person_with_english_brackets(svc_shop, tmp_path, capsys):
    from app.cli import main
    from app.i18n import set_language

    db = str(tmp_path / "shop.db")
    svc_shop.close()
    head = ["--db", db, "--today", "2026-10-20"]
    try:
        assert main([*head, "staff", "add", "小美", "--hired", "2025-01-01"]) == 0
        assert main([*head, "--lang", "en", "staff", "leave", "小美", "--date", "2026-03-31"]) == 0
        assert main([*head, "--lang", "en", "staff", "rehire", "小美", "--date", "2026-09-16"]) == 0
        out = capsys.readouterr().out
        assert "小美 (#1)" in out and "（" not in out
        with open_store(db) as store:
            audit = [row.summary for row in store.audit.recent()]
        assert "小美 (#1) rehired from 2026-09-16" in audit and "新增员工 小美（#1）" in audit
    finally:
        set_language("zh")
