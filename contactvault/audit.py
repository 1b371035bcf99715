"""The tamper-evident audit trail inside the vault: one hash chain over everything that
proves something.

Each entry stores the hash of the entry before it and its own hash over its content,
so editing, deleting or reordering entries breaks the chain at a place ``verify`` can
name. Entries also cover the records kept in their own tables — consent events, texts
sent, exports and their numbers, removal confirmations, procedure steps, settings —
by the hash of each record's whole row (vault/chain.py makes entries; the storage layer
writes a record and its entry in one transaction). ``verify`` checks that every such
record has its entry and still matches it.

What this can prove against someone who holds the passphrase: nothing was changed
relative to a *head* (entry count and hash) printed earlier and kept outside the vault
(``verify(expect=…)``). Without such a head, a complete rewrite of the vault — records,
entries and head recomputed — cannot be detected; the head printed on protocols, export
records and backups is what makes the trail hold. Entries say what changed with as
little personal data as possible: ids and counts, not names or numbers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.vault import audit_log, chain
from contactvault.vault import evidence as evidence_store
from contactvault.vault.connection import Connection

GENESIS = chain.GENESIS


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
    covers: list = field(default_factory=list)  # [table, column, op, value, sha256]


@dataclass(frozen=True)
class Head:
    """Where the chain stands: how many entries, and the hash of the last one."""

    count: int
    hash: str

    def __str__(self) -> str:
        return f"{self.count}:{self.hash}"


_HEAD = re.compile(r"\s*([0-9]+)\s*:\s*([0-9a-fA-F]{16,64})\s*")
MIN_HEAD_HASH = 16  # hex digits of a head one may type: 64 bits are enough to compare


def parse_head(text: str) -> Head | None:
    """``COUNT:HASH`` as printed (the hash may be shortened to its first 16 digits)."""
    match = _HEAD.fullmatch(text or "")
    return Head(int(match.group(1)), match.group(2).lower()) if match else None


def _digest(seq: int, at: str, actor: str, action: str, subject: str, details: str,
            prev_hash: str, covers: str = "") -> str:
    return chain.entry_digest(seq, at, actor, action, subject, details, prev_hash, covers)


def record(conn: Connection, action: str, *, actor: str, at: str, subject: str = "",
           details: dict | None = None) -> AuditEntry:
    """Append one entry; it covers the records written so far in this transaction. Call
    inside the transaction that makes the change; ``actor`` and ``at`` come from the
    service's context (who acts, and its clock)."""
    row = chain.append(conn, action, actor=actor, at=at, subject=subject, details=details)
    return _entry(row)


def _entry(row: audit_log.AuditRow) -> AuditEntry:
    try:
        details = json.loads(row.details)
    except ValueError:
        details = {"unreadable": row.details}
    try:
        covers = [list(r) for r in chain.parse_covers(row.covers)]
    except (ValueError, TypeError):
        covers = [["unreadable", row.covers]]
    return AuditEntry(row.seq, row.at, row.actor, row.action, row.subject, details,
                      row.prev_hash, row.hash, covers)


def entries(conn: Connection, since: str | None = None) -> Iterator[AuditEntry]:
    for row in audit_log.rows(conn, since):
        yield _entry(row)


def entries_with_action(conn: Connection, action: str) -> Iterator[AuditEntry]:
    for row in audit_log.rows_with_action(conn, action):
        yield _entry(row)


def head(conn: Connection) -> Head | None:
    """The newest entry's count and hash (None for an empty log)."""
    last = audit_log.last_link(conn)
    return Head(*last) if last else None


# -- checking -------------------------------------------------------------------------

PROBLEM_TEXTS = {
    "gap": QT_TRANSLATE_NOOP("Audit", "entries before entry {seq} are missing"),
    "chain_broken": QT_TRANSLATE_NOOP(
        "Audit", "entry {seq} does not follow the entry before it (removed, inserted or "
                 "reordered)"),
    "hash_mismatch": QT_TRANSLATE_NOOP("Audit", "entry {seq} was changed after it was written"),
    "entries_missing": QT_TRANSLATE_NOOP(
        "Audit", "entries after entry {seq} are missing (the log was cut off)"),
    "log_empty": QT_TRANSLATE_NOOP(
        "Audit", "the audit trail is empty, but the vault holds data (the log was deleted)"),
    "record_changed": QT_TRANSLATE_NOOP(
        "Audit", "{record} no longer matches entry {seq}: it was changed or deleted after it "
                 "was recorded"),
    "record_unrecorded": QT_TRANSLATE_NOOP(
        "Audit", "{record} has no entry in the audit trail: it was added behind the "
                 "program's back"),
    "schema_changed": QT_TRANSLATE_NOOP(
        "Audit", "the structure of the recorded tables (columns or protective triggers) was "
                 "changed after entry {seq}"),
    "schema_unrecorded": QT_TRANSLATE_NOOP(
        "Audit", "the structure of the recorded tables is in no entry"),
    "expect_short": QT_TRANSLATE_NOOP(
        "Audit", "the trail has only {count} entries, but {expected} were printed earlier: "
                 "entries were removed"),
    "expect_differs": QT_TRANSLATE_NOOP(
        "Audit", "entry {expected} is not the one printed earlier: the trail was rewritten"),
    "decision_differs": QT_TRANSLATE_NOOP(
        "Audit", "{record} was not what the consent policy decides from the recorded "
                 "events: it was changed behind the program's back. It has been discarded; "
                 "the number's status is decided again from its events"),
    "decision_kept_wrong": QT_TRANSLATE_NOOP(
        "Audit", "{record} is not what the consent policy decides from the recorded "
                 "events: it was changed behind the program's back, and the status shown "
                 "for the number may be wrong until the vault can be written again"),
}

