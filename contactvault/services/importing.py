"""Importing address books: many files, one transaction, a typed report.

Re-importing a record that is already in the vault (same content) changes nothing.
The same person from two exports (same name key and a shared normalised number) is
merged into one contact that keeps both source records. Cancelling, or a crash, leaves
the vault exactly as before the import.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from contactvault import audit, clock, errors, phones, settings
from contactvault.importers import registry
from contactvault.importers.report import FileSummary, ImportIssue, ImportReport, Severity, shorten
from contactvault.model import ParsedContact
from contactvault.vault import Vault, repository

Progress = Callable[[int, int], None]

_CARD_START = re.compile(rb"(?im)^begin:vcard")


def estimate_records(paths: Iterable[Path]) -> int:
    """A cheap upper estimate of the records in the files, for progress bars."""
    total = 0
    for path in paths:
        cards = lines = 0
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    cards += len(_CARD_START.findall(chunk))
                    lines += chunk.count(b"\n")
        except OSError:
            continue
        total += cards or max(lines - 1, 0)
    return max(total, 1)


def import_files(vault: Vault, paths: Iterable[Path | str], *, region: str | None = None,
                 actor: str | None = None, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> ImportReport:
    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.is_file():
            raise errors.FileUnreadable(path=str(path), reason="no such file")
    total = estimate_records(paths)
    report = ImportReport()
    now = clock.now_iso()
    seen: set[str] = set()
    done = 0
    with vault.transaction() as conn:
        region = (region or settings.get(conn, "numbers.default_region")).upper()
        if not phones.is_supported_region(region):
            raise errors.InvalidArgument(what="region", reason=f"unknown region code {region}")
        for path in paths:
            summary = FileSummary(file=str(path))
            report.files.append(summary)
            for item in registry.read(path, summary):
                if cancel is not None and cancel.is_set():
                    raise errors.Cancelled()
                if isinstance(item, ImportIssue):
                    report.issues.append(item)
                    if item.severity is Severity.ERROR and item.line is not None:
                        report.skipped += 1
                        done += 1
                    continue
                _store(conn, item, region, now, report, seen)
                done += 1
                if progress is not None and done % 50 == 0:
                    progress(min(done, total), total)
        audit.record(
            conn, "import", actor=audit.current_actor(actor),
            details={
                "files": len(paths), "imported": report.imported, "merged": report.merged,
                "unchanged": report.unchanged, "skipped": report.skipped,
                "flagged_numbers": report.flagged_numbers,
            },
        )
    if progress is not None:
        progress(total, total)
    return report


def _has_content(record: ParsedContact) -> bool:
    return bool(
        record.formatted_name or not record.name.is_empty() or record.organisation
        or record.phones or record.emails or record.notes
        or any(not a.is_empty() for a in record.addresses)
    )


def _store(conn, record: ParsedContact, region: str, now: str, report: ImportReport,
           seen: set[str]) -> None:
    digest = repository.content_hash(record.original_text)
    if digest in seen or repository.source_known(conn, digest) is not None:
        report.unchanged += 1
        return
    seen.add(digest)
    if not _has_content(record):
        report.skipped += 1
        report.issues.append(ImportIssue(
            "card_empty", record.source_file, record.source_line, Severity.ERROR,
            raw=shorten(record.original_text)))
        return
    numbers = [phones.normalise(p.raw, region, p.label) for p in record.phones]
    for number in numbers:
        if not phones.usable(number) and "empty" not in number.flags:
            report.flagged_numbers += 1
            report.issues.append(ImportIssue(
                "invalid_number", record.source_file, record.source_line, Severity.WARNING,
                detail=", ".join(number.flags), raw=shorten(number.raw)))
    numbers = [n for n in numbers if "empty" not in n.flags]
    key = repository.name_key(record.formatted_name, record.name)
    target = repository.find_merge_target(conn, key, (n.e164 for n in numbers if n.valid))
    if target is not None:
        repository.merge_into(conn, target, record, numbers, now)
        repository.add_source(conn, target, record, now, digest)
        report.merged += 1
        report.contact_ids.append(target)
        report.issues.append(ImportIssue(
            "merged", record.source_file, record.source_line, Severity.INFO,
            detail=f"contact {target}"))
        return
    contact_id = repository.insert_contact(conn, record, numbers, now)
    repository.add_source(conn, contact_id, record, now, digest)
    report.imported += 1
    report.contact_ids.append(contact_id)
