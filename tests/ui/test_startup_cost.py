"""What the window's start spends before its first paint: work done in a quicker way, and classes made only when
used (more in test_startup.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.ui.test_startup import ROOT, _env


def test_pysides_import_hook_reads_no_module_through_inspect(tmp_path):
    """PySide6's import hook asks of each module imported after it whether its source holds "PySide6": through
    `inspect.getsource`, which tokenized the file and kept its lines, about 35 M instructions of the start for 94
    modules. The launcher has it read the file's bytes instead, from right after PySide6's own import (which reads
    two modules itself, before the hook can be changed)."""
    code = ("import inspect, sys\nread = []\nsource = inspect.getsource\n"
            "def spy(obj):\n"
            "    if str(getattr(obj, '__file__', '')).endswith('.py'):\n"
            "        read.append(obj.__name__)\n"
            "    return source(obj)\n"
            "inspect.getsource = spy\n"
            "from ui.launch import main\ncode = main(sys.argv[1:])\nprint('through_inspect=' + ','.join(read))\n"
            "sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "s.db"), "--exit-after-startup"],
                            capture_output=True, text=True, env=_env(tmp_path), timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert "startup_ms=" in result.stdout, result.stdout
    read = result.stdout.split("through_inspect=")[1].split()[0].split(",")
    assert set(read) <= {"shiboken6", "enum", "PySide6"}, read


def test_the_quicker_hook_answers_as_pysides_own():
    """The same answer for our modules with and without Qt, Python's, a built-in one and a compiled one."""
    code = ("import sys, ui.preload\nui.preload.quicken_pyside_import_hook()\n"
            "import ui.main, app.shop, PySide6.QtWidgets\n"
            "feature = sys.modules['shibokensupport.feature']\n"
            "quick = feature._mod_uses_pyside\n"
            "own = quick.__closure__[0].cell_contents\n"
            "modules = [sys.modules[name] for name in ('ui.main', 'ui.main_window', 'app.shop', 'app.periods', 'os',"
            " 'sys', 'PySide6.QtWidgets', 'shibokensupport.feature')]\n"
            "print(quick.reads_bytes, [quick(m) for m in modules] == [own(m) for m in modules],"
            " [quick(m) for m in modules][:3])")
    printed = _printed(code, {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert printed.split() == ["True", "True", "[True,", "True,", "False]"]


def test_the_quicker_hook_leaves_a_question_of_another_shape_to_pysides_own():
    """The hook runs inside every import: a PySide6 whose hook asks with more than the module must still get an
    answer (its own), not a TypeError that stops every import after it."""
    code = ("import sys, ui.preload\nimport PySide6\n"
            "feature = sys.modules['shibokensupport.feature']\nasked = []\n"
            "def own(module, name=None, *, strict=False):\n"
            "    asked.append((name, strict))\n    return strict\n"
            "feature._mod_uses_pyside = own\nui.preload.quicken_pyside_import_hook()\n"
            "quick, module = feature._mod_uses_pyside, sys.modules['ui.preload']\n"
            "print(quick(module), quick(module, 'ui.preload'), quick(module, strict=True), asked[-2:])")
    printed = _printed(code, {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert printed.strip() == "True False True [('ui.preload', False), (None, True)]"


def _printed(code: str, env: dict[str, str]) -> str:
    """What `python -c code` prints; it must exit 0."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout
