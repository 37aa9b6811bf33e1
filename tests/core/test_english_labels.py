"""Periods, days, birthdays, lists and event attributes as the user's language writes them: the window and
messages follow the language; label() stays Chinese for the documents printed in Chinese (奖状, 计算单)."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from app import i18n
from app.domain import Birthday
from app.event_attrs import describe_attrs
from app.periods import HalfYear, Month, Quarter, Year, shown_date, shown_month_day
from app.rules.text import month_label, period_short, previous_short


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


PERIODS = [Month(2026, 10), Quarter(2026, 4), HalfYear(2026, 1), Year(2026)]


def test_periods_in_chinese_read_as_before():
    assert [p.shown_label() for p in PERIODS] == ["2026年10月", "2026年第四季度", "2026年上半年", "2026年度"]
    assert [p.shown_label() for p in PERIODS] == [p.label() for p in PERIODS]
    assert shown_date(date(2026, 10, 9)) == "2026年10月9日" and shown_month_day(date(2026, 10, 1)) == "10月1日"
    assert [period_short(p) for p in PERIODS] == ["10月", "第四季度", "上半年", "2026年"]
    assert previous_short(PERIODS[0]) == "上月" and month_label("2026-09") == "9月"


def test_periods_in_english_as_the_window_writes_them(english):
    assert [p.shown_label() for p in PERIODS] == ["2026-10", "2026 Q4", "2026 H1", "2026"]
    assert PERIODS[0].label() == "2026年10月"  # documents printed in Chinese keep theirs
    assert shown_date(date(2026, 10, 9)) == "2026-10-09" and shown_month_day(date(2026, 10, 1)) == "10-01"
    assert [period_short(p) for p in PERIODS] == ["Oct", "Q4", "H1", "2026"]
    assert [previous_short(p) for p in PERIODS] == ["last month", "last quarter", "the previous half-year",
                                                    "last year"]
    assert month_label("2026-09") == "Sep"


def test_birthdays_lists_and_event_attributes_in_english(english):
    assert Birthday(6, 4).shown_label() == "06-04" and Birthday(3, 14, lunar=True).shown_label() == "lunar 03-14"
    assert i18n.joined(["a", "b"]) == "a, b" and i18n.joined(["a", "b"], separator="；") == "a; b"
    assert describe_attrs({"margin": "22%", "paid": "no", "project": "A-7"}) == "margin 22%, paid in full? no, project=A-7"


def test_a_rule_condition_names_an_attribute_in_english_without_the_lists_question_mark(english):
    from app.rules.per_event import Filter

    # the event list asks 「paid in full? no」; a condition read "paid in full? is yes or 是"
    where = Filter((("paid", ("yes", "是")), ("margin", ("40%",))))
    assert where.text() == "paid in full is yes, and margin is 40%"


def test_birthdays_lists_and_event_attributes_in_chinese():
    assert Birthday(6, 4).shown_label() == "6月4日" and Birthday(3, 14, lunar=True).shown_label() == "农历三月十四"
    assert i18n.joined(["甲", "乙"]) == "甲、乙" and i18n.joined(["甲", "乙"], separator="；") == "甲；乙"
    assert describe_attrs({"margin": "22%", "paid": "no", "project": "A-7"}) == "毛利率 22%，全款 否，project=A-7"


def test_alternatives_read_as_each_language_lists_them(english):
    assert i18n.alternatives(["店长", "主管", "组长"]) == "店长, 主管 or 组长"
    assert i18n.alternatives(["店长", "主管"]) == "店长 or 主管" and i18n.alternatives(["店长"]) == "店长"
    i18n.set_language("zh")
    assert i18n.alternatives(["店长", "主管", "组长"]) == "店长、主管或组长"
    assert i18n.alternatives([]) == ""


def test_red_flower_hints_follow_the_language():
    from app.domain import Staff
    from app.flowers import Flower
    from app.recognition.fairness import fairness_hints

    today = date(2026, 10, 20)
    people = [Staff(1, "王店长"), Staff(2, "小美"), Staff(3, "阿花")]
    flowers = [Flower(i, f"HF-{i}", a, b, today, today, "好", "其他")
               for i, (a, b) in enumerate([(1, 2), (1, 2), (2, 1), (2, 1), (1, 2), (1, 2)])]
    chinese = sorted(h.text for h in fairness_hints(flowers, people, today))
    assert chinese == ["王店长 与 小美 近 6 个月互相发放小红花（4 朵 / 2 朵）", "王店长 近 6 个月发出的 4 朵中有 4 朵给了 小美",
                       "阿花 近 3 个月没有获得过小红花"]
    i18n.set_language("en")
    try:
        english = sorted(h.text for h in fairness_hints(flowers, people, today))
    finally:
        i18n.set_language("zh")
    assert english == ["In the last 6 months 王店长 gave 4 of 4 red flowers to 小美",
                       "王店长 and 小美 gave each other red flowers in the last 6 months (4 / 2)",
                       "阿花 has received no red flowers in the last 3 months"]


def test_in_chinese_is_chinese_on_its_own_thread_only(english):
    import threading

    seen = {}
    inside, done = threading.Event(), threading.Event()

    def worker():  # a document written on a worker while the window goes on in English
        with i18n.in_chinese():
            seen["worker"] = Month(2026, 10).shown_label()
            inside.set()
            done.wait(5)
        seen["after"] = Month(2026, 10).shown_label()

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    seen["window"] = Month(2026, 10).shown_label()
    done.set()
    thread.join(5)
    assert seen == {"worker": "2026年10月", "window": "2026-10", "after": "2026-10"}


def test_a_list_is_broken_into_lines_only_after_its_languages_separator():
    from app.recognition.standings import lines_between_items

    width = len  # one unit a character
    chinese = "客服部 3 面、售后部 1 面、财务部 2 面"
    assert lines_between_items(chinese, width, 18) == ["客服部 3 面、售后部 1 面、", "财务部 2 面"]
    english = "Customer service 3, After-sales 1, Finance 2"
    # the comma ends a line; the space after it is neither kept nor counted ("…, After-sales 1," is 34 wide)
    assert lines_between_items(english, width, 34, ", ") == ["Customer service 3, After-sales 1,", "Finance 2"]
    assert lines_between_items(english, width, 33, ", ") == ["Customer service 3,", "After-sales 1, Finance 2"]
    assert lines_between_items(english, width, 10, ", ") == ["Customer service 3,", "After-sales 1,", "Finance 2"]


def test_the_list_separator_follows_the_language(english):
    assert i18n.list_separator() == ", " and i18n.list_separator("；") == "; "
    i18n.set_language("zh")
    assert i18n.list_separator() == "、" and i18n.list_separator("；") == "；"


def test_english_calls_the_day_someone_joined_by_the_staff_forms_name_for_it():
    """The staff form said "Start date", messages "hire date": the owner read two names for one field."""
    import json
    import re
    import xml.etree.ElementTree as ET

    from app.resources import resource_path

    catalogue = json.loads(resource_path("i18n", "en.json").read_text(encoding="utf-8"))
    window = ET.parse(resource_path("i18n", "honghua_en.ts")).getroot()
    [form_word] = {m.findtext("translation") for c in window.iter("context") if c.findtext("name") == "StaffDialog"
                   for m in c.iter("message") if m.findtext("source") == "入职日期"}
    assert form_word == "Start date"
    assert catalogue["入职日期"] == form_word
    english = [*catalogue.values(), *(m.findtext("translation") or "" for m in window.iter("message"))]
    # nor "hired" for 入职 (the details say "Start date: 2026-10-01"); "rehire" (重新入职) and --hired stay
    hired = re.compile(r"(?<![-\w])hir(e|ed|es|ing)\b", re.IGNORECASE)
    assert [text for text in english if hired.search(re.sub(r"\{\w+\}", "", text))] == []


def test_a_list_cut_short_counts_the_rest_as_each_language_does():
    names = ["甲", "乙", "丙", "丁"]
    assert i18n.cut_list(names, 4) == "甲、乙、丙、丁"
    assert i18n.cut_list(names, 2) == "甲、乙等 4 人" and i18n.cut_list(names, 2, unit="个期间") == "甲、乙等 4 个期间"
    i18n.set_language("en")
    try:
        assert i18n.cut_list(names, 2) == "甲, 乙 and 2 others" and i18n.cut_list(names, 3) == "甲, 乙, 丙 and 1 other"
    finally:
        i18n.set_language("zh")


def _both_catalogues() -> list[tuple[str, str]]:
    """(Chinese, English) of every entry of the messages' catalogue and the window's."""
    folder = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    pairs = list(json.loads((folder / "en.json").read_text(encoding="utf-8")).items())
    return pairs + [(m.findtext("source") or "", m.findtext("translation") or "")
                    for m in ET.parse(folder / "honghua_en.ts").getroot().iter("message")]


def test_the_leaving_date_has_one_english_name_in_both_catalogues():
    """离职日期 read "Leaving date" in the window and "leave date" (or "Left") in messages and the command line."""
    pairs = _both_catalogues()
    named = [(zh, en) for zh, en in pairs if "离职日期" in zh]
    assert len(named) >= 8
    assert [(zh, en) for zh, en in named if "leaving date" not in en.lower()] == []
    assert [en for _zh, en in pairs if re.search(r"\bleave dates?\b|\bdate left\b|\bleft date\b", en, re.IGNORECASE)] == []


def test_the_person_details_name_the_dates_as_the_staff_form_does():
    """The details read "Joined 2024-04-02" while the table and the form say "Start date"."""
    window = ET.parse(Path(__file__).resolve().parents[2] / "resources" / "i18n" / "honghua_en.ts").getroot()
    facts = {m.findtext("source"): m.findtext("translation") for c in window.iter("context")
             if c.findtext("name") == "PersonDetailDialog" for m in c.iter("message")}
    assert facts["{d} 入职"] == "Start date: {d}"
    assert facts["{d} 重新入职"] == "Rehire date: {d}"
    assert facts["{d} 离职"].startswith("Leaving date: {d}") and facts["将于 {d} 离职"].startswith("Leaving date: {d}")


def test_a_title_within_an_english_sentence_keeps_its_acronyms_and_mixed_case_names(english):
    """A field's title is lower-cased as a word of the sentence; a first word written with a capital or a digit
    inside it (SKU, PIN, WeChat, Q4) is a name and stays as written."""
    titles = ["Name", "Start date", "SKU", "PIN code", "WeChat ID", "Q4 target", "iPhone model"]
    assert [i18n.within_sentence(title) for title in titles] == [
        "name", "start date", "SKU", "PIN code", "WeChat ID", "Q4 target", "iPhone model"]


def test_a_title_within_a_chinese_sentence_is_as_written():
    assert [i18n.within_sentence(title) for title in ("姓名", "入职日期", "SKU")] == ["姓名", "入职日期", "SKU"]


def test_a_list_inside_an_english_sentence_says_and_before_its_last_item():
    held = ["daily results", "monthly targets", "recorded events"]
    assert i18n.in_words(["每日数据", "目标"]) == "每日数据、目标"
    i18n.set_language("en")
    try:
        assert i18n.in_words(held) == "daily results, monthly targets and recorded events"
        assert i18n.in_words(held[:2]) == "daily results and monthly targets" and i18n.in_words(held[:1]) == held[0]
    finally:
        i18n.set_language("zh")


def test_a_promotion_day_has_one_english_name_in_both_catalogues():
    """大促日 read "Big sale days" on the form and "Promotion day" in the message refusing what was typed in it."""
    named = [(zh, en) for zh, en in _both_catalogues() if "大促日" in zh]
    assert len(named) >= 5
    assert [(zh, en) for zh, en in named if "promotion day" not in en.lower()] == []
