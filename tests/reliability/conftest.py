"""Figures of the kill runs go to tests/artifacts/reliability.txt (one line per write path)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTIFACT = Path(__file__).resolve().parents[1] / "artifacts" / "reliability.txt"


@pytest.fixture(scope="session")
def figures():
    lines: list[str] = []
    yield lines
    if lines:
        ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
        with ARTIFACT.open("a", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
