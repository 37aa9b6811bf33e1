"""`honghua flowers board` as text, the poster, and a flower in an approved period: they say what the 小红花 page,
the board and the issue dialog say."""

import json


def test_the_text_board_gives_no_place_to_people_without_a_flower(cli, add):
    # the table said 「3  阿花  0」 — third place with no flower — where the 小红花 page says 「—」
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    for name in ("小美", "小刚", "阿花"):
        add(name, "--hired", "2025-01-01", "--dept", "售后部" if name == "阿花" else "客服部")
    for to in ("小美", "小刚"):
        assert cli("flowers", "issue", "--from", "王店长", "--to", to, "--reason", "挽回差评").code == 0
    lines = cli("flowers", "board", "--year", "2026").out.splitlines()
    assert lines[0] == "2026年红花榜"  # as 「2026年10月红花榜」 and the rest of the app write a year: no space
    rows = {line.split()[1]: (line.split()[0], line.split()[-1]) for line in lines[3:]}
    # the owner gives flowers: no 「— 0 0」 line for him; the department tells namesakes apart
    assert rows == {"小美": ("1", "客服部"), "小刚": ("1", "客服部"), "阿花": ("—", "售后部")}
    board = {row["name"]: row for row in json.loads(cli("flowers", "board", "--year", "2026", "--json").out)}
    assert (board["阿花"]["rank"], board["阿花"]["dept"]) == (3, "售后部")  # the JSON keeps every rank, as its contract says


def test_the_poster_leaves_out_the_owner_as_the_board_does(cli, add, tmp_path, monkeypatch):
    """The daily poster goes to the staff group: the owner, on the list to give flowers, is no 未设目标 line."""
    from app.reports import poster_model

    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    shown = []
    real = poster_model.build_poster_model
    monkeypatch.setattr(poster_model, "build_poster_model",
                        lambda store, name, progress, **kw: shown.append(progress) or real(store, name, progress, **kw))
    assert cli("poster", "-o", str(tmp_path / "poster.png")).code == 0
    assert [p.staff.name for p in shown[0].people] == ["小美"]


def test_a_flower_counted_in_an_approved_period_is_given_and_revoked_only_when_confirmed(cli, add):
    """As data typed there: the approved 红花奖 would change. Refused (exit 2) naming --confirm-approved."""
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    assert cli("plan", "use", "taobao-kefu").code == 0
    assert cli("awards", "approve", "--period", "2026-10", "--confirm").code == 0
    give = ("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评", "--date", "2026-10-15")
    refused = cli(*give)
    assert refused.code == 2 and refused.out == "" and "--confirm-approved" in refused.err
    assert "2026年10月15日 发给 小美 的小红花属于评奖已批准的期间 2026年10月" in refused.err
    assert "HF-" not in cli("flowers", "list").out
    issued = cli(*give, "--confirm-approved")
    assert issued.code == 0 and issued.out.strip().isascii() and issued.err == ""  # stdout: the number alone
    revoked = cli("flowers", "revoke", issued.out.strip(), "--reason", "发错了")
    assert revoked.code == 2 and "--confirm-approved" in revoked.err
    assert cli("flowers", "revoke", issued.out.strip(), "--reason", "发错了", "--confirm-approved").code == 0
    late = ("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "帮同事顶班", "--json",
            "--date", "2026-10-28")  # a late one for October, in November's first days
    assert cli(*late, today="2026-11-02").code == 2
    as_json = cli(*late, "--confirm-approved", today="2026-11-02")
    assert as_json.code == 0 and as_json.out.lstrip().startswith("{")
    english = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "好", lang="en", today="2026-11-20")
    assert english.code == 0 and english.err == ""  # November: nothing approved, nothing said


def test_a_flower_in_an_approved_period_whose_plan_counts_no_flowers_is_given_without_asking(cli, add):
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    assert cli("plan", "use", "after-sales").code == 0
    assert cli("awards", "approve", "--period", "2026-10", "--confirm").code == 0
    issued = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评", "--date", "2026-10-15")
    assert issued.code == 0 and issued.err == ""


