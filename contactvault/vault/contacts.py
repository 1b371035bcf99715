"""The contact tables: ``contacts``, their ``phones`` and ``source_records``.

Functions take an open connection; the caller (a service) owns the transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import NamedTuple

from contactvault.model import (
    Address,
    Category,
    Contact,
    LabeledValue,
    ParsedContact,
    PhoneNumber,
    SourceRecord,
    StructuredName,
)
from contactvault.vault.connection import Connection

_WORD = re.compile(r"\w+")

_CONTACT_COLUMNS = (
    "id, uid, formatted_name, n_family, n_given, n_additional, n_prefix, n_suffix, "
    "organisation, title, category, language, emails_json, addresses_json, notes_json, "
    "created_at, updated_at"
)


def name_key(formatted_name: str, name: StructuredName) -> str:
    """Order-free, case-free key for "the same name": 'Müller, Hans' == 'hans müller'."""
    text = formatted_name or name.formatted()
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return " ".join(sorted(words))


def content_hash(original_text: str) -> str:
    """Identity of a source record: its text with line endings and edge blanks evened out."""
    lines = original_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    canonical = "\n".join(map(str.rstrip, lines)).strip()
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


# -- writing ------------------------------------------------------------------------

_INSERT_PHONES = ("INSERT INTO phones(contact_id, position, raw, e164, number_type, label, "
                  "valid, flags) VALUES (?,?,?,?,?,?,?,?)")
_INSERT_CONTACTS = (
    "INSERT INTO contacts(id, uid, formatted_name, n_family, n_given, n_additional, "
    "n_prefix, n_suffix, organisation, title, category, emails_json, addresses_json, "
    f"notes_json, name_key, created_at, updated_at) VALUES ({','.join('?' * 17)})")
_INSERT_SOURCES = ("INSERT INTO source_records(contact_id, file, line, format, imported_at, "
                   "original_text, content_hash) VALUES (?,?,?,?,?,?,?)")
_SOURCE_KNOWN = "SELECT contact_id FROM source_records WHERE content_hash = ?"
_UID_TAKEN = "SELECT 1 FROM contacts WHERE uid = ?"
_MERGE_HELD = "SELECT emails_json, addresses_json, notes_json FROM contacts WHERE id = ?"
_MERGE_NUMBERS = "SELECT e164, raw FROM phones WHERE contact_id = ?"
_MERGE_UPDATE = (
    "UPDATE contacts SET organisation = CASE WHEN organisation = '' THEN ? ELSE organisation"
    " END, title = CASE WHEN title = '' THEN ? ELSE title END, emails_json = ?, "
    "addresses_json = ?, notes_json = ?, updated_at = ? WHERE id = ?")


def _merge_target_sql(numbers: int) -> str:
    # Numbers are selective, names are not (a book may hold 300 "Müller"s): CROSS JOIN
    # makes SQLite start from the number index. Without it an import of 100 000
    # contacts with common names slowed down quadratically.
    return (f"SELECT c.id FROM phones p CROSS JOIN contacts c ON c.id = p.contact_id "
            f"WHERE p.e164 IN ({','.join('?' * numbers)}) AND c.name_key = ? "
            f"ORDER BY c.id LIMIT 1")


def insert_contact(conn: Connection, record: ParsedContact, phones: list[PhoneNumber],
                   now: str, *, category: Category = Category.UNKNOWN) -> int:
    uid = record.uid.strip()
    if not uid:
        uid = str(uuid.uuid4())  # random: no need to look it up (most imported records)
    elif conn.execute(_UID_TAKEN, (uid,)).fetchone():
        uid = str(uuid.uuid4())  # two different cards claim one UID: keep both apart
    name = record.name
    cur = conn.execute(
        "INSERT INTO contacts(uid, formatted_name, n_family, n_given, n_additional, n_prefix, "
        "n_suffix, organisation, title, category, emails_json, addresses_json, notes_json, "
        "name_key, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            uid, record.formatted_name, name.family, name.given, name.additional, name.prefix,
            name.suffix, record.organisation, record.title, category.value,
            _dump_flat(record.emails), _dump_flat(record.addresses),
            _dump(record.notes) if record.notes else "[]",
            name_key(record.formatted_name, name), now, now,
        ),
    )
    contact_id = int(cur.lastrowid)
    add_phones(conn, contact_id, phones, start=0)
    return contact_id


def add_phones(conn: Connection, contact_id: int, phones: Iterable[PhoneNumber],
               start: int) -> None:
    conn.executemany(
        _INSERT_PHONES,
        [
            (contact_id, start + i, p.raw, p.e164, p.number_type, p.label, int(p.valid),
             " ".join(p.flags))
            for i, p in enumerate(phones)
        ],
    )


def add_source(conn: Connection, contact_id: int, record: ParsedContact, imported_at: str,
               digest: str) -> None:
    conn.execute(
        "INSERT INTO source_records(contact_id, file, line, format, imported_at, original_text,"
        " content_hash) VALUES (?,?,?,?,?,?,?)",
        (contact_id, record.source_file, record.source_line, record.source_format, imported_at,
         record.original_text, digest),
    )


def source_known(conn: Connection, digest: str) -> int | None:
    row = conn.execute(_SOURCE_KNOWN, (digest,)).fetchone()
    return row[0] if row else None


def find_merge_target(conn: Connection, key: str, e164s: Iterable[str]) -> int | None:
    """An existing contact with the same name key that shares a normalised number."""
    numbers = [n for n in set(e164s) if n]
    if not key or not numbers:
        return None
    row = conn.execute(_merge_target_sql(len(numbers)), (*numbers, key)).fetchone()
    return row[0] if row else None


def merge_into(conn: Connection, contact_id: int, record: ParsedContact,
               phones: list[PhoneNumber], now: str) -> int:
    """Add what the record has and the contact lacks; returns how many numbers were new."""
    return _merge(conn, contact_id, record.organisation, record.title, record.emails,
                  record.addresses, record.notes, phones, now)


def _merge(conn: Connection, contact_id: int, organisation: str, title: str,
           record_emails: list[LabeledValue], record_addresses: list[Address],
           record_notes: list[str], phones: list[PhoneNumber], now: str) -> int:
    # Only what a merge compares (an import merging 900 records spent a third of the
    # merge time building whole Contact objects).
    row = conn.execute(_MERGE_HELD, (contact_id,)).fetchone()
    if row is None:
        raise KeyError(contact_id)
    held = conn.execute(_MERGE_NUMBERS, (contact_id,)).fetchall()
    known_numbers = {(e164 or raw) for e164, raw in held}
    new_phones = [p for p in phones if (p.e164 or p.raw) not in known_numbers]
    add_phones(conn, contact_id, new_phones, start=len(held))
    held_emails = [LabeledValue(**e) for e in json.loads(row[0])]
    held_addresses = [Address(**a) for a in json.loads(row[1])]
    held_notes = list(json.loads(row[2]))
    held_keys = {x.value.casefold() for x in held_emails}  # once, not once per new e-mail
    emails = held_emails + [e for e in record_emails if e.value.casefold() not in held_keys]
    addresses = held_addresses + [a for a in record_addresses if a not in held_addresses]
    notes = held_notes + [n for n in record_notes if n not in held_notes]
    conn.execute(
        _MERGE_UPDATE,
        (organisation, title, _dump([asdict(e) for e in emails]),
         _dump([asdict(a) for a in addresses]), _dump(notes), now, contact_id),
    )
    return len(new_phones)


class RecordRow(NamedTuple):
    """A read record as an import stores it: plain values, so that handing 100 000 of
    them from the reading process to the writing one costs little (pickled dataclasses
    cost more to rebuild than reading them had), with its content hash and name key."""

    file: str
    line: int
    format: str
    original_text: str
    formatted_name: str
    family: str
    given: str
    additional: str
    prefix: str
    suffix: str
    organisation: str
    title: str
    emails_json: str
    addresses_json: str
    notes_json: str
    uid: str
    digest: str  # content_hash(original_text)
    name_key: str


def record_row(record: ParsedContact) -> RecordRow:
    name = record.name
    return RecordRow(
        record.source_file, record.source_line, record.source_format, record.original_text,
        record.formatted_name, name.family, name.given, name.additional, name.prefix,
        name.suffix, record.organisation, record.title, _dump_flat(record.emails),
        _dump_flat(record.addresses), _dump(record.notes) if record.notes else "[]",
        record.uid, content_hash(record.original_text), name_key(record.formatted_name, name))


# The hex digit that carries a UUID's variant (RFC 4122: binary 10xx), by random digit.
_VARIANT_DIGIT = {f"{i:x}": "89ab"[i & 3] for i in range(16)}


def _random_uid() -> str:
    """``str(uuid.uuid4())``: the same 122 random bits, version and variant, without
    building a UUID object (1.5 us instead of 3.7; an import makes one per contact)."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT_DIGIT[h[16]]}{h[17:20]}-{h[20:]}"


