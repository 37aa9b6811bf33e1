"""The Windows-style one-folder bundle, built with build.spec and started offscreen.

Slow (about a minute) and needs PyInstaller (`pip install -e ".[build]"`), so it runs only when asked:
    HONGHUA_BUNDLE_TEST=1 python -m pytest tests/test_bundle.py
"""

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get("HONGHUA_BUNDLE_TEST"), reason="set HONGHUA_BUNDLE_TEST=1 to build"),
]


def test_the_bundle_builds_and_its_programs_start(tmp_path):
    build = subprocess.run(["bash", "scripts/build"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    assert re.search(r"^startup_ms=\d+", build.stdout, re.M), build.stdout[-2000:]
    folder = ROOT / "dist" / "红花榜"
    for name in ("红花榜", "honghua"):
        assert (folder / name).exists() or (folder / f"{name}.exe").exists()
    assert (folder / "_internal" / "resources" / "fonts" / "NotoSansSC-Regular.ttf").exists()
    assert (folder / "_internal" / "data" / "presets" / "taobao-kefu.json").exists()
