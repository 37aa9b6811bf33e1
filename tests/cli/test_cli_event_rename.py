"""`honghua event rename-type`: an event type shown by another name, typed by either afterwards."""

import pytest


@pytest.mark.parametrize(("lang", "said"), [("zh", "事件类型 表扬 改名为 客户表扬"),
                                            ("en", "Event type 表扬 renamed 客户表扬")])
def test_event_rename_type_and_record_by_the_new_name(cli, add, lang, said):
    person = add("小美", "--dept", "客服部", "--hired", "2026-01-05")
    renamed = cli("event", "rename-type", "表扬", "客户表扬", lang=lang)
    assert renamed.code == 0 and renamed.out.strip() == said, renamed.err
    recorded = cli("event", "add", "--date", "2026-10-15", "--staff", str(person), "--type", "客户表扬")
    assert recorded.code == 0 and recorded.out.strip().endswith("客户表扬"), recorded.err
    taken = cli("event", "rename-type", "客户表扬", "投诉")
    assert taken.code == 2 and "已存在" in taken.err and not taken.out
    unknown = cli("event", "rename-type", "夸奖", "好评")
    assert unknown.code == 2 and "没有事件类型「夸奖」" in unknown.err
