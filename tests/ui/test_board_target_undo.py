"""A target set from the board's 未设目标 is a step of the 目标 page's 撤销, as one typed in its grid."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.target_input import TargetInputDialog
from ui.models.board_model import BoardModel

OCT_KEY = "2026-10"
SEP = Month(2026, 9)


def typed_and_saved(text: str):
    """Stands in for the owner typing `text` into the dialog and pressing OK."""
    def exec_(dialog: TargetInputDialog) -> int:
        dialog.value.setText(text)
        dialog.save()
        return dialog.result()
    return exec_


@pytest.fixture
def two_people(shop):
    shop.staff.add(StaffDraft(name="阿花", dept="客服部", hired=date(2025, 1, 1)))
    targeted = shop.staff.add(StaffDraft(name="小李", dept="客服部", hired=date(2025, 1, 1)))
    shop.targets.set_staff(shop.current_month(), targeted.id, shop.metrics.get("sales"), 1_000_000)
    return shop


def open_untargeted_row(board, name: str) -> None:
    rows = [board.model.data(board.model.index(r, BoardModel.NAME)) for r in range(board.model.rowCount())]
    board._open_row(board.model.index(rows.index(name), BoardModel.NAME))


def test_ctrl_z_on_the_targets_page_takes_back_a_target_set_on_the_board(make_window, two_people, monkeypatch):
    shop = two_people
    person = next(p for p in shop.store.staff.list() if p.name == "阿花")
    monkeypatch.setattr(TargetInputDialog, "exec", typed_and_saved("¥20,000"))
    window = make_window(start_page="dashboard")
    open_untargeted_row(window.current_page(), "阿花")
    assert shop.store.targets.staff_target(OCT_KEY, person.id, "sales") == 2_000_000
    window.show_page(window._index_of("targets"))
    targets = window.current_page()
    assert targets.undo() == 1
    assert shop.store.targets.staff_target(OCT_KEY, person.id, "sales") is None
    assert "看板上设置目标" in targets.status.text()


def test_a_cancelled_board_dialog_leaves_no_step(make_window, two_people, monkeypatch):
    monkeypatch.setattr(TargetInputDialog, "exec", lambda dialog: dialog.DialogCode.Rejected)
    window = make_window(start_page="dashboard")
    open_untargeted_row(window.current_page(), "阿花")
    window.show_page(window._index_of("targets"))
    assert window.current_page().undo() == 0
    assert window.current_page().status.text() == "没有可以撤销的修改"


@pytest.mark.parametrize("answer", [False, True])
def test_a_target_for_an_approved_month_set_on_the_board_is_asked_first(qtbot, shop, messages, answer):
    person = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 1, 1)))
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP)
    messages.answer = answer
    dialog = TargetInputDialog(shop, person, SEP)
    qtbot.addWidget(dialog)
    dialog.value.setText("20000")
    dialog.save()
    [question] = messages.of("confirm")
    assert "2026年9月" in question and "批准" in question
    assert dialog.error.text() == ""
    assert shop.store.targets.staff_target("2026-09", person.id, "sales") == (2_000_000 if answer else None)
    assert (dialog.result() == dialog.DialogCode.Accepted) == answer
