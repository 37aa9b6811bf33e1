"""Parts drawn once per PDF as forms and referenced by every page (the frame, the title, each award's title,
the signing block; a card's frame, award, period and shop line) are on every page and card that needs them,
not only on the one that made them."""

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.certificates.model import CertificateRequest

from .conftest import OCT

STATIC_FORM = {"classic": "hhClassicBorder", "modern": "hhModernFrame"}


def forms_drawn(page) -> list[str]:
    """The forms a page draws itself (`Do`), in order, by name."""
    return [str(operands[0]) for operands, operator in ContentStream(page.get_contents(), page.pdf).operations
            if operator == b"Do"]


@pytest.mark.parametrize("template", ["classic", "modern"])
def test_every_page_draws_the_frame_and_its_award_though_each_is_made_once(service, tmp_path, template):
    people = [CertificateRequest(name, "销售冠军奖", OCT) for name in ("王丽", "李娜", "张伟")]
    people.append(CertificateRequest("赵敏", "最佳服务奖", OCT))
    pdf = tmp_path / "c.pdf"
    service.print_pdf(people, pdf, service.options(template=template), shop_name="小橙子旗舰店")
    pages = PdfReader(pdf).pages
    by_award = {"销售冠军奖": [], "最佳服务奖": []}
    for page in pages:
        drawn = forms_drawn(page)
        assert drawn.count(f"/FormXob.{STATIC_FORM[template]}") == 1, drawn
        text = page.extract_text()  # forms' text included
        award = next(a for a in by_award if a in text)
        assert next(p.recipient for p in people if p.recipient in text)
        xobjects = page["/Resources"]["/XObject"]
        by_award[award].append({name: xobjects.raw_get(name).idnum for name in drawn})
    assert [len(v) for v in by_award.values()] == [3, 1]
    # the three pages of one award draw the same forms: the award's title is one object in the file
    assert by_award["销售冠军奖"][0] == by_award["销售冠军奖"][1] == by_award["销售冠军奖"][2]
    assert by_award["销售冠军奖"][0] != by_award["最佳服务奖"][0]


def test_every_card_draws_its_frame_award_period_and_shop_line_from_forms_made_once(service, tmp_path):
    people = [CertificateRequest(name, "销售冠军奖", OCT) for name in ("王丽", "李娜", "张伟", "陈静", "杨洋")]
    pdf = tmp_path / "cards.pdf"
    service.print_pdf(people, pdf, service.options(template="card", cards_per_sheet=4), shop_name="小橙子旗舰店")
    pages = PdfReader(pdf).pages
    made = []
    for page, cards in zip(pages, (4, 1), strict=True):
        xobjects = page["/Resources"]["/XObject"]
        parts = [xobjects.raw_get(name).idnum for name in forms_drawn(page) if name.startswith("/FormXob.hhCardPart")]
        assert len(parts) == 4 * cards and len(set(parts)) == 4  # the frame, the award, the period, the shop line
        made.append(set(parts))
    assert made[0] == made[1]  # the card on the second sheet, in another cell, draws the same forms
    text = "".join(page.extract_text() for page in pages)
    assert all(p.recipient in text for p in people) and text.count("销售冠军奖") >= len(people)


def test_every_page_refers_to_one_resources_dictionary_naming_all_it_draws(service, tmp_path):
    people = [CertificateRequest(name, award, OCT)
              for name, award in (("王丽", "销售冠军奖"), ("李娜", "销售冠军奖"), ("赵敏", "最佳服务奖"))]
    pdf = tmp_path / "c.pdf"
    service.print_pdf(people, pdf, service.options(template="classic"), shop_name="小橙子旗舰店")
    pages = PdfReader(pdf).pages
    shared = {page.raw_get("/Resources").idnum for page in pages}  # an object of its own, not one per page
    assert len(shared) == 1, shared
    for page in pages:
        assert set(forms_drawn(page)) <= set(page["/Resources"]["/XObject"])
        assert "/Font" in page["/Resources"]
        assert "/Trans" not in page and "/Rotate" not in page  # no transition, no rotation: left out


def test_a_page_whose_graphics_states_another_page_named_otherwise_keeps_its_own(tmp_path):
    """reportlab names a page's graphics states in the order it first sets them: gRLs0 is a faded fill on one page,
    a multiplying blend on the next. Shared, the first page's faded mark would be drawn at full strength."""
    from reportlab.pdfgen.canvas import Canvas

    from app.certificates.render import SharedResources

    pdf = tmp_path / "states.pdf"
    c = Canvas(str(pdf))
    shared = SharedResources(c)
    c.setFillAlpha(0.16)  # the draft mark alone
    c.rect(10, 10, 100, 100, fill=1)
    c.showPage()
    shared.adopt_last_page()
    c.setBlendMode("Multiply")  # a seal first, then the draft mark
    c.setFillAlpha(0.16)
    c.rect(10, 10, 100, 100, fill=1)
    c.showPage()
    shared.adopt_last_page()
    c.save()
    for page in PdfReader(pdf).pages:
        states = page["/Resources"]["/ExtGState"]
        used = [states[str(operands[0])] for operands, operator in
                ContentStream(page.get_contents(), page.pdf).operations if operator == b"gs"]
        assert {"/ca": 0.16} in [dict(state) for state in used], used
