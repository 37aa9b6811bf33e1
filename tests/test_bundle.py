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
    build = subprocess.run(["bash", "scripts/build"], cwd=ROOT, capture_output=True, text=True, timeout=900,
                           check=False)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    assert re.search(r"^startup_ms=\d+", build.stdout, re.MULTILINE), build.stdout[-2000:]
    folder = ROOT / "dist" / "红花榜"
    for name in ("红花榜", "honghua"):
        assert (folder / name).exists() or (folder / f"{name}.exe").exists()
    assert (folder / "_internal" / "resources" / "fonts" / "NotoSansSC-Regular.ttf").exists()
    assert (folder / "_internal" / "data" / "presets" / "taobao-kefu.json").exists()
    guide = folder / "_internal" / "docs" / "guide"  # 帮助 → 使用指南, its pictures, and the README it links to
    assert (guide / "README.md").exists() and (guide / "images" / "board.png").exists()
    assert (folder / "_internal" / "README.md").exists()


def test_the_bundled_command_line_makes_every_output(tmp_path):
    """What the window and scheduled tasks make, made by the built program: modules imported by name at run
    time (reportlab's barcodes, its accelerator) are missing only from a bundle, never from the tests."""
    cli = ROOT / "dist" / "红花榜" / "honghua"
    if not cli.exists():
        pytest.skip("build the bundle first (the test above)")
    db = tmp_path / "shop.db"

    def run(*args: str) -> None:
        done = subprocess.run([str(cli), "--db", str(db), "--today", "2026-11-03", *args], capture_output=True,
                              text=True, timeout=300, env={**os.environ, "HONGHUA_HOME": str(tmp_path / "home")},
                              check=False)
        assert done.returncode == 0, (args, done.stdout[-1500:], done.stderr[-1500:])

    run("demo")
    run("awards", "approve", "--period", "2026-10", "--confirm")
    run("certificates", "batch", "--period", "2026-10", "-o", str(tmp_path / "certs.pdf"))
    run("certificates", "make", "--name", "张伟", "--award", "销售冠军", "--period", "2026-10",
        "-o", str(tmp_path / "one.pdf"))
    run("poster", "--month", "2026-10", "-o", str(tmp_path / "poster.png"))
    run("payout", "--month", "2026-10", "-o", str(tmp_path / "payout.xlsx"))
    run("receipt", "--month", "2026-10", "--all", "-o", str(tmp_path / "receipts.pdf"))
    run("export", "--month", "2026-10", "-o", str(tmp_path / "export.xlsx"))
    for name in ("certs.pdf", "one.pdf", "poster.png", "payout.xlsx", "receipts.pdf", "export.xlsx"):
        assert (tmp_path / name).stat().st_size > 1000, name
    db = tmp_path / "imported.db"  # the seller tools' files: calamine for Excel, charset detection for CSV
    for sample in sorted((ROOT / "data" / "samples").iterdir()):
        run("import", str(sample), "--create-staff")
