"""A person renamed after their certificate was printed (a typo corrected: 欧阳娜娜娜 → 欧阳丽娜, approved again):
a reprint prints the name they have now under the same number, its checksum made again with it; the paper printed
first still verifies, as an earlier print issued under the former name; the 证书 page marks the certificate until
it is reprinted."""

from dataclasses import replace

import pytest

from app.certificates import numbering, printed
from app.certificates.sources import award_requests
from app.errors import UserError
from app.i18n import set_language

from .conftest import OCT, SEP, page_texts

OLD, NEW = "欧阳娜娜娜", "欧阳丽娜"


@pytest.fixture
def person(shop, team):
    """欧阳娜娜娜's 阶段目标奖 of September, approved."""
    shop.awards.approve(SEP, confirm=True)
    return next(r for r in award_requests(shop, SEP)[0] if r.recipient == OLD)


def _request(person, name):
    return replace(person, recipient=name)


def _printed(service, tmp_path, request, name="a.pdf", **job):
    return service.print_pdf([request], tmp_path / name, service.options(), shop_name="店", **job).certificates[0]


def _other_checksum(check):
    return next(ch for ch in numbering.ALPHABET if ch != check[0]) + check[1:]


def test_a_reprint_after_a_rename_prints_the_name_now_under_the_same_number(service, shop, person, tmp_path):
    first = _printed(service, tmp_path, _request(person, OLD))
    again = _printed(service, tmp_path, _request(person, NEW), "b.pdf")
    assert (again.id, again.number, again.identity, again.issued) == (first.id, first.number, first.identity,
                                                                     first.issued)
    page = page_texts(tmp_path / "b.pdf")[0]
    assert NEW in page and OLD not in page
    stored = service.store.certificates.get(first.id)
    assert stored.recipient == NEW and stored.checksum == again.checksum != first.checksum
    assert numbering.qr_payload(again.number, again.checksum).endswith(again.checksum)
    assert [p.content.recipient for p in service.store.certificates.prints(first.id)] == [OLD, NEW]
    audit = shop.store.audit.recent(action_prefix="certificate.rename")
    assert len(audit) == 1 and f"{first.number} {OLD} → {NEW}" in audit[0].summary


def test_the_paper_printed_before_the_rename_verifies_as_an_earlier_print(service, person, tmp_path):
    first = _printed(service, tmp_path, _request(person, OLD))
    again = _printed(service, tmp_path, _request(person, NEW), "b.pdf")
    old = service.verify(numbering.qr_payload(first.number, first.checksum))
    assert old.ok and old.checksum_checked and old.printed_as == OLD
    assert old.certificate.recipient == NEW
    new = service.verify(numbering.qr_payload(again.number, again.checksum))
    assert new.ok and new.printed_as is None
    assert service.verify(f"{first.number}:{_other_checksum(first.checksum)}").status == "tampered"
    assert service.verify(f"{first.number}:{_other_checksum(again.checksum)}").status == "tampered"


def test_a_print_recorded_before_prints_kept_their_name_keeps_the_name_it_printed(service, person, tmp_path):
    """A shop upgraded from a version that kept no content with its prints: they printed the name the certificate
    had until its first rename, which the rename's job writes on them before the certificate takes the new one."""
    first = _printed(service, tmp_path, _request(person, OLD))
    with service.store.atomic():
        service.store.db.execute("UPDATE certificate_print SET recipient = NULL, award = NULL, period_label = NULL, "
                                 "place = NULL, value_text = NULL, value_shown = NULL")
    _printed(service, tmp_path, _request(person, NEW), "b.pdf")
    earlier, latest = service.store.certificates.prints(first.id)
    assert earlier.content is None and earlier.recipient == OLD and latest.recipient == NEW
    old = service.verify(numbering.qr_payload(first.number, first.checksum))
    assert old.ok and old.printed_as == OLD


def test_the_page_marks_a_certificate_printed_before_the_rename_until_it_is_reprinted(service, person, tmp_path):
    first = _printed(service, tmp_path, _request(person, OLD))
    renamed = _request(person, NEW)
    (found,) = service.changed_since_printed([(renamed, first)]).values()
    assert [(c.what, c.printed, c.now) for c in found[1]] == [("recipient", OLD, NEW)]
    (note,) = service.reprint_notes([renamed])
    assert f"姓名：{OLD} → {NEW}" in note and "需要重印" in note

    again = _printed(service, tmp_path, renamed, "b.pdf")
    assert service.changed_since_printed([(renamed, again)]) == {}
    assert service.reprint_notes([renamed]) == []


