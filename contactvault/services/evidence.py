"""Files kept as evidence of a consent event: a screenshot of the chat, a scanned form.

Files are read completely before anything is recorded (a missing or oversized file stops
the recording with nothing written), then stored inside the vault in the event's own
transaction, each with an audit entry naming its size and SHA-256 (not its name, which
may name a person). A copy leaves the vault only when a person asks for one
(``save_copies``): written with owner-only permissions, never over an existing file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from contactvault import audit, errors
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.vault import consent as consent_store
from contactvault.vault import evidence as evidence_store
from contactvault.vault.connection import Connection
from contactvault.vault.evidence import EvidenceFile

__all__ = ["MAX_MEGABYTES", "Attachment", "EvidenceFile", "attach", "attach_to_event",
           "event_id_of", "files_for", "files_of_events", "format_size", "read_files",
           "save_copies", "save_copy"]

# A phone screenshot is a few MB, a scanned form rarely more than 10; the vault is
# backed up as one file, so a video does not belong in it.
MAX_MEGABYTES = 25
_EVENT_ID = re.compile(r"(?:event:|e)([1-9][0-9]*)", re.IGNORECASE)
_UNSAFE = re.compile(r"[\x00-\x1f/\\:*?\"<>|]")


@dataclass(frozen=True)
class Attachment:
    """A file read from disk (or made by the GUI), not yet stored."""

    file_name: str
    content: bytes


def read_files(paths: Iterable[str | Path]) -> list[Attachment]:
    """Read every file before anything is recorded; raises FileUnreadable or
    EvidenceFileTooLarge naming the file."""
    found = []
    for given in paths:
        path = Path(given).expanduser()
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        except OSError as exc:
            raise errors.from_os_error(exc, path, writing=False) from None
        if size > MAX_MEGABYTES * 1024 * 1024:
            raise errors.EvidenceFileTooLarge(path=str(path), size=f"{size / 1048576:.1f}",
                                              limit=MAX_MEGABYTES)
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise errors.from_os_error(exc, path, writing=False) from None
        found.append(Attachment(path.name, content))
    return found


def attach(conn: Connection, event_id: int, attachments: Sequence[Attachment], *,
           actor: str, at: str) -> list[EvidenceFile]:
    """Store the files with the event, inside the caller's transaction."""
    stored = []
    for item in attachments:
        file = evidence_store.add(conn, event_id, _safe_name(item.file_name), item.content,
                                  actor, at)
        audit.record(conn, "consent.evidence_file", actor=actor, at=at,
                     subject=f"event:{event_id}",
                     details={"event": event_id, "file": file.id, "size": file.size,
                              "sha256": file.sha256})
        stored.append(file)
    return stored


def attach_to_event(ctx: Context, event_id: int, attachments: Sequence[Attachment]
                    ) -> list[EvidenceFile]:
    """Attach files to an event recorded earlier (the screenshot arrives later, the
    signed form is scanned next week); each file gets its own audit entry."""
    if not attachments:
        return []
    with ctx.vault.transaction() as conn:
        if not consent_store.by_id(conn, [event_id]):
            raise errors.EventNotFound(ident=event_id)
        return attach(conn, event_id, attachments, actor=ctx.actor_in(conn),
                      at=ctx.now_iso())


def event_id_of(text: str) -> int:
    """``event:17``, ``e17`` or ``17`` → 17; anything else is InvalidArgument."""
    typed = text.strip()
    match = _EVENT_ID.fullmatch(typed) or re.fullmatch(r"([1-9][0-9]*)", typed)
    if not match:
        raise errors.InvalidArgument(what="event", reason=f"'{text}' is not an event id "
                                     "such as event:17")
    return int(match.group(1))


def _safe_name(name: str) -> str:
    """A plain file name (no folders, no control characters), as it is shown and saved."""
    cleaned = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return cleaned or "evidence"


def files_of_events(ctx: Context, event_ids: Iterable[int]) -> dict[int, list[EvidenceFile]]:
    """The attached files of each event (events without files are absent)."""
    with ctx.vault.reading() as conn:
        return evidence_store.for_events(conn, event_ids)


def files_for(ctx: Context, text: str) -> list[EvidenceFile]:
    """The files of one event (``event:17``) or of every event of a number (as typed,
    a contact id or a phone id: see ``consent.resolve_number``)."""
    from contactvault.services import consent

    typed = text.strip()
    match = _EVENT_ID.fullmatch(typed)
    if match:
        event_id = int(match.group(1))
        with ctx.vault.reading() as conn:
            if not consent_store.by_id(conn, [event_id]):
                raise errors.EventNotFound(ident=event_id)
            return evidence_store.for_events(conn, [event_id]).get(event_id, [])
    e164 = consent.resolve_number(ctx, typed)
    with ctx.vault.reading() as conn:
        return evidence_store.for_number(conn, e164)


def save_copies(ctx: Context, files: Sequence[EvidenceFile], directory: str | Path
                ) -> list[Path]:
    """Write a copy of each file into ``directory`` as ``<event>_<name>``, readable by
    the owner only. Refuses (before writing anything) when a target exists; a copy whose
    bytes no longer match the recorded SHA-256 is not written."""
    folder = Path(directory).expanduser()
    if not folder.is_dir():
        raise errors.FileNotWritable(path=str(folder), reason=QT_TRANSLATE_NOOP(
            "Errors", "not a folder"))
    targets = [folder / f"{f.event_id}_{f.file_name}" for f in files]
    for target in targets:
        if target.exists():
            raise errors.VaultExists(path=str(target))  # "already exists; not overwritten"
    written = []
    with ctx.vault.reading() as conn:
        for file, target in zip(files, targets, strict=True):
            content = evidence_store.content(conn, file.id)
            if content is None or _sha256(content) != file.sha256:
                raise errors.VaultDamaged(path=str(ctx.vault.path), reason=f"evidence file "
                                          f"{file.id}")
            _write_private(target, content)
            written.append(target)
    return written


def save_copy(ctx: Context, file_id: int, target: str | Path) -> Path:
    """Write one file back out to ``target`` (owner-only), never over an existing file;
    the bytes are checked against the recorded SHA-256 first."""
    path = Path(target).expanduser()
    if path.is_dir():
        with ctx.vault.reading() as conn:
            file = evidence_store.by_id(conn, file_id)
        if file is None:
            raise errors.EvidenceFileNotFound(ident=file_id)
        path = path / file.file_name
    if path.exists():
        raise errors.VaultExists(path=str(path))  # "already exists; not overwritten"
    with ctx.vault.reading() as conn:
        file = evidence_store.by_id(conn, file_id)
        if file is None:
            raise errors.EvidenceFileNotFound(ident=file_id)
        content = evidence_store.content(conn, file_id)
    if content is None or _sha256(content) != file.sha256:
        raise errors.VaultDamaged(path=str(ctx.vault.path), reason=f"evidence file {file_id}")
    _write_private(path, content)
    return path


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _write_private(target: Path, content: bytes) -> None:
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise errors.VaultExists(path=str(target)) from None
    except OSError as exc:
        raise errors.from_os_error(exc, target, writing=True) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise errors.from_os_error(exc, target, writing=True) from None


def format_size(size: int, language: str = "en") -> str:
    """A file size for people: 812 B, 48.2 KB, 3.1 MB (German with a decimal comma)."""
    if size < 1024:
        text = f"{size} B"
    elif size < 1024 * 1024:
        text = f"{size / 1024:.1f} KB"
    else:
        text = f"{size / 1048576:.1f} MB"
    return text.replace(".", ",") if language == "de" else text
