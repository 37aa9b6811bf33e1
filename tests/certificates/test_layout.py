import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.certificates.glyphs import Chain, brush, sans_regular
from app.certificates.layout import (
    Box,
    _balanced,
    _wrap,
    block_height,
    fit_citation,
    fit_line,
    fit_lines,
    tokens,
)

BOX = Box(100, 100, 300, 60)


@pytest.fixture(scope="module")
def body():
    return Chain(sans_regular(), (brush(),))


def test_tokens_keep_words_and_punctuation_together():
    assert tokens("荣获「销售冠军」，特发此证。", quoted_together=False) == \
        ["荣", "获", "「销", "售", "冠", "军」，", "特", "发", "此", "证。"]
    assert tokens("荣获「销售冠军」，特发此证。") == ["荣", "获", "「销售冠军」，", "特", "发", "此", "证。"]
    assert tokens("Best Service 奖") == ["Best", " ", "Service", " ", "奖"]
    assert tokens("don't-stop") == ["don't-stop"]


def test_a_line_never_starts_with_closing_punctuation(body):
    text = "在2026年10月的工作中表现突出，荣获「销售冠军奖」，特发此证，以资鼓励。" * 2
    for width in range(120, 420, 7):
        fitted = fit_lines(body, text, Box(0, 0, width, 200), 14, 6)
        for line in fitted.lines[1:]:
            assert line[0] not in "，。」、：；！？", (width, fitted.lines)
        for line in fitted.lines:
            assert line[-1] not in "「（", (width, fitted.lines)


def test_a_date_and_a_bracketed_aside_are_not_broken(body):
    """A flower card read 「（宋佳 2026年8 / 月3日发…」: a date never breaks inside, and the aside that says who gave
    the flower and until when goes to the next line whole where it fits there."""
    aside = "（宋佳 2026年8月3日发，有效期至 2026年11月3日）"
    text = "黄俊：发现库存标注错误并及时上报，避免超卖" + aside
    assert tokens("2026年10月、8月3日和2026年8月3日") == ["2026年10月、", "8月3日", "和", "2026年8月3日"]
    for width in range(200, 420, 9):
        fitted = fit_citation(body, text, Box(0, 0, width, 60), 11, 3, leading=1.4)
        joined = "|".join(fitted.lines)
        assert "2026年8月3日" in joined and "2026年11月3日" in joined, (width, fitted.lines)
        if fitted.size > 10 and body.width(aside, fitted.size) <= width:
            assert aside in fitted.lines, (width, fitted.lines)


def test_latin_words_are_not_broken(body):
    fitted = fit_lines(body, "Outstanding Customer Service Representative of the Month", Box(0, 0, 160, 100), 14, 4)
    words = {"Outstanding", "Customer", "Service", "Representative", "of", "the", "Month"}
    for line in fitted.lines:
        assert set(line.split()) <= words


def test_short_text_keeps_its_largest_size(body):
    assert fit_line(body, "小美", BOX, 40).size == 40
    assert fit_lines(body, "服务之星", BOX, 20, 2).size == 20


def test_long_name_shrinks_to_the_box(body):
    fitted = fit_line(body, "阿花" * 10, BOX, 40)
    assert fitted.size < 40 and fitted.widths[0] <= BOX.w + 1e-6


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("红花榜客服小美欧阳娜 ABCxyz0123456789，。「」&<>\"'")), min_size=1,
                    max_size=120),
       width=st.floats(40, 500), height=st.floats(12, 120), lines=st.integers(1, 4))
def test_fitted_text_never_leaves_its_box(body, text, width, height, lines):
    box = Box(0, 0, width, height)
    for balance, grow_lines in ((False, False), (True, False), (True, True)):
        fitted = fit_lines(body, text, box, 30, lines, balance=balance, grow_lines=grow_lines)
        assert all(w <= width + 1e-6 for w in fitted.widths)
        assert block_height(fitted) <= height + 1e-6
        assert "".join(fitted.lines).replace(" ", "") == text.replace(" ", "")
    one = fit_line(body, text, box, 30)
    assert one.widths[0] <= width + 1e-6 and one.size <= height + 1e-6


def test_balanced_lines_leave_no_lonely_last_character(body):
    text = "客服部：在2026年9月的工作中表现突出，荣获「优秀部门」，特发此证，以资鼓励。"
    box = Box(0, 0, body.width(text, 17) * 0.97, 80)
    plain = fit_lines(body, text, box, 17, 2)
    even = fit_lines(body, text, box, 17, 2, balance=True)
    assert len(plain.lines) == len(even.lines) == 2 and plain.size == even.size
    assert len(plain.lines[-1]) <= 3 and len(even.lines[-1]) >= 15


