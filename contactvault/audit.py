"""The tamper-evident audit trail inside the vault.

Each entry stores the hash of the entry before it and its own hash over its content,
so editing, deleting or reordering rows breaks the chain at a place ``verify`` can
name. The newest sequence number and hash are also kept in ``meta`` so that cutting
entries off the end shows too. Entries say what changed with as little personal data
as possible: ids and counts, not names or numbers. The rows are stored and read by
vault/audit_log.py; this module makes and checks the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.vault import audit_log
from contactvault.vault.audit_log import AuditRow
from contactvault.vault.connection import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    subject: str
    details: dict
    prev_hash: str
    hash: str


def _digest(seq: int, at: str, actor: str, action: str, subject: str, details: str,
            prev_hash: str) -> str:
    payload = json.dumps(
        [seq, at, actor, action, subject, details, prev_hash],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(conn: Connection, action: str, *, actor: str, at: str, subject: str = "",
           details: dict | None = None) -> AuditEntry:
    """Append one entry. Call inside the transaction that makes the change; ``actor``
    and ``at`` come from the service's context (who acts, and its clock)."""
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":"))
    last = audit_log.last_link(conn)
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    digest = _digest(seq, at, actor, action, subject, details_text, prev)
    audit_log.append(conn, AuditRow(seq, at, actor, action, subject, details_text, prev, digest))
    return AuditEntry(seq, at, actor, action, subject, details or {}, prev, digest)


def entries(conn: Connection, since: str | None = None) -> Iterator[AuditEntry]:
    for row in audit_log.rows(conn, since):
        try:
            details = json.loads(row.details)
        except ValueError:
            details = {"unreadable": row.details}
        yield AuditEntry(row.seq, row.at, row.actor, row.action, row.subject, details,
                         row.prev_hash, row.hash)


PROBLEM_TEXTS = {
    "gap": QT_TRANSLATE_NOOP("Audit", "entries before entry {seq} are missing"),
    "chain_broken": QT_TRANSLATE_NOOP(
        "Audit", "entry {seq} does not follow the entry before it (removed, inserted or "
                 "reordered)"),
    "hash_mismatch": QT_TRANSLATE_NOOP("Audit", "entry {seq} was changed after it was written"),
    "entries_missing": QT_TRANSLATE_NOOP(
        "Audit", "entries after entry {seq} are missing (the log was cut off)"),
}


@dataclass(frozen=True)
class VerifyResult:
    """``first_bad_seq`` names the first entry that does not fit; for "entries_missing"
    it is the last entry present (the ones after it were cut off)."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""  # stable code: "hash_mismatch", "chain_broken", "gap", "entries_missing"

    def problem_text(self) -> str:
        if self.ok:
            return ""
        return translate("Audit", PROBLEM_TEXTS[self.problem]).format(seq=self.first_bad_seq)


def verify(conn: Connection) -> VerifyResult:
    expected_prev = GENESIS
    expected_seq = 1
    checked = 0
    for seq, at, actor, action, subject, details, prev_hash, digest in audit_log.rows(conn):
        if seq != expected_seq:  # the entry found where another was expected does not fit
            return VerifyResult(False, checked, seq, "gap")
        if prev_hash != expected_prev:
            return VerifyResult(False, checked, seq, "chain_broken")
        if _digest(seq, at, actor, action, subject, details, prev_hash) != digest:
            return VerifyResult(False, checked, seq, "hash_mismatch")
        expected_prev = digest
        expected_seq += 1
        checked += 1
    head = audit_log.head(conn)
    if checked == 0:
        if head is not None:
            return VerifyResult(False, 0, 0, "entries_missing")
        return VerifyResult(True, 0)
    if head is None or head != f"{expected_seq - 1}:{expected_prev}":
        return VerifyResult(False, checked, expected_seq - 1, "entries_missing")
    return VerifyResult(True, checked)
