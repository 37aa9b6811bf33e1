"""The QR code: the modules reportlab's encoder makes with the chosen mask, for every shape of certificate
number and for longer payloads (other versions), the path drawn painting exactly those modules, and codes a
reader decodes back to their payload."""

import random
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

from app.certificates import numbering, ornaments
from app.periods import HalfYear, Month, Quarter, Year

NUMBERS = ["HH-2026-10-0007", "HH-2026-Q4-0001", "HH-2026-H2-0001", "HH-2026-0001", "HH-2026-10-123456"]
SHAPES = [numbering.qr_payload(n, check) for n in NUMBERS for check in ("K7Q2XM", "222222", "ZZZZZZ")]


def reportlab_modules(payload: str) -> tuple[str, ...]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, ornaments.QR_MASK)
    return tuple("".join("1" if module else "0" for module in row) for row in code.modules)


def longer_payloads() -> list[str]:
    rng = random.Random(5)
    alphabets = ("0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-", "abc xyz 奖状:-")
    return ["".join(rng.choice(alphabets[i % 3]) for _ in range(rng.randint(1, 250))) for i in range(120)]


@pytest.mark.parametrize("payload", SHAPES)
def test_every_number_shape_gives_the_modules_of_reportlabs_encoder(payload):
    assert ornaments.qr_matrix.__wrapped__(payload) == reportlab_modules(payload)


def test_longer_payloads_of_every_mode_give_reportlabs_modules_in_versions_1_to_10():
    sizes = set()
    for payload in longer_payloads():
        modules = ornaments.qr_matrix.__wrapped__(payload)
        assert modules == reportlab_modules(payload), payload
        sizes.add(len(modules))
    assert {21, 25, 29, 33, 37, 41, 45, 49, 53, 57} <= sizes  # versions 1 to 10, several error correction blocks


PERIODS = st.one_of(st.builds(Month, st.integers(2000, 2099), st.integers(1, 12)),
                    st.builds(Quarter, st.integers(2000, 2099), st.integers(1, 4)),
                    st.builds(HalfYear, st.integers(2000, 2099), st.integers(1, 2)),
                    st.builds(Year, st.integers(2000, 2099)))


@settings(max_examples=150, deadline=None)
@given(period=PERIODS, seq=st.integers(1, 999_999), secret=st.binary(min_size=16, max_size=16),
       recipient=st.text(min_size=1, max_size=8))
def test_every_payload_the_app_makes_gives_reportlabs_modules(period, seq, secret, recipient):
    number = numbering.format_number(period, seq)
    payload = numbering.qr_payload(number, numbering.checksum(secret, number, recipient, "销售冠军奖", period.key()))
    assert ornaments.qr_matrix.__wrapped__(payload) == reportlab_modules(payload)


# each mode's characters, and the longest payload of them that still fits version 28 (past 27, where the length
# field grows a second time)
MODES = [("0123456789", 2860), (qrencoder.QRAlphaNum.chars, 1740), ("漢字東京大阪", 740), ("hh-q4:k7 奖状", 390)]


@settings(max_examples=60, deadline=None)
@given(mode=st.sampled_from(MODES), data=st.data())
def test_payloads_of_every_mode_and_length_give_reportlabs_modules(mode, data):
    """Every mode, in versions 1 to 28: the version remembered per data shape (`ornaments._version`) and the
    packing must stay those of reportlab's encoder."""
    chars, longest = mode
    length = data.draw(st.integers(0, longest))
    payload = data.draw(st.text(st.sampled_from(chars), min_size=length, max_size=length))
    assert ornaments.qr_matrix.__wrapped__(payload) == reportlab_modules(payload)


def test_codes_of_every_number_shape_read_back(tmp_path):
    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg (zbar-tools) or pdftoppm (poppler-utils) is not installed")
    payloads = [numbering.qr_payload(n, "K7Q2XM") for n in NUMBERS]
    c = Canvas(str(tmp_path / "codes.pdf"), pagesize=(600, 200))
    for i, payload in enumerate(payloads):
        ornaments.qr(c, payload, 10 + i * 115, 50, 100)
    c.save()
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(tmp_path / "codes.pdf"),
                    str(tmp_path / "codes")], check=True, timeout=60)
    read = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "codes.png")], capture_output=True,
                          text=True, timeout=60, check=False)
    assert sorted(line for line in read.stdout.splitlines() if line.strip()) == sorted(payloads)


def drawn_modules(content: str) -> tuple[str, ...]:
    """The modules a QR code's path paints, read back from the page's content stream: each `re` of the path
    (in module units, under the code's `cm`) marks the modules it covers; a module covered twice fails."""
    path = content[content.index(" cm\n") + 4:content.index("\nf\nQ")]
    rects = [tuple(int(v) for v in line.split()[:4]) for line in path.splitlines()]
    assert all(line.endswith(" re") for line in path.splitlines())
    side = max(x + w for x, _y, w, _h in rects)  # the top-right finder pattern reaches the right edge
    grid = [["0"] * side for _ in range(side)]
    for x, y, w, h in rects:
        for row in range(side - 1 - y - h + 1, side - y):
            for col in range(x, x + w):
                assert grid[row][col] == "0", f"module ({row}, {col}) painted twice"
                grid[row][col] = "1"
    return tuple("".join(row) for row in grid)


@pytest.mark.parametrize("payload", SHAPES[::3] + longer_payloads()[:6], ids=lambda payload: str(len(payload)))
def test_the_code_drawn_paints_the_encoders_modules_one_for_one(tmp_path, payload):
    c = Canvas(str(tmp_path / "code.pdf"), pagesize=(200, 200), pageCompression=0)
    ornaments.qr(c, payload, 10, 10, 180)
    c.save()
    content = PdfReader(tmp_path / "code.pdf").pages[0].get_contents().get_data().decode("latin-1")
    assert drawn_modules(content) == reportlab_modules(payload)


def test_the_codes_of_a_batch_each_paint_their_own_modules_where_they_share_rows(tmp_path):
    """A row an earlier code of the batch had at the same height (the fixed patterns, the data the numbers
    share) is written as it was then: each code still paints its own modules, and no other."""
    payloads = [numbering.qr_payload(f"HH-2026-10-{seq:04d}", check) for seq in (1, 2, 3, 11) for check in
                ("K7Q2XM", "K7Q2XN", "222222")]
    ornaments._qr_path.cache_clear()
    ornaments._ROWS.clear()
    for payload in payloads:
        c = Canvas(str(tmp_path / "code.pdf"), pagesize=(200, 200), pageCompression=0)
        ornaments.qr(c, payload, 10, 10, 180)
        c.save()
        content = PdfReader(tmp_path / "code.pdf").pages[0].get_contents().get_data().decode("latin-1")
        assert drawn_modules(content) == reportlab_modules(payload)
    assert len(ornaments._ROWS) < 25 * len(payloads)  # some rows were shared


def test_rows_alike_at_different_heights_are_each_drawn_at_their_own(tmp_path, monkeypatch):
    modules = ("1011001", "1011001", "0000000", "1111111", "1011001", "0100110", "1011001")
    monkeypatch.setattr(ornaments, "qr_matrix", lambda payload: modules)
    ornaments._qr_path.cache_clear()
    c = Canvas(str(tmp_path / "code.pdf"), pagesize=(200, 200), pageCompression=0)
    ornaments.qr(c, "rows alike", 10, 10, 180)
    c.save()
    ornaments._qr_path.cache_clear()
    content = PdfReader(tmp_path / "code.pdf").pages[0].get_contents().get_data().decode("latin-1")
    assert drawn_modules(content) == modules
