"""Text in the board PDF and the 计算单: a character the bundled sans face lacks is drawn with a face that has
it, and measured so."""

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.pdf_text import FONT, FONT_BOLD, draw_right_string, draw_string, register_fonts, runs, string_width


def _fonts(path) -> set[str]:
    reader = PdfReader(path)
    return {str(font.get_object()["/BaseFont"]) for page in reader.pages
            for font in page["/Resources"]["/Font"].values()}


def test_a_text_the_sans_face_has_whole_is_one_run_in_it():
    register_fonts()
    assert runs("欧阳娜娜 A&B", FONT) == ((FONT, "欧阳娜娜 A&B"),)
    assert string_width("欧阳娜娜", FONT_BOLD, 12) == stringWidth("欧阳娜娜", FONT_BOLD, 12)


def test_a_rare_character_is_drawn_with_a_face_that_has_it(tmp_path):
    register_fonts()
    pieces = runs("𠮷田美", FONT_BOLD)
    assert [piece for _face, piece in pieces] == ["𠮷", "田美"]
    assert pieces[0][0] != FONT_BOLD and "LXGWWenKai" in pieces[0][0] and pieces[1][0] == FONT_BOLD
    assert string_width("𠮷田美", FONT_BOLD, 10) == stringWidth("𠮷", pieces[0][0], 10) + stringWidth("田美", FONT_BOLD, 10)
    path = tmp_path / "t.pdf"
    c = Canvas(str(path))
    draw_string(c, 50, 700, "𠮷田美", FONT_BOLD, 10)
    draw_right_string(c, 500, 680, "小𠮷", FONT, 10)
    c.save()
    assert "𠮷田美" in PdfReader(path).pages[0].extract_text()
    assert any("LXGWWenKai" in name for name in _fonts(path))
