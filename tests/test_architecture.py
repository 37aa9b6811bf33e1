"""The rules of the house, checked on the source: app/ has no Qt, SQL lives in app/store/, ui/ has no sqlite."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S)


def _modules(package):
    return sorted((ROOT / package).rglob("*.py"))


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_there_is_code_to_check():
    assert len(_modules("app")) > 10 and len(_modules("ui")) > 3


def test_app_never_imports_qt_or_ui():
    offenders = [f"{p.relative_to(ROOT)}: {name}" for p in _modules("app") for name in _imports(p)
                 if name.split(".")[0] in ("PySide6", "ui", "shiboken6", "PyQt5", "PyQt6")]
    assert offenders == []


def test_ui_never_imports_sqlite():
    offenders = [f"{p.relative_to(ROOT)}: {name}" for p in _modules("ui") for name in _imports(p)
                 if name.split(".")[0] in ("sqlite3", "sqlite_utils")]
    assert offenders == []


def _string_constants(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def test_sql_lives_only_in_the_store():
    offenders = []
    for package in ("app", "ui"):
        for path in _modules(package):
            if "store" in path.relative_to(ROOT).parts:
                continue
            offenders += [f"{path.relative_to(ROOT)}: {s[:50]!r}" for s in _string_constants(path) if SQL.search(s)]
    assert offenders == []


def test_the_checker_itself_spots_sql():
    assert SQL.search("SELECT id FROM staff") and SQL.search("insert into x values (1)")
    assert not SQL.search("选择员工 from 名单")
