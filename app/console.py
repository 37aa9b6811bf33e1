"""What `honghua` prints, whether to a console, a pipe or a file: UTF-8 text, the same in every code page.

A Windows console shows any character (Python writes to it through the console's own API); a redirected
scheduled task or a pipe would get the ANSI code page (936 on a Chinese Windows, 1252 on an English one),
which has no 𠮷 or emoji — and no Chinese at all in 1252 — so a name or a help text would end the command
with UnicodeEncodeError. JSON on stdout is ASCII besides (`app.cli.common.emit_json`).
"""

from __future__ import annotations

import os
import sys

DEBUG_ENV = "HONGHUA_DEBUG"


def use_utf8_output() -> None:
    """Switch stdout and stderr to UTF-8 (both the command line's and the window program's: its --help and
    the messages it prints). A program started without a console (`pythonw`, or the window program 红花榜.exe
    given a command by the Task Scheduler) has None for them: they write to the null device instead, so that a
    command asking what it prints to does its work all the same.

    Both are written line by line: stdout going to a file is otherwise kept in a buffer until the end, and a log
    of both (`> 日志.txt 2>&1`) had every stderr line first, far from the output it was about."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 — kept for the whole run
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if (encoding == "utf8" and getattr(stream, "line_buffering", True)) or not hasattr(stream, "reconfigure"):
            continue
        try:
            # what it does with a character it cannot write stays: the C locale's surrogateescape writes a file
            # name that is not UTF-8 back as its bytes; strict would end the command with UnicodeEncodeError
            stream.reconfigure(encoding="utf-8", errors=stream.errors, line_buffering=True)
        except (ValueError, OSError) as e:  # a stream that cannot switch keeps its encoding
            if os.environ.get(DEBUG_ENV):
                print(f"stdout encoding unchanged: {e}", file=sys.__stderr__)
