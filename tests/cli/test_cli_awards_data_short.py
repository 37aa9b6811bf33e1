"""`awards compute` and `awards approve` on the 1st of a month whose last reports are not imported yet: they say
where the data stop (on stderr), and the approval still needs no --confirm (a shop may rest on the last days)."""

import json

NOTE = "数据只到 2026年10月19日，2026年10月20日 至 2026年10月31日 还没有任何人的数据"


def test_last_months_missing_days_are_said_when_computing_and_approving(cli):
    assert cli("demo", "--staff", "6", "--months", "2", today="2026-10-20").code == 0  # data through 10-19
    computed = cli("awards", "compute", "--period", "2026-10", today="2026-11-02")
    assert computed.code == 0 and NOTE in computed.err and NOTE not in computed.out
    as_json = json.loads(cli("awards", "status", "--period", "2026-10", "--json", today="2026-11-02").out)
    assert as_json["data_through"] == "2026-10-19"
    english = cli("awards", "compute", "--period", "2026-10", lang="en", today="2026-11-02")
    assert "the data end on 2026-10-19: no one has data from 2026-10-20 to 2026-10-31" in english.err
    approved = cli("awards", "approve", "--period", "2026-10", today="2026-11-02")
    assert approved.code == 0 and "已批准 2026年10月" in approved.out and NOTE in approved.err
    again = cli("awards", "compute", "--period", "2026-10", today="2026-11-02")
    assert NOTE not in again.err  # approved: not questioned again
    september = cli("awards", "compute", "--period", "2026-09", today="2026-11-02")
    assert "数据只到" not in september.err  # September's data reach its 30th


def test_a_month_with_its_last_day_imported_says_nothing(cli):
    assert cli("demo", "--staff", "6", "--months", "2", today="2026-11-01").code == 0  # data through 10-31
    computed = cli("awards", "compute", "--period", "2026-10", today="2026-11-02")
    assert computed.code == 0 and "数据只到" not in computed.err
