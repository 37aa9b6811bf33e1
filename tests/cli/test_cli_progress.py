"""`honghua progress` in process, against numbers computed by hand.

The fixture (October 2026 has 31 days; today is 2026-10-20):
  #1 小美  target ¥31,000.00; sales 10-04 ¥1,000.00, 10-05 ¥2,345.67, 10-19 ¥5,000.00 → ¥8,345.67 = 834,567 fen
  #2 小刚  target ¥20,000.00; sales 10-02 ¥3,000.00 → 300,000 fen
  #3 小丽  no target;         sales 10-03 ¥500.00 → 50,000 fen
  #4 老王  left 2026-09-15 (sales in September only): not listed for October
"""

import json

import pytest

KEYS = ["id", "name", "sales_fen", "target_fen", "achieved_pct", "remaining_fen", "elapsed_pct", "per_day_needed_fen"]
TEAM_KEYS = KEYS[2:]


@pytest.fixture
def month(cli, add):
    add("小美", "--hired", "2025-01-01")
    add("小刚", "--hired", "2025-01-01")
    add("小丽", "--hired", "2025-01-01")
    add("老王", "--hired", "2025-01-01")
    for who, day, value in (("小美", "04", "1,000"), ("小美", "05", "¥2,345.67"), ("小美", "19", "5000"),
                            ("小刚", "02", "3000"), ("小丽", "03", "500")):
        assert cli("data", "set", "--date", f"2026-10-{day}", "--staff", who, "--metric", "sales",
                   "--value", value).code == 0
    cli("data", "set", "--date", "2026-09-10", "--staff", "老王", "--metric", "sales", "--value", "800")
    cli("staff", "leave", "老王", "--date", "2026-09-15")
    cli("target", "set", "--month", "2026-10", "--staff", "小美", "--value", "¥31,000")
    cli("target", "set", "--month", "2026-10", "--staff", "小刚", "--value", "20000")
    return cli


def progress(cli, *args, today="2026-10-20"):
    result = cli("progress", *args, "--json", today=today)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_progress_json_as_of_the_19th(month):
    data = progress(month, "--month", "2026-10", "--as-of", "2026-10-19")
    assert list(data) == ["month", "as_of", "staff", "team"]
    assert (data["month"], data["as_of"]) == ("2026-10", "2026-10-19")
    assert [list(p)[:len(KEYS)] for p in data["staff"]] == [KEYS] * 3  # the contract's keys, in order; extras after
    assert list(data["team"])[:len(TEAM_KEYS)] == TEAM_KEYS
    mei, gang, li = data["staff"]
    assert (mei["id"], mei["name"], gang["name"], li["name"]) == (1, "小美", "小刚", "小丽")
    elapsed = 61.29032258064516  # 19 / 31 × 100
    # 小美: 3,100,000 − 834,567 = 2,265,433 left over the 12 days 20..31 → 188,786.08… → 188,787
    assert mei["sales_fen"] == 834_567 and mei["target_fen"] == 3_100_000
    assert mei["achieved_pct"] == pytest.approx(26.921516129032258)   # 834,567 / 3,100,000 × 100
    assert mei["remaining_fen"] == 2_265_433 and mei["per_day_needed_fen"] == 188_787
    assert mei["elapsed_pct"] == pytest.approx(elapsed)
    # 小刚: 2,000,000 − 300,000 = 1,700,000 / 12 = 141,666.67 → 141,667
    assert (gang["sales_fen"], gang["target_fen"], gang["remaining_fen"], gang["per_day_needed_fen"]) == \
        (300_000, 2_000_000, 1_700_000, 141_667)
    assert gang["achieved_pct"] == pytest.approx(15.0)
    # 小丽: no target → the four target keys are null
    assert {k: li[k] for k in KEYS} == {"id": 3, "name": "小丽", "sales_fen": 50_000, "target_fen": None, "achieved_pct": None,
                  "remaining_fen": None, "elapsed_pct": pytest.approx(elapsed), "per_day_needed_fen": None}
    # team: 1,184,567 against 5,100,000 → 3,915,433 left → 326,286.08… → 326,287
    team = data["team"]
    assert (team["sales_fen"], team["target_fen"], team["remaining_fen"], team["per_day_needed_fen"]) == \
        (1_184_567, 5_100_000, 3_915_433, 326_287)
    assert team["achieved_pct"] == pytest.approx(23.226803921568627)
    assert team["elapsed_pct"] == pytest.approx(elapsed)


def test_shop_target_overrides_the_team_target(month):
    month("target", "set", "--month", "2026-10", "--shop", "--value", "¥60,000")
    team = progress(month, "--month", "2026-10", "--as-of", "2026-10-19")["team"]
    # 6,000,000 − 1,184,567 = 4,815,433 over 12 days → 401,286.08… → 401,287
    assert (team["target_fen"], team["remaining_fen"], team["per_day_needed_fen"]) == (6_000_000, 4_815_433, 401_287)
    assert team["achieved_pct"] == pytest.approx(19.742783333333333)


