"""The guide's pictures: each one a page shows exists, and the script that draws them still runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide"


def test_every_picture_the_guide_shows_is_there_and_every_picture_is_shown():
    shown = {name for page in GUIDE.glob("*.md")
             for name in re.findall(r"!\[[^\]]*\]\(images/([^)]+)\)", page.read_text(encoding="utf-8"))}
    there = {path.name for path in (GUIDE / "images").glob("*.png")}
    assert len(shown) > 20
    assert shown - there == set()
    assert there - shown == set()


@pytest.mark.slow
def test_the_script_draws_every_picture_of_the_guide(tmp_path):
    out = tmp_path / "new" / "images"  # a folder that is not there yet
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_guide_images.py"), "--out", str(out)],
                          check=False, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    drawn = {path.name for path in out.glob("*.png") if path.stat().st_size > 5000}
    assert drawn == {path.name for path in (GUIDE / "images").glob("*.png")}


@pytest.mark.slow
def test_a_picture_drawn_again_later_is_the_same(tmp_path):
    """The approval's time the 评奖 page shows is the pictures' evening, not the clock's: drawing the pictures
    again after a change elsewhere must not change this one."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    drawn = []
    for run in ("first", "second"):
        out = tmp_path / run
        done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_guide_images.py"), "--out", str(out),
                               "awards-changed"], check=False, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        drawn.append((out / "awards-changed.png").read_bytes())
    assert drawn[0] == drawn[1]


@pytest.mark.slow
def test_the_guides_poster_is_the_one_the_poster_command_makes_today(tmp_path):
    """The poster picture is drawn by `honghua demo` and `honghua poster`, as an owner would, and kept small; a
    change to the poster (the 小红旗 and 小红花 lines) shows in the guide once the picture is drawn again."""
    from PIL import Image, ImageChops, ImageStat

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_guide_images.py"), "--out", str(tmp_path),
                           "poster-phone"], check=False, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    shown = GUIDE / "images" / "poster-phone.png"
    assert shown.stat().st_size < 400_000
    with Image.open(shown) as guide, Image.open(tmp_path / "poster-phone.png") as today:
        assert guide.size == today.size == (420, 747)
        difference = ImageStat.Stat(ImageChops.difference(guide.convert("RGB"), today.convert("RGB"))).mean
    assert max(difference) < 2, difference  # the same picture, give or take a font's rendering
