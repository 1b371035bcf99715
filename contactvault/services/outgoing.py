"""Files leaving the vault (exports, backups, documents): recorded first, published
after, and cleaned up or completed at the next start if the process died in between.

The sequence for one file, each step durable before the next:

1. *registered*: a ``pending_files`` row names the temporary file and the target
   (committed before the temporary file exists, so no file is ever unknown);
2. *written*: the temporary file (hidden, owner-only, beside the target) holds the
   whole content; for an export, the export record and its audit entry are committed
   in the same transaction that marks the row written;
3. *published*: the temporary file gets its final name in one rename;
4. *done*: the row is deleted; a backup's or a document's audit entry is written in
   the same transaction (a backup is recorded only once it is complete).

At the next start (``recover``), a row whose process is gone is finished from the
state on disk: a temporary file still there means the file was never published — it is
removed, and an export's record is taken back (deleted, with an ``export.rolled_back``
audit entry covering its removal, as the trail is append-only); no temporary file and
the row marked written means the rename happened — the file is kept and its audit entry
written if it was still missing. Either there is no file and no record, or both.
``crashpoints.reached`` marks every step for the kill -9 tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from contactvault import audit, clock, crashpoints, errors, output_files
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.vault import Vault
from contactvault.vault import exports as export_store
from contactvault.vault import pending_files as pending_store
from contactvault.vault.connection import Connection

EXPORT = "export"
BACKUP = "backup"
DOCUMENT = "document"

Who = Callable[[Connection], str]


@dataclass
class Outgoing:
    """One file on its way out; made by ``begin``."""

    vault: Vault
    pending_id: int
    kind: str
    temp: Path
    target: Path
    force: bool
    published: bool = field(default=False)


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), to tell a live
    process from a later one that got the same pid; "" where /proc does not exist."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            text = fh.read().decode("ascii", "replace")
    except OSError:
        return ""
    return text.rsplit(")", 1)[-1].split()[19]


def _owner() -> str:
    pid = os.getpid()
    return f"{pid}:{_start_time(pid)}"


def owner_alive(owner: str) -> bool:
    pid_text, _, started = owner.partition(":")
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid():
        return started == _start_time(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process has this pid: it exists
    return not started or _start_time(pid) in ("", started)


def begin(vault: Vault, kind: str, target: Path | str, *, force: bool, who: Who, at: str,
          action: str, subject: str = "", details: dict | None = None) -> Outgoing:
    """Check the target, register the file, create its empty temporary file."""
    target = output_files.check(target, force=force, vault_path=vault.path)
    temp = output_files.temp_name(target)
    with vault.transaction() as conn:
        pending_id = pending_store.insert(conn, kind, str(temp), str(target), _owner(), action,
                                          subject, details or {}, who(conn), at)
    out = Outgoing(vault, pending_id, kind, temp, target, force)
    crashpoints.reached(f"{kind}.registered")
    try:
        output_files.create_temp(temp, target)
    except BaseException:
        abandon(out)
        raise
    return out


def mark_written(conn: Connection, out: Outgoing, *, export_id: int | None = None) -> None:
    """Inside the caller's transaction: the temporary file is complete (and, for an
    export, this is the transaction that records it)."""
    pending_store.mark_written(conn, out.pending_id, export_id, None, None)


def finish(out: Outgoing, *, at: str) -> None:
    """Publish the written file and write its audit entry."""
    crashpoints.reached(f"{out.kind}.recorded")
    output_files.publish(out.temp, out.target, force=out.force, vault_path=out.vault.path)
    out.published = True
    crashpoints.reached(f"{out.kind}.published")
    with out.vault.transaction() as conn:
        row = next(r for r in pending_store.all_pending(conn) if r.id == out.pending_id)
        _complete(conn, row, at)
    crashpoints.reached(f"{out.kind}.done")


def abandon(out: Outgoing) -> None:
    """The work failed in this process: take back what exists of it. A published file
    whose audit entry failed stays registered; the next start completes it."""
    if out.published:
        return
    output_files.remove_quietly(out.temp, _journal_of(out.temp))
    try:
        with out.vault.transaction() as conn:
            _roll_back(conn, out.pending_id, clock.now_iso())
    except errors.ContactVaultError:
        pass  # the row stays; the next start cleans it up (the temporary file is gone)


def write(vault: Vault, kind: str, target: Path | str, fill: Callable[[Path], dict | None],
          *, force: bool, who: Who, at: str, action: str, subject: str = "",
          details: dict | None = None) -> Path:
    """The whole sequence for a file without an export record (a document, a backup):
    ``fill(temp)`` writes the content and may return more details for the audit entry."""
    out = begin(vault, kind, target, force=force, who=who, at=at, action=action,
                subject=subject, details=details)
    try:
        more = fill(out.temp)
        output_files.make_durable(out.temp, out.target)
        crashpoints.reached(f"{kind}.written")
        with vault.transaction() as conn:
            pending_store.mark_written(conn, out.pending_id, None, None,
                                       {**(details or {}), **more} if more else None)
        finish(out, at=at)
    except BaseException:
        abandon(out)
        raise
    return out.target


def _complete(conn: Connection, row: pending_store.PendingFile, at: str,
              after_restart: bool = False) -> None:
    if row.audit_action:  # an export's entry was written with its record
        details = dict(row.audit_details)
        details.setdefault("file", Path(row.final_path).name)
        if after_restart:
            details["completed_at_next_start"] = True
        audit.record(conn, row.audit_action, actor=row.actor, at=at,
                     subject=row.audit_subject, details=details)
    pending_store.delete(conn, row.id)


def _roll_back(conn: Connection, pending_id: int, at: str) -> None:
    row = next((r for r in pending_store.all_pending(conn) if r.id == pending_id), None)
    if row is None:
        return
    if row.export_id is not None:
        export_store.delete_unpublished(conn, row.export_id)
        audit.record(conn, "export.rolled_back", actor=row.actor, at=at,
                     subject=f"export:{row.export_id}",
                     details={"export": row.export_id, "file": Path(row.final_path).name})
    pending_store.delete(conn, row.id)


def _journal_of(temp: Path) -> Path:
    """SQLite's rollback journal beside a backup being written."""
    return temp.with_name(temp.name + "-journal")


