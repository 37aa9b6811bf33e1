"""Events as an owner types them: attributes with a Chinese input method's punctuation, several on one line,
a name given twice or without a value; an event on a day the person was not on the team; the audit row of a
deletion in an approved month."""

from datetime import date
from fractions import Fraction

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.event_attrs import describe_attrs, parse_percent_attr
from app.services.events import parse_attrs


@pytest.fixture
def person(svc_shop):
    return svc_shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 3, 10)))


@pytest.mark.parametrize(("lines", "attrs"), [
    (["margin＝38%"], {"margin": "38%"}),  # full-width ＝ of a Chinese input method
    (["毛利率：38%"], {"margin": "38%"}),  # 名称：值 as Chinese writes it, the name as the list shows it
    (["paid: yes"], {"paid": "yes"}),
    (["margin=38%，paid=yes"], {"margin": "38%", "paid": "yes"}),  # two on one line, a Chinese comma between
    (["margin=38%, paid=yes; project=P-017"], {"margin": "38%", "paid": "yes", "project": "P-017"}),
    (["project=P-017、P-018"], {"project": "P-017、P-018"}),  # a comma inside a value stays in it
    (["time=10:30"], {"time": "10:30"}),  # a colon inside a value stays in it
    (["paid=yes", "paid = yes"], {"paid": "yes"}),  # the same twice is once
    (["margin=38%，"], {"margin": "38%"}),  # a comma left at the end is not part of the value
    (["毛利率：38%，全款：是"], {"margin": "38%", "paid": "是"}),
    (["时间：10:30，备注：到店"], {"时间": "10:30", "备注": "到店"}),
])
def test_attributes_typed_the_chinese_way_are_read_as_meant(lines, attrs):
    assert parse_attrs(lines) == attrs


def test_an_attribute_typed_by_its_shown_name_is_the_one_the_rules_filter_on():
    """The list shows margin as 毛利率 and paid as 全款; typed that way they are the same attributes, so the
    preset commission reads them instead of saying 毛利率未填或无效."""
    attrs = parse_attrs(["毛利率：38%，全款：是"])
    assert describe_attrs(attrs) == "毛利率 38%，全款 是"
    assert parse_percent_attr(attrs["margin"]) == Fraction(38, 100)
    with pytest.raises(UserError, match="填了两次"):
        parse_attrs(["毛利率：38%", "margin=40%"])


@pytest.mark.parametrize(("line", "attrs"), [
    # each was split into a second attribute (下午3=00, 原因=破损) or refused
    ("note=到店；下午3:00", {"note": "到店;下午3:00"}),
    ("remark=到店，时间10:30", {"remark": "到店,时间10:30"}),
    ("备注=退款，原因:破损", {"备注": "退款,原因:破损"}),
    ("project=P-017，二期:收尾", {"project": "P-017,二期:收尾"}),
    ("备注：公式 a=b", {"备注": "公式 a=b"}),
    ("链接：http://shop.example/item?id=7", {"链接": "http://shop.example/item?id=7"}),
    ("备注：到店，下午3:00", {"备注": "到店,下午3:00"}),
])
def test_a_value_holding_a_colon_a_comma_or_an_equals_sign_stays_one_value(line, attrs):
    assert parse_attrs([line]) == attrs


def test_an_attribute_given_twice_with_two_values_is_refused():
    # the second silently replaced the first: paid=yes was stored as paid=no
    with pytest.raises(UserError, match="属性「paid」填了两次：yes 和 no"):
        parse_attrs(["paid=yes", "paid=no"])
    with pytest.raises(UserError, match="属性「paid」填了两次"):
        parse_attrs(["paid=yes，paid=no"])


@pytest.mark.parametrize(("lines", "attrs"), [
    # stored as 「Paid」, which the list did not name 全款 and a rule's filter on paid did not see
    (["Paid=Yes"], {"paid": "Yes"}),
    (["ＭＡＲＧＩＮ＝３８％"], {"margin": "38%"}),
    (["paid=YES，paid=yes"], {"paid": "YES"}),  # the same value as the rules read it: once
    (["a=1；；b=2"], {"a": "1", "b": "2"}),  # a separator typed twice was left in the value (a=「1;」)
])
def test_a_name_is_stored_as_the_rules_and_the_list_read_it(lines, attrs):
    assert parse_attrs(lines) == attrs


def test_a_name_given_twice_in_two_cases_is_refused():
    # 「A=1, a=2」 was stored as two attributes, the rule's filter on a seeing only the second
    with pytest.raises(UserError, match="属性「a」填了两次：1 和 2"):
        parse_attrs(["A=1, a=2"])


