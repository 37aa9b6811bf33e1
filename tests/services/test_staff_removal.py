"""Someone added by mistake (a typo'd 新增, an import's 全部新建为员工) is removed; anyone with history is not:
every row in the shop that names them refuses it, said by what it is, and nothing is written."""

from datetime import date

import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.errors import UserError
from app.store.staff_history import HISTORY_QUERIES

# the word a person's history is refused with, and the rows that give person #1 (#2, #3 are others) that history
_FLOWER = ("INSERT INTO flower (number, issuer_id, recipient_id, issued, valid_through, reason, category, quota, "
           "quota_owner, quota_month, quota_slot) VALUES ('F1', {issuer}, {recipient}, '2026-10-05', '2026-12-31', "
           "'热心', '服务', 'leader', {issuer}, '2026-10', 1)")
HISTORY_ROWS = {
    "daily_value": ("每日数据", "INSERT INTO daily_value (metric, day, staff_id, value) VALUES ('sales', '2026-10-05', 1, 9)"),
    "period_value": ("按时段导入的数据", ("INSERT INTO period_value (metric, start, end, staff_id, value) "
                                  "VALUES ('sales', '2026-10-01', '2026-10-07', 1, 100)")),
    "pending_value": ("待核对的数据", ("INSERT INTO pending_value (metric, start, end, staff_id) "
                                 "VALUES ('sales', '2026-10-01', '2026-10-07', 1)")),
    "target": ("月度目标", "INSERT INTO staff_target (month, staff_id, metric, value) VALUES ('2026-10', 1, 'sales', 100)"),
    "event": ("登记的事件", "INSERT INTO event (day, staff_id, type) VALUES ('2026-10-05', 1, '好评')"),
    "import_name": ("导入记录", "INSERT INTO import_name (import_id, name_key, staff_id) VALUES (1, '小美', 1)"),
    "import_day_name": ("导入记录", ("INSERT INTO import_day_name (import_id, staff_id, start, end, name_key) "
                                 "VALUES (1, 1, '2026-10-05', '2026-10-05', '小美')")),
    "import_share": ("导入记录", ("INSERT INTO import_share (import_id, staff_id, start, end, name_key, target, metric) "
                              "VALUES (1, 1, '2026-10-05', '2026-10-05', '小美', 'daily', 'sales')")),
    "import_previous": ("导入记录", ("INSERT INTO import_previous (import_id, target, metric, start, end, staff_id) "
                                 "VALUES (1, 'daily', 'sales', '2026-10-05', '2026-10-05', 1)")),
    "award_line": ("评奖结果", ("INSERT INTO award_line (run_id, seq, recipient_type, staff_id, award, rule_kind, kind, "
                            "amount_fen, explanation, certificate) VALUES (1, 1, 'staff', 1, '冠军', 'rank', 'cash', 100, "
                            "'第一', 0)")),
    "award_input": ("评奖结果", ("INSERT INTO award_input (run_id, staff_id, seq, label, value, source) "
                             "VALUES (1, 1, 1, '销售额', '100', '数据')")),
    "award_fixed_pay": ("评奖结果", """UPDATE award_run SET fixed_pay = '{"1": {"dept": null, "pay": {}}}'"""),
    "award_manual": ("手动奖励或调整", ("INSERT INTO award_manual (period, staff_id, amount_fen, reason, at, os_user) "
                                 "VALUES ('2026-09', 1, 100, '补发', '2026-10-01T10:00:00', 'owner')")),
    "flower_given": ("小红花记录", _FLOWER.format(issuer=1, recipient=2)),
    "flower_received": ("小红花记录", _FLOWER.format(issuer=2, recipient=1)),
    "flower_transfer": ("小红花记录", _FLOWER.format(issuer=2, recipient=3),
                        ("INSERT INTO flower_transfer (flower_id, from_id, to_id, day, signed) "
                         "VALUES (1, 1, 3, '2026-10-06', '店长')")),
    "red_flag": ("小红旗记录", "INSERT INTO department (id, name) VALUES (9, '客服部')",
                 ("INSERT INTO red_flag (number, issuer_id, dept_id, issued, reason, quota_month, quota_slot) "
                  "VALUES ('R1', 1, 9, '2026-10-05', '第一', '2026-10', 1)")),
    "certificate": ("奖状", ("INSERT INTO certificate (number, period, seq, identity, recipient_type, staff_id, recipient, "
                           "award, checksum, issued, created_at, created_by) VALUES ('C1', '2026-09', 1, 'x', 'staff', 1, "
                           "'小美', '冠军', 'c', '2026-10-01', '2026-10-01T10:00:00', 'owner')")),
    "stints": ("离职后重新入职的记录", ("INSERT INTO staff_stint (staff_id, hired, left_on) "
                              "VALUES (1, '2024-01-01', '2024-06-30')")),
}


