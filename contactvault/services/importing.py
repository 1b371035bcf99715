"""Importing address books: many files, one transaction, a typed report.

Re-importing a record that is already in the vault (same content) changes nothing.
The same person from two exports (same name key and a shared normalised number) is
merged into one contact that keeps both source records. Cancelling, or a crash, leaves
the vault exactly as before the import.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import gc
import itertools
import multiprocessing
import os
import signal
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from contactvault import audit, errors, phones, settings, timefmt
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.importers import registry
from contactvault.importers.report import (
    FILE_REFUSALS,
    FileSummary,
    ImportIssue,
    ImportReport,
    Severity,
    shorten,
)
from contactvault.model import ParsedContact, PhoneNumber
from contactvault.printable import path_text
from contactvault.vault import audit_log
from contactvault.vault import contacts as contact_store
from contactvault.vault import requests as request_store

Progress = Callable[[int, int], None]

# Reading and number normalisation are pure and take most of an import's time; from this
# many records on they run in a second process while this one writes the vault, so both
# cores work (CONTACTVAULT_IMPORT_WORKERS=0 turns that off).
PARALLEL_FROM_RECORDS = 3000
# With two processes, the reading one leaves the numbers of some records (a share of
# those with a number it has not read before) to the writing one, so that neither waits
# for the other: which of the two is slower depends on the book (photos, duplicates,
# merges) and its size (storing grows faster than reading), so the share follows, by
# SHARE_STEP after each batch, the records handed over and not yet taken (the bytes in
# the pipe between them): more for the writing process when they run low (it is about to
# wait), less when they pile up (it is the slower one). Where the pipe cannot be widened
# or its contents not counted (not Linux), it follows how long each one waited for the
# other over the last batch (in a pipe narrower than a batch every handing over waits).
SHARE_START = 0.5
SHARE_STEP = 0.05
# Records per batch handed over; the first batch is small, so that the writing process
# starts storing early instead of waiting for a whole batch to be read.
_BATCH = 128
_FIRST_BATCH = 16
# Records the reading stage reads before it reads their numbers.
_READ_AHEAD = 64
# Numbers the reading stage remembers by raw text (a few MB); the writing stage, which
# holds the vault's pages too, remembers fewer (the same person's records are adjacent).
_READINGS = 65536
_WRITER_READINGS = 8192

# Per file: the column mapping to read a table with, and whether it is the user's own
# (a column it names must exist) or the one kept from the file's last import.
Mappings = dict[str, tuple[dict[str, str], bool]]

# What the reading stage hands to the writing stage, in file order: plain values (see
# contact_store.RecordRow), cheap to hand from the reading process to this one.
Item = tuple[str, object]  # ("file", FileSummary) | ("issue", ImportIssue)
#                             | ("record", Read) | ("end", FileSummary)
#                             | ("started", None): the reading process runs


class Read(NamedTuple):
    """One record as read: its row, its numbers as written (raw text, label) and
    normalised (PhoneNumber's fields as tuples, without the id; None from a reading
    process that left them to the writing one, which reads them on receipt), whether it
    holds anything, and what names it in an issue."""

    row: contact_store.RecordRow
    phones: tuple[tuple[str, str], ...]
    numbers: tuple[tuple, ...] | None
    has_content: bool
    label: str


def estimate_records(paths: Iterable[Path], enough: int | None = None) -> int:
    """A cheap upper estimate of the records in the files, for progress bars; with
    ``enough``, counting stops once the estimate reaches that many."""
    total = 0
    for path in paths:
        cards = lines = 0
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    cards += chunk.lower().count(b"begin:vcard")  # 4 times the regex's speed
                    lines += chunk.count(b"\n")
                    if enough is not None and total + (cards or lines - 1) >= enough:
                        return total + (cards or lines - 1)
        except OSError:
            continue
        total += cards or max(lines - 1, 0)
    return max(total, 1)


def import_files(ctx: Context, paths: Iterable[Path | str], *, region: str | None = None,
                 progress: Progress | None = None,
                 cancel: threading.Event | None = None,
                 mapping: Mapping[str, str] | None = None,
                 per_file: Mapping[str, Mapping[str, str]] | None = None,
                 allow_erased: bool = False) -> ImportReport:
    """Import the files in one transaction. ``mapping`` (column -> field name, see
    ``importers.mapping``) decides what a table's columns hold where it names them; the
    columns each table was read with are kept in the import's audit record. ``per_file``
    (file as given -> mapping) maps one file's columns, before ``mapping``. A record of
    a person erased earlier (its original record or one of its numbers matches a keyed
    hash an erasure kept) is reported (issue "erased", with the erasure's date) and
    skipped, unless ``allow_erased``: then it is imported and reported as such."""
    paths = [Path(p) for p in paths]
    mapping = dict(mapping or {})
    for path in paths:
        _check_is_file(path)
    # Counted only as far as the choice needs: the count for the progress bar is taken
    # while the reading process reads (100 000 contacts: 0.1 s less before it starts).
    parallel = _parallel(estimate_records(paths, enough=PARALLEL_FROM_RECORDS))
    total = 1
    report = ImportReport()
    now = ctx.now_iso()
    with _collection_paused(), ctx.vault.transaction() as conn:
        region = (region or settings.get(conn, "numbers.default_region")).upper()
        if not phones.is_supported_region(region):
            raise errors.InvalidArgument(what="region", reason=f"unknown region code {region}")
        # A file imported before is read with the columns it was read with then, unless
        # the user maps it anew.
        own = {path_text(Path(f)): dict(m) for f, m in (per_file or {}).items()}
        mappings = {path_text(p): (own[path_text(p)], True) if own.get(path_text(p)) else
                    (mapping, True) if mapping else
                    (audit_log.columns_last_used(conn, path_text(p)) or {}, False)
                    for p in paths}
        items = _read_items(paths, region, mappings, parallel=parallel)
        with contextlib.closing(items):  # stops the reading process on cancel or error
            # The reading process starts first: it reads while this one counts the
            # records and reads what the vault holds (a vault of 100 000 contacts: their
            # hashes, UIDs and numbers).
            started = list(itertools.islice(items, 1))
            total = estimate_records(paths)
            erased = _ErasedCheck(conn, allow_erased)
            try:
                _consume(conn, itertools.chain(started, items), report, now, progress,
                         cancel, total, erased)
            except errors.Cancelled as cancelled:  # rolled back: the files read, nothing stored
                cancelled.report = ImportReport(files=report.files, cancelled=True)
                raise
        audit.record(
            conn, "import", actor=ctx.actor_in(conn), at=now,
            details={
                "files": len(paths), "imported": report.imported, "merged": report.merged,
                "unchanged": report.unchanged, "skipped": report.skipped,
                "flagged_numbers": report.flagged_numbers,
                **({"columns": {f.file: f.mapping for f in report.files if f.mapping}}
                   if any(f.mapping for f in report.files) else {}),
                **({"erased": report.erased, "erased_allowed": allow_erased}
                   if report.erased else {}),
            },
        )
    if progress is not None:
        progress(total, total)
    return report


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import runs (in this process and in the
    reading one it forks). An import makes no reference cycles worth collecting, but
    its millions of short-lived objects set off collection after collection, each
    older one walking every object the process holds: 0.44 s of the 17.9 processor
    seconds of a 100 000-contact import (measured with gc.callbacks); peak memory the
    same without them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def preview(path: Path | str, mapping: Mapping[str, str] | None = None,
            rows: int = 5, ctx: Context | None = None) -> registry.TablePreview:
    """How a table file's columns will be read (with ``mapping``; without one, given the
    vault's ``ctx``, as at the file's last import) and its first rows."""
    path = Path(path)
    _check_is_file(path)
    strict = bool(mapping)  # a mapping kept from the last import may name gone columns
    if not mapping and ctx is not None:
        with ctx.vault.reading() as conn:
            mapping = audit_log.columns_last_used(conn, path_text(path))
    return registry.preview(path, mapping, rows, strict=strict)


def _consume(conn, items: Iterator[Item], report: ImportReport, now: str,
             progress: Progress | None, cancel: threading.Event | None, total: int,
             erased: _ErasedCheck | None) -> None:
    writer = contact_store.ImportWriter(conn)
    make_number = PhoneNumber
    seen: set[str] = set()  # records read but not stored (skipped): a second copy is unchanged
    done = 0
    refused = False  # the current file is refused: its records are read but not stored
    for kind, payload in items:
        if cancel is not None and cancel.is_set():
            raise errors.Cancelled()
        if kind == "started":
            continue
        if kind == "file":
            report.files.append(payload)
            refused = False
        elif kind == "end":
            report.files[-1] = payload
        elif kind == "issue" and payload.code == "no_phone_column":
            # Never import a customer list silently without its numbers.
            report.issues.append(dataclasses.replace(payload, severity=Severity.ERROR))
            report.files_unreadable += 1
            refused = True
        elif refused:
            if kind == "record":
                done += 1
        elif kind == "issue":
            report.issues.append(payload)
            if payload.severity is Severity.ERROR and payload.code in FILE_REFUSALS:
                report.files_unreadable += 1
            elif payload.severity is Severity.ERROR and payload.line is not None:
                report.skipped += 1
                done += 1
        else:
            numbers = [make_number(*n) for n in payload.numbers]  # all read by now
            _store(writer, payload, numbers, now, report, seen, erased)
            done += 1
            if progress is not None and done % 50 == 0:
                progress(min(done, total), total)
    writer.flush()


_NOT_A_FILE = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Errors", "it is a folder; name the files in it "
                                               "(for example FOLDER/*.vcf)")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Errors", "it is a named pipe (FIFO), not a file")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Errors", "it is a device, not a file")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Errors", "it is a device, not a file")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Errors", "it is a socket, not a file")),
)


def _check_is_file(path: Path) -> None:
    """Refuse, before anything is read, what is not an address-book file, saying what
    it is (a FIFO or a device would block or never end if it were opened)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise errors.FileUnreadable(path=path_text(path),
                                    reason=QT_TRANSLATE_NOOP("Errors", "no such file")) from None
    except OSError as exc:
        raise errors.from_os_error(exc, path_text(path), writing=False) from None
    for test, reason in _NOT_A_FILE:
        if test(mode):
            raise errors.FileUnreadable(path=path_text(path), reason=reason)


