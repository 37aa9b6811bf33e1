"""The office TV shows the month's red flags (小红旗, under the team bar, in the board's words) and its flower
leaders (小红花, under the leaderboard's title): nothing when there are none, revoked ones not counted; a long
department list takes two lines at most, between departments, and pushes no row off the screen."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetrics, QPainter

import ui.tv_mode
from app.domain import StaffDraft
from app.periods import Month
from ui.tv_mode import BOARD, LEADERS, TvWindow

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"
OCT = Month(2026, 10)
DEPARTMENTS = ("售前客服一部", "售前客服二部", "售后服务部", "直播运营部", "仓储物流部", "视觉设计部", "客户关系管理部",
               "财务部", "人事行政部", "新媒体部", "质检部", "大促项目组")


colours: dict[str, QColor] = {}


@pytest.fixture
def drawn(monkeypatch):
    """The texts the TV hands its painter, with their boxes and line heights: [(text, box, height)]; their pens'
    colours in `colours`."""
    texts: list[tuple[str, QRectF, int]] = []

    class RecordingPainter(QPainter):
        def drawText(self, *args):
            if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
                texts.append((args[2], QRectF(args[0]), QFontMetrics(self.font()).height()))
                colours[args[2]] = QColor(self.pen().color())
            return super().drawText(*args)

    monkeypatch.setattr(ui.tv_mode, "QPainter", RecordingPainter)
    return texts


@pytest.fixture
def team(shop):
    sales = shop.metrics.get("sales")
    ids = {}
    for name, role, dept in (("王店长", "店长", "客服部"), ("赵组长", "组长", "售后部"), ("小美", "客服", "客服部"),
                             ("小刚", "客服", "客服部"), ("阿花", "售后", "售后部")):
        ids[name] = shop.staff.add(StaffDraft(name=name, role=role, dept=dept, hired=date(2025, 1, 1))).id
        if role != "店长":
            shop.targets.set_staff(OCT, ids[name], sales, 3_000_000)
            shop.data.set_value(date(2026, 10, 5), ids[name], sales, 400_000)
    return shop, ids


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def screen_texts(qtbot, tv, drawn, screen):
    while tv.screen_index != screen:
        tv.rotate()
    drawn.clear()
    return tv.grab(), list(drawn)


def open_tv(qtbot, shop, width=1920, height=1080):
    tv = TvWindow(shop)
    qtbot.addWidget(tv)
    tv.resize(width, height)
    tv.show()
    qtbot.waitExposed(tv)
    return tv


def test_the_tv_shows_the_months_red_flags_and_flower_leaders_in_the_boards_words(qtbot, team, drawn):
    from ui.pages.dashboard import DashboardPage

    shop, ids = team
    for dept in ("售后部", "客服部", "售后部"):
        shop.flowers.issue_red_flag(ids["王店长"], dept, "双11零差评")
    wrong = shop.flowers.issue_red_flag(ids["王店长"], "客服部", "发错了")
    shop.flowers.revoke_red_flag(wrong.number, "发错部门了")
    shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")
    shop.flowers.issue(ids["赵组长"], ids["小美"], "帮同事顶班")
    revoked = shop.flowers.issue(ids["赵组长"], ids["小刚"], "记错了")
    shop.flowers.revoke(revoked.number, "记错了")
    shop.flowers.issue(ids["赵组长"], ids["阿花"], "跨部门协作")
    board = DashboardPage(shop)
    qtbot.addWidget(board)
    board.refresh()
    tv = open_tv(qtbot, shop)
    _image, texts = screen_texts(qtbot, tv, drawn, BOARD)
    words = board.summary.red_flags.text()
    assert words == "小红旗：售后部 2 面、客服部 1 面" and words in [text for text, *_ in texts]
    _image, texts = screen_texts(qtbot, tv, drawn, LEADERS)
    assert "小红花：小美 2 朵、阿花 1 朵" in [text for text, *_ in texts]
    background = luminance(QColor("#1e1e24"))
    for text in (words, "小红花：小美 2 朵、阿花 1 朵"):  # as readable on the dark screen as every other text
        assert (luminance(colours[text]) + 0.05) / (background + 0.05) >= 3


def test_a_month_without_flags_or_flowers_shows_nothing_of_them(qtbot, team, drawn):
    shop, ids = team
    flag = shop.flowers.issue_red_flag(ids["王店长"], "售后部", "发错了")
    shop.flowers.revoke_red_flag(flag.number, "发错了")
    tv = open_tv(qtbot, shop)
    for screen in (BOARD, LEADERS):
        _image, texts = screen_texts(qtbot, tv, drawn, screen)
        assert not [text for text, *_ in texts if "小红旗" in text or "小红花" in text]
    assert tv.tv_layout.flags_box is None and tv.tv_layout.flowers_box is None  # no room kept for them


@pytest.mark.parametrize("width, height", [(1920, 1080), (1366, 768)])
def test_a_long_department_list_takes_two_lines_between_departments_and_keeps_the_rows_on_screen(
        qtbot, team, drawn, width, height):
    shop, ids = team
    for i, dept in enumerate(DEPARTMENTS):
        shop.staff.add(StaffDraft(name=f"员工{i}", dept=dept, hired=date(2025, 1, 1)))
        for _ in range(1 + i % 3):
            shop.flowers.issue_red_flag(ids["王店长"], dept, "零差评")
    for to in ("小美", "小刚", "阿花"):
        shop.flowers.issue(ids["赵组长"], ids[to], "帮同事顶班")
    tv = open_tv(qtbot, shop, width, height)
    names = [row.staff.name for row in tv.rows]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for screen, tag in ((BOARD, "board"), (LEADERS, "leaders")):
        image, texts = screen_texts(qtbot, tv, drawn, screen)
        image.save(str(ARTIFACTS / f"tv_honours_{tag}_{width}x{height}.png"))
        window = QRectF(tv.rect())
        for text, box, line_h in texts:
            assert window.contains(box) and (box.height() + 0.5 >= line_h or not text), (text, box)
        rows_top = min(box.top() for text, box, _h in texts if text in names)
        honours = [(text, box) for text, box, _h in texts if "小红旗" in text or "面" in text or "小红花" in text]
        assert honours and all(box.bottom() <= rows_top for _text, box in honours)
        if screen == BOARD:
            lines = [text for text, _box in honours]
            assert len(lines) == 2 and lines[0].startswith("小红旗：大促项目组 3 面、") and lines[0].endswith("、")
            whole = shop.flowers.red_flags_by_department(OCT)
            said = "".join(lines)
            # the whole list, or as much as two lines hold and "…" (never a department's name cut in two)
            assert said == "小红旗：" + "、".join(f"{d} {n} 面" for d, n in whole) or (
                said.endswith("、…") and said[:-1] in "小红旗：" + "、".join(f"{d} {n} 面" for d, n in whole))
            assert honours[1][1].left() > honours[0][1].left()  # the second line under the list, not the label
    board_names = [text for page in tv.board_pages for text in (row.staff.name for row in page)]
    assert sorted(board_names) == sorted(names)  # nobody dropped for the room the flags take


def test_the_board_and_tv_list_flags_and_flowers_as_the_language_lists(qtbot, team, drawn, lang):
    """In English the lists were joined with the Chinese 「、」 ("售后部 2、客服部 1"); a long one still breaks
    between departments, after the language's separator, the lines after the first under the list."""
    from ui.pages.dashboard import DashboardPage

    shop, ids = team
    for dept in ("售后部", "客服部", "售后部"):
        shop.flowers.issue_red_flag(ids["王店长"], dept, "双11零差评")
    shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")
    shop.flowers.issue(ids["赵组长"], ids["小美"], "帮同事顶班")
    shop.flowers.issue(ids["赵组长"], ids["阿花"], "跨部门协作")
    board = DashboardPage(shop)
    qtbot.addWidget(board)
    board.refresh()
    flags, flowers = {"zh": ("小红旗：售后部 2 面、客服部 1 面", "小红花：小美 2 朵、阿花 1 朵"),
                      "en": ("Red flags: 售后部 2, 客服部 1", "Red flowers: 小美 2, 阿花 1")}[lang]
    assert board.summary.red_flags.text() == flags
    tv = open_tv(qtbot, shop, 1366, 768)
    assert flags in [text for text, *_ in screen_texts(qtbot, tv, drawn, BOARD)[1]]
    assert flowers in [text for text, *_ in screen_texts(qtbot, tv, drawn, LEADERS)[1]]
    tv.close()
    for i, dept in enumerate(DEPARTMENTS):
        shop.staff.add(StaffDraft(name=f"员工{i}", dept=dept, hired=date(2025, 1, 1)))
        shop.flowers.issue_red_flag(ids["王店长"], dept, "零差评")
    tv = open_tv(qtbot, shop, 1366, 768)
    label, separator = {"zh": ("小红旗：", "、"), "en": ("Red flags: ", ", ")}[lang]
    parts = [{"zh": f"{d} {n} 面", "en": f"{d} {n}"}[lang] for d, n in shop.flowers.red_flags_by_department(OCT)]
    whole = label + separator.join(parts)
    first, second = tv.tv_layout.flags
    assert {first, second} <= {text for text, *_ in screen_texts(qtbot, tv, drawn, BOARD)[1]}
    # broken after a separator (its space left out), the second line starting with a whole department
    assert whole.startswith(first) and first.endswith(separator.strip())
    rest = whole[len(first) + len(separator) - len(separator.strip()):]
    assert any(rest.startswith(part) for part in parts) and rest.startswith(second.removesuffix("…"))
    assert tv.tv_layout.flags_indent > 0  # the second line under the list, not under 「小红旗：」


