"""What the window's start spends before its first paint, and how that is measured: work done in a quicker way,
and modules and Qt classes loaded only when used (the launcher, the lock and files that cannot be opened: in
test_startup.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from app import paths
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
    printed = printed_offscreen(code)
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
    printed = printed_offscreen(code)
    assert printed.strip() == "True False True [('ui.preload', False), (None, True)]"


def printed_offscreen(code: str) -> str:
    """What `python -c code` prints, run from the project's folder on the offscreen platform; it must exit 0."""
    return _printed(code, {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})


def _printed(code: str, env: dict[str, str]) -> str:
    """What `python -c code` prints; it must exit 0."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_startup_is_measured_after_the_first_paint(tmp_path):
    db = tmp_path / "shop.db"
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(db), "--today", "2026-10-20", "--exit-after-startup"],
        capture_output=True, text=True, env=_env(tmp_path), timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"startup_ms=\d+(\.\d+)?", result.stdout.strip()), result.stdout
    assert db.exists() and not paths.lock_path(db).exists()


def _started_with_paint_hook(tmp_path, at_paint: list[str], args: list[str], prelude: str = "",
                             after_exit: str = "") -> subprocess.CompletedProcess:
    """The window started through its launcher with `--exit-after-startup`, running the lines `at_paint` (with
    `self`, the first page's paint reporter) at its first paint; it must exit 0."""
    code = ("import sys\nimport ui.main\n" + prelude + "report = ui.main.FirstPaintReporter._report\n"
            "def at_paint(self):\n" + "".join(f"    {line}\n" for line in at_paint) + "    report(self)\n"
            "ui.main.FirstPaintReporter._report = at_paint\n"
            "from ui.launch import main\ncode = main(sys.argv[1:])\n" + after_exit + "sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code, *args, "--exit-after-startup"],
                            capture_output=True, text=True, env=_env(tmp_path), timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    return result


def test_startup_does_not_import_charts_pdfs_excel_or_numpy(tmp_path):
    """Not by the first paint: the certificates' fonts, and reportlab with them, are read right after it."""
    result = _started_with_paint_hook(tmp_path, [
        "heavy = sorted(m for m in ('matplotlib', 'reportlab', 'openpyxl', 'numpy') if m in sys.modules)",
        "print('heavy=' + ','.join(heavy))"], ["--db", str(tmp_path / "s.db")])
    assert "startup_ms=" in result.stdout and "heavy=\n" in result.stdout + "\n"


# Made or imported only when used, after the board with its rows has painted: (module, name) of Qt classes, our
# modules and Python's (difflib: a table's rows told apart at a recompute, never at start when its model is empty).
NOT_AT_FIRST_PAINT = {
    "qt": [("QtWidgets", "QColorDialog"), ("QtWidgets", "QMessageBox"), ("QtWidgets", "QDialogButtonBox"),
           ("QtWidgets", "QFileDialog"), ("QtGui", "QImage"), ("QtCore", "QUrl"),
           # a wait's notice and its work's thread: a write waiting, a task, an older shop file's upgrade
           ("QtWidgets", "QDialog"), ("QtWidgets", "QProgressDialog"), ("QtCore", "QThread"), ("QtCore", "QEventLoop"),
           # the style's names, 566 enum members: the board's labels, choice boxes and bars are drawn without them
           ("QtWidgets", "QStyle"), ("QtWidgets", "QCommonStyle")],
    "modules": ["app.storage_location", "app.reports.series", "app.recognition.service", "difflib",
                "ui.models.month_grid_model",  # the 数据 page's grid model, and its data service with it
                "ui.tasks",
                # the dataclasses the board does not read: events, flowers and the log's entries, and the events' store
                "app.events", "app.flowers", "app.audit", "app.store.events",
                "app.staff_draft"],  # a person as typed: app.domain hands it out when asked
}


def test_the_first_paint_of_the_board_loads_only_the_qt_classes_and_modules_it_uses(tmp_path):
    """PySide6 makes a Qt class (and its enums) when it is first used. A Python handle on a widget Qt made as a
    plain QWidget (a table's viewport) makes it load every QtWidgets class, QColorDialog included; the message
    boxes, the file dialog, the poster's image, the folder's URL and the wait notices are made when they are used
    (every frozen dataclass of a module imported costs some 5 million instructions). The warning about
    a risky place for the shop file is worked out after the first paint, the chart's series when it is drawn, and
    the board reads its red flags without the flowers' service."""
    db = tmp_path / "demo.db"
    subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--today", "2026-10-20", "demo"],
                   capture_output=True, env=_env(tmp_path), timeout=120, cwd=ROOT, check=True)
    result = _started_with_paint_hook(tmp_path, [
        "print('rows=' + str(self.parent().table.model().rowCount()))",
        "qt = [name for module, name in late['qt'] if name in vars(getattr(sys.modules[__name__], module))]",
        "print('loaded=' + ','.join(qt + [name for name in late['modules'] if name in sys.modules]))"],
        ["--db", str(db), "--today", "2026-10-20"],
        prelude=f"from PySide6 import QtCore, QtGui, QtWidgets\nlate = {NOT_AT_FIRST_PAINT!r}\n")
    words = result.stdout.split()
    assert int(next(w for w in words if w.startswith("rows=")).split("=")[1]) > 0  # the board itself, not its hint
    assert "loaded=" in words, result.stdout


def test_no_widget_but_the_navigation_list_has_a_style_sheet_at_the_first_paint(tmp_path):
    """A style sheet has Qt parse CSS and put the widget under its style-sheet style (some 6 M instructions to
    the first paint for the 15 the window and the board had): their looks are made with the palette, fonts and
    margins instead (ui/widgets/plain_looks.py), and only the navigation list keeps its hover and selection rules."""
    result = _started_with_paint_hook(tmp_path, [
        "from PySide6.QtWidgets import QApplication, QWidget",
        "window = self.parent().window()",
        "sheets = [w for w in [window, *window.findChildren(QWidget)] if w.styleSheet()]",
        "print('sheets=' + ','.join(sorted(w.objectName() or type(w).__name__ for w in sheets)))",
        "print('app_sheet=' + str(bool(QApplication.instance().styleSheet())))"],
        ["--db", str(tmp_path / "s.db")])
    words = result.stdout.split()
    assert "sheets=navigation" in words and "app_sheet=False" in words, result.stdout


def test_the_garbage_collector_waits_for_the_first_paint(tmp_path):
    """The start makes tens of thousands of objects that all stay: the cyclic collector ran over them 56 times
    before the first paint. It is off until the board has painted and on again right after."""
    result = _started_with_paint_hook(tmp_path, [
        "print('at_paint=' + str(gc.isenabled()))",
        "QTimer.singleShot(0, lambda: print('after_paint=' + str(gc.isenabled())))"],
        ["--db", str(tmp_path / "s.db")], prelude="import gc\nfrom PySide6.QtCore import QTimer\n",
        after_exit="print('after_exit=' + str(gc.isenabled()))\n")
    words = result.stdout.split()
    said = [w for w in words if w.split("=")[0] in ("at_paint", "after_paint", "after_exit")]
    assert said == ["at_paint=False", "after_paint=True", "after_exit=True"]


def test_the_window_makes_the_qt_enums_quickly_while_it_runs(tmp_path):
    """PySide6 makes a Qt class's enums when the class is first used: the launcher has them made quickly
    (ui/quick_enums.py; by the functional API, some 13 % of the start's instructions) and puts the usual way back
    when the window closes."""
    result = _started_with_paint_hook(tmp_path, [
        "print('quick=' + str(len(quick)))"],
        ["--db", str(tmp_path / "s.db")],
        prelude="import enum\nimport ui.quick_enums\nquick = []\nbuilt = ui.quick_enums._made_plain\n"
                "ui.quick_enums._made_plain = lambda *a: quick.append(1) or built(*a)\n"
                "usual = enum.EnumType.__dict__['_create_']\n",
        after_exit="print('restored=' + str(enum.EnumType.__dict__['_create_'] is usual))\n")
    words = result.stdout.split()
    # this hook imports ui.main (and the Qt classes it imports) before the launcher: those made here are the
    # window's, at its first use of a class (some 230 enums when nothing was imported before)
    assert int(next(w for w in words if w.startswith("quick=")).split("=")[1]) > 20
    assert "restored=True" in words


def test_the_window_modules_compile_no_pattern_of_ours_at_import():
    """A regular expression of ours is compiled when it is first used (`re` keeps it), not at import: about 50
    patterns (periods, lengths of time, amounts, the command line's messages) cost the window's start several
    milliseconds, and it parses none of them."""
    code = ("import re, sys\nfrom pathlib import Path\nroot = Path.cwd()\nfound = []\ncompile = re._compile\n"
            "def spy(pattern, flags):\n"
            "    caller = sys._getframe(2)\n"
            "    while caller is not None and Path(caller.f_code.co_filename).is_relative_to(root):\n"
            "        if caller.f_code.co_name == '<module>':\n"
            "            found.append(f'{caller.f_code.co_filename}:{caller.f_lineno}')\n"
            "        caller = caller.f_back\n"
            "    return compile(pattern, flags)\n"
            "re._compile = spy\n"
            "import ui.preload, ui.main, ui.main_window, ui.pages.dashboard\nprint(found)")
    assert printed_offscreen(code).strip() == "[]"


def test_startup_ms_is_the_time_to_the_first_paint_not_to_the_work_queued_behind_it(tmp_path):
    """The 证书 preview folders are tidied right after the first paint: --exit-after-startup still waits
    for that work, but the time it prints is the first paint's."""
    code = ("import sys, time\nimport ui.main\n"
            "def slow_tidying():\n    time.sleep(1.5)\n    print('tidied', flush=True)\n"
            "ui.main._remove_stale_preview_folders = slow_tidying\n"
            "from ui.launch import main\nsys.exit(main(sys.argv[1:]))")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "s.db"), "--exit-after-startup"],
                            capture_output=True, text=True, env=_env(tmp_path), timeout=120, cwd=ROOT, check=False)
    whole_ms = (time.perf_counter() - started) * 1000
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split()
    assert lines[-1] == "tidied"  # the queued work ran before the exit
    startup_ms = float(next(w for w in lines if w.startswith("startup_ms=")).split("=")[1])
    assert startup_ms < whole_ms - 1500


def test_the_window_modules_leave_the_backups_package_and_the_plans_until_they_are_used():
    """Backups are made after the first paint (and the 证书 preview folders tidied then), and the board reads
    no plan: importing the window's modules imports neither the backups package nor the rules engine (about
    40 ms and 25 ms before the first paint). The rules came in through the approved-period check of the data
    service, which reads an approved period's plan only when a change touches it."""
    code = ("import sys\nimport ui.main, ui.main_window\n"
            "print(sorted(m for m in sys.modules if m.startswith(('app.backups', 'app.rules'))))")
    assert printed_offscreen(code).strip() == "[]"