def _parallel(estimated_records: int) -> bool:
    workers = os.environ.get("CONTACTVAULT_IMPORT_WORKERS")
    if workers is not None:
        return workers.strip() not in ("", "0")
    return estimated_records >= PARALLEL_FROM_RECORDS and (os.cpu_count() or 1) > 1


class Share:
    """The share of records with a number not read before whose numbers the reading
    stage leaves to the writing stage (0: none, 1: all)."""

    def __init__(self, value: float = 0.0) -> None:
        self.value = value
        self._credit = 0.0

    def leave(self) -> bool:
        """Whether to leave the next such record's numbers: spread evenly, as asked."""
        self._credit += self.value
        if self._credit >= 1.0:
            self._credit -= 1.0
            return True
        return False

    def follow_backlog(self, backlog: int, capacity: int) -> None:
        """More for the writing stage while less than an eighth of the pipe's
        ``capacity`` waits for it (``backlog`` bytes), less while more than half does."""
        if backlog < capacity // 8:
            self.value = min(1.0, self.value + SHARE_STEP)
        elif backlog > capacity // 2:
            self.value = max(0.0, self.value - SHARE_STEP)

    def follow(self, writer_waited: float, reader_waited: float) -> None:
        """More for the writing stage when it waited longer for records than the reading
        stage waited for it to take them, less in the other case."""
        if writer_waited > reader_waited:
            self.value = min(1.0, self.value + SHARE_STEP)
        elif reader_waited > writer_waited:
            self.value = max(0.0, self.value - SHARE_STEP)