def test_two_attributes_parted_by_a_space_only_are_refused_saying_how_to_write_them():
    # 「margin=38% paid=yes」 was stored as margin 「38% paid=yes」: the commission found no margin in it
    with pytest.raises(UserError, match=r"属性「margin」的值「38% paid=yes」里还有「paid=」：是两项请用逗号隔开"
                                        r"（margin=38%，paid=yes），是一项请用冒号写（margin：38% paid=yes）"):
        parse_attrs(["margin=38% paid=yes"])
    assert parse_attrs(["备注：公式 a=b"]) == {"备注": "公式 a=b"}  # written with a colon, it is one value


def test_an_attr_option_holding_two_lines_is_read_as_the_dialogs_two_lines():
    # kept as margin 「38%\npaid=yes」
    assert parse_attrs(["margin=38%\npaid=yes\n"]) == {"margin": "38%", "paid": "yes"}


@pytest.mark.parametrize("line", ["paid=", "paid＝ ", "margin=38%，paid="])
def test_an_attribute_without_a_value_is_refused(line):
    # kept as paid="", which a rule's 「unless paid」 counted as having the attribute
    with pytest.raises(UserError, match="属性「paid」没有值"):
        parse_attrs([line])


@pytest.mark.parametrize(("day", "message"), [
    (date(2026, 3, 9), "小美 2026年3月9日 不在职（2026年3月10日入职），不能记录事件"),
    (date(2026, 10, 2), "小美 2026年10月2日 不在职（2026年10月1日离职），不能记录事件"),
])
def test_an_event_on_a_day_the_person_was_not_on_the_team_is_refused(svc_shop, person, day, message):
    # a value cannot be typed for such a day; an event could, and rules counted it
    svc_shop.staff.leave(person.id, date(2026, 10, 1))
    with pytest.raises(UserError) as caught:
        svc_shop.events.add(day, person.id, "表扬")
    assert str(caught.value) == message
    assert svc_shop.store.events.count() == 0
    svc_shop.events.add(date(2026, 10, 1), person.id, "表扬")  # the leaving day is still on the team
    assert svc_shop.store.events.count() == 1


def test_a_day_before_a_rehired_persons_first_hire_names_that_hire(svc_shop, person):
    # it named the rehire day: 「2026-03-09 不在职（2026-07-01入职）」, though she joined on 03-10
    from app.periods import Month

    svc_shop.staff.leave(person.id, date(2026, 5, 31))
    svc_shop.staff.rehire(person.id, date(2026, 7, 1))
    with pytest.raises(UserError, match=r"^小美 2026年3月9日 不在职（2026年3月10日入职），不能记录事件$"):
        svc_shop.events.add(date(2026, 3, 9), person.id, "表扬")
    with pytest.raises(UserError, match=r"^小美 2026年3月9日 不在职（2026年3月10日入职），不能录入$"):
        svc_shop.data.set_value(date(2026, 3, 9), person.id, svc_shop.metrics.get("sales"), 100)
    with pytest.raises(UserError, match=r"（2026年5月31日离职，2026年7月1日重新入职）"):
        svc_shop.events.add(date(2026, 6, 30), person.id, "表扬")
    for day in (date(2026, 3, 10), date(2026, 5, 31), date(2026, 7, 1)):  # each end of a stint is on the team
        svc_shop.events.add(day, person.id, "表扬")
    assert len(svc_shop.events.between(Month(2026, 3).start, Month(2026, 7).end)) == 3


def test_deleting_an_event_of_an_approved_month_names_the_month_in_the_audit_log(svc_shop, person):
    from app.periods import Month

    awards = svc_shop.awards
    awards.plans.use("taobao-kefu", from_month="2026-09")
    event = svc_shop.events.add(date(2026, 9, 8), person.id, "表扬")
    awards.approve(Month(2026, 9), confirm=True)
    added = svc_shop.store.audit.recent(1, "event.add")[0]
    assert added.approved_periods == ()
    svc_shop.events.delete(event.id, confirm_approved=True)
    [deleted] = svc_shop.store.audit.recent(1, "event.delete")
    assert deleted.approved_periods == ("2026-09",)


@pytest.mark.parametrize("line", ["paid in full? = yes", "Paid in full: yes", "paid in full=yes", "全款=yes",
                                  "paid=yes"])
def test_an_attribute_typed_as_the_english_window_shows_it_is_the_same_attribute(line):
    """The English list shows paid as 「paid in full? yes」 and a rule's condition as 「paid in full is yes」:
    typed back that way it was refused (格式不对) or, after another attribute, kept inside that one's value."""
    from app.i18n import set_language

    set_language("en")
    try:
        shown = describe_attrs({"paid": "yes"})
    finally:
        set_language("zh")
    assert shown == "paid in full? yes"
    assert parse_attrs([line]) == {"paid": "yes"}
    before = "margin=38%, " if "=" in line else "毛利率：38%，"  # a line is written with = or with colons
    assert parse_attrs([before + line]) == {"margin": "38%", "paid": "yes"}


def test_an_english_name_after_a_space_only_is_named_in_the_refusal():
    with pytest.raises(UserError, match="里还有「paid in full=」"):
        parse_attrs(["margin=38% paid in full=yes"])
