"""`awards compute` says what `awards approve` says of the period's data — nobody's data yet, or the people a plan
covers who have none — on stderr, and with --json in the extra key `data_notes` (every other key as before), so
a scheduled task reading compute's output learns it before approving. Events are data: an after-sales team
scored by its events alone is not told that nobody has any."""

import json

NO_DATA = "以下员工本期没有任何数据：小丽——如果是漏导入了报表，请先导入再批准"
NOBODY = "本期（2026年10月1日 至 2026年10月31日）还没有任何人的数据"
KEYS = {"period", "lines", "totals", "team_totals", "approved", "approved_at", "changed", "plan_changed",
        "data_changed", "approved_plans", "differences", "provisional_values", "ended", "data_through",
        "fingerprint", "plans", "notes", "not_awarded"}


def _shop(cli, add, plan="taobao-kefu", dept="客服部", names=("小美", "小丽")):
    for name in names:
        add(name, "--dept", dept, "--hired", "2025-01-01", today="2026-10-01")
    assert cli("plan", "use", plan, today="2026-10-01").code == 0


def test_compute_names_the_people_without_data_as_approve_does(cli, add):
    _shop(cli, add)
    assert cli("data", "set", "--date", "2026-10-31", "--staff", "小美", "--metric", "sales", "--value", "5000",
               today="2026-11-01").code == 0
    computed = cli("awards", "compute", "--period", "2026-10", today="2026-11-02")
    assert computed.code == 0 and f"提示：{NO_DATA}" in computed.err and NO_DATA not in computed.out
    as_json = cli("awards", "compute", "--period", "2026-10", "--json", today="2026-11-02")
    data = json.loads(as_json.out)
    assert as_json.code == 0 and KEYS <= set(data) and data["data_notes"] == [NO_DATA]
    approved = cli("awards", "approve", "--period", "2026-10", today="2026-11-02")
    assert approved.code == 0 and NO_DATA in approved.err
    again = cli("awards", "compute", "--period", "2026-10", today="2026-11-02")  # approved: not questioned again
    assert again.code == 0 and NO_DATA not in again.err
    assert json.loads(cli("awards", "compute", "--period", "2026-10", "--json", today="2026-11-02").out
                      )["data_notes"] == []


def test_compute_json_says_that_nobody_has_data(cli, add):
    _shop(cli, add)
    as_json = cli("awards", "compute", "--period", "2026-10", "--json", today="2026-11-02")
    assert as_json.code == 0 and json.loads(as_json.out)["data_notes"] == [NOBODY]
    english = cli("awards", "compute", "--period", "2026-10", "--json", lang="en", today="2026-11-02")
    assert json.loads(english.out)["data_notes"] == [
        "no one has any data in the period yet (2026-10-01 to 2026-10-31)"]


def test_an_after_sales_team_recording_only_events_has_data(cli, add):
    _shop(cli, add, plan="after-sales", dept="售后部", names=("老张", "小丽"))
    assert cli("event", "add", "--date", "2026-10-31", "--staff", "老张", "--type", "服务积分", "--value", "20",
               today="2026-11-01").code == 0
    computed = cli("awards", "compute", "--period", "2026-10", today="2026-11-02")
    assert computed.code == 0 and "超额积分奖" in computed.out
    assert "还没有任何人的数据" not in computed.err and f"提示：{NO_DATA}" in computed.err
    data = json.loads(cli("awards", "compute", "--period", "2026-10", "--json", today="2026-11-02").out)
    assert data["data_notes"] == [NO_DATA] and data["data_through"] == "2026-10-31"
    approved = cli("awards", "approve", "--period", "2026-10", today="2026-11-02")
    assert approved.code == 0 and "还没有任何人的数据" not in approved.err and NO_DATA in approved.err


def test_an_event_no_rule_of_the_plan_reads_is_no_data(cli, add, tmp_path):
    # 客服部's plan pays nothing for a 安全事故 (an after-sales event type): it is not 客服部's data
    _shop(cli, add)
    assert cli("event", "add", "--date", "2026-10-05", "--staff", "小美", "--type", "安全事故",
               today="2026-10-06").code == 0
    data = json.loads(cli("awards", "compute", "--period", "2026-10", "--json", today="2026-11-02").out)
    assert data["data_notes"] == [NOBODY] and data["data_through"] is None
    # nor is the month offered to pay, where approving it would give an empty payout sheet
    payout = cli("payout", "--month", "2026-11", "-o", str(tmp_path / "发放表.xlsx"), today="2026-11-02")
    assert payout.code == 2 and "提示" not in payout.err
    assert cli("data", "set", "--date", "2026-10-31", "--staff", "小丽", "--metric", "sales", "--value", "5000",
               today="2026-11-01").code == 0
    data = json.loads(cli("awards", "compute", "--period", "2026-10", "--json", today="2026-11-02").out)
    assert data["data_notes"] == ["以下员工本期没有任何数据：小美——如果是漏导入了报表，请先导入再批准"]


def test_the_last_day_with_data_follows_the_values_when_there_are_some(cli, add):
    _shop(cli, add)
    for name, day in (("小美", "2026-10-28"), ("小丽", "2026-10-28")):
        assert cli("data", "set", "--date", day, "--staff", name, "--metric", "sales", "--value", "5000",
                   today="2026-11-01").code == 0
    assert cli("event", "add", "--date", "2026-10-31", "--staff", "小美", "--type", "表扬",
               today="2026-11-01").code == 0
    computed = cli("awards", "compute", "--period", "2026-10", today="2026-11-02")
    assert "提示：数据只到 2026年10月28日，2026年10月29日 至 2026年10月31日 还没有任何人的数据" in computed.err
