"""The one hash chain over everything that proves something, as stored.

The chain is the ``audit_log`` table (vault/audit_log.py stores its rows). An entry can
*cover* records kept in their own tables: consent events, texts sent, exports and the
numbers in them, removal confirmations, procedure runs and steps, settings, the phones'
profiles. For each
covered record the entry carries a reference — table, column, operator, value — and
the SHA-256 of the rows that reference selects, taken over **every column** of each row
(see ``_row_text_sql``), so a column added to such a table later is covered without any
change here. The chain's own hash runs over those references, so a record changed,
deleted or added behind the program's back no longer matches its entry.

How a write is covered: the storage function that writes a record calls ``touch``;
the audit entry written next in the same transaction (``append``) takes every pending
reference and hashes the rows as they are at that moment. ``Vault.transaction`` refuses
to commit while a reference is pending (``unrecorded``), so a record cannot be stored
without its entry. The schema of the covered tables (their columns and triggers) is
covered too, by an entry written with every schema upgrade.

A migration step that *changes* rows of a covered table must cover them again (call
``touch`` for them and ``append`` one entry), or ``audit verify`` will report them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import NamedTuple

from contactvault.vault import audit_log
from contactvault.vault.audit_log import AuditRow
from contactvault.vault.connection import Connection, DatabaseError

GENESIS = "0" * 64
# The entry written by the program itself (schema upgrades, covering old records once).
PROGRAM_ACTOR = "contactvault"

# Every covered table and the column its entries select rows by. A new table that holds
# proof belongs here (and its storage function calls ``touch``).
COVERED: dict[str, str] = {
    "consent_events": "id",
    "messages_sent": "id",
    "exports": "id",
    "export_items": "export_id",
    "removal_confirmations": "id",
    "procedure_runs": "id",
    "procedure_steps": "id",
    "settings": "key",
    "devices": "id",
    "evidence_files": "id",  # the bytes (evidence_content) are bound by its sha256
    "erasures": "id",
    "erased_keys": "erasure_id",
    "number_corrections": "id",
}
SCHEMA = "sqlite_master"  # the reference that covers the covered tables' schema
UNHASHABLE = "unhashable: "  # what rows_digest gives when SQLite cannot make the text

# The tables the chain does not cover, and why; every table is in one of the two
# (tests/core/test_audit_chain.py checks), so a new table is a decision, not an accident.
NOT_COVERED: dict[str, str] = {
    "meta": "the chain's own head, schema bookkeeping and the templates' wording",
    "audit_log": "the chain itself",
    "erasure_permit": "empty except inside an erasure's own transaction",
    "contacts": "the address book: working data, changed every day; consent is per number",
    "phones": "the address book's numbers (working data)",
    "source_records": "the imported text of each contact (working data)",
    "evidence_content": "the bytes of evidence files, bound by the SHA-256 in their "
                        "covered evidence_files row (JSON text holds no BLOB)",
    "pending_files": "files being written right now; a row lives seconds, and what it "
                     "leads to (an export, a backup) has its own entry",
    "consent_decisions": "derived data, not evidence: the consent policy's answer for "
                         "each number, kept to be read fast and decided again from the "
                         "covered events whenever they change",
}


class Ref(NamedTuple):
    """Which rows an entry covers: ``table.column op value`` (op "=" or "<="), and the
    SHA-256 of those rows when the entry was written."""

    table: str
    column: str
    op: str
    value: object
    sha256: str = ""

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.table, self.column, self.op, json.dumps(self.value))


# -- hashing rows ---------------------------------------------------------------------


class _Column(NamedTuple):
    name: str
    default: str  # the declared default as SQL text ("NULL" without one)
    trimmable: bool  # can hold its default: has one, or may be NULL


def _columns(conn: Connection, table: str) -> list[_Column]:
    """The table's columns in declaration order (ALTER TABLE ADD COLUMN appends)."""
    return [_Column(row[1], row[4] if row[4] is not None else "NULL",
                    row[4] is not None or not row[3])
            for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _value_sql(column: _Column) -> str:
    """A column's value for the JSON text; bytes as 'hex:…' (SQLite would otherwise
    read a BLOB as its binary JSON, so x'00' would pass for NULL)."""
    name = _quote(column.name)
    return f"CASE typeof({name}) WHEN 'blob' THEN 'hex:' || hex({name}) ELSE {name} END"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_text_sql(columns: list[_Column]) -> str:
    """SQL for one row's canonical text: SQLite's JSON array of its values in column
    order, without the trailing columns that hold their declared default — so a column
    added later (always at the end, with a default) leaves older rows' texts as they
    were; the schema entry covers the columns and their defaults. SQLite makes it in
    one pass, without turning rows into Python objects."""
    names = [_quote(c.name) for c in columns]
    values = [_value_sql(c) for c in columns]
    keep = len(columns)
    while keep and columns[keep - 1].trimmable:
        keep -= 1
    if keep == len(columns):
        return f"json_array({', '.join(values)})"
    branches = []
    for cut in range(keep, len(columns)):  # the shortest text first
        same = " AND ".join(
            f"typeof({names[i]}) = typeof({columns[i].default}) AND "
            f"{names[i]} IS ({columns[i].default}) COLLATE BINARY"
            for i in range(cut, len(columns)))
        branches.append(f"WHEN {same} THEN json_array({', '.join(values[:cut])})")
    return f"CASE {' '.join(branches)} ELSE json_array({', '.join(values)}) END"


def rows_digest(conn: Connection, ref: Ref) -> str:
    """One SHA-256 over the rows ``ref`` selects: the table's name, then each row's
    canonical text, sorted (so the hash does not depend on where rows sit in the file)."""
    if ref.table not in COVERED or ref.op not in ("=", "<="):
        raise ValueError(f"not a covered reference: {ref[:4]}")
    columns = _columns(conn, ref.table)
    if ref.column not in {c.name for c in columns}:
        raise ValueError(f"not a covered reference: {ref[:4]}")
    digest = hashlib.sha256(json.dumps(ref.table).encode("utf-8"))
    try:
        for (text,) in conn.execute(
                f"SELECT {_row_text_sql(columns)} AS row_text FROM {_quote(ref.table)} "
                f"WHERE {_quote(ref.column)} {ref.op} ? ORDER BY row_text", (ref.value,)):
            digest.update(b"\n" + text.encode("utf-8"))
    except DatabaseError as exc:
        if "blob" not in str(exc).lower():
            raise
        # a BLOB where the program never writes one: it cannot match any entry
        return UNHASHABLE + str(exc)
    return digest.hexdigest()


def schema_digest(conn: Connection) -> str:
    """SHA-256 of the covered tables' definitions and triggers, as SQLite keeps them."""
    names = sorted(COVERED)
    marks = ",".join("?" * len(names))
    rows = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) "
        "AND type IN ('table', 'trigger') ORDER BY type, name", names).fetchall()
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest_of(conn: Connection, ref: Ref) -> str:
    """The SHA-256 of what ``ref`` selects now (of the schema for the schema reference)."""
    if ref.table == SCHEMA:
        return schema_digest(conn)
    return rows_digest(conn, ref)


