"""The morning's scheduled `honghua import` of an export holding the shop's robot account: refused while the robot is
no one's; once the owner set it aside in the wizard (以后导入也跳过这个账号), it goes through without --skip-staff,
saying what it skipped, and `imports restore` brings the account back."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import date

from app.importing import ImportOptions, ImportService
from app.shop import Shop

ROBOT = "小橙子旗舰店:客服机器人"


def _export(tmp_path, day: str):
    path = tmp_path / f"客服日报_{day}.csv"
    path.write_text("\n".join(["统计时间：2026-10-01 ~ 2026-10-31", "日期,客服,销售额",
                               f"{day},小美,100", f"{day},{ROBOT},50"]) + "\n", encoding="utf-8")
    return path


def test_a_scheduled_import_skips_the_account_set_aside(app, db, tmp_path):
    assert app("staff", "add", "小美").code == 0
    refused = app("import", str(_export(tmp_path, "2026-10-01")))
    assert refused.code == 2 and ROBOT in refused.out + refused.err
    with closing(Shop.open(db, date(2026, 10, 20))) as shop:  # the wizard's choice, made in the window
        imports = ImportService(shop.store, shop.ctx, shop.metrics)
        imports.commit(imports.preview([_export(tmp_path, "2026-10-01")], ImportOptions(
            skip_staff=frozenset({ROBOT}), remember_skip=frozenset({ROBOT}))))
    done = app("import", str(_export(tmp_path, "2026-10-02")))
    assert done.code == 0, done.err
    assert f"已跳过：{ROBOT}（设置为不导入的账号）1 行" in done.out and "honghua imports restore" in done.out
    listed = app("imports", "skipped", "--json")
    assert [entry["name"] for entry in json.loads(listed.out)] == [ROBOT]
    assert app("imports", "restore", ROBOT).code == 0
    assert app("import", str(_export(tmp_path, "2026-10-03"))).code == 2  # read again: no one's, refused as before
