"""The tables of data-subject requests: ``erasures`` and their ``erased_keys``, the
restriction flag on ``contacts``, ``number_corrections``; and the SQL an erasure runs
over every table that holds something of a person.

Functions take an open connection; services/requests.py owns the transaction and
writes the audit entry that covers what changed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass

from contactvault.vault import chain
from contactvault.vault.connection import Connection

ERASED_PREFIX = "erased:"  # export items and removal confirmations of an erased person


# -- the keyed hash ---------------------------------------------------------------------


def erasure_key(conn: Connection) -> bytes:
    """The vault's own secret for keyed hashes (made by the schema step, kept in ``meta``
    and so in every backup). Without it a hash of a phone number could be reversed by
    trying every number; with it only someone holding the vault can test a guess."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'erasure_key'").fetchone()
    return bytes.fromhex(row[0])


def keyed_hash(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def number_key(key: bytes, e164: str | None, raw: str = "") -> str | None:
    """The keyed hash an erasure keeps of a number, and by which a later import or entry
    recognises it: of its E.164 form, or (a number that could not be read) of its raw
    text's digits; None for a text without digits."""
    if e164:
        return keyed_hash(key, e164)
    digits = "".join(ch for ch in raw if ch.isdigit())
    return keyed_hash(key, "raw:" + digits) if digits else None


def number_marker(key: bytes, e164: str) -> str:
    """What an export item or removal confirmation holds instead of an erased number."""
    return ERASED_PREFIX + keyed_hash(key, e164)


# -- erasures ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Erasure:
    id: int
    erased_at: str
    erased_by: str
    reason: str  # "request" or "retention"
    numbers: int
    records: int


def insert_erasure(conn: Connection, erased_at: str, erased_by: str, reason: str,
                   numbers: int, records: int) -> int:
    cur = conn.execute(
        "INSERT INTO erasures(erased_at, erased_by, reason, numbers, records) "
        "VALUES (?,?,?,?,?)", (erased_at, erased_by, reason, numbers, records))
    chain.touch(conn, "erasures", int(cur.lastrowid))
    return int(cur.lastrowid)


def insert_keys(conn: Connection, erasure_id: int, kind: str, hashes: Iterable[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO erased_keys(erasure_id, kind, keyed_hash) VALUES (?,?,?)",
        [(erasure_id, kind, h) for h in sorted(set(hashes))])
    chain.touch(conn, "erased_keys", erasure_id)


def all_erasures(conn: Connection) -> list[Erasure]:
    return [Erasure(*r) for r in conn.execute(
        "SELECT id, erased_at, erased_by, reason, numbers, records FROM erasures ORDER BY id")]


def erasure_by_id(conn: Connection, erasure_id: int) -> Erasure | None:
    row = conn.execute("SELECT id, erased_at, erased_by, reason, numbers, records "
                       "FROM erasures WHERE id = ?", (erasure_id,)).fetchone()
    return Erasure(*row) if row else None


def erased_matches(conn: Connection, kind: str, hashes: Iterable[str]) -> dict[str, Erasure]:
    """For each keyed hash that an erasure recorded: the (latest) erasure."""
    wanted = sorted(set(hashes))
    found: dict[str, Erasure] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT k.keyed_hash, e.id, e.erased_at, e.erased_by, e.reason, e.numbers, "
            f"e.records FROM erased_keys k JOIN erasures e ON e.id = k.erasure_id "
            f"WHERE k.kind = ? AND k.keyed_hash IN ({marks}) ORDER BY e.id", (kind, *chunk)):
            found[row[0]] = Erasure(*row[1:])
    return found


def any_erasures(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM erasures LIMIT 1").fetchone() is not None


# -- what an erasure removes ------------------------------------------------------------


def numbers_stored_elsewhere(conn: Connection, contact_id: int, e164s: Iterable[str]
                             ) -> set[str]:
    numbers = sorted(set(e164s))
    if not numbers:
        return set()
    marks = ",".join("?" * len(numbers))
    return {r[0] for r in conn.execute(
        f"SELECT DISTINCT e164 FROM phones WHERE e164 IN ({marks}) AND contact_id != ?",
        (*numbers, contact_id))}


def consent_event_ids(conn: Connection, e164s: Iterable[str], contact_id: int) -> set[int]:
    """The events of these numbers, and those recorded for this contact."""
    numbers = sorted(set(e164s))
    marks = ",".join("?" * len(numbers)) or "NULL"
    return {r[0] for r in conn.execute(
        f"SELECT id FROM consent_events WHERE e164 IN ({marks}) OR contact_id = ?",
        (*numbers, contact_id))}


def has_table(conn: Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def evidence_file_ids(conn: Connection, event_ids: set[int]) -> set[int]:
    """The files attached as evidence to these events (none in a vault without them)."""
    if not event_ids or not has_table(conn, "evidence_files"):
        return set()
    ids = sorted(event_ids)
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found |= {r[0] for r in conn.execute(
            f"SELECT id FROM evidence_files WHERE event_id IN ({marks})", chunk)}
    return found


def evidence_for_events(conn: Connection, event_ids: Iterable[int]) -> dict[int, list[dict]]:
    """What is known of each event's evidence files (name, size, SHA-256, who, when)."""
    ids = sorted(set(event_ids))
    found: dict[int, list[dict]] = {}
    if not ids or not has_table(conn, "evidence_files"):
        return found
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT id, event_id, file_name, size, sha256, added_by, added_at FROM "
            f"evidence_files WHERE event_id IN ({marks}) ORDER BY event_id, id", chunk):
            found.setdefault(row[1], []).append(dict(zip(
                ("id", "event_id", "file_name", "size", "sha256", "added_by", "added_at"),
                row, strict=True)))
    return found


def delete_append_only(conn: Connection, token: str, *, event_ids: set[int],
                       message_ids: set[int], evidence_ids: set[int]) -> None:
    """Consent events, texts sent and evidence files are append-only; an erasure deletes
    them through a permit row that exists only inside its own transaction. Evidence
    first (it refers to its event), then the texts, then the events."""
    conn.execute("INSERT INTO erasure_permit(token) VALUES (?)", (token,))
    for table, column, ids in (("evidence_content", "file_id", evidence_ids),
                               ("evidence_files", "id", evidence_ids),
                               ("messages_sent", "id", message_ids),
                               ("consent_events", "id", event_ids)):
        if ids and has_table(conn, table):
            conn.executemany(f'DELETE FROM "{table}" WHERE "{column}" = ?',
                             [(i,) for i in sorted(ids)])
    conn.execute("DELETE FROM erasure_permit WHERE token = ?", (token,))


def message_ids(conn: Connection, e164s: Iterable[str]) -> set[int]:
    numbers = sorted(set(e164s))
    if not numbers:
        return set()
    marks = ",".join("?" * len(numbers))
    return {r[0] for r in conn.execute(
        f"SELECT id FROM messages_sent WHERE e164 IN ({marks})", numbers)}


@dataclass(frozen=True)
class Redacted:
    export_ids: set[int]
    confirmation_ids: set[int]


def redact_exports(conn: Connection, contact_uid: str, e164s: Iterable[str], key: bytes,
                   erasure_id: int) -> Redacted:
    """What phones were given of the person stays known — which export, which phone,
    that a removal is open or confirmed — but not who: the contact's uid becomes an
    erasure marker, the number its keyed hash (``number_marker``); the name shown on
    the phone and the hash of a published card's text (a guessed name and number could
    be checked against it) are emptied. Removal confirmations get the same markers, so
    an open removal stays open and a confirmed one closed."""
    numbers = set(e164s)
    marks = ",".join("?" * len(numbers)) or "NULL"
    where = f"contact_uid = ? OR e164 IN ({marks})"
    args = (contact_uid, *sorted(numbers))
    items = conn.execute(
        f"SELECT export_id, contact_uid, e164 FROM export_items WHERE {where}", args).fetchall()
    confirmations = conn.execute(
        f"SELECT id, contact_uid, e164 FROM removal_confirmations WHERE {where}",
        args).fetchall()

    def uid_marker(uid: str) -> str:
        return f"{ERASED_PREFIX}{erasure_id}:{keyed_hash(key, uid)[:16]}"

    def e164_marker(e164: str) -> str:
        return e164 if e164.startswith(ERASED_PREFIX) else number_marker(key, e164)

    conn.executemany(
        "UPDATE export_items SET contact_uid = ?, e164 = ?, shown_name = '', contact_id = 0, "
        "card_sha256 = '' WHERE export_id = ? AND contact_uid = ? AND e164 = ?",
        [(uid_marker(uid), e164_marker(e164), export_id, uid, e164)
         for export_id, uid, e164 in items])
    conn.executemany(
        "UPDATE removal_confirmations SET contact_uid = ?, e164 = ? WHERE id = ?",
        [(uid_marker(uid), e164_marker(e164), cid) for cid, uid, e164 in confirmations])
    return Redacted({r[0] for r in items}, {r[0] for r in confirmations})


def correction_ids(conn: Connection, contact_id: int) -> set[int]:
    return {r[0] for r in conn.execute(
        "SELECT id FROM number_corrections WHERE contact_id = ?", (contact_id,))}


def delete_contact(conn: Connection, contact_id: int) -> None:
    """The contact, its numbers, its original records and its number corrections."""
    conn.execute("DELETE FROM number_corrections WHERE contact_id = ?", (contact_id,))
    conn.execute("DELETE FROM source_records WHERE contact_id = ?", (contact_id,))
    conn.execute("DELETE FROM phones WHERE contact_id = ?", (contact_id,))
    conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))


