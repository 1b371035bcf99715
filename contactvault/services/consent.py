"""Recording consent per phone number and asking the policy about it.

Every event is appended in one transaction with its audit entry. Which numbers may go
onto a WhatsApp phone is never decided here: these functions load the facts and call
``consent.policy.decide``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import filterfalse

from contactvault import audit, clock, errors, phones, settings, timefmt
from contactvault.consent import notices, policy
from contactvault.consent.events import Channel, ConsentEvent, EventKind, LegalBasis, Purpose
from contactvault.consent.policy import Decision, PolicySettings
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import PhoneNumber
from contactvault.services import evidence as evidence_service
from contactvault.services.evidence import Attachment
from contactvault.vault import consent as consent_store
from contactvault.vault import contacts as contact_store
from contactvault.vault import decisions as decision_store
from contactvault.vault.connection import Connection, change_mark
from contactvault.vault.consent import MessageSent

# How far ahead of the clock an --at time may be (clocks of two PCs differ a little).
_FUTURE_TOLERANCE = timedelta(minutes=5)
_CONTACT_ID = re.compile(r"#?([1-9][0-9]{0,6})")
_PHONE_ID = re.compile(r"(?:phone:|p)([1-9][0-9]*)", re.IGNORECASE)

# Defaults when the person recording does not say: a grant or an implied consent is
# consent under Art. 6(1)(a); an implied consent arrives by WhatsApp by definition.
_DEFAULT_BASIS = {EventKind.GRANTED: LegalBasis.CONSENT, EventKind.IMPLIED: LegalBasis.CONSENT}
_DEFAULT_CHANNEL = {EventKind.IMPLIED: Channel.WHATSAPP}


def policy_settings(ctx: Context) -> PolicySettings:
    with ctx.vault.reading() as conn:
        return PolicySettings.from_settings(settings.all_settings(conn))


# -- which number is meant ------------------------------------------------------------


def resolve_number(ctx: Context, text: str) -> str:
    """What a person typed → the stored E.164 number.

    Accepted: a number in any usual form (``0171 1000001``, ``+49 171 1000001``,
    ``0049…``; read in the vault's default region), a contact id (``12`` or ``#12``; up
    to 7 digits, not starting with 0 — a phone number never looks like that here) when
    that contact has exactly one number, or a phone id (``phone:34``). Raises
    NumberNotFound or AmbiguousNumber (a contact with several numbers).
    """
    with ctx.vault.reading() as conn:
        return _resolve(conn, text)[0]


def _resolve(conn: Connection, text: str) -> tuple[str, int | None]:
    """(E.164, contact id if the number belongs to exactly one contact)."""
    typed = text.strip()
    if not typed:
        raise errors.NumberNotFound(number=repr(text))
    match = _CONTACT_ID.fullmatch(typed)
    if match:
        contact_id = int(match.group(1))
        numbers = contact_store.numbers_of_contact(conn, contact_id)
        if not numbers:
            raise errors.NumberNotFound(number=typed)
        if len(numbers) > 1:
            raise errors.AmbiguousNumber(number=typed, candidates=", ".join(numbers))
        return numbers[0], contact_id
    match = _PHONE_ID.fullmatch(typed)
    if match:
        found = contact_store.number_of_phone(conn, int(match.group(1)))
        if found is None or found[0] is None:
            raise errors.NumberNotFound(number=typed)
        return found[0], found[1]
    region = settings.get(conn, "numbers.default_region")
    e164 = phones.to_e164(typed, region)
    if e164 is None or not consent_store.number_known(conn, e164):
        raise errors.NumberNotFound(number=typed)
    owners = contact_store.contact_ids_for_number(conn, e164)
    return e164, owners[0] if len(owners) == 1 else None


# -- recording ------------------------------------------------------------------------


def record_event(ctx: Context, number_text_or_e164: str, kind: EventKind | str, *,
                 basis: LegalBasis | str | None = None, channel: Channel | str | None = None,
                 evidence: str = "", notice_version: str | None = None,
                 occurred_at: datetime | str | None = None, contact_id: int | None = None,
                 purpose: Purpose | str | None = None, with_notice: bool = False,
                 evidence_files: Sequence[Attachment] = ()) -> ConsentEvent:
    """Append one consent event for a number (typed form, id or E.164, see
    ``resolve_number``). ``occurred_at`` defaults to now; a naive time is local time.
    A ``notice_sent`` takes the path of ``mark_notice_sent`` (the text in force for the
    contact's language is kept with it, and an incomplete notice is refused).
    ``purpose`` (grants and implied consent; default service) is what the consent was
    given for; ``with_notice`` (grants only) records that the notice in force was
    handed over with the request, which makes the grant informed without an earlier
    ``notice_sent``: its version and exact text are kept with the grant, and a notice
    with a required setting empty is refused as for sending. ``evidence_files``
    (``evidence.read_files``) are stored with the event."""
    with ctx.vault.transaction() as conn:
        return record_event_in(
            ctx, conn, number_text_or_e164, kind, basis=basis, channel=channel,
            evidence=evidence, notice_version=notice_version, occurred_at=occurred_at,
            contact_id=contact_id, purpose=purpose, with_notice=with_notice,
            evidence_files=evidence_files)


def record_event_in(ctx: Context, conn: Connection, number_text_or_e164: str,
                    kind: EventKind | str, *, basis: LegalBasis | str | None = None,
                    channel: Channel | str | None = None, evidence: str = "",
                    notice_version: str | None = None,
                    occurred_at: datetime | str | None = None, contact_id: int | None = None,
                    purpose: Purpose | str | None = None, with_notice: bool = False,
                    evidence_files: Sequence[Attachment] = (),
                    sent_notice: SentNotice | None = None) -> ConsentEvent:
    """``record_event`` inside the caller's transaction (which must be ``conn``'s), for a
    service that records several events, or more than events, all or nothing.
    ``sent_notice`` (notice_sent only): the notice as it was sent, seen elsewhere (in an
    exported chat), recorded with its own version and text instead of the text in
    force."""
    kind = _enum(EventKind, kind, "kind")
    if with_notice and kind is not EventKind.GRANTED:
        raise errors.InvalidArgument(what="--with-notice", reason=QT_TRANSLATE_NOOP(
            "Errors", "only a grant can record that the notice was handed over with it"))
    if purpose is not None and kind not in _DEFAULT_BASIS:
        raise errors.InvalidArgument(what="--purpose", reason=QT_TRANSLATE_NOOP(
            "Errors", "only a grant or an implied consent is given for a purpose"))
    purpose = (_enum(Purpose, purpose, "purpose") if purpose is not None
               else Purpose.SERVICE if kind in _DEFAULT_BASIS else None)
    basis = _enum(LegalBasis, basis, "basis") if basis is not None else _DEFAULT_BASIS.get(kind)
    channel = (_enum(Channel, channel, "channel") if channel is not None
               else _DEFAULT_CHANNEL.get(kind))
    now = ctx.now()
    at = _occurred(occurred_at, now)
    e164, owner = _resolve(conn, number_text_or_e164)
    if contact_id is not None and contact_id != owner and \
            e164 not in contact_store.numbers_of_contact(conn, contact_id):
        raise errors.InvalidArgument(what="contact", reason=QT_TRANSLATE_NOOP(
            "Errors", "that contact does not store this number"))
    contact_id = contact_id if contact_id is not None else owner
    if kind is EventKind.NOTICE_SENT and sent_notice is not None:
        if sent_notice.template_body:
            consent_store.keep_template_text(conn, sent_notice.version,
                                             sent_notice.template_body,
                                             sent_notice.phrases)
        event = _append(ctx, conn, ConsentEvent(
            None, e164, kind.value, None, channel.value if channel else None,
            evidence or "", sent_notice.version, contact_id, ctx.actor_in(conn), at,
            clock.to_iso(now)), MessageFacts("notice", sent_notice.language,
                                             sent_notice.text, sent_notice.tag))
        evidence_service.attach(conn, event.id, evidence_files, actor=event.recorded_by,
                                at=event.recorded_at)
        return event
    if kind is EventKind.NOTICE_SENT:
        language = (contact_store.contact_language(conn, contact_id) if contact_id
                    else None) or "de"
        return _notice_sent(ctx, conn, e164, contact_id, _language(language), at,
                            clock.to_iso(now), channel.value if channel else None,
                            evidence, evidence_files, None)
    handed_over = None
    if with_notice:
        language = (contact_store.contact_language(conn, contact_id) if contact_id
                    else None) or "de"
        template, rendered = _notice(settings.all_settings(conn), _language(language),
                                     None)
        notices.check_complete(rendered)
        consent_store.keep_template_text(conn, template.version, template.body,
                                         (template.consent_phrase,
                                          template.revocation_phrase))
        notice_version = template.version
        handed_over = MessageFacts("notice", rendered.language, rendered.text,
                                   rendered.tag)
    event = _append(ctx, conn, ConsentEvent(
        None, e164, kind.value, basis.value if basis else None,
        channel.value if channel else None, evidence or "", notice_version or "",
        contact_id, ctx.actor_in(conn), at, clock.to_iso(now),
        purpose.value if purpose else None, bool(with_notice)), handed_over)
    evidence_service.attach(conn, event.id, evidence_files, actor=event.recorded_by,
                            at=event.recorded_at)
    return event


def _append(ctx: Context, conn: Connection, event: ConsentEvent,
            message: MessageFacts | None = None) -> ConsentEvent:
    """Insert the event and its audit entry. ``message``: the text sent with it (a
    notice), stored with the event and named in the same audit entry by its hash. The
    vault drops the number's kept decision with the insert; the next reader decides it
    again (``current_decisions_in``) — not here: a service recording many events in one
    transaction (a chat's proposals) would decide the number once per event."""
    stored = consent_store.insert(conn, event)
    # The audit entry says what happened, not to whom: ids only, no number or evidence.
    details = {"event": stored.id, "contact": stored.contact_id,
               "basis": stored.basis, "channel": stored.channel,
               "occurred_at": stored.occurred_at,
               "notice_version": stored.notice_version or None,
               "purpose": stored.purpose, "with_notice": stored.with_notice}
    if message is not None:
        message_id = consent_store.record_message(
            conn, stored.e164, message.kind, stored.notice_version, message.language,
            stored.occurred_at, stored.recorded_by, text=message.text, event_id=stored.id)
        details.update(message=message_id, tag=message.tag, text_sha256=_sha256(message.text))
    audit.record(conn, f"consent.{stored.kind}", actor=stored.recorded_by,
                 at=stored.recorded_at, subject=f"event:{stored.id}", details=details)
    return stored


@dataclass(frozen=True)
class SentNotice:
    """A notice as it was sent outside the app (seen in an exported chat)."""

    version: str  # "notice/de/standard/2"
    language: str
    tag: str  # "CV-N2-de"
    text: str  # exactly what was sent
    template_body: str = ""  # the wording with placeholders, when it is a template known
    phrases: tuple[str, str] = ("", "")  # that wording's consent and revocation phrase


@dataclass(frozen=True)
class MessageFacts:
    kind: str
    language: str
    text: str
    tag: str


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _occurred(value: datetime | str | None, now: datetime) -> str:
    if value is None:
        return clock.to_iso(now)
    if isinstance(value, str):
        moment = parse_when(value)
    else:
        moment = value
    iso = clock.to_iso(moment)
    if clock.parse_iso(iso) > now + _FUTURE_TOLERANCE:
        raise errors.EventInFuture(at=iso)
    return iso


def parse_when(text: str) -> datetime:
    """A date or date-time as a person types it (timefmt.parse: 23.11.2026,
    23.11.2026 14:05, ISO 8601); without a zone it is local time."""
    return timefmt.parse(text)


def _enum(kind_type, value, what: str):
    try:
        return kind_type(str(value))
    except ValueError:
        choices = ", ".join(m.value for m in kind_type)
        raise errors.InvalidArgument(what=what, reason=f"'{value}' is not one of {choices}") \
            from None


def _language(language: str) -> str:
    return language if language in notices.LANGUAGES else "en"


# -- reading --------------------------------------------------------------------------


def history(ctx: Context, e164: str) -> list[ConsentEvent]:
    """Every event of a number, oldest first (a typed number is resolved first)."""
    with ctx.vault.reading() as conn:
        if not e164.startswith("+") or not consent_store.number_known(conn, e164):
            e164 = _resolve(conn, e164)[0]
        return consent_store.for_number(conn, e164)


def language_for_number(ctx: Context, text: str) -> str:
    """The language for texts to this number: its contact's, else German."""
    with ctx.vault.reading() as conn:
        _e164, owner = _resolve(conn, text)
        language = contact_store.contact_language(conn, owner) if owner else None
    return _language(language or "de")


def messages(ctx: Context, e164: str) -> list[MessageSent]:
    with ctx.vault.reading() as conn:
        return consent_store.messages_for(conn, e164)


def message_for_event(ctx: Context, event_id: int) -> MessageSent | None:
    """The text sent with an event: a notice_sent event's notice, or the confirmation
    sent for a revocation (the latest, if several were sent)."""
    with ctx.vault.reading() as conn:
        return consent_store.messages_for_events(conn, [event_id]).get(event_id)


def decision_for_number(ctx: Context, e164: str, *, today: datetime | None = None
                        ) -> list[tuple[int, PhoneNumber, Decision]]:
    """The decision for a number on every contact it is stored on."""
    today = today or ctx.now()
    with ctx.vault.reading() as conn:
        cfg = PolicySettings.from_settings(settings.all_settings(conn))
        history_ = consent_store.for_number(conn, e164)
        rows = list(contact_store.numbers_with_category(conn, e164=e164))
    return [(r.contact_id, r.number, policy.decide(history_, r.category, r.number, cfg, today))
            for r in rows]


def decisions_for_contact(ctx: Context, contact_id: int, *, today: datetime | None = None
                          ) -> list[tuple[PhoneNumber, Decision, list[ConsentEvent]]]:
    """Each number of one contact with the policy's decision and its history. A number
    other contacts store too is decided with theirs (``policy.one_contact_per_number``),
    so the contact's page says what the table, the list and the export say."""
    today = today or ctx.now()
    with ctx.vault.snapshot() as conn:  # the numbers and their events as of one moment
        cfg = PolicySettings.from_settings(settings.all_settings(conn))
        every = list(contact_store.numbers_with_category(conn, contact_id, sharing=True))
        rows = [r for r in every if r.contact_id == contact_id]
        if not rows and not contact_store.contact_exists(conn, contact_id):
            raise errors.ContactNotFound(ident=contact_id)
        histories = consent_store.for_numbers(conn, {r.number.e164 for r in rows
                                                     if r.number.e164})
    none: list[ConsentEvent] = []
    decisions, _holders = policy.one_contact_per_number(every, policy.decide_many(
        ((histories.get(r.number.e164, none) if r.number.e164 else none, r.category,
          r.number) for r in every), cfg, today))
    return [(row.number, decision,
             histories.get(row.number.e164, []) if row.number.e164 else [])
            for row, decision in zip(every, decisions, strict=True)
            if row.contact_id == contact_id]


# -- the decisions the vault keeps -----------------------------------------------------


@dataclass
class Current:
    """Every asked number's decision now, as the vault keeps it (rows as
    ``decisions.current`` reads them: e164, status, reason, since, details, last event
    at; ``decisions.fields`` gives the decision's fields), and what had to be decided
    from the events because nothing valid was kept (``fresh``: for ``decisions.store``).
    Read in brief (``current_in_brief_in``), ``eligible`` holds the numbers kept as
    eligible, each with whether it was active since the time asked about, and ``rows``
    every other one (the fresh ones included, whatever their status)."""

    rows: dict[str, tuple]
    fresh: list[tuple[tuple, str]]
    settings: str  # the fingerprint they hold under
    mark: object  # the vault's change mark before anything was read
    decided: dict[str, Decision] = field(default_factory=dict)  # ``fresh`` as decisions
    eligible: dict[str, bool] = field(default_factory=dict)


def current_decisions_in(conn: Connection, cfg: PolicySettings, numbers: set[str],
                         today: datetime) -> Current:
    """The decision for each of ``numbers`` (E.164) at ``today``: the vault's kept
    decision where one holds, else decided now by the policy from the events (see
    ``_decide_missing``)."""
    mark = change_mark(conn)
    fingerprint = cfg.fingerprint()
    rows = decision_store.current(conn, fingerprint, clock.to_iso(today))
    current = Current(rows, [], fingerprint, mark)
    _decide_missing(conn, cfg, numbers - rows.keys(), len(numbers), today, current)
    return current


def current_in_brief_in(conn: Connection, cfg: PolicySettings, numbers: Sequence[str | None],
                        today: datetime, active_since: str) -> Current:
    """``current_decisions_in`` for the overview, which needs the whole decision of
    refusals only: the numbers kept as eligible go to ``eligible`` (with whether
    their latest event is at or after ``active_since``), the others to ``rows``.
    ``numbers``: every stored number's E.164 as read (None or repeated ones too: at
    100 000 numbers a set of them costs more than looking them up)."""
    mark = change_mark(conn)
    fingerprint = cfg.fingerprint()
    eligible, rows = decision_store.current_in_brief(conn, fingerprint, clock.to_iso(today),
                                                     active_since)
    current = Current(rows, [], fingerprint, mark, eligible=eligible)
    missing = set(filterfalse(eligible.__contains__, numbers))
    missing -= rows.keys()
    missing.discard(None)
    _decide_missing(conn, cfg, missing, len(numbers), today, current)
    return current


def current_rows_of_in(conn: Connection, cfg: PolicySettings, numbers: set[str],
                       today: datetime) -> dict[str, tuple]:
    """The whole decision rows (as ``decisions.current`` reads them) of a few numbers
    now: kept where one holds, else decided from their events (not kept here)."""
    rows = decision_store.current_of(conn, cfg.fingerprint(), clock.to_iso(today), numbers)
    missing = numbers - rows.keys()
    if missing:
        histories = consent_store.policy_histories(conn, missing)
        for row, _until in _kept_rows(histories, cfg, today):
            rows[row[0]] = row
    return rows


def _decide_missing(conn: Connection, cfg: PolicySettings, missing: set[str], asked: int,
                    today: datetime, current: Current) -> None:
    """Decide ``missing`` (of ``asked`` numbers) by the policy from their events, into
    ``current`` (``rows``, ``fresh``, ``decided``). Reads every event at once when many
    are missing (just after a settings change), else only the missing numbers'."""
    if not missing:
        return
    if len(missing) * 4 > asked:
        everything = consent_store.all_by_number(conn, full=False)
        none: list[ConsentEvent] = []
        # in the numbers' order: the rows are then kept in the table's own order
        # (a quarter less CPU for 100 000 than in a set's order)
        histories = {e164: everything.get(e164, none) for e164 in sorted(missing)}
        del everything
    else:
        histories = consent_store.policy_histories(conn, missing)
    current.fresh = _kept_rows(histories, cfg, today, current.decided)
    for row, _until in current.fresh:
        current.rows[row[0]] = row


def _kept_rows(histories: dict[str, Sequence[ConsentEvent]], cfg: PolicySettings,
               today: datetime, decided: dict[str, Decision] | None = None
               ) -> list[tuple[tuple, str]]:
    """``decisions.store`` rows for these histories (sorted by time, as the vault reads
    them): the policy's decision, until when it holds, and the latest event that
    already happened (nothing newer can happen before then: it would end the hold).
    ``decided``: filled with the decisions themselves, by number."""
    now_iso = clock.to_iso(today)
    found = []
    fields = policy.kept_fields
    as_read = decision_store.as_read
    made = policy.decide_histories(histories, cfg, today)
    if decided is not None:
        for e164, (decision, _until) in made.items():
            decided[e164] = decision
    for e164, (decision, until) in made.items():
        last = ""
        for event in reversed(histories[e164]):
            if event.occurred_at <= now_iso:
                last = event.occurred_at
                break
        found.append((as_read(e164, fields(decision), last), until))
    return found


def kept_decisions_not_the_policys(conn: Connection, cfg: PolicySettings) -> list[str]:
    """The numbers (E.164, sorted) whose kept decision under ``cfg`` is not what the
    policy decides from the number's events at the moment it was kept — its status,
    reason, dates, events, or how long it holds: a row changed behind the program's
    back (readers trust a kept row, so the contacts table and the overview would show
    it). ``audit verify`` asks here. Rows kept under other settings are not read while
    those settings are not in force, and are not checked: their settings are known
    only by their fingerprint."""
    kept = decision_store.kept_under(conn, cfg.fingerprint())
    if not kept:
        return []
    numbers = {row[0] for row in kept}
    with policy.gc_paused():  # 500 000 events read, all kept alive: nothing to collect
        if len(numbers) > 2000:
            histories = consent_store.all_by_number(conn, full=False)
        else:
            histories = consent_store.policy_histories(conn, numbers)
    at_moment: dict[str, list[tuple]] = {}
    for row in kept:  # kept in batches: few distinct moments
        at_moment.setdefault(row[1], []).append(row)
    none: list[ConsentEvent] = []
    differing = []
    for decided_at, rows in at_moment.items():
        # only the form ``keep_fresh_decisions`` writes: readers compare it with now as
        # text (``decisions.current``), which is its moment's order only in that form
        # (another offset, or none, would hold earlier or later than the moment it is
        # checked at). ``holds_until`` is compared with the policy's as text below.
        try:
            moment = clock.parse_iso(decided_at)
            canonical = clock.to_iso(moment) == decided_at
        except (ValueError, TypeError):
            canonical = False
        if not canonical:
            differing += [row[0] for row in rows]
            continue
        expected = {found[0]: (found, until) for found, until in _kept_rows(
            {row[0]: histories.get(row[0], none) for row in rows}, cfg, moment)}
        for row in rows:
            found, until = expected[row[0]]
            if tuple(row[3:]) != found[1:] or row[2] != (until or decision_store.FOREVER):
                differing.append(row[0])
    return sorted(differing)


def keep_fresh_decisions(ctx: Context, current: Current, today: datetime) -> bool:
    """Keep what ``current_decisions_in`` had to decide, so the next overview reads it:
    in a transaction of its own, and only if nothing in the vault changed since it was
    read (a decision made from an older history must never be kept as current). An
    overview that cannot write (a read-only or damaged file, another program writing:
    it does not wait for it) is shown all the same; True when something was kept."""
    if not current.fresh:
        return False
    try:
        with ctx.vault.reading() as conn, decision_store.without_waiting(conn), \
                ctx.vault.transaction() as conn:
            if change_mark(conn) != current.mark:
                return False
            decision_store.store(conn, current.settings, clock.to_iso(today), current.fresh)
    except errors.ContactVaultError:
        return False
    return True


def decisions_for_all(ctx: Context, *, today: datetime | None = None
                      ) -> dict[int, list[tuple[PhoneNumber, Decision]]]:
    """Every number of every contact with its decision, by contact id: this fills the
    100 000-row table. The decisions are the ones the vault keeps
    (``current_decisions_in``: only numbers without a kept decision that
    holds are decided from their events, and kept afterwards), with rules 1 and 2
    from each number's own columns (``policy.standing``) — the same answers as
    deciding every number from its events, without reading 500 000 events.

    The decisions' ``basis_event``/``notice_event`` carry only id, number, kind, time
    and (the basis event) the contact (``policy.kept_decision``); ``history`` gives
    whole events."""
    today = today or ctx.now()
    with policy.gc_paused():
        with ctx.vault.snapshot() as conn:  # the numbers and their decisions of one moment
            cfg = PolicySettings.from_settings(settings.all_settings(conn))
            rows = list(contact_store.numbers_with_category(conn))
            current = current_decisions_in(
                conn, cfg, {row.number.e164 for row in rows if row.number.e164}, today)
        keep_fresh_decisions(ctx, current, today)
        decisions, _holders = policy.one_contact_per_number(
            rows, _decisions_of(rows, current.rows, current.decided))
        result: dict[int, list[tuple[PhoneNumber, Decision]]] = {}
        for row, decision in zip(rows, decisions, strict=True):
            entry = result.get(row.contact_id)
            if entry is None:
                entry = result[row.contact_id] = []
            entry.append((row.number, decision))
    return result


def _decisions_of(rows, kept: dict[str, tuple], decided: dict[str, Decision]
                  ) -> list[Decision]:
    """Each stored number's decision (``contacts.numbers_with_category`` rows): rules 1
    and 2 from its columns, else its history's: as just ``decided``, or as kept
    (``decisions.current`` rows, whole). A kept decision that names no event (no
    consent: its ``since`` is empty) is the same for every number: made once."""
    standing = policy.standing
    just = decided.get
    make = policy.kept_decision
    fields = decision_store.fields
    eventless: dict[tuple, Decision] = {}
    decisions: list[Decision] = []
    add = decisions.append
    for row in rows:
        number = row.number
        e164 = number.e164
        refusal = standing(row.category, e164, number.valid, number.flags)
        if refusal is not None:
            add(refusal)
            continue
        decision = just(e164) if decided else None
        if decision is None:
            entry = kept[e164]
            if entry[3]:
                decision = make(e164, fields(entry))
            else:
                key = entry[1:5]
                decision = eventless.get(key)
                if decision is None:
                    decision = eventless[key] = make(e164, fields(entry))
        add(decision)
    return decisions


# -- texts for the customer -----------------------------------------------------------

REVOCATION = notices.REVOCATION
check_complete = notices.check_complete


def render_notice(ctx: Context, language: str, *, policy_mode: str | None = None
                  ) -> notices.Rendered:
    """The information notice in force, filled with the company's details: the wording
    of the consent policy in force (or ``policy_mode``), in ``language``. ``missing``
    names the settings still to fill in; such a text cannot be recorded as sent."""
    with ctx.vault.reading() as conn:
        values = settings.all_settings(conn)
    return _render_notice(values, _language(language), policy_mode)


def _render_notice(values: dict, language: str, policy_mode: str | None
                   ) -> notices.Rendered:
    return _notice(values, language, policy_mode)[1]


def _notice(values: dict, language: str, policy_mode: str | None
            ) -> tuple[notices.Template, notices.Rendered]:
    template = notices.load(notices.NOTICE, language, notice_variant(values, policy_mode))
    return template, notices.render(template, notices.values_from_settings(values))


def notice_variant(values: dict, policy_mode: str | None = None) -> str:
    """The notice's wording for the policy in force (or ``policy_mode``): its mode
    (standard or strict), or "advertising" when the phones are also used for
    advertising (``policy.purpose``), where only an explicit yes counts."""
    if policy_mode is None and values.get("policy.purpose") == notices.ADVERTISING:
        return notices.ADVERTISING
    mode = policy_mode or str(values.get("policy.mode") or notices.STANDARD)
    if mode not in notices.VARIANTS[notices.NOTICE]:
        raise errors.InvalidArgument(what="policy", reason=f"'{mode}' is not one of "
                                     + ", ".join(notices.VARIANTS[notices.NOTICE]))
    return mode


def mark_notice_sent(ctx: Context, e164: str, language: str, *,
                     occurred_at: datetime | str | None = None,
                     channel: Channel | str = Channel.WHATSAPP, evidence: str = "",
                     evidence_files: Sequence[Attachment] = (),
                     shown_text: str | None = None) -> tuple[ConsentEvent, str]:
    """Record that the notice was sent to a number: a ``notice_sent`` event carrying the
    notice version, a ``messages_sent`` row with the exact text, the template's wording
    kept in the vault, and any evidence files. ``shown_text``: the text the person
    copied; if the text in force differs now (a setting or the template changed since),
    nothing is recorded (TextChanged). A notice with a required setting empty is never
    recorded (NoticeIncomplete). Returns the event and the text sent."""
    now = ctx.now()
    at = _occurred(occurred_at, now)
    channel = _enum(Channel, channel, "channel")
    with ctx.vault.transaction() as conn:
        number, owner = _resolve(conn, e164)
        event = _notice_sent(ctx, conn, number, owner, _language(language), at,
                             clock.to_iso(now), channel.value, evidence, evidence_files,
                             shown_text)
        text = consent_store.messages_for_events(conn, [event.id])[event.id].text
    return event, text


def _notice_sent(ctx: Context, conn: Connection, number: str, owner: int | None,
                 language: str, at: str, now_iso: str, channel: str | None,
                 evidence: str, evidence_files: Sequence[Attachment],
                 shown_text: str | None) -> ConsentEvent:
    """The one path that records a notice as sent (inside the caller's transaction)."""
    template, rendered = _notice(settings.all_settings(conn), language, None)
    notices.check_complete(rendered)
    if shown_text is not None and shown_text != rendered.text:
        raise errors.TextChanged()
    who = ctx.actor_in(conn)
    consent_store.keep_template_text(conn, template.version, template.body,
                                     (template.consent_phrase, template.revocation_phrase))
    event = _append(ctx, conn, ConsentEvent(
        None, number, EventKind.NOTICE_SENT.value, None, channel, evidence or "",
        template.version, owner, who, at, now_iso),
        MessageFacts("notice", language, rendered.text, rendered.tag))
    evidence_service.attach(conn, event.id, evidence_files, actor=who, at=now_iso)
    return event


def render_revocation_confirmation(ctx: Context, e164: str, language: str
                                   ) -> notices.Rendered:
    """The short confirmation for a customer who revoked, dated with the latest
    revocation of that number (today if none is recorded yet)."""
    with ctx.vault.reading() as conn:
        number = _resolve(conn, e164)[0]
        return _render_revocation(ctx, conn, number, _language(language))[0]


def _render_revocation(ctx: Context, conn: Connection, number: str, language: str
                       ) -> tuple[notices.Rendered, ConsentEvent | None]:
    template = notices.load(notices.REVOCATION, language)
    revoked = [e for e in consent_store.for_number(conn, number) if e.kind == "revoked"]
    when = revoked[-1].occurred_at if revoked else ctx.now_iso()
    values = notices.values_from_settings(settings.all_settings(conn),
                                          timefmt.format_date(when, template.language))
    return notices.render(template, values), (revoked[-1] if revoked else None)


def revocation_confirmation(ctx: Context, e164: str, language: str) -> str:
    """The text of ``render_revocation_confirmation``."""
    return render_revocation_confirmation(ctx, e164, language).text


def record_revocation_confirmation_sent(ctx: Context, e164: str, language: str, *,
                                        sent_at: datetime | str | None = None,
                                        shown_text: str | None = None) -> int:
    """Record that the revocation confirmation was sent, with its exact text and the
    revocation it confirms; returns the message id. Refused like the notice when a
    required setting is empty (ConfirmationIncomplete) or the text changed since it was
    shown (TextChanged)."""
    language = _language(language)
    now = ctx.now()
    at = _occurred(sent_at, now)
    with ctx.vault.transaction() as conn:
        number = _resolve(conn, e164)[0]
        rendered, revocation = _render_revocation(ctx, conn, number, language)
        notices.check_complete(rendered, notices.REVOCATION)
        if shown_text is not None and shown_text != rendered.text:
            raise errors.TextChanged()
        template = notices.load(notices.REVOCATION, language)
        who = ctx.actor_in(conn)
        consent_store.keep_template_text(conn, template.version, template.body)
        message_id = consent_store.record_message(
            conn, number, "revocation_confirmation", template.version, language, at, who,
            text=rendered.text, event_id=revocation.id if revocation else None)
        audit.record(conn, "message.revocation_confirmation", actor=who,
                     at=clock.to_iso(now), subject=f"message:{message_id}",
                     details={"message": message_id, "template": template.version,
                              "event": revocation.id if revocation else None,
                              "sent_at": at, "text_sha256": _sha256(rendered.text)})
    return message_id