def test_a_list_cut_short_says_how_many_more_as_the_language_says_it(qtbot, team, lang):
    """In English the TV's flower line and the board's unranked note read "…阿强 1 and others (7 people)": a cut
    list now reads "…, 阿强 1 and 2 others"; Chinese keeps 「…等 7 人」."""
    from app.recognition.leaders import FlowerLeader
    from ui.pages.dashboard import DashboardPage

    shop, _ids = team
    names = ["小美", "阿花", "小刚", "阿亮", "阿强", "阿伟", "阿珍"]
    tv = open_tv(qtbot, shop, 1366, 768)
    leaders = [FlowerLeader(rank=i + 1, name=name, received=1) for i, name in enumerate(names)]
    assert tv.flower_leaders_text(leaders) == {
        "zh": "小红花：小美 1 朵、阿花 1 朵、小刚 1 朵、阿亮 1 朵、阿强 1 朵等 7 人",
        "en": "Red flowers: 小美 1, 阿花 1, 小刚 1, 阿亮 1, 阿强 1 and 2 others"}[lang]
    tv.close()
    board = DashboardPage(shop)
    qtbot.addWidget(board)
    board.refresh()
    board.leaderboard._say_who_is_left_out(names)  # seven people without a value of the metric shown
    assert board.leaderboard.unranked.text().endswith({"zh": "：小美、阿花、小刚、阿亮、阿强等 7 人",
                                                       "en": ": 小美, 阿花, 小刚, 阿亮, 阿强 and 2 others"}[lang])
