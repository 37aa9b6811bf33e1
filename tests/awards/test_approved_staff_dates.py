"""A leave, rehire or hire date that changes who counts in a period whose awards are approved (or for how many
days a target counts) is written only when confirmed, as its data: refused, nothing is written and the CLI exits
2 naming --confirm-approved."""

from datetime import date

import pytest

from app.cli import main
from app.domain import StaffDraft
from app.services.approved import ApprovedPeriodChange

from .conftest import SEP, draft_of


@pytest.fixture
def approved(shop, team):
    shop.awards.approve(SEP)
    return team


def test_a_leave_date_in_an_approved_month_needs_confirming(shop, approved):
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.leave(approved["乙"], date(2026, 9, 15))
    assert [p.key() for p in refused.value.periods] == ["2026-09"]
    assert "乙在职日期的变动属于评奖已批准的期间 2026年9月" in refused.value.message
    assert shop.staff.get(approved["乙"]).left is None and not shop.awards.status(SEP).changed
    shop.staff.leave(approved["乙"], date(2026, 9, 15), confirm_approved=True)
    assert shop.staff.get(approved["乙"]).left == date(2026, 9, 15) and shop.awards.status(SEP).changed
    assert shop.store.audit.detail_of("staff.leave", "id", approved["乙"])["approved_periods"] == ["2026-09"]


def test_a_leave_date_after_the_approved_month_needs_nothing(shop, approved):
    shop.staff.leave(approved["乙"], date(2026, 10, 5))  # all of September still on the team
    assert "approved_periods" not in shop.store.audit.detail_of("staff.leave", "id", approved["乙"])


def test_a_leaving_date_corrected_back_into_an_approved_month_needs_confirming(shop, approved):
    """更改离职日期 on someone who has left: October to September changes who counted in the approved month."""
    shop.staff.leave(approved["乙"], date(2026, 10, 5))
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.leave(approved["乙"], date(2026, 9, 20))
    assert [p.key() for p in refused.value.periods] == ["2026-09"]
    assert shop.staff.get(approved["乙"]).left == date(2026, 10, 5) and not shop.awards.status(SEP).changed
    shop.staff.leave(approved["乙"], date(2026, 10, 20))  # still after September: nothing to confirm
    assert shop.staff.get(approved["乙"]).left == date(2026, 10, 20)


def test_a_leave_in_the_month_an_approved_plan_compares_with_needs_confirming(shop, approved):
    # 阶梯奖励 compares September with August: leaving on 08-20 changes both
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.leave(approved["甲"], date(2026, 8, 20))
    assert [p.key() for p in refused.value.periods] == ["2026-09"]


def test_a_rehire_into_an_approved_month_needs_confirming(shop, approved):
    shop.staff.leave(approved["丙"], date(2026, 9, 5), confirm_approved=True)
    with pytest.raises(ApprovedPeriodChange):
        shop.staff.rehire(approved["丙"], date(2026, 9, 20))
    assert shop.staff.get(approved["丙"]).left == date(2026, 9, 5)
    shop.staff.rehire(approved["丙"], date(2026, 10, 10))  # from October on: September as it was approved
    assert shop.staff.get(approved["丙"]).hired == date(2026, 10, 10)


def test_a_hire_date_moved_into_an_approved_month_needs_confirming(shop, approved):
    person = shop.staff.get(approved["乙"])
    with pytest.raises(ApprovedPeriodChange):
        shop.staff.edit(person.id, draft_of(person, hired=date(2026, 9, 10)))
    assert shop.staff.get(person.id).hired == date(2026, 3, 1)
    shop.staff.edit(person.id, draft_of(person, hired=date(2026, 9, 10)), confirm_approved=True)
    assert shop.staff.get(person.id).hired == date(2026, 9, 10)


def test_staff_leave_rehire_and_edit_say_it_as_import_does(shop, approved, db_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    shop.close()
    head = ["--db", str(db_path), "--today", "2026-10-20", "staff"]
    capsys.readouterr()
    assert main([*head, "leave", "乙", "--date", "2026-09-15"]) == 2
    err = capsys.readouterr().err
    assert "2026年9月" in err and "--confirm-approved" in err
    assert main([*head, "edit", "丙", "--hired", "2026-09-10"]) == 2
    assert "--confirm-approved" in capsys.readouterr().err
    assert main([*head, "leave", "乙", "--date", "2026-09-15", "--confirm-approved"]) == 0
    assert main([*head, "rehire", "乙", "--date", "2026-09-25"]) == 2
    assert "--confirm-approved" in capsys.readouterr().err
    assert main([*head, "rehire", "乙", "--date", "2026-09-25", "--confirm-approved"]) == 0
    assert main([*head, "edit", "丙", "--hired", "2026-09-10", "--confirm-approved"]) == 0


def test_someone_added_with_a_hire_date_in_an_approved_month_needs_confirming(shop, approved):
    """Adding 丁, hired 09-10, put a new person into approved September without a word (it then showed
    批准后数据有变); hired after it, or with no hire date, nothing is asked."""
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 9, 10)))
    assert [p.key() for p in refused.value.periods] == ["2026-09"]
    assert [p.name for p in shop.staff.list()].count("丁") == 0 and not shop.awards.status(SEP).changed
    added = shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 9, 10)), confirm_approved=True)
    assert shop.store.audit.detail_of("staff.add", "name", "丁")["approved_periods"] == ["2026-09"]
    assert shop.staff.get(added.id).hired == date(2026, 9, 10) and shop.awards.status(SEP).changed
    shop.staff.add(StaffDraft(name="戊", dept="客服部", hired=date(2026, 10, 12)))  # after September: nothing asked


def test_staff_add_into_an_approved_month_says_it_as_import_does(shop, approved, db_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    shop.close()
    head = ["--db", str(db_path), "--today", "2026-10-20", "staff"]
    capsys.readouterr()
    assert main([*head, "add", "丁", "--hired", "2026-09-10", "--json"]) == 2
    done = capsys.readouterr()
    assert done.out == "" and "2026年9月" in done.err and "--confirm-approved" in done.err
    assert main([*head, "add", "丁", "--hired", "2026-09-10", "--confirm-approved"]) == 0