# -- covering writes ------------------------------------------------------------------

# References touched in the open transaction, per connection (one writer at a time per
# connection; ``Vault.transaction`` clears them when it begins and ends).
_pending: dict[int, dict[tuple, Ref]] = {}


def touch(conn: Connection, table: str, value: object, *, op: str = "=") -> None:
    """Note that rows of a covered table were written (selected by the table's column
    ``op`` ``value``); the next ``append`` in this transaction covers them."""
    ref = Ref(table, COVERED[table], op, value)
    _pending.setdefault(id(conn), {})[ref.key] = ref


def touch_schema(conn: Connection) -> None:
    ref = Ref(SCHEMA, "", "", "")
    _pending.setdefault(id(conn), {})[ref.key] = ref


def covered_ranges(conn: Connection) -> dict[str, set]:
    """Per covered table, the upper bounds of the ranges (``column <= value``) entries of
    the audit trail cover: one pass over the trail, for any number of erasures in one
    transaction (their own entries only cover these ranges again)."""
    found: dict[str, set] = {}
    for (covers,) in conn.execute(
            "SELECT covers FROM audit_log WHERE covers LIKE '%\"<=\",%' ORDER BY seq"):
        for ref in parse_covers(covers):
            if ref.op == "<=" and COVERED.get(ref.table) == ref.column:
                found.setdefault(ref.table, set()).add(ref.value)
    return found


def touch_erased(conn: Connection, table: str, values: Iterable,
                 ranges: dict[str, set] | None = None) -> None:
    """Note that the rows ``table.column = value`` for ``values`` were deleted (an
    erasure under Art. 17, holding the erasure permit): the next ``append`` records
    every reference that selected them — their own, and a range that covered one of them
    when covering began — with what it selects now, so the erasure is an entry of the
    chain and ``audit verify`` holds. Deleting without this leaves the old hashes, which
    no longer match. ``ranges``: ``covered_ranges``, read once for many erasures in one
    transaction. Tables the vault does not cover (evidence files of an old vault) are
    left alone."""
    if table not in COVERED:
        return
    present = sorted(v for v in values if v is not None)
    if not present:
        return
    for value in present:
        touch(conn, table, value)
    bounds = (ranges if ranges is not None else covered_ranges(conn)).get(table, ())
    for bound in bounds:
        if present[0] <= bound:
            touch(conn, table, bound, op="<=")


