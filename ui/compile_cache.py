"""Code the start compiles from source text every time, compiled once and kept in the user's cache folder.

Three kinds of it, each a few percent of the start, with no .pyc to keep them:
- PySide6's support modules: shiboken6 carries its support code (`shibokensupport`: the signatures, the
  `__feature__` import hook) as source text inside its library, and its importer compiles those 14 modules with
  `compile` at every start (the bare window's too): about 119 M instructions, 20 ms (`compiled_once`).
- The dataclasses' methods: Python 3.11 writes each dataclass's `__init__`, `__repr__`, `__eq__` … as source
  text and runs it with `exec` when the class is made (`dataclasses._create_fn`): some 190 texts for the 30 or so
  classes the board's modules make, about 104 M instructions (`dataclasses_compiled_once`).
- Regular expressions: PySide6's support code compiles three long verbose ones (its signature parser and stub
  generator, 6 KB each) as it is imported, and `gettext` and `textwrap`, which it imports, two shorter ones: about
  14 ms; with the standard library's and ours, some 20 patterns. Inside both blocks, `re` gets a pattern's compiled
  form (what its parser and code generator hand `_sre.compile`) from the file too; such a pattern gives none of the
  parser's warnings, as a .pyc gives no compiler's warning.
Inside the block, such a compile is answered with the code object an earlier start kept (marshalled, as a .pyc
keeps it), and what had to be compiled is kept for the next start. A code object is taken only for the very source,
file name, mode and flags it was compiled from, out of a file written by the same Python (its bytecode,
`importlib.util.MAGIC_NUMBER`, and its very release and build, `sys.version`: a patch release may compile the same
text otherwise) and, for PySide6's, the same PySide6 version; a file missing, cut short, damaged (its checksum:
a flipped bit in a code object would run as it is, or stop the start at every launch), too big or of another
version is compiled without, and written again. The bundle does the same, into the user's folder (its
first run-time hook, scripts/rthook_pyside_compiled_once.py, imports PySide6 before PyInstaller's own hook does).
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import marshal
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

PYSIDE_CACHE = "pyside-support.marshal"
DATACLASSES_CACHE = "dataclasses.marshal"
LARGEST_READ = 16 * 1024 * 1024  # bytes; the files are some 300 KB
# What `compile` and `exec` take from the code calling them (unless told not to): its `from __future__` imports.
_FUTURE_FLAGS = sum({getattr(__future__, name).compiler_flag for name in __future__.all_feature_names}
                    - {__future__.CO_NESTED})  # type: ignore[attr-defined]
_ABSENT = object()


def pyside_version() -> str | None:
    """PySide6's version while it is imported: its `__init__` sets it before it imports shiboken6, which compiles."""
    return getattr(sys.modules.get("PySide6"), "__version__", None)


@contextlib.contextmanager
def compiled_once(path: Path, version: Callable[[], str | None] = pyside_version) -> Iterator[None]:
    """Inside the block, `builtins.compile` answers a source it compiled at an earlier start from `path`: for
    importing PySide6. It is the one it was before once the block ends."""
    kept = KeptCode(path, version)
    with _answered(kept, (builtins, "compile", kept.compile), *_patterns_answered(kept)):
        yield


@contextlib.contextmanager
def dataclasses_compiled_once(path: Path) -> Iterator[None]:
    """Inside the block, the dataclasses made take their methods' code from `path` when an earlier start kept it:
    the name `exec` in the `dataclasses` module (a builtin everywhere else) runs the code kept for the text."""
    import dataclasses

    kept = KeptCode(path, lambda: "dataclasses")  # their code depends on the text and Python alone
    with _answered(kept, (dataclasses, "exec", kept.exec), *_patterns_answered(kept)):
        yield


def _patterns_answered(kept: KeptCode) -> list[tuple[ModuleType, str, object]]:
    """`re`'s compiler answered from `kept`, where this Python compiles patterns as `compiled_pattern` does."""
    compiler = getattr(re, "_compiler", None)
    known = all(hasattr(compiler, name) for name in ("compile", "_code", "_parser", "_sre", "SRE_FLAG_DEBUG"))
    return [(compiler, "compile", kept.pattern)] if known else []


@contextlib.contextmanager
def _answered(kept: KeptCode, *replaced: tuple[ModuleType, str, object]) -> Iterator[None]:
    """Each `namespace.name` is its `value` inside the block, then what it was. What had to be compiled is kept after
    a block that ended well; after one an error left, the file is removed if it held code, so that no code the start
    failed with is taken again."""
    before = [namespace.__dict__.get(name, _ABSENT) for namespace, name, _ in replaced]
    for namespace, name, value in replaced:
        setattr(namespace, name, value)
    try:
        yield
    except BaseException:
        kept.forget()
        raise
    finally:
        for (namespace, name, _), was in zip(replaced, before):
            if was is _ABSENT:
                delattr(namespace, name)
            else:
                setattr(namespace, name, was)
    kept.save()


