"""Code compiled once and kept (ui/compile_cache.py): PySide6's support modules and the dataclasses' methods. What is
taken from the file is what compiling gives, and a file missing, cut short, damaged or of another version is compiled
without."""

from __future__ import annotations

import builtins
import json
import marshal
import os
import re
import subprocess
import sys
import tracemalloc
from importlib.util import MAGIC_NUMBER

import pytest

from tests.ui.test_startup import ROOT, _env
from tests.ui.test_startup_cost import _printed
from ui.compile_cache import (
    DATACLASSES_CACHE,
    LARGEST_READ,
    PYSIDE_CACHE,
    compiled_once,
    contents,
    dataclasses_compiled_once,
)

SOURCE = b"from __future__ import annotations\nANSWER = 6 * 7\ndef f(x: Undefined) -> int:\n    return x\n"


@pytest.fixture
def compiled(monkeypatch):
    """The names `compile` really compiled (what the cache did not answer)."""
    names: list[str] = []
    real = builtins.compile

    def counting(source, filename, *args, **named):
        names.append(filename)
        return real(source, filename, *args, **named)

    monkeypatch.setattr(builtins, "compile", counting)
    return names


def _run(path, source=SOURCE, version="6.11.3", name="shibokensupport/x.py"):
    with compiled_once(path, lambda: version):
        code = compile(source, name, "exec")
    return _executed(code)


def _executed(code) -> dict:
    space: dict = {}
    exec(code, space)  # noqa: S102  # the code under test is our own source
    return space


def test_a_second_start_takes_the_code_from_the_file_and_it_behaves_the_same(tmp_path, compiled):
    path = tmp_path / "cache" / PYSIDE_CACHE
    first = _run(path)
    assert compiled == ["shibokensupport/x.py"] and path.exists()
    second = _run(path)
    assert compiled == ["shibokensupport/x.py"]  # not compiled again
    assert first["ANSWER"] == second["ANSWER"] == 42
    assert first["f"].__annotations__ == second["f"].__annotations__ == {"x": "Undefined", "return": "int"}
    assert second["f"].__code__.co_filename == "shibokensupport/x.py"


def test_another_source_under_the_same_name_is_compiled(tmp_path, compiled):
    path = tmp_path / PYSIDE_CACHE
    _run(path)
    changed = _run(path, SOURCE.replace(b"6 * 7", b"6 * 8"))
    assert changed["ANSWER"] == 48 and len(compiled) == 2
    assert _run(path, SOURCE.replace(b"6 * 7", b"6 * 8"))["ANSWER"] == 48 and len(compiled) == 2


