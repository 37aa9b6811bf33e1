"""The code of the dataclasses' generated methods, kept compiled from one start of the window to the next, as Python
keeps a module's.

Python 3.11 makes each dataclass's `__init__`, `__repr__`, `__eq__` (and a frozen one's `__setattr__`, `__delattr__`,
`__hash__`) by compiling their source text when the class is made: about 100 M instructions, 7 % of the window's
start to its first paint, for the 29 dataclasses it makes (some 190 functions). `keep_compiled` has `dataclasses`
compile each text once; `keep_for_next_start`, called after the first paint, writes the code of the texts the start
compiled beside our compiled modules (their __pycache__ folder, or PYTHONPYCACHEPREFIX's), unless Python writes no
bytecode, and the next start reads it back. The code is what `exec` makes of the same text (the same file name, no
flags of ours), so the classes are the same; a file of another Python, a damaged one or none is ignored, and the
texts are compiled as before.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType

_codes: dict[str, CodeType] = {}  # a method's source text → its code
_started_with: set[str] = set()  # the texts read from the file
_by_the_start: dict[str, CodeType] = {}  # the texts the start used, written for the next one
_recording = True


def keep_compiled() -> None:
    """Compile each dataclass method's text once, reading what the last start compiled (call before the modules
    that make dataclasses are imported)."""
    if getattr(dataclasses, "exec", None) is _exec:
        return
    read = _read(cache_file())
    _codes.update(read)
    _started_with.update(read)
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the built-in exec by `dataclasses`


def _exec(source: str | CodeType, globals: dict | None = None, locals: dict | None = None) -> None:
    if isinstance(source, str):
        code = _codes.get(source)
        if code is None:
            code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
        if _recording:
            _by_the_start[source] = code
        source = code
    exec(source, vars(dataclasses) if globals is None else globals, locals)  # noqa: S102


def keep_for_next_start() -> None:
    """Write the code of the texts the start compiled for the next start, when it differs from what this one read
    (and Python writes bytecode); what is compiled from now on is not kept."""
    global _recording
    _recording = False
    used = dict(_by_the_start)
    _by_the_start.clear()
    if sys.dont_write_bytecode or not used or set(used) == _started_with:
        return
    path = cache_file()
    if path is None:
        return
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(importlib.util.MAGIC_NUMBER + marshal.dumps(used))
        os.replace(part, path)  # whole or not at all, also with two windows starting at once
    except OSError:  # a read-only folder (an installed copy): the next start compiles them again
        part.unlink(missing_ok=True)


def cache_file() -> Path | None:
    """Where the code is kept: beside this module's own compiled file."""
    try:
        compiled = Path(importlib.util.cache_from_source(__file__))
    except (NotImplementedError, ValueError):  # a Python that keeps no compiled files
        return None
    return compiled.with_name(f"dataclass-methods.{sys.implementation.cache_tag}.marshal")


def _read(path: Path | None) -> dict[str, CodeType]:
    if path is None:
        return {}
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(importlib.util.MAGIC_NUMBER):  # written by another Python
        return {}
    try:
        codes = marshal.loads(data[len(importlib.util.MAGIC_NUMBER):])
    except (EOFError, ValueError, TypeError):  # cut off or damaged
        return {}
    if not isinstance(codes, dict):
        return {}
    return {text: code for text, code in codes.items() if isinstance(text, str) and isinstance(code, CodeType)}
