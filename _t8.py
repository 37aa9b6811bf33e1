import time, sys
t0 = time.perf_counter()
if sys.argv[1] == "pre":
    import argparse, signal, traceback, platform, json, sqlite3, decimal, dataclasses
    import app.shop, app.reports.board, app.reports.pace, app.reports.series, app.reports.person, app.backups, app.storage_location, app.settings, app.i18n, app.clock, app.resources
from ui.main import main
sys.exit(main(["--db", "/tmp/st/demo.db", "--exit-after-startup"], started_at=t0))