@pytest.mark.parametrize("spoil", [
    lambda data: data[: len(data) // 2],  # cut short
    lambda data: b"",
    lambda data: b"\x00\xffnot marshal at all" * 10,
    lambda data: marshal.dumps([1, 2, 3]),
    lambda data: data[4:],  # without its checksum
    lambda data: contents([1, 2, 3], {}),  # type: ignore[arg-type]
    lambda data: contents((MAGIC_NUMBER, sys.version, "6.11.3"), ["code"]),  # type: ignore[arg-type]
    lambda data: contents((MAGIC_NUMBER, sys.version, "6.11.3"), {("key",): "not code"}),  # type: ignore[dict-item]
])
def test_a_damaged_file_is_compiled_without_and_written_again(tmp_path, compiled, spoil):
    path = tmp_path / PYSIDE_CACHE
    _run(path)
    path.write_bytes(spoil(path.read_bytes()))
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2  # written whole again


def test_a_file_of_another_python_or_pyside6_is_compiled_without(tmp_path, compiled):
    path = tmp_path / PYSIDE_CACHE
    _run(path)
    stamp, codes = marshal.loads(path.read_bytes()[4:])
    path.write_bytes(contents((b"\x00\x00\r\n", *stamp[1:]), codes))  # another Python's bytecode
    _run(path)
    assert len(compiled) == 2
    _run(path, version="6.12.0")
    assert len(compiled) == 3
    _run(path, version="6.12.0")
    assert len(compiled) == 3


def test_a_file_of_another_release_of_the_same_python_is_compiled_without(tmp_path, compiled, monkeypatch):
    """A patch release keeps the bytecode's magic number but may compile the same text otherwise."""
    path = tmp_path / PYSIDE_CACHE
    with monkeypatch.context() as patched:
        patched.setattr(sys, "version", "3.11.4 (main, Jun  7 2023, 10:13:09) [GCC 12.2.0]")
        _run(path)
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2


def test_a_flipped_bit_in_the_kept_code_is_compiled_without(tmp_path, compiled):
    """A code object damaged inside a file that still reads as one would run as it is (or stop every start)."""
    path = tmp_path / PYSIDE_CACHE
    _run(path)
    data = path.read_bytes()
    answer = (42).to_bytes(4, "little")
    [at] = [i for i in range(1, len(data) - 4) if data[i:i + 4] == answer and data[i - 1] & 0x7F == ord("i")]
    path.write_bytes(data[:at] + (43).to_bytes(4, "little") + data[at + 4:])  # the constant 6 * 7, one bit off
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2


@pytest.mark.parametrize("error", [SystemError, MemoryError])
def test_whatever_marshal_raises_on_a_file_compiles_without(tmp_path, compiled, monkeypatch, error):
    """marshal trusts its input: a damaged code object raises SystemError, a damaged length asks for gigabytes."""
    path = tmp_path / PYSIDE_CACHE
    _run(path)

    def refusing(data):
        raise error("bad marshal data")

    monkeypatch.setattr(marshal, "loads", refusing)
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2


def test_a_file_bigger_than_any_written_is_not_read_whole(tmp_path, compiled):
    path = tmp_path / PYSIDE_CACHE
    _run(path)
    with path.open("r+b") as file:
        file.truncate(4 * LARGEST_READ)  # what it holds, then nothing but zeros
    tracemalloc.start()
    try:
        assert _run(path)["ANSWER"] == 42
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(compiled) == 2 and peak < 2 * LARGEST_READ, peak
    assert path.stat().st_size < LARGEST_READ  # written again as it should be


def test_without_pysides_version_nothing_is_kept(tmp_path, compiled):
    path = tmp_path / PYSIDE_CACHE
    _run(path, version=None)
    _run(path, version=None)
    assert len(compiled) == 2 and not path.exists()


def test_compile_is_given_back_and_nothing_written_when_the_import_fails(tmp_path, compiled):
    path = tmp_path / PYSIDE_CACHE
    before = builtins.compile
    with pytest.raises(ImportError), compiled_once(path, lambda: "6.11.3"):
        compile(SOURCE, "shibokensupport/x.py", "exec")
        raise ImportError("no Qt")
    assert builtins.compile is before and not path.exists()


def test_a_start_that_fails_with_kept_code_leaves_the_next_to_compile_afresh(tmp_path, compiled):
    """Whatever the error was, no start takes that code again: one damaged in a way nothing checks cannot stop the
    window from opening at every start."""
    path = tmp_path / PYSIDE_CACHE
    _run(path)
    with pytest.raises(ImportError), compiled_once(path, lambda: "6.11.3"):
        compile(SOURCE, "shibokensupport/x.py", "exec")
        raise ImportError("no Qt")
    assert len(compiled) == 1 and not path.exists()
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2 and path.exists()


def test_a_cache_folder_that_cannot_be_written_only_compiles_again(tmp_path, compiled):
    (tmp_path / "file").write_text("not a folder")
    path = tmp_path / "file" / PYSIDE_CACHE
    assert _run(path)["ANSWER"] == 42
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2


def test_the_callers_future_imports_are_taken_as_compile_takes_them(tmp_path, compiled):
    """`compile` takes the `from __future__` imports of the code calling it: the cache must not take its own."""
    source = b"def f(x: Undefined):\n    return x\n"
    # a caller without `from __future__ import annotations`
    asking = "def ask(source):\n    return compile(source, 'plain.py', 'exec')\n"
    plain = _executed(builtins.compile(asking, "caller.py", "exec", dont_inherit=True))
    compiled.clear()
    path = tmp_path / PYSIDE_CACHE
    for _ in range(2):
        with compiled_once(path, lambda: "6.11.3"):
            eager, lazy = plain["ask"](source), compile(source, "plain.py", "exec")
        with pytest.raises(NameError):
            _executed(eager)
        assert _executed(lazy)["f"].__annotations__ == {"x": "Undefined"}
    assert len(compiled) == 2


def test_code_kept_by_python_O_is_not_taken_without_it(tmp_path, compiled):
    """`python -O` (or PYTHONOPTIMIZE) leaves the asserts out of what it compiles."""
    path = tmp_path / PYSIDE_CACHE
    source = b"def checked(x):\n    assert x, 'checked'\n    return x\n"
    kept_by_o = ("from __future__ import annotations\n"  # as this module: the same flags
                 "import sys\nfrom pathlib import Path\nfrom ui.compile_cache import compiled_once\n"
                 "with compiled_once(Path(sys.argv[1]), lambda: '6.11.3'):\n"
                 f"    compile({source!r}, 'shibokensupport/x.py', 'exec')\n")
    subprocess.run([sys.executable, "-O", "-c", kept_by_o, str(path)], cwd=ROOT, timeout=60, check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"})  # no .opt-1.pyc
    assert path.exists()
    with compiled_once(path, lambda: "6.11.3"):
        code = compile(source, "shibokensupport/x.py", "exec")
    with pytest.raises(AssertionError, match="checked"):
        _executed(code)["checked"](0)
    assert compiled == ["shibokensupport/x.py"]


def test_another_kind_of_compile_is_compiled_as_asked_and_not_kept(tmp_path, compiled):
    import ast

    path = tmp_path / PYSIDE_CACHE
    for _ in range(2):
        with compiled_once(path, lambda: "6.11.3"):
            tree = compile(SOURCE, "x.py", "exec", ast.PyCF_ONLY_AST)
            code = compile("ANSWER = 1", "y.py", "exec", dont_inherit=True, optimize=2)
        assert isinstance(tree, ast.Module) and code.co_filename == "y.py"
    assert len(compiled) == 4 and not path.exists()


SIGNATURES = ("import sys, builtins\nasked = []\nreal = builtins.compile\n"
              "def spy(source, filename, *more, **named):\n"
              "    asked.append(filename)\n    return real(source, filename, *more, **named)\n"
              "builtins.compile = spy\n"
              "import ui.preload\nui.preload.quicken_pyside_import_hook()\n"
              "print(builtins.compile is spy, len([name for name in asked if 'shibokensupport' in name]))\n"
              "from PySide6.QtWidgets import QApplication, QWidget\n"
              "from PySide6.support.signature import get_signature\n"
              "app = QApplication([])\n"
              "print(get_signature(QWidget.setWindowTitle), get_signature(QWidget.resize))\n"
              "try:\n    QWidget().resize('wide')\nexcept TypeError as e:\n    print(str(e).replace(chr(10), ' '))\n"
              "from __feature__ import snake_case\nw = QWidget()\nw.set_window_title('红花榜')\nprint(w.window_title())\n")


def test_pyside6_from_the_kept_code_gives_the_same_signatures_and_messages(tmp_path):
    env = _env(tmp_path)
    first = _printed(SIGNATURES, env).splitlines()
    cache = tmp_path / "home" / "cache" / PYSIDE_CACHE
    assert cache.exists()
    second = _printed(SIGNATURES, env).splitlines()
    assert first[0].split()[0] == second[0].split()[0] == "True"
    assert int(first[0].split()[1]) >= 10 and second[0].split()[1] == "0"  # none compiled the second time
    assert first[1:] == second[1:]
    assert "arg__1: str" in second[1] and "w: int, h: int" in second[1]
    assert "resize" in second[2] and "wide" not in second[3:]
    assert second[3] == "红花榜"
    uncached = _printed(SIGNATURES.replace("ui.preload.quicken_pyside_import_hook()", "import PySide6"),
                        {**env, "HONGHUA_HOME": str(tmp_path / "other")})
    assert uncached.splitlines()[1:] == second[1:]
    assert not os.path.exists(tmp_path / "other" / "cache" / PYSIDE_CACHE)


RUN_TIME_HOOK = ("import runpy, sys\n"
                 f"runpy.run_path({str(ROOT / 'scripts' / 'rthook_pyside_compiled_once.py')!r})\n"
                 "print('ran on', sys.modules.get('PySide6') is not None)\n")


def test_the_bundles_run_time_hook_keeps_pysides_support_code(tmp_path):
    assert _printed(RUN_TIME_HOOK, _env(tmp_path)).split() == ["ran", "on", "True"]
    assert (tmp_path / "home" / "cache" / PYSIDE_CACHE).exists()


def test_the_command_line_runs_on_where_pyside6_cannot_be_imported(tmp_path):
    """PyInstaller's own hook passes over a PySide6 that cannot load (a DLL missing): the command line needs none."""
    blocked = "import sys\nsys.modules['PySide6'] = None  # importing it raises ImportError\n" + RUN_TIME_HOOK
    assert _printed(blocked, _env(tmp_path)).split() == ["ran", "on", "False"]
    assert not (tmp_path / "home" / "cache" / PYSIDE_CACHE).exists()


POINT = ("import dataclasses\n"
         "@dataclasses.dataclass(frozen=True, order=True)\n"
         "class Point:\n    x: int\n    label: str = 'a'\n    tags: list = dataclasses.field(default_factory=list)\n")


def _point_class(path):
    with dataclasses_compiled_once(path):
        return _executed(builtins.compile(POINT, "points.py", "exec"))["Point"]


def test_a_dataclass_made_from_kept_code_behaves_as_one_made_from_source(tmp_path, compiled):
    path = tmp_path / DATACLASSES_CACHE
    first = _point_class(path)
    made = [name for name in compiled if name == "<string>"]
    assert made and path.exists()
    compiled.clear()
    second = _point_class(path)
    assert compiled == ["points.py"]  # the methods' texts were not compiled again
    import dataclasses

    assert "exec" not in vars(dataclasses)  # the builtin again, once the block ended
    for point in (first, second):
        p = point(3)
        assert (repr(p), p == point(3), p < point(4), p.tags) == ("Point(x=3, label='a', tags=[])", True, True, [])
        assert point(1).tags is not point(1).tags
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 4  # type: ignore[misc]
        with pytest.raises(TypeError):
            point()  # type: ignore[call-arg]


def test_the_window_starts_with_the_code_kept_by_the_first_start(tmp_path):
    """The launcher keeps the code of the dataclasses the board's modules make and of PySide6's support modules: the
    second start compiles none of them, and opens the window all the same."""
    code = ("import builtins, sys\nasked = []\nreal = builtins.compile\n"
            "def spy(source, filename, mode, *more, **named):\n"
            "    asked.append(filename if mode == 'exec' else '')  # not typing's annotations, mode 'eval'\n"
            "    return real(source, filename, mode, *more, **named)\n"
            "builtins.compile = spy\n"
            "import re._parser\nreal_parse = re._parser.parse\n"
            "def parse(pattern, *more):\n"
            "    asked.append('long pattern' if len(pattern) > 1000 else '')  # PySide6's signature parser's\n"
            "    return real_parse(pattern, *more)\n"
            "re._parser.parse = parse\n"
            "from ui.launch import main\ncode = main(sys.argv[1:])\n"
            "print('methods=%d support=%d patterns=%d' % (asked.count('<string>'),"
            " sum('shibokensupport' in n for n in asked), asked.count('long pattern')))\n"
            "sys.exit(code)")
    counts = []
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "s.db"), "--exit-after-startup"],
                                capture_output=True, text=True, env=_env(tmp_path), timeout=120, cwd=ROOT,
                                check=False)
        assert result.returncode == 0, result.stderr
        assert "startup_ms=" in result.stdout, result.stdout
        counts.append(tuple(int(result.stdout.split(f"{what}=")[1].split()[0])
                            for what in ("methods", "support", "patterns")))
    assert counts[0][0] > 100 and counts[0][1] >= 10 and counts[0][2] >= 3, counts
    assert counts[1] == (0, 0, 0), counts
    assert (tmp_path / "home" / "cache" / DATACLASSES_CACHE).exists()