def source_hashes(conn: Connection, contact_id: int) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT content_hash FROM source_records WHERE contact_id = ?", (contact_id,))]


def raw_numbers(conn: Connection, contact_id: int) -> list[tuple[str, str | None]]:
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT raw, e164 FROM phones WHERE contact_id = ? ORDER BY position", (contact_id,))]


# -- restriction (Art. 18) --------------------------------------------------------------


def set_restricted(conn: Connection, contact_id: int, since: str) -> None:
    """``since`` = '' lifts the restriction."""
    conn.execute("UPDATE contacts SET restricted_since = ? WHERE id = ?", (since, contact_id))


def restricted_since(conn: Connection, contact_id: int) -> str:
    row = conn.execute("SELECT restricted_since FROM contacts WHERE id = ?",
                       (contact_id,)).fetchone()
    return row[0] if row else ""


def restricted_ids(conn: Connection) -> set[int]:
    return {r[0] for r in conn.execute("SELECT id FROM contacts WHERE restricted_since != ''")}


# -- rectification (Art. 16) -------------------------------------------------------------


@dataclass(frozen=True)
class Correction:
    id: int
    contact_id: int
    phone_id: int
    old_raw: str
    old_e164: str | None
    new_raw: str
    new_e164: str | None
    note: str
    corrected_at: str
    corrected_by: str


