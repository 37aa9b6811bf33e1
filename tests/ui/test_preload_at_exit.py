"""What the window imports on a thread after its first paint (`ui.main.CERTIFICATE_MODULES`, `PAYOUT_MODULES`) can
still be imported once Python has begun to exit: a window closed right after it opened (or `--exit-after-startup`)
printed 「Exception in thread certificate-modules … can't register atexit after shutdown」, the certificates'
deflation importing the thread pool's module at its own import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

AT_EXIT = r"""
import importlib, threading
import ui.main as window
threading._SHUTTING_DOWN = True  # as the interpreter sets it while it waits for the preload thread at exit
for name in window.CERTIFICATE_MODULES + window.PAYOUT_MODULES:
    importlib.import_module(name)
print("imported")
"""


def test_the_modules_imported_after_the_first_paint_import_while_python_exits():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", AT_EXIT], check=False, env=env, capture_output=True,
                            text=True)
    assert result.returncode == 0 and result.stdout.split() == ["imported"], result.stderr
