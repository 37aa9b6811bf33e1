"""HTML tables saved as .xls, read by `markup`'s own tokenizer: on odd HTML it must give what `html.parser` gives
(the rows and merged ranges `markup._Tables` builds from either's events), whichever way the file is cut into
chunks; and a GBK page with its meta charset is read through the import."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import StaffDraft
from app.importing import markup, readers

ODD_ROWS = [
    # entities, named with and without the semicolon, numeric, and a bare &
    "<tr><td>A&amp;B &lt;c&gt; x&nbsp;y &#20013;&#x6587; &copy 2026 R&D</td><td>1&#44;200.50</td></tr>",
    # line breaks inside cells, in every spelling
    "<tr><td>第一行<br>第二行</td><td>a<BR/>b</td><td>c<br />d</td></tr>",
    # spans quoted every way, in capitals, a broken one, and a cell covered from above
    "<tr><td colspan=2>合并</td><td ROWSPAN='2'>竖</td><td colspan=\"x\">坏</td></tr>",
    "<tr><TD>下1</TD><td rowspan=\" 2 \" colspan='2'>块</td></tr>",
    "<tr><td>下2</td></tr>",
    # tags inside cells, links with & in their address, attributes holding > and quotes
    ("<tr><td><b>小美</b> <span style=\"color:red\">100</span></td><td><font face='宋体'><a href=\"x?a=1&b=2\">链接</a>"
     "</font></td><td title=\"a>b\" x:str=\"'001\">001</td></tr>"),
    # a table inside a cell: read as that cell's text
    "<tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table>尾</td><td>9</td></tr>",
    # end tags left out, as HTML allows
    "<tr><td>省略1<td>省略2<tr><td>省略3",
    "</td></tr>",
    # comments, Excel's conditional marks and the XML it hides in them
    ("<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:Name>Sheet1</x:Name><td>不是单元格</td></x:ExcelWorkbook></xml>"
     "<![endif]--><![if !supportMisalignedColumns]><tr height=0><td width=64></td></tr><![endif]>"),
    "<tr><td>注释<!-- <td>藏</td> -->之后</td><td/><th>表头</th></tr>",
    # a < that opens no tag, whitespace and new lines inside cells
    "<tr><td>a < b</td><td>1<2</td><td>\r\n  多个   空格\t </td><td>&nbsp;</td></tr>",
]
PAGE_HEAD = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
             "<title>标题不显示</title><style>td { mso-number-format: \"\\@\"; } /* <td>x</td> */</style>"
             "<script>var s = \"<table><tr><td>脚本</td></tr></table>\";</script></head><body>"
             "<h1>客服绩效报表</h1><p>统计时间：2026-10-01 ~ 2026-10-31</p>")


def _page(repeat: int = 1) -> str:
    body = "".join("<table border=1>" + "".join(ODD_ROWS) + "</table>\n<div>表后文字</div>" for _ in range(repeat))
    return PAGE_HEAD + body + "</body></html>"


class _Reference(HTMLParser):
    """html.parser's events, handed to the same row builder."""

    def __init__(self, tables: markup._Tables):
        super().__init__(convert_charrefs=True)
        self.tables = tables

    def handle_starttag(self, tag, attrs):
        self.tables.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tables.handle_endtag(tag)

    def handle_data(self, data):
        self.tables.handle_data(data)


def _by_html_parser(text: str) -> tuple[list, list]:
    merged: list = []
    tables = markup._Tables(merged)
    reference = _Reference(tables)
    reference.feed(text)
    reference.close()
    tables._end_row()
    tables._flush_loose()
    return tables.rows, merged


def _by_markup(text: str, chunk: int) -> tuple[list, list]:
    merged: list = []
    tables = markup._Tables(merged)
    rows = []
    for start in range(0, len(text), chunk):
        tables.feed(text[start:start + chunk])
        rows.extend(tables.rows)
        tables.rows = []
    tables.finish()
    return rows + tables.rows, merged


