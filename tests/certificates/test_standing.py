"""A certificate whose award a re-approval dropped is void (已作废), never reported valid; the approval that
dropped it is named; an award that comes back makes the same certificate valid again."""

from datetime import date

from app.certificates import numbering
from app.certificates.model import CertificateRequest
from app.certificates.sources import award_requests

from .conftest import SEP


def _miss_target(shop, staff_id):
    with shop.store.atomic():
        shop.store.values.set_many([("sales", date(2026, 9, 10), staff_id, 50_000)])


def _printed(service, shop, tmp_path, name="sep.pdf"):
    requests, approved = award_requests(shop, SEP)
    assert approved
    return service.print_pdf(requests, tmp_path / name, service.options(), shop_name="店").certificates


def test_a_dropped_award_makes_its_certificate_void_and_names_the_approval(service, shop, team, tmp_path):
    first = shop.awards.approve(SEP, confirm=True).run
    certs = _printed(service, shop, tmp_path)
    mine = next(c for c in certs if c.recipient == "欧阳娜娜娜")
    others = [c for c in certs if c.recipient != "欧阳娜娜娜"]
    assert service.verify(numbering.qr_payload(mine.number, mine.checksum)).status == "ok"

    _miss_target(shop, team[4])
    second = shop.awards.approve(SEP, confirm=True).run
    assert second.id != first.id
    result = service.verify(numbering.qr_payload(mine.number, mine.checksum))
    assert result.status == "void" and not result.ok
    assert result.certificate.recipient == "欧阳娜娜娜" and result.checksum_checked
    assert result.void.superseded_by.id == second.id
    assert all(service.verify(c.number).ok for c in others)  # the rest of the batch still stands
    assert set(service.voided(certs)) == {mine.id}
    assert "欧阳娜娜娜" not in [r.recipient for r in award_requests(shop, SEP)[0]]


def test_the_first_approval_that_dropped_it_is_named_not_the_latest(service, shop, team, tmp_path):
    shop.awards.approve(SEP, confirm=True)
    mine = next(c for c in _printed(service, shop, tmp_path) if c.recipient == "欧阳娜娜娜")
    _miss_target(shop, team[4])
    dropped = shop.awards.approve(SEP, confirm=True).run
    with shop.store.atomic():  # another change, another approval: the award is still gone
        shop.store.values.set_many([("sales", date(2026, 9, 12), team[0], 10_000)])
    latest = shop.awards.approve(SEP, confirm=True).run
    assert latest.id != dropped.id
    assert service.verify(mine.number).void.superseded_by.id == dropped.id


def test_an_award_that_comes_back_makes_the_same_certificate_valid_again(service, shop, team, tmp_path):
    shop.awards.approve(SEP, confirm=True)
    mine = next(c for c in _printed(service, shop, tmp_path) if c.recipient == "欧阳娜娜娜")
    _miss_target(shop, team[4])
    shop.awards.approve(SEP, confirm=True)
    assert service.verify(mine.number).status == "void"
    with shop.store.atomic():
        shop.store.values.set_many([("sales", date(2026, 9, 10), team[4], 150_000)])
    shop.awards.approve(SEP, confirm=True)
    assert service.verify(mine.number).ok
    again = next(c for c in _printed(service, shop, tmp_path, "again.pdf") if c.recipient == "欧阳娜娜娜")
    assert again.number == mine.number  # a reprint keeps its number


def test_a_department_certificate_follows_its_department_line(service, shop, team, tmp_path):
    shop.awards.approve(SEP, confirm=True)
    dept = next(c for c in _printed(service, shop, tmp_path) if c.recipient_type == "department")
    assert service.verify(dept.number).ok
    for staff_id in team:  # nobody reaches the target: no best department any more
        with shop.store.atomic():
            shop.store.values.set_many([("sales", date(2026, 9, 10), staff_id, 0)])
    shop.awards.approve(SEP, confirm=True)
    assert service.verify(dept.number).status == "void"


def test_hand_made_certificates_are_not_tied_to_a_run(service, shop, team, tmp_path):
    shop.awards.approve(SEP, confirm=True)
    made = service.make("欧阳娜娜娜", "阶段目标奖", SEP, tmp_path / "hand.pdf", service.options(),
                        shop_name="店").certificates[0]
    _miss_target(shop, team[4])
    shop.awards.approve(SEP, confirm=True)
    assert service.verify(made.number).ok


def test_a_run_certificate_of_a_period_without_any_approval_left_is_void(service, shop, tmp_path):
    """A staff certificate whose period has no approval (a file restored from before it): not valid."""
    from app.domain import StaffDraft

    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 1, 1)))
    request = CertificateRequest("小美", "阶段目标奖", SEP, None, "staff", person.id)
    cert = service.print_pdf([request], tmp_path / "x.pdf", service.options(), shop_name="店").certificates[0]
    result = service.verify(cert.number)
    assert result.status == "void" and result.void.superseded_by is None
