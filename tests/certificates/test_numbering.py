import pytest

from app.certificates import numbering
from app.certificates.citation import DEFAULT_CITATION, check_template, fill
from app.errors import UserError
from app.periods import HalfYear, Month, Quarter, Year


@pytest.mark.parametrize(("period", "seq", "number"), [
    (Month(2026, 10), 7, "HH-2026-10-0007"),
    (Quarter(2026, 4), 1, "HH-2026-Q4-0001"),
    (HalfYear(2026, 2), 1, "HH-2026-H2-0001"),
    (Year(2026), 1, "HH-2026-0001"),
    (Month(2026, 1), 12345, "HH-2026-01-12345"),
])
def test_number_formats(period, seq, number):
    assert numbering.format_number(period, seq) == number
    assert numbering.parse_scanned(number) == numbering.Scanned(number, None)


def test_checksum_depends_on_the_secret_and_the_content():
    a = numbering.checksum(b"k1", "HH-2026-10-0001", "小美", "销售冠军", "2026-10")
    assert len(a) == 6 and set(a) <= set(numbering.ALPHABET)
    assert a == numbering.checksum(b"k1", "HH-2026-10-0001", "小美", "销售冠军", "2026-10")
    assert a != numbering.checksum(b"k2", "HH-2026-10-0001", "小美", "销售冠军", "2026-10")
    assert a != numbering.checksum(b"k1", "HH-2026-10-0001", "小刚", "销售冠军", "2026-10")
    assert not set("01IO") & set(numbering.ALPHABET)


@pytest.mark.parametrize("text", [
    "HONGHUA:HH-2026-10-0007:K7Q2XM", "hh-2026-10-0007 k7q2xm", "  HH-2026-10-0007:K7Q2XM\n",
    "ＨＨ－２０２６－１０－０００７：Ｋ７Ｑ２ＸＭ", "HH-2026-10-0007：K7Q2XM",
])
def test_scanned_text_variants(text):
    assert numbering.parse_scanned(text) == numbering.Scanned("HH-2026-10-0007", "K7Q2XM")


@pytest.mark.parametrize("text", ["", "HH-2026-13", "HF-2026-0001", "HH-2026-10-0007:K7Q2X", "HH-2026-Q5-0001",
                                  "HH-2026-10-0007:K7Q2X0", "hello"])
def test_scanned_text_refused(text):
    assert numbering.parse_scanned(text) is None


def test_qr_payload_uses_the_compact_alphanumeric_set():
    payload = numbering.qr_payload("HH-2026-Q4-0001", "K7Q2XM")
    assert payload == "HONGHUA:HH-2026-Q4-0001:K7Q2XM"
    assert set(payload) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def test_citation_fields_and_errors():
    text = fill(DEFAULT_CITATION, {"姓名": "A&B <客服>", "期间": "2026年10月", "奖项": "{奖项}", "奖励": "", "店铺": "x"})
    assert text == "A&B <客服>：在2026年10月的工作中表现突出，荣获「{奖项}」，特发此证，以资鼓励。"
    with pytest.raises(UserError, match="部门"):
        check_template("{部门}表现突出")
    with pytest.raises(UserError, match="花括号"):
        check_template("{姓名} 表现 {突出")
    with pytest.raises(UserError):
        check_template("{0.__class__}")
    with pytest.raises(UserError):
        check_template("   ")
    assert check_template(" {店铺}感谢{姓名} ") == "{店铺}感谢{姓名}"
    with pytest.raises(UserError, match="太长：202 个字，最多 200 个字"):  # how many to take out
        check_template("表现突出" * 50 + "鼓励")


def test_fields_typed_with_a_chinese_input_methods_braces_are_fields():
    """｛姓名｝ (full-width, as a Chinese input method types them) passed the check and printed as typed."""
    assert check_template("｛姓名｝：在｛期间｝荣获「｛奖项｝」") == "{姓名}：在{期间}荣获「{奖项}」"
    assert check_template("｛姓名}：荣获{奖项｝") == "{姓名}：荣获{奖项}"  # one of each width: still the field


def test_full_width_braces_around_no_field_are_printed_as_written():
    """Every full-width brace was read as a field brace: a citation saved earlier with 「｛优秀员工｝」 as text
    was refused on every use (the 证书 page did not open), and a shop could no longer print ｛ at all."""
    assert check_template("{姓名}：荣获｛优秀员工｝称号") == "{姓名}：荣获｛优秀员工｝称号"
    assert check_template("｛{姓名}｝表现突出｛") == "｛{姓名}｝表现突出｛"


@pytest.mark.parametrize(("template", "part"), [
    ("{姓名：在{期间}表现突出", "「{姓名：在」"),
    ("{姓名}}在{期间}表现突出", "「{姓名}}」"),
    ("{{姓名}在{期间}表现突出", "「{{姓名}在」"),
])
def test_a_stray_brace_is_named_where_it_stands(template, part):
    """The message only said 花括号不成对, leaving the owner to search a long citation for it."""
    with pytest.raises(UserError) as refused:
        check_template(template)
    assert part in refused.value.message and "{姓名}" in refused.value.message
