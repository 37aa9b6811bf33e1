"""Someone who left mid-month (小丽, 9月15日) takes no part in the rules asking for the period's last day — her
praise and her 108 % of target pay nothing — while her manual award is paid. The 评奖 page's 未获奖原因 (as
`awards compute` prints it) and her 计算单 say so once, naming those rules, rather than a line per rule or
nothing at all."""

import json
import shutil
import subprocess
from datetime import date

import pytest

from app.awards.left_before_end import reasons_by_person
from app.awards.receipt import left_note, receipt_sections, write_receipt
from app.cli import main
from app.domain import StaffDraft
from app.errors import UserError
from app.i18n import set_language
from app.periods import Quarter

from .conftest import AUG, PLAN_A, PLAN_B, SEP, put, write_plan

MONTH_SAID = ("9月15日离职，期末不在职，不参加本期要求期末在职的奖项：阶段目标奖、阶梯奖励、表扬奖、投诉扣款"
              "（手动奖项照发）")
RECEIPT_SAID = ("9月15日离职，期末不在职，不参加要求期末在职的奖项：2026年9月的阶段目标奖、阶梯奖励、表扬奖、投诉扣款；"
                "2026年第三季度的季度排名奖（手动奖项照发）")

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")


@pytest.fixture
def leaver(shop, team):
    """小丽 (客服部): September ¥10,800.00 of a ¥10,000.00 target (108 %), praised once, left on 9月15日."""
    xl = shop.staff.add(StaffDraft(name="小丽", dept="客服部", hired=date(2026, 3, 1))).id
    put(shop, xl, date(2026, 9, 5), 1_080_000)
    shop.targets.set_staff(SEP, xl, shop.metrics.get("sales"), 1_000_000)
    shop.events.add(date(2026, 9, 8), xl, "表扬")
    shop.staff.leave(xl, date(2026, 9, 15))
    return xl


