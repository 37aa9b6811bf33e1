"""`honghua import --map 列名=指标`: a column mapped by hand on the command line, as the import wizard maps it —
an unknown header read as a metric, a known one read as another or ignored, remembered for files with the same
header once the import is committed; a bad --map exits 2 naming it, and changes nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from app.shop import Shop

D1, D2 = date(2026, 10, 1), date(2026, 10, 2)


@pytest.fixture
def xiaomei(add):
    return add("小美")


def _csv(path, *rows: str):
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _value(db, metric: str, day: date, staff_id: int) -> int | None:
    shop = Shop.open(db, D1)
    try:
        return shop.store.values.get(metric, day, staff_id)
    finally:
        shop.close()


def _dump(db) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _imports(cli) -> list[dict]:
    return json.loads(cli("imports", "list", "--json").out)


def test_an_unknown_header_mapped_by_hand_is_imported_and_shown_as_mapped(cli, db, tmp_path, xiaomei):
    path = _csv(tmp_path / "日报.csv", "日期,客服,销售额,接待人数（去重）", "2026-10-01,小美,100,12")
    result = cli("import", path, "--map", "接待人数（去重）=询单人数", "--json")
    assert result.code == 0, result.err
    [f] = json.loads(result.out)["files"]
    assert f["columns"] == {"日期": "date", "客服": "staff", "销售额": "sales", "接待人数（去重）": "inquiries"}
    assert f["ignored_columns"] == []
    assert _value(db, "inquiries", D1, xiaomei) == 12 and _value(db, "sales", D1, xiaomei) == 10000
    text = cli("import", path, "--map", "接待人数（去重）=inquiries", "--dry-run").out  # by its key too
    assert "识别的列：日期、客服、销售额、接待人数（去重）→询单人数" in text


def test_a_report_whose_only_value_column_is_unknown_is_read_once_it_is_mapped(cli, db, tmp_path, xiaomei):
    path = _csv(tmp_path / "接待.csv", "日期,客服,接待人数（去重）", "2026-10-01,小美,7")
    refused = cli("import", path)
    assert refused.code == 2 and "找不到表头" in refused.err
    assert cli("import", path, "--map", "接待人数(去重)=询单人数").code == 0  # half-width brackets: the same header
    assert _value(db, "inquiries", D1, xiaomei) == 7
    # remembered for files with the same header, as the wizard's choices are: the next day's file needs no --map
    later = _csv(tmp_path / "接待2.csv", "日期,客服,接待人数（去重）", "2026-10-02,小美,9")
    assert cli("import", later).code == 0
    assert _value(db, "inquiries", D2, xiaomei) == 9


def test_a_known_header_can_be_read_as_another_metric_or_ignored(cli, db, tmp_path, xiaomei):
    path = _csv(tmp_path / "日报.csv", "日期,客服,销售额,询单人数,金额", "2026-10-01,小美,100,5,30")
    result = cli("import", path, "--map", "销售额=-", "--map", "询单人数=付款人数", "--map", "金额=退款金额", "--json")
    assert result.code == 0, result.err
    [f] = json.loads(result.out)["files"]
    assert f["columns"] == {"日期": "date", "客服": "staff", "询单人数": "paying", "金额": "refunds"}
    assert f["ignored_columns"] == ["销售额"]
    assert _value(db, "sales", D1, xiaomei) is None and _value(db, "inquiries", D1, xiaomei) is None
    assert (_value(db, "paying", D1, xiaomei), _value(db, "refunds", D1, xiaomei)) == (5, 3000)


def test_忽略_ignores_a_column_and_a_custom_metric_is_named_by_its_name(cli, db, tmp_path, xiaomei):
    shop = Shop.open(db, D1)
    try:
        points = shop.metric_service.add_custom("服务积分", unit="score")
    finally:
        shop.close()
    path = _csv(tmp_path / "积分.csv", "日期,客服,销售额,积分", "2026-10-01,小美,100,8.5")
    result = cli("import", path, "--map", "积分=服务积分", "--map", "销售额=忽略")
    assert result.code == 0, result.err
    assert "记住的列（表头相同的文件以后自动使用）：积分→服务积分、销售额→忽略" in result.out
    assert _value(db, points.key, D1, xiaomei) == points.parse("8.5")
    assert _value(db, "sales", D1, xiaomei) is None


def test_a_dry_run_remembers_nothing(cli, db, tmp_path, xiaomei):
    path = _csv(tmp_path / "接待.csv", "日期,客服,接待人数（去重）", "2026-10-01,小美,7")
    assert cli("import", path, "--map", "接待人数（去重）=询单人数", "--dry-run").code == 0
    assert cli("import", path).code == 2
    assert _imports(cli) == []


def test_the_same_file_and_the_same_map_again_writes_nothing(cli, tmp_path, xiaomei):
    """A scheduled task gives its --map every day: a file already imported with it is no new import."""
    path = _csv(tmp_path / "日报.csv", "日期,客服,销售额,接待人数（去重）", "2026-10-01,小美,100,12")
    assert cli("import", path, "--map", "接待人数（去重）=询单人数").code == 0
    again = cli("import", path, "--map", "接待人数（去重）=询单人数")
    assert again.code == 0 and "内容没有变化" in again.out
    assert len(_imports(cli)) == 1
    # another mapping is something new to keep (and here reads other values): imported
    assert cli("import", path, "--map", "接待人数（去重）=付款人数").code == 0
    assert len(_imports(cli)) == 2


@pytest.mark.parametrize("value, said", [
    ("接待人数=询单人数", ("--map「接待人数=询单人数」：没有哪个文件有「接待人数」列。"
                         "文件里的列：日期、客服、销售额、接待人数（去重）")),
    ("接待人数（去重）=询单", "--map「接待人数（去重）=询单」：没有指标「询单」。可用的指标：sales（销售额）"),
    ("接待人数（去重）=询单转化率", "--map「接待人数（去重）=询单转化率」：「询单转化率」是由其他指标计算出的比率，不能直接录入"),
    ("接待人数（去重）", "--map「接待人数（去重）」应写成 列名=指标"),
    ("=询单人数", "--map「=询单人数」应写成 列名=指标"),
    ("客服=询单人数", "--map「客服=询单人数」：「客服」是客服名称列，由软件自动识别"),
    ("日期=-", "--map「日期=-」：「日期」是日期列，由软件自动识别"),
])
def test_a_bad_map_exits_2_naming_it_and_changes_nothing(cli, db, tmp_path, xiaomei, value, said):
    path = _csv(tmp_path / "日报.csv", "日期,客服,销售额,接待人数（去重）", "2026-10-01,小美,100,12")
    before = _dump(db)
    for output in ((), ("--json",)):
        result = cli("import", path, "--map", value, *output)
        assert result.code == 2
        assert result.err.startswith("错误：" + said), result.err
        assert "Traceback" not in result.err and result.out == ""
    assert _dump(db) == before


def test_two_metrics_for_one_column_exit_2(cli, db, tmp_path, xiaomei):
    path = _csv(tmp_path / "日报.csv", "日期,客服,销售额,接待人数（去重）", "2026-10-01,小美,100,12")
    before = _dump(db)
    result = cli("import", path, "--map", "接待人数（去重）=询单人数", "--map", "接待人数(去重)=-")
    assert result.code == 2
    assert "--map「接待人数(去重)=-」和「接待人数（去重）=询单人数」为同一列指定了不同的指标" in result.err
    assert _dump(db) == before
    assert cli("import", path, "--map", "接待人数（去重）=询单人数", "--map", "接待人数（去重）=inquiries").code == 0


def test_a_bad_map_in_english(cli, tmp_path, xiaomei):
    path = _csv(tmp_path / "daily.csv", "日期,客服,销售额,Visitors", "2026-10-01,小美,100,12")
    result = cli("import", path, "--map", "Visits=inquiries", lang="en")
    assert result.code == 2
    assert result.err.startswith('Error: --map "Visits=inquiries": no file has a column "Visits".'), result.err
    assert cli("import", path, "--map", "Visitors=inquiries", lang="en").code == 0


def test_a_new_shop_file_is_not_left_behind_by_a_refused_map(cli, db, tmp_path):
    path = _csv(tmp_path / "日报.csv", "日期,客服,销售额", "2026-10-01,小美,100")
    assert cli("import", path, "--map", "销售额=不存在").code == 2
    assert not db.exists()