PATTERNS = [
    (r"(?P<sign>[-+])?(?P<yuan>\d{1,3}(?:,\d{3})*)(?:\.(\d{1,2}))?", 0),
    (r"""(?x) ^ \s* (?P<key> [a-z_]+ ) \s* = \s* (?P<value> .*? ) \s* $  # key = value""", 0),
    (rb"^[ \t\f]*(?:[#\r\n]|$)", 0),
    (r"(?<=[一-龥])(?=\d)|销售额|(?!x)y", re.IGNORECASE | re.MULTILINE),
    (r"\w+", re.ASCII),
]


def _patterns(path):
    with dataclasses_compiled_once(path):
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


@pytest.fixture
def parsed(monkeypatch):
    """The patterns `re` really parsed (what the cache did not answer)."""
    import re._parser

    patterns: list = []
    real = re._parser.parse

    def counting(pattern, *more):
        patterns.append(pattern)
        return real(pattern, *more)

    monkeypatch.setattr(re._parser, "parse", counting)
    re.purge()  # `re` keeps the patterns it compiled: ask it afresh
    yield patterns
    re.purge()


def test_a_pattern_from_the_file_is_the_one_re_compiles(tmp_path, parsed):
    path = tmp_path / DATACLASSES_CACHE
    first = _patterns(path)
    assert len(parsed) == len(PATTERNS) and path.exists()
    parsed.clear()
    re.purge()
    second = _patterns(path)
    assert parsed == []  # none parsed again
    re.purge()
    compiled_by_re = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert first == second == compiled_by_re  # the same text, flags and code
    amount = second[0].fullmatch("-12,500.50")
    assert amount.group("sign", "yuan", 3) == ("-", "12,500", "50") and second[0].groupindex == {"sign": 1, "yuan": 2}
    assert second[1].match(" margin = 38% ").group("key", "value") == ("margin", "38%")
    assert second[3].search("销售额") and second[4].fullmatch("abc") and not second[4].fullmatch("ä")


