"""The pages of a print job painted onto a QPrinter (a PDF file here): in their colours, in order, each copy
of a job the printer cannot copy itself painted from the page's one rendering."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A5, landscape
from reportlab.pdfgen import canvas

from ui.dialogs import certificate_print

RED, BLUE = (0.8, 0.1, 0.1), (0.1, 0.2, 0.8)


def _job(path: Path) -> Path:
    page = canvas.Canvas(str(path), pagesize=landscape(A5))
    for colour in (RED, BLUE):
        page.setFillColorRGB(*colour)
        page.rect(0, 0, *landscape(A5), fill=1, stroke=0)
        page.showPage()
    page.save()
    return path


def _centres(path: Path) -> list[tuple[int, int, int]]:
    document = pdfium.PdfDocument(str(path))
    try:
        centres = []
        for index in range(len(document)):
            image = document[index].render(scale=0.2).to_pil().convert("RGB")
            centres.append(image.getpixel((image.width // 2, image.height // 2)))
        return centres
    finally:
        document.close()


def _printed_twice(tmp_path, monkeypatch, *, collate: bool) -> tuple[list[int], list[tuple[int, ...]]]:
    """Two copies of the two-page job printed to a PDF file by a printer that cannot make copies itself: the
    pages rendered, and each printed page's centre colour."""
    job, out = _job(tmp_path / "job.pdf"), tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    certificate_print.set_paper(printer, *certificate_print.page_sizes(job)[0])
    printer.setCopyCount(2)
    printer.setCollateCopies(collate)
    assert not printer.supportsMultipleCopies()  # so the pages are repeated
    drawn = []
    real = certificate_print.rendered
    monkeypatch.setattr(certificate_print, "rendered", lambda doc, page, dpi: drawn.append(page) or real(doc, page, dpi))
    assert certificate_print.paint(printer, job) == ""
    return drawn, _centres(out)


def test_copies_are_painted_in_order_from_one_rendering_of_each_page(qapp, tmp_path, monkeypatch):
    drawn, centres = _printed_twice(tmp_path, monkeypatch, collate=True)
    assert sorted(drawn) == [0, 1]
    red, blue = tuple(round(255 * c) for c in RED), tuple(round(255 * c) for c in BLUE)
    assert len(centres) == 4
    for got, want in zip(centres, [red, blue, red, blue], strict=True):
        assert all(abs(g - w) <= 3 for g, w in zip(got, want, strict=True)), centres


def test_uncollated_copies_repeat_each_page_before_the_next(qapp, tmp_path, monkeypatch):
    drawn, centres = _printed_twice(tmp_path, monkeypatch, collate=False)  # 逐份打印 off in the print dialog: 1,1,2,2
    assert drawn == [0, 1]
    red, blue = tuple(round(255 * c) for c in RED), tuple(round(255 * c) for c in BLUE)
    assert len(centres) == 4
    for got, want in zip(centres, [red, red, blue, blue], strict=True):
        assert all(abs(g - w) <= 3 for g, w in zip(got, want, strict=True)), centres