def _produce(paths: list[Path], region: str, mappings: Mappings,
             share: Share | None = None) -> Iterator[Item]:
    """The reading stage: records (their numbers normalised, but for the records
    ``share`` leaves to the writing stage, whose numbers it normalises itself), issues,
    file summaries. A number is read once per raw text: the same person from two
    exports (adjacent in a merged book) repeats most numbers under other labels."""
    readings: dict[str, phones.Reading] = {}
    for path in paths:
        summary = FileSummary(file=path_text(path))
        yield "file", summary
        chosen, strict = mappings.get(summary.file, ({}, True))
        read = registry.read(path, summary, chosen, strict=strict, region=region)
        # A few records are read, then their numbers: one kind of work at a time keeps
        # each one's code and data in the processor's caches (3 % less time measured).
        while chunk := list(itertools.islice(read, _READ_AHEAD)):
            for item in chunk:
                if isinstance(item, ImportIssue):
                    yield "issue", item
                    continue
                raws = tuple([(p.raw, p.label) for p in item.phones])
                numbers = None
                if (share is None or all(raw in readings for raw, _ in raws)
                        or not share.leave()):
                    numbers = _read_numbers(raws, region, readings)
                yield "record", Read(contact_store.record_row(item), raws, numbers,
                                     _has_content(item), _label(item))
        yield "end", summary