def test_re_compiles_as_before_once_the_block_ends_or_fails(tmp_path, parsed):
    import re._compiler

    before = re._compiler.compile
    _patterns(tmp_path / DATACLASSES_CACHE)
    assert re._compiler.compile is before
    with pytest.raises(ImportError), dataclasses_compiled_once(tmp_path / DATACLASSES_CACHE):
        re.compile(r"(\d+)-(\d+)")
        raise ImportError("no Qt")
    assert re._compiler.compile is before and not (tmp_path / DATACLASSES_CACHE).exists()
    parsed.clear()
    re.purge()
    assert re.compile(PATTERNS[0][0]).fullmatch("1,000") and parsed == [PATTERNS[0][0]]


@pytest.mark.parametrize("spoiled", [
    lambda parts: parts[:4],  # another layout: a field fewer
    lambda parts: (*parts[:1], bytes(len(parts[1])), *parts[2:]),  # the code kept otherwise
    lambda parts: (parts[0], parts[1][:-3], *parts[2:]),  # code _sre refuses
    lambda parts: (*parts[:3], {"sign": 99}, parts[4]),  # a name of a group there is not
    lambda parts: (*parts[:4], ("sign", *parts[4][1:])),  # a group named one way only
    lambda parts: compile("0", "<string>", "eval"),  # not a pattern's at all
])
def test_a_kept_pattern_of_another_layout_is_compiled_again(tmp_path, parsed, spoiled):
    """The file's checksum says it is whole, not that what a pattern's entry holds is what this version keeps: an
    app of another version, writing under the same stamp, may keep a pattern otherwise."""
    path = tmp_path / DATACLASSES_CACHE
    _patterns(path)
    stamp, kept = marshal.loads(path.read_bytes()[4:])
    key = (PATTERNS[0][0], PATTERNS[0][1])
    kept[key] = spoiled(kept[key])
    path.write_bytes(contents(stamp, kept))
    parsed.clear()
    re.purge()
    amounts = _patterns(path)[0]
    assert parsed == [PATTERNS[0][0]]  # that one compiled again, the others taken from the file
    assert amounts == re.compile(PATTERNS[0][0]) and amounts.groupindex == {"sign": 1, "yuan": 2}
    assert amounts.fullmatch("+1,000.5").group("sign", "yuan", 3) == ("+", "1,000", "5")
    parsed.clear()
    re.purge()
    _patterns(path)
    assert parsed == []  # written whole again


