"""`awards compute` with two people of one department sharing a name: its tables name them with their number, as
the 评奖 page does — the 个人合计 table has no department column, and here a department would not tell them apart."""

import json


def test_namesakes_in_the_award_tables_carry_their_number(cli, add):
    assert cli("demo", "--staff", "6", "--months", "2", today="2026-10-20").code == 0
    review = json.loads(cli("awards", "compute", "--period", "2026-09", "--json", today="2026-11-02").out)
    winner = review["totals"][0]
    twin = add(winner["staff"], "--dept", winner["dept"], "--hired", "2026-10-01")
    out = cli("awards", "compute", "--period", "2026-09", today="2026-11-02").out
    lines, totals = out.split("个人合计：")
    totals = totals.split("未获奖原因：")[0]
    named = f"{winner['staff']}（#{winner['staff_id']}）"
    assert named in lines and named in totals, out
    assert not any(row.startswith(winner["staff"] + " ") for row in (lines + totals).splitlines()), out
    english = cli("awards", "compute", "--period", "2026-09", lang="en", today="2026-11-02").out
    assert f"{winner['staff']} (#{winner['staff_id']})" in english
    assert twin != winner["staff_id"]


def test_a_namesakes_difference_after_approval_carries_the_number(cli, add):
    assert cli("demo", "--staff", "6", "--months", "2", today="2026-10-20").code == 0
    review = json.loads(cli("awards", "compute", "--period", "2026-09", "--json", today="2026-11-02").out)
    winner = review["totals"][0]
    add(winner["staff"], "--dept", winner["dept"], "--hired", "2026-10-01")
    assert cli("awards", "approve", "--period", "2026-09", "--confirm", today="2026-11-02").code == 0
    assert cli("event", "add", "--date", "2026-09-28", "--staff", str(winner["staff_id"]), "--type", "表扬",
               "--confirm-approved", today="2026-11-02").code == 0
    out = cli("awards", "compute", "--period", "2026-09", today="2026-11-02").out
    assert f"{winner['staff']}（#{winner['staff_id']}）：实发 " in out.split("与批准结果的差异（按人）：")[1], out
