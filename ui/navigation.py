"""The main window's pages, in navigation order (Ctrl+1 … Ctrl+8 follow this order).

A page is built from `module`/`cls` on first show. Pages that later work fills in have no module
yet and show a placeholder saying what they will do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str            # English key for --page and QSettings
    title: str          # navigation label (Chinese)
    module: str | None  # ui.pages.<module>, None while the page is not built yet
    cls: str | None
    coming: str = ""    # what a placeholder page says the page will do


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "看板", "ui.pages.dashboard", "DashboardPage"),
    PageSpec("staff", "员工", "ui.pages.staff", "StaffPage"),
    PageSpec("targets", "目标", "ui.pages.targets", "TargetsPage"),
    PageSpec("data", "数据", "ui.pages.data", "DataPage"),
    PageSpec("flowers", "小红花", "ui.pages.flowers", "FlowersPage"),
    PageSpec("awards", "评奖", "ui.pages.awards", "AwardsPage"),
    PageSpec("certificates", "证书", "ui.pages.certificates", "CertificatesPage"),
    PageSpec("settings", "设置", "ui.pages.settings", "SettingsPage"),
)

# The page a fresh install opens on.
DEFAULT_PAGE = "dashboard"


def page_index(word: str) -> int:
    """Index of a page named by its English key or its Chinese title; ValueError when unknown."""
    text = word.strip()
    for i, spec in enumerate(PAGES):
        if text.lower() == spec.key or text == spec.title:
            return i
    raise ValueError(word)


def page_choices() -> str:
    return ", ".join(f"{p.key}|{p.title}" for p in PAGES)
