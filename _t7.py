import time, sys, cProfile, pstats
import ui.main as M
import ui.pages.dashboard, ui.widgets.leaderboard
from pathlib import Path
from datetime import date
app = M.application()
from app.shop import Shop
shop = Shop.open(Path("/tmp/st/demo.db"), date(2026,10,20))
from ui.main_window import MainWindow
pr = cProfile.Profile(); pr.enable()
w = MainWindow(shop, start_page=None)
pr.disable()
pstats.Stats(pr).sort_stats("cumulative").print_stats(40)
