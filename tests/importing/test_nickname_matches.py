"""A sub-account no one has, found only by the part after its colon (别家店:小美 for our 小美): the owner of two
shops, or one who opened the wrong shop's export, would otherwise have another shop's sales counted for her
without a word. The preview and `import --dry-run` say it, and a choice made for it (confirm it as hers, give it
to another person, skip it) is what the import does."""

from __future__ import annotations

import json
from datetime import date

from app.domain import StaffDraft

from .conftest import dump, write_csv
from .test_commands import cli

D1, D2 = date(2026, 10, 1), date(2026, 10, 2)
HEADER = ["日期", "客服", "销售额"]


def _report(tmp_path, name="别家店.csv"):
    return write_csv(tmp_path / name, [HEADER, ["2026-10-01", "别家店:小美", "100"], ["2026-10-01", "阿强", "50"],
                                       ["2026-10-02", "别家店:小美", "200"], ["2026-10-02", "旗舰店:小美", "7"]])


def _sales(shop, day, staff_id):
    return shop.store.values.get("sales", day, staff_id)


def test_the_preview_lists_a_sub_account_found_by_nickname_only(tmp_path, people, imports):
    plan = imports.preview([_report(tmp_path)])
    [f] = plan.files
    assert [m.as_json() for m in f.nickname_rows.values()] == [
        {"name": "别家店:小美", "staff_id": people["小美"], "person": "小美", "row": 2, "rows": 2}]  # not 旗舰店:小美, 阿强
    [found] = plan.nickname_matches
    assert found.said() == "别家店:小美 → 小美（按昵称对应，未登记此子账号）"
    assert not plan.blocking()  # counted for her as before, only said


def test_confirmed_it_becomes_her_sub_account_and_matches_exactly_next_time(tmp_path, shop, people, run, imports):
    plan, import_id = run(_report(tmp_path), staff_map={"别家店:小美": people["小美"]})
    assert import_id is not None and not plan.nickname_matches
    assert "别家店:小美" in shop.staff.get(people["小美"]).aliases
    assert _sales(shop, D1, people["小美"]) == 10000
    assert _sales(shop, D2, people["小美"]) == 20700
    again = imports.preview([_report(tmp_path, "再导.csv")])
    assert not again.nickname_matches


def test_confirmed_another_shops_account_is_added_to_hers_across_files(tmp_path, shop, run):
    """Found by the nickname of her sub-account (her name is another), another shop's file is compared with hers,
    not added: confirmed, it is her account, added up as her other shop's."""
    sunyue = shop.staff.add(StaffDraft("孙悦", aliases=("旗舰店:小鹿",))).id
    ours = write_csv(tmp_path / "旗舰店.csv", [HEADER, ["2026-10-01", "旗舰店:小鹿", "7"]])
    theirs = write_csv(tmp_path / "别家店.csv", [HEADER, ["2026-10-01", "别家店:小鹿", "100"]])
    plan, import_id = run(ours, theirs)
    assert import_id is None and [m.said() for m in plan.nickname_matches] == ["别家店:小鹿 → 孙悦（按昵称对应，未登记此子账号）"]
    plan, import_id = run(ours, theirs, staff_map={"别家店:小鹿": sunyue})
    assert import_id is not None and _sales(shop, D1, sunyue) == 10700


def test_given_to_another_person_or_skipped_her_day_is_untouched(tmp_path, shop, people, run):
    plan, import_id = run(_report(tmp_path), staff_map={"别家店:小美": people["晓雯"]})
    assert import_id is not None and not plan.nickname_matches
    assert (_sales(shop, D1, people["晓雯"]), _sales(shop, D1, people["小美"])) == (10000, None)
    assert "别家店:小美" in shop.staff.get(people["晓雯"]).aliases
    assert "别家店:小美" not in shop.staff.get(people["小美"]).aliases


