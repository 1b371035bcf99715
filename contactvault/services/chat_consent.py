"""Consent taken from an exported WhatsApp chat: scan it, find the partner, apply what a
person accepted.

``scan`` reads the file and proposes events (``chats.consent``; the vault is not
needed). ``match_partner`` finds whose chat it is: the number when the export shows it,
or contacts whose name is exactly the one the chat shows — which a person must confirm
(``choose_partner`` turns the person's answer into a ``PartnerChoice``). ``apply``
records the accepted proposals through ``services.consent`` (the one policy and the
chain stay the owners), all or nothing, each with one evidence file: the verbatim
lines, their time, the chat file's SHA-256 and the proposal id, stored encrypted in the
vault with who applied it and when. Nothing else of the chat is kept. The evidence
file's name carries the proposal id, so applying the same file again finds what was
recorded and adds nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from contactvault import audit, errors, phones, settings
from contactvault.chats import consent as chat_consent
from contactvault.chats.consent import KnownNotice, Proposal, Proposals
from contactvault.chats.whatsapp import DEFAULT_TIMEZONE, DateOrder, Severity, read_chat
from contactvault.consent import notices
from contactvault.consent.events import Channel, ConsentEvent, EventKind
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import Category
from contactvault.services import consent as consent_service
from contactvault.services import contacts as contact_service
from contactvault.services.evidence import Attachment
from contactvault.vault import consent as consent_store
from contactvault.vault import contacts as contact_store
from contactvault.vault import evidence as evidence_store

EVIDENCE_PREFIX = "whatsapp-chat-"
# Reasons for InvalidArgument (errors.py translates them when the message is shown).
QT_REASON_NUMBER_DIFFERS = QT_TRANSLATE_NOOP(
    "Errors", "the chat shows another number for its partner")
QT_REASON_NOT_STORED = QT_TRANSLATE_NOOP("Errors", "that contact does not store this number")
QT_REASON_KNOWN = QT_TRANSLATE_NOOP("Errors", "the number is in the vault already")


def known_notices(ctx: Context | None = None) -> list[KnownNotice]:
    """Every notice wording in force (both languages, every policy's), as a chat is
    matched against it; with ``ctx`` also the earlier wordings the vault kept when it
    recorded them as sent (a chat may carry an older tag), with the phrases their text
    holds (``notices.phrases_in``)."""
    found = []
    for language in notices.LANGUAGES:
        for variant in notices.VARIANTS[notices.NOTICE]:
            template = notices.load(notices.NOTICE, language, variant)
            found.append(KnownNotice(template.version, template.tag, language, variant,
                                     template.body, template.consent_phrase,
                                     template.revocation_phrase))
    if ctx is None:
        return found
    with ctx.vault.reading() as conn:
        kept = consent_store.template_texts(conn, f"{notices.NOTICE}/")
    in_force = {n.version for n in found}
    for version, (body, phrases) in kept.items():
        parts = notices.version_parts(version)
        if version in in_force or parts is None:
            continue
        found.append(KnownNotice(version, notices.tag_of(version), parts.language,
                                 parts.variant, body, *(phrases or notices.phrases_in(
                                     body, parts.language, parts.variant))))
    return found


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise errors.from_os_error(exc, Path(path), writing=False) from None
    return digest.hexdigest()


def scan(path: str | Path, *, business: str | None = None,
         date_order: DateOrder | str | None = None,
         timezone: str = DEFAULT_TIMEZONE, ctx: Context | None = None) -> Proposals:
    """The events the chat in ``path`` proposes. Refused with a sentence: a file that is
    no chat, a date order the file cannot tell (give ``date_order``), a group chat, a
    chat whose business sender cannot be told (give ``business``). With ``ctx`` the
    vault's earlier notice wordings are known too (``known_notices``)."""
    chat = read_chat(path, date_order=date_order, timezone=timezone)
    failures = [i for i in chat.issues if i.severity is Severity.ERROR]
    if not chat.messages or (failures and not chat.ambiguous):
        reason = failures[0].describe() if failures else ""
        raise errors.ChatUnreadable(file=str(path), reason=reason)
    return chat_consent.propose(chat, file_sha256(path), known_notices(ctx),
                                business=business)


# --- whose chat ------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    e164: str


@dataclass
class PartnerMatch:
    """What the vault says about the chat's partner."""

    name: str  # as the chat shows the partner (a saved name or a number)
    number: str | None = None  # E.164 when the export shows the number
    known: bool = False  # that number is in the vault
    owners: list[Candidate] = field(default_factory=list)  # contacts storing the number
    candidates: list[Candidate] = field(default_factory=list)  # exact name matches

    @property
    def shows_number(self) -> bool:
        return self.number is not None


@dataclass(frozen=True)
class PartnerChoice:
    """What a person confirmed: the number, the contact (None: the number's only
    contact, or none), or a new contact (``add_contact``) named ``name``."""

    e164: str
    contact_id: int | None = None
    add_contact: bool = False
    name: str = ""
    allow_erased: bool = False  # the new contact's number was erased before: confirmed


def number_in_name(name: str, region: str = phones.DEFAULT_REGION) -> str | None:
    """The E.164 number when the chat shows the partner as a number, else None."""
    if not chat_consent.NUMBER_LIKE.match(name.strip()):
        return None
    return phones.to_e164(name, region)


def match_partner(ctx: Context, proposals: Proposals) -> PartnerMatch:
    name = proposals.partner
    with ctx.vault.reading() as conn:
        region = settings.get(conn, "numbers.default_region")
        number = number_in_name(name, region)
        match = PartnerMatch(name, number)
        if number is not None:
            match.known = consent_store.number_known(conn, number)
            ids = contact_store.contact_ids_for_number(conn, number)
            names = contact_store.names_of(conn, ids)
            match.owners = [Candidate(i, names.get(i, ""), number) for i in ids]
            return match
        ids = contact_store.contact_ids_named_exactly(conn, name)
        names = contact_store.names_of(conn, ids)
        for contact_id in ids:
            for e164 in contact_store.numbers_of_contact(conn, contact_id):
                match.candidates.append(Candidate(contact_id, names.get(contact_id, ""), e164))
    return match


def new_contact_name(proposals: Proposals) -> str:
    """The name a new contact gets: the chat's name for the partner, or the file's
    ("WhatsApp Chat mit Anna Schmidt") when the chat shows only the number."""
    if number_in_name(proposals.partner) is None:
        return proposals.partner
    return chat_consent.partner_from_file_name(proposals.chat) or proposals.partner


def choose_partner(ctx: Context, proposals: Proposals, match: PartnerMatch, *,
                   contact_id: int | None = None, number: str | None = None,
                   add_contact: bool = False, allow_erased: bool = False) -> PartnerChoice:
    """The person's answer (``--contact``, ``--number``, ``--add-contact``) checked
    against the match; refused with a sentence when the chat alone cannot say whose it
    is and the person did not say either."""
    with ctx.vault.reading() as conn:
        region = settings.get(conn, "numbers.default_region")
        typed = None
        if number is not None:
            typed = phones.to_e164(number, region)
            if typed is None:
                raise errors.NumberNotFound(number=number)
        if match.number is not None and typed is not None and typed != match.number:
            raise errors.InvalidArgument(what="--number", reason=QT_REASON_NUMBER_DIFFERS)
        e164 = match.number or typed
        if e164 is None and contact_id is not None:
            stored = contact_store.numbers_of_contact(conn, contact_id)
            if not stored:
                raise errors.ContactNotFound(ident=contact_id)
            if len(stored) > 1:
                raise errors.ChatPartnerAmbiguous(name=match.name, candidates=", ".join(
                    f"{contact_id}: {phones.display(n)}" for n in stored))
            e164 = stored[0]
        if e164 is None:
            if not match.candidates:
                raise errors.ChatPartnerNotFound(name=match.name)
            if len(match.candidates) == 1:
                only = match.candidates[0]
                raise errors.ChatPartnerUnconfirmed(name=match.name, contact=only.contact_id,
                                                    number=phones.display(only.e164))
            raise errors.ChatPartnerAmbiguous(name=match.name, candidates=", ".join(
                f"{c.contact_id}: {phones.display(c.e164)}" for c in match.candidates))
        if consent_store.number_known(conn, e164):
            if contact_id is not None and \
                    e164 not in contact_store.numbers_of_contact(conn, contact_id):
                raise errors.InvalidArgument(what="--contact", reason=QT_REASON_NOT_STORED)
            return PartnerChoice(e164, contact_id)
    if not add_contact:
        raise errors.ChatPartnerNew(number=phones.display(e164),
                                    name=new_contact_name(proposals))
    # a number of an erased person is refused by ``apply`` (nothing recorded) unless
    # ``allow_erased``
    return PartnerChoice(e164, None, True, new_contact_name(proposals), allow_erased)




# --- applying ---------------------------------------------------------------------------

@dataclass
class ApplyResult:
    recorded: list[tuple[Proposal, ConsentEvent]] = field(default_factory=list)
    already: list[tuple[Proposal, int]] = field(default_factory=list)  # (proposal, event id)
    contact_id: int | None = None  # the contact the events were recorded for
    contact_added: bool = False


def evidence_name(proposal: Proposal) -> str:
    return f"{EVIDENCE_PREFIX}{proposal.id}.txt"


def selected(proposals: Proposals, ids: Iterable[str] | None) -> list[Proposal]:
    """The proposals with these ids (unknown id: refused), or with ``None`` every one
    that needs no check (``--accept-all``)."""
    if ids is None:
        return [p for p in proposals.proposals if not p.needs_check]
    chosen = []
    for ident in ids:
        found = proposals.by_id(ident)
        if found is None:
            raise errors.ChatProposalUnknown(file=proposals.chat.file, ident=ident)
        if found not in chosen:
            chosen.append(found)
    return chosen


def already_recorded(ctx: Context, proposals: Proposals) -> dict[str, int]:
    """The proposals of this file recorded before: proposal id -> event id."""
    by_name = {evidence_name(p): p.id for p in proposals.proposals}
    with ctx.vault.reading() as conn:
        found = evidence_store.events_with_file_names(conn, by_name)
    return {by_name[name]: event_id for name, event_id in found.items()}


def evidence_text(proposals: Proposals, proposal: Proposal) -> str:
    """What is kept of the chat for one event: the message's lines as in the file, its
    time, the file's SHA-256 and the proposal id (who applied it and when are the
    evidence file's own fields)."""
    return (f"WhatsApp chat export\n"
            f"proposal: {proposal.id}\n"
            f"event: {proposal.kind.value}\n"
            f"file_sha256: {proposals.file_sha256}\n"
            f"line: {proposal.line}\n"
            f"time: {proposal.time.isoformat()}\n"
            f"verbatim:\n{proposal.verbatim}\n")


def apply(ctx: Context, proposals: Proposals, accepted: Iterable[Proposal],
          choice: PartnerChoice) -> ApplyResult:
    """Record the accepted proposals for the confirmed partner, in one transaction:
    all of them, or none. A proposal recorded before (from this file) is not recorded
    again; ``ApplyResult.already`` names it."""
    chosen = sorted(accepted, key=lambda p: (p.time.timestamp(), p.line))
    result = ApplyResult()
    wordings = {n.version: n for n in known_notices(ctx)}
    with ctx.vault.transaction() as conn:
        contact_id = choice.contact_id
        if choice.add_contact:
            if consent_store.number_known(conn, choice.e164):
                raise errors.InvalidArgument(what="--add-contact", reason=QT_REASON_KNOWN)
            contact_id = contact_service.add_contact_in(
                ctx, conn, formatted_name=choice.name, number=choice.e164,
                category=Category.CUSTOMER, source="(WhatsApp chat)",
                allow_erased=choice.allow_erased)
            result.contact_added = True
        elif not consent_store.number_known(conn, choice.e164):
            raise errors.NumberNotFound(number=phones.display(choice.e164))
        done = evidence_store.events_with_file_names(conn, (evidence_name(p) for p in chosen))
        for proposal in chosen:
            name = evidence_name(proposal)
            if name in done:
                result.already.append((proposal, done[name]))
                continue
            attachment = Attachment(name, evidence_text(proposals, proposal).encode("utf-8"))
            sent = None
            if proposal.kind is EventKind.NOTICE_SENT:
                template = wordings.get(proposal.notice_version)
                sent = consent_service.SentNotice(
                    proposal.notice_version, proposal.notice_language, proposal.notice_tag,
                    proposal.notice_text, template.body if template else "",
                    (template.consent_phrase, template.revocation_phrase) if template
                    else ("", ""))
            event = consent_service.record_event_in(
                ctx, conn, choice.e164, proposal.kind, channel=Channel.WHATSAPP,
                evidence=f"WhatsApp: {proposal.first_line}",
                notice_version=proposal.notice_version or None,
                occurred_at=proposal.time, contact_id=contact_id,
                purpose=proposal.purpose if proposal.kind in (
                    EventKind.GRANTED, EventKind.IMPLIED) else None,
                evidence_files=[attachment], sent_notice=sent)
            result.recorded.append((proposal, event))
        if result.recorded:
            audit.record(conn, "consent.chat_applied", actor=ctx.actor_in(conn),
                         at=ctx.now_iso(), subject=f"chat:{proposals.file_sha256[:16]}",
                         details={"file_sha256": proposals.file_sha256,
                                  "events": [e.id for _, e in result.recorded],
                                  "proposals": [p.id for p, _ in result.recorded],
                                  "already": len(result.already),
                                  "contact_added": result.contact_added})
        result.contact_id = contact_id if contact_id is not None else (
            (contact_store.contact_ids_for_number(conn, choice.e164) or [None])[0])
    return result