class ImportWriter:
    """Stores an import's records in batches, with what the per-record functions above
    would store: the same ids, rows and order (an import of 10 000 contacts spent most
    of its storing time on one SELECT and three INSERTs after the other per record).

    Which content hashes, UIDs and (name key, number) pairs the vault already holds is
    read once, into sets of Python hashes; a record that hits one of them is decided by
    the exact query (``source_known``, ``find_merge_target``, the UID check) after the
    rows still waiting are written, so a hash collision costs one query, never a wrong
    answer. The sets hold integers only (100 000 contacts: a few MB)."""

    BATCH = 1000

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._hashes = {hash(h) for (h,) in conn.execute("SELECT content_hash FROM source_records")}
        self._uids = {hash(u) for (u,) in conn.execute("SELECT uid FROM contacts")}
        self._pairs = {hash(pair) for pair in conn.execute(
            "SELECT c.name_key, p.e164 FROM phones p JOIN contacts c ON c.id = p.contact_id "
            "WHERE p.e164 IS NOT NULL AND c.name_key != ''")}
        self._next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM contacts")
                            .fetchone()[0]) + 1
        self._contacts: list[tuple] = []
        self._phones: list[tuple] = []
        self._sources: list[tuple] = []

    def source_known(self, digest: str) -> bool:
        """Whether a source record with this content hash is stored (or waiting)."""
        if hash(digest) not in self._hashes:
            return False
        self.flush()
        return source_known(self.conn, digest) is not None

    def merge_target(self, key: str, e164s: list[str]) -> int | None:
        """``find_merge_target`` for the stored contacts and those waiting."""
        if not key or not any(hash((key, n)) in self._pairs for n in e164s if n):
            return None
        self.flush()
        return find_merge_target(self.conn, key, e164s)

    def insert(self, row: RecordRow, phones: list[PhoneNumber], now: str, *,
               category: Category = Category.UNKNOWN) -> int:
        """``insert_contact`` and ``add_source``, the rows kept for the next batch."""
        uid = row.uid.strip()
        if not uid:
            # Random: no record of this import can carry it, so it is not remembered.
            uid = _random_uid()
        elif hash(uid) in self._uids:
            self.flush()
            if self.conn.execute(_UID_TAKEN, (uid,)).fetchone():
                uid = str(uuid.uuid4())
        else:
            self._uids.add(hash(uid))
        contact_id = self._next_id
        self._next_id += 1
        key = row.name_key
        self._contacts.append((
            contact_id, uid, row.formatted_name, row.family, row.given, row.additional,
            row.prefix, row.suffix, row.organisation, row.title, category.value,
            row.emails_json, row.addresses_json, row.notes_json, key, now, now))
        self._phones += [(contact_id, i, p.raw, p.e164, p.number_type, p.label, int(p.valid),
                          " ".join(p.flags)) for i, p in enumerate(phones)]
        if key:
            self._pairs.update(hash((key, p.e164)) for p in phones if p.e164)
        self._add_source(contact_id, row, now)
        if len(self._contacts) >= self.BATCH:
            self.flush()
        return contact_id

    def merge(self, contact_id: int, row: RecordRow, phones: list[PhoneNumber],
              now: str) -> None:
        """``merge_into`` and ``add_source`` (the contact's name key is the row's)."""
        self.flush()
        _merge(self.conn, contact_id, row.organisation, row.title,
               [LabeledValue(**e) for e in json.loads(row.emails_json)],
               [Address(**a) for a in json.loads(row.addresses_json)],
               json.loads(row.notes_json), phones, now)
        if row.name_key:
            self._pairs.update(hash((row.name_key, p.e164)) for p in phones if p.e164)
        self._add_source(contact_id, row, now)

    def _add_source(self, contact_id: int, row: RecordRow, now: str) -> None:
        self._hashes.add(hash(row.digest))
        self._sources.append((contact_id, row.file, row.line, row.format, now,
                              row.original_text, row.digest))

    def flush(self) -> None:
        """Write the rows waiting (contacts before their numbers and sources)."""
        if self._contacts:
            self.conn.executemany(_INSERT_CONTACTS, self._contacts)
            self._contacts = []
        if self._phones:
            self.conn.executemany(_INSERT_PHONES, self._phones)
            self._phones = []
        if self._sources:
            self.conn.executemany(_INSERT_SOURCES, self._sources)
            self._sources = []


