"""Qt's enums made by the standard library's quick path while the window runs.

PySide6 makes a Qt class's Python enums when the class is first used, through the enum module's functional API
(`IntEnum("Policy", [("Fixed", 0), …])`, which is `EnumType._create_`). Python builds every member there in Python,
with the checks a hand-written enum class needs (descriptors, `_ignore_`, `__init_subclass__`, names reused): before
the board's first paint some 3,100 members in 230 enums, about 12 % of the start's instructions. `enum._simple_enum`
is the standard library's own quick way to the same class — its modules make their enums with it, and
`enum._test_simple_enum` is its check that the two agree. Inside `qt_enums_made_quickly`, an enum asked of the
functional API in the shape PySide6 asks for — a plain Enum, IntEnum, Flag or IntFlag, every member a name of its
own with an int value, no name starting with `_` or already an attribute of the base class — is made that way; any
other enum is made as before. Two things `_simple_enum` does otherwise are set as the functional API has them:
the class's `__doc__` (None) and, before Python 3.13, the members themselves in the class's dict (it leaves a
property there, which made every read of `Qt.AlignmentFlag.AlignLeft` 2-3 times as slow).

`_simple_enum` itself still took some 45 µs an enum and 3.4 µs a member (~20 ms before the first paint): per enum
the class made through `EnumType.__new__`, its `__repr__`/`__str__`/… looked up again; per member a `property`
made, named and set through `EnumType.__setattr__` (a Python function), then replaced by the member. So on the
Python versions it was checked with (3.11.7, 3.12.1, 3.13.0 and their later patch releases: `_simple_enum`'s
internals differ between them, and 3.11.2's too; an earlier patch release makes its enums as usual), `made_from_shape`
builds the same class directly: the dict `_simple_enum` gives an enum of no member of that base and boundary is
taken once (`_shape`, so what the class holds stays the standard library's word), then each enum is one
`type.__new__` of a copy of it, the Flag masks worked out beforehand, each member made with its four attributes,
and the class given its members only once all are made (each `type.__setattr__` empties the class's attribute
cache, which the members' attribute sets would then fill again): about a third of the time. Any other Python
takes `made_by_simple_enum`. tests/ui/test_quick_enums.py compares both ways member by member with the functional
API's, for every enum of the Qt modules the app uses and for enums of that shape drawn at random.
"""

from __future__ import annotations

import builtins
import contextlib
import enum
import functools
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

# Each plain base's attributes, its metaclass's included (as `hasattr` finds them): a member may not take one's name.
_TAKEN_NAMES = {base: frozenset(builtins.type.__dir__(base)) | frozenset(builtins.type.__dir__(builtins.type(base)))
                for base in (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)}
_made_as_usual = enum.EnumType.__dict__["_create_"]
_set_in_class = builtins.type.__setattr__  # not the enum class's own `__setattr__`, a Python function


@contextlib.contextmanager
def qt_enums_made_quickly() -> Iterator[None]:
    """Inside the block, enums of PySide6's shape made through the functional API are made quickly (`_made_plain`)."""
    if _made_plain is None or not all(hasattr(enum, helper) for helper in ("_simple_enum", "_make_class_unpicklable")):
        # a patch release not checked, or the standard library's private helpers gone from a later Python: as usual
        yield
        return
    enum.EnumType._create_ = made_quickly
    try:
        yield
    finally:
        enum.EnumType._create_ = _made_as_usual


def made_quickly(cls: type, class_name: str, names: Any, *, module: str | None = None, qualname: str | None = None,
                 type: type | None = None, start: int = 1, boundary: Any = None) -> type:
    """`EnumType._create_` (its parameters by their names), by `_made_plain` for the plain shape."""
    if module is None:  # as `_create_` finds it: the module calling the enum class (frame 0 is this, 1 is __call__)
        if hasattr(sys, "_getframemodulename"):  # Python 3.12 on: the calling function's `__module__`
            module = sys._getframemodulename(2)
        else:
            try:  # (not `contextlib.suppress`: a context manager for each of some 230 enums)
                module = sys._getframe(2).f_globals["__name__"]
            except (ValueError, KeyError):
                pass
    told = "<unknown>" if module is None else module
    members = plain_members(cls, names)
    if members is None or qualname is not None or type is not None or start != 1:
        made = _made_as_usual(cls, class_name, names, module=told, qualname=qualname, type=type, start=start,
                              boundary=boundary)
    else:
        made = _made_plain(cls, class_name, members, told, boundary)
    if module is None:  # called where no module can be told (code run with globals of its own): as `_create_` does
        enum._make_class_unpicklable(made)
    return made


