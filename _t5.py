import time, sys
t0 = time.perf_counter()
import PySide6.QtCore
if sys.argv[1] == "fast":
    import PySide6.support.feature as F
    F._mod_uses_pyside = lambda module: "PySide6" in getattr(module, "__name__", "") or True
from ui.main import main
sys.exit(main(["--db", "/tmp/st/demo.db", "--exit-after-startup"], started_at=t0))
