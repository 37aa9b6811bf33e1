"""Each print records what it said (recipient, award, period, place, value): a certificate printed for ¥40.00 and
reprinted under the same number after a re-approval paid ¥60.00 verifies with both papers, each told apart,
and the page knows a certificate whose last print no longer says what a reprint would."""

from dataclasses import replace
from datetime import date

from app.certificates import numbering
from app.certificates.checks import order_key
from app.certificates.sources import award_requests
from app.periods import shown_date

from .conftest import SEP, page_texts


def _praise(shop, staff_id, day):
    shop.events.add(date(2026, 9, day), staff_id, "表扬", confirm_approved=True)


def _praise_award(shop, team, service, tmp_path, name, show_value=True):
    """欧阳娜娜娜's 表扬奖 certificate of September, printed (value shown) from the current approval."""
    requests, approved = award_requests(shop, SEP, all_winners=True)
    assert approved
    mine = [r for r in requests if r.recipient == "欧阳娜娜娜" and r.award == "表扬奖"]
    out = service.print_pdf(mine, tmp_path / name, replace(service.options(), show_value=show_value),
                            shop_name="店")
    return mine[0], out.certificates[0]


def _paid_40_then_60(shop, team, service, tmp_path, show_value=True):
    _praise(shop, team[4], 12)
    shop.awards.approve(SEP, confirm=True)
    request, cert = _praise_award(shop, team, service, tmp_path, "first.pdf", show_value)
    assert request.value_text == "¥40.00"
    _praise(shop, team[4], 13)
    shop.awards.approve(SEP, confirm=True)
    return cert


def test_each_print_records_what_it_said_and_verify_tells_both_papers_apart(service, shop, team, tmp_path):
    cert = _paid_40_then_60(shop, team, service, tmp_path)
    payload = numbering.qr_payload(cert.number, cert.checksum)
    before_reprint = service.verify(payload)
    assert before_reprint.ok and before_reprint.now.value == "¥60.00"  # what the shop's records say now
    assert [p.content.printed_value for p in before_reprint.prints] == ["¥40.00"]

    _request, again = _praise_award(shop, team, service, tmp_path, "again.pdf")
    assert again.number == cert.number and again.checksum == cert.checksum
    assert "¥60.00" in page_texts(tmp_path / "again.pdf")[0] and "¥40.00" in page_texts(tmp_path / "first.pdf")[0]
    result = service.verify(payload)  # the same QR on both papers
    assert result.ok and result.checksum_checked
    assert [p.content.printed_value for p in result.prints] == ["¥40.00", "¥60.00"]
    said = result.prints[0].content
    assert (said.recipient, said.award, said.period) == ("欧阳娜娜娜", "表扬奖", "2026年9月")
    assert service.store.certificates.get(cert.id).value_text == "¥60.00"  # the record: the value last printed


def test_a_print_without_the_value_records_that_its_paper_shows_none(service, shop, team, tmp_path):
    cert = _paid_40_then_60(shop, team, service, tmp_path, show_value=False)
    (first,) = service.store.certificates.prints(cert.id)
    assert first.content.value == "¥40.00" and first.content.printed_value is None
    request = next(r for r in award_requests(shop, SEP, all_winners=True)[0] if r.recipient == "欧阳娜娜娜"
                   and r.award == "表扬奖")
    assert service.changed_since_printed([(request, cert)]) == {}  # the paper says no amount: nothing to reprint


def test_a_certificate_printed_before_a_reapproval_changed_its_value_needs_a_reprint(service, shop, team, tmp_path):
    cert = _paid_40_then_60(shop, team, service, tmp_path)
    requests = award_requests(shop, SEP, all_winners=True)[0]
    listed = [(r, c) for r in requests if (c := service.existing(r)) is not None]
    changed = service.changed_since_printed(listed)
    assert set(changed) == {cert.id}
    last, found = changed[cert.id]
    assert [(c.what, c.printed, c.now) for c in found] == [("value", "¥40.00", "¥60.00")]
    (note,) = service.reprint_notes([r for r in requests if r.identity() == cert.identity])
    assert "¥40.00 → ¥60.00" in note and shown_date(date.fromisoformat(last.at[:10])) in note

    _praise_award(shop, team, service, tmp_path, "again.pdf")
    assert service.changed_since_printed(listed) == {}  # reprinted: the paper says what the records say