def test_the_ledger_says_each_transfer_with_its_day_signature_and_reason(cli, add):
    """A transfer is kept with the holder's signature, its day and reason (the chain of holders), but `flowers
    list` gave only the last holder: who passed it on, when and why was nowhere to read."""
    import json

    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    for name in ("小美", "小刚", "阿花"):
        add(name, "--hired", "2025-01-01")
    number = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评").out.strip()
    assert cli("flowers", "transfer", number, "--to", "小刚", "--signed", "小美", "--reason", "谢谢顶班",
               today="2026-10-21").code == 0
    assert cli("flowers", "transfer", number, "--to", "阿花", "--signed", "小刚", today="2026-10-22").code == 0
    [record] = json.loads(cli("flowers", "list", "--json", today="2026-10-22").out)
    assert record["holder"] == "阿花" and record["issued"] == "2026-10-20"  # the contract's keys, unchanged
    assert record["transfers"] == [
        {"from": "小美", "to": "小刚", "day": "2026-10-21", "signed": "小美", "reason": "谢谢顶班"},
        {"from": "小刚", "to": "阿花", "day": "2026-10-22", "signed": "小刚", "reason": ""}]


def test_the_board_of_a_month_or_a_quarter(cli, add):
    """As the 小红花 page's 红花榜: a month (the one the TV and the poster name) or a quarter, not only a year."""
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    for name in ("小美", "小刚"):
        add(name, "--hired", "2025-01-01", "--dept", "客服部")
    for to, day, today in (("小美", "2026-09-10", "2026-09-10"), ("小美", "2026-09-12", "2026-09-12"),
                           ("小刚", "2026-10-02", "2026-10-20")):
        assert cli("flowers", "issue", "--from", "王店长", "--to", to, "--reason", "好事", "--date", day,
                   today=today).code == 0
    october = cli("flowers", "board", "--period", "2026-10").out.splitlines()
    assert october[0] == "2026年10月红花榜"
    assert {line.split()[1]: line.split()[0] for line in october[3:]} == {"小刚": "1", "小美": "—"}
    quarter = json.loads(cli("flowers", "board", "--period", "2026-Q3", "--json").out)
    assert {(e["name"], e["received"], e["rank"]) for e in quarter} == {("小美", 2, 1), ("小刚", 0, 2)}
    refused = cli("flowers", "board", "--period", "2026-13")
    assert refused.code == 2 and "--period" in refused.err
    both = cli("flowers", "board", "--period", "2026-10", "--year", "2026")
    assert both.code == 2


def test_namesakes_in_the_ledger_and_the_board_carry_their_number(cli, add):
    # two 张伟 of one department: the ledger's 获得人 and the board's 姓名 read 「张伟」 twice, nobody could tell
    # which one got the flower; the JSON names them as its contract says and gives their numbers beside
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("张伟", "--hired", "2025-01-01", "--dept", "客服部")
    add("张伟", "--hired", "2025-01-01", "--dept", "客服部")
    assert cli("flowers", "issue", "--from", "王店长", "--to", "3", "--reason", "挽回差评").code == 0
    listed = cli("flowers", "list").out
    assert "张伟（#3）" in listed and "张伟（#2）" not in listed
    [flower] = json.loads(cli("flowers", "list", "--json").out)
    assert (flower["recipient"], flower["recipient_id"], flower["holder_id"], flower["issuer_id"]) == ("张伟", 3, 3, 1)
    board = cli("flowers", "board").out
    assert "张伟（#3）" in board and "张伟（#2）" in board


def test_the_board_year_written_as_the_app_writes_a_year(cli, add):
    """`--period 2026年度` was taken and `--year 2026年` refused."""
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    assert cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评").code == 0
    expected = cli("flowers", "board", "--year", "2026", "--json")
    assert expected.code == 0 and json.loads(expected.out)[0]["received"] == 1
    for written in ("2026年", "2026年度", "２０２６"):
        result = cli("flowers", "board", "--year", written, "--json")
        assert (result.code, result.out) == (0, expected.out), result.err
    assert cli("flowers", "board", "--year", "26").code == 2


def test_a_revoked_flower_is_said_with_whose_it_was(cli, add):
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    number = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评").out.strip()
    revoked = cli("flowers", "revoke", number, "--reason", "发错了")
    assert revoked.code == 0 and revoked.out.strip() == f"小红花 {number}（王店长 发给 小美）已撤销"


def test_one_fact_for_several_people_gives_a_flower_each(cli, add):
    add("赵组长", "--role", "组长", "--hired", "2025-01-01")
    for name in ("小美", "小刚"):
        add(name, "--hired", "2025-01-01")
    given = cli("flowers", "issue", "--from", "赵组长", "--to", "小美", "--to", "小刚", "--reason", "大促一起加班", "--json")
    assert given.code == 0
    assert [(f["number"], f["recipient"]) for f in json.loads(given.out)] == [("HF-2026-0001", "小美"),
                                                                               ("HF-2026-0002", "小刚")]


