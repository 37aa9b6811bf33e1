"""Award titles in one line, or two broken where a reader would break them.

Chinese has no spaces, so the break is chosen among all the places a line may break (kinsoku kept, as in
`layout.tokens`): never leaving a single character alone on a line (优秀客 / 服), never inside a common word
of award titles (data/title_words.txt and the citation words: 销售冠 / 军奖), preferring a space, a 「·」 or an
opening bracket, before 与 / 及, before 之星 / 标兵 / 能手 / 称号 and between two known words; among those the
lines most even in length (on a tie the first line the longer). A title keeps its largest size that fits in one line or two.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from app.certificates.glyphs import Chain, printable
from app.certificates.layout import MIN_SIZE, Box, Fitted, fit_lines, memo, tokens, unsplit_words
from app.resources import data_path

_NATURAL_AFTER = set(" ·・、/")  # a line may end with these where the title itself pauses
_NATURAL_BEFORE = set("（(「《")
_SHOP_PART_ENDS = set("店区市省县镇司馆城")  # where a shop's name pauses: 天猫旗舰店 / 杭州滨江区 / 有限公司
_SUFFIXES = ("之星", "标兵", "能手", "称号", "大奖")
_CONJUNCTIONS = ("与", "及", "暨")
_LONGEST_WORD = 4


@cache
def title_words() -> frozenset[str]:
    lines = data_path("title_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#")) | unsplit_words()


def fit_title(chain: Chain, text: str, box: Box, max_size: float, leading: float) -> Fitted:
    """The title in one line at the largest size that fits, or in two lines broken at the best place."""
    return memo(chain, ("title", text, box, max_size, leading), lambda: _fit_title(chain, text, box, max_size,
                                                                                    leading))


def fit_shop_name(chain: Chain, text: str, box: Box, max_size: float, leading: float) -> Fitted:
    """The shop's name as a title is fitted, but a break where a part of the name ends (…天猫旗舰店 / 杭州滨江区…)
    is as natural as a space: a balanced break alone split 杭 / 州."""
    return memo(chain, ("shop name", text, box, max_size, leading),
                lambda: _fit_shop_name(chain, text, box, max_size, leading))


def _fit_shop_name(chain: Chain, text: str, box: Box, max_size: float, leading: float) -> Fitted:
    fitted = _fit_title(chain, text, box, max_size, leading, shop_break_bonus)
    if len(fitted.lines) > 1 or fitted.size >= max_size - 1e-6:
        return fitted
    # a name with no place to break (one long Latin word) is broken between its letters, as a plain wrap does,
    # rather than shrunk whole onto one line: 4.5 pt instead of 6.9 on A5 portrait
    plain = fit_lines(chain, text, box, max_size, 2, leading=leading, balance=True)
    return plain if plain.size > fitted.size + 1e-6 else fitted


def _fit_title(chain: Chain, text: str, box: Box, max_size: float, leading: float,
               bonus: Callable[[str, int], float] | None = None) -> Fitted:
    text = printable(text)
    pieces = tokens(text, quoted_together=False)
    for strict in (True, False):  # a break inside a known word only when no other break fits at any size
        breaks = _breaks(text, pieces, strict, bonus or _bonus)
        size = min(max_size, box.h / leading)
        while True:
            whole = chain.width(text, size)
            if whole <= box.w + 1e-6:
                return Fitted((text,), size, leading, (whole,))
            if 2 * size * leading <= box.h + 1e-6:
                best = _best_pair(chain, breaks, box.w, size)
                if best is not None:
                    lines, widths = best
                    return Fitted(lines, size, leading, widths)
            if size <= MIN_SIZE:
                break
            size = max(size * 0.94, MIN_SIZE)
    return fit_lines(chain, text, box, max_size, 2, leading=leading, balance=True)  # no break suits the title


def _best_pair(chain: Chain, breaks: list[tuple[str, str, float]], box_w: float,
               size: float) -> tuple[tuple[str, str], tuple[float, float]] | None:
    best: tuple[float, tuple[str, str], tuple[float, float]] | None = None
    for first, second, bonus in breaks:
        w1, w2 = chain.width(first, size), chain.width(second, size)
        if max(w1, w2) > box_w + 1e-6:
            continue
        # on a tie the first line is the longer: 双十一大促期间 / 销售冠军奖, the award's own words together
        cost = abs(w1 - w2) / max(w1, w2) - bonus + (0.01 if w1 < w2 else 0.0)
        if best is None or cost < best[0]:
            best = (cost, (first, second), (w1, w2))
    return None if best is None else (best[1], best[2])


def _breaks(text: str, pieces: list[str], strict: bool,
            bonus: Callable[[str, int], float]) -> list[tuple[str, str, float]]:
    """Each allowed (first line, second line, bonus) of the title: no line of a single character, and when
    `strict` no break inside a known word; the bonus says how natural a place it is."""
    found = []
    at = 0
    for k in range(1, len(pieces)):
        at += len(pieces[k - 1])
        first, second = "".join(pieces[:k]).rstrip(), "".join(pieces[k:]).lstrip()
        if _letters(first) < 2 or _letters(second) < 2:
            continue
        if strict and inside_word(text, at):
            continue
        found.append((first, second, bonus(text, at)))
    return found


def _letters(line: str) -> int:
    return sum(ch.isalnum() for ch in line)


def inside_word(text: str, at: int) -> bool:
    """A break at `at` would split a known word of award titles or citations (客服 / 服务 …)."""
    words = title_words()
    return any(text[start:end] in words
               for start in range(max(0, at - _LONGEST_WORD + 1), at)
               for end in range(at + 1, min(len(text), start + _LONGEST_WORD) + 1))


def shop_break_bonus(text: str, at: int) -> float:
    """A shop's name breaks where one of its parts ends, or at a space or a bracket, when the lines stay about
    as even (a name is read as a whole: 小橙子旗舰店 / （天猫官方旗舰店）杭州客服中心 is too lopsided)."""
    before, after = text[at - 1], text[at]
    natural = before in _SHOP_PART_ENDS or before in _NATURAL_AFTER or after in _NATURAL_BEFORE or after.isspace()
    return 0.25 if natural else 0.0


def _bonus(text: str, at: int) -> float:
    before, after = text[at - 1], text[at]
    if before in _NATURAL_AFTER or after in _NATURAL_BEFORE or after.isspace():
        return 0.6
    if text.startswith(_CONJUNCTIONS, at):
        return 0.3
    if text.startswith(_SUFFIXES, at):
        return 0.25
    words = title_words()
    ends_word = any(text[start:at] in words for start in range(max(0, at - _LONGEST_WORD), at - 1))
    starts_word = any(text[at:end] in words for end in range(at + 2, min(len(text), at + _LONGEST_WORD) + 1))
    return 0.15 if ends_word and starts_word else 0.0
