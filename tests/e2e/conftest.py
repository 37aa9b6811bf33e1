"""Run the real command line as a scheduled task would, in a child process, on a temporary file."""

import pytest

from .helpers import TODAY, Run, child_env, run_app


@pytest.fixture
def db(tmp_path):
    return tmp_path / "shop.db"


@pytest.fixture
def app(tmp_path, db):
    """app("staff", "list", "--json") runs `python -m app --db DB --today 2026-10-20 staff list --json`."""

    def run(*args: str, today: str = TODAY, **env: str) -> Run:
        return run_app(["--db", str(db), "--today", today, *args], child_env(tmp_path, **env))

    return run
