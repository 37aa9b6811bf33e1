"""Certificates: numbers, print records, the shop's images, and the checksum key."""

from __future__ import annotations

from datetime import date, datetime

from app.certificates.model import Certificate, Content, PrintRecord
from app.store.database import Database

_CERT = ("SELECT id, number, checksum, period, recipient_type, staff_id, recipient, award, value_text, issued, "
         "created_at, created_by, identity FROM certificate")


def _cert(row: tuple) -> Certificate:
    return Certificate(id=row[0], number=row[1], checksum=row[2], period_key=row[3], recipient_type=row[4],
                       staff_id=row[5], recipient=row[6], award=row[7], value_text=row[8],
                       issued=date.fromisoformat(row[9]), created_at=row[10], created_by=row[11], identity=row[12])


_PRINT = ("SELECT certificate_id, at, os_user, copies, output, template, recipient, award, period_label, place, "
          "value_text, value_shown FROM certificate_print")


def _print(row: tuple) -> PrintRecord:
    # a print recorded without its content may still have its name (`CertificateRepo.rename`): the award tells
    said = Content(row[6], row[7], row[8], row[9] or "", row[10], bool(row[11])) if row[7] is not None else None
    return PrintRecord(*row[:6], said, row[6])


class CertificateRepo:
    def __init__(self, db: Database):
        self.db = db

    def stored_secret(self) -> bytes | None:
        """The shop's checksum key; None when a cleared file lost it."""
        row = self.db.execute("SELECT secret FROM certificate_key WHERE id = 1").fetchone()
        return bytes.fromhex(row[0]) if row else None

    def secret(self, made: bytes) -> bytes:
        """The shop's checksum key; `made` stored as the key if a cleared file lost it (a print job's write)."""
        found = self.stored_secret()
        if found is None:
            found = made
            self.db.execute("INSERT INTO certificate_key (id, secret) VALUES (1, ?)", [found.hex()])
        return found

    def by_identity(self, identity: str) -> Certificate | None:
        row = self.db.execute(_CERT + " WHERE identity = ?", [identity]).fetchone()
        return _cert(row) if row else None

    def by_identities(self, identities: list[str]) -> dict[str, Certificate]:
        found: dict[str, Certificate] = {}
        for start in range(0, len(identities), 500):
            chunk = identities[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.execute(f"{_CERT} WHERE identity IN ({marks})", chunk):
                cert = _cert(row)
                found[cert.identity] = cert
        return found

    def by_number(self, number: str) -> Certificate | None:
        row = self.db.execute(_CERT + " WHERE number = ?", [number]).fetchone()
        return _cert(row) if row else None

    def get(self, cert_id: int) -> Certificate | None:
        row = self.db.execute(_CERT + " WHERE id = ?", [cert_id]).fetchone()
        return _cert(row) if row else None

    def next_seq(self, period: str) -> int:
        """The next sequence number of a period: numbers are never reused."""
        row = self.db.execute("SELECT max(seq) FROM certificate WHERE period = ?", [period]).fetchone()
        return (row[0] or 0) + 1

    def insert_all(self, new: list[tuple[int, Certificate]]) -> dict[str, Certificate]:
        """New certificates, each with its sequence number in its period, in one statement; returns them as
        stored (with their ids), by identity."""
        now = datetime.now().isoformat(timespec="seconds")
        self.db.executemany(
            "INSERT INTO certificate (number, period, seq, identity, recipient_type, staff_id, recipient, award, "
            "value_text, checksum, issued, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.number, c.period_key, seq, c.identity, c.recipient_type, c.staff_id, c.recipient, c.award,
              c.value_text, c.checksum, c.issued.isoformat(), now, c.created_by) for seq, c in new])
        return self.by_identities([c.identity for _seq, c in new])

    def in_period(self, period: str) -> list[Certificate]:
        return [_cert(r) for r in self.db.execute(_CERT + " WHERE period = ? ORDER BY seq", [period])]

    def add_prints(self, printed: list[tuple[Certificate, str]], user: str, copies: int, output: str) -> None:
        """One print record per (certificate, template it was printed with), with what its page said
        (`Certificate.drawn`); the certificate's value becomes the one last printed."""
        at = datetime.now().isoformat(timespec="seconds")
        rows = []
        for cert, template in printed:
            c = cert.drawn
            said = (c.recipient, c.award, c.period, c.place, c.value, int(c.value_shown)) if c else (None,) * 6
            rows.append((cert.id, at, user, copies, output, template, *said))
        self.db.executemany(
            "INSERT INTO certificate_print (certificate_id, at, os_user, copies, output, template, recipient, award, "
            "period_label, place, value_text, value_shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self.db.executemany("UPDATE certificate SET value_text = ? WHERE id = ? AND value_text IS NOT ?",
                            [(c.drawn.value, c.id, c.drawn.value) for c, _template in printed if c.drawn])

    def rename(self, cert: Certificate, recipient: str, checksum: str) -> None:
        """A person's certificate takes the name they have now, with its checksum made again. Its prints recorded
        without their content keep the name they printed: the certificate's until now."""
        self.db.execute("UPDATE certificate_print SET recipient = ? WHERE certificate_id = ? AND recipient IS NULL",
                        [cert.recipient, cert.id])
        self.db.execute("UPDATE certificate SET recipient = ?, checksum = ? WHERE id = ?",
                        [recipient, checksum, cert.id])

    def prints(self, cert_id: int) -> list[PrintRecord]:
        return [_print(r) for r in self.db.execute(_PRINT + " WHERE certificate_id = ? ORDER BY id", [cert_id])]

    def last_prints(self, cert_ids: list[int]) -> dict[int, PrintRecord]:
        """The latest print of each of these certificates that has one, by certificate id."""
        found: dict[int, PrintRecord] = {}
        for start in range(0, len(cert_ids), 500):
            chunk = cert_ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.execute(f"{_PRINT} WHERE id IN (SELECT max(id) FROM certificate_print "
                                       f"WHERE certificate_id IN ({marks}) GROUP BY certificate_id)", chunk):
                found[row[0]] = _print(row)
        return found

    def image(self, kind: str) -> tuple[str, bytes] | None:
        row = self.db.execute("SELECT name, data FROM certificate_image WHERE kind = ?", [kind]).fetchone()
        return (row[0], bytes(row[1])) if row else None

    def set_image(self, kind: str, name: str, data: bytes) -> None:
        self.db.execute(
            "INSERT INTO certificate_image (kind, name, data, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (kind) DO UPDATE SET name = excluded.name, data = excluded.data, "
            "updated_at = excluded.updated_at", [kind, name, data, datetime.now().isoformat(timespec="seconds")])

    def clear_image(self, kind: str) -> None:
        self.db.execute("DELETE FROM certificate_image WHERE kind = ?", [kind])

    def award_titles(self) -> set[str]:
        """Every award title the shop has given a certificate for or approved a line of."""
        return {row[0] for row in self.db.execute("SELECT award FROM certificate UNION SELECT award FROM award_line")}