def _read_numbers(raws: tuple[tuple[str, str], ...], region: str,
                  readings: dict[str, phones.Reading],
                  limit: int = _READINGS) -> tuple[tuple, ...]:
    """A record's numbers, (raw, E.164, type, label, valid, flags) each, every raw text
    read once while ``readings`` (raw text -> reading, up to ``limit``) remembers it.
    Both processes read numbers through this: the reading one for the records it keeps,
    the writing one for those left to it."""
    numbers = []
    for raw, label in raws:
        reading = readings.get(raw)
        if reading is None:
            if len(readings) >= limit:
                # Emptied, not trimmed: deleting a dict's oldest keys one by one makes
                # each search for the oldest scan the holes.
                readings.clear()
            reading = readings[raw] = phones.read_number(raw, region)
        e164, number_type, valid, flags = reading
        numbers.append((raw, e164, number_type, label, valid, flags))
    return tuple(numbers)


def _read_items(paths: list[Path], region: str, mappings: Mappings, *,
                parallel: bool) -> Iterator[Item]:
    if not parallel:
        yield from _produce(paths, region, mappings)
        return
    method = _start_method()
    context = multiprocessing.get_context(method)
    receiver, sender = context.Pipe(duplex=False)
    _widen(receiver)
    # A forked process holds this end too: it closes it, or it would never see this
    # process gone (its writes would block instead of failing) and outlive a killed import.
    inherited = receiver if method == "fork" else None
    waited = context.RawValue("d", 0.0)  # seconds this process waited for records
    worker = context.Process(target=_produce_in_worker,
                             args=(paths, region, mappings, sender, waited, inherited),
                             daemon=True)
    worker.start()
    sender.close()
    yield "started", None
    clock = time.perf_counter
    make_read, make_row = Read, contact_store.RecordRow._make
    readings: dict[str, phones.Reading] = {}

    def read_numbers(raws: tuple[tuple[str, str], ...], region: str) -> tuple[tuple, ...]:
        return _read_numbers(raws, region, readings, _WRITER_READINGS)
    try:
        while True:
            try:
                started = clock()
                batch = receiver.recv()
                waited.value += clock() - started
            except EOFError:
                raise errors.FileUnreadable(
                    path=", ".join(map(str, paths)),
                    reason=QT_TRANSLATE_NOOP("Errors", "the reading process stopped")
                ) from None
            if batch is None:
                break
            if isinstance(batch, BaseException):
                raise batch
            # Records come as plain tuples (see _produce_in_worker); the numbers left to
            # this process are read for the whole batch before any record is stored
            # (one kind of work at a time, as in the reading process).
            yield from [
                (kind, make_read(make_row(payload[0]), payload[1],
                                 payload[2] if payload[2] is not None else
                                 read_numbers(payload[1], region), *payload[3:]))
                if kind == "record" else (kind, payload)
                for kind, payload in batch]
    finally:
        receiver.close()
        if worker.is_alive():
            worker.terminate()
        worker.join()