def pdf_text(path) -> str:
    """The PDF's text as read, its lines joined: a sentence wrapped at the page's edge reads whole."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(text.split("\n"))


def test_why_not_says_once_that_she_left_before_the_last_day(shop, leaver, db_path, capsys):
    head = ["--db", str(db_path), "--today", "2026-10-20"]
    capsys.readouterr()
    assert main([*head, "awards", "compute", "--period", "2026-09"]) == 0
    out = capsys.readouterr().out
    why_not = out[out.index("未获奖原因："):]
    assert why_not.count("小丽") == 1 and why_not.count("期末不在职") == 1, why_not
    assert MONTH_SAID in why_not and "期末在职才参加的 4 个奖项" in why_not
    assert "未达 100%" in why_not  # the others' reasons as they were
    rows = reasons_by_person(shop.awards.compute(SEP).not_awarded)
    assert [(n.rule, n.reason) for n in rows if n.staff_id == leaver] == [("期末在职才参加的 4 个奖项", MONTH_SAID)]
    # the JSON keeps a reason per rule, as its contract says
    assert main([*head, "awards", "compute", "--period", "2026-09", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["not_awarded"]
    assert [n["award"] for n in listed if n["staff_id"] == leaver] == ["阶段目标奖", "阶梯奖励", "表扬奖", "投诉扣款"]


def test_in_english_the_reason_is_english(leaver, db_path, capsys):
    capsys.readouterr()
    try:
        assert main(["--db", str(db_path), "--today", "2026-10-20", "--lang", "en", "awards", "compute",
                     "--period", "2026-09"]) == 0
    finally:
        set_language("zh")
    out = capsys.readouterr().out
    assert ("left on 09-15, not employed at the end of the period, so takes no part in this period's awards that "
            "require it: 阶段目标奖, 阶梯奖励, 表扬奖, 投诉扣款 (manual awards are still paid)") in out, out
    assert "4 awards for staff at period end" in out


def test_a_rule_asking_only_for_time_in_the_period_is_not_named(shop, team, leaver, tmp_path):
    praise_any_time = {**PLAN_A, "rules": [{**r, "active": "any_time"} if r["name"] == "表扬奖" else r
                                           for r in PLAN_A["rules"]]}
    shop.awards.plans.use(str(write_plan(tmp_path, praise_any_time)))
    review = shop.awards.compute(SEP)
    assert [(x.award, x.amount_fen) for x in review.lines if x.staff_id == leaver] == [("表扬奖", 2000)]
    rows = [n for n in reasons_by_person(review.not_awarded) if n.staff_id == leaver]
    assert [(n.rule, n.reason) for n in rows] == [(
        "期末在职才参加的 3 个奖项",
        "9月15日离职，期末不在职，不参加本期要求期末在职的奖项：阶段目标奖、阶梯奖励、投诉扣款（手动奖项照发）")]


@needs_pdftotext
def test_her_receipt_says_why_her_praise_and_target_paid_nothing(shop, leaver, tmp_path):
    shop.awards.add_manual(SEP, "降本奖", staff_id=leaver, amount_fen=30000, reason="换了包装")
    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    sections, _draft = receipt_sections(shop, SEP, leaver)
    assert [[x.award for x in s.lines] for s in sections] == [["降本奖"], []]  # the quarter: only the note
    assert left_note(sections) == RECEIPT_SAID
    text = pdf_text(write_receipt(shop, SEP, leaver, tmp_path / "小丽.pdf"))
    assert text.count(RECEIPT_SAID) == 1, text
    assert "9月8日 表扬" in text and "9月销售额目标" in text  # her inputs, which the sentence explains
    assert "降本奖" in text and "2026年第三季度（" not in text  # a period with no line of hers has no heading


@needs_pdftotext
def test_a_leaver_paid_nothing_reads_why_on_the_receipt_the_command_writes(shop, leaver, db_path, tmp_path):
    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    out = tmp_path / "小丽.pdf"
    assert main(["--db", str(db_path), "--today", "2026-10-20", "receipt", "--month", "2026-09", "--staff", "小丽",
                 "-o", str(out)]) == 0
    text = pdf_text(out)
    assert "本月没有奖项或扣款。" in text and text.count(RECEIPT_SAID) == 1, text


@needs_pdftotext
def test_the_printed_receipt_says_it_in_chinese_in_an_english_window(shop, leaver, tmp_path):
    set_language("en")
    try:
        text = pdf_text(write_receipt(shop, SEP, leaver, tmp_path / "draft.pdf", draft=True))
    finally:
        set_language("zh")
    assert text.count(RECEIPT_SAID) == 1, text


def test_an_approval_from_before_the_leaving_day_was_entered_is_not_explained_by_it(shop, team, tmp_path):
    xl = shop.staff.add(StaffDraft(name="小丽", dept="客服部", hired=date(2026, 3, 1))).id
    shop.events.add(date(2026, 9, 8), xl, "表扬")
    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    shop.staff.leave(xl, date(2026, 9, 15), confirm_approved=True)
    sections, _draft = receipt_sections(shop, SEP, xl)
    assert [[x.award for x in s.lines] for s in sections] == [["表扬奖"]]  # paid as approved, said so
    assert left_note(sections) == ""


def test_someone_who_joined_after_the_period_has_no_reason_and_no_receipt_section(shop, team):
    late = shop.staff.add(StaffDraft(name="小新", dept="客服部", hired=date(2026, 10, 5))).id
    assert not [n for n in shop.awards.compute(SEP).not_awarded if n.staff_id == late]
    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    assert receipt_sections(shop, SEP, late)[0] == []


def test_a_manual_award_for_someone_not_yet_on_the_team_is_refused_saying_so(shop, team, db_path, capsys):
    late = shop.staff.add(StaffDraft(name="小新", dept="客服部", hired=date(2026, 10, 5)))
    said = f"小新（#{late.id}）2026年9月不在职（2026年10月5日入职），不能添加奖项"  # it said 「员工 #4 不存在」
    with pytest.raises(UserError) as refused:
        shop.awards.add_manual(SEP, "降本奖", staff_id=late.id, amount_fen=30000, reason="换了包装")
    assert refused.value.message == said
    capsys.readouterr()
    try:
        code = main(["--db", str(db_path), "--today", "2026-10-20", "--lang", "en", "awards", "manual", "--period",
                     "2026-09", "--rule", "降本奖", "--staff", "小新", "--amount", "300", "--reason", "换了包装"])
    finally:
        set_language("zh")
    assert code == 2 and (f"小新 (#{late.id}) was not on the team in 2026-09 (joined 2026-10-05): no award can be "
                          "added") in capsys.readouterr().err
    assert shop.awards.manual_lines(SEP) == []


def test_in_english_one_period_left_before_is_not_called_periods(shop, team):
    """August pays only the month: the 计算单 names one period, where it said "at the end of the periods"."""
    xm = shop.staff.add(StaffDraft(name="小梅", dept="客服部", hired=date(2026, 3, 1))).id
    shop.staff.leave(xm, date(2026, 8, 10))
    set_language("en")
    try:
        note = left_note(receipt_sections(shop, AUG, xm, draft=True)[0])
    finally:
        set_language("zh")
    assert note == ("left on 08-10, not employed at period end, so takes no part in the awards that require it: "
                    "2026-08: 阶段目标奖, 阶梯奖励, 表扬奖, 投诉扣款 (manual awards are still paid)")


def test_a_plan_without_manual_awards_for_people_says_nothing_of_them(shop, team, tmp_path):
    """售后方案 has no manual rule for a person (a team's 办公室评比, a half-year's 半年奖 are not paid to her this
    month): 丙, who left on 9月15日, is not told that manual awards are still paid."""
    plan_b = {**PLAN_B, "rules": [*PLAN_B["rules"],
                                  {"name": "办公室评比", "kind": "manual", "period": "month", "pays": "cash",
                                   "recipient": "department", "amount": 300},
                                  {"name": "半年奖", "kind": "manual", "period": "half", "pays": "cash"}]}
    shop.awards.plans.use(str(write_plan(tmp_path, plan_b)), dept="售后部")
    shop.staff.leave(team["丙"], date(2026, 9, 15))
    said = "9月15日离职，期末不在职，不参加本期要求期末在职的奖项：表扬奖"
    rows = reasons_by_person(shop.awards.compute(SEP).not_awarded)
    assert [(n.rule, n.reason) for n in rows if n.staff_id == team["丙"]] == [("期末在职才参加的 1 个奖项", said)]
    sections = receipt_sections(shop, SEP, team["丙"], draft=True)[0]
    assert left_note(sections) == "9月15日离职，期末不在职，不参加要求期末在职的奖项：2026年9月的表扬奖"
    set_language("en")
    try:
        rows = reasons_by_person(shop.awards.compute(SEP).not_awarded)
    finally:
        set_language("zh")
    assert [n.reason for n in rows if n.staff_id == team["丙"]] == [(
        "left on 09-15, not employed at the end of the period, so takes no part in this period's awards that "
        "require it: 表扬奖")]
