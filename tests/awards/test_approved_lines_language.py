"""An approved period read in English: its lines are kept in Chinese (for the 发放表 and the 计算单); the 评奖 page
shows them computed again in English whenever the approval's data and plans are what is read now, the amounts
exactly those approved — also after a department was renamed or a plan put in force since. Once the data changed,
the approved lines, as kept."""

import copy
import re
from datetime import date

import pytest

from app.i18n import set_language
from app.periods import Quarter

from .conftest import SEP, put

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(team):
    set_language("en")
    yield team
    set_language("zh")


def _in_english(review):
    """Each explanation in English: no Chinese but in the names of the team, rules and events (客服部, 表扬)."""
    return all(not CHINESE.search(re.sub("客服部|售前部|售后部|表扬|投诉", "", x.explanation)) for x in review.lines)


def _paid(lines):
    return sorted((x.recipient_type, x.staff_id, x.award, x.amount_fen) for x in lines)


@pytest.mark.parametrize("period", [SEP, Quarter(2026, 3)], ids=["month", "quarter"])
def test_a_department_renamed_since_keeps_the_lines_in_english(shop, english, period):
    """A month with a team line (优秀部门 to 客服部) read its lines in Chinese after 客服部 was renamed: the team line
    by its new name was taken for another line."""
    shop.awards.approve(period, confirm=True)
    shop.staff.rename_department(shop.store.departments.by_name("客服部").id, "售前部")
    review = shop.awards.status(period)
    stored = shop.store.awards.lines(review.approved.id)
    assert not review.changed and _in_english(review)
    assert _paid(review.lines) == _paid(stored)
    assert {x.dept for x in review.lines} <= {"售前部", "售后部"}  # by today's names


def test_a_plan_put_in_force_since_keeps_the_approved_lines_in_english(shop, english):
    """Only the plan changed: the approved plan evaluated again gives the approved lines, in English, and the
    differences banner says what went in English too (it said it in Chinese, what came in English)."""
    shop.awards.approve(SEP, confirm=True)
    first = next(p for p in shop.awards.plans.stored() if p.name == "客服方案")
    data = copy.deepcopy(shop.awards.plans.editable(first.id))
    next(r for r in data["rules"] if r["name"] == "表扬奖")["amount"] = 30
    shop.awards.plans.use_stored(shop.awards.plans.save_edited(data).stored.id, "客服部", "2026-09")
    review = shop.awards.status(SEP)
    stored = shop.store.awards.lines(review.approved.id)
    assert review.changed and review.plan_changed and not review.data_changed
    assert _in_english(review) and _paid(review.lines) == _paid(stored)
    [diff] = review.differences  # 表扬奖 ¥40.00 → ¥60.00, both said in English
    assert [x.amount_fen for x in diff.removed] == [4000] and [x.amount_fen for x in diff.added] == [6000]
    assert not CHINESE.search(re.sub("表扬", "", diff.removed[0].explanation + diff.added[0].explanation))


def test_once_the_data_changed_the_approved_lines_show_as_kept(shop, english):
    shop.awards.approve(SEP, confirm=True)
    put(shop, english["乙"], date(2026, 9, 6), 1)
    review = shop.awards.status(SEP)
    stored = shop.store.awards.lines(review.approved.id)
    assert review.changed and review.lines == stored


def test_the_apps_own_words_of_an_approval_are_said_in_english(shop, english, tmp_path):
    """An approval keeps 调整 and 奖品 (goods without a named item) in Chinese; the 评奖 page once the data changed
    and the board's person detail said them so in an English window, where the page said Adjustment and prize
    while nothing had changed."""
    from app.reports.person import approved_awards

    from .conftest import PLAN_A, write_plan

    rules = [{**r, "item": None} if r["name"] == "月度心愿奖" else r for r in PLAN_A["rules"]]
    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_A, "key": "no-item", "rules": rules})), dept="客服部")
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=english["甲"], amount_fen=8000, reason="投票")
    shop.awards.adjust(SEP, english["乙"], 5000, "补发加班")
    run = shop.awards.approve(SEP, confirm=True).run
    assert {(x.award, x.item) for x in shop.store.awards.lines(run.id)} >= {("月度心愿奖", "奖品"), ("调整", None)}
    unchanged = {(x.award, x.item) for x in shop.awards.status(SEP).lines}
    assert unchanged >= {("月度心愿奖", "prize"), ("Adjustment", None)}
    put(shop, english["乙"], date(2026, 9, 6), 1)
    review = shop.awards.status(SEP)
    assert review.changed and {(x.award, x.item) for x in review.lines} >= unchanged
    assert [x.explanation for x in review.lines] == [x.explanation for x in shop.store.awards.lines(run.id)]
    assert "月度心愿奖: prize" in [item for p in review.totals for item in p.items]
    received = {(x.award, x.item) for x in approved_awards(shop.store, shop.store.staff.get(english["甲"]))}
    assert ("月度心愿奖", "prize") in received
    assert ("Adjustment", None) in {(x.award, x.item) for x in
                                    approved_awards(shop.store, shop.store.staff.get(english["乙"]))}


def test_the_plans_an_approval_kept_are_labelled_in_chinese_and_shown_in_the_language(shop, english, tmp_path):
    """An approval in English kept its plans as 「客服方案 (version 2)」 and 「no department」 beside its Chinese lines,
    and the 评奖 page's 方案： line named a version approved in Chinese 「客服方案（第2版）」 in an English window."""
    from .conftest import PLAN_A, write_plan

    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_A, "key": "v2"})), dept="客服部")  # 客服方案, version 2
    run = shop.awards.approve(SEP, confirm=True).run
    labels = [(entry["plan"], entry["departments"]) for entry in run.plans]
    assert ("客服方案（第2版）", ["客服部"]) in labels and ("客服方案", ["未分部门"]) in labels
    set_language("zh")
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    set_language("en")
    for period in (SEP, Quarter(2026, 3)):
        shown = [(entry["plan"], entry["departments"]) for entry in shop.awards.status(period).approved_plans]
        assert ("客服方案 (version 2)", ["客服部"]) in shown and ("客服方案", ["no department"]) in shown


def test_a_draft_certificate_in_english_prints_what_the_approved_one_will(shop, english, tmp_path):
    """奖状 are Chinese documents: an approved period's come from its Chinese lines, while a draft's were the
    lines computed in the window's language — goods without a named item printed 「prize」 (now 「奖品（价值 ¥80.00）」
    either way), an adjustment's certificate the title 「Adjustment」."""
    from app.certificates.sources import award_requests

    from .conftest import PLAN_A, write_plan

    rules = [{**r, "item": None} if r["name"] == "月度心愿奖" else r for r in PLAN_A["rules"]]
    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_A, "key": "no-item", "rules": rules})), dept="客服部")
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=english["甲"], amount_fen=8000, reason="投票")
    shop.awards.adjust(SEP, english["乙"], 5000, "补发加班")

    def printed():
        requests, _approved = award_requests(shop, SEP, draft=True, all_winners=True)
        return sorted((x.recipient, x.award, x.value_text or "") for x in requests)

    draft = printed()
    assert ("甲", "月度心愿奖", "奖品（价值 ¥80.00）") in draft and ("乙", "调整", "¥50.00") in draft
    shop.awards.approve(SEP, confirm=True)
    assert printed() == draft
