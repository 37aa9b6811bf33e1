"""The first payout sheet does not wait for openpyxl: what 导出发放表 and 全员计算单 import is imported on the
window's thread after the first paint (`ui.main.PAYOUT_MODULES`), so an export imports none of it itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EXPORT = r"""
import datetime, sys
import ui.main as window
for name in window.CERTIFICATE_MODULES + window.PAYOUT_MODULES:
    __import__(name)
from app.periods import Month
from app.shop import Shop
shop = Shop.open(sys.argv[1], datetime.date(2026, 11, 27))
before = set(sys.modules)
from app.awards.payout import write_payout
from app.awards.receipt import write_receipts
write_payout(shop, Month(2026, 10), sys.argv[2], draft=True)
write_receipts(shop, Month(2026, 10), None, sys.argv[3], draft=True)
print(" ".join(sorted(name for name in set(sys.modules) - before if name.split(".")[0] in ("openpyxl", "app"))))
"""


def test_the_exports_import_nothing_the_window_did_not_warm(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "demo.db"
    subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--today", "2026-11-27", "demo"], env=env,
                   check=True, capture_output=True)
    result = subprocess.run([sys.executable, "-c", EXPORT, str(db), str(tmp_path / "pay.xlsx"),
                             str(tmp_path / "receipts.pdf")], env=env, capture_output=True, text=True, check=True)
    assert (tmp_path / "pay.xlsx").exists() and (tmp_path / "receipts.pdf").exists()
    assert result.stdout.split() == []
