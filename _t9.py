import time, sys, dataclasses
orig = dataclasses._process_class
stats = []
def proc(cls, *a, **k):
    t = time.perf_counter()
    r = orig(cls, *a, **k)
    stats.append((time.perf_counter() - t, cls.__module__, cls.__name__))
    return r
dataclasses._process_class = proc
t0 = time.perf_counter()
import ui.main as M
orig_rep = M.FirstPaintReporter._report
def rep(self):
    tot = sum(s for s, *_ in stats)
    print(f"dataclasses before first paint: {len(stats)}, {tot*1000:.1f} ms")
    by = {}
    for s, m, n in stats: by[m.split('.')[0]] = by.get(m.split('.')[0], 0) + s
    print({k: round(v*1000, 1) for k, v in by.items()})
    orig_rep(self)
M.FirstPaintReporter._report = rep
sys.exit(M.main(["--db", "/tmp/st/demo.db", "--exit-after-startup"], started_at=t0))
