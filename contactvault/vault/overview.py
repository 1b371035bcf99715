"""Bulk reads for the data-protection officer's overview and the retention review.

Everything here returns plain tuples in a fixed column order, never one object per row,
and lets SQLite do the grouping it can do in one pass: at 100 000 numbers with five
consent events each, building an object per event costs more than reading it.

- ``policy_rows``: every consent event as the policy's bulk path reads it
  (``consent.policy.ROW_FIELDS``), in its order.
- ``stored_numbers``: every stored number with what the policy needs of it.
- ``contact_times``: every contact's id, uid, category and times.
- ``held_on_phones``: what each phone holds now (the latest export of each number under
  each contact, unless a removal was confirmed after it), grouped by SQLite.
- ``names_of``: the names of the contacts the lists show.
"""

from __future__ import annotations

from collections.abc import Collection

from contactvault.vault import contacts as contact_store
from contactvault.vault.connection import Connection

_POLICY_CATEGORY = "CASE WHEN c.restricted_since = '' THEN c.category ELSE 'restricted' END"


def policy_rows(conn: Connection) -> list[tuple]:
    """Every consent event as a row (id, e164, kind, occurred_at, recorded_at, basis,
    purpose, with_notice, contact_id), ordered by number, then occurred_at,
    recorded_at and id — the covering index's order, so no table access and no sort.
    ``basis`` is None for consent, ``purpose`` None for service (as
    ``consent.all_by_number(full=False)`` reads them)."""
    return conn.execute(
        "SELECT id, e164, kind, occurred_at, recorded_at, NULLIF(basis, 'consent'), "
        "NULLIF(purpose, 'service'), with_notice, contact_id FROM consent_events "
        "INDEXED BY consent_events_policy ORDER BY e164, occurred_at, recorded_at, id"
    ).fetchall()


def stored_numbers(conn: Connection) -> list[tuple]:
    """Every stored number as (category as the policy sees it — ``restricted`` for a
    restricted contact —, e164 or None, valid, flags text, contact id, raw), by contact
    id and position. The first four are what ``policy.decide_stored`` reads."""
    return conn.execute(
        f"SELECT {_POLICY_CATEGORY}, p.e164, p.valid, p.flags, p.contact_id, p.raw "
        "FROM phones p JOIN contacts c ON c.id = p.contact_id "
        "ORDER BY p.contact_id, p.position").fetchall()


def contact_times(conn: Connection) -> list[tuple[int, str, str, str, str]]:
    """Every contact as (id, uid, category, created_at, updated_at), by id: nothing
    personal but the category (names are read only for the contacts a list shows)."""
    return conn.execute(
        "SELECT id, uid, category, created_at, updated_at FROM contacts ORDER BY id"
    ).fetchall()


def held_on_phones(conn: Connection) -> list[tuple]:
    """What the phones hold now, one row per phone, contact and number: (device id,
    contact uid, contact id, e164, shown name, export id, exported at, basis event id)
    of the latest export that gave it, left out when a removal was confirmed for that
    export or a later one (``exports.on_phones``'s answer, grouped by SQLite). Ordered
    by device, contact uid and number."""
    return conn.execute(
        "SELECT x.device_id, i.contact_uid, i.contact_id, i.e164, i.shown_name, "
        "max(i.export_id) AS last_export, x.created_at, i.basis_event_id "
        "FROM export_items i JOIN exports x ON x.id = i.export_id "
        "GROUP BY x.device_id, i.contact_uid, i.e164 "
        "HAVING last_export > coalesce((SELECT max(r.export_id) FROM removal_confirmations r "
        "WHERE r.device_id = x.device_id AND r.e164 = i.e164 "
        "AND r.contact_uid = i.contact_uid), 0)").fetchall()


def names_of(conn: Connection, contact_ids: Collection[int]) -> dict[int, str]:
    """The formatted names of these contacts (those that exist), by id. For many ids
    (the overview's lists can name most contacts) one pass over the table is cheaper
    than looking each up."""
    wanted = set(contact_ids)
    if len(wanted) <= 2000:
        return contact_store.names_of(conn, wanted)
    return {cid: name for cid, name in conn.execute(
        "SELECT id, formatted_name FROM contacts") if cid in wanted}
