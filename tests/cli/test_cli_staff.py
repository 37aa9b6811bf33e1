"""`honghua staff …` in process: the JSON contract, ambiguous names, leave and rehire, bad input."""

import json
from datetime import date

STAFF_KEYS = ["id", "name", "aliases", "dept", "role", "hired", "left", "birthday", "birthday_lunar", "active",
              "stints", "in_awards"]  # extra keys: stints, each time on the team; in_awards, 参与评奖


def test_add_prints_only_the_new_id_and_list_json_has_the_contract_keys(cli, add):
    first = cli("staff", "add", "林晓雯", "--alias", "小橙子旗舰店:小美", "--alias", "小橙子母婴店：小美",
                "--dept", "客服部", "--role", "组长", "--hired", "2025-03-01", "--birthday", "03-18")
    assert first.code == 0, first.err
    assert first.out == "1\n"
    assert "林晓雯" in first.err  # the confirmation goes to the person, not to scripts
    second = add("张伟", "--dept", "售后部", "--role", "售后", "--lunar-birthday", "8-15")
    assert second == 2

    result = cli("staff", "list", "--json")
    assert result.code == 0 and result.err == ""
    people = json.loads(result.out)
    assert [list(p) for p in people] == [STAFF_KEYS, STAFF_KEYS]
    assert people[0] == {
        "id": 1, "name": "林晓雯", "aliases": ["小橙子旗舰店:小美", "小橙子母婴店:小美"],  # full-width colon folded
        "dept": "客服部", "role": "组长", "hired": "2025-03-01", "left": None, "birthday": "03-18",
        "birthday_lunar": False, "active": True, "stints": [{"hired": "2025-03-01", "left": None}], "in_awards": True,
    }
    assert people[1] == {
        "id": 2, "name": "张伟", "aliases": [], "dept": "售后部", "role": "售后", "hired": None, "left": None,
        "birthday": "08-15", "birthday_lunar": True, "active": True, "stints": [{"hired": None, "left": None}],
        "in_awards": True,
    }


def test_new_department_is_created_once(cli, add, store):
    add("甲", "--dept", "美工部")
    add("乙", "--dept", "美工部")
    assert [d.name for d in store().departments.list()] == ["美工部"]


def test_list_text_is_a_table_with_everyone(cli, add):
    add("林晓雯", "--dept", "客服部", "--lunar-birthday", "08-15")
    add("张伟")
    cli("staff", "leave", "张伟", "--date", "2026-10-01")
    result = cli("staff", "list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["编号", "姓名", "部门", "岗位", "入职日期", "离职日期", "以往在职", "生日", "状态",
                                "子账号"]
    assert "林晓雯" in lines[2] and "农历八月十五" in lines[2] and "在职" in lines[2]
    assert "张伟" in lines[3] and "2026-10-01" in lines[3] and "离职" in lines[3]
    assert lines[-1] == "共 2 人，在职 1 人"
    active_only = cli("staff", "list", "--active")
    assert "张伟" not in active_only.out and "林晓雯" in active_only.out


def test_list_text_shows_a_rehired_persons_earlier_stints(cli, add):
    """Hired 2024-03-01, left 2025-03-31, back 2025-09-01: the current stint in 入职日期/离职日期, the one before in
    以往在职; --json keeps its keys and adds every stint."""
    add("小美", "--hired", "2024-03-01")
    add("小刚", "--hired", "2025-01-01")
    cli("staff", "leave", "小美", "--date", "2025-03-31")
    cli("staff", "rehire", "小美", "--date", "2025-09-01")
    lines = cli("staff", "list").out.splitlines()
    assert lines[2].split()[1:7] == ["小美", "-", "客服", "2025-09-01", "-", "2024-03-01～2025-03-31"]
    assert lines[3].split()[1:7] == ["小刚", "-", "客服", "2025-01-01", "-", "-"]
    english = cli("staff", "list", lang="en").out
    assert "Earlier stints" in english and "2024-03-01–2025-03-31" in english
    [mei, _] = json.loads(cli("staff", "list", "--json").out)
    assert list(mei) == STAFF_KEYS
    assert (mei["hired"], mei["left"]) == ("2025-09-01", None)
    assert mei["stints"] == [{"hired": "2024-03-01", "left": "2025-03-31"}, {"hired": "2025-09-01", "left": None}]


def test_ambiguous_name_exits_2_and_lists_both_ids(cli, add):
    one = add("张伟", "--dept", "客服部")
    two = add("张伟", "--dept", "售后部", "--role", "售后")
    result = cli("staff", "leave", "张伟", "--date", "2026-10-19")
    assert result.code == 2
    assert f"#{one}" in result.err and f"#{two}" in result.err and "客服部" in result.err
    assert "Traceback" not in result.err and result.out == ""
    # nothing changed; the id picks one
    assert cli("staff", "leave", str(two), "--date", "2026-10-19").code == 0
    people = json.loads(cli("staff", "list", "--json").out)
    assert [(p["id"], p["left"]) for p in people] == [(one, None), (two, "2026-10-19")]


