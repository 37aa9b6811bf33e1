"""Migrations v1–v6: the tables of the first release, one migration per table group (core, audit, imports,
flowers, awards, certificates). Released: never edit them (see `app.store.schema`)."""

from __future__ import annotations

from app.store.sql_script import statements

V1_CORE = statements(
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


V2_AUDIT = statements(
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


V3_IMPORTS = statements(
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


V4_FLOWERS = statements(
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
V5_AWARDS = statements(
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
V6_CERTIFICATES = statements(
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
