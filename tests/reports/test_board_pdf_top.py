"""The board PDF's first lines: the guessed-holidays note and the promotion-days note both printed whole (on two
lines when they do not fit on one), and the team line with what is left and the figure per day, as the board
says it."""

from datetime import date

import pdfplumber
import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from app.reports.board import make_board
from app.reports.board_pdf import write_board_pdf
from app.reports.pace import WORKDAYS, shop_day_weights
from app.shop import Shop

JAN = Month(2027, 1)
GUESSED = "时间进度暂按周一至周五计算（还不知道 2027 年的法定节假日）"
PROMOTIONS = "1月25日大促按 3 天算、1月28日大促按 5 天算：当天需日常的相应倍数"

pytestmark = pytest.mark.usefixtures("holidays_known_to_2026")


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2027, 1, 20))
    sales = shop.metrics.get("sales")
    for i, name in enumerate(["小美", "欧阳娜娜", "小刚", "阿花"]):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2026, 1, 5)))
        shop.targets.set_staff(JAN, person.id, sales, 3_100_000 + i * 100_000)
        for day in range(4, 20):
            shop.data.set_value(date(2027, 1, day), person.id, sales, 100_000 + i * 7000)
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, WORKDAYS)
    shop.settings.set(declared.PROMOTION_DAYS, ["01-25:3", "01-28:5"])
    yield shop
    shop.close()


def _top_lines(path) -> list[tuple[float, str, float, float]]:
    """(top, text, x0, x1) of each line above the table's header row, by the words on it."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        words = [w for w in page.extract_words(keep_blank_chars=True) if w["top"] < 130]
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: w["bottom"]):  # on one baseline, whatever their size
        if lines and w["bottom"] - lines[-1][0]["bottom"] < 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [(min(w["top"] for w in found), "".join(w["text"] for w in sorted(found, key=lambda w: w["x0"])),
             min(w["x0"] for w in found), max(w["x1"] for w in found)) for found in lines]


def test_both_notes_are_printed_whole_on_two_lines_beside_and_under_the_as_of_line(shop, tmp_path):
    out = write_board_pdf(shop.progress(JAN), "小橙子母婴用品旗舰店", tmp_path / "board.pdf",
                          shop_day_weights(shop.settings))
    lines = _top_lines(out)
    texts = [text for _top, text, _x0, _x1 in lines]
    assert not any("…" in text for text in texts)
    as_of = next(line for line in lines if line[1].startswith("数据截至"))
    assert as_of[1].endswith(GUESSED)  # on the as-of line, after its own words
    under = next(line for line in lines if line[1] == PROMOTIONS)
    team = next(line for line in lines if line[1].startswith("团队："))
    assert as_of[0] < under[0] < team[0]
    assert under[2] > as_of[2] + 300  # to the right, under the note it follows


def test_notes_that_fit_share_one_line_and_a_note_too_long_is_cut():
    from app.pdf_text import register_fonts
    from app.reports.board_pdf import note_lines

    register_fonts()  # as `write_board_pdf` does before it measures: run alone, no test before it has
    assert note_lines(["甲", "乙"], 200) == ["甲；乙"]
    assert note_lines([GUESSED, PROMOTIONS], 400) == [GUESSED, PROMOTIONS]
    assert note_lines([PROMOTIONS], 100)[0].endswith("…")
    assert note_lines([], 400) == []


def test_the_team_line_says_what_is_left_and_per_working_day_as_the_board(shop, tmp_path):
    weights = shop_day_weights(shop.settings)
    progress = shop.progress(JAN)
    need = make_board(progress, weights).team_need
    per_day = progress.metric.format(need.per_day)
    out = write_board_pdf(progress, "店", tmp_path / "board.pdf", weights)
    team = next(text for _top, text, _x0, _x1 in _top_lines(out) if text.startswith("团队："))
    assert team == f"团队：¥70,720.00 / ¥130,000.00（54.4%）还差 ¥59,280.00，每个工作日需 {per_day}"
    assert per_day == "¥4,234.29"  # ¥59,280 over the 14 working days after 19 January, 25th ×3 and 28th ×5


def test_a_team_that_reached_its_target_says_so(shop, tmp_path):
    for person in shop.staff.list():
        shop.targets.set_staff(JAN, person.id, shop.metrics.get("sales"), 1_000_000)
    out = write_board_pdf(shop.progress(JAN), "店", tmp_path / "board.pdf", shop_day_weights(shop.settings))
    team = next(text for _top, text, _x0, _x1 in _top_lines(out) if text.startswith("团队："))
    assert team.endswith("（176.8%）已达成")
