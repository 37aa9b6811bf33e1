"""The Windows-style one-folder bundle, built with build.spec and started offscreen.

Slow (about a minute) and needs PyInstaller (`pip install -e ".[build]"`), so it runs only when asked:
    HONGHUA_BUNDLE_TEST=1 python -m pytest tests/test_bundle.py
"""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get("HONGHUA_BUNDLE_TEST"), reason="set HONGHUA_BUNDLE_TEST=1 to build"),
]


def test_the_bundle_builds_and_its_programs_start(tmp_path):
    build = subprocess.run(["bash", "scripts/build"], cwd=ROOT, capture_output=True, text=True, timeout=900,
                           env={**os.environ, "PYTHON": sys.executable}, check=False)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    assert re.search(r"^startup_ms=\d+", build.stdout, re.MULTILINE), build.stdout[-2000:]
    folder = ROOT / "dist" / "红花榜"
    for name in ("红花榜", "honghua"):
        assert (folder / name).exists() or (folder / f"{name}.exe").exists()
    assert (folder / "_internal" / "resources" / "fonts" / "NotoSansSC-Regular.ttf").exists()
    assert (folder / "_internal" / "data" / "presets" / "taobao-kefu.json").exists()
    guide = folder / "_internal" / "docs" / "guide"  # 帮助 → 使用指南, its pictures, and the README it links to
    shipped = {p.relative_to(ROOT / "docs" / "guide") for p in (ROOT / "docs" / "guide").rglob("*") if p.is_file()}
    assert shipped <= {p.relative_to(guide) for p in guide.rglob("*") if p.is_file()}
    assert (folder / "_internal" / "README.md").exists()
    for name in ("honghua_en.qm", "en.json"):  # the English window and the English messages of app/
        assert (folder / "_internal" / "resources" / "i18n" / name).exists()
    assert list((folder / "_internal" / "PySide6").rglob("qtbase_zh_CN.qm"))  # Qt's own buttons and menus in Chinese


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


def test_the_bundled_command_line_makes_each_template_size_and_record(tmp_path):
    """Each certificate template and poster size, and the commands whose --json a scheduled task reads."""
    folder = ROOT / "dist" / "红花榜"
    if not (folder / "honghua").exists():
        pytest.skip("build the bundle first (the first test)")
    db = tmp_path / "shop.db"

    def run(*args: str) -> str:
        done = subprocess.run([str(folder / "honghua"), "--db", str(db), "--today", "2026-11-03", *args],
                              capture_output=True, text=True, timeout=300, check=False,
                              env={**os.environ, "HONGHUA_HOME": str(tmp_path / "home")})
        assert done.returncode == 0, (args, done.stdout[-1500:], done.stderr[-1500:])
        return done.stdout

    run("demo")
    run("awards", "approve", "--period", "2026-10", "--confirm")
    for template in ("classic", "modern", "card"):
        run("certificates", "batch", "--period", "2026-10", "--template", template,
            "-o", str(tmp_path / f"{template}.pdf"))
        assert (tmp_path / f"{template}.pdf").stat().st_size > 1000, template
    for size in ("phone", "a4", "wide"):
        run("poster", "--month", "2026-10", "--size", size, "-o", str(tmp_path / f"poster-{size}.png"))
        assert (tmp_path / f"poster-{size}.png").stat().st_size > 1000, size
    issued = json.loads(run("certificates", "list", "--period", "2026-10", "--json"))
    number = re.search(r"HH-\d{4}-\d{2}-\d{4}", json.dumps(issued)).group()
    json.loads(run("certificates", "verify", number, "--json"))
    for args in (("staff", "list"), ("progress", "--month", "2026-10"), ("awards", "compute", "--period", "2026-10"),
                 ("flowers", "board"), ("check",), ("backup",)):
        json.loads(run(*args, "--json"))
    run("backup", "-o", str(tmp_path / "copy.db"))
    json.loads(run("restore", str(tmp_path / "copy.db"), "--json"))


def test_the_bundled_window_keeps_matplotlib_font_list_between_starts(tmp_path):
    """PyInstaller's hook gives matplotlib a new temporary folder on every start: the board's chart then listed the
    system's fonts again each time (seconds on Windows, the window frozen). The list must be kept in our cache."""
    folder = ROOT / "dist" / "红花榜"
    if not (folder / "红花榜").exists():
        pytest.skip("build the bundle first (the first test)")
    home = tmp_path / "home"
    screen = tmp_path / "screen.json"  # offscreen's own 800×600 screen puts the chart behind a tab, never drawn
    screen.write_text(json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "HONGHUA_HOME": str(home), "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    env.pop("MPLCONFIGDIR", None)
    db = tmp_path / "shop.db"
    subprocess.run([str(folder / "honghua"), "--db", str(db), "demo"], env=env, capture_output=True, timeout=300,
                   check=True)
    window = subprocess.Popen([str(folder / "红花榜"), "--db", str(db), "--page", "dashboard"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    kept = home / "cache" / "matplotlib"
    try:
        deadline = time.monotonic() + 90
        while not list(kept.glob("fontlist-*.json")) and window.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(3)  # the certificates' modules, imported on a thread after the first paint (pdfium among them)
    finally:
        window.send_signal(signal.SIGTERM)  # closes the window as 退出 does
        out, err = window.communicate(timeout=60)
    assert list(kept.glob("fontlist-*.json")), (sorted(p.name for p in home.rglob("*")), err[-1500:])
    assert window.returncode == 0 and "Traceback" not in err, (window.returncode, out[-1500:], err[-1500:])


def test_the_bundled_programs_keep_the_code_they_compile_between_starts(tmp_path):
    """PyInstaller's PySide6 hook imports PySide6 before the launcher runs: our hook before it keeps PySide6's
    support modules' code, and the launcher the dataclasses' (ui/compile_cache.py). The second start uses them."""
    folder = ROOT / "dist" / "红花榜"
    if not (folder / "红花榜").exists():
        pytest.skip("build the bundle first (the first test)")
    cache = tmp_path / "home" / "cache"
    env = {**os.environ, "HONGHUA_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "shop.db"
    subprocess.run([str(folder / "honghua"), "--db", str(db), "demo"], env=env, capture_output=True, timeout=300,
                   check=True)
    assert (cache / "pyside-support.marshal").exists()  # the command line runs the hooks too
    written = []
    for _ in range(2):
        started = subprocess.run([str(folder / "红花榜"), "--db", str(db), "--exit-after-startup"], env=env,
                                 capture_output=True, text=True, timeout=120, check=False)
        assert started.returncode == 0 and "startup_ms=" in started.stdout, started.stderr[-1500:]
        kept = [cache / "pyside-support.marshal", cache / "dataclasses.marshal"]
        written.append([path.stat().st_mtime_ns for path in kept])
    assert written[0] == written[1]  # a file is written only when something had to be compiled
