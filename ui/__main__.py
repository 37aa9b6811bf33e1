"""`python -m ui`: the GUI alone (commands go to `python -m app`)."""

import sys

from ui.launch import gui

sys.exit(gui(sys.argv[1:]))
