"""Two real windows on one shop file (`python -m ui --db X`, offscreen): the second refuses and says who
holds the file; after the first is SIGKILLed, the next start recovers the stale lock by itself."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from app import paths
from app.shop import Shop
from tests.backups.conftest import TODAY

from .harness import ROOT, child_env


def _gui(db, env, *extra):
    return [sys.executable, "-m", "ui", "--db", str(db), "--today", "2026-10-20", *extra]


def _env(tmp_path):
    env = child_env(tmp_path)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def test_second_window_refuses_then_a_killed_first_window_is_recovered(tmp_path):
    db = tmp_path / "shop.db"
    Shop.open(db, TODAY).close()
    env = _env(tmp_path)
    first = subprocess.Popen(_gui(db, env), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not paths.lock_path(db).exists() and time.monotonic() < deadline:
            assert first.poll() is None, first.stderr.read().decode("utf-8", "replace")
            time.sleep(0.05)
        assert paths.lock_path(db).exists()
        second = subprocess.run(_gui(db, env, "--exit-after-startup"), cwd=ROOT, env=env, capture_output=True,
                                timeout=60, check=False)
        err = second.stderr.decode("utf-8")
        assert second.returncode == 1
        assert "已经在另一个红花榜窗口中打开" in err and f"进程号 {first.pid}" in err and str(db) in err
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
        first.stderr.close()
    assert paths.lock_path(db).exists()  # left behind by the killed window
    third = subprocess.run(_gui(db, env, "--exit-after-startup"), cwd=ROOT, env=env, capture_output=True,
                           timeout=60, check=False)
    assert third.returncode == 0, third.stderr.decode("utf-8", "replace")
    assert "startup_ms=" in third.stdout.decode("utf-8")
    assert not paths.lock_path(db).exists()  # released on a normal exit
