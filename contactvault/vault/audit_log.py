"""The ``audit_log`` table and the chain head kept in ``meta``.

Rows are stored and read as they are; how entries are hashed is vault/chain.py's
business, and how they are checked contactvault/audit.py's. Functions take an open
connection; an entry is written inside the transaction that makes the change it
describes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import NamedTuple

from contactvault.vault.connection import Connection


class AuditRow(NamedTuple):
    """An entry as stored; ``details`` is the JSON text the hash was taken over,
    ``covers`` the JSON list of the records it covers ('' for none)."""

    seq: int
    at: str
    actor: str
    action: str
    subject: str
    details: str
    prev_hash: str
    hash: str
    covers: str = ""


_COLUMNS = "seq, at, actor, action, subject, details, prev_hash, hash, covers"


def last_link(conn: Connection) -> tuple[int, str] | None:
    """(seq, hash) of the newest entry, or None for an empty log."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def append(conn: Connection, row: AuditRow) -> None:
    """Store an entry and remember it as the chain's head."""
    conn.execute(f"INSERT INTO audit_log({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", tuple(row))
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)",
                 (f"{row.seq}:{row.hash}",))


def rows(conn: Connection, since: str | None = None) -> Iterator[AuditRow]:
    """Entries in sequence order; ``since`` (ISO UTC text) keeps those at or after it."""
    sql = f"SELECT {_COLUMNS} FROM audit_log"
    args: tuple = ()
    if since:
        sql += " WHERE at >= ?"
        args = (since,)
    for row in conn.execute(sql + " ORDER BY seq", args):
        yield AuditRow(*row)


def rows_with_action(conn: Connection, action: str) -> Iterator[AuditRow]:
    """The entries of one action, in sequence order (e.g. every ``vault.backup``)."""
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE action = ? ORDER BY seq",
                            (action,)):
        yield AuditRow(*row)


def head(conn: Connection) -> str | None:
    """The head remembered in ``meta`` ("seq:hash"), or None if none was written."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    return row[0] if row else None


def entry_hash(conn: Connection, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    return row[0] if row else None


def covering(conn: Connection, table: str) -> list[tuple[int, str, object]]:
    """(entry seq, op, value) of every reference to ``table`` in the trail's covers, in
    order: the entry that recorded a row is the first whose reference takes it in."""
    found = []
    for seq, ref in conn.execute(
        "SELECT a.seq, j.value FROM audit_log a, json_each(a.covers) j "
        "WHERE a.covers != '' AND json_extract(j.value, '$[0]') = ? ORDER BY a.seq", (table,)
    ):
        item = json.loads(ref)
        found.append((seq, item[2], item[3]))
    return found


def columns_last_used(conn: Connection, file: str) -> dict[str, str] | None:
    """The columns (column -> field) the newest import of ``file`` read that table with,
    from the import entries' details; None if no import of it kept any."""
    rows = conn.execute(
        "SELECT json_extract(details, '$.columns') FROM audit_log WHERE action = 'import' "
        "AND json_type(details, '$.columns') = 'object' "
        "AND json_type(json_extract(details, '$.columns'), '$.' || json_quote(?)) = 'object' "
        "ORDER BY seq DESC LIMIT 1", (file,))
    row = rows.fetchone()
    if row is None:
        return None
    columns = json.loads(row[0]).get(file)
    return columns if isinstance(columns, dict) else None