# How a covered record is named in a problem ({value}: its id, key or range).
RECORD_NAMES = {
    "consent_events": QT_TRANSLATE_NOOP("Audit", "consent event {value}"),
    "messages_sent": QT_TRANSLATE_NOOP("Audit", "sent text {value}"),
    "exports": QT_TRANSLATE_NOOP("Audit", "export {value}"),
    "export_items": QT_TRANSLATE_NOOP("Audit", "the numbers of export {value}"),
    "removal_confirmations": QT_TRANSLATE_NOOP("Audit", "removal confirmation {value}"),
    "procedure_runs": QT_TRANSLATE_NOOP("Audit", "procedure run {value}"),
    "procedure_steps": QT_TRANSLATE_NOOP("Audit", "procedure step {value}"),
    "settings": QT_TRANSLATE_NOOP("Audit", "setting {value}"),
    "devices": QT_TRANSLATE_NOOP("Audit", "WhatsApp phone {value}"),
    "evidence_files": QT_TRANSLATE_NOOP("Audit", "evidence file {value}"),
    "erasures": QT_TRANSLATE_NOOP("Audit", "erasure {value}"),
    "erased_keys": QT_TRANSLATE_NOOP("Audit", "the keyed hashes of erasure {value}"),
    "number_corrections": QT_TRANSLATE_NOOP("Audit", "number correction {value}"),
    "consent_decisions": QT_TRANSLATE_NOOP("Audit", "the consent decision kept for "
                                                    "{value}"),
}
RECORD_RANGE = QT_TRANSLATE_NOOP("Audit", "up to {value}")

# Kinds of failure, for exit codes: the chain itself, the records it covers, the head.
CHAIN_PROBLEMS = {"gap", "chain_broken", "hash_mismatch", "entries_missing", "log_empty"}
RECORD_PROBLEMS = {"record_changed", "record_unrecorded", "schema_changed",
                   "schema_unrecorded", "decision_differs",
                   "decision_kept_wrong"}
HEAD_PROBLEMS = {"expect_short", "expect_differs"}


def record_name(table: str, value: object, op: str = "=") -> str:
    shown = str(value)
    if op == "<=":
        shown = translate("Audit", RECORD_RANGE).format(value=value)
    template = RECORD_NAMES.get(table)
    if template is None:
        return f"{table} {shown}"
    return translate("Audit", template).format(value=shown)


@dataclass(frozen=True)
class Finding:
    """One thing that does not fit: a PROBLEM_TEXTS code, the entry it concerns and, for
    a record problem, the record (table, value, op)."""

    problem: str
    seq: int | None = None
    record: tuple | None = None
    count: int = 0
    expected: str = ""

    def text(self) -> str:
        fields = {"seq": self.seq, "count": self.count, "record": "",
                  "expected": self.expected.split(":")[0] if self.expected else ""}
        if self.record is not None:
            fields["record"] = record_name(*self.record)
        return translate("Audit", PROBLEM_TEXTS[self.problem]).format(**fields)


MAX_FINDINGS = 100  # record problems listed at most (the first one always)