def test_skipped_its_rows_are_not_imported(tmp_path, shop, people, run):
    plan, import_id = run(_report(tmp_path), skip_staff=frozenset({"别家店:小美"}))
    assert import_id is not None and plan.files[0].skipped == 2 and not plan.nickname_matches
    assert (_sales(shop, D1, people["小美"]), _sales(shop, D2, people["小美"])) == (None, 700)


def test_the_dry_run_says_whom_it_was_counted_for(tmp_path, shop, people, capsys):
    report = _report(tmp_path)
    before = dump(shop)
    assert cli(shop, "import", str(report), "--dry-run") == 0  # a note, not a refusal: the exit code is as before
    out = capsys.readouterr().out
    assert "别家店:小美 → 小美（按昵称对应，未登记此子账号）：共 2 行" in out
    assert f'staff edit {people["小美"]} --alias "别家店:小美"' in out  # how to make it hers for good
    assert cli(shop, "import", str(report), "--dry-run", "--json") == 0
    [entry] = json.loads(capsys.readouterr().out)["files"]
    assert entry["nickname_matches"] == [{"name": "别家店:小美", "staff_id": people["小美"], "person": "小美", "row": 2,
                                          "rows": 2}]
    assert dump(shop) == before


def test_a_shops_own_export_is_not_asked_about(tmp_path, shop, run):
    """Staff registered by name only (王芳) and the 千牛 export's 旗舰店:王芳: nothing tells which shops are the
    owner's, so asking about every person on every import would only be noise; nor is 旗舰店:李娜 asked about once
    旗舰店 is known as the owner's shop (someone's registered sub-account is in it). Another shop's still is."""
    wang, li = shop.staff.add(StaffDraft("王芳")).id, shop.staff.add(StaffDraft("李娜")).id
    report = write_csv(tmp_path / "千牛.csv", [HEADER, ["2026-10-01", "旗舰店:王芳", "100"],
                                               ["2026-10-01", "旗舰店:李娜", "50"]])
    plan, import_id = run(report)
    assert import_id is not None and not plan.nickname_matches
    assert (_sales(shop, D1, wang), _sales(shop, D1, li)) == (10000, 5000)
    shop.staff.add(StaffDraft("孙悦", aliases=("旗舰店:小鹿",)))  # 旗舰店 is now known as one of the owner's shops
    later = write_csv(tmp_path / "下一天.csv", [HEADER, ["2026-10-02", "旗舰店:王芳", "70"],
                                              ["2026-10-02", "别家店:李娜", "30"]])
    plan = run(later)[0]
    assert [m.said() for m in plan.nickname_matches] == ["别家店:李娜 → 李娜（按昵称对应，未登记此子账号）"]


def test_the_dry_run_gives_the_command_for_each_name(tmp_path, shop, people, capsys):
    """Two people's accounts found by nickname: each gets the command that makes it hers, not only the first."""
    report = write_csv(tmp_path / "别家店.csv", [HEADER, ["2026-10-01", "别家店:小美", "100"],
                                               ["2026-10-01", "别家店:阿强", "50"]])
    assert cli(shop, "import", str(report), "--dry-run") == 0
    out = capsys.readouterr().out
    for name, alias in (("小美", "别家店:小美"), ("阿强", "别家店:阿强")):
        assert f'staff edit {people[name]} --alias "{alias}"' in out


def test_a_name_that_is_also_the_nickname_of_someone_elses_sub_account_is_asked_about(tmp_path, shop, people, run):
    """分店 is the owner's shop (晓雯's 分店:晓雯), but 分店:小鹿 may be 孙悦's account there as well as 小鹿's."""
    shop.staff.add(StaffDraft("孙悦", aliases=("旗舰店:小鹿",)))
    xiaolu = shop.staff.add(StaffDraft("小鹿")).id
    report = write_csv(tmp_path / "分店.csv", [HEADER, ["2026-10-01", "分店:小鹿", "100"]])
    plan = run(report)[0]
    assert [(m.name, m.staff_id) for m in plan.nickname_matches] == [("分店:小鹿", xiaolu)]
