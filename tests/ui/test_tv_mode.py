"""电视模式 (the office TV): everyone is on the screen — in pages when they do not all fit — in type readable
from across the room. The tests read what the window draws (the texts handed to the painter, with their
boxes and font sizes), not pixels."""

from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetrics, QPainter

import ui.tv_mode
from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from tests.reports.large_counts import add_large_counts
from ui.tv_mode import BOARD, LEADERS, TvWindow

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"
OCT = Month(2026, 10)
# on a 1080-line TV: the smallest text (status, percentage) and the names, readable from a few metres
MIN_PIXELS_AT_1080, MIN_NAME_PIXELS_AT_1080 = 27, 30
BACKGROUND = QColor("#1e1e24")
SURNAMES, GIVEN = "王李张刘陈杨黄赵吴周", "伟芳娜敏静丽强磊军洋"


def staff_names(n: int) -> list[str]:
    """n distinct names, the first the widest one a Taobao team is likely to have."""
    return ["欧阳娜娜娜", *(SURNAMES[i % 10] + GIVEN[i // 10] for i in range(1, n))]


@pytest.fixture
def shop_of(shop):
    """shop_of(n): the shop with n people, each further along than the one before; the last has no target."""

    def make(n: int):
        sales = shop.metrics.get("sales")
        for i, name in enumerate(staff_names(n)):
            person = shop.staff.add(StaffDraft(name=name, dept="客服部"))
            if i < n - 1:
                shop.targets.set_staff(OCT, person.id, sales, 3_000_000)
            shop.data.set_value(date(2026, 10, 5), person.id, sales, 100_000 * (n - i))
        return shop

    return make


class Drawn:
    """Every text the TV window hands to its painter: (text, box, font pixel size, font line height);
    and (text, pen colour)."""

    def __init__(self):
        self.texts: list[tuple[str, QRectF, int, int]] = []
        self.colours: list[tuple[str, QColor]] = []

    def painter_class(self):
        log, colours = self.texts, self.colours

        class RecordingPainter(QPainter):
            def drawText(self, *args):
                if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
                    font = self.font()
                    log.append((args[2], QRectF(args[0]), font.pixelSize(), QFontMetrics(font).height()))
                    colours.append((args[2], QColor(self.pen().color())))
                return super().drawText(*args)

        return RecordingPainter


@pytest.fixture
def drawn(monkeypatch) -> Drawn:
    record = Drawn()
    monkeypatch.setattr(ui.tv_mode, "QPainter", record.painter_class())
    return record


def open_tv(qtbot, shop, width=1920, height=1080) -> TvWindow:
    tv = TvWindow(shop, refresh_minutes=5, rotate_seconds=20)
    qtbot.addWidget(tv)
    tv.resize(width, height)
    tv.show()
    qtbot.waitExposed(tv)
    return tv


def one_round(tv: TvWindow, drawn: Drawn, shots: str | None = None) -> list[tuple[int, list]]:
    """Paint each screen the rotation shows, from the board until the rotation is back at the board:
    [(BOARD or LEADERS, the texts drawn on it)]."""
    screens: list[tuple[int, list]] = []
    assert tv.screen_index == BOARD
    for _ in range(40):
        drawn.texts.clear()
        image = tv.grab()
        if shots:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            image.save(str(ARTIFACTS / f"{shots}_{len(screens) + 1}.png"))
        screens.append((tv.screen_index, list(drawn.texts)))
        tv.rotate()
        if tv.screen_index == BOARD and any(screen == LEADERS for screen, _ in screens):
            return screens
    raise AssertionError("the rotation never came back to the board")


def names_on(screens, which: int, names: list[str]) -> Counter:
    return Counter(text for screen, texts in screens if screen == which for text, *_ in texts if text in names)


def assert_inside(tv: TvWindow, screens) -> None:
    window = QRectF(tv.rect())
    for _screen, texts in screens:
        for text, box, _pixels, line_height in texts:
            assert window.contains(box), f"{text!r} drawn at {box} outside the {tv.width()}×{tv.height()} screen"
            assert box.height() + 0.5 >= line_height or not text, \
                f"{text!r}: a {line_height} px line in a {box.height():.1f} px box"


def assert_rows_apart(screens, names: list[str]) -> None:
    """The people's rows of one screen do not overlap one another."""
    for _screen, texts in screens:
        boxes = sorted((box for text, box, *_ in texts if text in names), key=QRectF.top)
        for upper, lower in pairwise(boxes):
            assert upper.bottom() <= lower.top() + 0.01


def test_tv_shows_all_nine_people_on_one_board_and_one_leaderboard(qtbot, shop_of, drawn):
    names = staff_names(9)
    tv = open_tv(qtbot, shop_of(9))
    screens = one_round(tv, drawn, shots="tv_9")
    # 9 people fit at 1080 lines: one board, one leaderboard, every name on each, the last one too
    assert [screen for screen, _ in screens] == [BOARD, LEADERS]
    assert names_on(screens, BOARD, names) == Counter(names)
    assert names_on(screens, LEADERS, names) == Counter(names)
    assert "第 9 名" in [text for text, *_ in screens[1][1]]
    month = tv.progress.month.label()
    assert f"{month}销售额排行榜" in [text for text, *_ in screens[1][1]]  # the month it ranks, not 本月
    assert not any("页" in text for _screen, texts in screens for text, *_ in texts)  # no pages
    assert_inside(tv, screens)
    assert_rows_apart(screens, names)
    # the team's line counts as the board does: those reached are on track too
    assert any(text.startswith("团队") and text.endswith("人进度正常或已达成") for text, *_ in screens[0][1])


def test_the_owner_on_the_staff_list_is_not_on_the_tv(qtbot, shop_of):
    shop = shop_of(3)
    owner = shop.staff.add(StaffDraft(name="王老板", role="店长"))  # to give flowers; no target, no sales
    tv = open_tv(qtbot, shop)
    assert owner.id not in {row.staff.id for row in tv.rows} and len(tv.rows) == 3


def test_tv_pages_a_large_team_in_readable_type_and_shows_everyone_once(qtbot, shop_of, drawn):
    names = staff_names(39)
    tv = open_tv(qtbot, shop_of(39))
    screens = one_round(tv, drawn, shots="tv_39")
    boards = [texts for screen, texts in screens if screen == BOARD]
    leaderboards = [texts for screen, texts in screens if screen == LEADERS]
    assert len(boards) > 1 and len(leaderboards) > 1
    # the union of the pages is everyone, each exactly once, on the board and on the leaderboard
    assert names_on(screens, BOARD, names) == Counter(names)
    assert names_on(screens, LEADERS, names) == Counter(names)
    # the pages say where they are: 第 1/3 页 … on the board, then again on the leaderboard
    for pages in (boards, leaderboards):
        labels = [[text for text, *_ in texts if text.endswith("页")] for texts in pages]
        assert labels == [[f"第 {i}/{len(pages)} 页"] for i in range(1, len(pages) + 1)]
    # nothing is smaller than the readable minimum, names larger still
    assert min(pixels for _screen, texts in screens for _text, _box, pixels, _h in texts) >= MIN_PIXELS_AT_1080
    assert min(pixels for _screen, texts in screens for text, _box, pixels, _h in texts
               if text in names) >= MIN_NAME_PIXELS_AT_1080
    # the ranks run on across the leaderboard's pages: 第 1 名 … 第 39 名
    ranks = [text for texts in leaderboards for text, *_ in texts if text.startswith("第") and text.endswith("名")]
    assert ranks == [f"第 {n} 名" for n in range(1, 40)]
    assert_inside(tv, screens)
    assert_rows_apart(screens, names)


@pytest.mark.parametrize("count", [9, 39])
def test_tv_rows_fit_the_screen_at_every_size(qtbot, shop_of, drawn, count):
    """The fit is worked out from the layout and the fonts: at no size is anyone dropped or drawn off screen."""
    names = staff_names(count)
    tv = open_tv(qtbot, shop_of(count), 1280, 720)
    for height in range(540, 1441, 45):
        for width in (height * 16 // 9, height * 4 // 3):
            tv.resize(width, height)
            screens = one_round(tv, drawn)
            assert names_on(screens, BOARD, names) == Counter(names), (width, height)
            assert names_on(screens, LEADERS, names) == Counter(names), (width, height)
            smallest = min(pixels for _screen, texts in screens for _text, _box, pixels, _h in texts)
            assert smallest >= int(height * MIN_PIXELS_AT_1080 / 1080), (width, height)
            assert_inside(tv, screens)
            assert_rows_apart(screens, names)


def test_pages_are_even_and_keep_the_order():
    from ui.tv_layout import paged

    people = list(range(39))
    assert [len(page) for page in paged(people, 14)] == [13, 13, 13]
    assert [x for page in paged(people, 14) for x in page] == people
    assert paged(people, 39) == [people]
    assert [len(page) for page in paged(people[:10], 4)] == [4, 3, 3]
    assert sorted({len(page) for page in paged(list(range(199)), 13)}) == [12, 13]  # not 15 × 13 + 4
    assert paged([], 10) == [[]]


def test_a_reload_with_fewer_pages_stays_on_a_page_that_exists(qtbot, shop_of):
    shop = shop_of(39)
    tv = open_tv(qtbot, shop)
    while tv.screen_index == BOARD:
        tv.rotate()
    tv.page_index = len(tv.leader_pages) - 1
    assert tv.page_label() == f"第 {len(tv.leader_pages)}/{len(tv.leader_pages)} 页"
    for person in shop.staff.list()[9:]:  # most of the team turns out to have left in September
        shop.staff.leave(person.id, date(2026, 9, 30))
    tv.reload()
    assert len(tv.leader_pages) == 1 and tv.page_index == 0 and tv.page_label() == ""
    tv.grab()


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def test_every_text_stands_out_from_the_dark_background(qtbot, shop_of, drawn):
    """On the TV every text sits on the dark background, the percentages too (beside their bars, not on
    them): each needs WCAG's contrast for large text, 3:1 (dark grey text there would be invisible)."""
    tv = open_tv(qtbot, shop_of(9))
    one_round(tv, drawn)
    dark = luminance(BACKGROUND)
    texts = [(text, colour) for text, colour in drawn.colours if text.strip()]
    assert any(text.endswith("%") for text, _ in texts) and any(text == "未设目标" for text, _ in texts)
    for text, colour in texts:
        assert (luminance(colour) + 0.05) / (dark + 0.05) >= 3, f"{text!r} in {colour.name()}"


def test_the_tv_of_a_month_that_is_over_says_reached_or_missed(qtbot, shop_of, drawn):
    from app.reports.board import MISSED, STATUS_ICON

    shop = shop_of(3)
    shop.set_today(date(2026, 11, 26))
    tv = TvWindow(shop, month=OCT)
    qtbot.addWidget(tv)
    tv.resize(1920, 1080)
    tv.show()
    qtbot.waitExposed(tv)
    tv.grab()
    texts = [text for text, *_ in drawn.texts]
    assert any(text.startswith("团队") and text.endswith("0/2 人已达成") for text in texts), texts
    assert any(text.startswith("团队") and "（含未设目标 1 人）" in text for text in texts), texts  # as the board
    assert sum(text.startswith(f"{STATUS_ICON[MISSED]} 未达成") for text in texts) == 2
    assert not any("落后" in text or "进度正常" in text for text in texts)
    assert tv.header_text().endswith("2026年10月最终结果")  # as on the morning of the 1st, not 「数据截至 …」


def test_the_tv_on_the_first_shows_last_months_final_result_until_the_new_month_has_data(qtbot, shop_of, drawn):
    """The office TV left on overnight: the morning of 1 November it showed an empty November; it shows October's
    final result, said so, and November by itself at the first refresh after November's first data."""
    shop = shop_of(3)
    shop.set_today(date(2026, 11, 1))
    tv = open_tv(qtbot, shop)
    tv.grab()
    texts = [text for text, *_ in drawn.texts]
    assert tv.progress.month == OCT and tv.board.ended
    assert any(text.endswith("2026年10月最终结果") for text in texts), texts
    assert not any("数据截至" in text for text in texts)
    person = shop.staff.list()[0]
    shop.data.set_value(date(2026, 11, 1), person.id, shop.metrics.get("sales"), 10_000)
    tv.reload()
    drawn.texts.clear()
    tv.grab()
    assert tv.progress.month == Month(2026, 11)
    assert any("2026年11月 · 数据截至" in text for text, *_ in drawn.texts)
    assert not any("最终结果" in text for text, *_ in drawn.texts)


def test_the_tv_of_a_chosen_month_stays_on_it_on_the_first(qtbot, shop_of):
    shop = shop_of(3)
    shop.set_today(date(2026, 11, 1))
    tv = TvWindow(shop, month=Month(2026, 11))
    qtbot.addWidget(tv)
    assert tv.progress.month == Month(2026, 11) and not tv.final


def test_the_tv_says_a_workday_pace_guesses_a_years_holidays(qtbot, shop, drawn, holidays_known_to_2026):
    from app import settings as declared

    person = shop.staff.add(StaffDraft(name="小美", dept="客服部"))
    jan = Month(2027, 1)
    shop.targets.set_staff(jan, person.id, shop.metrics.get("sales"), 3_100_000)
    shop.set_today(date(2027, 1, 5))
    shop.data.set_value(date(2027, 1, 4), person.id, shop.metrics.get("sales"), 100_000)
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, "workdays")
    tv = open_tv(qtbot, shop)
    tv.grab()
    note = "时间进度暂按周一至周五计算（还不知道 2027 年的法定节假日）"
    notes = [(box, pixels) for text, box, pixels, _h in drawn.texts if text == note]
    assert notes, [text for text, *_ in drawn.texts]
    box, pixels = notes[0]
    assert QRectF(tv.rect()).contains(box) and pixels >= MIN_PIXELS_AT_1080
    rows = [b for text, b, *_ in drawn.texts if text == "小美"]
    assert rows and all(row.bottom() <= box.top() for row in rows)
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, "calendar")
    tv.reload()
    drawn.texts.clear()
    tv.grab()
    assert not any("法定节假日" in text for text, *_ in drawn.texts)


def test_the_tv_writes_large_counts_and_shares_as_the_board_does(qtbot, shop, drawn, lang):
    """订单数 as the headline, 小美 at 1,234,567 of 2,000,000 and 小刚 at 47,500,000 of 100: the TV drew
    「团队 48734567 / 2000100」 and 47500000.0% beside a bar squeezed to half; it writes them as the board's table
    does (123.46万, 1.23M; >999%), the leaderboard too."""
    from app import settings as declared

    add_large_counts(shop)
    shop.settings.set(declared.HEADLINE_METRIC, "orders")
    tv = open_tv(qtbot, shop, 1280, 720)
    screens = one_round(tv, drawn, shots=f"tv-large-counts-{lang}")
    board = [text for screen, texts in screens if screen == BOARD for text, *_ in texts]
    leaders = [text for screen, texts in screens if screen == LEADERS for text, *_ in texts]
    team, left = ("团队 4,873.46万 / 200.01万", "还差 76.54万") if lang == "zh" else ("Team 48.73M / 2.00M", "765.43K to go")
    assert any(text.startswith(team) for text in board), board
    assert any(text.endswith(left) for text in board), board
    assert board.count(">999%") == 2  # the team's and 小刚's; 小美's 61.7% as it is
    assert "61.7%" in board and not any("47500000" in text for text in board)
    assert ("4,750.00万" if lang == "zh" else "47.50M") in leaders and ("123.46万" if lang == "zh" else "1.23M") in leaders
    assert_inside(tv, screens)


def test_someone_without_a_target_shows_what_she_has_done(qtbot, shop_of, drawn):
    """Without a target a row drew 「未设目标」 and 「— 未设目标」 and no figure at all: a board measured in 询单人数,
    which nobody has a target for, showed nobody's count. The row says what is done, as the poster does."""
    tv = open_tv(qtbot, shop_of(3))  # the last of the three, 王芳 with ¥1,000.00, has no target
    drawn.texts.clear()
    tv.grab()
    assert "已完成 ¥1,000.00" in [text for text, *_ in drawn.texts]  # beside the bar's 未设目标, said once


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_a_team_the_board_holds_on_one_page_is_on_one_leaderboard_page(qtbot, shop_of, drawn, width, height):
    """13 people filled the board's one page at the readable minimum, but the leaderboard's roomier rows took two
    pages of 7 and 6, each half empty, each shown for its own 20 s; its rows now close up to hold them."""
    names = staff_names(13)
    tv = open_tv(qtbot, shop_of(13), width, height)
    screens = one_round(tv, drawn)
    assert [screen for screen, _ in screens] == [BOARD, LEADERS], (width, height)
    assert names_on(screens, LEADERS, names) == Counter(names)
    assert_inside(tv, screens)
    assert_rows_apart(screens, names)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_a_long_shop_name_is_cut_on_the_tv_not_the_month_and_the_day(qtbot, shop_of, drawn, width, height):
    """杭州…（女装·童装·家居生活馆） · 20… : the TV's title cut the day its data run to, which a long shop name pushed
    out; the shop's name is cut instead."""
    shop = shop_of(9)
    shop.settings.set(declared.SHOP_NAME, "杭州小橙子电子商务有限公司天猫官方旗舰店（女装·童装·家居生活馆）")
    tv = open_tv(qtbot, shop, width, height)
    screens = one_round(tv, drawn)
    titles = [text for _screen, texts in screens for text, *_ in texts if text.startswith("杭州")]
    assert titles and all(title.endswith("· 2026年10月 · 数据截至 2026年10月19日") and "…" in title for title in titles)
