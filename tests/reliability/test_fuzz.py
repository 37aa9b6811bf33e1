"""Bad input, fuzzed: money and period parsing (any text: a value or a clear UserError, never another
exception), and the import readers on mutated sample files (data/samples/): nothing but a clear
UserError, and nothing written when the import is refused.

Bounded by default; HONGHUA_FUZZ_EXAMPLES=2000 (say) runs longer."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.domain import StaffDraft
from app.errors import FinerThanKept, HonghuaError, UserError
from app.importing import ImportService
from app.money import MAX_ABS_FEN, parse_yuan
from app.periods import HalfYear, Month, Quarter, Year, parse_date, parse_month, parse_period
from app.shop import Shop

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "data" / "samples").iterdir())
EXAMPLES = int(os.environ.get("HONGHUA_FUZZ_EXAMPLES", "0"))
PARSER_EXAMPLES = EXAMPLES or 400
READER_EXAMPLES = EXAMPLES or 40
FUZZED = {"parsers": 0, "readers": 0, "refused": 0, "imported": 0}

money_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789０１２３４５６７８９,，.．-−+¥￥元万亿 RMBe%", max_size=20),
)


@settings(max_examples=PARSER_EXAMPLES, deadline=None)
@given(money_text)
@example("100000000000000000000000000")  # once raised decimal.InvalidOperation (quantize past 28 digits)
@example("1" + "0" * 30 + "亿")
def test_any_text_is_an_amount_or_a_clear_refusal(text):
    FUZZED["parsers"] += 1
    try:
        fen = parse_yuan(text, field="销售额")
    except UserError as e:
        assert e.message.startswith(("销售额：", "销售额最多两位小数")) and "Traceback" not in e.message
        return
    assert isinstance(fen, int) and abs(fen) <= MAX_ABS_FEN


@settings(max_examples=PARSER_EXAMPLES, deadline=None)
@given(st.decimals(min_value=Decimal(-99999999), max_value=Decimal(99999999), places=3,
                   allow_nan=False, allow_infinity=False),
       st.sampled_from(["{}", "¥{}", "￥{}", "{}元", " {} "]), st.booleans())
def test_amounts_are_exact_to_the_fen_in_every_spelling(value, spelling, full_width):
    FUZZED["parsers"] += 1
    text = spelling.format(value)
    if full_width:
        text = text.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    if value != value.quantize(Decimal("0.01")):  # typed finer than the fen: refused, never rounded
        with pytest.raises(FinerThanKept):
            parse_yuan(text)
        return
    assert parse_yuan(text) == int(value * 100)


@settings(max_examples=PARSER_EXAMPLES, deadline=None)
@given(st.one_of(st.text(max_size=20), st.text(alphabet="0123456789-/QqHh ", max_size=12)))
def test_any_text_is_a_period_or_a_clear_refusal(text):
    FUZZED["parsers"] += 1
    for parse in (parse_period, parse_month, parse_date):
        try:
            parse(text)
        except UserError as e:
            assert e.message and "Traceback" not in e.message


@settings(max_examples=PARSER_EXAMPLES, deadline=None)
@given(st.integers(1900, 2200), st.integers(1, 12), st.sampled_from(["M", "Q", "H", "Y"]))
def test_periods_round_trip_through_their_keys(year, n, kind):
    FUZZED["parsers"] += 1
    period = {"M": lambda: Month(year, n), "Q": lambda: Quarter(year, (n - 1) // 3 + 1),
              "H": lambda: HalfYear(year, (n - 1) // 6 + 1), "Y": lambda: Year(year)}[kind]()
    assert parse_period(period.key()) == period


# ---- the import readers on mutated samples -------------------------------------------------------------
def _mutate(data: bytes, ops: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for op, where, what in ops:
        if not out:
            break
        i = where % len(out)
        if op == "flip":
            out[i] ^= 1 << (what % 8)
        elif op == "set":
            out[i] = what % 256
        elif op == "cut":
            del out[i:]
        elif op == "insert":
            out[i:i] = bytes([what % 256]) * (1 + what % 7)
        elif op == "repeat":
            out[i:i] = out[i:i + 64]
        elif op == "zero":
            out[i:i + 1 + what % 40] = b"\x00" * len(out[i:i + 1 + what % 40])
    return bytes(out)


mutation = st.tuples(st.sampled_from(["flip", "set", "cut", "insert", "repeat", "zero"]),
                     st.integers(0, 2**31), st.integers(0, 2**31))


@pytest.fixture(scope="module")
def fuzz_shop(tmp_path_factory):
    shop = Shop.open(tmp_path_factory.mktemp("fuzz") / "shop.db", date(2026, 11, 3))
    for name, alias in (("小美", "旗舰店:小美"), ("阿强", "旗舰店:阿强"), ("晓雯", "旗舰店:晓雯"), ("大刘", "旗舰店:大刘")):
        shop.staff.add(StaffDraft(name, aliases=(alias,)))
    yield shop
    shop.close()


@settings(max_examples=READER_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sample=st.sampled_from(SAMPLES), ops=st.lists(mutation, min_size=1, max_size=6))
def test_mutated_sample_files_import_or_are_refused_cleanly(fuzz_shop, sample, ops):
    FUZZED["readers"] += 1
    service = ImportService(fuzz_shop.store, fuzz_shop.ctx, fuzz_shop.metrics)
    before = "\n".join(fuzz_shop.store.db.conn.iterdump())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / sample.name
        path.write_bytes(_mutate(sample.read_bytes(), ops))
        try:
            plan = service.preview([path])
            service.commit(plan)
        except HonghuaError as e:  # a clear message for the user, naming the file
            assert isinstance(e, UserError), e.message
            assert sample.name in e.message or "文件" in e.message, e.message
            assert "\n".join(fuzz_shop.store.db.conn.iterdump()) == before
            FUZZED["refused"] += 1
            return
    FUZZED["imported"] += 1


cell_text = st.one_of(st.text(max_size=40), st.from_regex(r"[-+¥￥]?[0-9０-９,.]{1,40}(万|亿|%|秒)?", fullmatch=True))


@settings(max_examples=READER_EXAMPLES * 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sales=cell_text, inquiries=cell_text, day=cell_text)
@example(sales="100000000000000000000000000", inquiries="1", day="2026-10-01")
@example(sales="1", inquiries="9" * 40, day="2026-10-01")
@example(sales="", inquiries="", day="10000")  # a five-digit day outside Excel's serial range once recursed forever
def test_any_cell_text_imports_or_is_refused_cleanly(fuzz_shop, sales, inquiries, day):
    FUZZED["readers"] += 1
    service = ImportService(fuzz_shop.store, fuzz_shop.ctx, fuzz_shop.metrics)
    before = "\n".join(fuzz_shop.store.db.conn.iterdump())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "单元格.csv"
        cells = [c.replace('"', '""') for c in (day, sales, inquiries)]
        path.write_text('日期,客服,销售额,询单人数\n"{}",小美,"{}","{}"\n'.format(*cells), encoding="utf-8")
        try:
            service.commit(service.preview([path]))
        except UserError as e:
            assert "单元格.csv" in e.message or "文件" in e.message, e.message
            assert "\n".join(fuzz_shop.store.db.conn.iterdump()) == before
            FUZZED["refused"] += 1
            return
    FUZZED["imported"] += 1


def test_fuzz_figures(figures):
    """Runs last in this file: the counts of what was tried."""
    if FUZZED["readers"] == 0:
        pytest.skip("the fuzz tests of this file did not run in this session")
    figures.append(f"fuzz: {FUZZED['parsers']} parser cases, {FUZZED['readers']} mutated files "
                   f"({FUZZED['refused']} refused with a message, {FUZZED['imported']} imported), 0 crashes")
    assert FUZZED["readers"] >= READER_EXAMPLES
