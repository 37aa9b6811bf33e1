"""The columns an import remembers (mapped by hand, or ignored for good) are listed by report, and can be changed or
forgotten, one audited transaction each, without touching values already imported."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import UserError
from app.importing.remembered import RememberedColumns
from app.security import PinRequired
from app.shop import Shop

from .conftest import dump, values, write_csv

TITLE = ["统计时间：2026-10-01 ~ 2026-10-31"]
HEADER = ["日期", "客服", "销售额", "接待人数（去重）", "备注"]
D1, D2 = date(2026, 10, 1), date(2026, 10, 2)


def _report(tmp_path, name="接待日报.csv", day="2026-10-01", header=HEADER):
    return write_csv(tmp_path / name, [TITLE, header, [day, "小美", "100", "12", "好"][:len(header)]])


@pytest.fixture
def remembered(shop):
    return RememberedColumns(shop.store, shop.ctx, shop.metrics)


def _taught(run, tmp_path, mapping=None):
    plan, import_id = run(_report(tmp_path), column_map=mapping or {"接待人数（去重）": "inquiries", "备注": None})
    assert import_id is not None, plan.blocking()
    return import_id


def test_remembered_columns_are_listed_by_the_file_they_were_read_from(tmp_path, shop, run, people, remembered):
    _taught(run, tmp_path)
    [report] = remembered.reports()
    assert report.file_name == "接待日报.csv" and report.imported_at
    # in the file's order
    assert [(c.shown_header, c.metric) for c in report.columns] == [("接待人数（去重）", "inquiries"), ("备注", None)]
    assert report.headers == tuple(HEADER)


def test_a_mapping_is_remembered_only_for_the_file_that_has_the_column(tmp_path, shop, run, people, remembered):
    other = write_csv(tmp_path / "销售.csv", [TITLE, ["日期", "客服", "销售额"], ["2026-10-02", "小美", "5"]])
    plan, import_id = run(_report(tmp_path), other, column_map={"接待人数（去重）": "inquiries"})
    assert import_id is not None, plan.blocking()
    assert [(r.file_name, [c.shown_header for c in r.columns]) for r in remembered.reports()] == [
        ("接待日报.csv", ["接待人数（去重）"])]
    # the same mapping given again (a scheduled task's --map) is known to be remembered already: nothing to write
    again = run(_report(tmp_path), other, column_map={"接待人数（去重）": "inquiries"})[0]
    assert again.columns_remembered and again.nothing_to_write()


def test_changing_a_remembered_column_reads_the_next_import_so_and_keeps_the_imported_values(
        tmp_path, shop, imports, run, people, remembered):
    _taught(run, tmp_path)
    assert shop.store.values.get("inquiries", D1, people["小美"]) == 12
    before = values(shop)
    [report] = remembered.reports()
    assert remembered.change(report.signature, "接待人数（去重）", "paying") is True
    assert values(shop) == before  # already imported: unchanged
    entry = shop.store.audit.recent(1)[0]
    assert entry.action == "import.column_change"
    assert entry.summary == ("导入时记住的列：报表「接待日报.csv」的「接待人数（去重）」由「询单人数」改为「付款人数」"
                             "（已导入的数据不变，下次导入时生效）")
    plan = imports.preview([_report(tmp_path, "接待日报2.csv", "2026-10-02")])
    assert plan.files[0].columns["接待人数（去重）"] == "paying"
    logged = len(shop.store.audit.recent(50))
    assert remembered.change(report.signature, "接待人数（去重）", "付款人数") is False  # by name, and the same: no write
    assert len(shop.store.audit.recent(50)) == logged
    assert remembered.change(report.signature, "备注", "inquiries") is True  # an ignored column is read after all
    assert imports.preview([_report(tmp_path, "接待日报3.csv", "2026-10-02")]).files[0].columns["备注"] == "inquiries"


def test_changing_to_ignore_it(tmp_path, shop, imports, run, people, remembered):
    _taught(run, tmp_path)
    signature = remembered.reports()[0].signature
    remembered.change(signature, "接待人数（去重）", None)
    plan = imports.preview([_report(tmp_path, "接待日报2.csv", "2026-10-02")])
    assert "接待人数（去重）" in plan.files[0].ignored_columns and plan.files[0].mappable_columns == []


def test_forgetting_a_column_makes_the_next_import_ask_again(tmp_path, shop, imports, run, people, remembered):
    _taught(run, tmp_path)
    before = values(shop)
    signature = remembered.reports()[0].signature
    remembered.forget(signature, "备注")
    assert values(shop) == before
    assert [c.shown_header for c in remembered.reports()[0].columns] == ["接待人数（去重）"]
    entry = shop.store.audit.recent(1)[0]
    assert (entry.action, entry.summary) == (
        "import.column_forget", "导入时记住的列：忘记报表「接待日报.csv」的「备注」（原为「忽略」），下次导入时重新识别（已导入的数据不变）")
    plan = imports.preview([_report(tmp_path, "接待日报2.csv", "2026-10-02")])
    assert plan.files[0].mappable_columns == ["备注"]  # the wizard asks about it again


def test_forgetting_a_known_header_mapped_otherwise_reads_it_by_its_name_again(tmp_path, shop, imports, run, people,
                                                                               remembered):
    _taught(run, tmp_path, {"销售额": "refunds"})
    remembered.forget(remembered.reports()[0].signature, "销售额")
    assert imports.preview([_report(tmp_path, "接待日报2.csv", "2026-10-02")]).files[0].columns["销售额"] == "sales"
    assert remembered.reports() == []


def test_a_choice_no_longer_remembered_or_an_unknown_metric_is_refused_and_changes_nothing(
        tmp_path, shop, run, people, remembered):
    _taught(run, tmp_path)
    signature = remembered.reports()[0].signature
    before = dump(shop)
    with pytest.raises(UserError, match="没有指标「销量」"):
        remembered.change(signature, "备注", "销量")
    with pytest.raises(UserError, match="「工号」列的对应已经不在记住的列里了"):
        remembered.forget(signature, "工号")
    with pytest.raises(UserError, match="不在记住的列里"):
        remembered.change(signature, "工号", "sales")
    assert dump(shop) == before


def test_a_locked_shop_refuses_both(tmp_path, shop, run, people):
    _taught(run, tmp_path)
    shop.security.set_pin("1234")
    locked = Shop.open(shop.store.path, shop.today)
    try:
        remembered = RememberedColumns(locked.store, locked.ctx, locked.metrics)
        signature = remembered.reports()[0].signature
        before = dump(locked)
        with pytest.raises(PinRequired):
            remembered.forget(signature, "备注")
        with pytest.raises(PinRequired):
            remembered.change(signature, "备注", "sales")
        assert dump(locked) == before
    finally:
        locked.close()


def test_a_column_remembered_before_the_log_kept_headers_is_listed_as_an_earlier_report(shop, remembered):
    shop.store.import_columns.remember("0" * 40, {"接待人数（去重）": "inquiries"})
    [report] = remembered.reports()
    assert report.file_name is None and report.label() == "较早导入的报表"


def test_undoing_an_import_keeps_the_columns_it_taught_and_says_so(tmp_path, shop, imports, run, people, remembered):
    import_id = _taught(run, tmp_path)
    result = imports.undo(import_id)
    assert [(c.shown_header, c.metric) for c in remembered.reports()[0].columns] == [
        ("接待人数（去重）", "inquiries"), ("备注", None)]
    assert result.notes[-1] == ("这次导入记住的列仍然记住：「接待人数（去重）」→询单人数、「备注」→忽略，表头相同的文件以后照样这样读取；"
                                "如要修改或忘记，请到 设置 → 导入")
    assert "这次导入记住的列仍然记住" in shop.store.audit.recent(1)[0].summary


def test_undo_says_nothing_of_a_choice_changed_since(tmp_path, shop, imports, run, people, remembered):
    import_id = _taught(run, tmp_path, {"接待人数（去重）": "inquiries"})
    remembered.forget(remembered.reports()[0].signature, "接待人数（去重）")
    assert not any("记住的列" in note for note in imports.undo(import_id).notes)


def test_a_column_remembered_with_a_direction_mark_in_its_header_is_still_read_so(tmp_path, shop, run, people):
    """An earlier version compared headers keeping a direction mark (「接待人数（去重）\u200e」): the column it
    remembered under that header is found now that headers are compared without it."""
    header = ["日期", "客服", "销售额", "接待人数（去重）\u200e"]
    plan, import_id = run(_report(tmp_path, header=header), column_map={"接待人数（去重）": "inquiries"})
    assert import_id is not None, plan.blocking()
    with shop.store.atomic():  # kept under the header as that version read it
        shop.store.db.execute("UPDATE import_column_map SET header = header || '\u200e'")
    plan, import_id = run(_report(tmp_path, "接待日报2.csv", day="2026-10-02", header=header))
    assert import_id is not None, plan.blocking()
    assert shop.store.values.get("inquiries", D2, people["小美"]) == 12