CITATION = "{name}：在2026年9月的工作中表现突出，荣获「{title}」，特发此证，以资鼓励。"
TITLES = ("服务之星", "年度最佳客户服务奖项", "二零二六年第三季度天猫旗舰店售前客服团队综合服务质量与销售业绩双料冠军特别荣誉奖")


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("name", ["王芳", "欧阳娜娜娜娜"])
def test_a_citation_keeps_its_words_and_its_award_title_together(body, name, title):
    """「…荣\n获「最佳服务奖」…」 read badly on a printed certificate: 荣获, 表现, 突出 stay on one line when a
    break one character earlier fits, and the quoted title stays whole when the box is wide enough for it."""
    text = CITATION.format(name=name, title=title)
    title_w = body.width(f"「{title}」，", 14)
    for width in range(140, 560, 6):
        box = Box(0, 0, width, 200)
        for balance in (False, True):
            fitted = fit_lines(body, text, box, 14, 6, balance=balance)
            joined = "|".join(fitted.lines)
            assert not any(w[0] + "|" + w[1] in joined for w in ("荣获", "表现", "突出", "以资", "鼓励")), joined
            if title_w * fitted.size / 14 <= width:
                assert any(f"「{title}」" in line for line in fitted.lines), (width, fitted.lines)
            assert all(w <= width + 1e-6 for w in fitted.widths)
            assert all(line[0] not in "，。」、：；！？）》" for line in fitted.lines[1:]), fitted.lines
            assert all(line[-1] not in "「（《" for line in fitted.lines), fitted.lines


def test_an_amount_is_never_broken_from_its_currency_sign_or_at_its_thousands_separator(body):
    text = "小美：在2026年10月的工作中表现突出，荣获「销冠」，特发此证，以资鼓励。  奖励：¥12,500.00"
    for width in range(90, 400, 3):
        fitted = fit_lines(body, text, Box(0, 0, width, 200), 11, 3, grow_lines=True)
        assert any("¥12,500.00" in line for line in fitted.lines), (width, fitted.lines)


def bisected(chain, text: str, box_w: float, size: float, lines: list[str]) -> list[str]:
    """`_balanced` as a plain bisection that wraps again at every width it tries."""
    pieces = tokens(text)
    units = [chain.width(p, 1.0) for p in pieces]
    widest = max((u * size for u in units if u * size <= box_w + 1e-6), default=0.0)
    lo, hi, best = max(box_w * 0.5, widest), box_w, lines
    for _ in range(12):
        mid = (lo + hi) / 2
        trial = _wrap(chain, pieces, units, mid, size, len(lines))
        if trial is not None and len(trial) == len(lines):
            best, hi = trial, mid
        else:
            lo = mid
    return best


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["荣获", "表现", "突出", "，", "。", "「最佳服务奖」", "¥12,500.00", "Best", " ",
                                 "service", "王丽娟", "以资鼓励", "年度最具影响力优秀客户服务团队成员特别贡献奖"]),
                min_size=1, max_size=40),
       st.floats(60, 450), st.floats(6, 24), st.integers(2, 5))
def test_balancing_skips_only_widths_that_wrap_as_one_already_tried(body, words, box_w, size, max_lines):
    text = "".join(words)
    pieces = tokens(text)
    units = [body.width(p, 1.0) for p in pieces]
    lines = _wrap(body, pieces, units, box_w, size, max_lines)
    if lines is None or len(lines) < 2:
        return
    assert _balanced(body, pieces, units, box_w, size, lines) == bisected(body, text, box_w, size, lines)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text("王李荣获发 ", min_size=3, max_size=3), min_size=4, max_size=8),
       st.sampled_from(["销售冠军奖", "年度最具影响力优秀客户服务团队成员特别贡献奖", "Best Service"]),
       st.integers(120, 420))
def test_a_citation_fits_as_it_would_alone_after_others_of_its_shape(names, award, width):
    """Names of one length meet the same widths: a fit remembered for one shape (widths, spaces, words not to
    split) is used for the next name; it must be the fit that name gets on its own, wherever the lines break."""
    from app.certificates.layout import fit_citation

    template = "在2026年10月的工作中{}表现突出，荣获「" + award + "」，特发此证，以资鼓励。"
    box = Box(0, 0, width, 60)
    shared = Chain(sans_regular(), (brush(),))
    for name in names:
        alone = Chain(sans_regular(), (brush(),))
        text = template.format(name)
        assert fit_citation(shared, text, box, 17, 2, 1.55, balance=True) == \
            fit_citation(alone, text, box, 17, 2, 1.55, balance=True), name


@pytest.mark.parametrize(("first", "then", "where"), [("王李", "张伟", 10), ("王李", "荣获", 10), ("王李", "王\u3000", 9)])
def test_a_fit_remembered_for_one_name_is_not_used_for_a_name_that_breaks_otherwise(first, then, where):
    """荣获 is a word not split across lines, and an ideographic space is as wide as a character but is left
    out at a line's end: neither breaks where 王李 does."""
    from app.certificates.layout import fit_citation

    text = "在2026年10月的工作中表现突出特发此证以资鼓励。"
    box = Box(0, 0, 100, 60)
    shared = Chain(sans_regular(), (brush(),))
    fit_citation(shared, text[:where] + first + text[where:], box, 17, 2, 1.55, balance=True)
    later = text[:where] + then + text[where:]
    assert fit_citation(shared, later, box, 17, 2, 1.55, balance=True) == \
        fit_citation(Chain(sans_regular(), (brush(),)), later, box, 17, 2, 1.55, balance=True)
