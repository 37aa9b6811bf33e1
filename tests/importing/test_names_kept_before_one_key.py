"""A shop whose imports were made before names were compared by one key (schema v13 and before): they kept the
names they read under the key of their day, which left a space beside a Chinese character (「张 伟」, 「专营店:美 美」)
and took out fewer invisible characters. Opened by this version (schema v14 re-keys them), the same file imported
again changes nothing, a corrected file of one account keeps the other's share, an undo takes away the sub-account
the import added, and a 计算单's 来源 names the file that gave a kept share."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from datetime import date

import pytest

from app.domain import StaffDraft, normalize_alias
from app.importing import ImportOptions, ImportService
from app.shop import Shop

from .conftest import dump, write_csv

HEADER = ["日期", "客服", "销售额", "询单人数"]
DAYS = [f"2026-10-0{d}" for d in range(1, 6)]
_OLD_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def old_key(text: str) -> str:
    """normalize_alias as schema v13's version had it: spaces beside Chinese characters kept, folded to one."""
    s = unicodedata.normalize("NFKC", text).translate(_OLD_INVISIBLE).strip()
    return " ".join(re.sub(r"\s*[：:]\s*", ":", s).split())


def as_kept_before(path, written: list[str]) -> None:
    """The shop file as the earlier version left it: every kept name under its old key, schema v13."""
    keys = {normalize_alias(text): old_key(text) for text in written}
    conn = sqlite3.connect(path, isolation_level=None)
    for table in ("import_name", "import_day_name", "import_share"):
        for new, old in keys.items():
            conn.execute(f"UPDATE {table} SET name_key = ? WHERE name_key = ?", [old, new])
    for import_id, files in conn.execute("SELECT id, files FROM import_log").fetchall():
        entries = json.loads(files or "[]")
        for entry in entries:
            entry["names"] = [keys.get(n, n) for n in entry.get("names", [])]
        conn.execute("UPDATE import_log SET files = ? WHERE id = ?", [json.dumps(entries, ensure_ascii=False), import_id])
    for column in ("recipient", "award", "period_label", "place", "value_text", "value_shown"):  # v16's
        conn.execute(f"ALTER TABLE certificate_print DROP COLUMN {column}")
    conn.execute("DROP TABLE import_skipped_account")  # v17's
    conn.execute("DROP TABLE staff_removed")  # v18's
    conn.execute("DROP TABLE custom_metric_former_name")  # v19's
    conn.execute("DROP TABLE event_type_shown_name")  # v20's
    conn.execute("PRAGMA user_version = 13")
    conn.close()


@pytest.fixture
def old_shop(tmp_path, db_path, today):
    """张伟 (his export writes 「张 伟」), 王小美 with two stores' sub-accounts, imported together by the earlier
    version; the 专营店 account was added to her as the export writes it, 「专营店:美 美」."""
    shop = Shop.open(db_path, today)
    try:
        zhang = shop.staff.add(StaffDraft("张伟", hired=date(2026, 1, 1))).id
        mei = shop.staff.add(StaffDraft("王小美", aliases=("旗舰店:小美",), hired=date(2026, 1, 1))).id
        with shop.store.atomic():
            shop.store.staff.set_aliases(mei, ("旗舰店:小美", "专营店:美 美"))  # as the earlier version kept it
        flagship = write_csv(tmp_path / "旗舰店.csv", [HEADER, *(row for i, day in enumerate(DAYS) for row in (
            [day, "张 伟", 1000 + i, 10], [day, "旗舰店 ： 小美", 2000 + i, 20]))])
        outlet = write_csv(tmp_path / "专营店.csv", [HEADER, *([day, "专营店：美 美", 300 + i, 3]
                                                             for i, day in enumerate(DAYS))])
        both = [flagship, outlet]
        imports = ImportService(shop.store, shop.ctx, shop.metrics)
        plan = imports.preview(both, ImportOptions())
        assert not plan.blocking()
        assert imports.commit(plan) == 1
        with shop.store.atomic():  # a name mapped by hand in the wizard: the import added it as his sub-account
            shop.store.db.execute("INSERT INTO import_name (import_id, name_key, staff_id, taught) "
                                  "VALUES (1, '张三', ?, 1)", [zhang])
            shop.store.staff.set_aliases(zhang, ("张 三",))
    finally:
        shop.close()
    as_kept_before(db_path, ["张 伟", "专营店：美 美", "旗舰店 ： 小美", "张 三"])
    reopened = Shop.open(db_path, today)
    yield reopened, both, {"张伟": zhang, "王小美": mei}
    reopened.close()


def _preview(shop, *paths):
    imports = ImportService(shop.store, shop.ctx, shop.metrics)
    return imports, imports.preview(list(paths), ImportOptions())


def _errors(plan) -> list[str]:
    return [e.reason for f in plan.files for e in f.errors]


def test_the_same_file_imported_again_changes_nothing(old_shop):
    shop, both, _ = old_shop
    before = dump(shop)
    imports, plan = _preview(shop, *both)
    assert _errors(plan) == [] and not plan.blocking()
    assert imports.commit(plan) is None  # already imported, nothing written
    assert dump(shop) == before


def test_a_corrected_file_of_one_account_keeps_the_other_accounts_share(old_shop, tmp_path):
    shop, _, ids = old_shop
    corrected = write_csv(tmp_path / "专营店更正.csv", [HEADER, *([day, "专营店：美 美", 500 + i, 5]
                                                               for i, day in enumerate(DAYS))])
    imports, plan = _preview(shop, corrected)
    assert _errors(plan) == [] and not plan.blocking()
    assert imports.commit(plan) == 2
    assert shop.store.values.get("sales", date(2026, 10, 1), ids["王小美"]) == (2000 + 500) * 100


def test_the_source_of_a_kept_share_names_the_file_that_gave_it(old_shop, tmp_path):
    shop, _, ids = old_shop
    corrected = write_csv(tmp_path / "旗舰店更正.csv", [HEADER, *([day, "旗舰店:小美", 2500 + i, 25]
                                                               for i, day in enumerate(DAYS))])
    imports, plan = _preview(shop, corrected)
    assert imports.commit(plan) == 2
    (month, _, _, _, _, merged_days, names, kept), = shop.store.awards.sources(
        ids["王小美"], "sales", date(2026, 10, 1), date(2026, 10, 31))
    assert (month, merged_days, names) == ("2026-10", 5, ("专营店:美美", "旗舰店:小美"))
    assert kept == (("专营店:美美", 1, "专营店.csv", 5),)


def test_undoing_an_old_import_takes_away_the_sub_account_it_added(old_shop):
    """A name mapped by hand in the import wizard became the person's sub-account as the earlier version kept it
    (「张 三」); the undo takes it away."""
    shop, _, ids = old_shop
    assert shop.store.staff.get(ids["张伟"]).aliases == ("张 三",)
    ImportService(shop.store, shop.ctx, shop.metrics).undo(1)
    assert shop.store.staff.get(ids["张伟"]).aliases == ()