def test_a_sources_entry_holding_no_code_is_compiled_again(tmp_path, compiled):
    path = tmp_path / PYSIDE_CACHE
    _run(path)
    stamp, kept = marshal.loads(path.read_bytes()[4:])
    [key] = kept
    kept[key] = (0, [1], 0, {}, (None,))  # what a pattern's entry holds
    path.write_bytes(contents(stamp, kept))
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2  # written whole again


def test_a_pattern_compiled_in_the_block_warns_of_the_line_that_asked_as_re_does(tmp_path):
    """`re`'s parser names the line that compiled a doubtful pattern (so many frames above it), not `re`'s own."""
    re.purge()
    with pytest.warns(FutureWarning, match="nested set") as by_re:
        re.compile("[[a]")
    re.purge()
    with dataclasses_compiled_once(tmp_path / DATACLASSES_CACHE), pytest.warns(FutureWarning) as in_block:
        re.compile("[[a]")
    re.purge()
    assert in_block[0].filename == by_re[0].filename == __file__


RE_TESTS_IN_THE_BLOCK = """
import json, sys, unittest
from pathlib import Path
from ui.compile_cache import dataclasses_compiled_once
from test import test_re
with dataclasses_compiled_once(Path(sys.argv[1])):
    suite = unittest.defaultTestLoader.loadTestsFromModule(test_re)
    result = unittest.TextTestRunner(stream=open(sys.argv[2], "w")).run(suite)
failed = [f"{test}: {text.strip().splitlines()[-1]}" for test, text in result.failures + result.errors]
print(json.dumps([result.testsRun, failed]))
"""


