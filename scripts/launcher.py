"""Entry script of the PyInstaller bundle: the same `honghua` launcher as the console script."""

import os
import sys

from app import paths

# PyInstaller's run-time hook for matplotlib points MPLCONFIGDIR at a new temporary folder on every start, so the
# board's chart would list every system font again each time the window opens (seconds on Windows, the window
# frozen meanwhile). A folder of our own in the user's cache keeps matplotlib's font list between starts; no
# matplotlibrc of the user's is read from it.
if getattr(sys, "frozen", False):
    os.environ["MPLCONFIGDIR"] = str(paths.cache_dir() / "matplotlib")

from ui.launch import main  # after MPLCONFIGDIR: nothing may import matplotlib before it is set

sys.exit(main())
