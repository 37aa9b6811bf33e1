"""One PDF from a list of sheets: page size, template, reusable forms, draft mark, progress and cancel.

Written atomically: `write_pdf` draws into a temporary file beside the target, and `replace_into` syncs it
and moves it into place (`atomic_file.replace`), so a reader never sees half a file, a failed run leaves the
old file as it was, and neither does a power cut.
"""

from __future__ import annotations

import contextlib
import traceback
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Self

from app import atomic_file, os_errors
from app.certificates import blocks, ornaments
from app.certificates.glyphs import Fonts
from app.certificates.model import Images, Options, Sheet
from app.errors import Cancelled, UserError
from app.i18n import t

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]
_MM = 72 / 25.4
PAGE_SIZES = {"a4-landscape": (297 * _MM, 210 * _MM), "a4-portrait": (210 * _MM, 297 * _MM),
              "a5-landscape": (210 * _MM, 148 * _MM), "a5-portrait": (148 * _MM, 210 * _MM)}


class QuickDeflate:
    """The deflate filter of this PDF's pages and forms: zlib's quickest level, with a smaller hash table to set up
    for each stream. A page's stream is a few kilobytes of drawing operators, which this compresses to within a
    sixth of reportlab's default size in about half the time. The fonts have a filter of their own
    (`deflation.FontDeflate`). Set on the document alone: other PDFs reportlab makes are not affected.

    Left without compression, the pages took longer still: reportlab then encodes their text to PDFDocEncoding."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        packer = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS, 4)
        return packer.compress(text.encode("utf8") if isinstance(text, str) else text) + packer.flush()

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


class SharedResources:
    """One /Resources dictionary, an object of its own, that every page refers to, instead of reportlab's dictionary
    written out on each page: its fonts, its procedure sets and the forms and graphics states the page uses. The
    shared one names every form and graphics state any page uses (a page may name one it does not draw). Writing
    a dictionary per page was about a tenth of the work of a 200-certificate batch.

    A page using what only it may name (colour spaces, shadings: none of the templates do) keeps its own, as does
    one whose graphics states clash with another page's: reportlab names them per page, in the order the page first
    sets them (gRLs0, gRLs1, …). The page transition (none) and rotation (0, the default) are left out of the pages'
    dictionaries too, and their paper's box is formatted once; the dictionaries of such a page and of its stream
    are written by `pagedicts.SharedPages`, formatted once per document."""

    def __init__(self, c) -> None:
        from reportlab.pdfbase.pdfdoc import PDFResourceDictionary

        from app.certificates.pagedicts import SharedPages

        self._doc = c._doc
        self._resources = PDFResourceDictionary()
        self._resources.basicFonts()
        self._resources.allProcs()  # as reportlab's own, which takes every page to hold images
        self._reference = None
        self._boxes: dict[tuple[float, float], bytes] = {}
        filters = self._doc.defaultStreamFilters or []
        self._pages = SharedPages(filters[0]) if len(filters) == 1 else None

    def adopt_last_page(self) -> None:
        """Called after each `showPage`: the page just added shares the dictionary."""
        page = self._doc.Pages.pages[-1]
        page.Trans = None
        if not page.Rotate:
            page.Rotate = None
            page.MediaBox = self._media_box(page.pagewidth, page.pageheight)
        if page._colorsUsed or page._shadingUsed or self._clashes(page.ExtGState):
            return
        if page.XObjects:
            self._resources.XObject.update(page.XObjects.dict)
        if page.ExtGState:
            self._resources.ExtGState.update(page.ExtGState.dict)
        if self._reference is None:
            self._reference = self._doc.Reference(self._resources)
        page.Resources = self._reference
        if self._pages is not None:
            self._pages.adopt(page)

    def deflate_at_save(self) -> None:
        """Called after the last page: the fonts are deflated quickly at the save, and a long document's streams
        two at a time (`deflation.AtSave`)."""
        from app.certificates.deflation import AtSave

        if self._pages is not None:
            self._doc.delayedFonts.append(AtSave(self._pages.streams))

    def _clashes(self, states) -> bool:
        """Whether a name of the page's graphics states stands for another state in the shared dictionary."""
        shared = self._resources.ExtGState
        return bool(states) and any(name in shared and shared[name].dict != state.dict
                                    for name, state in states.dict.items())

    def _media_box(self, width: float, height: float) -> bytes:
        """The page's box as reportlab writes it, formatted once per paper: reportlab writes bytes as they are."""
        box = self._boxes.get((width, height))
        if box is None:
            from reportlab.pdfbase.pdfdoc import PDFArray, format

            box = self._boxes[width, height] = format(PDFArray([0, 0, width, height]), self._doc)
        return box


def page_size(options: Options, template: str | None = None) -> tuple[float, float]:
    """The paper of a template (the job's own by default)."""
    if (template or options.template) == "card":  # 4 (2 × 2, A4 landscape), 8 or 12 (2 × 4, 3 × 4, A4 portrait)
        return PAGE_SIZES["a4-landscape" if options.cards_per_sheet == 4 else "a4-portrait"]
    return PAGE_SIZES[options.page]


def first_sheet_box(options: Options, template: str):
    """Where the first certificate lies on its page when a page holds several (a card's cell, a `Box` in
    points from the bottom-left corner); None when it fills the page."""
    if template != "card":
        return None
    from app.certificates.card import Card

    width, height = page_size(options, template)
    return Card(None, None, None, width, height, options.cards_per_sheet).cells[0]


