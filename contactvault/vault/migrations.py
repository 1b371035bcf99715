"""The vault's schema, as the ordered list of steps that build it.

Step N takes a vault from ``user_version`` N-1 to N. A new vault runs every step; an
older vault runs the missing ones, all in one transaction (see ``schema.upgrade``).
Never edit a step that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

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

Step = list[str] | Callable[[Connection], None]

MIGRATIONS: list[Step] = [
    V1_CONTACTS,
]