def test_leave_sets_the_date_and_active_follows_today(cli, add):
    sid = add("小刚", "--alias", "店:小刚", "--hired", "2025-01-01")
    assert cli("staff", "leave", "店:小刚", "--date", "2026-10-19").code == 0  # found by alias
    person = json.loads(cli("staff", "list", "--json").out)[0]
    assert (person["id"], person["left"], person["active"]) == (sid, "2026-10-19", False)
    # on the leave day itself the person is still on the team
    assert json.loads(cli("staff", "list", "--json", today="2026-10-19").out)[0]["active"] is True


def test_leave_defaults_to_today_and_rehire_clears_it(cli, add):
    add("小刚")
    cli("staff", "leave", "小刚")
    assert json.loads(cli("staff", "list", "--json").out)[0]["left"] == "2026-10-20"
    result = cli("staff", "rehire", "小刚")
    assert result.code == 0 and "小刚" in result.out
    assert json.loads(cli("staff", "list", "--json").out)[0]["left"] is None


def test_leave_before_hire_is_refused(cli, add):
    add("小刚", "--hired", "2026-05-01")
    result = cli("staff", "leave", "小刚", "--date", "2026-04-30")
    assert result.code == 2 and "早于入职日期" in result.err


def test_edit_changes_only_what_is_given(cli, add):
    sid = add("小刚", "--alias", "店:小刚", "--dept", "客服部", "--birthday", "05-06", "--base-pay", "¥3,200")
    result = cli("staff", "edit", str(sid), "--role", "组长", "--alias", "店:阿刚", "--remove-alias", "店:小刚")
    assert result.code == 0, result.err
    person = json.loads(cli("staff", "list", "--json").out)[0]
    assert person["role"] == "组长" and person["aliases"] == ["店:阿刚"]
    assert person["dept"] == "客服部" and person["birthday"] == "05-06"
    assert cli("staff", "edit", "小刚", "--remove-alias", "店:没有").code == 2


def test_user_mistakes_exit_2_without_traceback(cli, add):
    add("小美", "--alias", "店:小美")
    cases = [
        (("staff", "add", "  "), "姓名不能为空"),
        (("staff", "add", "小丽", "--hired", "2026-10-21"), "在今天"),
        (("staff", "add", "小丽", "--birthday", "02-30"), "02-30"),
        (("staff", "add", "小丽", "--alias", "店:小美"), "已属于"),
        (("staff", "add", "小丽", "--alias", " : "), "子账号「:」的冒号前后都要有内容"),
        (("staff", "edit", "小美", "--alias", "旗舰店 : "), "子账号「旗舰店:」的冒号前后都要有内容"),
        (("staff", "add", "小丽", "--hired", "2026-13-01"), "2026-13-01"),
        (("staff", "add", "小丽", "--birthday", "1-1", "--lunar-birthday", "1-1"), "不能与"),
        (("staff", "leave", "没有这个人", "--date", "2026-10-01"), "找不到员工"),
    ]
    for args, words in cases:
        result = cli(*args)
        assert result.code == 2, args
        assert words in result.err, (args, result.err)
        assert "Traceback" not in result.err
    assert len(json.loads(cli("staff", "list", "--json").out)) == 1  # nothing was added


def test_list_on_a_fresh_file_is_empty(cli, new_shop):
    result = cli("staff", "list", "--json")
    assert result.code == 0 and json.loads(result.out) == []
    assert "还没有员工" in cli("staff", "list").out


def test_staff_added_today_counts_from_today(cli, add):
    add("小新", "--hired", "2026-10-20")
    assert json.loads(cli("staff", "list", "--json").out)[0]["hired"] == date(2026, 10, 20).isoformat()


def test_add_json_prints_the_new_person(cli):
    result = cli("staff", "add", "小美", "--dept", "客服部", "--json")
    assert result.code == 0
    assert json.loads(result.out) == {"id": 1, "name": "小美", "aliases": [], "dept": "客服部", "role": "客服",
                                      "hired": None, "left": None, "birthday": None, "birthday_lunar": False,
                                      "active": True, "stints": [{"hired": None, "left": None}], "in_awards": True}


def test_edit_can_clear_department_and_birthday(cli, add):
    add("小刚", "--dept", "客服部", "--lunar-birthday", "01-15", "--hired", "2025-06-01")
    assert cli("staff", "edit", "小刚", "--no-dept", "--clear-birthday", "--name", "刘小刚").code == 0
    person = json.loads(cli("staff", "list", "--json").out)[0]
    assert (person["name"], person["dept"], person["birthday"], person["birthday_lunar"], person["hired"]) == \
        ("刘小刚", None, None, False, "2025-06-01")


