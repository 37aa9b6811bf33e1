"""The first days of a month and of a year on the command line, run as a scheduled task runs it (the day from
HONGHUA_TODAY): each command without a month or year shows what the window shows then, and says so on stderr;
a payout of the month just begun points to the month just ended; an --as-of not come yet counts no day to come."""

import json

import pytest

from .helpers import child_env, run_app


@pytest.fixture
def on(tmp_path, db):
    """on("2027-01-02", "flowers", "board") runs `python -m app --db DB flowers board` with HONGHUA_TODAY set."""

    def run(today: str, *args: str):
        return run_app(["--db", str(db), *args], child_env(tmp_path, HONGHUA_TODAY=today))

    return run


def _ok(done):
    assert done.code == 0, done.err
    return done


def test_flowers_board_early_in_january_is_last_years_as_on_the_flowers_page(on):
    _ok(on("2026-12-10", "staff", "add", "王店长", "--role", "店长", "--dept", "客服部", "--hired", "2025-01-01"))
    _ok(on("2026-12-10", "staff", "add", "小美", "--dept", "客服部", "--hired", "2025-01-01"))
    _ok(on("2026-12-10", "flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "双12零差评"))
    board = _ok(on("2027-01-02", "flowers", "board", "--json"))
    assert [(e["name"], e["received"], e["rank"]) for e in json.loads(board.out)] == [("小美", 1, 1)]
    assert board.err.strip() == "2027 年还没有人获得小红花，显示的是 2026 年的红花榜；要 2027 年的请写 --year 2027"
    assert _ok(on("2027-01-02", "flowers", "board")).out.startswith("2026年红花榜")
    asked = _ok(on("2027-01-02", "flowers", "board", "--year", "2027", "--json"))
    assert [e["received"] for e in json.loads(asked.out)] == [0] and asked.err == ""
    _ok(on("2027-01-05", "flowers", "issue", "--from", "王店长", "--to", "小美", "--reason", "元旦值班"))
    this_year = _ok(on("2027-01-05", "flowers", "board"))  # the year's first flower: this year's list again
    assert this_year.out.startswith("2027年红花榜") and this_year.err == ""


def test_payout_and_certificates_of_the_month_just_begun_point_to_the_month_just_ended(on, tmp_path):
    _ok(on("2026-12-20", "staff", "add", "小美", "--dept", "客服部", "--hired", "2025-01-01"))
    _ok(on("2026-12-20", "data", "set", "--date", "2026-12-19", "--staff", "小美", "--metric", "sales",
           "--value", "5000"))
    _ok(on("2026-12-20", "data", "set", "--date", "2026-12-19", "--staff", "小美", "--metric", "orders",
           "--value", "40"))  # 订单最多奖: a certificate to print
    _ok(on("2026-12-20", "plan", "use", "taobao-kefu"))
    sheet = str(tmp_path / "发放表.xlsx")
    early = on("2027-01-02", "payout", "--month", "2027-01", "-o", sheet)
    assert early.code == 2 and early.err.splitlines() == [
        "错误：2027年1月 尚未批准，不能生成正式发放表。请先批准（honghua awards approve --period …），或加 --draft 生成草稿",
        ("提示：2027年1月 还没有结束。要发 2026年12月 的奖金，请先批准 2026年12月、2026年第四季度、2026年度"
         "（honghua awards approve --period 2026-12；honghua awards approve --period 2026-Q4；"
         "honghua awards approve --period 2026），再写 --month 2026-12")]
    certificates = ("certificates", "batch", "--period", "2027-01", "-o", str(tmp_path / "证书.pdf"))
    early = on("2027-01-02", *certificates)
    assert early.code == 2 and early.err.splitlines()[-1] == (
        "提示：2027年1月 还没有结束。要打印 2026年12月 的证书，请先批准它（honghua awards approve --period 2026-12），"
        "再写 --period 2026-12")
    for period in ("2026-12", "2026-Q4", "2026"):
        _ok(on("2027-01-02", "awards", "approve", "--period", period))
    approved = on("2027-01-02", "payout", "--month", "2027-01", "-o", sheet)
    assert approved.code == 2
    assert approved.err.splitlines()[-1] == "提示：2027年1月 还没有结束。2026年12月 的评奖结果已批准，要发它的奖金请写 --month 2026-12"
    early = on("2027-01-02", *certificates)
    assert early.code == 2 and early.err.splitlines()[-1].endswith("2026年12月 的评奖结果已批准，要打印它的证书请写 --period 2026-12")
    _ok(on("2027-01-02", "certificates", "batch", "--period", "2026-12", "-o", str(tmp_path / "证书.pdf")))
    receipt = on("2027-01-02", "receipt", "--month", "2027-01", "--all", "-o", str(tmp_path / "计算单.pdf"))
    assert receipt.code == 2 and "请写 --month 2026-12" in receipt.err
    assert _ok(on("2027-01-02", "payout", "--month", "2026-12", "-o", sheet)).out.startswith("已生成发放表")
    past = on("2027-01-02", "payout", "--month", "2026-11", "-o", sheet)  # a month over: only its own refusal
    assert past.code == 2 and "提示" not in past.err


def test_as_of_not_come_yet_counts_through_the_boards_day(on, tmp_path):
    _ok(on("2026-11-28", "staff", "add", "小美", "--dept", "客服部", "--hired", "2025-01-01"))
    _ok(on("2026-11-28", "target", "set", "--month", "2026-11", "--staff", "小美", "--value", "30000"))
    _ok(on("2026-11-28", "data", "set", "--date", "2026-11-27", "--staff", "小美", "--metric", "sales",
           "--value", "27000"))
    ahead = _ok(on("2026-11-28", "progress", "--as-of", "2026-11-30", "--json"))
    data = json.loads(ahead.out)
    assert (data["month"], data["as_of"]) == ("2026-11", "2026-11-27")  # today has no data yet: through yesterday
    assert data["team"]["elapsed_pct"] == pytest.approx(90.0)  # 27 of 30 days, not all 30
    assert data["team"]["per_day_needed_fen"] == 100_000  # ¥3,000.00 still due over the 3 days left
    assert ahead.err.strip() == "注意：--as-of 2026-11-30 还没有到（今天是 2026-11-28），和看板一样只计到 2026-11-27"
    poster = _ok(on("2026-11-28", "poster", "--as-of", "2026-11-30", "-o", str(tmp_path)))
    assert poster.out.strip() == str(tmp_path / "战报_我的淘宝店_2026-11-27.png") and "还没有到" in poster.err
    december = _ok(on("2026-11-28", "progress", "--as-of", "2026-12-05"))
    assert "2026年12月 销售额进度：尚未开始" in december.out
    assert "2026年12月 还没有开始，没有可计的天数" in december.err


def test_progress_on_the_first_offers_last_months_final_result_as_the_board(on):
    _ok(on("2026-11-30", "staff", "add", "小美", "--dept", "客服部", "--hired", "2025-01-01"))
    _ok(on("2026-11-30", "data", "set", "--date", "2026-11-30", "--staff", "小美", "--metric", "sales",
           "--value", "800"))
    first = _ok(on("2026-12-01", "progress"))
    assert "2026年12月 销售额进度：本月第 1 天，还没有数据" in first.out  # the board opens on this month too
    assert first.err.strip() == "2026年11月 已经结束，最终结果请写 --month 2026-11"
    assert _ok(on("2026-12-01", "progress", "--month", "2026-12")).err == ""
