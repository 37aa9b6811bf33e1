"""The flowers and poster commands, run as a scheduled task would run them."""

import json

from PIL import Image


def _team(app):
    for args in (["王店长", "--role", "店长"], ["小美"], ["小刚"], ["阿花"]):
        assert app("staff", "add", *args, "--dept", "客服部", "--hired", "2025-01-01").code == 0


def test_flowers_issue_json_quota_and_board(app):
    _team(app)
    first = app("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "主动跟进差评客户并挽回", "--json")
    assert first.code == 0, first.err
    assert json.loads(first.out) == {"number": "HF-2026-0001", "issuer": "王店长", "recipient": "小美",
                                     "issued": "2026-10-20", "valid_through": "2027-01-20"}
    second = app("flowers", "issue", "--from", "王店长", "--to", "小刚", "--reason", "帮同事顶班")
    assert second.out.strip() == "HF-2026-0002"
    third = app("flowers", "issue", "--from", "王店长", "--to", "阿花", "--reason", "好")
    assert third.code == 2 and "名额已用完" in third.err and "Traceback" not in third.err
    moved = app("flowers", "transfer", "HF-2026-0001", "--to", "阿花", "--signed", "小美", "--reason", "谢谢")
    assert moved.code == 0, moved.err
    board = json.loads(app("flowers", "board", "--year", "2026", "--json").out)
    by_name = {e["name"]: e for e in board}
    assert set(board[0]) >= {"id", "name", "received", "valid", "rank"}
    assert (by_name["小美"]["received"], by_name["小美"]["valid"], by_name["小美"]["rank"]) == (1, 0, 1)
    assert (by_name["阿花"]["received"], by_name["阿花"]["valid"], by_name["阿花"]["rank"]) == (0, 1, 3)
    listed = json.loads(app("flowers", "list", "--json").out)
    assert [(f["number"], f["holder"], f["status"]) for f in listed] == [("HF-2026-0001", "阿花", "valid"),
                                                                         ("HF-2026-0002", "小刚", "valid")]
    assert set(listed[0]) >= {"number", "issuer", "recipient", "holder", "issued", "valid_through", "status"}


def test_flowers_revoke_and_expiry_in_list(app):
    _team(app)
    app("flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "好", "--date", "2026-06-01", today="2026-06-01")
    app("flowers", "issue", "--from", "王店长", "--to", "小刚", "--reason", "好")
    assert app("flowers", "revoke", "HF-2026-0002", "--reason", "发错了").code == 0
    statuses = [f["status"] for f in json.loads(app("flowers", "list", "--json").out)]
    assert statuses == ["expired", "revoked"]
    only_june = json.loads(app("flowers", "list", "--month", "2026-06", "--json").out)
    assert [f["number"] for f in only_june] == ["HF-2026-0001"]
    again = app("flowers", "revoke", "HF-2026-0002", "--reason", "再撤")
    assert again.code == 2 and "已经撤销" in again.err
    # a past month's quota cannot be spent later: 王店长 did not use June's second flower
    late = app("flowers", "issue", "--from", "王店长", "--to", "小刚", "--reason", "补发", "--date", "2026-06-10")
    assert late.code == 2 and "发放日期 2026年6月10日 太早" in late.err
    assert app("flowers", "issue", "--from", "王店长", "--to", "小刚", "--reason", "上月的", "--date", "2026-09-30",
               today="2026-10-03").code == 0  # on the 1st–3rd, last month may still be recorded


def test_a_red_flag_is_revoked_from_the_command_line(app, db):
    from contextlib import closing
    from datetime import date

    from app.shop import Shop

    _team(app)
    with closing(Shop.open(db, date(2026, 10, 20))) as shop:  # red flags are issued in the window only
        boss = next(p for p in shop.staff.list() if p.name == "王店长")
        shop.flowers.issue_red_flag(boss.id, "客服部", "双11零差评")
    assert app("flowers", "revoke-flag", "HQ-2026-0001").code == 2  # the reason is required, as for a flower
    done = app("flowers", "revoke-flag", "hq-2026-0001", "--reason", "发错部门了")
    assert done.code == 0, done.err
    assert done.out.strip() == "小红旗 HQ-2026-0001 已撤销"
    again = app("--lang", "en", "flowers", "revoke-flag", "HQ-2026-0001", "--reason", "再撤")
    assert again.code == 2 and again.err.strip() == "Error: Red flag HQ-2026-0001 is already revoked"
    not_a_flower = app("flowers", "revoke", "HQ-2026-0001", "--reason", "错")  # `revoke` stays for flowers
    assert not_a_flower.code == 2 and "没有编号为 HQ-2026-0001 的小红花" in not_a_flower.err
    with closing(Shop.open(db, date(2026, 10, 20))) as shop:
        assert shop.flowers.red_flag("HQ-2026-0001").revoke_reason == "发错部门了"
        assert [e.summary for e in shop.store.audit.recent(action_prefix="red_flag.revoke")] == [
            "撤销 王店长 发给 客服部 的小红旗 HQ-2026-0001：发错部门了"]


def test_poster_command_writes_the_png(app, tmp_path):
    assert app("demo").code == 0
    out = tmp_path / "战报 十月.png"
    done = app("poster", "--month", "2026-10", "-o", str(out), "--size", "wide")
    assert done.code == 0, done.err
    with Image.open(out) as image:
        assert image.size == (1920, 1080)
    bad = app("poster", "-o", str(tmp_path / "x.png"), "--size", "poster")
    assert bad.code == 2


def test_a_poster_saved_into_a_folder_is_named_after_its_day(app, tmp_path):
    """A daily scheduled task: `-o 文件夹` keeps one picture per day, named as the window names it."""
    assert app("demo").code == 0
    folder = tmp_path / "每日战报"
    folder.mkdir()
    for today in ("2026-10-20", "2026-10-21"):
        done = app("poster", "-o", str(folder), today=today)
        assert done.code == 0, done.err
    # data is in through the day before each run (the demo has none for "today")
    assert sorted(p.name for p in folder.iterdir()) == ["战报_小橙子旗舰店_2026-10-19.png", "战报_小橙子旗舰店_2026-10-20.png"]
    assert done.out.strip() == str(folder / "战报_小橙子旗舰店_2026-10-20.png")
    assert app("poster", "-o", str(tmp_path / "不存在的文件夹")).code == 2  # not a folder, not a .png: refused
