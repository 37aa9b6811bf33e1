"""How a certificate document's streams are deflated when it is saved.

The embedded font subsets' files and character maps are deflated at zlib's quickest level (`FontDeflate`), as the
pages are, rather than at reportlab's level 6: the same fonts, in about half the time, for a twentieth more bytes.

A long document's streams are deflated two at a time: zlib lets go of the interpreter while it compresses, so on
a machine with a second core free two streams are deflated at once — the pages' drawings (`pagedicts.PageStream`)
and the fonts, a tenth of a 200-certificate batch's time when deflated one after another. The bytes are those
the streams' filters make when they are written.

Both are done where reportlab's save has made the fonts' subsets and before it writes any object: `AtSave` is the
last of the document's delayed fonts, whose objects the save makes first. A stream this did not reach (a
reportlab whose save no longer makes the fonts' objects so) is deflated as it is written, by its own filter.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator

from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress

# pages from which the streams are deflated two at a time: a shorter document's are deflated as they are written
# (a thread's start and the hand-overs of the interpreter between the two cost more than half of a few pages')
FROM_PAGES = 16


class FontDeflate:
    """The font subsets' filter: zlib's quickest level with its default memory (the pages' smaller hash table,
    `render.QuickDeflate`, is slower on a font's tens of kilobytes)."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


FONTS = FontDeflate()


class Ahead:
    """A stream's filter whose encoding of the stream's content is made ahead (`run`), on either thread."""

    def __init__(self, kept, content) -> None:
        self.pdfname = kept.pdfname
        self._kept = kept
        self._content = content
        self._encoded: bytes | None = None

    def run(self) -> None:
        self._encoded = self._kept.encode(self._content)

    def encode(self, content) -> bytes:
        if content is self._content and self._encoded is not None:
            return self._encoded
        return self._kept.encode(content)

    def decode(self, encoded: bytes) -> bytes:
        return self._kept.decode(encoded)


class AtSave:
    """Appended to the document's delayed fonts after its last page: reportlab's save calls `addObjects` of each
    in turn, the fonts' making their subsets' objects, before it writes any object."""

    def __init__(self, pages: list) -> None:
        self._pages = pages  # `pagedicts.PageStream`s

    def addObjects(self, document) -> None:
        fonts = [stream for stream in document.idToObject.values() if _deflated_by_reportlab(stream)]
        if len(self._pages) < FROM_PAGES:
            for stream in fonts:
                stream.filters = [FONTS]
            return
        for stream in fonts:
            stream.filters = [Ahead(FONTS, stream.content)]
        # the fonts first: the largest streams, so that neither thread is left with one at the end
        two_at_a_time([stream.filters[0].run for stream in fonts] + [page.deflate for page in self._pages])


def _deflated_by_reportlab(stream) -> bool:
    """A stream reportlab gave its own deflate filter (the fonts' files and character maps do when the document is
    compressed)."""
    return (type(stream) is PDFStream and stream.filters == [PDFZCompress] and stream.content is not None
            and "Filter" not in stream.dictionary.dict)


def two_at_a_time(jobs: list[Callable[[], None]]) -> None:
    """Each job run once, by this thread or one other, each taking the next job left when done with one."""
    left = iter(jobs)
    try:
        # imported here, not with this module: the window imports it on a thread after the first paint, and the
        # thread pool's module cannot be imported once Python has begun to exit (a window closed at once)
        from concurrent.futures import ThreadPoolExecutor

        worker = ThreadPoolExecutor(max_workers=1)
    except RuntimeError:
        _run_each(left)
        return
    with worker:
        try:
            other = worker.submit(_run_each, left)
        except RuntimeError:  # no second thread to be had (the system refused one, or Python is shutting down)
            other = None
        _run_each(left)
        if other is not None:
            other.result()  # what went wrong on the other thread is raised here


def _run_each(jobs: Iterator[Callable[[], None]]) -> None:
    for job in jobs:
        job()
