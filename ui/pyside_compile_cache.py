"""PySide6's support modules compiled once, their code kept in the user's cache folder for the next start.

shiboken6 carries its support code (`shibokensupport`: the signatures, the `__feature__` import hook) as source text
inside its library, and its importer compiles those 14 modules with `compile` at every start — there is no .pyc
for them: about 20 ms of every start, the bare window's too. While PySide6 is imported, `compiled_once` answers such
a `compile` with the code object an earlier start kept (marshalled, as a .pyc keeps it), and keeps what it had to
compile for the next start. A code object is taken only for the very source, file name, mode, flags and optimize
level it was compiled from, out of a file written by the same Python bytecode (`importlib.util.MAGIC_NUMBER`) and
PySide6 version; a file missing, cut short, damaged or of another version is compiled without, and written again.
The bundle does the same: its shiboken6 compiles the same embedded sources, and the cache is the user's folder.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import marshal
import sys
from collections.abc import Callable, Iterator
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

CACHE_NAME = "pyside-support.marshal"
# What `compile` takes from the code calling it unless told not to (`dont_inherit`): its `from __future__` imports.
_FUTURE_FLAGS = sum({getattr(__future__, name).compiler_flag for name in __future__.all_feature_names}
                    - {__future__.CO_NESTED})  # type: ignore[attr-defined]


def pyside_version() -> str | None:
    """PySide6's version while it is imported: its `__init__` sets it before it imports shiboken6, which compiles."""
    return getattr(sys.modules.get("PySide6"), "__version__", None)


@contextlib.contextmanager
def compiled_once(path: Path, version: Callable[[], str | None] = pyside_version) -> Iterator[None]:
    """Inside the block, `compile` answers a source it compiled at an earlier start from `path`; `builtins.compile`
    is the one it was before once the block ends. The file is written (atomically) when the block compiled anything
    and ended without an error; a file that cannot be written only leaves the next start to compile again."""
    kept = _KeptCode(path, version, builtins.compile)
    builtins.compile = kept.compile
    try:
        yield
    finally:
        builtins.compile = kept.original
    kept.save()


class _KeptCode:
    def __init__(self, path: Path, version: Callable[[], str | None], original: Callable[..., Any]) -> None:
        self.path, self.version, self.original = path, version, original
        self.stamp: tuple[bytes, str] | None = None
        self.known: dict[tuple, CodeType] | None = None  # read at the first compile, when PySide6's version is known
        self.used: dict[tuple, CodeType] = {}
        self.compiled = False

    def compile(self, source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
                optimize: int = -1, **more: Any) -> Any:
        # shiboken6's importer asks with the source, its name and the mode only; anything else (a module imported
        # from its .py file, an AST asked for) is compiled as asked
        kept = not (flags or dont_inherit or optimize != -1 or more) and type(source) is bytes and type(filename) is str
        if not dont_inherit:  # the caller's future imports, as `compile` itself would have taken them
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        if not kept:
            return self.original(source, filename, mode, flags, True, optimize, **more)
        key = (source, filename, mode, flags, sys.flags.optimize)
        code = self._known().get(key)
        if code is None:
            code = self.original(source, filename, mode, flags, True)
            self.compiled = True
        self.used[key] = code
        return code

    def _known(self) -> dict[tuple, CodeType]:
        if self.known is None:
            version = self.version()
            self.stamp = (MAGIC_NUMBER, version) if version else None
            self.known = read(self.path, self.stamp) if self.stamp else {}
        return self.known

    def save(self) -> None:
        if not (self.compiled and self.stamp):
            return
        from app.atomic_file import replaced_atomically
        from app.errors import UserError

        try:
            with replaced_atomically(self.path, self.path.suffix) as tmp:
                tmp.write_bytes(marshal.dumps((self.stamp, self.used)))
        except (UserError, OSError):
            pass  # a cache folder that cannot be written: the next start compiles again


def read(path: Path, stamp: tuple[bytes, str]) -> dict[tuple, CodeType]:
    """The code kept in `path` under `stamp`; nothing from a file missing, damaged or of another stamp."""
    try:
        kept_stamp, codes = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if kept_stamp != stamp or type(codes) is not dict:
        return {}
    return {key: code for key, code in codes.items() if isinstance(code, CodeType)}
