"""The vault's schema, as the ordered list of steps that build it.

Step N takes a vault from ``user_version`` N-1 to N. A new vault runs every step; an
older vault runs the missing ones, all in one transaction (see ``schema.upgrade``).
Never edit a step that has shipped: add a new one. A step that writes or changes rows of
a table the audit chain covers (vault/chain.py's COVERED) must cover them again: call
``chain.touch`` for them and write one ``chain.program_entry``; a new table goes into
COVERED or NOT_COVERED there.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from contactvault.vault import chain
from contactvault.vault.connection import Connection

_CATEGORIES = "('customer','employee','supplier','partner','private','unknown')"

V1_CONTACTS = [
    """CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    # Per-vault settings as JSON values; defaults live in contactvault/settings.py.
    """CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    f"""CREATE TABLE contacts (
        id             INTEGER PRIMARY KEY,
        uid            TEXT NOT NULL UNIQUE,
        formatted_name TEXT NOT NULL DEFAULT '',
        n_family       TEXT NOT NULL DEFAULT '',
        n_given        TEXT NOT NULL DEFAULT '',
        n_additional   TEXT NOT NULL DEFAULT '',
        n_prefix       TEXT NOT NULL DEFAULT '',
        n_suffix       TEXT NOT NULL DEFAULT '',
        organisation   TEXT NOT NULL DEFAULT '',
        title          TEXT NOT NULL DEFAULT '',
        category       TEXT NOT NULL DEFAULT 'unknown' CHECK (category IN {_CATEGORIES}),
        language       TEXT NOT NULL DEFAULT 'de',
        emails_json    TEXT NOT NULL DEFAULT '[]',
        addresses_json TEXT NOT NULL DEFAULT '[]',
        notes_json     TEXT NOT NULL DEFAULT '[]',
        name_key       TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
    )""",
    "CREATE INDEX contacts_name_key ON contacts(name_key)",
    """CREATE TABLE phones (
        id          INTEGER PRIMARY KEY,
        contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        raw         TEXT NOT NULL,
        e164        TEXT,
        number_type TEXT NOT NULL DEFAULT 'unknown',
        label       TEXT NOT NULL DEFAULT '',
        valid       INTEGER NOT NULL DEFAULT 0,
        flags       TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX phones_e164 ON phones(e164)",
    "CREATE INDEX phones_contact ON phones(contact_id)",
    # Every record a contact came from, verbatim; the hash makes re-imports no-ops.
    """CREATE TABLE source_records (
        id            INTEGER PRIMARY KEY,
        contact_id    INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        file          TEXT NOT NULL,
        line          INTEGER NOT NULL,
        format        TEXT NOT NULL,
        imported_at   TEXT NOT NULL,
        original_text TEXT NOT NULL,
        content_hash  TEXT NOT NULL UNIQUE
    )""",
    "CREATE INDEX source_records_contact ON source_records(contact_id)",
    # Hash-chained audit trail; contactvault/audit.py owns how entries are made and checked.
    """CREATE TABLE audit_log (
        seq       INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        subject   TEXT NOT NULL DEFAULT '',
        details   TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
    )""",
]

