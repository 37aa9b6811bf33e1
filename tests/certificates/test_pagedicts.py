"""The page dictionaries and page streams `pagedicts` writes, formatted once per document, are the bytes
reportlab writes for them, object numbers included; a page with anything else of its own keeps reportlab's."""

import pytest
from reportlab.lib.colors import CMYKColorSep
from reportlab.pdfgen.canvas import Canvas

from app.certificates import pagedicts
from app.certificates.render import PAGE_SIZES, QuickDeflate, SharedResources

SHARED, OWN = "shared", "own"


def pages(c: Canvas):
    """Pages of two papers, plain or with what only reportlab writes (and whether `pagedicts` may write them)."""
    def text(words):
        c.setFont("Helvetica", 14)
        c.drawString(72, 300, words)
        c.rect(60, 280, 300, 50)

    yield SHARED, lambda: text("first (A4)")
    yield SHARED, lambda: text("second, on the same paper")
    yield SHARED, lambda: (c.setPageSize(PAGE_SIZES["a5-portrait"]), text("A5, another box"))
    yield OWN, lambda: (c.setPageDuration(3), text("shown 3 seconds"))
    yield SHARED, lambda: (c.setPageDuration(None), text("back to plain, A5"))
    yield OWN, lambda: (c.setPageRotation(90), text("turned"))
    yield OWN, lambda: (c.setPageRotation(0), c.setCropBox((0, 0, 200, 200)), text("cropped"))
    yield SHARED, lambda: (c.setCropBox(None), c.setPageSize(PAGE_SIZES["a4-landscape"]), text("A4 again"))
    yield OWN, lambda: (c.linkURL("https://example.com", (60, 280, 360, 330)), text("a link"))
    yield OWN, lambda: (c.setFillColor(CMYKColorSep(0, 1, 1, 0, spotName="Red")), text("a spot colour"))
    yield SHARED, lambda: text("last")


def draw(path, written_by_pagedicts: list) -> bytes:
    c = Canvas(str(path), pagesize=PAGE_SIZES["a4-landscape"], pageCompression=0, invariant=1, pdfVersion=(1, 4))
    c._doc.defaultStreamFilters = [QuickDeflate()]
    c._doc.setCompression(1)
    shared = SharedResources(c)
    for kind, drawing in pages(c):
        drawing()
        c.showPage()
        shared.adopt_last_page()
        page = c._doc.Pages.pages[-1]
        written_by_pagedicts.append((kind, "format" in vars(page)))
    c.save()
    return path.read_bytes()


def test_pages_written_once_formatted_are_the_bytes_reportlab_writes(tmp_path, monkeypatch):
    adopted: list = []
    ours = draw(tmp_path / "ours.pdf", adopted)
    assert [kind for kind, by_pagedicts in adopted if by_pagedicts] == [kind for kind, _ in adopted if kind == SHARED]
    assert all(kind == SHARED for kind, by_pagedicts in adopted if by_pagedicts)

    monkeypatch.setattr(pagedicts.SharedPages, "adopt", lambda self, page: None)
    left: list = []
    theirs = draw(tmp_path / "reportlab.pdf", left)
    assert not any(by_pagedicts for _, by_pagedicts in left)
    assert ours == theirs


@pytest.mark.parametrize("filters", [None, [QuickDeflate(), QuickDeflate()]])
def test_a_document_without_one_filter_of_its_own_keeps_reportlabs_pages(tmp_path, filters):
    c = Canvas(str(tmp_path / "c.pdf"), pageCompression=0, invariant=1)
    c._doc.defaultStreamFilters = filters
    shared = SharedResources(c)
    c.drawString(72, 300, "plain")
    c.showPage()
    shared.adopt_last_page()
    assert "format" not in vars(c._doc.Pages.pages[-1])
    c.save()


def test_a_reportlab_whose_page_has_another_default_entry_keeps_its_own_pages(tmp_path, monkeypatch):
    from reportlab.pdfbase.pdfdoc import PDFName, PDFPage

    monkeypatch.setattr(PDFPage, "__Defaults__", {**PDFPage.__Defaults__, "Tabs": PDFName("S")})
    adopted: list = []
    ours = draw(tmp_path / "ours.pdf", adopted)
    assert not any(by_pagedicts for _, by_pagedicts in adopted)
    monkeypatch.setattr(pagedicts.SharedPages, "adopt", lambda self, page: None)
    theirs = draw(tmp_path / "reportlab.pdf", [])
    assert ours.count(b"/Tabs /S") == len(adopted)
    assert ours == theirs
