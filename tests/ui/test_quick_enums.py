"""Qt's enums made by `enum._simple_enum` (ui/quick_enums.py) are the enums the functional API makes: compared member
by member, their behaviour included, for every enum of the Qt modules the app uses and for random enums."""

from __future__ import annotations

import contextlib
import enum
import functools
import json
import operator
import os
import pickle
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ui import quick_enums
from ui.quick_enums import _made_as_usual, made_quickly, plain_members, qt_enums_made_quickly

ROOT = Path(__file__).resolve().parents[2]
BASES = [enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag]


def described(made: enum.EnumType, *, pickled: bool = True) -> dict:
    """What can be told of an enum class from outside: its names, members, maps, masks, texts, lookups, operators."""
    members = made.__members__
    values = sorted({member._value_ for member in members.values() if type(member._value_) is int})
    said = {
        "name": made.__name__, "qualname": made.__qualname__, "module": made.__module__, "doc": made.__doc__,
        "mro": [base.__qualname__ for base in made.__mro__],
        "keys": sorted(vars(made)),
        "attributes": {key: repr(value) for key, value in vars(made).items()
                       if key not in members and key not in ("_member_map_", "_value2member_map_")
                       and not callable(value) and not isinstance(value, (property, classmethod, staticmethod))},
        "callables": {key: getattr(value, "__qualname__", type(value).__name__) for key, value in vars(made).items()
                      if key not in members and callable(value)},
        "members": [(name, member._name_, member._value_, member._sort_order_, sorted(vars(member)),
                     vars(made).get(name) is member,  # the class holds the member itself: no descriptor to call
                     repr(member), str(member), format(member), f"{member:>40}", bool(member),
                     hash(member) == hash(member._name_), made(member._value_)._name_)
                    for name, member in members.items()],
        "iterated": [member._name_ for member in made],
        "by_value": sorted((repr(value), member._name_) for value, member in made._value2member_map_.items()),
        "len": len(made), "dir": dir(made),
    }
    if issubclass(made, enum.Flag):
        every = made(0) if members else None
        for value in values:
            every = _said(operator.or_, every, made(value), text=False)
        said["flags"] = [repr(every), _said(operator.invert, every),
                         [_said(operator.invert, made(value)) for value in values],
                         [_said(operator.and_, made(value), every) for value in values],
                         _said(made, max(values, default=0) * 2 + 1)]
    else:
        said["missing"] = _said(made, max(values, default=0) + 1)
    if pickled:
        said["pickled"] = all(pickle.loads(pickle.dumps(member, protocol)) is member
                              for member in members.values() for protocol in (2, pickle.HIGHEST_PROTOCOL))
    return said


def _said(outcome, *arguments, text: bool = True):
    """repr() of what `outcome(*arguments)` gives, or the error it raises, named with its message."""
    try:
        result = outcome(*arguments)
    except (TypeError, ValueError) as refused:
        return f"{type(refused).__name__}: {refused}"
    return repr(result) if text else result


QT_ENUMS = """
import enum, json, sys
sys.path.insert(0, {root!r})
from tests.ui.test_quick_enums import described
import ui.quick_enums
from ui.quick_enums import qt_enums_made_quickly
quick = []
built = ui.quick_enums.made_by_simple_enum if sys.argv[1] == "simple" else ui.quick_enums._made_plain
ui.quick_enums._made_plain = lambda *a: quick.append(1) or built(*a)
block = qt_enums_made_quickly() if sys.argv[1] != "usual" else __import__("contextlib").nullcontext()
found = {{}}
with block:
    from PySide6 import QtCore, QtGui, QtWidgets, QtPrintSupport
    def walk(owner, path):
        for name in dir(owner):
            value = getattr(owner, name, None)
            if isinstance(value, enum.EnumType) and value.__module__.startswith("PySide6"):
                found.setdefault(f"{{value.__module__}}.{{value.__qualname__}}", value)
            elif isinstance(value, type) and name[0] == "Q" and f"{{path}}.{{name}}" not in seen:
                seen.add(f"{{path}}.{{name}}")
                walk(value, f"{{path}}.{{name}}")
    seen = set()
    for module in (QtCore, QtGui, QtWidgets, QtPrintSupport):
        walk(module, module.__name__)
print(json.dumps({{"quick": len(quick), "enums": {{key: described(value) for key, value in found.items()}}}}))
"""