def test_odd_html_reads_as_html_parser_reads_it():
    text = _page()
    rows, merged = _by_html_parser(text)
    assert rows[:3] == [["客服绩效报表"], ["统计时间：2026-10-01 ~ 2026-10-31"], ["A&B <c> x y 中文 © 2026 R&D", "1,200.50"]]
    assert ["第一行 第二行", "a b", "c d"] in rows and ["小美 100", "链接", "001"] in rows
    assert ["外内1内2尾", "9"] in rows and ["a < b", "1<2", "多个 空格"] in rows
    assert ["省略1", "省略2"] in rows and ["注释之后", "", "表头"] in rows
    assert merged == [(5, 0, 5, 1), (5, 2, 6, 2), (6, 1, 7, 2)]
    assert not any("脚本" in c or "不是单元格" in c or "藏" in c or "标题不显示" in c for row in rows for c in row)
    assert _by_markup(text, len(text)) == (rows, merged)


@pytest.mark.parametrize("chunk", [97, 1000, 4099, 65536])
def test_a_long_page_reads_the_same_however_it_is_cut(chunk):
    text = _page(repeat=40)
    assert len(text) > 4 * 4096
    assert _by_markup(text, chunk) == _by_html_parser(text)


@pytest.mark.parametrize("chunk", [1, 2, 5])
def test_every_cut_point_is_read_the_same(monkeypatch, chunk):
    monkeypatch.setattr(markup, "_HELD", 48)  # what waits for the next chunk: small, so every place is a cut
    text = _page(repeat=2)
    assert _by_markup(text, chunk) == _by_html_parser(text)


PIECES = ["<table>", "</table>", "<TABLE border=1>", "<tr>", "</tr>", "<TR class=x>", "<td>", "</td>", "<TD nowrap>",
          "<td colspan=2>", "<td rowspan='3'>", "<th colspan=\"2\" rowspan=2>", "</th>", "<td/>", "<br>", "<br/>", "<b>",
          "</b>", "<span style=\"a>b\">", "</span>", "小美", "100", " ", "\n", "&amp;", "&nbsp;", "&#20013;", "&lt", "&",
          "<", ">", "1 < 2", "<!-- c -->", "<!-- <td>x</td> -->", "<![if x]>", "<![endif]>", "<!DOCTYPE html>",
          "<script>var a='<td>';</script>", "<style>td{}</style>", "<head>", "</head>", "<title>t</title>", "<body>",
          "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<?xml x?>", "</>", "<td x:str=\"'01\">", "'", "\"", "=",
          "<td title='a\"b'>", "<meta charset=gbk>", "<td\ncolspan=2\n>", "<tD>", "</Td >", "<li>", "<caption>"]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60), st.sampled_from([(4096, 0), (20, 1), (20, 3), (30, 7)]))
def test_any_mix_of_these_pieces_reads_as_html_parser_reads_it(pieces, cut):
    text = "".join(pieces)
    held, chunk = cut
    with mock.patch.object(markup, "_HELD", held):
        assert _by_markup(text, chunk or len(text)) == _by_html_parser(text)


def test_a_gbk_page_with_its_meta_charset_is_imported(tmp_path, shop, imports):
    shop.staff.add(StaffDraft("小美", aliases=("旗舰店:小美",)))
    page = (PAGE_HEAD + "<table><tr><th rowspan=2>客服</th><th colspan=2>询单-&gt;最终付款</th></tr>"
            "<tr><th>人数</th><th>金额</th></tr><tr><td>旗舰店:小美</td><td>7</td><td>1,234.50</td></tr>"
            "<tr><td><b>合计</b></td><td>7</td><td>1,234.50</td></tr></table></body></html>")
    path = tmp_path / "赤兔_客服绩效.xls"
    path.write_bytes(page.encode("gbk"))
    [source] = [s for s in readers.sources(path) if s.encoding == "gb18030"]
    assert source.markup == "html"
    plan = imports.preview([path])
    f = plan.files[0]
    assert not plan.errors and f.encoding == "gb18030" and f.header_rows == 2
    assert f.columns == {"客服": "staff", "询单->最终付款/人数": "paying", "询单->最终付款/金额": "sales"}
    assert f.period == (date(2026, 10, 1), date(2026, 10, 31)) and f.totals_rows == [6]
