"""The 员工 search finds a person by the pinyin of their name, as a Chinese keyboard types it: whole (zhangwei),
by syllables (Zhang Wei, as an English list reads), by initials (zw), a surname by its family-name reading
(单 shan) and a rarer character by its own (闫 yan). Before, a name was found only by its characters."""

from __future__ import annotations

import pytest

from app.domain import StaffDraft
from tests.ui.staff_page_support import staff_page


@pytest.fixture
def page(qtbot, shop):
    for name in ("张伟", "王芳", "单丽", "闫妮", "吕佳", "Amy", "李长江"):
        shop.staff.add(StaffDraft(name))
    return staff_page(qtbot, shop)


def _found(page, typed):
    page.filter_edit.setText(typed)
    return sorted(page.visible_names())


@pytest.mark.parametrize("typed, names", [
    ("zhangwei", ["张伟"]), ("Zhang Wei", ["张伟"]), ("zw", ["张伟"]), ("zhang", ["张伟", "李长江"]),
    ("wangfang", ["王芳"]), ("wf", ["王芳"]),
    ("shanli", ["单丽"]), ("danli", ["单丽"]),  # 单 as a surname is shàn; dān typed is found too
    ("yanni", ["闫妮"]), ("lvjia", ["吕佳"]), ("lujia", ["吕佳"]),
    ("amy", ["Amy"]), ("lichangjiang", ["李长江"]), ("lizhangjiang", ["李长江"]),  # 长 read either way
])
def test_a_name_is_found_by_its_pinyin(page, typed, names):
    assert _found(page, typed) == names


def test_the_count_says_how_many_the_pinyin_found(page):
    page.filter_edit.setText("w")  # 王芳, and 张伟's wei
    assert page.count_label.text() == "在职 7 人中 2 人符合"