@dataclass(frozen=True)
class VerifyResult:
    """``first_bad_seq`` names the first entry that does not fit; for "entries_missing"
    it is the last entry present (the ones after it were cut off). ``count``/``head``
    say where the chain stands (also when it is broken); ``record`` names the record
    of a record problem (table, value, op)."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""  # stable code, a key of PROBLEM_TEXTS
    count: int = 0
    head: str = ""
    records_checked: int = 0
    record: tuple | None = None
    expected: str = ""
    findings: tuple[Finding, ...] = ()  # every problem found (the first is ``problem``)

    def problem_text(self) -> str:
        if self.ok:
            return ""
        return Finding(self.problem, self.first_bad_seq, self.record, self.count,
                       self.expected).text()

    @property
    def head_text(self) -> str:
        return f"{self.count}:{self.head}" if self.count else ""


def with_findings(result: VerifyResult, more: Sequence[Finding]) -> VerifyResult:
    """``result`` with further findings (checks outside the chain: the consent
    decisions the vault keeps, see ``services.audit_ops``) listed after its own; the
    first of them becomes the problem when ``result`` had none."""
    if not more:
        return result
    findings = (result.findings + tuple(more))[:max(MAX_FINDINGS, len(result.findings))]
    if not result.ok:
        return replace(result, findings=findings)
    first = findings[0]
    return replace(result, ok=False, first_bad_seq=first.seq, problem=first.problem,
                   record=first.record, findings=findings)


def _drift_seq(details: str) -> int | None:
    try:
        value = json.loads(details).get(chain.SCHEMA_CHANGED_BEFORE)
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None


def verify(conn: Connection, expect: Head | None = None) -> VerifyResult:
    """Check the chain, the records it covers, and (with ``expect``) that the chain
    still holds the head printed earlier."""
    expected_prev = GENESIS
    expected_seq = 1
    checked = 0
    latest: dict[tuple, tuple[int, chain.Ref]] = {}
    last = audit_log.last_link(conn)
    count, head_hash = last if last else (0, "")

    expected_text = str(expect) if expect else ""
    drifted: list[int | None] = []  # upgrades that found the schema changed before them

    def fail(problem: str, seq: int | None, **more) -> VerifyResult:
        finding = Finding(problem, seq, more.get("record"), count, expected_text)
        return VerifyResult(False, checked, seq, problem, count, head_hash,
                            expected=expected_text, findings=(finding,), **more)

    for row in audit_log.rows(conn):
        seq, prev_hash = row.seq, row.prev_hash
        if seq != expected_seq:  # the entry found where another was expected does not fit
            return fail("gap", seq)
        if prev_hash != expected_prev:
            return fail("chain_broken", seq)
        if _digest(seq, row.at, row.actor, row.action, row.subject, row.details, prev_hash,
                   row.covers) != row.hash:
            return fail("hash_mismatch", seq)
        try:
            refs = chain.parse_covers(row.covers)
        except (ValueError, TypeError):
            return fail("hash_mismatch", seq)
        for ref in refs:
            latest[ref.key] = (seq, ref)
        if row.action == "vault.schema" and chain.SCHEMA_CHANGED_BEFORE in row.details:
            drifted.append(_drift_seq(row.details))
        expected_prev = row.hash
        expected_seq += 1
        checked += 1
    stored_head = audit_log.head(conn)
    if checked == 0:
        return fail("entries_missing" if stored_head is not None else "log_empty", 0)
    if stored_head is None or stored_head != f"{expected_seq - 1}:{expected_prev}":
        return fail("entries_missing", expected_seq - 1)

    # The records: each reference's rows as they are now, against the newest entry that
    # covered them; then every record must be selected by some reference. Every record
    # problem is listed (up to MAX_FINDINGS), so a DPO sees all that was touched.
    findings: list[Finding] = []

    def found(problem: str, seq: int | None, record: tuple | None = None) -> None:
        if len(findings) < MAX_FINDINGS:
            findings.append(Finding(problem, seq, record, count, expected_text))

    schema_key = chain.Ref(chain.SCHEMA, "", "", "").key
    if schema_key not in latest:
        found("schema_unrecorded", None)
    for seq in drifted:
        found("schema_changed", seq)
    records_checked = 0
    equal: dict[str, set] = {}
    upto: dict[str, object] = {}
    for seq, ref in sorted(latest.values(), key=lambda item: item[0]):
        matches = chain.digest_of(conn, ref) == ref.sha256
        if ref.table == chain.SCHEMA:
            if not matches:
                found("schema_changed", seq)
            continue
        if not matches:
            found("record_changed", seq, (ref.table, ref.value, ref.op))
        records_checked += 1
        if ref.op == "<=":
            upto[ref.table] = max(upto.get(ref.table, ref.value), ref.value)
        else:
            equal.setdefault(ref.table, set()).add(ref.value)
    for table in chain.covered_tables(conn):
        for value in chain.uncovered(conn, table, equal.get(table, set()), upto.get(table)):
            found("record_unrecorded", None, (table, value, "="))
    # An evidence file's bytes are a payload outside the covered row; its SHA-256 there
    # binds them.
    if "evidence_files" in chain.covered_tables(conn):
        for file_id in evidence_store.mismatched(conn):
            covering = latest.get(chain.Ref("evidence_files", "id", "=", file_id).key)
            found("record_changed", covering[0] if covering else None,
                  ("evidence_files", file_id, "="))

    if expect is not None:
        if expect.count > count:
            found("expect_short", expect.count)
        else:
            at = audit_log.entry_hash(conn, expect.count) or ""
            if not at.startswith(expect.hash) or len(expect.hash) < MIN_HEAD_HASH:
                found("expect_differs", expect.count)
    if findings:
        first = findings[0]
        return VerifyResult(False, checked, first.seq, first.problem, count, head_hash,
                            records_checked, first.record, expected_text, tuple(findings))
    return VerifyResult(True, checked, None, "", count, head_hash, records_checked,
                        expected=str(expect) if expect else "")
