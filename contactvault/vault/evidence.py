"""The ``evidence_files`` table: files attached to a consent event as evidence (a
screenshot of the chat, a scanned consent form).

The bytes live inside the vault, so SQLCipher encrypts them like everything else; no
copy is ever written elsewhere unless a person asks for one. What a file is (event,
name, size, SHA-256, who added it, when) is a row of ``evidence_files``, covered by the
audit chain; the bytes are in ``evidence_content``, bound to that row by the SHA-256
(``mismatched`` finds bytes that no longer match). Rows are append-only (the
schema's triggers refuse UPDATE, and DELETE unless an erasure holds its permit).
Functions take an open connection; services own the transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from contactvault.vault import chain
from contactvault.vault.connection import Connection

_COLUMNS = "f.id, f.event_id, f.file_name, f.size, f.sha256, f.added_by, f.added_at"


@dataclass(frozen=True)
class EvidenceFile:
    """What is known about an attached file without reading its bytes."""

    id: int
    event_id: int
    file_name: str
    size: int  # bytes
    sha256: str  # hex digest of the bytes as stored
    added_by: str
    added_at: str  # ISO UTC


def add(conn: Connection, event_id: int, file_name: str, content: bytes, added_by: str,
        added_at: str) -> EvidenceFile:
    """Attach ``content`` to an event; size and SHA-256 are computed from the bytes
    stored, so they always describe them."""
    digest = hashlib.sha256(content).hexdigest()
    cur = conn.execute(
        "INSERT INTO evidence_files(event_id, file_name, size, sha256, added_by, added_at) "
        "VALUES (?,?,?,?,?,?)", (event_id, file_name, len(content), digest, added_by, added_at))
    file_id = int(cur.lastrowid)
    conn.execute("INSERT INTO evidence_content(file_id, content) VALUES (?,?)",
                 (file_id, content))
    chain.touch(conn, "evidence_files", file_id)  # the bytes are bound by their SHA-256
    return EvidenceFile(file_id, event_id, file_name, len(content), digest, added_by,
                        added_at)


def for_events(conn: Connection, event_ids: Iterable[int]) -> dict[int, list[EvidenceFile]]:
    """The files of each event (events without files are absent), in the order added."""
    ids = sorted(set(event_ids))
    found: dict[int, list[EvidenceFile]] = {}
    for start in range(0, len(ids), 500):  # stay below SQLite's variable limit
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM evidence_files f WHERE f.event_id IN ({marks}) "
            "ORDER BY f.event_id, f.id", chunk,
        ):
            found.setdefault(row[1], []).append(EvidenceFile(*row))
    return found


def for_number(conn: Connection, e164: str) -> list[EvidenceFile]:
    """Every file attached to an event of this number, oldest event first."""
    return [EvidenceFile(*row) for row in conn.execute(
        f"SELECT {_COLUMNS} FROM evidence_files f JOIN consent_events e ON e.id = f.event_id "
        "WHERE e.e164 = ? ORDER BY e.occurred_at, e.recorded_at, e.id, f.id", (e164,))]


def by_id(conn: Connection, file_id: int) -> EvidenceFile | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM evidence_files f WHERE f.id = ?",
                       (file_id,)).fetchone()
    return EvidenceFile(*row) if row else None


def content(conn: Connection, file_id: int) -> bytes | None:
    row = conn.execute("SELECT content FROM evidence_content WHERE file_id = ?",
                       (file_id,)).fetchone()
    return bytes(row[0]) if row else None


def mismatched(conn: Connection) -> list[int]:
    """Ids of files whose stored bytes are missing or no longer match their SHA-256."""
    bad = []
    for file_id, expected, content in conn.execute(
            "SELECT f.id, f.sha256, c.content FROM evidence_files f "
            "LEFT JOIN evidence_content c ON c.file_id = f.id ORDER BY f.id"):
        if content is None or hashlib.sha256(bytes(content)).hexdigest() != expected:
            bad.append(file_id)
    return bad


def events_with_file_names(conn: Connection, names: Iterable[str]) -> dict[str, int]:
    """The event each of these file names is attached to (names not found are absent):
    a service that names its evidence files uniquely can tell what it recorded before."""
    wanted = sorted(set(names))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for name, event_id in conn.execute(
                f"SELECT file_name, MIN(event_id) FROM evidence_files "
                f"WHERE file_name IN ({marks}) GROUP BY file_name", chunk):
            found[name] = event_id
    return found