def test_default_as_of_is_yesterday_without_data_today_and_today_with_it(month):
    data = progress(month, "--month", "2026-10")
    assert data["as_of"] == "2026-10-19" and data["team"]["sales_fen"] == 1_184_567
    month("data", "set", "--date", "2026-10-20", "--staff", "小刚", "--metric", "orders", "--value", "3")
    month("data", "set", "--date", "2026-10-20", "--staff", "小刚", "--metric", "sales", "--value", "100")
    data = progress(month, "--month", "2026-10")
    assert data["as_of"] == "2026-10-20"
    gang = data["staff"][1]
    # 310,000 of 2,000,000: 1,690,000 over the 11 days 21..31 → 153,636.36… → 153,637
    assert gang["sales_fen"] == 310_000 and gang["per_day_needed_fen"] == 153_637
    assert gang["elapsed_pct"] == pytest.approx(20 / 31 * 100)
    # --month defaults to the current month
    assert progress(month)["month"] == "2026-10"


def test_as_of_counts_data_through_that_day_only(month):
    mei = progress(month, "--month", "2026-10", "--as-of", "2026-10-04")["staff"][0]
    # only the ¥1,000 of the 4th; 3,000,000 left over the 27 days 5..31 → 111,111.11… → 111,112
    assert (mei["sales_fen"], mei["remaining_fen"], mei["per_day_needed_fen"]) == (100_000, 3_000_000, 111_112)
    assert mei["elapsed_pct"] == pytest.approx(4 / 31 * 100)


def test_past_month_is_as_of_its_last_day_with_no_days_left(month):
    month("target", "set", "--month", "2026-09", "--staff", "老王", "--value", "1000")
    data = progress(month, "--month", "2026-09")
    assert data["as_of"] == "2026-09-30"
    # 小美, 小刚, 小丽 (hired 2025) and 老王 (left 09-15) were all on the team in September
    assert [p["name"] for p in data["staff"]] == ["小美", "小刚", "小丽", "老王"]
    wang = data["staff"][3]
    assert wang["sales_fen"] == 80_000 and wang["achieved_pct"] == pytest.approx(80.0)
    assert wang["remaining_fen"] == 20_000 and wang["per_day_needed_fen"] is None  # no days left
    assert wang["elapsed_pct"] == pytest.approx(100.0)
    # an explicit as-of after the month is clamped to its end too
    assert progress(month, "--month", "2026-09", "--as-of", "2026-12-01")["as_of"] == "2026-09-30"


def test_last_day_of_the_month_leaves_no_days(month):
    mei = progress(month, "--month", "2026-10", "--as-of", "2026-10-31", today="2026-10-31")["staff"][0]
    assert mei["elapsed_pct"] == pytest.approx(100.0)
    assert mei["remaining_fen"] == 2_265_433 and mei["per_day_needed_fen"] is None


def test_future_month_has_nothing_elapsed(month):
    month("target", "set", "--month", "2026-11", "--staff", "小美", "--value", "10000")
    data = progress(month, "--month", "2026-11")
    mei = data["staff"][0]
    assert mei["elapsed_pct"] == 0 and mei["sales_fen"] == 0
    # 1,000,000 over all 30 days of November → 33,333.33… → 33,334
    assert (mei["achieved_pct"], mei["remaining_fen"], mei["per_day_needed_fen"]) == (0, 1_000_000, 33_334)


def test_first_of_the_month_without_data_has_nothing_elapsed(month):
    data = progress(month, "--month", "2026-10", today="2026-10-01")
    mei = data["staff"][0]
    assert mei["elapsed_pct"] == 0 and mei["sales_fen"] == 0
    # ¥31,000 over all 31 days → exactly 100,000 a day
    assert mei["per_day_needed_fen"] == 100_000
    # …but once the 1st has data, the 1st counts
    month("data", "set", "--date", "2026-10-01", "--staff", "小刚", "--metric", "sales", "--value", "10", today="2026-10-01")
    data = progress(month, "--month", "2026-10", today="2026-10-01")
    assert data["as_of"] == "2026-10-01"
    assert data["staff"][1]["elapsed_pct"] == pytest.approx(100 / 31)


def test_zero_target_counts_as_no_target(month):
    month("target", "set", "--month", "2026-10", "--staff", "小丽", "--value", "0")
    li = progress(month, "--month", "2026-10", "--as-of", "2026-10-19")["staff"][2]
    assert (li["target_fen"], li["achieved_pct"], li["remaining_fen"], li["per_day_needed_fen"]) == \
        (None, None, None, None)


def test_target_met_leaves_nothing_remaining(month):
    month("target", "set", "--month", "2026-10", "--staff", "小丽", "--value", "400")
    li = progress(month, "--month", "2026-10", "--as-of", "2026-10-19")["staff"][2]
    assert li["achieved_pct"] == pytest.approx(125.0)
    assert (li["remaining_fen"], li["per_day_needed_fen"]) == (0, 0)


