"""The modules the first page needs that do not use Qt, imported before PySide6 is.

Once PySide6 is imported, its `__feature__` import hook reads the source of every module imported
after it, looking for the text "PySide6" (about 15 ms for our start-up, measured with bench/startup.py).
Modules already imported before then skip that, so the GUI entry points import this module first.
Nothing here may import Qt; a test checks it.
"""

import app.recognition.standings
import app.reports.board
import app.reports.pace
import app.services.progress
import app.settings
import app.shop  # noqa: F401