def update_fields(conn: Connection, contact_id: int, now: str, **fields: object) -> None:
    allowed = {
        "formatted_name", "n_family", "n_given", "n_additional", "n_prefix", "n_suffix",
        "organisation", "title", "language", "category",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if not fields:
        return
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(
        f"UPDATE contacts SET {assignments}, updated_at = ? WHERE id = ?",
        (*fields.values(), now, contact_id),
    )
    row = conn.execute(
        "SELECT formatted_name, n_family, n_given, n_additional, n_prefix, n_suffix "
        "FROM contacts WHERE id = ?", (contact_id,),
    ).fetchone()
    key = name_key(row[0], StructuredName(row[1], row[2], row[3], row[4], row[5]))
    conn.execute("UPDATE contacts SET name_key = ? WHERE id = ?", (key, contact_id))


def set_category(conn: Connection, contact_ids: Iterable[int], category: Category,
                 now: str) -> int:
    ids = list(contact_ids)
    conn.executemany(
        "UPDATE contacts SET category = ?, updated_at = ? WHERE id = ?",
        [(category.value, now, i) for i in ids],
    )
    return len(ids)


# -- reading ------------------------------------------------------------------------


def contact_exists(conn: Connection, contact_id: int) -> bool:
    return conn.execute("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)).fetchone() is not None


def get_contact(conn: Connection, contact_id: int, *, with_sources: bool = True) -> Contact:
    row = conn.execute(
        f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)
    ).fetchone()
    if row is None:
        raise KeyError(contact_id)
    contact = _contact_from_row(row)
    contact.phones = list(_phones_of(conn, contact_id))
    if with_sources:
        contact.sources = [
            SourceRecord(file=r[0], line=r[1], format=r[2], imported_at=r[3],
                         original_text=r[4])
            for r in conn.execute(
                "SELECT file, line, format, imported_at, original_text FROM source_records "
                "WHERE contact_id = ? ORDER BY id", (contact_id,),
            )
        ]
    return contact


def iter_contacts(conn: Connection) -> Iterator[Contact]:
    """Every contact with its numbers (no source records), in id order."""
    phones: dict[int, list[PhoneNumber]] = {}
    for row in conn.execute(
        "SELECT contact_id, id, raw, e164, number_type, label, valid, flags FROM phones "
        "ORDER BY contact_id, position"
    ):
        phones.setdefault(row[0], []).append(_phone_from_row(row[1:]))
    for row in conn.execute(f"SELECT {_CONTACT_COLUMNS} FROM contacts ORDER BY id"):
        contact = _contact_from_row(row)
        contact.phones = phones.get(contact.id, [])
        yield contact


def count_contacts(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])