# Bytes the pipe between the processes holds (Linux's default: 64 KiB, less than one
# batch): the reading process runs this far ahead instead of stopping at every batch
# until the writing one takes it, so neither stalls when the other is held up for a
# moment (by another program on a busy machine, or by a merge or a slow batch).
_PIPE_BYTES = 1 << 20


def _widen(pipe) -> None:
    """Give the pipe ``_PIPE_BYTES`` where the system allows it (Linux), else leave it."""
    try:
        import fcntl
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass  # not Linux, or above the system's limit for pipes: the default size works


def _pipe_bytes(pipe) -> tuple[int, int] | None:
    """(bytes in the pipe not yet read, what it holds at most), where the system says
    (Linux); None elsewhere."""
    try:
        import array
        import fcntl
        import termios
        unread = array.array("i", [0])
        fcntl.ioctl(pipe.fileno(), termios.FIONREAD, unread, True)
        return unread[0], fcntl.fcntl(pipe.fileno(), fcntl.F_GETPIPE_SZ)
    except (ImportError, AttributeError, OSError):
        return None


def _start_method() -> str:
    """Fork where it is safe, spawn elsewhere. A forked reading process starts at once
    (a spawned one first imports the program again: about 0.2 s, a fifth of an import
    of 10 000 contacts), but forking a process with other threads (the desktop app's)
    can copy a lock that one of them holds; so only a process with one thread forks
    (counted by the system: Qt's threads are not Python's)."""
    if "fork" in multiprocessing.get_all_start_methods() and _only_thread():
        return "fork"
    return "spawn"


def _only_thread() -> bool:
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc: do not guess
        return False


