"""What was handed to WhatsApp phones: ``exports``, their ``export_items`` and the
``removal_confirmations`` that close them.

Functions take an open connection; services own the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from contactvault.vault import chain
from contactvault.vault.connection import Connection

# -- exports --------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRecord:
    id: int
    device_id: int
    kind: str  # "full" or "incremental"
    format: str
    policy: str  # the policy mode in force
    policy_settings: dict
    file_name: str
    file_sha256: str
    number_count: int
    actor: str
    created_at: str


def insert_export(conn: Connection, device_id: int, kind: str, fmt: str, policy_mode: str,
                  policy_settings: dict, file_name: str, sha256: str, count: int, actor: str,
                  created_at: str) -> int:
    """One file handed to a phone; ``fmt`` is "vcard", "selection" or "links"."""
    cur = conn.execute(
        "INSERT INTO exports(device_id, kind, format, policy, policy_settings, file_name, "
        "file_sha256, number_count, actor, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (device_id, kind, fmt, policy_mode, json.dumps(policy_settings, sort_keys=True),
         file_name, sha256, count, actor, created_at))
    chain.touch(conn, "exports", int(cur.lastrowid))
    return int(cur.lastrowid)


def insert_items(conn: Connection, export_id: int,
                 items: list[tuple[int, str, str, str, int]]) -> None:
    """items: (contact_id, contact_uid, e164, shown_name, basis_event_id)."""
    conn.executemany(
        "INSERT INTO export_items(export_id, contact_id, contact_uid, e164, shown_name, "
        "basis_event_id) VALUES (?,?,?,?,?,?)",
        [(export_id, *item) for item in items])
    chain.touch(conn, "export_items", export_id)


# (contact_id, contact_uid, e164, shown_name, basis_event_id, resource, etag, card_sha256)
PublishedItem = tuple[int, str, str, str, int, str, str, str]


def insert_published_items(conn: Connection, export_id: int,
                           items: list[PublishedItem]) -> None:
    """The numbers of a publish to a CardDAV address book, each with the card it is in:
    the card's name on the server (``resource``), its ETag and the SHA-256 of its text."""
    conn.executemany(
        "INSERT INTO export_items(export_id, contact_id, contact_uid, e164, shown_name, "
        "basis_event_id, resource, etag, card_sha256) VALUES (?,?,?,?,?,?,?,?,?)",
        [(export_id, *item) for item in items])
    chain.touch(conn, "export_items", export_id)


@dataclass(frozen=True)
class OnServer:
    """A number a publish put into a phone's CardDAV address book, in the card
    ``resource``, that no later export or confirmed removal superseded."""

    contact_uid: str
    contact_id: int
    e164: str
    shown_name: str
    export_id: int
    basis_event_id: int
    resource: str
    etag: str
    card_sha256: str


def on_server(conn: Connection, device_id: int) -> list[OnServer]:
    """What the phone's address book holds by the record: for each (contact, number)
    the newest publish that carried it, minus confirmed removals. (A vCard file given
    to the same phone is another copy on it, which only a removal by hand takes off.)"""
    latest: dict[tuple[str, str], tuple] = {}
    for row in conn.execute(
        "SELECT i.contact_uid, i.contact_id, i.e164, i.shown_name, i.export_id, "
        "i.basis_event_id, i.resource, i.etag, i.card_sha256 "
        "FROM export_items i JOIN exports e ON e.id = i.export_id "
        "WHERE e.device_id = ? AND e.format = 'carddav' ORDER BY e.id", (device_id,),  # as held
    ):
        latest[(row[0], row[2])] = row
    closed = {
        (r[0], r[1]): r[2]
        for r in conn.execute(
            "SELECT contact_uid, e164, max(export_id) FROM removal_confirmations "
            "WHERE device_id = ? GROUP BY contact_uid, e164", (device_id,))
    }
    return [OnServer(*row) for key, row in latest.items() if row[4] > closed.get(key, 0)]


@dataclass(frozen=True)
class ServerRemoval:
    """A number whose card a publish took off a phone's address book."""

    contact_uid: str
    e164: str
    shown_name: str
    reason: str
    removed_at: str
    removed_by: str