def test_several_flowers_given_at_once_are_each_said_with_their_recipient(cli, add):
    """A scheduled task's log said only 「HF-2026-0001」「HF-2026-0002」: nobody could tell which went to whom. Two
    people of one name are told apart by their number; one --to still prints the number alone."""
    add("赵组长", "--role", "组长", "--hired", "2025-01-01")
    for name in ("小美", "小刚", "小美"):
        add(name, "--hired", "2025-01-01")
    team = {(p["id"], p["name"]) for p in json.loads(cli("staff", "list", "--json").out)}
    twins = sorted(i for i, name in team if name == "小美")
    given = cli("flowers", "issue", "--from", "赵组长", "--to", "小刚", "--to", str(twins[1]), "--to", str(twins[0]),
                "--reason", "大促一起加班")
    assert given.code == 0
    assert given.out.splitlines() == ["HF-2026-0001 发给 小刚", f"HF-2026-0002 发给 小美（#{twins[1]}）",
                                      f"HF-2026-0003 发给 小美（#{twins[0]}）"]
    english = cli("flowers", "issue", "--from", "赵组长", "--to", "小刚", "--to", str(twins[0]), "--reason", "又加班",
                  lang="en")
    assert english.out.splitlines() == ["HF-2026-0004 to 小刚", f"HF-2026-0005 to 小美 (#{twins[0]})"]
    one = cli("flowers", "issue", "--from", "赵组长", "--to", "小刚", "--reason", "挽回差评")
    assert one.out.strip() == "HF-2026-0006"  # as the command line's contract says: the number alone


def test_a_revoked_flower_is_listed_with_why_it_was_revoked(cli, add):
    """The reason given to revoke a flower is kept, and the 小红花 page shows it; `flowers list` gave 「已撤销」 alone,
    in its table and in its JSON, so an owner checking the ledger from a script could not say why."""
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    number = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评").out.strip()
    assert cli("flowers", "revoke", number, "--reason", "发错了人").code == 0
    head, _rule, row = cli("flowers", "list").out.splitlines()
    assert head.split()[-3:] == ["状态", "事实", "撤销原因"] and row.split()[-3:] == ["已撤销", "挽回差评", "发错了人"]
    [record] = json.loads(cli("flowers", "list", "--json").out)
    assert (record["status"], record["revoke_reason"]) == ("revoked", "发错了人")
    head, _rule, row = cli("flowers", "list", lang="en").out.splitlines()
    assert head.split()[-3:] == ["Fact", "Revoked", "because"] and row.split()[-1] == "发错了人"


def test_a_ledger_with_no_flower_says_so_instead_of_an_empty_table(cli, add):
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    assert cli("flowers", "list").out.strip() == "还没有小红花"
    assert cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评").code == 0
    assert cli("flowers", "list", "--month", "2026-06").out.strip() == "2026年6月没有小红花"
    assert cli("flowers", "list", "--month", "2026-06", "--person", "小美").out.strip() == "2026年6月没有与 小美（#2） 有关的小红花"
    assert cli("flowers", "list", "--month", "2026-06", lang="en").out.strip() == "No red flowers in 2026-06"
    assert json.loads(cli("flowers", "list", "--month", "2026-06", "--json").out) == []


def test_a_board_of_a_period_nobody_received_a_flower_in_says_so(cli, add):
    """Every row 「—  0」 and nothing said: the owner could not tell an empty month from a board not yet counted."""
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    assert cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评").code == 0
    lines = cli("flowers", "board", "--period", "2026-06").out.splitlines()
    assert lines[-1] == "2026年6月没有人获得小红花"
    assert cli("flowers", "board", "--period", "2026-10").out.splitlines()[-1].split()[:2] == ["1", "小美"]
    assert cli("flowers", "board", "--period", "2026-06", lang="en").out.splitlines()[-1] == \
        "Nobody received a red flower in 2026-06"


def test_a_transfer_says_how_long_the_flower_stays_valid_as_a_day_is_written(cli, add):
    """「有效期至 2027-01-20」 in a Chinese sentence, where every other message writes 2027年1月20日."""
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    add("小刚", "--hired", "2025-01-01")
    number = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评").out.strip()
    said = cli("flowers", "transfer", number, "--to", "小刚", "--signed", "小美").out.strip()
    assert said == f"小红花 {number} 已转让给 小刚，有效期至 2027年1月20日"
    said = cli("flowers", "transfer", number, "--to", "小美", "--signed", "小刚", lang="en").out.strip()
    assert said == f"Red flower {number} transferred to 小美, valid through 2027-01-20"
