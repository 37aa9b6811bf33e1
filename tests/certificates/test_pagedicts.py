"""The page dictionaries and page streams `pagedicts` writes, formatted once per document, are the bytes
reportlab writes for them, object numbers included; a page with anything else of its own keeps reportlab's."""

import threading

import pytest
from pypdf import PdfReader
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



def many_pages(path, pages: int) -> bytes:
    """A document of `pages` pages of different drawings (a few kilobytes of operators each, as a certificate's),
    saved as the certificates save theirs: the page streams deflated ahead, then the save."""
    c = Canvas(str(path), pagesize=PAGE_SIZES["a4-landscape"], pageCompression=0, invariant=1, pdfVersion=(1, 4))
    c._doc.defaultStreamFilters = [QuickDeflate()]
    c._doc.setCompression(1)
    shared = SharedResources(c)
    for n in range(pages):
        c.setFont("Helvetica", 10 + n % 7)
        for k in range(n % 5 + 1):
            c.drawString(72 + k, 500 - 20 * k, f"page {n}, line {k}: " + "abc " * (n % 11))
        for k in range(40 + n % 9):
            c.rect(60 + (k * 7 + n) % 23, 100 + (k * k + n) % 37, 3 + k % 5, 1 + (k + n) % 3, fill=1, stroke=0)
        c.showPage()
        shared.adopt_last_page()
    shared.deflate_pages()
    c.save()
    return path.read_bytes()


@pytest.mark.parametrize("pages", [pagedicts.DEFLATED_AHEAD_FROM, 41])
def test_page_streams_deflated_ahead_on_two_threads_are_the_bytes_deflated_one_by_one(tmp_path, monkeypatch, pages):
    threads: dict[int, int] = {}  # thread → page streams it deflated
    deflate = pagedicts.PageStream.deflate

    def counted(stream):
        threads[threading.get_ident()] = threads.get(threading.get_ident(), 0) + 1
        deflate(stream)

    monkeypatch.setattr(pagedicts.PageStream, "deflate", counted)
    ahead = many_pages(tmp_path / "ahead.pdf", pages)
    assert len(threads) == 2 and sum(threads.values()) == pages and threading.get_ident() in threads

    threads.clear()
    monkeypatch.setattr(pagedicts, "DEFLATED_AHEAD_FROM", pages + 1)
    one_by_one = many_pages(tmp_path / "one-by-one.pdf", pages)
    assert not threads
    assert ahead == one_by_one
    assert len(PdfReader(tmp_path / "ahead.pdf").pages) == pages


def test_a_batch_of_certificates_is_the_same_file_with_its_pages_deflated_ahead_or_not(service, tmp_path, monkeypatch):
    from app.certificates.model import CertificateRequest

    from .conftest import OCT

    requests = [CertificateRequest(f"员工{n}号", "销售冠军奖", OCT) for n in range(pagedicts.DEFLATED_AHEAD_FROM + 3)]
    chosen = service.options(template="classic")
    deflated: list = []  # the page streams deflated ahead of the save
    deflate_each = pagedicts._deflate_each

    def noted(streams):
        deflated.extend(streams)
        deflate_each(streams)

    monkeypatch.setattr(pagedicts, "_deflate_each", noted)
    service.print_pdf(requests, tmp_path / "ahead.pdf", chosen, shop_name="店")
    assert len(deflated) == len(requests)
    monkeypatch.setattr(pagedicts, "DEFLATED_AHEAD_FROM", len(requests) + 1)
    service.print_pdf(requests, tmp_path / "reprinted.pdf", chosen, shop_name="店")  # the same numbers
    assert len(deflated) == len(requests)
    assert (tmp_path / "ahead.pdf").read_bytes() == (tmp_path / "reprinted.pdf").read_bytes()