# -- the next start -------------------------------------------------------------------

ROLLED_BACK = "rolled_back"
COMPLETED = "completed"

_MESSAGES = {
    (EXPORT, ROLLED_BACK): QT_TRANSLATE_NOOP(
        "Outgoing", "An export to {path} was interrupted before the file was finished; its "
                    "temporary file and its record were removed. Export again."),
    (EXPORT, COMPLETED): QT_TRANSLATE_NOOP(
        "Outgoing", "An export to {path} was interrupted after the file was written; the "
                    "file and its record are kept and the export is now complete."),
    (BACKUP, ROLLED_BACK): QT_TRANSLATE_NOOP(
        "Outgoing", "A backup to {path} was interrupted; its partial file was removed. "
                    "Make the backup again."),
    (BACKUP, COMPLETED): QT_TRANSLATE_NOOP(
        "Outgoing", "A backup to {path} was interrupted after it was written; it is complete "
                    "and is now recorded."),
    (DOCUMENT, ROLLED_BACK): QT_TRANSLATE_NOOP(
        "Outgoing", "Writing {path} was interrupted; its partial file was removed."),
    (DOCUMENT, COMPLETED): QT_TRANSLATE_NOOP(
        "Outgoing", "Writing {path} was interrupted after the file was written; it is "
                    "complete and is now recorded."),
}


@dataclass(frozen=True)
class Recovered:
    """What the start-up clean-up did about one file a killed process left."""

    kind: str
    outcome: str  # ROLLED_BACK or COMPLETED
    path: str  # the file's final name
    export_id: int | None = None

    def message(self) -> str:
        return translate("Outgoing", _MESSAGES[(self.kind, self.outcome)]).format(
            path=self.path)


def recover(vault: Vault) -> list[Recovered]:
    """Finish what killed processes left (see the module's description)."""
    with vault.reading() as conn:
        rows = pending_store.all_pending(conn)
    found = []
    for row in rows:
        if owner_alive(row.owner):
            continue  # another process is still writing it
        temp, target = Path(row.temp_path), Path(row.final_path)
        if os.path.lexists(temp) and _same_file(temp, target):
            output_files.remove_quietly(temp)  # published by a link, not yet unlinked
        published = row.written and not os.path.lexists(temp)
        output_files.remove_quietly(temp, _journal_of(temp))
        with vault.transaction() as conn:
            if published:
                _complete(conn, row, clock.now_iso(), after_restart=True)
            else:
                _roll_back(conn, row.id, clock.now_iso())
        found.append(Recovered(row.kind, COMPLETED if published else ROLLED_BACK,
                               row.final_path, row.export_id if published else None))
    return found


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
