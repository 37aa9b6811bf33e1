"""`honghua flowers flag` and `flowers flags`: a department's red flag given and listed from the command line, as
the 小红花 page does (before, a flag could only be revoked there)."""

import json


def test_a_red_flag_is_given_listed_and_counted_by_department(cli, add):
    add("王店长", "--role", "店长", "--hired", "2025-01-01", "--dept", "客服部")
    add("小美", "--hired", "2025-01-01", "--dept", "售后部")
    given = cli("flowers", "flag", "--from", "王店长", "--dept", "售后部", "--reason", "双11零差评", "--json")
    assert given.code == 0
    record = json.loads(given.out)
    assert record["number"].startswith("HQ-2026-") and record["dept"] == "售后部" and record["issuer"] == "王店长"
    assert record["revoked"] is False
    cli("flowers", "flag", "--from", "王店长", "--dept", "客服部", "--reason", "十月零投诉")
    assert cli("flowers", "revoke-flag", record["number"], "--reason", "发错部门了").code == 0
    listed = cli("flowers", "flags", "--json")
    assert [(r["dept"], r["revoked"]) for r in json.loads(listed.out)] == [("售后部", True), ("客服部", False)]
    text = cli("flowers", "flags").out
    assert text.rstrip().endswith("2026年10月各部门小红旗：客服部 1 面")  # the revoked one does not count


def test_a_red_flag_from_someone_not_allowed_is_refused_naming_why(cli, add):
    add("小美", "--hired", "2025-01-01", "--dept", "售后部")
    refused = cli("flowers", "flag", "--from", "小美", "--dept", "售后部", "--reason", "自己给自己")
    assert refused.code == 2 and "小美" in refused.err and refused.out == ""
    assert json.loads(cli("flowers", "flags", "--json").out) == []