def test_namesakes_told_apart_by_ones_own_name_as_sub_account_import_and_edit(cli, add, store, tmp_path):
    """The import once advised two people called 张三 to give one of them the sub-account 张三: a shop that did so
    imports 张三's rows to that one, and both can still be edited."""
    first, second = add("张三"), add("张三")
    assert cli("staff", "edit", str(first), "--alias", "张三").code == 0
    report = tmp_path / "日报.csv"
    report.write_text("日期,客服,销售额\n2026-10-01,张三,100\n", encoding="utf-8")
    result = cli("import", str(report))
    assert result.code == 0, result.err
    assert store().values.get("sales", date(2026, 10, 1), first) == 10000
    assert store().values.get("sales", date(2026, 10, 1), second) is None
    for person in (first, second):
        edited = cli("staff", "edit", str(person), "--role", "组长")
        assert edited.code == 0, edited.err
    assert cli("staff", "edit", "张三", "--role", "主管").code == 0  # the name, as the import reads it: #1
    assert [p["role"] for p in json.loads(cli("staff", "list", "--json").out)] == ["主管", "组长"]


def test_a_staff_option_with_a_space_or_invisible_character_finds_the_person(cli, add):
    """`--staff "张 伟"`, a name pasted from WeChat with a zero-width space, or typed with full-width letters:
    「找不到员工」 before."""
    zhang = add("张伟")
    add("Anna Li", "--alias", "旗舰店:xiaomei")
    for written in ("张 伟", "张　伟", "张\u200b伟"):
        result = cli("staff", "leave", written, "--date", "2026-10-01")
        assert result.code == 0, (written, result.err)
        assert cli("staff", "rehire", str(zhang), "--date", "2026-10-02").code == 0
    assert cli("staff", "leave", "旗舰店：ｘｉａｏｍｅｉ", "--date", "2026-10-01").code == 0
    refused = cli("staff", "leave", "AnnaLi", "--date", "2026-10-01")
    assert refused.code == 2 and "找不到员工「AnnaLi」" in refused.err


def test_remove_alias_finds_the_sub_account_however_it_is_typed(cli, add, store):
    """`--remove-alias 旗舰店：小 美` (a Chinese colon, a space) was 「没有子账号」 for the kept 旗舰店:小美."""
    add("孙悦", "--alias", "旗舰店:小美", "--alias", "分店:小美")
    result = cli("staff", "edit", "孙悦", "--remove-alias", "旗舰店：小 美")
    assert result.code == 0, result.err
    assert store().staff.get(1).aliases == ("分店:小美",)


def test_a_name_added_with_a_space_between_chinese_characters_is_said_to_be_read_without_it(cli):
    result = cli("staff", "add", "张　伟")
    assert result.code == 0 and result.out == "1\n"
    assert "姓名「张 伟」的字中间有空格：导入报表、粘贴表格和命令行查找员工时不看这个空格，「张 伟」就是「张伟」" in result.err
    assert "字中间有空格" not in cli("staff", "add", "Anna Li").err


def test_names_with_emoji_keep_the_table_lined_up(cli, add):
    """`staff list` counted U+FE0F and the zero-width joiner of 👩‍💻 as a column each: the rows after such a
    name were pushed right of the others."""
    # the columns a terminal gives each name, counted by hand: 🌸 two, 👩‍💻 one emoji of two, ❤️ two
    columns = {"小美🌸": 6, "👩\u200d💻小王": 6, "阿强❤\ufe0f": 6, "张伟": 4}
    for name in columns:
        add(name, "--dept", "客服部")
    listed = cli("staff", "list")
    assert listed.code == 0, listed.err
    rows = listed.out.splitlines()[2:6]
    for name, row in zip(columns, rows, strict=True):
        assert row.split(name, 1)[1].startswith(" " * (6 - columns[name] + 2) + "客服部"), row


def test_a_leaving_date_before_data_and_events_is_saved_with_a_note_saying_what_still_counts(cli, add):
    """The window asks before such a date (a month early, or an account someone else took over); a scheduled
    command cannot ask: it saves the date as told, exits 0 and says what stays and still counts."""
    add("小美", "--hired", "2026-01-01")
    for day in ("2026-10-12", "2026-10-15"):
        assert cli("data", "set", "--date", day, "--staff", "小美", "--metric", "sales", "--value", "500").code == 0
    assert cli("event", "add", "--date", "2026-10-16", "--staff", "小美", "--type", "表扬").code == 0
    result = cli("staff", "leave", "小美", "--date", "2026-10-10")
    assert result.code == 0 and result.out.startswith("小美（#1） 已登记离职，离职日期 2026年10月10日")  # a day as the note writes it
    [said] = [line for line in result.err.splitlines() if line.startswith("提示：")]
    assert "2026年10月10日" in said and "2 天的数据（2026年10月12日 至 2026年10月15日）" in said and "1 条事件" in said
    assert "仍算在此人名下" in said
    assert json.loads(cli("staff", "list", "--json").out)[0]["left"] == "2026-10-10"
    # a date after everything they hold, and a leaver whose date is saved again unchanged, get no note
    assert "提示" not in cli("staff", "leave", "小美", "--date", "2026-10-16").err
    assert "提示" not in cli("staff", "leave", "小美", "--date", "2026-10-16").err
    english = cli("staff", "leave", "小美", "--date", "2026-10-13", lang="en")
    assert english.code == 0 and "1 event" in english.err and "Traceback" not in english.err
