"""The README's first command opens a demo shop in a file of its own; the user guide's first chapter names that
file and says how to open one's own shop instead (an owner reading only the guide found no way out of the demo)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_guide_names_the_readmes_demo_file_and_the_way_to_ones_own_shop():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    demo_file = re.search(r"python -m app --db (\S+) demo", readme).group(1)
    chapter = (ROOT / "docs" / "guide" / "第一次使用.md").read_text(encoding="utf-8")
    section = chapter.split("### 看完演示，开始用自己的店铺", 1)[-1].split("\n## ", 1)[0]
    assert f"`{demo_file}`" in section
    assert "不带 `--db`" in section  # one's own shop: the default data file
    assert "「恢复所选备份…」" in section and "「新建空店铺」" in section  # a demo made in one's own shop
