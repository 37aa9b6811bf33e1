"""How `app.console.use_utf8_output` leaves stdout and stderr: UTF-8, written line by line, and otherwise as
Python set them up — what a stream does with a character it cannot write is kept."""

import io
import sys

import pytest

from app.console import use_utf8_output


def _stream(encoding: str, errors: str, line_buffering: bool = False) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors=errors, line_buffering=line_buffering)


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_redirected_stream_keeps_how_it_writes_what_it_cannot_encode(monkeypatch, encoding):
    """Under the C locale (cron, a container) Python writes a file name that is not UTF-8 — a surrogate escape —
    back as its own bytes: `honghua import 'bad\\xff.csv' > log` printed its name. Making the stream line by line
    reset that to strict, and the import ended in an internal error, exit 1."""
    out, err = _stream(encoding, "surrogateescape"), _stream(encoding, "backslashreplace", line_buffering=True)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    use_utf8_output()
    assert (out.encoding, out.errors, out.line_buffering) == ("utf-8", "surrogateescape", True)
    assert (err.encoding, err.errors, err.line_buffering) == ("utf-8", "backslashreplace", True)
    name = b"bad\xff.csv".decode("utf-8", "surrogateescape")
    print(name, "𠮷😀")
    print(name, file=sys.stderr)
    assert out.buffer.getvalue() == "bad\udcff.csv 𠮷😀\n".encode("utf-8", "surrogateescape")
    assert err.buffer.getvalue() == b"bad\\udcff.csv\n"

