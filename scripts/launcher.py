"""Entry script of the PyInstaller bundle: the same `honghua` launcher as the console script."""

import sys

from ui.launch import main

sys.exit(main())
