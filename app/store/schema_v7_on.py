"""Migrations from v7 on: the columns, tables and indexes added since the first release, and v14's rekeying of
the names imports kept. Released: never edit them; a new migration goes at the end here and into
`app.store.schema.MIGRATIONS`."""

from __future__ import annotations

from app.store.sql_script import statements

V7_FROZEN_PAY = statements(
    """
    -- The fixed pay and department of each person on a month's payout sheet, as they were when the month was
    -- approved (JSON: {staff_id: {"dept": …, "pay": {"base_pay": fen, …}}}). NULL: approved before it was kept.
    ALTER TABLE award_run ADD COLUMN fixed_pay TEXT;
    """
)


V8_IMPORT_NAMES = statements(
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


V9_STINTS = statements(
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


V10_IMPORT_DAY_NAMES = statements(
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


V11_IN_AWARDS = statements(
    """
    -- 参与评奖: 0 for someone no rule gives anything (the owner, on the team to give flowers); everyone before takes part.
    ALTER TABLE staff ADD COLUMN in_awards INTEGER NOT NULL DEFAULT 1 CHECK (in_awards IN (0, 1));
    """
)


V12_DEPARTMENT_NAMES = statements(
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


V13_IMPORT_SHARES = statements(
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


V15_DEMO_FOUND = statements(
    """
    -- The demo shop's row of the log (`AuditRepo.holds_demo`, the status bar's （演示数据） before the first paint):
    -- an index of that one action, found at once where the log's 100,000 rows were read through. Built from the
    -- rows, it comes and goes with them when a backup is restored; an older demo shop gets it on upgrade. IF NOT
    -- EXISTS: a file marked with an older version than the schema it holds (by hand, by a test) upgrades too.
    CREATE INDEX IF NOT EXISTS audit_demo ON audit(id) WHERE action = 'demo.generate';
    """
)


V16_PRINTED_CONTENT = statements(
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


V17_SKIPPED_ACCOUNTS = statements(
    """
    -- Accounts that are no one's (the shop's robot), skipped by every import: the name as `normalize_alias` keys it,
    -- when and by which import it was set aside (NULL: not by an import).
    CREATE TABLE import_skipped_account (name TEXT PRIMARY KEY, since TEXT NOT NULL,
                                         import_id INTEGER REFERENCES import_log(id)) WITHOUT ROWID;
    """
)


V18_REMOVED_STAFF = statements(
    """
    -- People removed because they were added by mistake (no history: `staff_history`). Their numbers are kept
    -- here so a new person never takes one: certificates, backups and old audit rows name people by number.
    CREATE TABLE staff_removed (id INTEGER PRIMARY KEY, name TEXT NOT NULL, removed_at TEXT NOT NULL);
    """
)


V19_METRIC_NAMES = statements(
    """
    -- The names a custom metric had before a rename: a plan's rule (or a command's --metric) may name a metric by
    -- its name, and a name the metric no longer has still means it. A name is kept once, for the metric that had it.
    CREATE TABLE custom_metric_former_name (
        name TEXT PRIMARY KEY,
        key TEXT NOT NULL REFERENCES custom_metric(key),
        until TEXT NOT NULL
    ) WITHOUT ROWID;
    """
)


V20_EVENT_TYPE_NAMES = statements(
    """
    -- The name an event type is shown by after a rename (built-in or the shop's own). `name` is the type's stored
    -- name, which events, plans' rules and approved periods hold and which never changes.
    CREATE TABLE event_type_shown_name (
        name TEXT PRIMARY KEY,
        shown TEXT NOT NULL CHECK (length(trim(shown)) > 0)
    ) WITHOUT ROWID;
    """
)
