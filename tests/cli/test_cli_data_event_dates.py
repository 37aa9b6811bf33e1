"""`data set` and `event add` write their day as the rest of the Chinese messages do (2026年10月19日), in what
they print and in what they refuse; they wrote 2026-10-19. English keeps 2026-10-19."""

from datetime import date

from app.shop import Shop


def test_data_set_says_the_day_in_chinese(cli, add):
    add("小美")
    saved = cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "sales", "--value", "¥1,280")
    assert saved.code == 0 and saved.out.startswith("已保存 2026年10月19日 小美")
    cleared = cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "sales", "--value", "")
    assert cleared.code == 0 and cleared.out.startswith("已清空 2026年10月19日 小美")
    future = cli("data", "set", "--date", "2026-10-21", "--staff", "小美", "--metric", "sales", "--value", "5")
    assert future.code == 2 and "小美 2026年10月21日：日期还没到，不能录入" in future.err


def test_event_add_says_the_day_in_chinese(cli, add, db):
    sid = add("小美")
    shop = Shop.open(db, date(2026, 10, 20))
    shop.staff.leave(sid, date(2026, 10, 10))
    shop.close()
    added = cli("event", "add", "--date", "2026-10-09", "--staff", "小美", "--type", "表扬")
    assert added.code == 0 and "2026年10月9日 小美" in added.out
    refused = cli("event", "add", "--date", "2026-10-12", "--staff", "小美", "--type", "表扬")
    assert refused.code == 2
    assert "小美 2026年10月12日 不在职（2026年10月10日离职），不能记录事件" in refused.err


def test_in_english_the_day_stays_as_written(cli, add):
    add("小美")
    saved = cli("--lang", "en", "data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "sales",
                "--value", "1280")
    assert saved.code == 0 and "2026-10-19" in saved.out