def insert_correction(conn: Connection, contact_id: int, phone_id: int, old_raw: str,
                      old_e164: str | None, new_raw: str, new_e164: str | None, note: str,
                      at: str, by: str) -> int:
    cur = conn.execute(
        "INSERT INTO number_corrections(contact_id, phone_id, old_raw, old_e164, new_raw, "
        "new_e164, note, corrected_at, corrected_by) VALUES (?,?,?,?,?,?,?,?,?)",
        (contact_id, phone_id, old_raw, old_e164, new_raw, new_e164, note, at, by))
    chain.touch(conn, "number_corrections", int(cur.lastrowid))
    return int(cur.lastrowid)


def corrections_of(conn: Connection, contact_id: int) -> list[Correction]:
    return [Correction(*r) for r in conn.execute(
        "SELECT id, contact_id, phone_id, old_raw, old_e164, new_raw, new_e164, note, "
        "corrected_at, corrected_by FROM number_corrections WHERE contact_id = ? ORDER BY id",
        (contact_id,))]


def replace_number(conn: Connection, phone_id: int, raw: str, e164: str | None,
                   number_type: str, valid: bool, flags: str, now: str) -> None:
    conn.execute("UPDATE phones SET raw = ?, e164 = ?, number_type = ?, valid = ?, flags = ? "
                 "WHERE id = ?", (raw, e164, number_type, int(valid), flags, phone_id))
    conn.execute("UPDATE contacts SET updated_at = ? WHERE id = "
                 "(SELECT contact_id FROM phones WHERE id = ?)", (now, phone_id))


# -- what a person's access request reads ------------------------------------------------


@dataclass(frozen=True)
class PhoneItem:
    device_id: int
    device_name: str
    export_id: int
    exported_at: str
    contact_uid: str
    e164: str
    shown_name: str