def server_removals(conn: Connection, device_id: int) -> list[ServerRemoval]:
    """The removal confirmations of numbers a publish had put on the phone (the server
    deleted their card), newest first."""
    return [ServerRemoval(*r) for r in conn.execute(
        "SELECT r.contact_uid, r.e164, i.shown_name, r.reason, r.confirmed_at, r.confirmed_by "
        "FROM removal_confirmations r JOIN exports e ON e.id = r.export_id "
        "JOIN export_items i ON i.export_id = r.export_id AND i.contact_uid = r.contact_uid "
        "AND i.e164 = r.e164 WHERE r.device_id = ? AND e.format = 'carddav' "
        "ORDER BY r.confirmed_at DESC, r.id DESC", (device_id,))]


_EXPORT_COLUMNS = ("id, device_id, kind, format, policy, policy_settings, file_name, "
                   "file_sha256, number_count, actor, created_at")


def _export(r) -> ExportRecord:
    return ExportRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}"), r[6], r[7],
                        r[8], r[9], r[10])


def exports_of(conn: Connection, device_id: int) -> list[ExportRecord]:
    return [_export(r) for r in conn.execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exports WHERE device_id = ? ORDER BY id", (device_id,))]


def export_by_id(conn: Connection, export_id: int) -> ExportRecord | None:
    row = conn.execute(f"SELECT {_EXPORT_COLUMNS} FROM exports WHERE id = ?",
                       (export_id,)).fetchone()
    return _export(row) if row else None


@dataclass(frozen=True)
class OnPhone:
    """A number the exports put on a phone and no confirmed removal took off."""

    contact_uid: str
    contact_id: int
    e164: str
    shown_name: str
    export_id: int  # the newest export that carried it
    exported_at: str
    basis_event_id: int


def held(conn: Connection, device_id: int) -> dict[tuple[str, str], tuple]:
    """What a phone holds by the record: every (contact, number) the exports put on it,
    from the newest export that carried it, unless a removal was confirmed since. By
    (contact uid, E.164) — what the removal list compares by —, in the order first
    exported, as tuples in ``OnPhone``'s field order (``OnPhone(*row)`` makes one). The
    newest export of each wins inside ``dict`` itself: no Python step per entry (a phone
    holds up to 100 000)."""
    return _held(conn, device_id, "i.contact_uid, i.contact_id, i.e164, i.shown_name, "
                 "i.export_id, e.created_at, i.basis_event_id", 4)


def held_in_brief(conn: Connection, device_id: int) -> dict[tuple[str, str], tuple]:
    """``held`` with only (contact uid, contact id, E.164, export id) of each entry: for
    the overview, which compares what each phone holds with what may be there and
    lists few of them (each column read costs at 100 000 entries). ``export_times``
    and ``shown_names`` give the rest."""
    return _held(conn, device_id, "i.contact_uid, i.contact_id, i.e164, i.export_id", 3)


def _held(conn: Connection, device_id: int, columns: str, export_at: int
          ) -> dict[tuple[str, str], tuple]:
    """``held`` with ``columns`` (contact uid first, E.164 third, the export id at
    ``export_at``)."""
    # Ordered by e.id (the same as i.export_id, by the join), so SQLite walks the phone's
    # few exports and looks each one's items up; ordered by i.export_id it walked every
    # phone's items in the key's order and dropped the other phones' (so each phone's
    # read grew with the number of phones).
    rows = conn.execute(
        f"SELECT {columns} FROM exports e JOIN export_items i ON i.export_id = e.id "
        "WHERE e.device_id = ? ORDER BY e.id", (device_id,)).fetchall()
    latest = dict(zip(map(itemgetter(0, 2), rows), rows, strict=True))
    for uid, e164, upto in conn.execute(
            "SELECT contact_uid, e164, max(export_id) FROM removal_confirmations "
            "WHERE device_id = ? GROUP BY contact_uid, e164", (device_id,)):
        row = latest.get((uid, e164))
        if row is not None and row[export_at] <= upto:
            del latest[(uid, e164)]
    return latest


def export_times(conn: Connection, device_id: int) -> dict[int, str]:
    """When each export to a phone was made (ISO UTC), by export id."""
    return dict(conn.execute("SELECT id, created_at FROM exports WHERE device_id = ?",
                             (device_id,)).fetchall())


def shown_names(conn: Connection, entries: Iterable[tuple[int, str, str]]
                ) -> dict[tuple[int, str, str], str]:
    """The name each export item showed on the phone, by (export id, contact uid, E.164)."""
    return {(export_id, uid, e164): name for export_id, uid, e164, name in conn.execute(
        "SELECT i.export_id, i.contact_uid, i.e164, i.shown_name FROM json_each(?) j "
        "JOIN export_items i ON i.export_id = json_extract(j.value, '$[0]') "
        "AND i.contact_uid = json_extract(j.value, '$[1]') "
        "AND i.e164 = json_extract(j.value, '$[2]')",
        (json.dumps(sorted(set(entries))),))}


def on_phone(conn: Connection, device_id: int) -> list[OnPhone]:
    """What a phone holds (``held``) as objects."""
    return [OnPhone(*row) for row in held(conn, device_id).values()]


def on_phones(conn: Connection) -> dict[int, list[tuple]]:
    """What every phone holds (``held``), by device id, as tuples in ``OnPhone``'s field
    order. Phones holding nothing are left out."""
    found: dict[int, list[tuple]] = {}
    for (device_id,) in conn.execute("SELECT id FROM devices ORDER BY id"):
        latest = held(conn, device_id)
        if latest:
            found[device_id] = list(latest.values())
    return found


def insert_confirmation(conn: Connection, device_id: int, contact_uid: str, e164: str,
                        reason: str, export_id: int, confirmed_at: str,
                        confirmed_by: str) -> int:
    cur = conn.execute(
        "INSERT INTO removal_confirmations(device_id, contact_uid, e164, reason, export_id, "
        "confirmed_at, confirmed_by) VALUES (?,?,?,?,?,?,?)",
        (device_id, contact_uid, e164, reason, export_id, confirmed_at, confirmed_by))
    chain.touch(conn, "removal_confirmations", int(cur.lastrowid))
    return int(cur.lastrowid)


@dataclass(frozen=True)
class Confirmation:
    id: int
    contact_uid: str
    e164: str
    reason: str
    export_id: int
    confirmed_at: str
    confirmed_by: str


def confirmations_of(conn: Connection, device_id: int) -> list[Confirmation]:
    return [Confirmation(*r) for r in conn.execute(
        "SELECT id, contact_uid, e164, reason, export_id, confirmed_at, confirmed_by "
        "FROM removal_confirmations WHERE device_id = ? ORDER BY id", (device_id,))]


# -- one number's way through the phones (the proof for a number) ----------------------


@dataclass(frozen=True)
class NumberExport:
    export_id: int
    device: str
    format: str
    created_at: str
    actor: str
    shown_name: str
    basis_event_id: int


def exports_of_number(conn: Connection, e164: str) -> list[NumberExport]:
    return [NumberExport(*r) for r in conn.execute(
        "SELECT e.id, d.name, e.format, e.created_at, e.actor, i.shown_name, i.basis_event_id "
        "FROM export_items i JOIN exports e ON e.id = i.export_id "
        "JOIN devices d ON d.id = e.device_id WHERE i.e164 = ? ORDER BY e.id", (e164,))]


@dataclass(frozen=True)
class NumberRemoval:
    id: int
    device: str
    reason: str
    export_id: int
    confirmed_at: str
    confirmed_by: str


def removals_of_number(conn: Connection, e164: str) -> list[NumberRemoval]:
    return [NumberRemoval(*r) for r in conn.execute(
        "SELECT r.id, d.name, r.reason, r.export_id, r.confirmed_at, r.confirmed_by "
        "FROM removal_confirmations r JOIN devices d ON d.id = r.device_id "
        "WHERE r.e164 = ? ORDER BY r.id", (e164,))]


def delete_unpublished(conn: Connection, export_id: int) -> None:
    """Take back an export whose file never got its name (killed before it): its numbers
    never reached a phone. Only the start-up clean-up calls this; the audit entry it
    writes next covers the rows as gone."""
    conn.execute("DELETE FROM export_items WHERE export_id = ?", (export_id,))
    conn.execute("DELETE FROM exports WHERE id = ?", (export_id,))
    chain.touch(conn, "exports", export_id)
    chain.touch(conn, "export_items", export_id)