def test_a_certificate_never_reapproved_keeps_its_number_and_needs_no_reprint(service, shop, team, tmp_path):
    shop.awards.approve(SEP, confirm=True)
    requests = sorted(award_requests(shop, SEP, all_winners=True)[0], key=order_key)  # as a job numbers them
    first = service.print_pdf(requests, tmp_path / "a.pdf", replace(service.options(), show_value=True),
                              shop_name="店").certificates
    again = service.print_pdf(requests, tmp_path / "b.pdf", replace(service.options(), show_value=True),
                              shop_name="店").certificates
    assert [c.number for c in again] == [c.number for c in first]
    assert service.changed_since_printed(list(zip(requests, first, strict=True))) == {}
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def _as_an_earlier_version_left_it(shop, cert, print_days):
    """No content on the prints, the value as issued on the certificate (¥40.00), September approved on 1 October
    (¥40.00) and again on 5 October (¥60.00), each print made on the day of `print_days` at 10:00."""
    first_run, second_run = sorted(run.id for run in shop.store.awards.runs(SEP.key()))
    with shop.store.atomic():
        db = shop.store.db
        db.execute("UPDATE certificate_print SET recipient = NULL, award = NULL, period_label = NULL, "
                   "place = NULL, value_text = NULL, value_shown = NULL")
        db.execute("UPDATE certificate SET value_text = '¥40.00' WHERE id = ?", [cert.id])
        db.execute("UPDATE award_run SET approved_at = '2026-10-01T09:00:00', superseded_at = '2026-10-05T09:00:00' "
                   "WHERE id = ?", [first_run])
        db.execute("UPDATE award_run SET approved_at = '2026-10-05T09:00:00' WHERE id = ?", [second_run])
        prints = [i for (i,) in db.execute("SELECT id FROM certificate_print ORDER BY id")]
        for print_id, day in zip(prints, print_days, strict=True):
            db.execute("UPDATE certificate_print SET at = ? WHERE id = ?", [f"{day}T10:00:00", print_id])
    return shop.store.certificates.get(cert.id)


def test_a_print_recorded_before_contents_were_kept_is_read_as_issued(service, shop, team, tmp_path):
    """A shop upgraded from a version that kept no content, its certificate printed there before the re-approval:
    the paper is read as the approval then in force had it (¥40.00), so it needs a reprint."""
    cert = _as_an_earlier_version_left_it(shop, _paid_40_then_60(shop, team, service, tmp_path), ["2026-10-02"])
    (legacy,) = service.store.certificates.prints(cert.id)
    assert legacy.content is None
    request = next(r for r in award_requests(shop, SEP, all_winners=True)[0] if r.identity() == cert.identity)
    (found,) = service.changed_since_printed([(request, cert)]).values()
    assert [(c.what, c.printed, c.now) for c in found[1]] == [("value", "¥40.00", "¥60.00")]


def test_a_reprint_recorded_before_contents_were_kept_is_read_with_the_approval_it_was_printed_under(
        service, shop, team, tmp_path, db_path, capsys):
    """Reprinted there after the re-approval: that paper says ¥60.00 while the record kept the value issued
    (¥40.00). It says what a reprint would, so nothing is marked and verify asks for no reprint."""
    import json

    cert = _paid_40_then_60(shop, team, service, tmp_path)
    _praise_award(shop, team, service, tmp_path, "again.pdf")
    cert = _as_an_earlier_version_left_it(shop, cert, ["2026-10-02", "2026-10-06"])
    request = next(r for r in award_requests(shop, SEP, all_winners=True)[0] if r.identity() == cert.identity)
    assert request.value_text == "¥60.00"
    assert service.changed_since_printed([(request, cert)]) == {}
    code, out, _err = _verify(db_path, capsys, numbering.qr_payload(cert.number, cert.checksum), "--json")
    data = json.loads(out)
    assert code == 0 and data["value_now"] == "¥60.00" and data["reprint_needed"] is False

def _day(iso_day: str, lang: str = "zh") -> str:
    from app.i18n import set_language

    set_language(lang)
    try:
        return shown_date(date.fromisoformat(iso_day))
    finally:
        set_language("zh")


def _verify(db_path, capsys, *args, lang="zh"):
    from app.cli import main
    from app.i18n import set_language

    capsys.readouterr()
    try:
        code = main(["--db", str(db_path), "--today", "2026-10-20", "--lang", lang, "certificates", "verify", *args])
    finally:
        set_language("zh")
    out = capsys.readouterr()
    return code, out.out, out.err


