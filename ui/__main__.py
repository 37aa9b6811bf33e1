"""`python -m ui`: the GUI alone (commands go to `python -m app`)."""

import sys

from ui.launch import STARTED_AT
from ui.main import main

sys.exit(main(sys.argv[1:], started_at=STARTED_AT))