def _three_people(shop):
    people = [shop.staff.add(StaffDraft(name, aliases=(f"旗舰店:{name}",), hired=date(2025, 1, 1)))
              for name in ("小美", "小丽", "小芳")]
    db = shop.store.db
    db.execute("INSERT INTO import_log (id, at, os_user, file_name, content_hash) "
               "VALUES (1, '2026-10-05T10:00:00', 'owner', 'a.xlsx', 'h')")
    # a run of a month before they were hired: they are not among its people (that is history too, tested below)
    db.execute("INSERT INTO award_run (id, period, status, approved_at, os_user, fingerprint) "
               "VALUES (1, '2024-12', 'approved', '2025-01-05T10:00:00', 'owner', 'f')")
    return people


def test_the_tables_holding_a_staff_id_are_those_the_history_reads(shop):
    """A table added later with a staff id must join the history check (or be named here as no history)."""
    not_history = {"staff_alias", "staff", "staff_removed"}  # freed with the person / the person
    holding = set()
    for (table,) in shop.store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = {row[1] for row in shop.store.db.execute(f"PRAGMA table_info({table})")}
        references = {row[2] for row in shop.store.db.execute(f"PRAGMA foreign_key_list({table})")}
        if columns & {"staff_id", "issuer_id", "recipient_id", "from_id", "to_id"} or "staff" in references:
            holding.add(table)
    queries = " ".join(query for _kind, query in HISTORY_QUERIES)
    assert {t for t in holding - not_history if f"FROM {t} " not in queries} == set()


@pytest.mark.parametrize("kind", sorted(HISTORY_ROWS))
def test_a_person_with_any_history_is_refused_and_kept(shop, kind):
    mei, *_ = _three_people(shop)
    word, *statements = HISTORY_ROWS[kind]
    for sql in statements:
        shop.store.db.execute(sql)
    logged = shop.store.audit.count()
    assert shop.staff.history(mei.id) == [word]
    with pytest.raises(UserError) as refused:
        shop.staff.remove(mei.id)
    assert refused.value.message == (f"小美（#1） 已有{word}，不能删除（删除只用于误加、没有任何记录的员工）；"
                                     "不再在职请办理离职")
    assert shop.staff.get(mei.id).aliases == mei.aliases and shop.store.audit.count() == logged


def test_a_person_among_the_people_of_an_approved_period_is_refused(shop):
    """Their approval was computed with them on the team, even where no line names them."""
    mei, *_ = _three_people(shop)
    shop.store.db.execute("INSERT INTO award_run (id, period, status, approved_at, os_user, fingerprint) "
                          "VALUES (2, '2026-09', 'approved', '2026-10-01T10:00:00', 'owner', 'f')")
    assert shop.staff.history(mei.id) == ["已批准评奖的2026年9月的名单"]
    with pytest.raises(UserError):
        shop.staff.remove(mei.id)


