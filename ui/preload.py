"""The modules the first page needs that do not use Qt, imported before PySide6 is.

Once PySide6 is imported, its `__feature__` import hook reads the source of each module an import statement names
after it, looking for the text "PySide6". The import statements of the modules imported here run before then, so
the modules they name are not read (about 15 ms of our start-up, measured with bench/startup.py): the GUI entry
points import this module first. Nothing here imports Qt at import time; a test checks it. The modules still named
after PySide6 (ours that use Qt, and what they import) are read once each, as bytes (`quicken_pyside_import_hook`).
"""

from __future__ import annotations

import sys
from types import ModuleType

import app.recognition.standings
import app.reports.board
import app.reports.pace
import app.services.progress
import app.settings
import app.shop  # noqa: F401


def quicken_pyside_import_hook() -> None:
    """Import PySide6, its own support modules compiled once and kept in the cache folder
    (`ui.compile_cache`), and have its import hook tell a module that uses PySide6 from the file's bytes
    (before the cache is written at the end of the block, which imports the atomic writer)."""
    from app.paths import cache_dir
    from ui.compile_cache import PYSIDE_CACHE, compiled_once

    with compiled_once(cache_dir() / PYSIDE_CACHE):
        import PySide6  # noqa: F401  # loads the hook

        _hook_reads_bytes()


def _hook_reads_bytes() -> None:
    """The hook (PySide6's `__feature__` support, `shibokensupport.feature._mod_uses_pyside`) asks whether a module's
    source holds the text "PySide6" through `inspect.getsource`, which tokenizes the file and keeps its lines in
    `linecache`: about 35 M instructions (2.5 %) of the start for the 94 modules it reads. The answer is the same
    from the file read whole; a module without a .py file is left to the hook's own reading (so is every module of
    the PyInstaller bundle, whose `__file__` names a .py file that is not shipped)."""
    feature = sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    if asked is None or getattr(asked, "reads_bytes", False):
        return

    def uses_pyside(module: ModuleType, *more: object, **named: object) -> bool:
        # The hook runs inside every import: were it asked with more than the module (another PySide6), our answer
        # raising TypeError would stop every import after it, so such a question goes to its own reading.
        path = getattr(module, "__file__", None)
        if not (more or named) and isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return asked(module, *more, **named)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