def unrecorded(conn: Connection) -> list[tuple[str, object]]:
    """(table, value) of the writes no entry has covered yet in this transaction."""
    return [(r.table, r.value) for r in _pending.get(id(conn), {}).values()]


def forget_pending(conn: Connection) -> None:
    _pending.pop(id(conn), None)


def entry_digest(seq: int, at: str, actor: str, action: str, subject: str, details: str,
                 prev_hash: str, covers: str = "") -> str:
    """The hash of one entry; entries that cover no records (and every entry written
    before records were covered) are hashed without the ``covers`` field."""
    fields: list = [seq, at, actor, action, subject, details, prev_hash]
    if covers:
        fields.append(covers)
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def covers_text(refs: list[Ref]) -> str:
    if not refs:
        return ""
    return json.dumps([list(r) for r in refs], ensure_ascii=False, separators=(",", ":"))


def parse_covers(text: str) -> list[Ref]:
    """The references stored with an entry; raises ValueError when unreadable."""
    if not text:
        return []
    refs = [Ref(*item) for item in json.loads(text)]
    if not all(isinstance(r.sha256, str) and isinstance(r.table, str) for r in refs):
        raise ValueError("malformed reference")
    return refs


def append(conn: Connection, action: str, *, actor: str, at: str, subject: str = "",
           details: dict | None = None) -> AuditRow:
    """Append one entry covering every reference touched in this transaction (hashed
    now). Call inside the transaction that makes the change."""
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":"))
    pending = _pending.pop(id(conn), {})
    refs = [r._replace(sha256=digest_of(conn, r)) for r in pending.values()]
    for ref in refs:
        if ref.sha256.startswith(UNHASHABLE):
            raise ValueError(f"cannot cover {ref.table} {ref.value}: {ref.sha256}")
    covers = covers_text(refs)
    last = audit_log.last_link(conn)
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    digest = entry_digest(seq, at, actor, action, subject, details_text, prev, covers)
    row = AuditRow(seq, at, actor, action, subject, details_text, prev, digest, covers)
    audit_log.append(conn, row)
    return row


# In an upgrade's entry: the schema had changed after this entry before the upgrade.
SCHEMA_CHANGED_BEFORE = "schema_changed_after_entry"


def schema_drift(conn: Connection) -> int | None:
    """The entry that last recorded the schema, if the schema no longer matches it (a
    table or a protective trigger changed behind the program's back); else None, also
    when no entry records it yet (a vault from before the chain covered the schema). An
    upgrade records the schema it leaves, so it asks this first and writes the answer
    into its own entry: the upgrade cannot bless a change it found."""
    if "covers" not in {row[1] for row in conn.execute("PRAGMA table_info(audit_log)")}:
        return None  # a vault from before the chain covered anything
    for seq, covers in conn.execute(
            "SELECT seq, covers FROM audit_log WHERE covers LIKE ? ORDER BY seq DESC",
            (f'%["{SCHEMA}",%',)):
        for ref in parse_covers(covers):
            if ref.table == SCHEMA:
                return None if schema_digest(conn) == ref.sha256 else seq
    return None


def program_entry(conn: Connection, action: str, details: dict) -> AuditRow:
    """An entry by the program itself (schema upgrades), timed by the system clock."""
    return append(conn, action, actor=PROGRAM_ACTOR,
                  at=datetime.now(UTC).replace(microsecond=0).isoformat(), details=details)


def cover_existing(conn: Connection, tables: Iterable[str] | None = None) -> None:
    """Cover every record already stored in ``tables`` (default: all covered tables),
    once, in one entry (``chain.existing``): each table with an ``id`` by the range of
    ids present, export items by export, settings by key. Used by the migration steps
    that introduced covering (and that added a table to it)."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts = {}
    for table, column in COVERED.items():
        if table not in present or (tables is not None and table not in tables):
            continue
        if column == "key":
            keys = [k for (k,) in conn.execute(f'SELECT "{column}" FROM "{table}"')]
            for key in keys:
                touch(conn, table, key)
            if keys:
                counts[table] = len(keys)
            continue
        top, count = conn.execute(
            f'SELECT max("{column}"), count(*) FROM "{table}"').fetchone()
        if count:
            touch(conn, table, top, op="<=")
            counts[table] = count
    if counts:
        program_entry(conn, "chain.existing", {"records": counts})
    else:
        forget_pending(conn)


# -- reading for verification ---------------------------------------------------------


def uncovered(conn: Connection, table: str, equal: set, upto: object | None
              ) -> Iterator[object]:
    """Values of the table's covering column that no reference selects."""
    column = COVERED[table]
    for (value,) in conn.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
        if value in equal:
            continue
        if upto is not None and value is not None and value <= upto:
            continue
        yield value


def covered_tables(conn: Connection) -> list[str]:
    """The covered tables this vault has."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [t for t in COVERED if t in present]