def make_template(c, fonts: Fonts, forms: blocks.Forms, options: Options, width: float, height: float,
                  template: str | None = None):
    name = template or options.template
    if name == "classic":
        from app.certificates.classic import Classic

        return Classic(c, fonts, forms, width, height)
    if name == "modern":
        from app.certificates.modern import Modern

        return Modern(c, fonts, forms, width, height)
    from app.certificates.card import Card

    return Card(c, fonts, forms, width, height, options.cards_per_sheet)


def runs_of_templates(sheets: list[Sheet], options: Options) -> list[tuple[str, list[Sheet]]]:
    """Consecutive sheets printed with the same template (each award may have its own)."""
    runs: list[tuple[str, list[Sheet]]] = []
    for sheet in sheets:
        name = options.template_for(sheet.award)
        if runs and runs[-1][0] == name:
            runs[-1][1].append(sheet)
        else:
            runs.append((name, [sheet]))
    return runs


def draw_pdf(path: str | Path, sheets: list[Sheet], options: Options, images: Images, fonts: Fonts, *,
             title: str = "", author: str = "", progress: Progress | None = None,
             cancel: CancelFlag | None = None) -> int:
    """Draw every sheet (a page each; cards several to a page) into `path`; returns the page count."""
    from reportlab import rl_config

    # The shop's images as plain deflate, not ASCII85 over deflate: a fifth smaller, and reportlab's ASCII85
    # encoder is pure Python here. Both are standard PDF. (The pages and forms take the document's `QuickDeflate`.)
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        return _draw_pdf(path, sheets, options, images, fonts, title, author, progress, cancel)
    finally:
        rl_config.useA85 = a85


def _draw_pdf(path, sheets: list[Sheet], options: Options, images: Images, fonts: Fonts, title: str, author: str,
              progress: Progress | None, cancel: CancelFlag | None) -> int:
    from reportlab.pdfgen.canvas import Canvas

    runs = runs_of_templates(sheets, options)
    c = Canvas(str(path), pagesize=page_size(options, runs[0][0] if runs else None), initialFontName=fonts.initial,
               initialFontSize=10, pageCompression=0, invariant=1, pdfVersion=(1, 4))  # 1.4: the seal's blend mode
    # pages and forms without a filter of their own take the document's default: compressed, but quickly
    c._doc.defaultStreamFilters = [QuickDeflate()]
    c._doc.setCompression(1)  # the fonts are compressed as reportlab does
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("红花榜 Honghua")
    forms = blocks.make_forms(c, fonts, images)
    resources = SharedResources(c)
    made: dict[str, object] = {}
    pages = done = 0
    total = len(sheets)
    for name, group in runs:
        width, height = page_size(options, name)
        c.setPageSize((width, height))  # before the template's forms, which take the page as their box
        template = made.get(name)
        if template is None:
            template = made[name] = make_template(c, fonts, forms, options, width, height, name)
            template.static()
        per_page = getattr(template, "per_page", 1)
        for start in range(0, len(group), per_page):
            if cancel is not None and cancel():
                raise Cancelled()
            chunk = group[start:start + per_page]
            if per_page == 1:
                template.draw(chunk[0])
            else:
                template.draw_page(chunk)
            if any(s.draft for s in chunk):
                ornaments.draft_mark(c, fonts.title, width, height)
            c.showPage()
            resources.adopt_last_page()
            pages += 1
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    resources.deflate_at_save()
    try:
        c.save()
    except BaseException as e:
        # reportlab opens the file before it makes the document (its streams deflated on a second thread too) and
        # holds it in these frames: let go of it, so that Windows lets the file be removed, whatever went wrong
        traceback.clear_frames(e.__traceback__)
        raise
    return pages


def writable_target(path: str | Path) -> Path:
    """The target, checked before any work: its folder exists (or is made), it is not a folder, and an
    existing file is not held open by another program (Windows locks a PDF open in a viewer)."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(t("{path} 是一个文件夹，请指定 PDF 文件名", path=target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            with target.open("r+b"):
                pass
    except OSError as e:
        raise _refused(target, e) from None
    return target


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A temporary file in the target's folder, removed unless the caller moved it into place."""
    try:
        atomic_file.remove_stale_temps(target.parent)
        tmp = atomic_file.new_temp(target.parent, ".certificates-", ".pdf" + atomic_file.TEMP_MARK)
    except OSError as e:  # a folder that cannot be written (the numbers given in this run are rolled back)
        raise UserError(os_errors.describe(e)) from None
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def writing(target: Path) -> Iterator[None]:
    """The drawing of `target`'s temporary file: a disk that fails under it (full, gone, read-only) is said of
    `target`; reportlab's write names no file."""
    try:
        yield
    except OSError as e:
        if e.errno not in os_errors.ENVIRONMENT:
            raise
        raise _refused(target, e) from None  # reportlab's frames let go of the file (`_draw_pdf`)


def replace_into(tmp: Path, target: Path) -> None:
    try:
        atomic_file.replace(tmp, target)
    except OSError as e:
        raise _refused(target, e) from None


def _refused(target: Path, e: OSError) -> UserError:
    """Why the target cannot be written, in the user's language; only a refused permission (Windows says so
    for a PDF open in a viewer) asks whether another program has the file open."""
    return UserError(t("无法写入 {path}：{reason}", path=target, reason=os_errors.reason(e)))


class Temps:
    """Temporary files beside their targets, all removed at the end unless moved into place."""

    def __init__(self) -> None:
        self._open: list = []

    def beside(self, target: Path) -> Path:
        manager = temp_beside(target)
        self._open.append(manager)
        return manager.__enter__()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        for manager in reversed(self._open):
            manager.__exit__(None, None, None)