def category_counts(conn: Connection) -> dict[str, int]:
    """Contacts per category value (categories without contacts are left out)."""
    return dict(conn.execute("SELECT category, count(*) FROM contacts GROUP BY category"))


def contact_language(conn: Connection, contact_id: int) -> str | None:
    row = conn.execute("SELECT language FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    return row[0] if row else None


class ContactHead(NamedTuple):
    """What a card needs of a contact: no e-mail, address or notes are even read.
    (A tuple: an export builds one per contact, and frozen dataclasses are slow to make.)"""

    id: int
    uid: str
    formatted_name: str
    name: StructuredName
    organisation: str
    category: str


# The category as the consent policy sees it: a contact whose processing is restricted
# (GDPR Art. 18) is "restricted" (policy.RESTRICTED) until the restriction is lifted.
_POLICY_CATEGORY = "CASE WHEN c.restricted_since = '' THEN c.category ELSE 'restricted' END"


def contact_heads(conn: Connection) -> dict[int, ContactHead]:
    """``category`` is the one the policy sees (``restricted`` for a restricted contact)."""
    return {
        r[0]: ContactHead(r[0], r[1], r[2], StructuredName(r[3], r[4], r[5], r[6], r[7]), r[8],
                          r[9])
        for r in conn.execute(
            "SELECT id, uid, formatted_name, n_family, n_given, n_additional, n_prefix, "
            f"n_suffix, organisation, {_POLICY_CATEGORY} FROM contacts c")
    }


# -- numbers, shaped for the consent policy -------------------------------------------


class NumberRow(NamedTuple):  # a tuple: 100 000 of these are built to fill the table
    contact_id: int
    category: str
    number: PhoneNumber


def numbers_with_category(conn: Connection, contact_id: int | None = None, *,
                          e164: str | None = None, sharing: bool = False
                          ) -> Iterator[NumberRow]:
    """Every stored number (of one contact, or with one E.164) with its contact's
    category as the policy sees it (``restricted`` for a restricted contact), by
    contact id and position. ``sharing`` (with ``contact_id``): also the other
    contacts' rows of the contact's numbers, in the same query."""
    sql = (f"SELECT p.contact_id, {_POLICY_CATEGORY}, p.id, p.raw, p.e164, p.number_type, p.label, "
           "p.valid, p.flags FROM phones p JOIN contacts c ON c.id = p.contact_id")
    args: tuple = ()
    if contact_id is not None and sharing:
        sql += (" WHERE p.contact_id = ?1 OR p.e164 IN "
                "(SELECT e164 FROM phones WHERE contact_id = ?1 AND e164 IS NOT NULL)")
        args = (contact_id,)
    elif contact_id is not None:
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
    """(E.164 or None, contact id) of one stored number, by its id."""
    row = conn.execute("SELECT e164, contact_id FROM phones WHERE id = ?", (phone_id,)).fetchone()
    return (row[0], row[1]) if row else None


def _phones_of(conn: Connection, contact_id: int) -> Iterator[PhoneNumber]:
    for row in conn.execute(
        "SELECT id, raw, e164, number_type, label, valid, flags FROM phones "
        "WHERE contact_id = ? ORDER BY position", (contact_id,),
    ):
        yield _phone_from_row(row)


def _phone_from_row(row) -> PhoneNumber:
    return PhoneNumber(
        id=row[0], raw=row[1], e164=row[2], number_type=row[3], label=row[4],
        valid=bool(row[5]), flags=tuple(row[6].split()) if row[6] else (),
    )


def _contact_from_row(row) -> Contact:
    return Contact(
        id=row[0], uid=row[1], formatted_name=row[2],
        name=StructuredName(row[3], row[4], row[5], row[6], row[7]),
        organisation=row[8], title=row[9], category=Category(row[10]), language=row[11],
        emails=[LabeledValue(**e) for e in json.loads(row[12])],
        addresses=[Address(**a) for a in json.loads(row[13])],
        notes=list(json.loads(row[14])), created_at=row[15], updated_at=row[16],
    )


# One encoder: json.dumps with options builds a new one for every call (an import
# writes two or three JSON values per contact).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dump(value: object) -> str:
    return _encode(value)


def _dump_flat(items: list) -> str:
    """A list of flat dataclasses (only str fields) as _dump([asdict(i) ...]) writes it,
    without asdict's deep copy (an import writes this for every contact)."""
    return _dump([dict(vars(item)) for item in items]) if items else "[]"


def names_of(conn: Connection, contact_ids: Iterable[int]) -> dict[int, str]:
    """The formatted names of these contacts (those that exist), by id. For many ids
    (the overview's lists can name most contacts) one pass over the table is cheaper
    than looking each up."""
    wanted = set(contact_ids)
    if len(wanted) > _NAMES_LOOKED_UP:
        return {cid: name for cid, name in conn.execute(
            "SELECT id, formatted_name FROM contacts") if cid in wanted}
    ids = sorted(wanted)
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):  # stay below SQLite's variable limit
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(conn.execute(
            f"SELECT id, formatted_name FROM contacts WHERE id IN ({marks})", chunk))
    return found


_NAMES_LOOKED_UP = 2000  # more ids than this: read every name once


def contact_id_by_uid(conn: Connection, uid: str) -> int | None:
    row = conn.execute("SELECT id FROM contacts WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def contact_ids_by_name(conn: Connection, text: str) -> list[int]:
    """Contacts whose name is ``text`` (order and case free, see ``name_key``); else
    those whose name holds every word of it."""
    key = name_key(text, StructuredName())
    if not key:
        return []
    exact = [r[0] for r in conn.execute(
        "SELECT id FROM contacts WHERE name_key = ? ORDER BY id", (key,))]
    if exact:
        return exact
    words = key.split()
    return [cid for cid, stored in conn.execute("SELECT id, name_key FROM contacts ORDER BY id")
            if all(w in stored.split() for w in words)]


def contact_ids_named_exactly(conn: Connection, formatted_name: str) -> list[int]:
    """Contacts whose formatted name is exactly ``formatted_name`` (case and spacing
    included): a chat partner is matched to a contact only this strictly."""
    key = name_key(formatted_name, StructuredName())
    if not key:
        return []
    return [r[0] for r in conn.execute(
        "SELECT id FROM contacts WHERE name_key = ? AND formatted_name = ? ORDER BY id",
        (key, formatted_name))]
