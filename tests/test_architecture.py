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


def _buttons_wired_to_methods_with_parameters(source: str) -> list[str]:
    """`button.clicked.connect(self.method)` where the method takes a positional parameter: Qt hands it the
    `checked` bool (a revoke without its reason dialog, a list argument that is False)."""
    found = []
    for cls in [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ClassDef)]:
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        for node in ast.walk(cls):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"
                    and isinstance(node.func.value, ast.Attribute) and node.func.value.attr in ("clicked", "triggered")
                    and node.args and isinstance(node.args[0], ast.Attribute)
                    and isinstance(node.args[0].value, ast.Name) and node.args[0].value.id == "self"):
                continue
            method = methods.get(node.args[0].attr)
            if method is not None and (method.args.args[1:] or method.args.posonlyargs or method.args.vararg):
                found.append(f"{cls.name}.{method.name}")
    return found


def test_no_button_hands_its_checked_flag_to_a_method_that_takes_a_parameter():
    offenders = [f"{p.relative_to(ROOT)}: {name}" for p in _modules("ui")
                 for name in _buttons_wired_to_methods_with_parameters(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_checker_itself_spots_a_button_wired_to_a_parameter():
    source = ("class Page:\n    def build(self):\n        self.b.clicked.connect(self.revoke)\n"
              "        self.c.clicked.connect(self.fine)\n        self.d.clicked.connect(lambda: self.revoke())\n"
              "    def revoke(self, reason=None):\n        pass\n    def fine(self, *, reason=None):\n        pass\n")
    assert _buttons_wired_to_methods_with_parameters(source) == ["Page.revoke"]
