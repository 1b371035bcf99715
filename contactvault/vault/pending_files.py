"""``pending_files``: files on their way out of the vault (exports, backups, documents)
and ``meta.vault_id``, the vault's identity.

Functions take an open connection; services own the transaction (services/outgoing.py
says what the rows mean).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from contactvault.vault.connection import Connection


@dataclass(frozen=True)
class PendingFile:
    id: int
    kind: str  # "export", "backup", "document"
    temp_path: str
    final_path: str
    owner: str  # "pid:start time" of the process writing it
    written: bool  # the temporary file is complete (an export: and recorded)
    export_id: int | None
    audit_action: str
    audit_subject: str
    audit_details: dict
    actor: str
    started_at: str


_COLUMNS = ("id, kind, temp_path, final_path, owner, written, export_id, audit_action, "
            "audit_subject, audit_details, actor, started_at")


def insert(conn: Connection, kind: str, temp_path: str, final_path: str, owner: str,
           audit_action: str, audit_subject: str, audit_details: dict, actor: str,
           started_at: str) -> int:
    cur = conn.execute(
        "INSERT INTO pending_files(kind, temp_path, final_path, owner, audit_action, "
        "audit_subject, audit_details, actor, started_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (kind, temp_path, final_path, owner, audit_action, audit_subject,
         json.dumps(audit_details, sort_keys=True), actor, started_at))
    return int(cur.lastrowid)


def mark_written(conn: Connection, pending_id: int, export_id: int | None,
                 audit_subject: str | None, audit_details: dict | None) -> None:
    """The temporary file is complete; an export's record is linked to it."""
    conn.execute(
        "UPDATE pending_files SET written = 1, export_id = coalesce(?, export_id), "
        "audit_subject = coalesce(?, audit_subject), "
        "audit_details = coalesce(?, audit_details) WHERE id = ?",
        (export_id, audit_subject,
         None if audit_details is None else json.dumps(audit_details, sort_keys=True),
         pending_id))


def delete(conn: Connection, pending_id: int) -> None:
    conn.execute("DELETE FROM pending_files WHERE id = ?", (pending_id,))


def all_pending(conn: Connection) -> list[PendingFile]:
    return [PendingFile(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8],
                        json.loads(r[9]), r[10], r[11])
            for r in conn.execute(f"SELECT {_COLUMNS} FROM pending_files ORDER BY id")]


def vault_id(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    return row[0] if row else None
