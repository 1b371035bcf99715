"""Bulk reads for the data-protection officer's overview and the retention review.

Everything here returns plain tuples in a fixed column order, never one object per row,
and lets SQLite do the grouping it can do in one pass: at 100 000 numbers with five
consent events each, building an object per event costs more than reading it.

- ``stored_numbers``: every stored number with what the policy needs of it.
- ``contact_times``: every contact's id, uid, category and times.
"""

from __future__ import annotations

from contactvault.vault.connection import Connection


def stored_numbers(conn: Connection) -> list[tuple]:
    """Every stored number as (contact id, e164 or None, valid, flags text), by contact
    id (then as stored): with the contact's category as the policy sees it
    (``contact_times``), what ``policy.standing`` reads."""
    return conn.execute(
        "SELECT contact_id, e164, valid, flags FROM phones INDEXED BY phones_contact "
        "ORDER BY contact_id").fetchall()


def contact_times(conn: Connection) -> list[tuple]:
    """Every contact as (id, uid, category, created_at, updated_at, ``restricted`` or
    None), by id: nothing personal but the category (names are read only for the
    contacts a list shows). The policy sees a restricted contact's category as
    ``restricted`` (Art. 18)."""
    return conn.execute(
        "SELECT id, uid, category, created_at, updated_at, "
        "CASE WHEN restricted_since = '' THEN NULL ELSE 'restricted' END "
        "FROM contacts ORDER BY id").fetchall()
