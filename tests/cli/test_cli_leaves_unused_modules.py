"""A command loads the modules it uses: what only one command needs is imported where that command runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_staff_list_leaves_the_flowers_about_to_lapse_alone(tmp_path):
    """`flowers list` marks the flowers about to lapse; `staff list`, a quick command, never makes their class."""
    db = str(tmp_path / "s.db")
    subprocess.run([sys.executable, "-m", "app", "--db", db, "staff", "add", "小美"], cwd=ROOT, timeout=120,
                   capture_output=True, check=True)
    code = ("import sys\nfrom app.cli import main\ncode = main(sys.argv[1:])\n"
            "print('loaded=' + str('app.recognition.expiring' in sys.modules))\nsys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code, "--db", db, "staff", "list"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "loaded=False" in result.stdout.split(), result.stdout