V2_CONSENT_DEVICES_EXPORTS = [
    # Consent is per phone number (E.164), not per person: it was given for that number.
    # Append-only: triggers refuse UPDATE always and DELETE unless an erasure (Art. 17)
    # has put a permit row in place inside its own transaction.
    """CREATE TABLE consent_events (
        id             INTEGER PRIMARY KEY,
        e164           TEXT NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN
                         ('requested','notice_sent','implied','granted','revoked','expired')),
        basis          TEXT CHECK (basis IS NULL OR basis IN
                         ('consent','contract','legitimate_interest','employee_business_number')),
        channel        TEXT CHECK (channel IS NULL OR channel IN
                         ('whatsapp','paper','email','phone','in_person','web_form')),
        evidence       TEXT NOT NULL DEFAULT '',
        notice_version TEXT NOT NULL DEFAULT '',
        contact_id     INTEGER,
        recorded_by    TEXT NOT NULL,
        occurred_at    TEXT NOT NULL,
        recorded_at    TEXT NOT NULL
    )""",
    "CREATE INDEX consent_events_number ON consent_events(e164, occurred_at, id)",
    """CREATE TABLE erasure_permit (
        token TEXT PRIMARY KEY
    )""",
    """CREATE TRIGGER consent_events_append_only_update BEFORE UPDATE ON consent_events
       BEGIN SELECT RAISE(ABORT, 'consent events cannot be changed; record a new event'); END""",
    """CREATE TRIGGER consent_events_append_only_delete BEFORE DELETE ON consent_events
       WHEN NOT EXISTS (SELECT 1 FROM erasure_permit)
       BEGIN SELECT RAISE(ABORT, 'consent events cannot be deleted; record a new event'); END""",
    """CREATE TABLE devices (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
        owner        TEXT NOT NULL DEFAULT '',
        phone_number TEXT NOT NULL DEFAULT '',
        platform     TEXT NOT NULL CHECK (platform IN ('android','ios','other')),
        created_at   TEXT NOT NULL
    )""",
    # One row per file handed to a phone (vCard, selection list, links sheet).
    """CREATE TABLE exports (
        id              INTEGER PRIMARY KEY,
        device_id       INTEGER NOT NULL REFERENCES devices(id),
        kind            TEXT NOT NULL CHECK (kind IN ('full','incremental')),
        format          TEXT NOT NULL DEFAULT 'vcard'
                          CHECK (format IN ('vcard','selection','links')),
        policy          TEXT NOT NULL,
        policy_settings TEXT NOT NULL DEFAULT '{}',
        file_name       TEXT NOT NULL,
        file_sha256     TEXT NOT NULL,
        number_count    INTEGER NOT NULL,
        actor           TEXT NOT NULL,
        created_at      TEXT NOT NULL
    )""",
    # What went onto the phone: the number, the name shown there, and the consent event
    # that made it eligible. No foreign key to contacts: the record of what a phone was
    # given must outlive edits of the contact.
    """CREATE TABLE export_items (
        export_id      INTEGER NOT NULL REFERENCES exports(id),
        contact_id     INTEGER NOT NULL,
        contact_uid    TEXT NOT NULL,
        e164           TEXT NOT NULL,
        shown_name     TEXT NOT NULL,
        basis_event_id INTEGER NOT NULL,
        PRIMARY KEY (export_id, contact_uid, e164)
    )""",
    "CREATE INDEX export_items_number ON export_items(e164)",
    # Closing the loop: a number confirmed as deleted from a phone.
    """CREATE TABLE removal_confirmations (
        id           INTEGER PRIMARY KEY,
        device_id    INTEGER NOT NULL REFERENCES devices(id),
        contact_uid  TEXT NOT NULL,
        e164         TEXT NOT NULL,
        reason       TEXT NOT NULL DEFAULT '',
        confirmed_at TEXT NOT NULL,
        confirmed_by TEXT NOT NULL
    )""",
    "CREATE INDEX removal_confirmations_device ON removal_confirmations(device_id, e164)",
    # Texts sent to a person (notice, revocation confirmation): which template version.
    """CREATE TABLE messages_sent (
        id          INTEGER PRIMARY KEY,
        e164        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('notice','revocation_confirmation')),
        template    TEXT NOT NULL,
        language    TEXT NOT NULL,
        sent_at     TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    )""",
]