def plain_members(cls: type, names: Any) -> dict[str, int] | None:
    """`names` as {name: value} when they are (name, int) pairs of PySide6's kind for a plain enum class `cls`."""
    taken = _TAKEN_NAMES.get(cls)
    if taken is None or not isinstance(names, (list, tuple)) or not names:
        return None
    members: dict[str, int] = {}
    for pair in names:
        if builtins.type(pair) is not tuple or len(pair) != 2:
            return None
        name, value = pair
        if (builtins.type(name) is not str or builtins.type(value) is not int or not name.isidentifier()
                or name.startswith("_") or name in members or name in taken):
            return None
        members[name] = value
    return members


def made_by_simple_enum(base: type, class_name: str, members: dict[str, int], module: str, boundary: Any) -> type:
    """The plain enum through `enum._simple_enum`, with its class's `__doc__` and dict as the functional API's."""
    made = enum._simple_enum(base, boundary=boundary)(builtins.type(class_name, (), {**members, "__module__": module}))
    made.__doc__ = None  # as the functional API leaves it; `_simple_enum` writes "An enumeration."
    held = made.__dict__
    for name, member in made._member_map_.items():  # the class holds each member, as the functional API's does,
        if held[name] is not member:  # not `_simple_enum`'s property before Python 3.13: 2-3× slower to read
            _set_in_class(made, name, member)
    return made


@functools.cache
def _shape(base: type, boundary: Any) -> tuple[dict[str, Any], dict[str, type]]:
    """What `_simple_enum` puts in the dict of every `base` enum class of `boundary`: the values shared by all and
    the kinds of the containers each has of its own (member names, maps, …), from an enum of no member."""
    shared = dict(vars(enum._simple_enum(base, boundary=boundary)(builtins.type("Shape", (), {}))))
    own = {key: builtins.type(value) for key, value in shared.items() if builtins.type(value) in (list, dict)}
    for key in (*own, "__module__", "__new__", "_flag_mask_", "_singles_mask_", "_all_bits_"):
        shared.pop(key, None)  # the masks: a Flag's only, worked out for each
    shared["__doc__"] = None  # as the functional API leaves it
    return shared, own


def made_from_shape(base: type, class_name: str, members: dict[str, int], module: str, boundary: Any) -> type:
    """The class `made_by_simple_enum` makes, built directly from the shape's dict (see the module's docstring)."""
    shared, own = _shape(base, boundary)
    body = {**shared, **{key: kind() for key, kind in own.items()}, "__module__": module}
    flag = issubclass(base, enum.Flag)
    if flag:
        body.update(_masks(members.values()))
    made = builtins.type.__new__(enum.EnumType, class_name, (base,), body)
    names, by_name, by_value = body["_member_names_"], body["_member_map_"], body["_value2member_map_"]
    create, with_value = base._member_type_.__new__, base._use_args_
    for name, value in members.items():
        member = by_value.get(value)
        if member is None:  # not an alias of an earlier member's value
            member = create(made, value) if with_value else create(made)
            member._value_ = value  # (four sets: quicker than one `vars(member).update`)
            member._name_ = name
            member.__objclass__ = made
            member._sort_order_ = len(names)  # `Enum.__init__`, which does nothing, is not called
            by_value[value] = member
            if not flag or (value and not value & (value - 1)):  # a Flag lists only its single bits
                names.append(name)
        by_name[name] = member
    for name, member in by_name.items():
        _set_in_class(made, name, member)
    _set_in_class(made, "__new__", enum.Enum.__new__)  # as `_simple_enum` does: not a staticmethod
    if flag:
        singles = [by_name[name]._value_ for name in names]
        if singles != sorted(singles):
            _set_in_class(made, "_iter_member_", made._iter_member_by_def_)
    return made


def _masks(values: Iterable[int]) -> dict[str, int]:
    """A Flag's masks of its members' `values`: every bit, the single bits, every bit up to the highest."""
    every = singles = 0
    for value in values:
        every |= value
        if value and not value & (value - 1):
            singles |= value
    return {"_flag_mask_": every, "_singles_mask_": singles, "_all_bits_": 2 ** every.bit_length() - 1}


# The first patch release of each Python version `made_from_shape` was checked with, which it leans on the internals
# of: an earlier patch release's enum module differs (3.11.2 keeps no `_singles_mask_`, and there
# `~Qt.KeyboardModifier.ShiftModifier` of an enum built so raised AttributeError), so it makes its enums as usual.
CHECKED_FROM = {(3, 11): (3, 11, 7), (3, 12): (3, 12, 1), (3, 13): (3, 13, 0)}


def builder_for(version: tuple[int, ...]) -> Callable[..., type] | None:
    """`made_from_shape` from the patch release it was checked with on, none (the usual way) on an earlier patch
    release of those versions, `made_by_simple_enum` on any other version."""
    checked_from = CHECKED_FROM.get(tuple(version[:2]))
    if checked_from is None:
        return made_by_simple_enum
    return made_from_shape if tuple(version[:3]) >= checked_from else None


_made_plain = builder_for(sys.version_info)
