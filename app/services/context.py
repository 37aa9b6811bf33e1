"""What every service needs besides the store: who is acting and what day it is."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import date


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class Context:
    today: date
    user: str = field(default_factory=os_user)
    pin_used: bool = False