V3_PROCEDURE = [
    # The "secure contacts first, then install" procedure for one WhatsApp phone: one run
    # per phone preparation; contactvault/vault/procedure.py owns this SQL.
    """CREATE TABLE procedure_runs (
        id         INTEGER PRIMARY KEY,
        device_id  INTEGER NOT NULL REFERENCES devices(id),
        started_at TEXT NOT NULL,
        started_by TEXT NOT NULL
    )""",
    "CREATE INDEX procedure_runs_device ON procedure_runs(device_id, id)",
    # Each completed step with its figures (JSON: counts, choices, export hash; no names
    # or numbers). Append-only: a redone step is a new row, so both times are kept.
    """CREATE TABLE procedure_steps (
        id          INTEGER PRIMARY KEY,
        run_id      INTEGER NOT NULL REFERENCES procedure_runs(id),
        step        TEXT NOT NULL CHECK (step IN ('profile','export_phone','import',
                      'classify','clear','install','transfer','done')),
        outcome     TEXT NOT NULL CHECK (outcome IN ('done','skipped')),
        figures     TEXT NOT NULL DEFAULT '{}',
        note        TEXT NOT NULL DEFAULT '',
        actor       TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX procedure_steps_run ON procedure_steps(run_id, id)",
    """CREATE TRIGGER procedure_steps_append_only_update BEFORE UPDATE ON procedure_steps
       BEGIN SELECT RAISE(ABORT, 'procedure steps cannot be changed; redo the step'); END""",
    """CREATE TRIGGER procedure_steps_append_only_delete BEFORE DELETE ON procedure_steps
       BEGIN SELECT RAISE(ABORT, 'procedure steps cannot be deleted'); END""",
]

V4_REMOVAL_EXPORT = [
    # Which export a removal confirmation closes: the newest export of that number to that
    # phone when the removal was confirmed. A later export of the same number puts it on
    # the phone again. Ids, not times, order the two: both can happen in the same second.
    "ALTER TABLE removal_confirmations ADD COLUMN export_id INTEGER NOT NULL DEFAULT 0",
]

V5_CONSENT_POLICY_INDEX = [
    # Everything the consent policy reads of an event, in one covering index: loading
    # 500 000 events for the 100 000-row consent table scans this index in number order
    # instead of the table (about 0.15 s less), and the events arrive grouped per number.
    "CREATE INDEX consent_events_policy ON consent_events(e164, occurred_at, recorded_at, "
    "id, kind)",
]

V6_CONSENT_PURPOSE_NOTICE = [
    # What a consent was given for (§ 7 UWG: advertising needs its own explicit consent);
    # NULL on events where it does not apply and on events recorded before: service.
    "ALTER TABLE consent_events ADD COLUMN purpose TEXT "
    "CHECK (purpose IS NULL OR purpose IN ('service','advertising'))",
    # A grant recorded with the notice in force handed over with the request (a signed
    # form): informed consent without an earlier notice_sent event.
    "ALTER TABLE consent_events ADD COLUMN with_notice INTEGER NOT NULL DEFAULT 0 "
    "CHECK (with_notice IN (0, 1))",
    # The policy now also reads basis, purpose and with_notice, and the export the
    # contact a consent was recorded for (a shared number is written under that one):
    # the covering index carries them, so loading stays an index scan.
    "DROP INDEX consent_events_policy",
    "CREATE INDEX consent_events_policy ON consent_events(e164, occurred_at, recorded_at, "
    "id, kind, basis, purpose, with_notice, contact_id)",
]


def chain_covers_records(conn: Connection) -> None:
    """One hash chain over everything that proves something: audit entries now cover
    the records kept in their own tables (vault/chain.py). Records stored before this
    step are covered once, by one ``chain.existing`` entry written by the program."""
    conn.execute("ALTER TABLE audit_log ADD COLUMN covers TEXT NOT NULL DEFAULT ''")
    chain.cover_existing(conn, ("consent_events", "messages_sent", "exports", "export_items",
                                "removal_confirmations", "procedure_runs", "procedure_steps",
                                "settings"))


def chain_covers_devices(conn: Connection) -> None:
    """The phones' profiles are covered too (exports and procedure runs name a phone by
    its id; the protocol prints its name and owner): profiles stored before are covered
    once."""
    chain.cover_existing(conn, ("devices",))


V9_SENT_TEXTS_AND_EVIDENCE = [
    # The exact text a person was sent, not only its template version, and the consent
    # event it belongs to (the notice_sent event, a grant with the notice handed over, or
    # for a revocation confirmation the revocation). Rows from before this step keep
    # text '' (their template wording is in meta) and event_id NULL: both are the
    # columns' defaults, so the chain's hashes of older rows stay as they were.
    # Append-only like the events: what was sent stays as it was sent.
    "ALTER TABLE messages_sent ADD COLUMN text TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE messages_sent ADD COLUMN event_id INTEGER",
    "CREATE INDEX messages_sent_number ON messages_sent(e164, sent_at, id)",
    "CREATE INDEX messages_sent_event ON messages_sent(event_id)",
    """CREATE TRIGGER messages_sent_append_only_update BEFORE UPDATE ON messages_sent
       BEGIN SELECT RAISE(ABORT, 'sent messages cannot be changed'); END""",
    """CREATE TRIGGER messages_sent_append_only_delete BEFORE DELETE ON messages_sent
       WHEN NOT EXISTS (SELECT 1 FROM erasure_permit)
       BEGIN SELECT RAISE(ABORT, 'sent messages cannot be deleted'); END""",
    # Files attached to a consent event as evidence (a chat screenshot, a scanned form),
    # inside the encrypted vault. What proves something — event, name, size, SHA-256,
    # who added it and when — is one row the chain covers; the bytes are a payload in
    # a table of their own (the chain hashes rows as JSON text, which holds no BLOB),
    # tied to that row by its SHA-256. Append-only: only an erasure (Art. 17), holding
    # a permit row, may delete them with the event.
    """CREATE TABLE evidence_files (
        id        INTEGER PRIMARY KEY,
        event_id  INTEGER NOT NULL REFERENCES consent_events(id),
        file_name TEXT NOT NULL,
        size      INTEGER NOT NULL CHECK (size >= 0),
        sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
        added_by  TEXT NOT NULL,
        added_at  TEXT NOT NULL
    )""",
    "CREATE INDEX evidence_files_event ON evidence_files(event_id)",
    """CREATE TABLE evidence_content (
        file_id INTEGER PRIMARY KEY REFERENCES evidence_files(id),
        content BLOB NOT NULL
    )""",
    """CREATE TRIGGER evidence_files_append_only_update BEFORE UPDATE ON evidence_files
       BEGIN SELECT RAISE(ABORT, 'evidence files cannot be changed; attach a new one'); END""",
    """CREATE TRIGGER evidence_files_append_only_delete BEFORE DELETE ON evidence_files
       WHEN NOT EXISTS (SELECT 1 FROM erasure_permit)
       BEGIN SELECT RAISE(ABORT, 'evidence files cannot be deleted'); END""",
    """CREATE TRIGGER evidence_content_append_only_update BEFORE UPDATE ON evidence_content
       BEGIN SELECT RAISE(ABORT, 'evidence files cannot be changed; attach a new one'); END""",
    """CREATE TRIGGER evidence_content_append_only_delete BEFORE DELETE ON evidence_content
       WHEN NOT EXISTS (SELECT 1 FROM erasure_permit)
       BEGIN SELECT RAISE(ABORT, 'evidence files cannot be deleted'); END""",
]


def _v10_files_in_progress_and_identity(conn: Connection) -> None:
    # A file on its way out (export, backup, document): registered before its temporary
    # file exists, linked to its export record, deleted when the file has its final name
    # and the audit entry is written. A row left by a killed process tells the next start
    # what to clean up or complete. ``owner`` is "pid:start time" of the writing process,
    # so a second process never touches a file the first one is still writing.
    conn.execute("""CREATE TABLE pending_files (
        id            INTEGER PRIMARY KEY,
        kind          TEXT NOT NULL CHECK (kind IN ('export','backup','document')),
        temp_path     TEXT NOT NULL,
        final_path    TEXT NOT NULL,
        owner         TEXT NOT NULL,
        written       INTEGER NOT NULL DEFAULT 0,
        export_id     INTEGER,
        audit_action  TEXT NOT NULL,
        audit_subject TEXT NOT NULL DEFAULT '',
        audit_details TEXT NOT NULL DEFAULT '{}',
        actor         TEXT NOT NULL,
        started_at    TEXT NOT NULL
    )""")
    # The vault's identity: random, made with the vault (or at its first open by this
    # version); backups carry it, so a restored backup is the same vault again.
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('vault_id', ?)",
                 (secrets.token_hex(16),))


def data_subject_requests(conn: Connection) -> None:
    """Access, erasure, rectification, restriction and objection (GDPR Art. 15-18, 21).

    - ``erasures``: that an erasure happened, when, by whom and why; nothing about whom.
      ``erased_keys``: a keyed hash (HMAC-SHA256 with the vault's own ``erasure_key``
      in ``meta``) of each erased number and original record, so removal lists and a
      later re-import recognise them without storing them. Both are append-only and
      covered by the chain.
    - ``contacts.restricted_since``: Art. 18 restriction ('' = none): the contact stays
      off every phone until it is lifted.
    - ``number_corrections``: Art. 16 rectification of a number, old and new, covered by
      the chain (an erasure removes a person's corrections too).
    - consent events may be ``objected`` (Art. 21): the kinds' CHECK is widened in
      place (``_allow_objected``).
    """
    conn.execute("""CREATE TABLE erasures (
        id        INTEGER PRIMARY KEY,
        erased_at TEXT NOT NULL,
        erased_by TEXT NOT NULL,
        reason    TEXT NOT NULL CHECK (reason IN ('request', 'retention')),
        numbers   INTEGER NOT NULL,
        records   INTEGER NOT NULL
    )""")
    conn.execute("""CREATE TABLE erased_keys (
        erasure_id INTEGER NOT NULL REFERENCES erasures(id),
        kind       TEXT NOT NULL CHECK (kind IN ('number', 'record')),
        keyed_hash TEXT NOT NULL,
        PRIMARY KEY (kind, keyed_hash, erasure_id)
    )""")
    for table in ("erasures", "erased_keys"):
        conn.execute(f"""CREATE TRIGGER {table}_append_only_update BEFORE UPDATE ON {table}
           BEGIN SELECT RAISE(ABORT, 'erasure records cannot be changed'); END""")
        conn.execute(f"""CREATE TRIGGER {table}_append_only_delete BEFORE DELETE ON {table}
           BEGIN SELECT RAISE(ABORT, 'erasure records cannot be deleted'); END""")
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('erasure_key', ?)",
                 (secrets.token_hex(32),))
    conn.execute("ALTER TABLE contacts ADD COLUMN restricted_since TEXT NOT NULL DEFAULT ''")
    conn.execute("""CREATE TABLE number_corrections (
        id           INTEGER PRIMARY KEY,
        contact_id   INTEGER NOT NULL,
        phone_id     INTEGER NOT NULL,
        old_raw      TEXT NOT NULL,
        old_e164     TEXT,
        new_raw      TEXT NOT NULL,
        new_e164     TEXT,
        note         TEXT NOT NULL DEFAULT '',
        corrected_at TEXT NOT NULL,
        corrected_by TEXT NOT NULL
    )""")
    conn.execute("CREATE INDEX number_corrections_contact ON number_corrections(contact_id)")
    _allow_objected(conn)


_KINDS_BEFORE = "'revoked','expired')"
_KINDS_AFTER = "'revoked','expired','objected')"


def _allow_objected(conn: Connection) -> None:
    """Widen the CHECK of ``consent_events.kind`` by 'objected', in place.

    SQLite cannot alter a CHECK; rebuilding the table would move it under the tables
    that refer to it (foreign keys of attached files) and cannot switch foreign keys off
    inside the upgrade's transaction. Widening a CHECK leaves every stored row valid, so
    SQLite's documented procedure for it applies: edit the table's definition in the
    schema table and bump the schema version, in the same transaction. The rows are not
    touched, so their hashes in the chain stay as they were; the schema entry of the
    upgrade covers the new definition."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'consent_events'").fetchone()
    if _KINDS_AFTER in sql:
        return
    if sql.count(_KINDS_BEFORE) != 1:
        raise RuntimeError("consent_events: the kinds' CHECK is not as created")
    (version,) = conn.execute("PRAGMA schema_version").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' "
                     "AND name = 'consent_events'", (sql.replace(_KINDS_BEFORE, _KINDS_AFTER),))
        conn.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


