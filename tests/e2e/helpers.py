"""Running the real command line in a child process: `python -m app --db FILE --today DAY …`."""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-10-20"


@dataclass
class Run:
    code: int
    out: str
    err: str


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("HONGHUA_DB", "HONGHUA_TODAY", "HONGHUA_DEBUG", "PYTHONIOENCODING", "PYTHONUTF8")}
    env["HONGHUA_HOME"] = str(tmp_path / "home")
    env.update(extra)
    return env


def run_app(args: list[str], env: dict[str, str], timeout: float = 60) -> Run:
    done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                          timeout=timeout, check=False)
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))
