"""The note about citations cut short names the first five people, then how many there are, as each language does."""

from __future__ import annotations

from app.certificates.checks import shortened_text
from app.certificates.model import Options
from app.i18n import set_language

NAMES = ["甲", "乙", "丙", "丁", "戊", "己", "庚"]


def test_the_cut_citations_note_lists_five_then_counts_the_rest():
    assert "甲、乙、丙、丁、戊等 7 人的证书上印不下整段评语" in shortened_text(NAMES, Options())
    set_language("en")
    try:
        assert "甲, 乙, 丙, 丁, 戊 and 2 others" in shortened_text(NAMES, Options())
    finally:
        set_language("zh")