# A phone's own address book on a CardDAV server (contactvault publish): its address,
# the login that writes it, and the certificate file that server is trusted by ('' =
# the system's). The password is never stored here (the OS secret store keeps it).
# Columns added with defaults leave the chain's hashes of existing rows as they were.
CARDDAV_ADDRESS_BOOKS = [
    "ALTER TABLE devices ADD COLUMN carddav_url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE devices ADD COLUMN carddav_user TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE devices ADD COLUMN carddav_certificate TEXT NOT NULL DEFAULT ''",
]


_FORMATS_BEFORE = "CHECK (format IN ('vcard','selection','links'))"
_FORMATS_AFTER = "CHECK (format IN ('vcard','selection','links','carddav'))"


def carddav_publishing(conn: Connection) -> None:
    """A publish to a phone's CardDAV address book is recorded as an export of format
    'carddav' (no file: ``file_name`` is the address book's address, ``file_sha256`` the
    hash of what it holds). Each number in it records the card it is in: ``resource``
    (the card's random name on the server), the ``etag`` the server gave, and the
    ``card_sha256`` of the card's text. The CHECK of ``exports.format`` is widened in
    place, as ``_allow_objected`` does; the new columns have defaults, so the chain's
    hashes of existing rows stay as they were."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'exports'").fetchone()
    if _FORMATS_AFTER not in sql:
        if sql.count(_FORMATS_BEFORE) != 1:
            raise RuntimeError("exports: the formats' CHECK is not as created")
        widened = sql.replace(_FORMATS_BEFORE, _FORMATS_AFTER)
        (version,) = conn.execute("PRAGMA schema_version").fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        try:
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' "
                         "AND name = 'exports'", (widened,))
            conn.execute(f"PRAGMA schema_version = {int(version) + 1}")
        finally:
            conn.execute("PRAGMA writable_schema = OFF")
    for column in ("resource", "etag", "card_sha256"):
        conn.execute(f"ALTER TABLE export_items ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


# The retention period's "last activity" of a few contacts (requests.last_activity with
# contact ids, asked by the overview and the erasure) looks up events recorded for a
# contact and exports of a contact without scanning every event and every export item.
V14_ACTIVITY_BY_CONTACT = [
    "CREATE INDEX consent_events_contact ON consent_events(contact_id, occurred_at)",
    "CREATE INDEX export_items_contact ON export_items(contact_uid)",
]


# The consent decisions the vault keeps (vault/decisions.py: derived data, not evidence,
# not covered by the chain). The table starts empty: the vault cannot decide (the policy
# sits above it); the first overview decides every number and keeps the answers. The
# triggers drop a number's row whenever an event of it is inserted or deleted, or a
# phone row holding it is deleted or changed, by any code.
V15_KEPT_DECISIONS = [
    """CREATE TABLE consent_decisions (
        e164          TEXT PRIMARY KEY,
        settings      TEXT NOT NULL,
        decided_at    TEXT NOT NULL,
        holds_until   TEXT NOT NULL,
        status        TEXT NOT NULL,
        reason        TEXT NOT NULL,
        since         TEXT NOT NULL,
        details       TEXT NOT NULL,
        last_event_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TRIGGER consent_decisions_event_added AFTER INSERT ON consent_events
       BEGIN DELETE FROM consent_decisions WHERE e164 = NEW.e164; END""",
    """CREATE TRIGGER consent_decisions_event_deleted AFTER DELETE ON consent_events
       BEGIN DELETE FROM consent_decisions WHERE e164 = OLD.e164; END""",
    """CREATE TRIGGER consent_decisions_phone_deleted AFTER DELETE ON phones
       BEGIN DELETE FROM consent_decisions WHERE e164 = OLD.e164; END""",
    """CREATE TRIGGER consent_decisions_phone_changed AFTER UPDATE OF e164 ON phones
       BEGIN DELETE FROM consent_decisions WHERE e164 = OLD.e164; END""",
]


Step = list[str] | Callable[[Connection], None]

MIGRATIONS: list[Step] = [
    V1_CONTACTS,
    V2_CONSENT_DEVICES_EXPORTS,
    V3_PROCEDURE,
    V4_REMOVAL_EXPORT,
    V5_CONSENT_POLICY_INDEX,
    V6_CONSENT_PURPOSE_NOTICE,
    chain_covers_records,
    chain_covers_devices,
    V9_SENT_TEXTS_AND_EVIDENCE,
    _v10_files_in_progress_and_identity,
    data_subject_requests,
    CARDDAV_ADDRESS_BOOKS,
    carddav_publishing,
    V14_ACTIVITY_BY_CONTACT,
    V15_KEPT_DECISIONS,
]
