"""Certificates on a fresh shop, with the fonts named explicitly (no dependence on the machine's fonts
unless a test asks for a system font and skips without it)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.certificates.glyphs import FontPlan, brush, sans_bold, sans_regular
from app.certificates.service import CertificateService
from app.periods import Month
from app.settings import SHOP_NAME

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "certificates"
OCT = Month(2026, 10)
BUNDLED = FontPlan(title=brush(), name=brush(), body=sans_regular(), bold=sans_bold(),
                   fallbacks=(brush(), sans_regular()))
NO_FALLBACK = FontPlan.sans_only(fallbacks=())
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture
def service(shop):
    shop.settings.set(SHOP_NAME, "小橙子旗舰店")
    return CertificateService(shop.store, shop.ctx, shop.settings, BUNDLED)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdf_fonts(path: Path) -> list[dict]:
    """Every font object the PDF's pages and forms use: base name, subtype, embedded file."""
    found = {}
    reader = PdfReader(path)

    def visit(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = {"subtype": str(font["/Subtype"]),
                                             "embedded": "/FontFile2" in descriptor}
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return [{"name": name, **info} for name, info in found.items()]


def to_png(pdf: Path, stem: str, page: int = 1) -> Path | None:
    """One page as a PNG in tests/artifacts/certificates (to look at); None without poppler."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                        str(ARTIFACTS / stem)], check=True, timeout=60)
    except FileNotFoundError:
        return None
    return ARTIFACTS / f"{stem}.png"
