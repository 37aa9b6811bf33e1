"""Certificates on a fresh shop, with the fonts named explicitly (no dependence on the machine's fonts
unless a test asks for a system font and skips without it)."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.certificates.glyphs import FontPlan, brush, sans_bold, sans_regular
from app.certificates.service import CertificateService
from app.domain import StaffDraft
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


SEP = Month(2026, 9)
PLAN = {
    "name": "证书测试方案", "key": "cert-test",
    "rules": [
        {"name": "阶段目标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales", "certificate": True,
         "stages": [{"percent": 100, "amount": 200}]},
        {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "per": "count",
         "amount": 20},
        {"name": "优秀部门", "kind": "best", "period": "month", "pays": "honour", "recipient": "department",
         "metric": "achievement", "certificate": True},
    ],
}
NAMES = ["CON", "a/b", "小美.", "小美.", "欧阳娜娜娜"]


@pytest.fixture
def team(shop, tmp_path):
    """Five people of 客服部 who all reach September's target (two of them called 小美.)."""
    ids = []
    sales = shop.metrics.get("sales")
    for name in NAMES:
        person = shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2026, 1, 1)))
        ids.append(person.id)
        shop.targets.set_staff(SEP, person.id, sales, 100_000)
        with shop.store.atomic():
            shop.store.values.set_many([("sales", date(2026, 9, 10), person.id, 150_000)])
        shop.events.add(date(2026, 9, 11), person.id, "表扬")
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(plan))
    return ids


class WindowsFiles:
    """Windows refuses to remove a file a program still has open: so it would the temporary PDF that reportlab's save
    opened, were the file still held by the frames of an error raised during the save. With `disk_full`, each write
    of reportlab's fails as on a full disk."""

    def __init__(self, monkeypatch) -> None:
        import errno
        import io
        import pathlib
        import weakref

        from reportlab.pdfbase import pdfdoc

        self.disk_full = False
        opened: dict[str, weakref.ref] = {}
        windows = self

        class Written(io.FileIO):
            def write(self, data):
                if windows.disk_full:
                    raise OSError(errno.ENOSPC, "No space left on device")
                return super().write(data)

        def tracked_open(name, mode):
            handle = Written(name, "wb")
            opened[str(name)] = weakref.ref(handle)
            return handle

        unlink = pathlib.Path.unlink

        def windows_unlink(path, missing_ok=False):
            handle = opened.get(str(path), lambda: None)()
            if handle is not None and not handle.closed:
                raise PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。", str(path))
            unlink(path, missing_ok=missing_ok)

        monkeypatch.setattr(pdfdoc, "open", tracked_open, raising=False)
        monkeypatch.setattr(pathlib.Path, "unlink", windows_unlink)


@pytest.fixture
def windows_files(monkeypatch) -> WindowsFiles:
    return WindowsFiles(monkeypatch)
