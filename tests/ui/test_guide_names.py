"""The user guide names buttons, menus and tabs as the window shows them: 「导出PDF…」, **设置 → 备份与恢复**.

Every such name in docs/guide/*.md is looked for among the window's own strings (the translation source,
which lists every tr() text) and the names it shows from the shipped data: built-in metrics, event types,
the presets' names and awards (「季度排名奖」). A renamed button or award then fails here until the guide says
the new name.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from app.domain import ROLES

ROOT = Path(__file__).resolve().parents[2]
GUIDE = sorted((ROOT / "docs" / "guide").glob("*.md"))
# Quoted in the guide but not the window's: Windows' own programs and what they show.
NOT_THE_WINDOWS = {"任务计划程序", "命令提示符", "上次运行结果", "不管用户是否登录都要运行"}


def shipped_names() -> list[str]:
    """What the window shows from data/: the built-in metrics and event types, the presets and their awards."""
    data = ROOT / "data"
    metrics = json.loads((data / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    events = json.loads((data / "event_types.json").read_text(encoding="utf-8"))["event_types"]
    presets = [json.loads(path.read_text(encoding="utf-8")) for path in sorted((data / "presets").glob("*.json"))]
    return ([m["name"] for m in metrics] + [e["name"] for e in events] + [p["name"] for p in presets]
            + [rule["name"] for p in presets for rule in p["rules"]])


def window_strings() -> list[str]:
    catalogue = (ROOT / "resources" / "i18n" / "honghua_en.ts").read_text(encoding="utf-8")
    return ([html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", catalogue, re.DOTALL)]
            + list(ROLES) + shipped_names())


def _forms(text: str) -> set[str]:
    """A window string as the guide may quote it whole: without its shortcut mark (页面(&P) is 「页面」), its
    leading or trailing punctuation (「，已作废」 after a number), or what follows a bracket or a placeholder
    (the checkbox 「跳过有错误的行（只导入没有错误的行…）」, the button 「继续阅读「{chapter}」」)."""
    text = re.sub(r"\(&\w\)|&(?=\w)", "", text).strip()
    forms = {text.strip("，。：:；… ") + ("…" if text.endswith("…") else "")}
    for mark in ("（", "「", "{", "\n"):
        if mark in text and not text.startswith(mark):
            forms.add(text.split(mark, 1)[0].strip("，：: "))
    return forms


def _shown(name: str, strings: list[str]) -> bool:
    """A whole window string (in one of its `_forms`), not a piece of one: 「导入」 is the button, not a part of
    导入记录. A {placeholder} there stands for what the window fills in (「2026年获得」 is 「{year}年获得」)."""
    for text in strings:
        if name in _forms(text):
            return True
        if "{" in text and re.search(r"\w", re.sub(r"\{\w+\}", "", text)):  # not 「{a} → {b}」: it fits anything
            pattern = re.sub(r"\\\{\w+\\\}", ".+", re.escape(text.strip()))
            if re.fullmatch(pattern, name):
                return True
    return False


def guide_names() -> list[tuple[str, str]]:
    """(page, name) for each 「quoted」 name and each part of a bold path such as **设置 → 安全**."""
    found = []
    for page in GUIDE:
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
        quoted = re.findall(r"「([^」]+)」", text)
        paths = [b for b in re.findall(r"\*\*([^*]+)\*\*", text) if "→" in b]
        for name in quoted + paths:
            found += [(page.name, part.strip()) for part in name.split("→") if part.strip()]
    return found


def test_the_guide_names_what_the_window_shows():
    strings = window_strings()
    names = guide_names()
    assert len(names) > 80
    missing = sorted({f"{page}: {name}" for page, name in names
                      if name not in NOT_THE_WINDOWS and not _shown(name, strings)})
    assert missing == []


def test_a_name_the_window_does_not_show_is_found():
    strings = window_strings()
    assert _shown("2026年获得", strings) and _shown("导出PDF…", strings)
    assert not _shown("导出为PDF…", strings)
    assert _shown("季度排名奖", strings) and _shown("退款金额", strings)
    assert not _shown("季度冠军奖", strings)
    assert _shown("页面", strings) and _shown("跳过有错误的行", strings) and _shown("继续阅读", strings)
    assert not _shown("增长", strings)  # only a piece of 「比上期增长最多」
    assert not _shown("旗舰店:小美 → 王小美", strings)  # 「{alias} → {name}」 is all placeholders
