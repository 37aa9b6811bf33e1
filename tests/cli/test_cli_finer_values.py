"""A number typed on the command line finer than the shop keeps it is refused, never rounded: exit 2, the field
named, nothing written."""

from datetime import date

from app.shop import Shop


def test_data_set_refuses_a_sub_fen_amount(cli, add, store):
    sid = add("小美")
    result = cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "sales", "--value", "3500.555")
    assert result.code == 2
    assert "销售额最多两位小数（到分）" in result.err and "3500.555" in result.err
    assert store().values.get("sales", date(2026, 10, 19), sid) is None


def test_data_set_refuses_more_decimals_than_a_custom_metric_keeps(cli, add, store, db):
    sid = add("小美")
    shop = Shop.open(db, date(2026, 10, 20))
    key = shop.metric_service.add_custom("服务积分", unit="points", decimals=1).key
    shop.close()
    result = cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "服务积分", "--value", "4.55")
    assert result.code == 2 and "服务积分最多一位小数" in result.err
    assert store().values.get(key, date(2026, 10, 19), sid) is None
    assert cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "服务积分",
               "--value", "4.50").code == 0
    assert store().values.get(key, date(2026, 10, 19), sid) == 45


def test_target_set_refuses_a_sub_fen_amount(cli, add, store):
    add("小美")
    result = cli("target", "set", "--month", "2026-10", "--staff", "小美", "--metric", "sales", "--value", "12500.005")
    assert result.code == 2 and "销售额最多两位小数（到分）" in result.err
    assert store().targets.staff_targets("2026-10") == {}


def test_staff_add_and_edit_refuse_sub_fen_pay(cli, add, store):
    result = cli("staff", "add", "小美", "--base-pay", "3500.555")
    assert result.code == 2 and "基本工资最多两位小数（到分）" in result.err
    assert store().staff.list() == []
    sid = add("小美", "--base-pay", "3500.55")
    result = cli("staff", "edit", str(sid), "--allowance", "200.001")
    assert result.code == 2 and "津贴/补贴最多两位小数（到分）" in result.err
    person = store().staff.get(sid)
    assert (person.base_pay_fen, person.allowance_fen) == (350_055, None)


def test_event_add_refuses_a_sub_fen_amount(cli, add, store):
    add("张工")
    result = cli("event", "add", "--date", "2026-10-19", "--staff", "张工", "--type", "表扬", "--amount", "12.345")
    assert result.code == 2 and "金额最多两位小数（到分）" in result.err
    assert store().events.between(date(2026, 10, 1), date(2026, 10, 31)) == []


def test_awards_adjust_and_manual_refuse_a_sub_fen_amount(cli, add, store):
    add("小美")
    result = cli("awards", "adjust", "--period", "2026-09", "--staff", "小美", "--amount", "-30.005",
                 "--reason", "迟到")
    assert result.code == 2 and "金额最多两位小数（到分）" in result.err
    result = cli("awards", "manual", "--period", "2026-09", "--rule", "降本奖", "--staff", "小美",
                 "--amount", "300.999", "--reason", "换了包装")
    assert result.code == 2 and "金额最多两位小数（到分）" in result.err
    assert store().awards.manual("2026-09") == []