class KeptCode:
    """Code objects by the source, name, mode, flags and optimize level they were compiled with. The file is read
    at the first compile asked for (PySide6's version is known then) and written (atomically) by `save` when
    anything had to be compiled; a file that cannot be written only leaves the next start to compile again."""

    def __init__(self, path: Path, version: Callable[[], str | None]) -> None:
        self.path, self.version, self.original = path, version, builtins.compile
        self.original_pattern = getattr(re, "_compiler", re).compile
        self.stamp: tuple[bytes, str, str] | None = None
        self.known: dict[tuple, CodeType | tuple] | None = None
        self.used: dict[tuple, CodeType | tuple] = {}
        self.compiled = False

    def compile(self, source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
                optimize: int = -1, **more: Any) -> Any:
        # shiboken6's importer asks with the source, its name and the mode only; anything else (a module imported
        # from its .py file, an AST asked for) is compiled as asked
        plain = not (flags or dont_inherit or optimize != -1 or more)
        kept = plain and type(source) is bytes and type(filename) is str
        if not dont_inherit:  # the caller's future imports, as `compile` itself would have taken them
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        if not kept:
            return self.original(source, filename, mode, flags, True, optimize, **more)
        return self.code(source, filename, mode, flags)

    def exec(self, source: Any, globals: dict, locals: Any = None, /) -> None:  # the names `exec` gives them
        """`exec` as dataclasses calls it: a source text, the globals and a namespace to define its function in."""
        if type(source) is str:  # compiled as `exec` does: named <string>, with the caller's future imports
            source = self.code(source, "<string>", "exec", sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS)
        builtins.exec(source, globals, locals)  # noqa: S102  # dataclasses' own call, run as it asked

    def pattern(self, pattern: Any, flags: int = 0) -> Any:
        """`re._compiler.compile`: a text or bytes pattern's compiled form (not one asked to be shown, re.DEBUG)."""
        if type(pattern) not in (str, bytes) or type(flags) is not int or flags & re._compiler.SRE_FLAG_DEBUG:
            return self.original_pattern(pattern, flags)
        key = (pattern, flags)
        kept = self._known().get(key)
        if kept is not None:  # of the shape this version keeps; what it holds _sre checks as it takes it
            with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError, RuntimeError):
                compiled = re._compiler._sre.compile(pattern, *kept)
                self.used[key] = kept
                return compiled
        # parsed here, where `re._compiler.compile` parses it: the parser's warnings name the line so many frames up
        parts = compiled_pattern(re._compiler._parser.parse(pattern, flags), flags)
        self.compiled = True
        self.used[key] = parts
        return re._compiler._sre.compile(pattern, *parts)

    def code(self, source: str | bytes, filename: str, mode: str, flags: int) -> CodeType:
        key = (source, filename, mode, flags, sys.flags.optimize)
        code = self._known().get(key)
        if code is None:
            code = self.original(source, filename, mode, flags, True)
            self.compiled = True
        self.used[key] = code
        return code

    def _known(self) -> dict[tuple, CodeType | tuple]:
        if self.known is None:
            version = self.version()
            self.stamp = (MAGIC_NUMBER, sys.version, version) if version else None
            self.known = read(self.path, self.stamp) if self.stamp else {}
        return self.known

    def forget(self) -> None:
        if self.known:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def save(self) -> None:
        if not (self.compiled and self.stamp):
            return
        from app.atomic_file import replaced_atomically
        from app.errors import UserError

        try:
            with replaced_atomically(self.path, self.path.suffix) as tmp:
                tmp.write_bytes(contents(self.stamp, self.used))
        except (UserError, OSError):
            pass  # a cache folder that cannot be written: the next start compiles again


def compiled_pattern(parsed: Any, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple]:
    """What `re._compiler.compile` hands `_sre.compile` after the pattern, from the pattern `re._parser` parsed: its
    flags, code, number of groups and the groups' names both ways (Python 3.11 to 3.13 compile a pattern so)."""
    code = [int(op) for op in re._compiler._code(parsed, flags)]  # its opcodes are an int subclass marshal refuses
    names = dict(parsed.state.groupdict)
    names_by_number: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        names_by_number[number] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(names_by_number)


def contents(stamp: tuple[bytes, str, str], codes: dict[tuple, CodeType | tuple]) -> bytes:
    """The file's bytes: the marshalled stamp and code, after their CRC-32."""
    kept = marshal.dumps((stamp, codes))
    return zlib.crc32(kept).to_bytes(4, "little") + kept


def read(path: Path, stamp: tuple[bytes, str, str]) -> dict[tuple, CodeType | tuple]:
    """The code kept in `path` under `stamp`; nothing from a file missing, too big, damaged or of another stamp."""
    try:
        with path.open("rb") as file:
            data = file.read(LARGEST_READ + 1)
    except OSError:
        return {}
    kept = memoryview(data)[4:]  # not a copy
    if len(data) > LARGEST_READ or data[:4] != zlib.crc32(kept).to_bytes(4, "little"):
        return {}
    try:
        kept_stamp, codes = marshal.loads(kept)
    except Exception:  # noqa: BLE001  # whatever marshal makes of bytes it did not write (SystemError, MemoryError)
        return {}
    if kept_stamp != stamp or type(codes) is not dict:
        return {}
    return {key: kept for key, kept in codes.items() if _kept_as_now(key, kept)}


def _kept_as_now(key: Any, kept: Any) -> bool:
    """An entry as this version keeps it (the checksum says the file is whole, not that another version of the app,
    writing under the same stamp, kept an entry alike): a code object under a source's key, under a pattern's the
    five things `compiled_pattern` gives."""
    if type(key) is not tuple:
        return False
    if len(key) == 5:
        return type(kept) is CodeType
    if len(key) != 2 or type(kept) is not tuple or tuple(map(type, kept)) != (int, list, int, dict, tuple):
        return False
    _, _, groups, names, names_by_number = kept  # the names both ways, as many as the groups
    return len(names_by_number) == groups + 1 and len(names) == groups + 1 - names_by_number.count(None) and all(
        type(number) is int and 0 < number <= groups and names_by_number[number] == name
        for name, number in names.items())
