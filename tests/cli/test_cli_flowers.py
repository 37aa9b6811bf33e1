"""`honghua flowers board` as text, the poster, and the note a flower in an approved period gets: they say what the
小红花 page, the board and the issue dialog say."""


def test_the_text_board_gives_no_place_to_people_without_a_flower(cli, add):
    # the table said 「3  阿花  0」 — third place with no flower — where the 小红花 page says 「—」
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    for name in ("小美", "小刚", "阿花"):
        add(name, "--hired", "2025-01-01")
    for to in ("小美", "小刚"):
        assert cli("flowers", "issue", "--from", "王店长", "--to", to, "--reason", "挽回差评").code == 0
    lines = cli("flowers", "board", "--year", "2026").out.splitlines()
    rows = {line.split()[1]: line.split()[0] for line in lines[3:]}
    assert rows == {"小美": "1", "小刚": "1", "阿花": "—"}  # the owner gives flowers: no 「— 0 0」 line for him
    board = cli("flowers", "board", "--year", "2026", "--json").out
    assert '"rank": 3' in board  # the JSON keeps every rank, as its contract says


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


def test_a_flower_dated_in_an_approved_period_is_issued_and_revoked_with_a_note(cli, add):
    """As the window's issue dialog says it: the approved 红花奖 changes. A note on stderr, not a refusal."""
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("小美", "--hired", "2025-01-01")
    assert cli("plan", "use", "taobao-kefu").code == 0
    assert cli("awards", "approve", "--period", "2026-10", "--confirm").code == 0
    issued = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "挽回差评", "--date", "2026-10-15")
    assert issued.code == 0 and issued.out.strip().isascii()  # stdout is the number alone, as scripts read it
    assert "2026年10月的评奖已经批准：这朵小红花会计入" in issued.err
    revoked = cli("flowers", "revoke", issued.out.strip(), "--reason", "发错了")
    assert revoked.code == 0 and "2026年10月的评奖已经批准：这朵小红花原已计入" in revoked.err
    as_json = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "帮同事顶班", "--json",
                  "--date", "2026-10-28", today="2026-11-02")  # a late one for October, in November's first days
    assert as_json.code == 0 and as_json.out.lstrip().startswith("{") and "2026年10月" in as_json.err
    english = cli("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "好", lang="en", today="2026-11-20")
    assert english.code == 0 and english.err == ""  # November: nothing approved, nothing said
