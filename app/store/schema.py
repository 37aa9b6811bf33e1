"""The schema, as an ordered list of migrations. `PRAGMA user_version` records how many were applied.

Each migration runs in the same transaction as the version bump, so a migration that fails (or a
process killed half-way) leaves the file at the previous version. Never edit a released migration:
add a new one.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x48484231  # "HHB1": marks a file as a Honghua shop


def _statements(script: str) -> list[str]:
    """Split a script into single statements: executescript() would COMMIT first, which breaks
    the one-transaction-per-migration rule."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.strip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete statement in migration: {pending[:60]}")
    return statements


V1_CORE = _statements(
        """
        CREATE TABLE department (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            dept_id INTEGER REFERENCES department(id),
            role TEXT NOT NULL DEFAULT '客服',
            hired TEXT CHECK (hired IS NULL OR hired GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            left_on TEXT CHECK (left_on IS NULL OR left_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            birthday TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9]-[0-9][0-9]'),
            birthday_lunar INTEGER NOT NULL DEFAULT 0 CHECK (birthday_lunar IN (0, 1)),
            base_pay_fen INTEGER,
            post_pay_fen INTEGER,
            allowance_fen INTEGER,
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE TABLE staff_alias (
            alias TEXT PRIMARY KEY CHECK (length(trim(alias)) > 0),
            staff_id INTEGER NOT NULL REFERENCES staff(id)
        );

        CREATE INDEX staff_alias_staff ON staff_alias(staff_id);

        CREATE TABLE custom_metric (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            unit TEXT NOT NULL,
            decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
            higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
            aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'mean'))
        );

        CREATE TABLE staff_target (
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            metric TEXT NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (month, staff_id, metric)
        ) WITHOUT ROWID;

        CREATE TABLE shop_target (
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            metric TEXT NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (month, metric)
        ) WITHOUT ROWID;

        -- One value per person, day and metric, in the metric's stored units (money: fen).
        CREATE TABLE daily_value (
            metric TEXT NOT NULL,
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            value INTEGER NOT NULL,
            import_id INTEGER,
            source_row INTEGER,
            provisional INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (metric, day, staff_id)
        ) WITHOUT ROWID;

        CREATE INDEX daily_value_staff ON daily_value(staff_id, day);

        CREATE TABLE custom_event_type (
            name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
            polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative', 'neutral')),
            description TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            type TEXT NOT NULL,
            amount_fen INTEGER,
            value_x100 INTEGER,
            attrs TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );

        CREATE INDEX event_day ON event(day);

        CREATE INDEX event_staff ON event(staff_id, day);

        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
)


V2_AUDIT = _statements(
        """
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            action TEXT NOT NULL,
            summary TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            pin_used INTEGER NOT NULL DEFAULT 0
        );

        CREATE INDEX audit_at ON audit(at);

        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;

        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;
        """
)


V3_IMPORTS = _statements(
        """
        -- One row per committed import (one or several files committed together).
        CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            file_name TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            new_rows INTEGER NOT NULL DEFAULT 0,
            changed_rows INTEGER NOT NULL DEFAULT 0,
            unchanged_rows INTEGER NOT NULL DEFAULT 0,
            skipped_rows INTEGER NOT NULL DEFAULT 0,
            error_rows INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
            undone_at TEXT,
            files TEXT NOT NULL DEFAULT '[]'
        );

        -- What an import replaced or removed, so that undoing it restores the previous values exactly.
        CREATE TABLE import_previous (
            import_id INTEGER NOT NULL REFERENCES import_log(id),
            target TEXT NOT NULL CHECK (target IN ('daily', 'period', 'pending')),
            metric TEXT NOT NULL,
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            staff_id INTEGER NOT NULL,
            value INTEGER,
            import_ref INTEGER,
            source_row INTEGER,
            provisional INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (import_id, target, metric, start, end, staff_id)
        ) WITHOUT ROWID;

        CREATE INDEX import_previous_ref ON import_previous(import_ref);

        -- Totals of a period (a month-total report without a date column); daily data wins when present.
        CREATE TABLE period_value (
            metric TEXT NOT NULL,
            start TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            end TEXT NOT NULL CHECK (end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            value INTEGER NOT NULL,
            import_id INTEGER,
            source_row INTEGER,
            PRIMARY KEY (metric, start, end, staff_id)
        ) WITHOUT ROWID;

        -- Values the seller tool had not counted yet (延迟统计): missing, not zero, until a re-import.
        CREATE TABLE pending_value (
            metric TEXT NOT NULL,
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            import_id INTEGER,
            source_row INTEGER,
            PRIMARY KEY (metric, start, end, staff_id)
        ) WITHOUT ROWID;

        -- Columns mapped by hand, remembered for files with the same header (metric NULL = ignore).
        CREATE TABLE import_column_map (
            signature TEXT NOT NULL,
            header TEXT NOT NULL,
            metric TEXT,
            PRIMARY KEY (signature, header)
        ) WITHOUT ROWID;
        """
)


V4_FLOWERS = _statements(
        """
        -- Little red flowers. A flower uses one slot of a monthly quota; the partial unique index makes
        -- two issuers racing for the last slot impossible (the second insert fails). Revoking frees the slot.
        CREATE TABLE flower (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            issuer_id INTEGER NOT NULL REFERENCES staff(id),
            recipient_id INTEGER NOT NULL REFERENCES staff(id),
            issued TEXT NOT NULL CHECK (issued GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            valid_through TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            category TEXT NOT NULL,
            quota TEXT NOT NULL CHECK (quota IN ('leader', 'pool')),
            quota_owner INTEGER NOT NULL,
            quota_month TEXT NOT NULL,
            quota_slot INTEGER NOT NULL CHECK (quota_slot > 0),
            revoked_at TEXT,
            revoked_by TEXT,
            revoke_reason TEXT,
            CHECK (issuer_id != recipient_id)
        );

        CREATE UNIQUE INDEX flower_quota_slot ON flower(quota, quota_owner, quota_month, quota_slot)
            WHERE revoked_at IS NULL;

        CREATE INDEX flower_recipient ON flower(recipient_id, issued);

        CREATE TABLE flower_transfer (
            id INTEGER PRIMARY KEY,
            flower_id INTEGER NOT NULL REFERENCES flower(id),
            from_id INTEGER NOT NULL REFERENCES staff(id),
            to_id INTEGER NOT NULL REFERENCES staff(id),
            day TEXT NOT NULL,
            signed TEXT NOT NULL CHECK (length(trim(signed)) > 0),
            reason TEXT NOT NULL DEFAULT '',
            CHECK (from_id != to_id)
        );

        CREATE INDEX flower_transfer_flower ON flower_transfer(flower_id, id);

        -- Red flags (小红旗) for departments, from their own monthly pool.
        CREATE TABLE red_flag (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            issuer_id INTEGER NOT NULL REFERENCES staff(id),
            dept_id INTEGER NOT NULL REFERENCES department(id),
            issued TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            quota_month TEXT NOT NULL,
            quota_slot INTEGER NOT NULL CHECK (quota_slot > 0),
            revoked_at TEXT,
            revoked_by TEXT,
            revoke_reason TEXT
        );

        CREATE UNIQUE INDEX red_flag_slot ON red_flag(quota_month, quota_slot) WHERE revoked_at IS NULL;
        """
)


# Reserved for the award runs and the certificates; filled in by their own changes, in this order.
V5_AWARDS = _statements(
        """
        -- The shop's plans: copies of presets or imported files, as validated JSON text. A changed plan is
        -- a new version (a new row), so periods keep the plan that was in force for them.
        CREATE TABLE plan (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            version INTEGER NOT NULL CHECK (version > 0),
            key TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (name, version)
        );

        -- Which plan is in force for whom from when (dept_id NULL: every department; from_month NULL: always).
        CREATE TABLE plan_assignment (
            id INTEGER PRIMARY KEY,
            dept_id INTEGER REFERENCES department(id),
            from_month TEXT CHECK (from_month IS NULL OR from_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            plan_id INTEGER NOT NULL REFERENCES plan(id),
            at TEXT NOT NULL
        );

        CREATE UNIQUE INDEX plan_assignment_key ON plan_assignment(ifnull(dept_id, 0), ifnull(from_month, ''));

        -- Lines the owner adds in review: for a manual rule of the plan, or an adjustment (rule NULL).
        CREATE TABLE award_manual (
            id INTEGER PRIMARY KEY,
            period TEXT NOT NULL,
            rule TEXT,
            staff_id INTEGER REFERENCES staff(id),
            dept TEXT,
            amount_fen INTEGER,
            item TEXT,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            CHECK (staff_id IS NOT NULL OR dept IS NOT NULL)
        );

        CREATE INDEX award_manual_period ON award_manual(period);

        -- Approved runs: the lines frozen with the fingerprint of their inputs. One approved run per period;
        -- a re-approval supersedes the previous one, which stays as history.
        CREATE TABLE award_run (
            id INTEGER PRIMARY KEY,
            period TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('approved', 'superseded')),
            approved_at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            confirmed TEXT NOT NULL DEFAULT '',
            plans TEXT NOT NULL DEFAULT '[]',
            superseded_at TEXT
        );

        CREATE UNIQUE INDEX award_run_current ON award_run(period) WHERE status = 'approved';

        CREATE TABLE award_line (
            run_id INTEGER NOT NULL REFERENCES award_run(id),
            seq INTEGER NOT NULL,
            recipient_type TEXT NOT NULL CHECK (recipient_type IN ('staff', 'department')),
            staff_id INTEGER,
            staff_name TEXT,
            dept TEXT,
            award TEXT NOT NULL,
            rule_kind TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('cash', 'goods', 'item', 'honour', 'deduction')),
            amount_fen INTEGER NOT NULL,
            item TEXT,
            explanation TEXT NOT NULL,
            certificate INTEGER NOT NULL CHECK (certificate IN (0, 1)),
            plan TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID;

        CREATE INDEX award_line_staff ON award_line(staff_id);

        -- What each person's lines were computed from, with where each value came from (for receipts).
        CREATE TABLE award_input (
            run_id INTEGER NOT NULL REFERENCES award_run(id),
            staff_id INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            label TEXT NOT NULL,
            value TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (run_id, staff_id, seq)
        ) WITHOUT ROWID;

        CREATE TRIGGER award_line_frozen BEFORE UPDATE ON award_line
            BEGIN SELECT RAISE(ABORT, 'approved award lines cannot be changed'); END;
        """
)
V6_CERTIFICATES = _statements(
        """
        -- Certificates: a number per (period, recipient, award), given once and never reused; a reprint finds
        -- the same row by its identity. The checksum is printed (and put in the QR code) to verify a paper copy.
        CREATE TABLE certificate (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            period TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0),
            identity TEXT NOT NULL UNIQUE,
            recipient_type TEXT NOT NULL CHECK (recipient_type IN ('staff', 'department', 'name')),
            staff_id INTEGER REFERENCES staff(id),
            recipient TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
            award TEXT NOT NULL CHECK (length(trim(award)) > 0),
            value_text TEXT,
            checksum TEXT NOT NULL,
            issued TEXT NOT NULL CHECK (issued GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            UNIQUE (period, seq),
            CHECK (recipient_type != 'staff' OR staff_id IS NOT NULL)
        );

        CREATE INDEX certificate_staff ON certificate(staff_id);

        -- Every time certificates are printed or saved as PDF: who, when, how many copies, where to.
        CREATE TABLE certificate_print (
            id INTEGER PRIMARY KEY,
            certificate_id INTEGER NOT NULL REFERENCES certificate(id),
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            copies INTEGER NOT NULL CHECK (copies > 0),
            output TEXT NOT NULL DEFAULT '',
            template TEXT NOT NULL
        );

        CREATE INDEX certificate_print_cert ON certificate_print(certificate_id);

        -- The shop's images for certificates (PNG bytes kept in the file, so a backup carries them).
        CREATE TABLE certificate_image (
            kind TEXT PRIMARY KEY CHECK (kind IN ('seal', 'signature', 'logo')),
            name TEXT NOT NULL DEFAULT '',
            data BLOB NOT NULL,
            updated_at TEXT NOT NULL
        );

        -- The key of the checksums, made once per shop file.
        CREATE TABLE certificate_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            secret TEXT NOT NULL
        );

        INSERT INTO certificate_key (id, secret) VALUES (1, lower(hex(randomblob(32))));
        """
)


V7_FROZEN_PAY = _statements(
    """
    -- The fixed pay and department of each person on a month's payout sheet, as they were when the month was
    -- approved (JSON: {staff_id: {"dept": …, "pay": {"base_pay": fen, …}}}). NULL: approved before it was kept.
    ALTER TABLE award_run ADD COLUMN fixed_pay TEXT;
    """
)


V8_IMPORT_NAMES = _statements(
    """
    -- The names a committed import read (normalised as for matching) and the person their rows went to.
    -- taught = 1: the import added the name as that person's sub-account (a name mapped by hand), so undoing
    -- the import takes it away again — unless a later import still in force found its rows through it.
    -- Imports committed before this table existed have no rows here.
    CREATE TABLE import_name (
        import_id INTEGER NOT NULL REFERENCES import_log(id),
        name_key TEXT NOT NULL,
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        taught INTEGER NOT NULL DEFAULT 0 CHECK (taught IN (0, 1)),
        PRIMARY KEY (import_id, name_key)
    ) WITHOUT ROWID;

    CREATE INDEX import_name_staff ON import_name(staff_id);
    """
)


V9_STINTS = _statements(
    """
    -- Each time on the team of a person (one row per stint: hired, left; a rehire starts a new row). The staff row
    -- keeps the dates of the latest stint. A shop from before this table gets one stint per person, from those dates.
    CREATE TABLE staff_stint (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        hired TEXT CHECK (hired IS NULL OR hired GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        left_on TEXT CHECK (left_on IS NULL OR left_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
    );

    CREATE INDEX staff_stint_staff ON staff_stint(staff_id);

    INSERT INTO staff_stint (staff_id, hired, left_on) SELECT id, hired, left_on FROM staff ORDER BY id;
    """
)


V10_IMPORT_DAY_NAMES = _statements(
    """
    -- The names whose rows made up a person's value of a day (or span) in a committed import, kept only for a person
    -- the import read under two or more names (with one name, import_name already says it). A re-import giving
    -- only some of them would replace the sum of all with one account's share. Imports committed before this table
    -- existed have no rows here: for them only import_name is known, as before.
    CREATE TABLE import_day_name (
        import_id INTEGER NOT NULL REFERENCES import_log(id),
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        name_key TEXT NOT NULL,
        PRIMARY KEY (import_id, staff_id, start, end, name_key)
    ) WITHOUT ROWID;
    """
)


V11_IN_AWARDS = _statements(
    """
    -- 参与评奖: 0 for someone no rule gives anything (the owner, on the team to give flowers); everyone before takes part.
    ALTER TABLE staff ADD COLUMN in_awards INTEGER NOT NULL DEFAULT 1 CHECK (in_awards IN (0, 1));
    """
)


V12_DEPARTMENT_NAMES = _statements(
    """
    -- The names a department had before a rename, oldest first: a plan's rule names departments by name, and
    -- a name a department no longer has still means it (unless another department has that name now).
    CREATE TABLE department_former_name (
        id INTEGER PRIMARY KEY,
        dept_id INTEGER NOT NULL REFERENCES department(id),
        name TEXT NOT NULL,
        until TEXT NOT NULL
    );

    CREATE INDEX department_former_name_name ON department_former_name(name);
    """
)


V13_IMPORT_SHARES = _statements(
    """
    -- Each account's own values in a person's day (or span) that a committed import made of several names (the
    -- names of import_day_name): what each sub-account gave before they were added up. A later file of some of
    -- those accounts replaces their shares and keeps the others' (copied here under the later import, so the
    -- next corrected file finds them too). Imports committed before this table existed have no rows here: a
    -- file of some of their accounts is refused, as before.
    CREATE TABLE import_share (
        import_id INTEGER NOT NULL REFERENCES import_log(id),
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        name_key TEXT NOT NULL,
        target TEXT NOT NULL CHECK (target IN ('daily', 'period')),
        metric TEXT NOT NULL,
        value INTEGER,
        pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1)),
        PRIMARY KEY (import_id, staff_id, start, end, name_key, target, metric)
    ) WITHOUT ROWID;

    CREATE INDEX import_share_day ON import_share(staff_id, start, end, metric);
    """
)


# v14 changes no table: the names imports kept (import_name, import_day_name, import_share) are put under the one
# key names are compared by since (`domain.normalize_alias`); an earlier version kept a space beside a Chinese
# character (「张 伟」). `db.migrate` runs NAMES_REKEYED with that key as name_key() in v14's transaction. Two names
# of one import that now share a key (namesakes by the key) keep the older form of one: OR IGNORE.
V14_NAME_KEYS: list[str] = []
NAMES_REKEYED_AT = 14
NAMES_REKEYED = [f"UPDATE OR IGNORE {table} SET name_key = name_key(name_key) WHERE name_key <> name_key(name_key)"
                 for table in ("import_name", "import_day_name", "import_share")]


V15_DEMO_FOUND = _statements(
    """
    -- The demo shop's row of the log (`AuditRepo.holds_demo`, the status bar's （演示数据） before the first paint):
    -- an index of that one action, found at once where the log's 100,000 rows were read through. Built from the
    -- rows, it comes and goes with them when a backup is restored; an older demo shop gets it on upgrade. IF NOT
    -- EXISTS: a file marked with an older version than the schema it holds (by hand, by a test) upgrades too.
    CREATE INDEX IF NOT EXISTS audit_demo ON audit(id) WHERE action = 'demo.generate';
    """
)


V16_PRINTED_CONTENT = _statements(
    """
    -- What each print of a certificate said (a reprint after a re-approval may say another value or place under
    -- the same number): recipient, award title, period and place as printed, the certificate's value then and
    -- whether the page showed it. NULL recipient: a print recorded before these were kept.
    ALTER TABLE certificate_print ADD COLUMN recipient TEXT;
    ALTER TABLE certificate_print ADD COLUMN award TEXT;
    ALTER TABLE certificate_print ADD COLUMN period_label TEXT;
    ALTER TABLE certificate_print ADD COLUMN place TEXT;
    ALTER TABLE certificate_print ADD COLUMN value_text TEXT;
    ALTER TABLE certificate_print ADD COLUMN value_shown INTEGER CHECK (value_shown IN (0, 1));
    """
)


V17_SKIPPED_ACCOUNTS = _statements(
    """
    -- Accounts that are no one's (the shop's robot), skipped by every import: the name as `normalize_alias` keys it,
    -- when and by which import it was set aside (NULL: not by an import).
    CREATE TABLE import_skipped_account (name TEXT PRIMARY KEY, since TEXT NOT NULL,
                                         import_id INTEGER REFERENCES import_log(id)) WITHOUT ROWID;
    """
)


MIGRATIONS: list[list[str]] = [V1_CORE, V2_AUDIT, V3_IMPORTS, V4_FLOWERS, V5_AWARDS, V6_CERTIFICATES, V7_FROZEN_PAY,
                               V8_IMPORT_NAMES, V9_STINTS, V10_IMPORT_DAY_NAMES,
                               V11_IN_AWARDS, V12_DEPARTMENT_NAMES, V13_IMPORT_SHARES,
                               V14_NAME_KEYS, V15_DEMO_FOUND, V16_PRINTED_CONTENT, V17_SKIPPED_ACCOUNTS]
LATEST_VERSION = len(MIGRATIONS)
