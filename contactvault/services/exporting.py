"""Exports for a WhatsApp phone: plan, write and record them; removal lists.

``plan_export`` reads the vault and lets the policy decide every number; the plan says
who would be exported, who not and why, and what must come off the phone. It changes
nothing (``--dry-run`` is a plan). ``write_export`` does not trust the plan: inside one
transaction it reloads the facts for the planned numbers and the vCard writer asks the
policy again, writes the file under a temporary name and records the export with every
number and the event that made it eligible; only then does the file get its name
(services/outgoing.py). A process killed at any point leaves either no file and no record,
or both: the next start removes or completes what it left.

Full export = every eligible number (first set-up of a phone). Incremental = only what
is not on that phone yet: phones do not merge duplicates on re-import.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from contactvault import audit, clock, crashpoints, errors, output_files, settings
from contactvault.consent import policy
from contactvault.consent.events import ConsentEvent
from contactvault.consent.policy import Decision, PolicySettings
from contactvault.context import Context
from contactvault.export import removal_list, vcard_writer
from contactvault.export.removal_list import Removal
from contactvault.export.vcard_writer import CardNumber, CardSource
from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n
from contactvault.model import Device, PhoneNumber
from contactvault.services import outgoing
from contactvault.services.devices import device_in
from contactvault.vault import consent as consent_store
from contactvault.vault import contacts as contact_store
from contactvault.vault import devices as device_store
from contactvault.vault import exports as export_store
from contactvault.vault import requests as request_store
from contactvault.vault.connection import Connection
from contactvault.vault.contacts import ContactHead
from contactvault.vault.exports import Confirmation, ExportRecord, OnPhone

_ERASURE_REF = re.compile(r"erased:([1-9][0-9]*)")

FULL = "full"
INCREMENTAL = "incremental"

DUPLICATE_WARNING = QT_TRANSLATE_NOOP(
    "Export", "{device} already holds %n number(s) from earlier exports. Importing a full "
              "export again creates duplicates on the phone; use an incremental export unless "
              "the phone's address book was emptied.", None, 1)
REMOVALS_WARNING = QT_TRANSLATE_NOOP(
    "Export", "%n number(s) must be deleted from {device}; see the removal list.", None, 1)


@dataclass(frozen=True)
class PlanItem:
    """A number that will go onto the phone, and why it may."""

    contact_id: int
    contact_uid: str
    shown_name: str
    e164: str
    decision: Decision
    # the names of the other contacts that store this number: it is written once, under
    # this contact (policy.written_under), and the review says who else has it
    shared_with: tuple[str, ...] = ()

    @property
    def basis_event(self) -> ConsentEvent | None:
        return self.decision.basis_event


@dataclass(frozen=True)
class Excluded:
    """A number that will not go onto the phone, and why not."""

    contact_id: int
    shown_name: str
    number: str  # E.164, or the raw text of a number that could not be read
    decision: Decision

    def reason_text(self) -> str:
        return self.decision.reason_text()


@dataclass
class ExportPlan:
    device: Device
    kind: str  # FULL or INCREMENTAL
    settings: PolicySettings
    include_organisation: bool
    today: datetime
    items: list[PlanItem] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    already_on_phone: int = 0  # eligible, but an incremental export leaves them out
    removals: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # translated sentences

    @property
    def contact_count(self) -> int:
        return len({item.contact_uid for item in self.items})


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    count: int  # numbers written
    export_id: int
    warning_text: str  # "this file is not encrypted; delete it after the import"
    contacts: int = 0
    removals: tuple[Removal, ...] = ()
    audit_head: str = ""  # the audit trail's head (count:hash) with this export recorded


# -- planning ---------------------------------------------------------------------------


@dataclass
class _Facts:
    """What a plan was decided from, per (contact uid, E.164): kept with the plan so that
    a write in the same transaction need not load it again."""

    heads: dict[int, ContactHead]  # by contact id
    numbers: dict[tuple[str, str], PhoneNumber]
    histories: dict[str, list[ConsentEvent]]


def plan_export(ctx: Context, device_name: str, *, incremental: bool = False,
                today: datetime | None = None) -> ExportPlan:
    """Who would be exported to the phone and who not (with the policy's reason), and
    the phone's current removal list. Changes nothing."""
    with policy.gc_paused(), ctx.vault.reading() as conn:
        plan, _facts = _plan(conn, device_name, incremental, today or ctx.now())
    return plan


def _plan(conn: Connection, device_name: str, incremental: bool,
          today: datetime) -> tuple[ExportPlan, _Facts]:
    device = device_in(conn, device_name)
    values = settings.all_settings(conn)
    cfg = PolicySettings.from_settings(values)
    heads = contact_store.contact_heads(conn)
    rows = list(contact_store.numbers_with_category(conn))
    histories = consent_store.all_by_number(conn, full=False)
    phone_items = export_store.on_phone(conn, device.id)
    plan = ExportPlan(device, INCREMENTAL if incremental else FULL, cfg,
                      bool(values["export.include_organisation"]), today)
    none: list[ConsentEvent] = []
    decisions, holders = policy.one_contact_per_number(rows, policy.decide_many(
        ((histories.get(r.number.e164, none) if r.number.e164 else none, r.category, r.number)
         for r in rows), cfg, today))
    current: dict[tuple[str, str], Decision] = {}
    numbers: dict[tuple[str, str], PhoneNumber] = {}
    on_phone_keys = {(i.contact_uid, i.e164) for i in phone_items}
    planned: set[tuple[str, str]] = set()
    names: dict[int, str] = {}

    def name_of(contact_id: int, e164: str) -> str:
        shown = names.get(contact_id)
        if shown is None:
            shown = names[contact_id] = vcard_writer.shown_name(
                _source(heads[contact_id], ()), e164)
        return shown

    for row, decision in zip(rows, decisions, strict=True):
        head = heads[row.contact_id]
        number = row.number
        shown = name_of(head.id, number.e164 or "")
        if not decision.eligible:
            plan.excluded.append(Excluded(head.id, shown, number.e164 or number.raw, decision))
            if number.e164:
                current.setdefault((head.uid, number.e164), decision)
            continue
        key = (head.uid, number.e164)
        current[key] = decision  # two entries of one number: "eligible" wins
        if key in planned:
            continue
        if incremental and key in on_phone_keys:
            plan.already_on_phone += 1
            continue
        planned.add(key)
        numbers[key] = number
        others = tuple(name_of(cid, number.e164) for cid in holders.get(number.e164, ())
                       if cid != head.id)
        plan.items.append(PlanItem(head.id, head.uid, shown, number.e164, decision, others))
    uids = {h.uid for h in heads.values()}
    plan.removals = removal_list.removals(device.id, device.name, phone_items, current, uids)
    if not incremental and phone_items:
        plan.warnings.append(translate_n("Export", DUPLICATE_WARNING, len(phone_items)).format(
            device=device.name))
    if plan.removals:
        plan.warnings.append(translate_n("Export", REMOVALS_WARNING, len(plan.removals)).format(
            device=device.name))
    return plan, _Facts(heads, numbers, histories)


def _source(head: ContactHead, numbers) -> CardSource:
    return CardSource(head.uid, head.formatted_name, head.name, head.organisation,
                      head.category, tuple(numbers))


# -- writing ----------------------------------------------------------------------------

VCARD = "vcard"
SELECTION = "selection"  # route B: a list of the contacts a person may pick by hand
LINKS = "links"  # route C: click-to-chat links, no address book on the phone
DOCUMENT_FORMATS = (SELECTION, LINKS)

# Writes a plan's numbers as a document (a selection list or links sheet) to the path;
# the third argument is the time of the export (ISO UTC), to print on it.
DocumentWriter = Callable[[ExportPlan, Path, str], None]


def export(ctx: Context, device_name: str, path: Path | str, *,
           incremental: bool = False, force: bool = False) -> tuple[ExportPlan, ExportResult]:
    """Plan and write in one transaction (what ``contactvault export`` does): the facts
    are read once and nothing can change between deciding and writing."""
    path = Path(path).expanduser().absolute()
    return _write(ctx, path, lambda conn, now: _plan(
        conn, device_name, incremental, now), force=force)


def write_export(ctx: Context, plan: ExportPlan, path: Path | str, *,
                 force: bool = False) -> ExportResult:
    """Write a plan made earlier (shown to the person first) and record the export.

    The plan is not trusted: inside the transaction the facts are read again and the
    writer asks the policy about every planned number. Raises NothingToExport for an
    empty plan, NotEligible if the policy no longer allows a planned number,
    ExportPlanStale if the phone, the policy settings, or a planned contact or number
    changed or is gone."""
    path = Path(path).expanduser().absolute()
    return _write(ctx, path, _replanner(plan), force=force)[1]


def write_document_export(ctx: Context, plan: ExportPlan, path: Path | str, fmt: str,
                          write_document: DocumentWriter, *,
                          force: bool = False) -> ExportResult:
    """Hand a plan to the phone as a document (``fmt`` "selection" or "links", written
    by ``write_document``) and record it like a vCard export, with every number, so
    that removal lists and proofs cover it. The plan is checked as in ``write_export``."""
    if fmt not in DOCUMENT_FORMATS:
        raise errors.InvalidArgument(what="format", reason=QT_TRANSLATE_NOOP(
            "Errors", "vcard, selection or links"))
    path = Path(path).expanduser().absolute()
    return _write(ctx, path, _replanner(plan), fmt, write_document, force=force)[1]


def _replanner(plan: ExportPlan):
    """Reads the facts for ``plan`` again inside the writing transaction."""

    def replan(conn: Connection, now: datetime) -> tuple[ExportPlan, _Facts]:
        device = device_in(conn, plan.device.name)
        if device.id != plan.device.id:
            raise errors.ExportPlanStale(detail="the phone profile was replaced")
        fresh, facts = _plan(conn, plan.device.name, plan.kind == INCREMENTAL, now)
        if fresh.settings != plan.settings:
            raise errors.ExportPlanStale(detail="the policy settings changed")
        shared_elsewhere = {(x.contact_id, x.number): x.decision for x in fresh.excluded
                            if x.decision.reason == "shared_number"}
        for item in plan.items:
            head = facts.heads.get(item.contact_id)
            if head is None or head.uid != item.contact_uid:
                raise errors.ExportPlanStale(detail=f"contact {item.contact_id} is gone")
            key = (item.contact_uid, item.e164)
            refused = shared_elsewhere.get((item.contact_id, item.e164))
            if key not in facts.numbers and refused is not None:
                raise errors.NotEligible(number=item.e164, reason=refused.reason_text())
            if key not in facts.numbers:
                # not eligible any more (or never was): let the writer say why
                number = _stored_number(conn, item.contact_id, item.e164)
                if number is None:
                    raise errors.ExportPlanStale(
                        detail=f"a number of contact {item.contact_id} is gone")
                facts.numbers[key] = number
        return plan, facts

    return replan


def _stored_number(conn: Connection, contact_id: int, e164: str) -> PhoneNumber | None:
    for row in contact_store.numbers_with_category(conn, contact_id):
        if row.number.e164 == e164:
            return row.number
    return None


# (contact id, contact uid, E.164, name shown on the phone, id of the basis event)
_Item = tuple[int, str, str, str, int]


def _write(ctx: Context, path: Path, make_plan, fmt: str = VCARD,
           write_document: DocumentWriter | None = None, *,
           force: bool = False) -> tuple[ExportPlan, ExportResult]:
    """The one way an export is written and recorded, whatever its format: registered,
    written under a temporary name and recorded (with its audit entry) in one
    transaction, then published (services/outgoing.py), so that a file the vault does
    not know never exists."""
    out = outgoing.begin(ctx.vault, outgoing.EXPORT, path, force=force, who=ctx.actor_in,
                         at=ctx.now_iso(), action="")
    try:
        with policy.gc_paused(), ctx.vault.transaction() as conn:
            now = ctx.now()
            plan, facts = make_plan(conn, now)
            if not plan.items:
                extra = translate("Export", QT_TRANSLATE_NOOP(
                    "Export", " that is not on the phone already")) \
                    if plan.kind == INCREMENTAL and plan.already_on_phone else ""
                raise errors.NothingToExport(device=plan.device.name, extra=extra)
            if write_document is None:
                digest, items, contacts = _write_cards(plan, facts, out, now)
            else:
                items = _document_items(plan, facts, now)
                write_document(plan, out.temp, clock.to_iso(now))
                output_files.make_durable(out.temp, out.target)
                digest = _sha256_of(out.temp)
                contacts = plan.contact_count
            crashpoints.reached("export.written")
            export_id = _record(conn, plan, fmt, out.target.name, digest, items, contacts,
                                ctx.actor_in(conn), clock.to_iso(now))
            outgoing.mark_written(conn, out, export_id=export_id)
            head = str(audit.head(conn))
        outgoing.finish(out, at=clock.to_iso(now))
    except BaseException:
        outgoing.abandon(out)
        raise
    return plan, ExportResult(out.target, digest, len(items), export_id,
                              vcard_writer.unencrypted_warning(out.target, len(items)),
                              contacts, tuple(plan.removals), head)


def _write_cards(plan: ExportPlan, facts: _Facts, out: outgoing.Outgoing,
                 now: datetime) -> tuple[str, list[_Item], int]:
    """The vCard file: the writer asks the policy about every number again."""
    text, written = vcard_writer.render(
        _cards(plan, facts), plan.settings, now, include_organisation=plan.include_organisation)
    data = text.encode("utf-8")  # strict: the writer removed everything that could fail
    output_files.write_bytes(out.temp, out.target, [data])
    digest = hashlib.sha256(data).hexdigest()
    contact_ids = {item.contact_uid: item.contact_id for item in plan.items}
    items = [(contact_ids[card.uid], card.uid, e164, card.shown_name, decision.basis_event.id)
             for card in written for e164, decision in card.numbers]
    return digest, items, len(written)


def _document_items(plan: ExportPlan, facts: _Facts, now: datetime) -> list[_Item]:
    """The planned numbers of a document, each allowed by the policy again now."""
    none: tuple[ConsentEvent, ...] = ()
    decisions = policy.decide_many(
        [(facts.histories.get(i.e164, none), facts.heads[i.contact_id].category,
          facts.numbers[(i.contact_uid, i.e164)]) for i in plan.items], plan.settings, now)
    items = []
    for item, decision in zip(plan.items, decisions, strict=True):
        if not decision.eligible:
            raise errors.NotEligible(number=item.e164, reason=decision.reason_text())
        items.append((item.contact_id, item.contact_uid, item.e164, item.shown_name,
                      decision.basis_event.id))
    return items


def _sha256_of(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise errors.FileUnreadable(path=str(path), reason=exc.strerror) from None


def _record(conn: Connection, plan: ExportPlan, fmt: str, file_name: str, digest: str,
            items: list[_Item], contacts: int, who: str, at: str) -> int:
    """The export row, every number in it, and the audit entry."""
    recorded_settings = plan.settings.as_dict()
    if fmt == VCARD:  # only the vCard writer shows organisations
        recorded_settings["include_organisation"] = plan.include_organisation
    export_id = export_store.insert_export(
        conn, plan.device.id, plan.kind, fmt, plan.settings.mode, recorded_settings,
        file_name, digest, len(items), who, at)
    export_store.insert_items(conn, export_id, items)
    audit.record(conn, "export", actor=who, subject=f"export:{export_id}",
                 details={"export": export_id, "device": plan.device.id, "kind": plan.kind,
                          "format": fmt, "numbers": len(items), "contacts": contacts,
                          "sha256": digest, "policy": plan.settings.mode}, at=at)
    return export_id


@dataclass(frozen=True)
class EligibleCard:
    """One card a phone may hold now, as the file export writes it (for publishing)."""

    contact_id: int
    contact_uid: str
    shown_name: str
    text: str
    numbers: tuple[tuple[str, int], ...]  # (E.164, id of the event that allows it)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def eligible_cards(conn: Connection, device_name: str,
                   today: datetime) -> tuple[ExportPlan, list[EligibleCard]]:
    """Every card the policy allows on the phone today (a full export's plan), each
    written on its own by the vCard writer, which asks the policy again."""
    plan, facts = _plan(conn, device_name, False, today)
    contact_ids = {item.contact_uid: item.contact_id for item in plan.items}
    cards = [EligibleCard(contact_ids[card.uid], card.uid, card.shown_name, text,
                          tuple((e164, decision.basis_event.id)
                                for e164, decision in card.numbers))
             for text, card in vcard_writer.render_each(
                 _cards(plan, facts), plan.settings, today,
                 include_organisation=plan.include_organisation)]
    return plan, cards


def open_removals(conn: Connection, device: Device, today: datetime) -> list[Removal]:
    """``removals`` inside a transaction a service already holds."""
    return _removals(conn, device, today)


def _cards(plan: ExportPlan, facts: _Facts) -> list[CardSource]:
    """The planned numbers grouped per contact (plan order), with the facts read now:
    current category and name, the stored number, its events."""
    grouped: dict[int, list[CardNumber]] = {}
    seen: set[tuple[str, str]] = set()
    none: tuple[ConsentEvent, ...] = ()
    for item in plan.items:
        key = (item.contact_uid, item.e164)
        if key in seen:
            continue
        seen.add(key)
        grouped.setdefault(item.contact_id, []).append(
            CardNumber(facts.numbers[key], facts.histories.get(item.e164, none)))
    return [_source(facts.heads[contact_id], numbers) for contact_id, numbers in grouped.items()]


# -- what is on a phone, and what must come off -------------------------------------------


def on_phone(ctx: Context, device_name: str) -> list[OnPhone]:
    """Every number the recorded exports put on the phone, minus confirmed removals."""
    with ctx.vault.reading() as conn:
        return export_store.on_phone(conn, device_in(conn, device_name).id)


def phones_holding(ctx: Context, e164: str) -> list[str]:
    """Names of the phones that hold this number (by the recorded exports)."""
    with ctx.vault.reading() as conn:
        return [d.name for d in device_store.all_devices(conn)
                if any(i.e164 == e164 for i in export_store.on_phone(conn, d.id))]


def export_history(ctx: Context, device_name: str) -> list[ExportRecord]:
    with ctx.vault.reading() as conn:
        return export_store.exports_of(conn, device_in(conn, device_name).id)


def removals(ctx: Context, device_name: str, *, today: datetime | None = None) -> list[Removal]:
    """The phone's open removals: on it, and no longer allowed (or gone)."""
    today = today or ctx.now()
    with ctx.vault.reading() as conn:
        device = device_in(conn, device_name)
        return _removals(conn, device, today)


def _removals(conn: Connection, device: Device, today: datetime) -> list[Removal]:
    items = export_store.on_phone(conn, device.id)
    if not items:
        return []
    cfg = PolicySettings.from_settings(settings.all_settings(conn))
    heads = contact_store.contact_heads(conn)
    by_id = {h.id: h for h in heads.values()}
    wanted = {i.e164 for i in items}
    histories = consent_store.for_numbers(conn, wanted)
    current: dict[tuple[str, str], Decision] = {}
    rows = [row for row in contact_store.numbers_with_category(conn)
            if row.number.e164 in wanted]
    decisions, _holders = policy.one_contact_per_number(rows, policy.decide_many(
        ((histories.get(row.number.e164, ()), row.category, row.number) for row in rows),
        cfg, today))
    for row, decision in zip(rows, decisions, strict=True):
        key = (by_id[row.contact_id].uid, row.number.e164)
        if key not in current or decision.eligible:
            current[key] = decision
    uids = {h.uid for h in heads.values()}
    return removal_list.removals(device.id, device.name, items, current, uids)


@dataclass(frozen=True)
class Proof:
    """Why a number is on a phone: the export that put it there and the event that made
    it eligible then, with today's decision beside it."""

    item: OnPhone
    basis_event: ConsentEvent | None
    decision_now: Decision | None


def proof(ctx: Context, device_name: str, *, today: datetime | None = None) -> list[Proof]:
    today = today or ctx.now()
    with ctx.vault.reading() as conn:
        device = device_in(conn, device_name)
        items = export_store.on_phone(conn, device.id)
        basis = consent_store.by_id(conn, (i.basis_event_id for i in items))
        open_ = {(r.contact_uid, r.e164): r for r in _removals(conn, device, today)}
    return [Proof(i, basis.get(i.basis_event_id),
                  open_[(i.contact_uid, i.e164)].decision
                  if (i.contact_uid, i.e164) in open_ else None)
            for i in items]


def confirm_removal(ctx: Context, device_name: str, contact_uid: str,
                    e164: str | None = None) -> int:
    """Record that a number was deleted from the phone ("removed from phone X on …, by
    …"); returns the confirmation id. It closes the newest export of that number to that
    phone; a later export puts it back on the list of what the phone holds.

    Called as ``confirm_removal(ctx, device, e164)`` (no contact uid) it confirms every
    entry of that number on the phone and returns the last confirmation id."""
    if e164 is None:
        found = confirm_removals_for_number(ctx, device_name, contact_uid)
        return found[-1]
    with ctx.vault.transaction() as conn:
        device = device_in(conn, device_name)
        item = next((i for i in export_store.on_phone(conn, device.id)
                     if i.contact_uid == contact_uid and i.e164 == e164), None)
        if item is None:
            raise errors.RemovalNotOpen(number=e164, device=device.name)
        now = ctx.now()
        open_ = {(r.contact_uid, r.e164): r for r in _removals(conn, device, now)}
        removal = open_.get((contact_uid, e164))
        who = ctx.actor_in(conn)
        confirmation = export_store.insert_confirmation(
            conn, device.id, contact_uid, e164, removal.reason if removal else "",
            item.export_id, clock.to_iso(now), who)
        audit.record(conn, "removal.confirm", actor=who, at=clock.to_iso(now),
                     subject=f"removal:{confirmation}",
                     details={"confirmation": confirmation, "device": device.id,
                              "export": item.export_id,
                              "reason": removal.reason if removal else None})
    return confirmation


def confirm_removals_for_number(ctx: Context, device_name: str,
                                number_text: str) -> list[int]:
    """Confirm every entry of a typed number on the phone (one number can be on it under
    two contacts). The number is matched against what the phone holds, so this works for
    erased contacts too (by the keyed hash an erasure left); ``erased:N`` confirms every
    entry of erasure N on the phone."""
    from contactvault import phones

    with ctx.vault.reading() as conn:
        device = device_in(conn, device_name)
        region = settings.get(conn, "numbers.default_region")
        held = export_store.on_phone(conn, device.id)
        key = request_store.erasure_key(conn)
    typed = number_text.strip()
    erasure = _ERASURE_REF.fullmatch(typed)
    if erasure:  # "erased:3": every entry of erasure 3 on this phone
        prefix = f"{request_store.ERASED_PREFIX}{erasure.group(1)}:"
        matches = [i for i in held if i.contact_uid.startswith(prefix)]
    else:
        e164 = typed if typed.startswith("+") and any(i.e164 == typed for i in held) \
            else phones.to_e164(number_text, region)
        # an erased person's number is held as its keyed hash: the typed number finds it
        marker = request_store.number_marker(key, e164) if e164 else None
        matches = [i for i in held if i.e164 in (e164, marker)]
    if not matches:
        raise errors.RemovalNotOpen(number=number_text, device=device.name)
    return [confirm_removal(ctx, device.name, i.contact_uid, i.e164)
            for i in matches]


def confirmations(ctx: Context, device_name: str) -> list[Confirmation]:
    with ctx.vault.reading() as conn:
        return export_store.confirmations_of(conn, device_in(conn, device_name).id)