def export_items_for(conn: Connection, contact_uid: str, e164s: Iterable[str]
                     ) -> list[PhoneItem]:
    numbers = sorted(set(e164s))
    marks = ",".join("?" * len(numbers)) or "NULL"
    return [PhoneItem(*r) for r in conn.execute(
        "SELECT d.id, d.name, e.id, e.created_at, i.contact_uid, i.e164, i.shown_name "
        "FROM export_items i JOIN exports e ON e.id = i.export_id "
        "JOIN devices d ON d.id = e.device_id "
        f"WHERE i.contact_uid = ? OR i.e164 IN ({marks}) ORDER BY e.id, i.e164",
        (contact_uid, *numbers))]


@dataclass(frozen=True)
class RemovalRow:
    id: int
    device_id: int
    contact_uid: str
    e164: str
    export_id: int
    confirmed_at: str
    confirmed_by: str


def confirmations_for(conn: Connection, contact_uid: str, e164s: Iterable[str]
                      ) -> list[RemovalRow]:
    numbers = sorted(set(e164s))
    marks = ",".join("?" * len(numbers)) or "NULL"
    return [RemovalRow(*r) for r in conn.execute(
        "SELECT id, device_id, contact_uid, e164, export_id, confirmed_at, confirmed_by "
        f"FROM removal_confirmations WHERE contact_uid = ? OR e164 IN ({marks}) ORDER BY id",
        (contact_uid, *numbers))]


# -- covering what an erasure deleted ---------------------------------------------------------


# -- retention ----------------------------------------------------------------------------


def last_activity(conn: Connection, contact_ids: Iterable[int] | None = None
                  ) -> dict[int, str]:
    """Per contact, the latest of: its last change, an import of it, a consent event of
    its numbers or recorded for it, an export of its numbers (ISO UTC text) — the one
    definition of activity for the retention period: the erasure's review list and the
    overview both ask here. ``contact_ids`` limits the answer to those contacts (the
    overview asks about the few its own lower bound found old), each looked up through
    the indexes; without it, a few grouped scans, combined here: per-contact subqueries
    would scan the events once per contact."""
    if contact_ids is not None:
        return _last_activity_of(conn, contact_ids)
    latest = dict(conn.execute("SELECT id, updated_at FROM contacts"))

    def later(contact_id: int, at: str | None) -> None:
        if at and contact_id in latest and at > latest[contact_id]:
            latest[contact_id] = at

    for cid, at in conn.execute(
            "SELECT contact_id, max(imported_at) FROM source_records GROUP BY contact_id"):
        later(cid, at)
    for cid, at in conn.execute("SELECT contact_id, max(occurred_at) FROM consent_events "
                                "WHERE contact_id IS NOT NULL GROUP BY contact_id"):
        later(cid, at)
    by_number = dict(conn.execute(
        "SELECT e164, max(occurred_at) FROM consent_events GROUP BY e164"))
    exported = dict(conn.execute(
        "SELECT i.contact_uid, max(x.created_at) FROM export_items i "
        "JOIN exports x ON x.id = i.export_id GROUP BY i.contact_uid"))
    for cid, e164 in conn.execute("SELECT contact_id, e164 FROM phones WHERE e164 IS NOT NULL"):
        later(cid, by_number.get(e164))
    if exported:
        for cid, uid in conn.execute("SELECT id, uid FROM contacts"):
            later(cid, exported.get(uid))
    return latest


def _last_activity_of(conn: Connection, contact_ids: Iterable[int]) -> dict[int, str]:
    latest: dict[int, str] = {}
    for row in conn.execute(
            "SELECT c.id, c.updated_at, "
            "(SELECT max(imported_at) FROM source_records s WHERE s.contact_id = c.id), "
            "(SELECT max(occurred_at) FROM consent_events e WHERE e.contact_id = c.id), "
            "(SELECT max(e.occurred_at) FROM phones p JOIN consent_events e "
            " ON e.e164 = p.e164 WHERE p.contact_id = c.id), "
            "(SELECT max(x.created_at) FROM export_items i JOIN exports x "
            " ON x.id = i.export_id WHERE i.contact_uid = c.uid) "
            "FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(contact_ids))),)):
        latest[row[0]] = max(at for at in row[1:] if at)
    return latest
