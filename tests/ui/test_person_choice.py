"""People in choice boxes: name, then number/department/role in brackets — Chinese brackets in the Chinese
window, plain ones in the English window (刘佳怡 (#1, 客服部), not 刘佳怡（#1，客服部）)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.award_dialogs import AdjustDialog, ManualAwardDialog
from ui.dialogs.event_dialog import EventDialog
from ui.dialogs.flower_dialogs import IssueFlowerDialog
from ui.pages.data import DataPage
from ui.person_choice import person_choice

OCT = Month(2026, 10)


@pytest.fixture
def team(shop):
    hired = date(2025, 1, 1)
    shop.staff.add(StaffDraft(name="刘佳怡", dept="客服部", role="主管", hired=hired))
    shop.staff.add(StaffDraft(name="王芳", dept="售后部", role="客服", hired=hired))
    shop.staff.add(StaffDraft(name="王芳", role="客服", hired=hired))  # same name, no department
    shop.awards.plans.use("taobao-kefu")
    return shop


def test_a_person_in_each_language(lang):
    expected = {"zh": ("刘佳怡（#1，客服部）", "刘佳怡（主管）"), "en": ("刘佳怡 (#1, 客服部)", "刘佳怡 (主管)")}[lang]
    assert (person_choice("刘佳怡", "#1", "客服部"), person_choice("刘佳怡", None, "主管")) == expected
    assert person_choice("刘佳怡", "", None) == "刘佳怡"


def choices(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is not None]


def test_every_choice_box_of_people_uses_the_languages_brackets(qtbot, team, lang):
    dialogs = {"event": (EventDialog(team, OCT), "staff_combo"), "flower": (IssueFlowerDialog(team), "issuer"),
               "recipient": (IssueFlowerDialog(team), "recipient"), "manual": (ManualAwardDialog(team, OCT), "recipient"),
               "adjust": (AdjustDialog(team, OCT), "person")}
    shown = {}
    for key, (dialog, attribute) in dialogs.items():
        qtbot.addWidget(dialog)
        shown[key] = choices(getattr(dialog, attribute))
    assert all(shown.values()), shown
    opening, other = ("（", "(") if lang == "zh" else (" (", "（")
    for key, texts in shown.items():
        assert all(opening in text and other not in text for text in texts), (key, texts)
    assert "刘佳怡" + {"zh": "（主管）", "en": " (主管)"}[lang] in shown["flower"]


def test_two_people_of_one_name_in_a_grids_rows(qtbot, team, lang):
    page = DataPage(team)
    qtbot.addWidget(page)
    page.refresh()
    names = {page.model.headerData(row, Qt.Orientation.Vertical) for row in range(page.model.rowCount())}
    ids = sorted(p.id for p in team.staff.list() if p.name == "王芳")
    assert {person_choice("王芳", f"#{i}") for i in ids} <= names
