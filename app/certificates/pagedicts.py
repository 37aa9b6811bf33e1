"""A certificate page's dictionary and its drawing's stream dictionary, written with the bytes reportlab writes
but formatted once per document and paper: reportlab formats them key by key on every page (each name escaped,
each value dispatched on its type), about a fourteenth of the work of a 200-certificate batch.

Only a page `render.SharedResources` gave the shared /Resources, with no rotation, transition or other entry
of its own, is written so (`shares_dictionary`); any other keeps reportlab's own formatting. The object numbers
are given in reportlab's order: the page's stream is registered when its page is written, as reportlab does.
A long document's page streams are deflated at its save two at a time (`deflation.AtSave`).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObject, PDFPage, format

_HOLE = b"\x00value\x00"
_WRITTEN = {"Parent", "MediaBox", "Resources", "Contents"}
_LEFT_EMPTY = [name for name in getattr(PDFPage, "__NoDefault__", ()) if name not in _WRITTEN]


def knows_reportlabs_page() -> bool:
    """Whether reportlab's page has the entries this module writes: /Type its one default, and the others among
    those it has none for (`_LEFT_EMPTY` the rest). A reportlab whose page has more keeps its own formatting:
    pyproject asks only for reportlab 4.0 or newer."""
    defaults, others = getattr(PDFPage, "__Defaults__", None), getattr(PDFPage, "__NoDefault__", None)
    return (isinstance(defaults, dict) and defaults.keys() == {"Type"} and isinstance(others, list | tuple)
            and _WRITTEN <= set(others))


def shares_dictionary(page) -> bool:
    """Whether the page holds nothing but its box, the shared resources and its drawing, to be deflated by the
    document's filter."""
    return bool(not page.Override_default_compilation and not page.compression and page.Contents is None
                and page.stream and isinstance(page.MediaBox, bytes) and page.Resources is not None
                and not any(getattr(page, name, None) for name in _LEFT_EMPTY))


def _around_hole(entries: dict, document) -> tuple[bytes, bytes]:
    """reportlab's formatting of a dictionary, cut where its one variable value (`_HOLE`) stands."""
    before, after = format(PDFDictionary(entries), document).split(_HOLE)
    return before, after


class PageStream(PDFObject):
    """A page's drawing operators, deflated by the document's filter, with reportlab's stream dictionary."""

    __RefOnly__ = 1  # an object of its own, as reportlab's page streams

    def __init__(self, operators: str, shared: SharedPages) -> None:
        self._operators = operators
        self._shared = shared
        self.deflated: bytes | None = None  # the operators deflated before they are written (`deflation.AtSave`)

    def deflate(self) -> None:
        self.deflated = self._shared.deflate.encode(self._operators)

    def format(self, document) -> bytes:
        deflated = self.deflated if self.deflated is not None else self._shared.deflate.encode(self._operators)
        content = document.encrypt.encode(deflated)
        before, after = self._shared.stream_dictionary(document)
        return before + b"%d" % len(content) + after + b"\nstream\n" + content + b"endstream\n"


class SharedPages:
    """The dictionaries of one document's shared pages (`adopt` each after `showPage`)."""

    def __init__(self, deflate) -> None:
        self.deflate = deflate  # the document's page filter (`render.QuickDeflate`)
        self._stream: tuple[bytes, bytes] | None = None
        self._dictionaries: dict[tuple[bytes, object], tuple[bytes, bytes]] = {}
        self._known = knows_reportlabs_page()
        self.streams: list[PageStream] = []  # every page's, in order

    def stream_dictionary(self, document) -> tuple[bytes, bytes]:
        if self._stream is None:
            self._stream = _around_hole({"Filter": PDFArray([PDFName(self.deflate.pdfname)]), "Length": _HOLE},
                                        document)
        return self._stream

    def adopt(self, page) -> None:
        """A page that `shares_dictionary` is written by `page_format` rather than by reportlab's `PDFPage.format`."""
        if self._known and shares_dictionary(page):
            page.format = self.page_format(page)  # reportlab calls `obj.format(document)`: the page's own comes first

    def page_format(self, page):
        """What writes `page` (already given its box and the shared resources' reference) at the save."""
        box, resources, stream = page.MediaBox, page.Resources, PageStream(page.stream, self)
        self.streams.append(stream)

        def formatted(document) -> bytes:
            # the parent is formatted here, at the save: reportlab numbers the page tree when it writes it
            around = self._dictionaries.get((box, resources.name))
            if around is None:
                around = self._dictionaries[box, resources.name] = _around_hole(
                    {"Contents": _HOLE, "MediaBox": box, "Parent": document.Reference(document.Pages),
                     "Resources": resources, "Type": PDFName("Page")}, document)
            return around[0] + document.Reference(stream).format(document) + around[1]

        return formatted
