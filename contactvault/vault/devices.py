"""The ``devices`` table: WhatsApp phones (device profiles), the targets of exports.

Functions take an open connection; services own the transaction.
"""

from __future__ import annotations

from contactvault.model import Device, Platform
from contactvault.vault import chain
from contactvault.vault.connection import Connection

_COLUMNS = ("id, name, owner, phone_number, platform, created_at, carddav_url, carddav_user, "
            "carddav_certificate")


def _device(row) -> Device:
    return Device(id=row[0], name=row[1], owner=row[2], phone_number=row[3],
                  platform=Platform(row[4]), created_at=row[5], carddav_url=row[6],
                  carddav_user=row[7], carddav_certificate=row[8])


def insert_device(conn: Connection, name: str, owner: str, phone_number: str, platform: str,
                  created_at: str) -> Device:
    cur = conn.execute(
        "INSERT INTO devices(name, owner, phone_number, platform, created_at) "
        "VALUES (?,?,?,?,?)", (name, owner, phone_number, platform, created_at))
    chain.touch(conn, "devices", int(cur.lastrowid))
    return Device(int(cur.lastrowid), name, owner, phone_number, Platform(platform), created_at)


def device_by_name(conn: Connection, name: str) -> Device | None:
    """The phone of that name, ignoring case (names are unique that way)."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM devices WHERE name = ? COLLATE NOCASE",
                       (name,)).fetchone()
    return _device(row) if row else None


def all_devices(conn: Connection) -> list[Device]:
    return [_device(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM devices ORDER BY name COLLATE NOCASE")]


def set_carddav(conn: Connection, device_id: int, url: str, user: str,
                certificate: str) -> None:
    """The phone's CardDAV address book ("" everywhere: none)."""
    conn.execute("UPDATE devices SET carddav_url = ?, carddav_user = ?, "
                 "carddav_certificate = ? WHERE id = ?", (url, user, certificate, device_id))
    chain.touch(conn, "devices", device_id)
