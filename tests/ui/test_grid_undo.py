"""The grids' undo history (ui/widgets/grid_undo.py), shared by the 数据 and 目标 pages."""

import pytest

from ui.widgets.grid_undo import UNDO_STEPS, UndoHistory


def test_only_changed_cells_are_kept_and_the_last_50_steps(qtbot):
    history = UndoHistory()
    history.remember("sales", "粘贴", [(1, "a", 5, 5), (2, "a", None, None)])  # changed nothing: no step
    assert history.steps == []
    history.remember("sales", "粘贴", [(1, "a", 5, 5), (2, "a", None, 7)])
    assert history.steps[0].cells == [(2, "a", None, 7)]
    for n in range(UNDO_STEPS + 5):
        history.remember("sales", f"输入 {n}", [(1, "a", n, n + 1)])
    assert UNDO_STEPS == 50 and len(history.steps) == 50
    assert history.steps[0].label == "输入 5" and history.steps[-1].label == f"输入 {UNDO_STEPS + 4}"


def test_undo_takes_the_newest_step_and_keeps_it_when_the_service_refuses(qtbot, messages):
    from app.errors import UserError

    history = UndoHistory()
    history.remember("sales", "粘贴", [(1, "a", None, 7)])
    history.remember("sales", "清空", [(1, "a", 7, None)])

    def refuse(step, confirm):
        raise UserError("不行")

    assert history.undo(None, refuse) is None and messages.of("error") == ["不行"] and len(history.steps) == 2
    seen = []
    done = history.undo(None, lambda step, confirm: seen.append(step.label) or (1, 0))
    assert seen == ["清空"] and done.back == 1 and done.message == "已撤销「清空」：恢复 1 格"
    assert [s.label for s in history.steps] == ["粘贴"]


def test_the_page_goes_to_the_step_first_and_the_message_names_where_it_went(qtbot):
    history = UndoHistory()
    history.remember("sales", "输入 1 格", [(1, "a", None, 7)], place=("2026-10", "sales"))
    history.remember("orders", "粘贴", [(1, "a", 3, 4), (2, "a", 5, 6)])
    calls = []

    def go_to(step):
        calls.append(("go", step.where))
        return None if step.where == "orders" else "2026年10月 销售额"

    def restore(step, confirm):
        calls.append(("restore", step.label))
        return (1, 1) if step.label == "粘贴" else (0, 1)

    done = history.undo(None, restore, go_to)
    assert done.message == "已撤销「粘贴」：恢复 1 格；1 格之后又改过，保持现在的值"  # it was shown: not named
    done = history.undo(None, restore, go_to)
    assert calls == [("go", "orders"), ("restore", "粘贴"), ("go", ("2026-10", "sales")), ("restore", "输入 1 格")]
    assert done.message == "没有撤销 2026年10月 销售额「输入 1 格」：它改过的 1 格之后又改过，保持现在的值"
    history.remember("sales", "清空", [(1, "a", 7, None)], place=("2026-09", "sales"))
    assert history.undo(None, lambda step, confirm: (1, 0), lambda step: "2026年9月 销售额").message == \
        "已撤销 2026年9月 销售额「清空」：恢复 1 格"


@pytest.mark.parametrize("answer", [False, True])
def test_an_undo_changing_an_approved_period_asks_as_typing_there_does(qtbot, messages, answer):
    from app.periods import Month
    from app.services.approved import ApprovedPeriodChange

    history = UndoHistory()
    history.remember("sales", "输入 1 格", [(1, "a", None, 7)])
    asked = []

    def restore(step, confirm):
        asked.append(confirm)
        if not confirm:
            raise ApprovedPeriodChange("已批准", [Month(2026, 9)])
        return 1, 0

    messages.answer = answer
    done = history.undo(None, restore)
    [question] = messages.of("confirm")
    assert "2026年9月 的评奖已经批准" in question and messages.of("error") == []
    assert asked == ([False, True] if answer else [False])
    if answer:
        assert done.back == 1 and history.steps == []
    else:  # nothing undone: the step waits for another try
        assert done is None and [s.label for s in history.steps] == ["输入 1 格"]


def test_redo_writes_the_undone_step_again_and_a_new_write_forgets_it(qtbot):
    history = UndoHistory()
    history.remember("sales", "粘贴", [(1, "a", None, 7), (2, "a", 3, 4)])
    history.undo(None, lambda step, confirm: (2, 0))
    given = []
    done = history.redo(None, lambda step, confirm: given.append(step.cells) or (1, 1))
    assert given == [[(1, "a", 7, None), (2, "a", 4, 3)]]  # each cell's written value is the one put back
    assert done.message == "已重做「粘贴」：写回 1 格；1 格撤销后又改过，保持现在的值"
    assert [s.label for s in history.steps] == ["粘贴"] and history.undone == []
    history.undo(None, lambda step, confirm: (2, 0))
    history.remember("sales", "输入 1 格", [(1, "a", None, 5)])
    assert history.redo(None, lambda step, confirm: (1, 0)).message == "没有可以重做的撤销"
