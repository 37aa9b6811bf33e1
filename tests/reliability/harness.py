"""Start a long write in a child process, SIGKILL it at a random moment, and look at what is left.

    KILL_POINTS   kill points per write path: 5 by default (CI), HONGHUA_KILL_POINTS=30 for the full run
    HONGHUA_KILL_SEED  the random seed (printed with each failure, so a failing point can be replayed)
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import StoreError
from app.store import maintenance, open_store

ROOT = Path(__file__).resolve().parents[2]
KILL_POINTS = int(os.environ.get("HONGHUA_KILL_POINTS", "5"))
SEED = int(os.environ.get("HONGHUA_KILL_SEED", str(int(time.time()))))


def check_report(report, figures) -> None:
    """Every kill point was tried and every killed file held whole actions; the figures line is kept for
    the summary."""
    figures.append(report.line())
    assert report.tried == KILL_POINTS
    assert report.failures == [], report.line() + "\n" + "\n".join(report.failures)


def child_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HONGHUA_DB", "HONGHUA_TODAY", "HONGHUA_DEBUG")}
    env["HONGHUA_HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(ROOT)
    return env


def cli(db: Path, *args: str, today: str = "2026-10-20") -> list[str]:
    return [sys.executable, "-m", "app", "--db", str(db), "--today", today, *args]


def state(db: Path) -> tuple[list[str], dict[str, int]]:
    """Open the file as the next start would (a read-write connection replays or discards the WAL),
    then (integrity problems, rows per table)."""
    conn = sqlite3.connect(str(db), isolation_level=None)
    try:
        return maintenance.problems(conn), maintenance.table_counts(conn)
    finally:
        conn.close()


def reopened(db: Path) -> tuple[list[str], dict[str, int]]:
    """state() after the shop was opened the way the next start opens it (read-only checks, then the
    read-write connection with the house pragmas); a file that start refuses is reported as a problem."""
    try:
        open_store(db, create=False).close()
    except StoreError as e:
        return [f"the next start refuses it: {e.message}"], {}
    return state(db)


def start_up(db: Path, env: dict[str, str]) -> float:
    """Most of the time a child needs before it writes: starting Python and opening the shop (80 % of a
    command that only reads, so the kills still fall before the write now and then)."""
    return 0.8 * timed_run(cli(db, "staff", "list"), env)


def timed_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return time.perf_counter() - started


@dataclass
class Report:
    """What the kills left: every file sound, and each one with all of the write or none of it."""

    path: str
    outcomes: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def tried(self) -> int:
        return sum(self.outcomes.values())

    def line(self) -> str:
        intact = self.tried - len(self.failures)
        return (f"{self.path}: {self.tried} kill points, {intact} databases intact "
                f"({dict(self.outcomes)}), seed {SEED}")


def kill_runs(name: str, base: Path, work: Path, command_for, env: dict[str, str], duration: float,
              before: dict[str, int], after: dict[str, int], *, points: int = KILL_POINTS,
              compare=None, start: float = 0.0) -> Report:
    """Kill `points` copies of the write at random moments in [start, 1.2 × duration]."""
    rng = random.Random(f"{SEED}-{name}")
    compare = compare or (lambda counts: counts)
    report = Report(name)
    for i in range(points):
        db = work / f"{name}-{i}.db"
        shutil.copyfile(base, db)
        delay = rng.uniform(start, duration * 1.2)
        child = subprocess.Popen(command_for(db), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(delay)
        finished = child.poll() is not None
        if not finished:
            child.send_signal(signal.SIGKILL)
        child.wait()
        wal = db.with_name(db.name + "-wal")
        mid_write = not finished and wal.exists() and wal.stat().st_size > 0
        problems, counts = reopened(db)
        if problems:
            report.failures.append(f"kill {i} at {delay:.3f}s: integrity {problems[:2]}")
            report.outcomes["damaged"] += 1
        elif compare(counts) == compare(after):
            report.outcomes["all" + (" (finished)" if finished else "")] += 1
        elif compare(counts) == compare(before):
            report.outcomes["none" + (" (wal left)" if mid_write else "")] += 1
        else:
            report.outcomes["partial"] += 1
            diff = {k: (before.get(k), counts.get(k), after.get(k)) for k in set(counts) | set(after)
                    if counts.get(k) not in (before.get(k), after.get(k))}
            report.failures.append(f"kill {i} at {delay:.3f}s: partial write {diff}")
    return report



@dataclass
class Outputs:
    """The files a write produces in a folder of its own. `prepare(folder)` puts the old outputs there
    before the run; `judge(folder)` names what the kill left ("old", "new" …) and raises AssertionError
    for a file that is neither the old one nor a complete new one; `names` are the outputs' names. Any
    other file left must be a temporary one, hidden on POSIX (a dot name) and called .tmp (Windows shows
    dot names: there it must not pass for a PDF or workbook a user would open). `needs_commit(file_state)`,
    when given, says whether files in that state carry what only the committed write records (a certificate's
    number): then the shop file must hold all of the write."""

    prepare: Callable[[Path], None]
    judge: Callable[[Path], str]
    names: set[str]
    needs_commit: Callable[[str], bool] | None = None


def kill_output_runs(name: str, base: Path, work: Path, command_for, env: dict[str, str], duration: float,
                     before: dict[str, int], after: dict[str, int], outputs: Outputs, *,
                     points: int = KILL_POINTS, compare=None, start: float = 0.0) -> Report:
    """kill_runs for a write that also produces files: command_for(db, folder). The kills fall in
    [start, 1.2 × duration]: `start` skips the time a child needs to start Python and open the shop."""
    rng = random.Random(f"{SEED}-{name}")
    compare = compare or (lambda counts: counts)
    report = Report(name)
    for i in range(points):
        db = work / f"{name}-{i}.db"
        folder = work / f"{name}-{i}-out"
        shutil.copyfile(base, db)
        folder.mkdir()
        outputs.prepare(folder)
        delay = rng.uniform(start, duration * 1.2)
        child = subprocess.Popen(command_for(db, folder), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(delay)
        finished = child.poll() is not None
        if not finished:
            child.send_signal(signal.SIGKILL)
        child.wait()
        at = f"kill {i} at {delay:.3f}s"
        problems, counts = reopened(db)
        if problems:
            db_state = "damaged"
            report.failures.append(f"{at}: integrity {problems[:2]}")
        elif compare(counts) == compare(after):
            db_state = "all"
        elif compare(counts) == compare(before):
            db_state = "none"
        else:
            db_state = "partial"
            report.failures.append(f"{at}: partial write")
        try:
            file_state = outputs.judge(folder)
        except AssertionError as e:
            file_state = "broken"
            report.failures.append(f"{at}: {e}")
        if outputs.needs_commit is not None and outputs.needs_commit(file_state) and db_state != "all":
            report.failures.append(f"{at}: files {file_state} carry numbers the shop file does not hold (db {db_state})")
        left = sorted(p.name for p in folder.iterdir() if p.name not in outputs.names)
        shown = [n for n in left if not (n.startswith(".") and ".tmp" in n)]
        if shown:
            report.failures.append(f"{at}: files a user would take for outputs: {shown}")
        report.outcomes[f"db {db_state}, files {file_state}" + (" + temp left" if left else "")
                        + (" (finished)" if finished else "")] += 1
    return report
