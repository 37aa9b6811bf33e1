"""Approving a month where someone taking part has no data at all for it (their report not imported, often) went
through without a word: the window's question names them, so the owner can cancel and import first."""

from datetime import date

from awards_page_support import SEP, _run, computed, make_team, open_page

from app.domain import StaffDraft


def test_the_approval_question_names_the_people_without_data(qtbot, shop, tmp_path, messages):
    make_team(shop, tmp_path)  # 甲 and 乙 have September's sales
    shop.staff.add(StaffDraft(name="小丽", dept="客服部", role="客服", hired=date(2026, 3, 1)))
    shop.staff.add(StaffDraft(name="新人", dept="客服部", role="客服", hired=date(2026, 10, 8)))  # after September
    page = open_page(qtbot, shop)
    computed(qtbot, page)
    messages.answer = False  # the owner cancels, to import 小丽's report first
    assert page.approve() is None
    question = messages.of("confirm")[-1]
    assert "以下员工本期没有任何数据：小丽——如果是漏导入了报表，请先导入再批准" in question
    assert "新人" not in question
    assert shop.awards.history(SEP) == []
    messages.answer = True
    _run(qtbot, page, page.approve)
    assert len(shop.awards.history(SEP)) == 1
