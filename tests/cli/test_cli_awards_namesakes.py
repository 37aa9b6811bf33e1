"""Two people sharing a name on the command line: `awards compute` (its tables, the differences after an approval)
and `certificates list` name them with their number, as the window does — the 个人合计 table and the certificates
list have no department column, and a department need not tell them apart."""

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


def test_the_certificates_list_names_a_namesake_with_the_number(cli, add, tmp_path):
    assert cli("demo", "--staff", "6", "--months", "2", today="2026-10-20").code == 0
    assert cli("awards", "approve", "--period", "2026-09", "--confirm", today="2026-11-02").code == 0
    out = tmp_path / "证书.pdf"
    assert cli("certificates", "batch", "--period", "2026-09", "--all-winners", "-o", str(out),
               today="2026-11-02").code == 0
    listed = json.loads(cli("certificates", "list", "--period", "2026-09", "--json", today="2026-11-02").out)
    first = listed[0]["recipient"]
    twin = add(first, "--hired", "2026-10-01")
    table = cli("certificates", "list", "--period", "2026-09", today="2026-11-02").out
    rows = [row for row in table.splitlines() if listed[0]["number"] in row]
    assert rows and f"{first}（#" in rows[0] and f"（#{twin}）" not in rows[0], table