def test_pythons_own_tests_of_re_pass_with_the_patterns_kept(tmp_path):
    """CPython's tests of `re` (thousands of patterns: flags, bytes, locale, named groups, conditionals, possessive
    and atomic groups, errors) pass inside the block as it compiles them, and again with the patterns taken from the
    file, but for the parser's warnings, which a pattern taken from the file does not give (as a .pyc)."""
    pytest.importorskip("test.test_re")
    results = []
    for _ in range(2):
        run = subprocess.run([sys.executable, "-c", RE_TESTS_IN_THE_BLOCK, str(tmp_path / DATACLASSES_CACHE),
                              str(tmp_path / "log.txt")], capture_output=True, text=True, timeout=300, cwd=ROOT,
                             env=_env(tmp_path), check=False)
        assert run.returncode == 0, run.stderr[-3000:]
        results.append(json.loads(run.stdout))
    (ran, failed), (ran_again, failed_again) = results
    assert ran > 100 and failed == [], (tmp_path / "log.txt").read_text()[-3000:]
    assert ran_again == ran and all("Warning not triggered" in line for line in failed_again), failed_again
    _, kept = marshal.loads((tmp_path / DATACLASSES_CACHE).read_bytes()[4:])
    assert sum(len(key) == 2 for key in kept) > 1000
