"""A custom metric renamed in 设置 is found by the command line under its new name and, for a scheduled task or a
script written before, under the name it had."""

from datetime import date

from app.shop import Shop


def test_data_set_finds_a_renamed_metric_by_either_name(cli, add, store, db):
    sid = add("小美")
    shop = Shop.open(db, date(2026, 10, 20))
    key = shop.metric_service.add_custom("服务积份", unit="points", decimals=0).key
    shop.metric_service.rename_custom(key, "服务积分")
    shop.close()
    for day, word, value in (("2026-10-18", "服务积分", "4"), ("2026-10-19", "服务积份", "5")):
        result = cli("data", "set", "--date", day, "--staff", "小美", "--metric", word, "--value", value)
        assert result.code == 0, result.err
    assert [store().values.get(key, date(2026, 10, d), sid) for d in (18, 19)] == [4, 5]
