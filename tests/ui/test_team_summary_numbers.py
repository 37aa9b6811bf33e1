"""The team's figures under its bar (已完成 … / 全店目标 …　还差 …，日均需 …) break, when short of room, only
between what is done and what is left: Qt's own wrapping breaks Chinese between any two characters, and a lone
「还」 ended the first line while 「差 ¥…」 began the next."""

from PySide6.QtGui import QTextDocument

from app.demo import generate_demo
from app.reports.board import make_board, team_tiles
from app.reports.pace import shop_day_weights
from ui.widgets.team_summary import TeamSummary


def shown_lines(label) -> list[str]:
    """The lines the label shows at its width, laid out as QLabel lays out its text."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setPlainText(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays it out
    lines = []
    block = document.firstBlock()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(block.text()[line.textStart():line.textStart() + line.textLength()].strip())
        block = block.next()
    return lines


def test_the_team_figures_never_break_inside_what_is_left(qtbot, shop, lang):
    generate_demo(shop)
    month = shop.current_month()
    progress = shop.progress(month, board=True)
    board = make_board(progress, shop_day_weights(shop.settings))
    tiles = team_tiles(shop.store, shop.metrics, month, progress.as_of, {r.staff.id for r in board.rows})
    summary = TeamSummary(tiles_apart=True)
    qtbot.addWidget(summary)
    summary.show_team(board, tiles)
    summary.show()
    amount, team = progress.metric.format, progress.team
    assert team.remaining and team.per_day_needed
    whole = ([f"还差 {amount(team.remaining)}", f"日均需 {amount(team.per_day_needed)}"] if lang == "zh" else
             [f"{amount(team.remaining)} to go", f"{amount(team.per_day_needed)}/day"])
    broken = 0
    for width in range(420, 1300, 3):
        summary.resize(width, summary.heightForWidth(width))
        qtbot.wait(1)
        label = summary.numbers
        lines = shown_lines(label)
        assert label.height() >= label.heightForWidth(label.width()), (width, lines)
        for text in whole:
            assert any(text in line for line in lines), (width, text, lines)
        broken += len(lines) > 1
    assert broken  # the narrow end of the range does break the figures
