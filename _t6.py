import time, sys
t0 = time.perf_counter()
import ui.main as M
orig = M.FirstPaintReporter._report
def rep(self):
    mods = sorted(m for m in sys.modules if m.split('.')[0] in ('app','ui'))
    print(len(mods)); print(" ".join(mods))
    others = sorted(m for m in sys.modules if m.split('.')[0] not in ('app','ui') and not m.startswith('_'))
    print(len(sys.modules), " ".join(o for o in others if '.' not in o))
    orig(self)
M.FirstPaintReporter._report = rep
sys.exit(M.main(["--db", "/tmp/st/demo.db", "--exit-after-startup"], started_at=t0))
