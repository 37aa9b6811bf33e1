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


def _printed(code: str, env: dict[str, str]) -> str:
    """What `python -c code` prints; it must exit 0."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout



def _compiled_env(tmp_path) -> dict[str, str]:
    """Python writing bytecode, into a folder of the test's."""
    env = {**_env(tmp_path), "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def test_a_second_start_compiles_no_dataclass_method(tmp_path):
    """Python 3.11 compiles each dataclass's generated methods from their source text when the class is made (about
    100 M instructions, 7 % of the start): the start keeps their code for the next one, as it keeps its modules'."""
    code = ("import builtins, sys\ncompiled = []\n"
            "for name in ('exec', 'compile'):\n"
            "    def spy(source, *args, _real=getattr(builtins, name), **kwargs):\n"
            "        if isinstance(source, str) and source.startswith('def __create_fn__'):\n"
            "            compiled.append(source)\n"
            "        return _real(source, *args, **kwargs)\n"
            "    setattr(builtins, name, spy)\n"
            "at_paint = []\nwrite = sys.stdout.write\n"
            "def said(text):\n"
            "    if text.startswith('startup_ms='):\n"
            "        at_paint.append(len(compiled))\n"
            "    return write(text)\n"
            "sys.stdout.write = said\n"
            "from ui.launch import main\ncode = main(sys.argv[1:])\nprint('compiled', *at_paint)\nsys.exit(code)")
    compiled_by_the_paint = []
    for _start in range(2):
        result = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "s.db"), "--exit-after-startup"],
                                capture_output=True, text=True, env=_compiled_env(tmp_path), timeout=120, cwd=ROOT,
                                check=False)
        assert result.returncode == 0, result.stderr
        compiled_by_the_paint.append(int(result.stdout.split("compiled ")[1].split()[0]))
    assert compiled_by_the_paint[0] > 100 and compiled_by_the_paint[1] == 0, compiled_by_the_paint


# Each generated method of these classes, as Python makes it: its code, annotations and defaults.
_METHODS = ("import dataclasses, sys\n"
            "from app.reports.board import Board, BoardRow\nfrom app.periods import Month\nfrom app.domain import Staff\n"
            "from app.staff_draft import StaffDraft\nfrom app.settings import Setting\n"
            "for cls in (Board, BoardRow, Month, Staff, StaffDraft, Setting):\n"
            "    for name in ('__init__', '__repr__', '__eq__', '__hash__', '__setattr__', '__delattr__'):\n"
            "        f = getattr(cls.__dict__.get(name), '__wrapped__', cls.__dict__.get(name))\n"
            "        code = getattr(f, '__code__', None)\n"
            "        print(cls.__name__, name, code and (code.co_code.hex(), code.co_consts, code.co_names,"
            " code.co_varnames, code.co_filename, code.co_flags), getattr(f, '__annotations__', None),"
            " getattr(f, '__defaults__', None), getattr(f, '__kwdefaults__', None), getattr(f, '__qualname__', None))\n")


def test_dataclasses_made_from_kept_code_are_those_python_makes(tmp_path):
    def run(prelude: str) -> str:
        return _printed(prelude + _METHODS, _compiled_env(tmp_path))

    keep = "from app import compiled_dataclasses\ncompiled_dataclasses.keep_compiled()\n"
    made_by_python = run("")
    assert made_by_python.count("\n") == 36 and "__init__ ('" in made_by_python
    assert run(keep + "import atexit\natexit.register(compiled_dataclasses.keep_for_next_start)\n") == made_by_python
    kept = next((tmp_path / "pycache").rglob("dataclass-methods.*.marshal"))
    assert kept.stat().st_size > 0
    assert run(keep) == made_by_python  # from the kept code
    kept.write_bytes(kept.read_bytes()[:100])  # cut off, as by a full disk
    assert run(keep) == made_by_python