def test_a_printer_job_not_recorded_leaves_the_mark(service, person, tmp_path):
    """A job for the printer gives the numbers before its pages go out, the new name only once they went: cancelled,
    the certificate keeps its name and checksum (a paper with the new one was never printed) and stays marked, even
    where its print was recorded before prints kept their content."""
    first = _printed(service, tmp_path, _request(person, OLD))
    with service.store.atomic():
        service.store.db.execute("UPDATE certificate_print SET recipient = NULL, award = NULL, period_label = NULL, "
                                 "place = NULL, value_text = NULL, value_shown = NULL")
    renamed = _request(person, NEW)
    job = _printed(service, tmp_path, renamed, "for-printer.pdf", record=False)
    assert job.recipient == NEW and len(service.store.certificates.prints(first.id)) == 1
    stored = service.store.certificates.get(first.id)
    assert (stored.recipient, stored.checksum) == (OLD, first.checksum)
    assert service.store.audit.recent(action_prefix="certificate.rename") == []
    (found,) = service.changed_since_printed([(renamed, stored)]).values()
    assert [(c.what, c.printed, c.now) for c in found[1]] == [("recipient", OLD, NEW)]
    old = service.verify(numbering.qr_payload(first.number, first.checksum))
    assert old.ok and old.printed_as is None
    assert service.verify(numbering.qr_payload(job.number, job.checksum)).status == "tampered"  # never printed


def test_a_printer_job_takes_the_name_now_once_its_pages_went_out(service, person, tmp_path):
    first = _printed(service, tmp_path, _request(person, OLD))
    job = _printed(service, tmp_path, _request(person, NEW), "for-printer.pdf", record=False)
    service.record_print([job], 1, "打印机：前台", service.options())
    stored = service.store.certificates.get(first.id)
    assert (stored.recipient, stored.checksum) == (NEW, job.checksum)
    assert len(service.store.audit.recent(action_prefix="certificate.rename")) == 1
    assert service.verify(numbering.qr_payload(first.number, first.checksum)).printed_as == OLD
    assert service.verify(numbering.qr_payload(job.number, job.checksum)).printed_as is None


def test_a_pdf_not_saved_or_a_draft_leaves_the_certificate_its_name(service, person, tmp_path, monkeypatch):
    first = _printed(service, tmp_path, _request(person, OLD))
    service.print_pdf([_request(person, NEW)], tmp_path / "draft.pdf", replace(service.options(), draft=True),
                      shop_name="店")

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.atomic_file.new_temp", refused)  # a folder that cannot be written
    with pytest.raises(UserError):
        _printed(service, tmp_path, _request(person, NEW), "b.pdf")
    stored = service.store.certificates.get(first.id)
    assert (stored.recipient, stored.checksum) == (OLD, first.checksum)
    assert len(service.store.certificates.prints(first.id)) == 1


def test_the_preview_of_a_renamed_certificate_shows_the_name_now(service, person, tmp_path):
    first = _printed(service, tmp_path, _request(person, OLD))
    service.preview(_request(person, NEW), tmp_path / "preview.pdf", service.options(), shop_name="店")
    page = page_texts(tmp_path / "preview.pdf")[0]
    assert NEW in page and OLD not in page
    assert service.store.certificates.get(first.id).recipient == OLD  # a look changes nothing


def test_a_name_typed_by_hand_is_its_certificate_and_is_never_renamed(service, tmp_path):
    """A certificate made by hand, or a department's, is identified by the name it carries: another name is another
    certificate with its own number."""
    first = service.make("小美", "最佳服务奖", OCT, tmp_path / "a.pdf", service.options(), shop_name="店").certificates[0]
    other = service.make("小梅", "最佳服务奖", OCT, tmp_path / "b.pdf", service.options(), shop_name="店").certificates[0]
    assert other.number != first.number and service.store.certificates.get(first.id).recipient == "小美"


def test_a_changed_name_is_said_as_the_name_in_either_language():
    """A reprint's note says the name was corrected (姓名), not that the award went to someone else (获奖)."""
    change = printed.Change("recipient", OLD, NEW)
    assert change.text() == f"姓名：{OLD} → {NEW}"
    set_language("en")
    try:
        assert change.text() == f"Name: {OLD} → {NEW}"
    finally:
        set_language("zh")