def test_a_share_just_short_of_the_target_is_not_written_as_100_percent(month):
    month("target", "set", "--month", "2026-10", "--staff", "小丽", "--value", "500.15")  # ¥500.00 of ¥500.15: 99.97%
    result = month("progress", "--month", "2026-10", "--as-of", "2026-10-19")
    li = next(line for line in result.out.splitlines() if "小丽" in line).split()
    assert li[4:6] == ["99.97%", "¥0.15"]


def test_text_form_is_a_readable_table(month):
    result = month("progress", "--month", "2026-10", "--as-of", "2026-10-19")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "2026年10月" in lines[0] and "19/31" in lines[0] and "61.3%" in lines[0] and "还剩 12 天" in lines[0]
    mei = next(line for line in lines if "小美" in line).split()
    assert mei == ["1", "小美", "¥8,345.67", "¥31,000.00", "26.9%", "¥22,654.33", "¥1,887.87"]
    li = next(line for line in lines if "小丽" in line).split()
    assert li == ["3", "小丽", "¥500.00", "-", "-", "-", "-"]
    team = lines[-1].split()
    assert team == ["团队", "¥11,845.67", "¥51,000.00", "23.2%", "¥39,154.33", "¥3,262.87"]


def test_the_text_form_says_who_left_in_the_month(month):
    """As the board's 已离职: a leaver's 还差 is no shortfall still to make up. JSON keeps its keys (left_on added)."""
    month("staff", "leave", "小刚", "--date", "2026-10-10")
    result = month("progress", "--month", "2026-10", "--as-of", "2026-10-19")
    gang = next(line for line in result.out.splitlines() if "小刚" in line).split()
    assert gang[:3] == ["2", "小刚（10月10日离职）", "¥3,000.00"]
    mei = next(line for line in result.out.splitlines() if "小美" in line).split()
    assert mei[1] == "小美"
    english = month("--lang", "en", "progress", "--month", "2026-10", "--as-of", "2026-10-19")
    assert "小刚 (left 10-10)" in english.out


def test_progress_mistakes(month):
    for args, words in ((("--month", "2026/10x"), "2026/10x"), (("--month", "2026-10", "--as-of", "10-19"), "日期")):
        result = month("progress", *args)
        assert result.code == 2 and words in result.err


def test_elapsed_pct_is_the_calendars_for_everyone_and_own_elapsed_pct_the_persons(month):
    assert month("staff", "add", "新人", "--hired", "2026-10-11").code == 0
    month("staff", "leave", "小丽", "--date", "2026-10-10")
    data = progress(month, "--month", "2026-10", "--as-of", "2026-10-20")
    people = {p["name"]: p for p in data["staff"]}
    calendar = 20 / 31 * 100
    assert {name: p["elapsed_pct"] for name, p in people.items()} == pytest.approx(
        {"小美": calendar, "小刚": calendar, "小丽": calendar, "新人": calendar})
    assert people["新人"]["own_elapsed_pct"] == pytest.approx(10 / 21 * 100)  # the 11th..20th of her 21 days
    assert people["小丽"]["own_elapsed_pct"] == pytest.approx(100.0)  # all of her month was over by the 10th
    assert people["小美"]["own_elapsed_pct"] == pytest.approx(calendar)


def test_new_years_day_before_its_data_has_begun(month):
    """1 January: the data runs to 31 December; January has begun, the next month has not."""
    assert month("data", "set", "--date", "2026-12-31", "--staff", "小美", "--metric", "sales", "--value", "100",
                 today="2027-01-01").code == 0
    january = month("progress", today="2027-01-01")
    assert january.code == 0 and "2027年1月 销售额进度：本月第 1 天，还没有数据" in january.out
    february = month("progress", "--month", "2027-02", today="2027-01-01")
    assert "2027年2月 销售额进度：尚未开始" in february.out


def test_as_of_without_month_means_the_month_of_that_day(month, tmp_path):
    """A task run on the 1st of November asking for the 31st of October meant October, not a November with
    nothing in it; the poster alike."""
    data = progress(month, "--as-of", "2026-10-19", today="2026-11-01")
    assert (data["month"], data["as_of"]) == ("2026-10", "2026-10-19")
    assert data["team"]["sales_fen"] == 1_184_567
    poster = month("poster", "--as-of", "2026-10-31", "-o", str(tmp_path), today="2026-11-01")
    assert poster.code == 0, poster.err
    assert poster.out.strip().endswith("战报_我的淘宝店_2026-10-31.png")


def test_as_of_outside_the_month_is_said_naming_the_option_and_the_day(month):
    after = month("progress", "--month", "2026-10", "--as-of", "2026-12-01", "--json", today="2026-12-01")
    assert after.code == 0 and json.loads(after.out)["as_of"] == "2026-10-31"  # clamped, as the contract says
    assert "--as-of 2026-12-01 在 2026年10月 之后" in after.err
    before = month("progress", "--month", "2026-10", "--as-of", "2026-09-17")
    assert before.code == 0 and "--as-of 2026-09-17 在 2026年10月 之前" in before.err
    assert "尚未开始" in before.out.splitlines()[0]  # not 「本月第 1 天」: October 20 is today
    inside = month("progress", "--month", "2026-10", "--as-of", "2026-10-19")
    assert inside.code == 0 and inside.err == ""
