import re
import shutil
import threading
import time
import unicodedata
from pathlib import Path

import pytest

from app.certificates import glyphs
from app.certificates.glyphs import Chain, FontPlan, Fonts, brush, load_face, printable, sans_regular
from app.errors import UserError

from .conftest import DEJAVU

NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def test_a_rare_character_falls_back_to_a_font_that_has_it():
    chain = Chain(sans_regular(), (brush(),))
    assert chain.missing("𠮷野家") == []
    assert [font.split("-", 1)[1] for font, _ in chain.runs("𠮷野家")] == ["LXGWWenKai-Regular", "NotoSansSC-Regular"]
    assert chain.runs("𠮷野家")[0][1] == "𠮷"


def test_without_a_fallback_the_character_is_reported():
    chain = Chain(sans_regular(), ())
    assert chain.missing("𠮷野家𠮷") == ["𠮷"]
    assert chain.missing("欧阳娜娜娜 A&B <客服>") == []


def test_emoji_with_a_system_font_that_has_it():
    if not DEJAVU.exists():
        pytest.skip("DejaVu Sans is not installed")
    assert Chain(sans_regular(), ()).missing("小美😀") == ["😀"]
    chain = Chain(sans_regular(), (DEJAVU,))
    assert chain.missing("小美😀") == []
    assert chain.runs("小美😀")[-1][0].endswith("DejaVuSans")


def test_a_font_reportlab_cannot_embed_is_skipped(tmp_path):
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"not a font at all")
    assert load_face(bad) is None
    chain = Chain(sans_regular(), (bad, brush()))
    assert chain.missing("𠮷") == []
    if NOTO_CJK.exists():  # CFF outlines: reportlab refuses them
        assert load_face(NOTO_CJK) is None


def test_a_font_file_cut_short_is_not_used_and_a_certificate_font_so_cut_is_named(tmp_path):
    """reportlab reads past the end of a file cut short (struct.error): it is a broken file like another."""
    cut = tmp_path / "NotoSansSC-Regular.ttf"
    cut.write_bytes(sans_regular().read_bytes()[:100_000])
    assert load_face(cut) is None
    assert Chain(sans_regular(), (cut, brush())).missing("𠮷") == []
    with pytest.raises(UserError, match=f"证书字体「{re.escape(str(cut))}」缺失或已损坏"):
        Chain(cut, (brush(),))


def test_invisible_characters_are_dropped_and_controls_become_spaces():
    assert printable("小\u200d美\ufe0f\t王\n") == "小美 王 "
    assert Chain(sans_regular(), ()).missing("❤\ufe0f") in ([], ["❤"])


def test_every_control_and_invisible_character_is_seen_in_a_text_that_has_nothing_else_to_change():
    ignorable = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0xFE00, 0xFE10),
                 *range(0xE0100, 0xE01F0)}
    for code in [*range(0x10000), *range(0xE0000, 0xE0200)]:
        ch = chr(code)
        expected = "" if code in ignorable else " " if unicodedata.category(ch) == "Cc" else ch
        assert printable("奖" + ch) == "奖" + expected, hex(code)


def test_the_default_plan_uses_the_bundled_fonts_first():
    plan = FontPlan.default()
    assert plan.fallbacks[:2] == (brush(), sans_regular())
    fonts = Fonts(plan)
    assert fonts.initial.endswith("NotoSansSC-Regular")


@pytest.mark.parametrize("text", ["张伟：荣获「销售冠军奖」", "A&B 12,500.00", "王\u200d丽\tx\n", "𠮷野家", "", " ", "\u200d"])
def test_runs_and_missing_are_those_of_the_character_by_character_lookup(text):
    from app.fonts import split_runs

    chain = Chain(sans_regular(), (brush(),))
    alone = Chain(sans_regular(), ())
    assert chain.runs(text) == split_runs(text, lambda ch: chain.font_for(ch) or chain.primary.name)
    assert alone.missing(text) == list(dict.fromkeys(ch for ch in printable(text) if alone.font_for(ch) is None))


def _copy_of_dejavu(tmp_path) -> Path:
    """A font file no test has read yet (faces are kept per process, by file)."""
    if not DEJAVU.exists():
        pytest.skip("DejaVu Sans is not installed")
    copy = tmp_path / "DejaVuSans.ttf"
    shutil.copyfile(DEJAVU, copy)
    return copy


def test_fonts_read_in_the_background_are_ready_for_the_first_job(tmp_path, monkeypatch):
    font = _copy_of_dejavu(tmp_path)
    plan = FontPlan(title=font, name=font, body=font, bold=font)
    monkeypatch.setattr(glyphs, "_reading", None)  # as at the start of a session
    assert not glyphs.loaded(plan)
    reading = glyphs.read_in_background(plan)
    assert glyphs.read_in_background(plan) is reading  # started once
    reading.join(timeout=30)
    assert glyphs.loaded(plan)
    assert Fonts(plan).body.primary == load_face(font)


def test_two_threads_asking_for_a_font_at_once_register_it_once(tmp_path, monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    font = _copy_of_dejavu(tmp_path)
    registered = []
    register = pdfmetrics.registerFont
    monkeypatch.setattr(pdfmetrics, "registerFont", lambda f: (registered.append(f.fontName), register(f))[1])
    start = threading.Barrier(2)
    faces = []

    def ask() -> None:
        start.wait()
        faces.append(load_face(font))

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(faces) == 2 and faces[0] is faces[1] is not None
    assert registered == [faces[0].name]


def test_asking_for_the_reading_does_not_wait_for_a_face_being_parsed(tmp_path, monkeypatch):
    """The 证书 page asks on every preview tick while the fonts are read: it must not wait at `load_face`'s lock,
    held for as long as a face is parsed (a few hundred ms each), or the window freezes all the same."""
    font = _copy_of_dejavu(tmp_path)
    plan = FontPlan(title=font, name=font, body=font, bold=font)
    monkeypatch.setattr(glyphs, "_reading", None)
    glyphs._lock.acquire()  # a face being parsed, by the reading thread or a print job
    parsed = threading.Timer(3, glyphs._lock.release)
    parsed.start()
    try:
        start = time.perf_counter()
        reading = glyphs.read_in_background(plan)
        asked_for = time.perf_counter() - start
    finally:
        parsed.join()
    reading.join(timeout=30)
    assert asked_for < 1 and glyphs.loaded(plan)
