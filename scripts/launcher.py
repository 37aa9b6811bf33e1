"""Entry script of the PyInstaller bundle: the same `honghua` launcher as the console script."""

import os
import sys

from app import matplotlib_cache

# PyInstaller's run-time hook for matplotlib points MPLCONFIGDIR at a new temporary folder on every start, so the
# board's chart would list every system font again each time the window opens (seconds on Windows, the window
# frozen meanwhile). A folder of our own in the user's cache keeps matplotlib's font list between starts; no
# matplotlibrc of the user's is read from it. The folder being ours, a lock a power cut left in it is removed (a
# folder of the user's own, set when running from source, is never touched).
if getattr(sys, "frozen", False):
    ours = matplotlib_cache.folder()
    matplotlib_cache.remove_stale_locks(ours)
    os.environ["MPLCONFIGDIR"] = str(ours)

from ui.launch import main  # after MPLCONFIGDIR: nothing may import matplotlib before it is set

sys.exit(main())
