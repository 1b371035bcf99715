"""Bulk reads for the data-protection officer's overview and the retention review.

Everything here returns plain tuples in a fixed column order, never one object per row,
and lets SQLite do the grouping it can do in one pass: at 100 000 numbers with five
consent events each, building an object per event costs more than reading it — and
each column read costs too, so only what the overview uses is read.

- ``stored_numbers``: every stored number with what the policy needs of it.
- ``contact_times``: every contact's id, uid, category and last change.
- ``unclassified``: the contacts whose category is still unknown, since when.
"""

from __future__ import annotations

from contactvault.vault.connection import Connection


def stored_numbers(conn: Connection) -> list[tuple]:
    """Every stored number as (contact id, e164 or None, valid, flags text), in the
    table's order (by contact id costs a walk of the index): with the contact's category
    as the policy sees it (``contact_times``), what ``policy.standing`` reads."""
    return conn.execute("SELECT contact_id, e164, valid, flags FROM phones").fetchall()


def contact_times(conn: Connection) -> list[tuple]:
    """Every contact as (id, uid, category, last change — the later of created and
    updated —, ``restricted`` or None), by id: nothing personal but the category (names
    are read only for the contacts a list shows). The policy sees a restricted
    contact's category as ``restricted`` (Art. 18)."""
    return conn.execute(
        "SELECT id, uid, category, max(created_at, updated_at), "
        "CASE WHEN restricted_since = '' THEN NULL ELSE 'restricted' END "
        "FROM contacts ORDER BY id").fetchall()


def unclassified(conn: Connection) -> list[tuple]:
    """The contacts whose category is still unknown, as (id, created at), by id."""
    return conn.execute("SELECT id, created_at FROM contacts WHERE category = 'unknown' "
                        "ORDER BY id").fetchall()
