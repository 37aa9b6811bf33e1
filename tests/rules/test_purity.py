"""The engine is pure: no clock, database, Qt or files while evaluating."""

import ast
import builtins
import datetime as real_datetime
from pathlib import Path

import pytest

from app.rules import evaluate, load_preset

from .rules_helpers import OCT, OCT_KEY, facts, person

RULES_DIR = Path(__file__).resolve().parents[2] / "app" / "rules"
FORBIDDEN = {"sqlite3", "sqlite_utils", "PySide6", "time", "app.store", "ui", "os", "random"}


def test_no_forbidden_imports_and_no_clock_calls():
    for path in sorted(RULES_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                names = []
            for name in names:
                assert not any(name == f or name.startswith(f + ".") for f in FORBIDDEN), (path.name, name)
            if isinstance(node, ast.Attribute) and node.attr in ("today", "now", "utcnow"):
                assert not isinstance(node.value, ast.Name) or node.value.id not in ("date", "datetime"), path.name


def test_evaluate_opens_no_file(monkeypatch):
    plan = load_preset("taobao-kefu")  # loading reads the file; evaluating must not

    def refuse(*args, **kwargs):
        raise AssertionError("evaluate opened a file")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(Path, "read_text", refuse)
    result = evaluate(plan, facts(OCT, [person(1)], values={(1, "sales", OCT_KEY): 1}))
    assert result.period == OCT


def test_today_is_an_argument():
    # the same facts with a different `today` differ only in the provisional flag
    plan = load_preset("taobao-kefu")
    early = evaluate(plan, facts(OCT, [person(1)], today=real_datetime.date(2026, 10, 5)))
    late = evaluate(plan, facts(OCT, [person(1)], today=real_datetime.date(2027, 1, 5)))
    assert early.lines == late.lines and early.provisional and not late.provisional


@pytest.mark.parametrize("module", sorted(p.stem for p in RULES_DIR.glob("*.py")))
def test_modules_stay_small(module):
    assert len((RULES_DIR / f"{module}.py").read_text(encoding="utf-8").splitlines()) < 260
