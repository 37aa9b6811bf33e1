"""The Windows bundle's CI workflow cannot run here: check that it is well-formed YAML that builds the
same build.spec, runs both built programs and uploads the bundle; and that the icon and the Windows
version information build.spec uses exist and agree with pyproject.toml."""

from __future__ import annotations

import ast
import tomllib
from functools import partial
from pathlib import Path

import pytest
import yaml
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "windows-bundle.yml"
SPEC = ROOT / "build.spec"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps(workflow: dict) -> list[dict]:
    [job] = workflow["jobs"].values()
    return job["steps"]


def _run(workflow: dict, word: str) -> dict:
    """The one step whose command mentions `word`."""
    found = [s for s in _steps(workflow) if word in s.get("run", "")]
    assert len(found) == 1, (word, found)
    return found[0]


def test_the_workflow_is_yaml_with_one_windows_job(workflow):
    triggers = workflow.get("on", workflow.get(True)) or {}  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    [job] = workflow["jobs"].values()
    assert job["runs-on"] == "windows-latest"
    assert all(isinstance(step, dict) and ("uses" in step or "run" in step) for step in job["steps"])


def test_it_checks_out_and_sets_up_python_311(workflow):
    uses = [s["uses"] for s in _steps(workflow) if "uses" in s]
    assert uses[0].startswith("actions/checkout@")
    [python] = [s for s in _steps(workflow) if s.get("uses", "").startswith("actions/setup-python@")]
    assert str(python["with"]["python-version"]) == "3.11"


def test_it_installs_the_build_extra_and_builds_the_same_spec(workflow):
    assert 'pip install -e ".[build]"' in _run(workflow, "pip install -e")["run"]
    build = _run(workflow, "PyInstaller")["run"]
    assert "build.spec" in build.split() and "--noconfirm" in build
    assert (ROOT / "scripts" / "build").read_text(encoding="utf-8").count("build.spec") == 1  # the same spec
    assert 'NAME = "红花榜"' in SPEC.read_text(encoding="utf-8")  # dist/红花榜 below is this name


def test_it_runs_the_built_console_program_and_the_window_offscreen(workflow):
    cli = _run(workflow, "honghua.exe")["run"]
    assert '"dist/红花榜/honghua.exe" --db demo.db demo' in cli
    gui = _run(workflow, "红花榜.exe")
    assert gui["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert '"dist/红花榜/红花榜.exe"' in gui["run"] and '"--exit-after-startup"' in gui["run"]
    assert '"--db", "demo.db"' in gui["run"] and "ExitCode" in gui["run"]


def test_it_uploads_the_bundle_folder(workflow):
    uploads = [s for s in _steps(workflow) if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert len(uploads) == 1
    upload = uploads[0]
    assert upload["with"]["path"] == "dist/红花榜"
    assert upload["with"]["if-no-files-found"] == "error"
    assert _steps(workflow)[-1] is upload


def test_the_structure_checks_can_fail():
    broken = yaml.safe_load("jobs:\n  bundle:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n")
    with pytest.raises(AssertionError):
        test_the_workflow_is_yaml_with_one_windows_job(broken)
    with pytest.raises(AssertionError):
        test_it_uploads_the_bundle_folder(broken)
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load("jobs:\n  bundle:\n    steps:\n  - run: [unclosed\n")


def test_pyyaml_is_in_the_test_extra():
    assert any(dep.lower().startswith("pyyaml") for dep in PYPROJECT["project"]["optional-dependencies"]["test"])


# ---- icon and version info, as build.spec uses them
def test_the_spec_uses_the_icon_and_the_version_info():
    spec = SPEC.read_text(encoding="utf-8")
    assert 'ROOT / "resources" / "icons" / "honghua.ico"' in spec
    assert 'ROOT / "scripts" / "version_info.txt"' in spec
    assert spec.count("icon=str(ICON)") == 2 and spec.count("version=str(VERSION)") == 2  # both programs


def test_the_icon_has_the_windows_sizes():
    with Image.open(ROOT / "resources" / "icons" / "honghua.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ROOT / "resources" / "icons" / "honghua.png") as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
        red, green, blue, alpha = png.getpixel((128, 60))  # a petal
        assert alpha == 255 and red > 180 and green < 80 and blue < 80
        assert png.getpixel((2, 2))[3] == 0  # transparent corners


class _Call:
    def __init__(self, name: str, *args: object, **kwargs: object):
        self.name, self.args, self.kwargs = name, args, kwargs


def _version_info() -> _Call:
    """Evaluate scripts/version_info.txt as PyInstaller does (eval), with recording stand-ins for its
    classes (PyInstaller's own need pywin32 and pefile, which exist only on Windows)."""
    text = (ROOT / "scripts" / "version_info.txt").read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")
    names = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert names <= {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                     "VarFileInfo", "VarStruct"}
    namespace = {name: partial(_Call, name) for name in names}
    return eval(compile(tree, "version_info.txt", "eval"), {"__builtins__": {}}, namespace)


def test_the_version_info_names_the_product_and_the_pyproject_version():
    info = _version_info()
    assert info.name == "VSVersionInfo"
    numbers = tuple(int(part) for part in VERSION.split("."))
    ffi = info.kwargs["ffi"]
    assert ffi.kwargs["filevers"][:len(numbers)] == numbers and ffi.kwargs["prodvers"][:len(numbers)] == numbers
    [string_info, _var_info] = info.kwargs["kids"]
    [table] = string_info.args[0]
    strings = {s.args[0]: s.args[1] for s in table.args[1]}
    assert strings["CompanyName"] == strings["ProductName"] == "红花榜"
    assert strings["FileVersion"] == strings["ProductVersion"] == VERSION