@functools.cache
def _qt_enums(way: str) -> dict:
    """Every enum of the Qt modules the app uses, described, made `way` in a fresh process: "usual", "quick" (by
    this Python's builder) or "simple" (by `made_by_simple_enum`, the builder of a Python not checked)."""
    result = subprocess.run([sys.executable, "-c", QT_ENUMS.format(root=str(ROOT)), way], capture_output=True,
                            text=True, timeout=300, cwd=ROOT, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("way", ["quick", "simple"])
def test_every_enum_of_the_qt_modules_made_quickly_is_the_one_made_as_usual(way):
    usual, quick = _qt_enums("usual"), _qt_enums(way)
    assert usual["quick"] == 0 and quick["quick"] > 600  # the block took the quick way for nearly all of them
    assert len(usual["enums"]) > 600 and sorted(quick["enums"]) == sorted(usual["enums"])
    differing = [key for key in usual["enums"] if quick["enums"][key] != usual["enums"][key]]
    assert not differing, (differing[:5], quick["enums"][differing[0]], usual["enums"][differing[0]])


PLAIN_NAMES = st.sampled_from(["Red", "Green", "Blue", "NoFlag", "AllFlags", "Left", "Right", "Top", "Mask",
                               "Default", "Shade", "X"])
ODD_NAMES = st.sampled_from(["name", "value", "real", "mro", "bit_length", "_private", "__dunder__", "_sunder_",
                             "9lives", "Red"])
INTS = st.one_of(st.integers(-4, 70), st.sampled_from([2**31 - 1, 2**31, 0xFFFFFFFF, -2**31, 0x7FFFFFFF00]))
BOUNDARIES = st.sampled_from([None, enum.KEEP, enum.STRICT, enum.CONFORM, enum.EJECT])
BUILDERS = [quick_enums.made_from_shape, quick_enums.made_by_simple_enum]


@settings(max_examples=400, deadline=None)
@given(base=st.sampled_from(BASES), boundary=BOUNDARIES, as_tuple=st.booleans(), builder=st.sampled_from(BUILDERS),
       pairs=st.lists(st.tuples(PLAIN_NAMES, INTS), min_size=1, max_size=10, unique_by=lambda pair: pair[0]))
def test_a_random_plain_enum_made_quickly_is_the_one_made_as_usual(base, pairs, boundary, as_tuple, builder):
    names = tuple(pairs) if as_tuple else pairs
    assert plain_members(base, names) is not None  # the quick way is taken
    with mock.patch.object(quick_enums, "_made_plain", builder):
        _same_both_ways(base, names, boundary)


@settings(max_examples=200, deadline=None)
@given(base=st.sampled_from(BASES), boundary=BOUNDARIES,
       pairs=st.lists(st.tuples(st.one_of(PLAIN_NAMES, ODD_NAMES), st.one_of(INTS, st.booleans(), st.just("1"))),
                      max_size=6))
def test_a_random_enum_of_another_shape_is_made_as_usual(base, pairs, boundary):
    _same_both_ways(base, pairs, boundary)


def _same_both_ways(base, names, boundary) -> None:
    if boundary not in (None, enum.KEEP) and not issubclass(base, enum.Flag):
        boundary = None
    usual = _made(_made_as_usual, base, names, boundary)
    quick = _made(made_quickly, base, names, boundary)
    if isinstance(usual, str):
        assert quick == usual
        return
    assert not isinstance(quick, str), quick
    enum._test_simple_enum(usual, quick)  # the standard library's own check: raises on a difference
    assert described(quick, pickled=False) == described(usual, pickled=False)


def _made(way, base, names, boundary) -> enum.EnumType | str:
    try:
        return way(base, "Shade", names, module=__name__, boundary=boundary)  # as EnumType.__call__ calls it
    except (TypeError, ValueError) as refused:
        return f"{type(refused).__name__}: {refused}"


@pytest.mark.parametrize("names", ["[('B', 1)]", "[('_B', 1)]"])
def test_an_enum_made_where_no_module_can_be_told_is_unpicklable_both_ways(names):
    """Code run with globals of its own (no `__name__`): the functional API makes a class of module "<unknown>"
    whose members refuse to be pickled; the quick way too, and not one that names the enum module."""
    code = f"import enum\nA = enum.IntEnum('A', {names})"
    made = {}
    for way in ("usual", "quick"):
        with qt_enums_made_quickly() if way == "quick" else contextlib.nullcontext():
            exec(code, run := {})  # noqa: S102
        made[way] = run["A"]
    assert made["quick"].__module__ == made["usual"].__module__ == "<unknown>"
    for way in made.values():
        with pytest.raises(TypeError, match="cannot be pickled"):
            pickle.dumps(next(iter(way)))
    assert described(made["quick"], pickled=False) == described(made["usual"], pickled=False)


@pytest.mark.parametrize(("bases", "told"), [(BASES, {"qualname": "Outer.Shade"}),
                                             ([enum.Enum, enum.Flag], {"type": int})])
def test_an_enum_given_a_qualname_or_a_type_to_mix_in_is_made_as_usual(bases, told):
    for base in bases:
        usual = _made_as_usual(base, "Shade", [("Left", 1), ("Right", 2)], module=__name__, **told)
        quick = made_quickly(base, "Shade", [("Left", 1), ("Right", 2)], module=__name__, **told)
        assert described(quick, pickled=False) == described(usual, pickled=False)


def test_the_module_of_an_enum_is_told_as_the_functional_api_tells_it():
    """Python 3.12 on names the calling function's `__module__`, which may not be its globals' `__name__`."""
    code = "import enum\ndef make():\n    return enum.IntEnum('A', [('B', 1)])\nmake.__module__ = 'elsewhere'\n"
    made = {}
    for way in ("usual", "quick"):
        exec(code, run := {"__name__": "here"})  # noqa: S102
        with qt_enums_made_quickly() if way == "quick" else contextlib.nullcontext():
            made[way] = run["make"]()
    assert made["quick"].__module__ == made["usual"].__module__
    assert described(made["quick"], pickled=False) == described(made["usual"], pickled=False)


@pytest.mark.parametrize("names", [
    [], [("A", 1), ("A", 2)], [("_A", 1)], [("name", 1)], [("real", 1)], [("mro", 1)], [("A", True)], [("A", "1")],
    [("A", 1.0)], "A B", [["A", 1]], [("A", 1, 2)], {"A": 1}, [("not a name", 1)], [(["A"], 1)], [("A", [1])]])
def test_other_shapes_than_plain_names_with_int_values_go_the_usual_way(names):
    assert plain_members(enum.IntEnum, names) is None


def test_plain_names_with_int_values_go_the_quick_way_for_the_plain_bases_only():
    for base in BASES:
        assert plain_members(base, [("Left", 1), ("Right", 2), ("Both", 3)]) == {"Left": 1, "Right": 2, "Both": 3}
    assert plain_members(enum.StrEnum, [("Left", 1)]) is None

    class Own(enum.IntEnum):
        pass

    assert plain_members(Own, [("Left", 1)]) is None


def test_a_name_the_base_class_answers_to_is_never_taken_quickly():
    """What `hasattr` finds on a base (its metaclass's attributes included) is taken by a member only the usual way."""
    for base in BASES:
        for name in {*dir(base), *dir(type(base)), *dir(int), "mro", "name", "value"}:
            if hasattr(base, name) and not name.startswith("_"):
                assert plain_members(base, [(name, 1)]) is None, (base, name)


def test_the_quick_builder_is_taken_only_on_the_python_versions_it_was_checked_with():
    """`made_from_shape` leans on `_simple_enum`'s internals; another Python keeps `_simple_enum` itself, and an
    earlier patch release of a version checked the usual way (3.11.2's Flag has no `_singles_mask_`: there
    `~Qt.KeyboardModifier.ShiftModifier` of an enum built directly raised AttributeError)."""
    assert quick_enums.CHECKED_FROM == {(3, 11): (3, 11, 7), (3, 12): (3, 12, 1), (3, 13): (3, 13, 0)}
    for first in quick_enums.CHECKED_FROM.values():
        assert quick_enums.builder_for((*first, "final", 0)) is quick_enums.made_from_shape
        assert quick_enums.builder_for((*first[:2], first[2] + 5, "final", 0)) is quick_enums.made_from_shape
    for version in [(3, 11, 2, "final", 0), (3, 11, 6, "final", 0), (3, 12, 0, "final", 0)]:
        assert quick_enums.builder_for(version) is None, version
    for version in [(3, 10, 4), (3, 14, 0), (4, 0)]:
        assert quick_enums.builder_for(version) is quick_enums.made_by_simple_enum
    assert quick_enums._made_plain is quick_enums.builder_for(sys.version_info)


def test_a_patch_release_not_checked_makes_its_enums_as_usual():
    with mock.patch.object(quick_enums, "_made_plain", None), qt_enums_made_quickly():
        assert enum.EnumType.__dict__["_create_"] is _made_as_usual
        assert enum.IntFlag("Side", [("Left", 1)]).Left == 1
    assert enum.EnumType.__dict__["_create_"] is _made_as_usual


@pytest.mark.parametrize("builder", BUILDERS)
@pytest.mark.parametrize("base", BASES)
def test_enums_built_alike_share_no_list_or_map(builder, base):
    """Each enum has its own member lists and maps (`_value2member_map_` takes the pseudo-members `|` makes,
    `_add_value_alias_` adds to `_unhashable_values_`): none is the shape's, nor another enum's."""
    made = [builder(base, name, {"Left": 1, "Right": 2}, __name__, None) for name in ("Shade", "Shade", "Tint")]
    held = [id(value) for enum_class in made for value in vars(enum_class).values()
            if isinstance(value, (list, dict, set))]
    assert len(held) >= 3 * 4 and len(held) == len(set(held))
    shape = {id(value) for value in quick_enums._shape(base, None)[0].values()}
    assert not shape & set(held)


def test_the_block_puts_the_usual_way_back_even_when_it_fails():
    with pytest.raises(RuntimeError), qt_enums_made_quickly():
        assert enum.EnumType._create_ is made_quickly
        assert enum.IntEnum("Side", [("Left", 1)]).Left == 1
        raise RuntimeError("stop")
    assert enum.EnumType.__dict__["_create_"] is _made_as_usual