def test_verify_says_the_value_of_each_print_and_that_an_earlier_paper_is_no_forgery(service, shop, team, tmp_path,
                                                                                      db_path, capsys):
    import json

    cert = _paid_40_then_60(shop, team, service, tmp_path)
    payload = numbering.qr_payload(cert.number, cert.checksum)
    code, out, _err = _verify(db_path, capsys, payload, "--json")
    data = json.loads(out)
    assert code == 0 and data["status"] == "ok" and data["value_now"] == "¥60.00" and data["reprint_needed"]
    # `value` keeps its meaning from before prints kept their content: the certificate's recorded value, which the
    # only paper printed says; a script comparing it with that paper must not call the paper altered
    assert data["value"] == "¥40.00" and data["place_now"] is None
    assert [p["value"] for p in data["prints"]] == ["¥40.00"]
    code, out, _err = _verify(db_path, capsys, payload)
    first_day = data["prints"][0]["at"][:10]  # the JSON keeps the stored form; a sentence writes the day
    assert code == 0 and f"奖励：¥60.00（{_day(first_day)} 首次打印时为 ¥40.00）" in out
    assert "需要重印" in out and "不是伪造" in out
    assert "同一编号打印过不同的内容" not in out  # printed once: the records changed since, not what was printed
    assert "打印后记录已变更：写着早先内容的那份是当时打印的" in out

    _praise_award(shop, team, service, tmp_path, "again.pdf")
    code, out, _err = _verify(db_path, capsys, payload, "--json")
    data = json.loads(out)
    assert code == 0 and data["value"] == data["value_now"] == "¥60.00" and not data["reprint_needed"]
    assert [p["value"] for p in data["prints"]] == ["¥40.00", "¥60.00"]
    assert {p["award"] for p in data["prints"]} == {"表扬奖"} and data["prints"][1]["recipient"] == "欧阳娜娜娜"
    code, out, _err = _verify(db_path, capsys, payload)
    again_day = data["prints"][1]["at"][:10]
    assert f"奖励：¥60.00（{_day(again_day)} 重印；{_day(first_day)} 首次打印时为 ¥40.00）" in out
    assert "需要重印" not in out and "同一编号打印过不同的内容" in out and "不是伪造" in out
    code, out, _err = _verify(db_path, capsys, payload, lang="en")
    assert code == 0 and f"Value: ¥60.00 ({_day(again_day, 'en')} reprinted; {_day(first_day, 'en')} first printed " \
                         "with ¥40.00)" in out, out


def test_verify_of_a_certificate_never_reapproved_says_its_value_once(service, shop, team, tmp_path, db_path,
                                                                        capsys):
    shop.awards.approve(SEP, confirm=True)
    _request, cert = _praise_award(shop, team, service, tmp_path, "only.pdf")
    code, out, _err = _verify(db_path, capsys, cert.number)
    assert code == 0 and "奖励：¥20.00\n" in out and "重印" not in out and "伪造" not in out



def test_a_paper_that_said_the_unnamed_prize_alone_needs_no_reprint_for_its_worth(service, tmp_path):
    """显示奖励 printed a preset's goods award as 「奖励：奖品」; a reprint now says 奖品（价值 ¥200.00）. The
    paper was vague, not wrong: it is not marked 已变更，需重印 for that, only for another worth."""
    from app.certificates.model import CertificateRequest

    printed = CertificateRequest("小美", "最佳服务奖", SEP, value_text="奖品")
    [cert] = service.print_pdf([printed], tmp_path / "a.pdf", replace(service.options(), show_value=True),
                               shop_name="店").certificates
    now = replace(printed, value_text="奖品（价值 ¥200.00）")
    assert service.changed_since_printed([(now, cert)]) == {}
    service.print_pdf([now], tmp_path / "b.pdf", replace(service.options(), show_value=True), shop_name="店")
    paid_more = replace(printed, value_text="奖品（价值 ¥300.00）")
    [(_last, found)] = service.changed_since_printed([(paid_more, cert)]).values()
    assert [(c.printed, c.now) for c in found] == [("奖品（价值 ¥200.00）", "奖品（价值 ¥300.00）")]


def test_a_paper_that_said_the_unnamed_prize_alone_is_marked_when_the_award_gives_more(service, tmp_path):
    """Only the prize's worth is let pass: a cake given with it since is a change (the paper's 「奖励：奖品」 was read
    as the start of 奖品（价值 ¥200.00）、生日蛋糕); the worth beside a cash amount is let pass too."""
    from app.certificates.model import CertificateRequest

    show_value = replace(service.options(), show_value=True)
    printed = CertificateRequest("小美", "生日福利", SEP, value_text="奖品")
    [cert] = service.print_pdf([printed], tmp_path / "a.pdf", show_value, shop_name="店").certificates
    with_cake = replace(printed, value_text="奖品（价值 ¥200.00）、生日蛋糕")
    [(_last, found)] = service.changed_since_printed([(with_cake, cert)]).values()
    assert [(c.printed, c.now) for c in found] == [("奖品", "奖品（价值 ¥200.00）、生日蛋糕")]

    with_cash = CertificateRequest("阿花", "生日福利", SEP, value_text="¥50.00、奖品")
    [cert] = service.print_pdf([with_cash], tmp_path / "b.pdf", show_value, shop_name="店").certificates
    assert service.changed_since_printed([(replace(with_cash, value_text="¥50.00、奖品（价值 ¥200.00）"), cert)]) == {}
