"""SQL for WhatsApp phones and what was handed to them: ``devices``, ``exports``,
``export_items`` and ``removal_confirmations``, plus the light contact read an export
needs. Functions take an open connection; services own the transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import NamedTuple

from contactvault.model import Device, Platform, StructuredName
from contactvault.vault.connection import Connection

_DEVICE_COLUMNS = "id, name, owner, phone_number, platform, created_at"


def _device(row) -> Device:
    return Device(id=row[0], name=row[1], owner=row[2], phone_number=row[3],
                  platform=Platform(row[4]), created_at=row[5])


def insert_device(conn: Connection, name: str, owner: str, phone_number: str, platform: str,
                  created_at: str) -> Device:
    cur = conn.execute(
        "INSERT INTO devices(name, owner, phone_number, platform, created_at) "
        "VALUES (?,?,?,?,?)", (name, owner, phone_number, platform, created_at))
    return Device(int(cur.lastrowid), name, owner, phone_number, Platform(platform), created_at)


def device_by_name(conn: Connection, name: str) -> Device | None:
    row = conn.execute(f"SELECT {_DEVICE_COLUMNS} FROM devices WHERE name = ? COLLATE NOCASE",
                       (name,)).fetchone()
    return _device(row) if row else None


def all_devices(conn: Connection) -> list[Device]:
    return [_device(r) for r in conn.execute(
        f"SELECT {_DEVICE_COLUMNS} FROM devices ORDER BY name COLLATE NOCASE")]


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


def insert_export(conn: Connection, device_id: int, kind: str, policy_mode: str,
                  policy_settings: dict, file_name: str, sha256: str, count: int, actor: str,
                  created_at: str) -> int:
    cur = conn.execute(
        "INSERT INTO exports(device_id, kind, format, policy, policy_settings, file_name, "
        "file_sha256, number_count, actor, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (device_id, kind, "vcard", policy_mode, json.dumps(policy_settings, sort_keys=True),
         file_name, sha256, count, actor, created_at))
    return int(cur.lastrowid)


def insert_items(conn: Connection, export_id: int,
                 items: list[tuple[int, str, str, str, int]]) -> None:
    """items: (contact_id, contact_uid, e164, shown_name, basis_event_id)."""
    conn.executemany(
        "INSERT INTO export_items(export_id, contact_id, contact_uid, e164, shown_name, "
        "basis_event_id) VALUES (?,?,?,?,?,?)",
        [(export_id, *item) for item in items])


def exports_of(conn: Connection, device_id: int) -> list[ExportRecord]:
    return [
        ExportRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}"), r[6], r[7], r[8],
                     r[9], r[10])
        for r in conn.execute(
            "SELECT id, device_id, kind, format, policy, policy_settings, file_name, "
            "file_sha256, number_count, actor, created_at FROM exports WHERE device_id = ? "
            "ORDER BY id", (device_id,))
    ]


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


def on_phone(conn: Connection, device_id: int) -> list[OnPhone]:
    latest: dict[tuple[str, str], OnPhone] = {}
    for row in conn.execute(
        "SELECT i.contact_uid, i.contact_id, i.e164, i.shown_name, i.export_id, e.created_at, "
        "i.basis_event_id FROM export_items i JOIN exports e ON e.id = i.export_id "
        "WHERE e.device_id = ? ORDER BY i.export_id", (device_id,),
    ):
        latest[(row[0], row[2])] = OnPhone(*row)
    closed = {
        (r[0], r[1]): r[2]
        for r in conn.execute(
            "SELECT contact_uid, e164, max(export_id) FROM removal_confirmations "
            "WHERE device_id = ? GROUP BY contact_uid, e164", (device_id,))
    }
    return [item for key, item in latest.items() if item.export_id > closed.get(key, 0)]


def insert_confirmation(conn: Connection, device_id: int, contact_uid: str, e164: str,
                        reason: str, export_id: int, confirmed_at: str,
                        confirmed_by: str) -> int:
    cur = conn.execute(
        "INSERT INTO removal_confirmations(device_id, contact_uid, e164, reason, export_id, "
        "confirmed_at, confirmed_by) VALUES (?,?,?,?,?,?,?)",
        (device_id, contact_uid, e164, reason, export_id, confirmed_at, confirmed_by))
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


# -- the contact side of an export ------------------------------------------------------


class ContactHead(NamedTuple):
    """What a card needs of a contact: no e-mail, address or notes are even read.
    (A tuple: an export builds one per contact, and frozen dataclasses are slow to make.)"""

    id: int
    uid: str
    formatted_name: str
    name: StructuredName
    organisation: str
    category: str


def contact_heads(conn: Connection) -> dict[int, ContactHead]:
    return {
        r[0]: ContactHead(r[0], r[1], r[2], StructuredName(r[3], r[4], r[5], r[6], r[7]), r[8],
                          r[9])
        for r in conn.execute(
            "SELECT id, uid, formatted_name, n_family, n_given, n_additional, n_prefix, "
            "n_suffix, organisation, category FROM contacts")
    }
