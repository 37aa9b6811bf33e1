"""The grids' undo history (ui/widgets/grid_undo.py), shared by the 数据 and 目标 pages."""

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

    def refuse(step):
        raise UserError("不行")

    assert history.undo(None, refuse) is None and messages.of("error") == ["不行"] and len(history.steps) == 2
    seen = []
    done = history.undo(None, lambda step: seen.append(step.label) or (1, 0))
    assert seen == ["清空"] and done.back == 1 and done.message == "已撤销「清空」：恢复 1 格"
    assert [s.label for s in history.steps] == ["粘贴"]