def _produce_in_worker(paths: list[Path], region: str, mappings: Mappings,
                       sender, writer_waited, inherited=None) -> None:
    """The reading process: hands the records over in batches; ``writer_waited`` (a
    shared double) is how long the writing process has waited for them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writing process's to handle
    gc.disable()  # a spawned process starts with it on (see _collection_paused); it ends soon
    if inherited is not None:
        inherited.close()
    clock = time.perf_counter
    share = Share(SHARE_START)
    try:
        batch: list[Item] = []
        size = _FIRST_BATCH
        seen_waiting = 0.0
        for kind, payload in _produce(paths, region, mappings, share):
            if kind == "record":
                # Plain tuples: pickled and unpickled in half the time named tuples take.
                payload = (tuple(payload.row), *payload[1:])
            batch.append((kind, payload))
            if len(batch) >= size:
                started = clock()
                sender.send(batch)
                waiting = writer_waited.value
                in_pipe = _pipe_bytes(sender)
                if in_pipe is not None and in_pipe[1] >= _PIPE_BYTES:
                    share.follow_backlog(*in_pipe)
                else:
                    share.follow(waiting - seen_waiting, clock() - started)
                seen_waiting = waiting
                batch = []
                size = _BATCH
        sender.send(batch)
        sender.send(None)
    except OSError as exc:
        if exc.errno in (errno.EPIPE, errno.ECONNRESET):
            return  # the writing process is gone (killed, or it stopped the import): quietly
        _hand_over(sender, exc)
    except BaseException as exc:  # hand the failure to the writing process
        _hand_over(sender, exc)
    finally:
        sender.close()


def _hand_over(sender, exc: BaseException) -> None:
    try:
        sender.send(exc)
    except Exception:  # noqa: BLE001 - no one left to tell, or the error does not pickle
        try:
            sender.send(errors.FileUnreadable(path="?", reason=str(exc)[:200]))
        except Exception:  # noqa: BLE001 - the writing process is gone; it reports itself
            pass


def _label(record: ParsedContact) -> str:
    return record.formatted_name or record.name.formatted() or record.organisation or (
        record.phones[0].raw if record.phones else "")


def _has_content(record: ParsedContact) -> bool:
    return bool(
        record.formatted_name or not record.name.is_empty() or record.organisation
        or record.phones or record.emails or record.notes
        or any(not a.is_empty() for a in record.addresses)
    )


class _ErasedCheck:
    """Recognises records of erased people by the keyed hashes their erasure kept (of
    the original record and of each number); costs nothing in a vault without
    erasures."""

    def __init__(self, conn, allow: bool) -> None:
        self.conn = conn
        self.allow = allow
        self.active = request_store.any_erasures(conn)
        self.key = request_store.erasure_key(conn) if self.active else b""

    def erased_on(self, digest: str, numbers: list[PhoneNumber]) -> str | None:
        """The date of the erasure that matches the record, or None."""
        if not self.active:
            return None
        keyed = request_store.keyed_hash
        found = request_store.erased_matches(self.conn, "record", [keyed(self.key, digest)])
        if not found:
            hashes = [found for n in numbers
                      if (found := request_store.number_key(self.key, n.e164, n.raw))]
            found = request_store.erased_matches(self.conn, "number", hashes)
        if not found:
            return None
        return max(e.erased_at for e in found.values())


def _store(writer: contact_store.ImportWriter, read: Read, numbers: list[PhoneNumber],
           now: str, report: ImportReport, seen: set[str],
           erased: _ErasedCheck | None = None) -> None:
    row = read.row
    digest = row.digest
    if digest in seen or writer.source_known(digest):
        report.unchanged += 1
        return
    erased_at = erased.erased_on(digest, numbers) if erased is not None else None
    if erased_at is not None:
        report.erased += 1
        if not erased.allow:
            seen.add(digest)
            report.skipped += 1
            report.issues.append(ImportIssue(
                "erased", row.file, row.line, Severity.ERROR,
                detail=erased_at, raw=shorten(read.label), says="none",
                params=(("date", timefmt.format_date(erased_at)),)))
            return
        report.issues.append(ImportIssue(
            "erased_imported", row.file, row.line, Severity.WARNING,
            detail=erased_at, raw=shorten(read.label), says="none",
            params=(("date", timefmt.format_date(erased_at)),)))
    if not read.has_content:
        seen.add(digest)
        report.skipped += 1
        report.issues.append(ImportIssue(
            "card_empty", row.file, row.line, Severity.ERROR,
            raw=shorten(row.original_text), says="none"))
        return
    for number in numbers:
        if not phones.usable(number) and "empty" not in number.flags:
            report.flagged_numbers += 1
            report.issues.append(ImportIssue(
                "invalid_number", row.file, row.line, Severity.WARNING,
                detail=", ".join(number.flags), raw=shorten(number.raw)))
    numbers = [n for n in numbers if "empty" not in n.flags]
    target = writer.merge_target(row.name_key, [n.e164 for n in numbers if n.valid])
    if target is not None:
        writer.merge(target, row, numbers, now)
        report.merged += 1
        report.contact_ids.append(target)
        report.issues.append(ImportIssue(
            "merged", row.file, row.line, Severity.INFO,
            detail=f"contact {target}", says="merged_into", params=(("id", str(target)),)))
        return
    contact_id = writer.insert(row, numbers, now)
    report.imported += 1
    report.contact_ids.append(contact_id)
