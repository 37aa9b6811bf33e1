"""The differences between an approved month and a fresh computation do not depend on the language: lines
are the same when their recipient, rule, kind, amount and item are, whatever the language or the wording of
their explanation (an approval in Chinese read in English, a shop that switched language, an explanation
worded otherwise by a newer version). A real change — an amount, a line more or less — is still listed."""

from dataclasses import replace
from datetime import date

import pytest

from app.awards.model import differences
from app.domain import StaffDraft
from app.i18n import set_language

from .conftest import PLAN_A, SEP, put, write_plan


@pytest.fixture
def lang():
    yield set_language
    set_language("zh")


def _approve_in(shop, lang, language):
    lang(language)
    shop.awards.approve(SEP, confirm=True)


@pytest.mark.parametrize(("approved", "read"), [("zh", "en"), ("en", "zh"), ("en", "en")])
def test_the_same_result_in_another_language_is_no_difference(shop, team, lang, approved, read):
    _approve_in(shop, lang, approved)
    shop.staff.add(StaffDraft(name="陈店长", role="店长", hired=date(2026, 1, 1)), confirm_approved=True)  # an input, no line changes
    lang(read)
    review = shop.awards.status(SEP)
    assert review.changed and review.differences == []
    assert review.notes[0] == {"zh": "输入数据有变化，但重新计算的结果与批准时相同",
                               "en": "The inputs changed, but a recomputation gives the approved results"}[read]


@pytest.mark.parametrize(("approved", "read"), [("zh", "zh"), ("zh", "en"), ("en", "zh")])
def test_a_real_change_is_listed_in_either_language(shop, team, lang, approved, read):
    _approve_in(shop, lang, approved)
    put(shop, team["乙"], date(2026, 9, 6), 1)  # 乙 reaches exactly 100%: stage ¥200 and one step ¥100
    shop.events.add(date(2026, 9, 20), team["丙"], "表扬", confirm_approved=True)  # 丙: a second praise, ¥30 → ¥60
    lang(read)
    review = shop.awards.status(SEP)
    # 客服部's fund stays ¥500 (its explanation has the new sum): no difference; neither is 甲
    diffs = {d.staff_id: d for d in review.differences}
    assert set(diffs) == {team["乙"], team["丙"]}
    yi, bing = diffs[team["乙"]], diffs[team["丙"]]
    assert (yi.old_net_fen, yi.new_net_fen) == (-20000, 10000) and yi.removed == ()
    assert sorted((x.award, x.amount_fen) for x in yi.added) == [("阶梯奖励", 10000), ("阶段目标奖", 20000)]
    assert [(x.award, x.amount_fen) for x in bing.removed] == [("表扬奖", 3000)]
    assert [(x.award, x.amount_fen) for x in bing.added] == [("表扬奖", 6000)]


def test_adjustments_and_goods_without_an_item_read_in_another_language(shop, team, lang, tmp_path):
    """The app's own words in a line — 调整 (Adjustment), 奖品 (prize) — are the same line in either language."""
    rules = [{**r, "item": None} if r["name"] == "月度心愿奖" else r for r in PLAN_A["rules"]]
    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_A, "key": "no-item", "rules": rules})), dept="客服部")
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=8000, reason="投票")
    shop.awards.adjust(SEP, team["乙"], 5000, "补发加班")
    _approve_in(shop, lang, "zh")
    assert {(x.award, x.item) for x in shop.awards.status(SEP).lines} >= {("月度心愿奖", "奖品"), ("调整", None)}
    shop.events.add(date(2026, 9, 20), team["丙"], "表扬", confirm_approved=True)
    lang("en")
    review = shop.awards.status(SEP)
    assert {(x.award, x.item) for x in review.computed_lines} >= {("月度心愿奖", "prize"), ("Adjustment", None)}
    assert [d.staff_id for d in review.differences] == [team["丙"]]


def test_an_explanation_worded_otherwise_is_no_difference(shop, team):
    """A newer version may word an explanation otherwise (a note appended): the line is the same."""
    shop.awards.approve(SEP, confirm=True)
    old = shop.awards.status(SEP).lines
    reworded = [replace(x, explanation=x.explanation + "（按新版说明）") for x in old]
    assert differences(old, reworded) == []
    # …but a changed amount, item or certificate, a line more or less, are differences
    first, *rest = reworded
    assert [d.staff_id for d in differences(old, [replace(first, amount_fen=first.amount_fen + 1), *rest])] == \
        [first.staff_id]
    assert [d.staff_id for d in differences(old, [replace(first, item="购物卡"), *rest])] == [first.staff_id]
    assert [d.staff_id for d in differences(old, [replace(first, certificate=not first.certificate), *rest])] == \
        [first.staff_id]
    gone = differences(old, rest)
    assert [(d.staff_id, d.removed, d.added) for d in gone] == [(first.staff_id, (old[0],), ())]