@pytest.mark.parametrize("setting", declared.NAME_PEOPLE, ids=lambda s: s.key)
def test_a_person_named_in_a_setting_is_refused(shop, setting):
    mei, *_ = _three_people(shop)
    shop.store.settings.set(setting.key, [mei.id] if setting.type is list else mei.id)
    assert shop.staff.history(mei.id) == [f"设置「{setting.label}」"]
    with pytest.raises(UserError):
        shop.staff.remove(mei.id)


def test_a_person_without_history_is_removed_with_an_audit_row_and_their_aliases_freed(shop):
    mei, li, _fang = _three_people(shop)
    shop.store.db.execute("INSERT INTO daily_value (metric, day, staff_id, value) VALUES ('sales', '2026-10-05', 2, 1)")
    assert shop.staff.history(mei.id) == []
    assert shop.staff.remove(mei.id) == mei
    assert [p.name for p in shop.staff.list()] == ["小丽", "小芳"]
    entry = shop.store.audit.recent(1)[0]
    assert (entry.action, entry.summary) == ("staff.remove", "删除误加的员工 小美（#1）")
    assert shop.store.staff.alias_owner("旗舰店:小美") is None
    again = shop.staff.add(StaffDraft("小美", aliases=("旗舰店:小美",), hired=date(2025, 1, 1)))
    assert shop.store.staff.alias_owner("旗舰店:小美") == again.id
    assert shop.staff.get(li.id) == li


def test_a_removed_persons_number_is_never_given_again(shop):
    *_, fang = _three_people(shop)
    shop.staff.remove(fang.id)  # the highest number: SQLite alone would give #3 again
    shop.staff.add(StaffDraft("小红", hired=date(2025, 1, 1)))
    assert [(p.id, p.name) for p in shop.staff.list()] == [(1, "小美"), (2, "小丽"), (4, "小红")]
    shop.staff.remove(4)
    assert shop.staff.add(StaffDraft("小青", hired=date(2025, 1, 1))).id == 5


def test_cli_staff_remove(shop, tmp_path, capsys):
    from app.cli import main

    _three_people(shop)
    shop.store.db.execute("INSERT INTO staff_target (month, staff_id, metric, value) VALUES ('2026-10', 2, 'sales', 1)")
    path = str(shop.store.path)
    shop.close()
    head = ["--db", path, "--today", "2026-10-20"]
    capsys.readouterr()
    assert main([*head, "staff", "remove", "小美"]) == 0
    assert capsys.readouterr().out.strip() == "已删除误加的员工 小美（#1）"
    assert main([*head, "staff", "remove", "小丽"]) == 2
    assert "小丽（#2） 已有月度目标，不能删除" in capsys.readouterr().err
    assert main([*head, "staff", "remove", "1"]) == 2  # gone


def test_a_shop_file_of_version_17_keeps_its_numbers_after_removals(tmp_path):
    import shutil
    from pathlib import Path

    from app.shop import Shop

    path = tmp_path / "shop.db"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema" / "v17.sqlite", path)
    shop = Shop.open(path, date(2026, 11, 3))
    try:
        newest = shop.staff.add(StaffDraft("误加", hired=date(2026, 11, 1)), confirm_approved=True)
        assert newest.id == max(p.id for p in shop.staff.list())
        shop.staff.remove(newest.id)
        assert shop.staff.add(StaffDraft("小青", hired=date(2026, 11, 1)), confirm_approved=True).id == newest.id + 1
    finally:
        shop.close()


def test_in_english_what_keeps_someone_is_said_in_lower_case_within_the_sentence(shop):
    """It read "already has Target, Events": the words were the column and page titles."""
    from app.i18n import set_language

    mei, *_ = _three_people(shop)
    for kind in ("daily_value", "target", "event", "import_name"):
        for sql in HISTORY_ROWS[kind][1:]:
            shop.store.db.execute(sql)
    set_language("en")
    try:
        with pytest.raises(UserError) as refused:
            shop.staff.remove(mei.id)
    finally:
        set_language("zh")
    assert refused.value.message.startswith(
        "小美 (#1) already has daily results, monthly targets, recorded events and import records, so cannot be deleted"), \
        refused.value.message
