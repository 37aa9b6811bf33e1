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
tests/ui/test_quick_enums.py compares the two ways member by member, for every enum of the Qt modules the app
uses and for enums of that shape drawn at random.
"""

from __future__ import annotations

import builtins
import contextlib
import enum
import sys
from collections.abc import Iterator
from typing import Any

# Each plain base's attributes, its metaclass's included (as `hasattr` finds them): a member may not take one's name.
_TAKEN_NAMES = {base: frozenset(builtins.type.__dir__(base)) | frozenset(builtins.type.__dir__(builtins.type(base)))
                for base in (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)}
_made_as_usual = enum.EnumType.__dict__["_create_"]


@contextlib.contextmanager
def qt_enums_made_quickly() -> Iterator[None]:
    """Inside the block, enums of PySide6's shape made through the functional API take `enum._simple_enum`."""
    if not all(hasattr(enum, helper) for helper in ("_simple_enum", "_make_class_unpicklable")):
        # the standard library's private helpers, gone from a later Python: the usual way is kept
        yield
        return
    enum.EnumType._create_ = made_quickly
    try:
        yield
    finally:
        enum.EnumType._create_ = _made_as_usual


def made_quickly(cls: type, class_name: str, names: Any, *, module: str | None = None, qualname: str | None = None,
                 type: type | None = None, start: int = 1, boundary: Any = None) -> type:
    """`EnumType._create_` (its parameters by their names), through `enum._simple_enum` for the plain shape."""
    if module is None:  # as `_create_` finds it: the module calling the enum class (frame 0 is this, 1 is __call__)
        if hasattr(sys, "_getframemodulename"):  # Python 3.12 on: the calling function's `__module__`
            module = sys._getframemodulename(2)
        else:
            with contextlib.suppress(ValueError, KeyError):
                module = sys._getframe(2).f_globals["__name__"]
    told = "<unknown>" if module is None else module
    members = plain_members(cls, names)
    if members is None or qualname is not None or type is not None or start != 1:
        made = _made_as_usual(cls, class_name, names, module=told, qualname=qualname, type=type, start=start,
                              boundary=boundary)
    else:
        made = enum._simple_enum(cls, boundary=boundary)(builtins.type(class_name, (), {**members, "__module__": told}))
        made.__doc__ = None  # as the functional API leaves it; `_simple_enum` writes "An enumeration."
        held = made.__dict__
        for name, member in made._member_map_.items():  # the class holds each member, as the functional API's does,
            if held[name] is not member:  # not `_simple_enum`'s property before Python 3.13: 2-3× slower to read
                builtins.type.__setattr__(made, name, member)
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
