"""Reads the consent side needs from the contact tables, and the ``messages_sent`` and
template-text records. Functions take an open connection; the service owns the
transaction. (Contact writes stay in ``vault/repository.py``; these reads are shaped for
the policy: every number with its contact's category, in one query.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from contactvault.model import PhoneNumber
from contactvault.vault.connection import Connection


class NumberRow(NamedTuple):  # a tuple: 100 000 of these are built to fill the table
    contact_id: int
    category: str
    number: PhoneNumber


def numbers_with_category(conn: Connection, contact_id: int | None = None, *,
                          e164: str | None = None) -> Iterator[NumberRow]:
    """Every stored number (of one contact, or with one E.164) with its contact's
    category, by contact id and position."""
    sql = ("SELECT p.contact_id, c.category, p.id, p.raw, p.e164, p.number_type, p.label, "
           "p.valid, p.flags FROM phones p JOIN contacts c ON c.id = p.contact_id")
    args: tuple = ()
    if contact_id is not None:
        sql += " WHERE p.contact_id = ?"
        args = (contact_id,)
    elif e164 is not None:
        sql += " WHERE p.e164 = ?"
        args = (e164,)
    make_phone = PhoneNumber
    make_row = NumberRow
    for cid, category, pid, raw, number, ntype, label, valid, flags in conn.execute(
        sql + " ORDER BY p.contact_id, p.position", args
    ):
        yield make_row(cid, category, make_phone(
            raw, number, ntype, label, bool(valid), tuple(flags.split()) if flags else (), pid))


def contact_ids_for_number(conn: Connection, e164: str) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT contact_id FROM phones WHERE e164 = ? ORDER BY contact_id", (e164,))]


def numbers_of_contact(conn: Connection, contact_id: int) -> list[str]:
    """The distinct E.164 numbers of a contact, in the contact's order."""
    seen: list[str] = []
    for (e164,) in conn.execute(
        "SELECT e164 FROM phones WHERE contact_id = ? AND e164 IS NOT NULL ORDER BY position",
        (contact_id,),
    ):
        if e164 not in seen:
            seen.append(e164)
    return seen


def number_of_phone(conn: Connection, phone_id: int) -> tuple[str | None, int] | None:
    row = conn.execute("SELECT e164, contact_id FROM phones WHERE id = ?", (phone_id,)).fetchone()
    return (row[0], row[1]) if row else None


def number_known(conn: Connection, e164: str) -> bool:
    """Stored on a contact, or known from consent events (a number erased from its
    contact keeps its history until the erasure removes that too)."""
    return conn.execute(
        "SELECT 1 FROM phones WHERE e164 = ? UNION ALL "
        "SELECT 1 FROM consent_events WHERE e164 = ? LIMIT 1", (e164, e164),
    ).fetchone() is not None


def contact_language(conn: Connection, contact_id: int) -> str | None:
    row = conn.execute("SELECT language FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    return row[0] if row else None


# -- texts sent to people ------------------------------------------------------------


def record_message(conn: Connection, e164: str, kind: str, template_version: str,
                   language: str, sent_at: str, recorded_by: str) -> int:
    cur = conn.execute(
        "INSERT INTO messages_sent(e164, kind, template, language, sent_at, recorded_by) "
        "VALUES (?,?,?,?,?,?)", (e164, kind, template_version, language, sent_at, recorded_by))
    return int(cur.lastrowid)


def messages_for(conn: Connection, e164: str) -> list[dict]:
    return [
        {"id": r[0], "kind": r[1], "template": r[2], "language": r[3], "sent_at": r[4],
         "recorded_by": r[5]}
        for r in conn.execute(
            "SELECT id, kind, template, language, sent_at, recorded_by FROM messages_sent "
            "WHERE e164 = ? ORDER BY sent_at, id", (e164,))
    ]


def keep_template_text(conn: Connection, version: str, body: str) -> None:
    """Keep the wording of a template version inside the vault the first time it is used,
    so the text a customer was shown can be produced later even after the file changed.
    (Templates hold no personal data; ``meta`` is the vault's key/value table.)"""
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",
                 (f"template:{version}", body))


def template_text(conn: Connection, version: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (f"template:{version}",)).fetchone()
    return row[0] if row else None
