"""The bundle's first runtime hook (build.spec): PyInstaller's own hook for PySide6, which runs after it, imports
PySide6.QtCore to set Qt's paths, before the launcher runs, so PySide6's support modules are compiled there. Imported
here first, inside `ui.compile_cache.compiled_once`, they take the code kept in the user's cache folder, in the
window and in the command line alike (both programs run the hooks)."""

from app.paths import cache_dir
from ui.compile_cache import PYSIDE_CACHE, compiled_once

try:
    with compiled_once(cache_dir() / PYSIDE_CACHE):
        import PySide6  # noqa: F401
except ImportError:
    pass  # as PyInstaller's own hook passes over it: a PySide6 that cannot load stops the window, not the command line
