"""PySide6's support modules compiled once and kept (ui/pyside_compile_cache.py): what is taken from the file is what
compiling gives, and a file that is missing, cut short, damaged or of another version is compiled without."""

from __future__ import annotations

import builtins
import marshal
import os
from importlib.util import MAGIC_NUMBER

import pytest

from tests.ui.test_startup import _env
from tests.ui.test_startup_cost import _printed
from ui.pyside_compile_cache import CACHE_NAME, compiled_once

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
    path = tmp_path / "cache" / CACHE_NAME
    first = _run(path)
    assert compiled == ["shibokensupport/x.py"] and path.exists()
    second = _run(path)
    assert compiled == ["shibokensupport/x.py"]  # not compiled again
    assert first["ANSWER"] == second["ANSWER"] == 42
    assert first["f"].__annotations__ == second["f"].__annotations__ == {"x": "Undefined", "return": "int"}
    assert second["f"].__code__.co_filename == "shibokensupport/x.py"


def test_another_source_under_the_same_name_is_compiled(tmp_path, compiled):
    path = tmp_path / CACHE_NAME
    _run(path)
    changed = _run(path, SOURCE.replace(b"6 * 7", b"6 * 8"))
    assert changed["ANSWER"] == 48 and len(compiled) == 2
    assert _run(path, SOURCE.replace(b"6 * 7", b"6 * 8"))["ANSWER"] == 48 and len(compiled) == 2


@pytest.mark.parametrize("spoil", [
    lambda data: data[: len(data) // 2],  # cut short
    lambda data: b"",
    lambda data: b"\x00\xffnot marshal at all" * 10,
    lambda data: marshal.dumps([1, 2, 3]),
    lambda data: marshal.dumps(((b"\x00\x00\r\n", "6.11.3"), {})),
    lambda data: marshal.dumps(((MAGIC_NUMBER, "6.11.3"), ["code"])),
])
def test_a_damaged_file_is_compiled_without_and_written_again(tmp_path, compiled, spoil):
    path = tmp_path / CACHE_NAME
    _run(path)
    path.write_bytes(spoil(path.read_bytes()))
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2  # written whole again


def test_a_file_of_another_python_or_pyside6_is_compiled_without(tmp_path, compiled):
    path = tmp_path / CACHE_NAME
    _run(path)
    stamp, codes = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(((b"\x00\x00\r\n", stamp[1]), codes)))  # another Python's bytecode
    _run(path)
    assert len(compiled) == 2
    _run(path, version="6.12.0")
    assert len(compiled) == 3
    _run(path, version="6.12.0")
    assert len(compiled) == 3


def test_without_pysides_version_nothing_is_kept(tmp_path, compiled):
    path = tmp_path / CACHE_NAME
    _run(path, version=None)
    _run(path, version=None)
    assert len(compiled) == 2 and not path.exists()


def test_compile_is_given_back_and_nothing_written_when_the_import_fails(tmp_path, compiled):
    path = tmp_path / CACHE_NAME
    before = builtins.compile
    with pytest.raises(ImportError), compiled_once(path, lambda: "6.11.3"):
        compile(SOURCE, "shibokensupport/x.py", "exec")
        raise ImportError("no Qt")
    assert builtins.compile is before and not path.exists()


def test_a_cache_folder_that_cannot_be_written_only_compiles_again(tmp_path, compiled):
    (tmp_path / "file").write_text("not a folder")
    path = tmp_path / "file" / CACHE_NAME
    assert _run(path)["ANSWER"] == 42
    assert _run(path)["ANSWER"] == 42 and len(compiled) == 2


def test_the_callers_future_imports_are_taken_as_compile_takes_them(tmp_path, compiled):
    """`compile` takes the `from __future__` imports of the code calling it: the cache must not take its own."""
    source = b"def f(x: Undefined):\n    return x\n"
    # a caller without `from __future__ import annotations`
    plain = _executed(builtins.compile("def ask(source):\n    return compile(source, 'plain.py', 'exec')\n", "caller.py",
                                       "exec", dont_inherit=True))
    compiled.clear()
    path = tmp_path / CACHE_NAME
    for _ in range(2):
        with compiled_once(path, lambda: "6.11.3"):
            eager, lazy = plain["ask"](source), compile(source, "plain.py", "exec")
        with pytest.raises(NameError):
            _executed(eager)
        assert _executed(lazy)["f"].__annotations__ == {"x": "Undefined"}
    assert len(compiled) == 2


def test_another_kind_of_compile_is_compiled_as_asked_and_not_kept(tmp_path, compiled):
    import ast

    path = tmp_path / CACHE_NAME
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
    cache = tmp_path / "home" / "cache" / CACHE_NAME
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
    assert not os.path.exists(tmp_path / "other" / "cache" / CACHE_NAME)
