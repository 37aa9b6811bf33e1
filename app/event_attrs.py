"""An event's attributes as the shop reads them: `margin=38%, paid=yes` → 毛利率 38%，全款 是.

The keys stay as typed (plans match on them); only the display uses the names in data/event_types.json.
"""

from __future__ import annotations

import json
from functools import lru_cache

from app.i18n import joined, t
from app.resources import data_path


@lru_cache(maxsize=1)
def _labels() -> tuple[dict[str, str], dict[str, str]]:
    raw = json.loads(data_path("event_types.json").read_text(encoding="utf-8"))
    return raw.get("attribute_labels", {}), raw.get("value_labels", {})


def describe_attrs(attrs: dict[str, str]) -> str:
    names, values = _labels()
    return joined((f"{t(names[k])} {t(values[v.lower()]) if v.lower() in values else v}" if k in names else f"{k}={v}"
                   for k, v in sorted(attrs.items())), separator="，")
