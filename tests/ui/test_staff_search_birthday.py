"""The 员工 search finds a lunar birthday by the month-day typed (03-14, 3月14日) and by the words the list shows,
in Chinese (农历三月十四) as in English (lunar 03-14): in Chinese 03-14 found nobody."""

from __future__ import annotations

import pytest

from app.domain import Birthday, StaffDraft
from ui.main import install_translators
from ui.pages.staff import StaffPage


@pytest.fixture
def page(qtbot, shop):
    shop.staff.add(StaffDraft("孙悦", birthday=Birthday(3, 14, lunar=True)))
    shop.staff.add(StaffDraft("张伟", birthday=Birthday(3, 15)))
    widget = StaffPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _found(page, typed):
    page.filter_edit.setText(typed)
    return page.visible_names()


@pytest.mark.parametrize("typed", ["03-14", "3-14", "3月14日", "农历三月十四", "三月十四"])
def test_a_lunar_birthday_is_found_in_chinese(page, typed):
    assert page.model.index(0, 7).data() == "农历三月十四"
    assert _found(page, typed) == ["孙悦"]


@pytest.mark.parametrize("typed", ["03-14", "3-14", "lunar 03-14"])
def test_a_lunar_birthday_is_found_in_english(qapp, page, typed):
    install_translators(qapp, "en")
    try:
        page.refresh()
        assert page.model.index(0, 7).data() == "lunar 03-14"
        assert _found(page, typed) == ["孙悦"]
    finally:
        install_translators(qapp, "zh")


def test_another_day_finds_no_lunar_birthday(page):
    assert _found(page, "03-15") == ["张伟"]
    assert _found(page, "三月十五") == []
