"""Data-subject requests: access (GDPR Art. 15), erasure (Art. 17), rectification of a
number (Art. 16), restriction (Art. 18), objection (Art. 21) and erasure after the
retention period.

Erasure keeps only what the law needs: that it happened (when, by whom, why) and a
keyed hash of each number and original record (vault/requests.py), so removal lists
and a later re-import recognise them without storing them. The audit trail keeps every
entry; the erasure's own entry covers the records it changed or removed, so
``audit verify`` knows they are legitimately gone (vault/chain.py ``touch_erased``).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from contactvault import audit, clock, errors, phones, settings, timefmt
from contactvault.consent import policy
from contactvault.consent.events import (
    BASIS_LABELS,
    CHANNEL_LABELS,
    KIND_LABELS,
    PURPOSE_LABELS,
    EventKind,
)
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP, speaking, translate
from contactvault.model import CATEGORY_LABELS, Contact
from contactvault.services import consent as consent_service
from contactvault.vault import chain
from contactvault.vault import consent as consent_store
from contactvault.vault import contacts as contact_store
from contactvault.vault import devices as device_store
from contactvault.vault import exports as export_store
from contactvault.vault import requests as request_store
from contactvault.vault.connection import Connection
from contactvault.vault.requests import Erasure

_CONTACT_ID = re.compile(r"#?([1-9][0-9]{0,6})")
PdfRenderer = Callable[[str, Path], object]

# -- which person is meant -----------------------------------------------------------------


def resolve_person(ctx: Context, text: str) -> int:
    """A contact id (``12``, ``#12``), a contact's uid, a phone number in any usual form,
    or a name (all words of it, in any order) → the contact id. Raises PersonNotFound or
    AmbiguousPerson."""
    with ctx.vault.reading() as conn:
        return _resolve(conn, text)


def _resolve(conn: Connection, text: str) -> int:
    typed = text.strip()
    if not typed:
        raise errors.PersonNotFound(person=repr(text))
    match = _CONTACT_ID.fullmatch(typed)
    if match and contact_store.contact_exists(conn, int(match.group(1))):
        return int(match.group(1))
    by_uid = contact_store.contact_id_by_uid(conn, typed)
    if by_uid is not None:
        return by_uid
    candidates: list[int] = []
    if any(ch.isdigit() for ch in typed):
        e164 = phones.to_e164(typed, settings.get(conn, "numbers.default_region"))
        if e164:
            candidates = contact_store.contact_ids_for_number(conn, e164)
    if not candidates:
        candidates = contact_store.contact_ids_by_name(conn, typed)
    if not candidates:
        raise errors.PersonNotFound(person=typed)
    if len(candidates) > 1:
        names = [f"#{cid} {contact_store.get_contact(conn, cid, with_sources=False).display_name()}"
                 for cid in candidates[:10]]
        raise errors.AmbiguousPerson(person=typed, candidates=", ".join(names))
    return candidates[0]


# -- access (Art. 15) ---------------------------------------------------------------------

WHATSAPP_HOLDS = QT_TRANSLATE_NOOP(
    "Request", "WhatsApp (WhatsApp Ireland Ltd., part of Meta) may hold your number {numbers} "
               "since {date}, when it was first put on a WhatsApp phone ({device}): WhatsApp "
               "uploads the phone's address book to its servers, and such an upload cannot "
               "be recalled.")
WHATSAPP_NEVER = QT_TRANSLATE_NOOP(
    "Request", "None of your numbers was ever put on a WhatsApp phone by us; WhatsApp has "
               "not received them from us.")
REMOVED_ON = QT_TRANSLATE_NOOP("Request", "removed on {date} by {actor}")
STILL_ON = QT_TRANSLATE_NOOP("Request", "still on the phone")


def access_report(ctx: Context, person: str | int, *, lang: str | None = None) -> dict:
    """Everything the vault holds about one person, as a JSON-ready dict in ``lang``
    (default: the context's language): every field, the original records, the numbers
    with today's decision, the consent history with its evidence, the texts sent, which
    phone received which number when (and when it was removed), the number corrections,
    the audit entries about them, and whether WhatsApp may hold the number."""
    lang = lang or ctx.language
    now = ctx.now()
    with speaking(lang), ctx.vault.reading() as conn:
        contact_id = person if isinstance(person, int) else _resolve(conn, person)
        try:
            contact = contact_store.get_contact(conn, contact_id)
        except KeyError:
            raise errors.ContactNotFound(ident=contact_id) from None
        numbers = contact_store.numbers_of_contact(conn, contact_id)
        cfg = PolicySettings.from_settings(settings.all_settings(conn))
        histories = consent_store.for_numbers(conn, numbers)
        recorded_for = [e for e in _events_recorded_for(conn, contact_id)
                        if e.e164 not in histories]
        rows = list(contact_store.numbers_with_category(conn, contact_id))
        texts = [(e164, m) for e164 in numbers for m in consent_store.messages_for(conn, e164)]
        items = request_store.export_items_for(conn, contact.uid, numbers)
        removed = request_store.confirmations_for(conn, contact.uid, numbers)
        corrections = request_store.corrections_of(conn, contact_id)
        restricted = request_store.restricted_since(conn, contact_id)
        entries = list(audit.entries(conn))
        head = str(audit.head(conn) or "")
        devices = {d.id: d.name for d in device_store.all_devices(conn)}
        templates = {m.template: consent_store.template_text(conn, m.template)
                     for _e, m in texts}
        company = settings.get(conn, "company.name")
        decisions = policy.decide_many(
            [(histories.get(r.number.e164, ()) if r.number.e164 else (), r.category, r.number)
             for r in rows], cfg, now)
        events = [e for e164 in numbers for e in histories.get(e164, [])] + recorded_for
        event_ids = {e.id for e in events}
        evidence = request_store.evidence_for_events(conn, event_ids)
        export_ids = {i.export_id for i in items}
        removal_ids = {r.id for r in removed}
        about = [e for e in entries if _about(e, contact_id, event_ids, export_ids, removal_ids)]
        report = {
            "document": translate("Request", QT_TRANSLATE_NOOP(
                "Request", "Information about the data we hold about you (GDPR Art. 15)")),
            "controller": company,
            "language": lang,
            "printed_at": clock.to_iso(now),
            "printed_by": ctx.actor_in(conn),
            "audit_head": head,
            "person": _person(contact, restricted),
            "original_records": [asdict(s) for s in contact.sources],
            "numbers": [{
                "raw": r.number.raw, "e164": r.number.e164, "type": r.number.number_type,
                "type_text": translate("PhoneType", phones.TYPE_TEXTS.get(
                    r.number.number_type, r.number.number_type)),
                "label": r.number.label, "valid": r.number.valid, "flags": list(r.number.flags),
                "status": d.status, "status_text": d.status_text(), "reason": d.reason_text(),
            } for r, d in zip(rows, decisions, strict=True)],
            "consent_history": [dict(_event(e), evidence_files=evidence.get(e.id, []))
                                for e in sorted(events, key=lambda e: e.order_key())],
            "texts_sent": [{
                "number": e164, "kind": m.kind, "template": m.template, "language": m.language,
                "sent_at": m.sent_at, "recorded_by": m.recorded_by,
                # exactly what was sent where the vault kept it; else the template's wording
                "text": getattr(m, "text", "") or templates.get(m.template) or "",
            } for e164, m in texts],
            "phones": _phones(items, removed, devices),
            "number_corrections": [asdict(c) for c in corrections],
            "audit_entries": [{
                "seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                "subject": e.subject, "details": e.details, "hash": e.hash,
            } for e in about],
            "whatsapp": _whatsapp_statement(items, devices),
        }
    return report


def _events_recorded_for(conn: Connection, contact_id: int):
    ids = request_store.consent_event_ids(conn, (), contact_id)
    return list(consent_store.by_id(conn, ids).values())


def _person(contact: Contact, restricted: str) -> dict:
    return {
        "id": contact.id, "uid": contact.uid, "display_name": contact.display_name(),
        "formatted_name": contact.formatted_name, "name": asdict(contact.name),
        "organisation": contact.organisation, "title": contact.title,
        "category": contact.category.value,
        "category_text": translate("Category", CATEGORY_LABELS[contact.category]),
        "language": contact.language,
        "emails": [asdict(e) for e in contact.emails],
        "addresses": [asdict(a) for a in contact.addresses],
        "notes": list(contact.notes),
        "created_at": contact.created_at, "updated_at": contact.updated_at,
        "restricted_since": restricted or None,
    }


def _event(e) -> dict:
    return {
        "id": e.id, "number": e.e164, "kind": e.kind,
        "kind_text": translate("Consent", KIND_LABELS.get(e.kind, e.kind)),
        "basis": e.basis,
        "basis_text": translate("Consent", BASIS_LABELS[e.basis]) if e.basis else "",
        "channel": e.channel,
        "channel_text": translate("Consent", CHANNEL_LABELS[e.channel]) if e.channel else "",
        "purpose": e.purpose,
        "purpose_text": translate("Consent", PURPOSE_LABELS[e.purpose]) if e.purpose else "",
        "evidence": e.evidence, "notice_version": e.notice_version,
        "with_notice": bool(e.with_notice), "recorded_by": e.recorded_by,
        "occurred_at": e.occurred_at, "recorded_at": e.recorded_at,
    }


def _phones(items, removed, devices: dict[int, str]) -> list[dict]:
    result = []
    for item in items:
        closing = [r for r in removed if r.device_id == item.device_id
                   and r.e164 == item.e164 and r.export_id >= item.export_id]
        first = closing[0] if closing else None
        result.append({
            "device": item.device_name, "number": item.e164, "shown_name": item.shown_name,
            "export": item.export_id, "exported_at": item.exported_at,
            "removed_at": first.confirmed_at if first else None,
            "removed_by": first.confirmed_by if first else None,
            "state": (translate("Request", REMOVED_ON).format(
                date=timefmt.format_date(first.confirmed_at), actor=first.confirmed_by)
                if first else translate("Request", STILL_ON)),
        })
    return result


def _whatsapp_statement(items, devices) -> dict:
    if not items:
        return {"since": None, "device": None, "numbers": [],
                "text": translate("Request", WHATSAPP_NEVER)}
    first = min(items, key=lambda i: (i.exported_at, i.export_id))
    numbers = sorted({i.e164 for i in items})
    return {"since": first.exported_at, "device": first.device_name, "numbers": numbers,
            "text": translate("Request", WHATSAPP_HOLDS).format(
                numbers=", ".join(numbers), date=timefmt.format_date(first.exported_at),
                device=first.device_name)}


def _about(entry: audit.AuditEntry, contact_id: int, event_ids: set, export_ids: set,
           removal_ids: set) -> bool:
    subject = entry.subject
    if subject == str(contact_id) or str(contact_id) in subject.split(","):
        return True
    kind, _, value = subject.partition(":")
    if value.isdigit():
        number = int(value)
        if (kind == "event" and number in event_ids) or (
                kind == "export" and number in export_ids) or (
                kind == "removal" and number in removal_ids):
            return True
    details = entry.details if isinstance(entry.details, dict) else {}
    return details.get("contact") == contact_id


def access_html(report: dict) -> str:
    """The access report as an HTML document (for the PDF), in the report's language."""
    from contactvault.services import request_documents

    return request_documents.build_html(report)


def write_access(ctx: Context, person: str | int, path: Path | str, *, fmt: str | None = None,
                 lang: str | None = None, render_pdf: PdfRenderer | None = None) -> Path:
    """Write the access report as JSON or PDF (``fmt``, default by the file's extension:
    .pdf = PDF, anything else JSON) and record in the audit trail that it was given."""
    import json

    path = Path(path).expanduser().absolute()
    fmt = fmt or ("pdf" if path.suffix.lower() == ".pdf" else "json")
    if fmt not in ("json", "pdf"):
        raise errors.InvalidArgument(what="--format", reason=QT_TRANSLATE_NOOP(
            "Errors", "json or pdf"))
    report = access_report(ctx, person, lang=lang)
    if fmt == "pdf":
        if render_pdf is None:
            raise errors.InvalidArgument(what="--format", reason=QT_TRANSLATE_NOOP(
                "Errors", "PDF needs the desktop app's printer"))
        render_pdf(access_html(report), path)
    else:
        _write_text(path, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    with ctx.vault.transaction() as conn:
        audit.record(conn, "request.access", actor=ctx.actor_in(conn), at=ctx.now_iso(),
                     subject=str(report["person"]["id"]),
                     details={"contact": report["person"]["id"], "format": fmt})
    return path


def _write_text(path: Path, text: str) -> None:
    import os

    tmp = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise errors.from_os_error(exc, path, writing=True) from None


# -- erasure (Art. 17) ----------------------------------------------------------------------


@dataclass(frozen=True)
class PhoneRemoval:
    """What a phone must delete because of an erasure: shown once, when it happens."""

    device: str
    shown_name: str
    number: str


@dataclass(frozen=True)
class Backup:
    """A backup written before an erasure: it still holds the erased data."""

    at: str
    file: str
    head: str


@dataclass
class ErasurePreview:
    contact_id: int
    name: str
    numbers: list[str]
    kept_shared: list[str]  # numbers stored for another contact too: kept for them
    events: int
    texts: int
    records: int
    phones_received: list[str]  # every phone that was ever given one of the numbers
    to_remove: list[PhoneRemoval]  # what phones still hold
    backups: list[Backup]


@dataclass
class ErasureResult:
    erasure_id: int
    erased_at: str
    erased_by: str
    preview: ErasurePreview
    audit_head: str
    extra: dict = field(default_factory=dict)


def erasure_preview(ctx: Context, person: str | int) -> ErasurePreview:
    """What ``erase`` would remove and what phones must delete. Changes nothing."""
    with ctx.vault.reading() as conn:
        contact_id = person if isinstance(person, int) else _resolve(conn, person)
        return _preview(conn, contact_id, ctx.now_iso())


class _Bulk:
    """What every erasure of one transaction reads the same: read once for a bulk
    erasure (the retention review) instead of once per person — the backups, what the
    phones hold, and the audit trail's ranges of covered records. After each erasure
    ``erased`` drops what it redacted from the phones' holdings, so the next person's
    preview sees what it would have seen had it been read again."""

    def __init__(self, conn: Connection) -> None:
        self.backups = _backups(conn)
        self.held = [(device.name, held.contact_uid, held.e164, held.shown_name)
                     for device in device_store.all_devices(conn)
                     for held in export_store.on_phone(conn, device.id)]
        self.ranges = chain.covered_ranges(conn)

    def erased(self, uid: str, own: list[str]) -> None:
        numbers = set(own)
        self.held = [h for h in self.held if h[1] != uid and h[2] not in numbers]


def _backups(conn: Connection) -> list[Backup]:
    return [Backup(e.at, str(e.details.get("file", "")), f"{e.seq}:{e.hash}")
            for e in audit.entries_with_action(conn, "vault.backup")]


def _preview(conn: Connection, contact_id: int, now: str,
             bulk: _Bulk | None = None) -> ErasurePreview:
    try:
        contact = contact_store.get_contact(conn, contact_id, with_sources=False)
    except KeyError:
        raise errors.ContactNotFound(ident=contact_id) from None
    numbers = contact_store.numbers_of_contact(conn, contact_id)
    shared = request_store.numbers_stored_elsewhere(conn, contact_id, numbers)
    own = [n for n in numbers if n not in shared]
    events = request_store.consent_event_ids(conn, own, contact_id)
    texts = request_store.message_ids(conn, own)
    items = request_store.export_items_for(conn, contact.uid, own)
    if bulk is not None:
        held = bulk.held
    else:
        held = [(device.name, h.contact_uid, h.e164, h.shown_name)
                for device in device_store.all_devices(conn)
                for h in export_store.on_phone(conn, device.id)]
    to_remove = [PhoneRemoval(device, shown, e164) for device, uid, e164, shown in held
                 if uid == contact.uid or e164 in own]
    backups = [b for b in (bulk.backups if bulk is not None else _backups(conn))
               if b.at <= now]
    return ErasurePreview(
        contact_id, contact.display_name(), numbers, sorted(shared), len(events), len(texts),
        len(request_store.source_hashes(conn, contact_id)),
        sorted({i.device_name for i in items}, key=str.casefold), to_remove, backups)


def erase(ctx: Context, person: str | int, *, reason: str = "request") -> ErasureResult:
    """Erase one person: see ``_erase``."""
    with ctx.vault.transaction() as conn:
        contact_id = person if isinstance(person, int) else _resolve(conn, person)
        return _erase(conn, ctx, contact_id, reason)


def _erase(conn: Connection, ctx: Context, contact_id: int, reason: str,
           bulk: _Bulk | None = None) -> ErasureResult:
    """Inside one transaction: the contact, its numbers and original records, its number
    corrections, the consent events of its numbers (and those recorded for it) with
    their evidence, the texts sent to its numbers — gone. What phones were given of it
    stays as markers (see ``requests.redact_exports``), so each phone's removal list
    still names the open removal. Numbers also stored for another contact stay with
    that contact (their history is that person's too). Kept: the ``erasures`` row and
    the keyed hashes of the numbers and original records. ``bulk``: what a bulk erasure
    read once for all of its people."""
    now = ctx.now_iso()
    who = ctx.actor_in(conn)
    preview = _preview(conn, contact_id, now, bulk)
    contact = contact_store.get_contact(conn, contact_id, with_sources=False)
    key = request_store.erasure_key(conn)
    own = [n for n in preview.numbers if n not in set(preview.kept_shared)]
    raw_forms = [raw for raw, e164 in request_store.raw_numbers(conn, contact_id)
                 if e164 is None]
    record_hashes = [request_store.keyed_hash(key, h)
                     for h in request_store.source_hashes(conn, contact_id)]
    number_hashes = [request_store.number_key(key, n) for n in own] + [
        found for raw in raw_forms
        if (found := request_store.number_key(key, None, raw)) is not None]
    erasure_id = request_store.insert_erasure(conn, now, who, reason, len(own),
                                              len(record_hashes))
    request_store.insert_keys(conn, erasure_id, "number", number_hashes)
    request_store.insert_keys(conn, erasure_id, "record", record_hashes)

    event_ids = request_store.consent_event_ids(conn, own, contact_id)
    message_ids = request_store.message_ids(conn, own)
    evidence_ids = request_store.evidence_file_ids(conn, event_ids)
    request_store.delete_append_only(conn, secrets.token_hex(8), event_ids=event_ids,
                                     message_ids=message_ids, evidence_ids=evidence_ids)
    ranges = bulk.ranges if bulk is not None else chain.covered_ranges(conn)

    def chain_touch(table: str, values: set) -> None:
        chain.touch_erased(conn, table, values, ranges)

    chain_touch("consent_events", event_ids)
    chain_touch("messages_sent", message_ids)
    chain_touch("evidence_files", evidence_ids)
    redacted = request_store.redact_exports(conn, contact.uid, own, key, erasure_id)
    chain_touch("export_items", redacted.export_ids)
    chain_touch("removal_confirmations", redacted.confirmation_ids)
    corrections = request_store.correction_ids(conn, contact_id)
    request_store.delete_contact(conn, contact_id)
    chain_touch("number_corrections", corrections)
    if bulk is not None:
        bulk.erased(contact.uid, own)
    entry = audit.record(
        conn, "request.erase", actor=who, at=now, subject=f"erasure:{erasure_id}",
        details={"erasure": erasure_id, "reason": reason, "numbers": len(own),
                 "numbers_kept_shared": len(preview.kept_shared), "records": len(record_hashes),
                 "consent_events": len(event_ids), "texts_sent": len(message_ids),
                 "evidence_files": len(evidence_ids),
                 "exports": sorted(redacted.export_ids),
                 "removal_confirmations": sorted(redacted.confirmation_ids),
                 "number_corrections": len(corrections),
                 "open_removals": len(preview.to_remove),
                 "backups_before": [b.head for b in preview.backups]})
    return ErasureResult(erasure_id, now, who, preview, f"{entry.seq}:{entry.hash}")


def erasures(ctx: Context) -> list[Erasure]:
    with ctx.vault.reading() as conn:
        return request_store.all_erasures(conn)


# -- recognising erased people on import ------------------------------------------------------


def erased_number_marker(ctx: Context, e164: str) -> str:
    """The marker an erased number has on removal lists (to confirm its removal)."""
    with ctx.vault.reading() as conn:
        return request_store.number_marker(request_store.erasure_key(conn), e164)


# -- retention ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionCase:
    contact_id: int
    name: str
    last_activity: str


def retention_due(ctx: Context, *, today: datetime | None = None) -> list[RetentionCase]:
    """Contacts without any activity (change, import, consent event, export) for
    ``retention.review_months``: the review list for bulk erasure."""
    today = today or ctx.now()
    with ctx.vault.reading() as conn:
        months = int(settings.get(conn, "retention.review_months"))
        if months <= 0:
            return []
        cutoff = clock.to_iso(policy.months_before(today, months))
        latest = request_store.last_activity(conn)
        due = sorted((at, cid) for cid, at in latest.items() if at < cutoff)
        return [RetentionCase(cid, contact_store.get_contact(
            conn, cid, with_sources=False).display_name(), at) for at, cid in due]


def erase_retention(ctx: Context, contact_ids: list[int]) -> list[ErasureResult]:
    """Erase the given contacts of the review list, in one transaction; each must still
    be due (an activity since the review keeps it)."""
    today = ctx.now()
    due = {c.contact_id for c in retention_due(ctx, today=today)}
    stale = [cid for cid in contact_ids if cid not in due]
    if stale:
        raise errors.InvalidArgument(what=", ".join(f"#{c}" for c in stale), reason=(
            QT_TRANSLATE_NOOP("Errors", "no longer past the retention period")))
    with ctx.vault.transaction() as conn:
        bulk = _Bulk(conn)
        return [_erase(conn, ctx, cid, "retention", bulk) for cid in contact_ids]


# -- restriction (Art. 18) and objection (Art. 21) ------------------------------------------


def restrict(ctx: Context, person: str | int, *, lift: bool = False) -> str:
    """Restrict processing of a contact (it stays off every phone; numbers already on a
    phone go on its removal list), or lift the restriction. Returns the time it holds
    since ('' when lifted)."""
    now = ctx.now_iso()
    with ctx.vault.transaction() as conn:
        contact_id = person if isinstance(person, int) else _resolve(conn, person)
        if not contact_store.contact_exists(conn, contact_id):
            raise errors.ContactNotFound(ident=contact_id)
        since = "" if lift else (request_store.restricted_since(conn, contact_id) or now)
        request_store.set_restricted(conn, contact_id, since)
        audit.record(conn, "request.restrict_lift" if lift else "request.restrict",
                     actor=ctx.actor_in(conn), at=now, subject=str(contact_id),
                     details={"contact": contact_id})
    return since


def restricted_since(ctx: Context, contact_id: int) -> str:
    with ctx.vault.reading() as conn:
        return request_store.restricted_since(conn, contact_id)


def object_to(ctx: Context, number_text: str, *, evidence: str = "",
              channel: str | None = None, occurred_at: datetime | str | None = None):
    """Record an objection (Art. 21) for a number: it revokes, and a later implied
    consent by conduct no longer counts (policy rule 4)."""
    return consent_service.record_event(ctx, number_text, EventKind.OBJECTED,
                                        evidence=evidence, channel=channel,
                                        occurred_at=occurred_at)


# -- rectification (Art. 16) ------------------------------------------------------------------


def correct_number(ctx: Context, person: str | int, old: str, new: str, *,
                   note: str = "") -> request_store.Correction:
    """Correct one stored number of a contact (the old and new forms are kept in
    ``number_corrections``, covered by the audit trail). The consent history stays with
    the number it was given for: a corrected number needs its own consent, and the old
    one goes on the removal list of a phone that has it."""
    now = ctx.now_iso()
    with ctx.vault.transaction() as conn:
        contact_id = person if isinstance(person, int) else _resolve(conn, person)
        try:
            contact = contact_store.get_contact(conn, contact_id, with_sources=False)
        except KeyError:
            raise errors.ContactNotFound(ident=contact_id) from None
        region = settings.get(conn, "numbers.default_region")
        old_e164 = phones.to_e164(old, region)
        target = next((p for p in contact.phones if p.raw == old.strip()
                       or (old_e164 and p.e164 == old_e164)), None)
        if target is None:
            raise errors.NumberNotFound(number=old)
        parsed = phones.normalise(new, region, target.label)
        if not new.strip():
            raise errors.InvalidArgument(what="number", reason=QT_TRANSLATE_NOOP(
                "Errors", "a name or a number is needed"))
        who = ctx.actor_in(conn)
        request_store.replace_number(conn, target.id, parsed.raw, parsed.e164,
                                     parsed.number_type, parsed.valid, " ".join(parsed.flags),
                                     now)
        correction_id = request_store.insert_correction(
            conn, contact_id, target.id, target.raw, target.e164, parsed.raw, parsed.e164,
            note, now, who)
        audit.record(conn, "request.rectify", actor=who, at=now, subject=str(contact_id),
                     details={"contact": contact_id, "correction": correction_id})
        return request_store.corrections_of(conn, contact_id)[-1]


def corrections(ctx: Context, contact_id: int) -> list[request_store.Correction]:
    with ctx.vault.reading() as conn:
        return request_store.corrections_of(conn, contact_id)
