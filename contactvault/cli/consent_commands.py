"""consent grant|implied|notice-sent|revoke|request|expire|history|list|evidence|attach,
notice show|revocation."""

from __future__ import annotations

from contactvault import errors, phones, timefmt
from contactvault.cli import publish_commands
from contactvault.cli.common import note, open_context, print_json, say, tr, tr_n
from contactvault.consent import notices
from contactvault.consent.events import (
    BASIS_LABELS,
    CHANNEL_LABELS,
    KIND_LABELS,
    PURPOSE_LABELS,
    Channel,
    ConsentEvent,
    EventKind,
    LegalBasis,
    Purpose,
)
from contactvault.consent.policy import STATUS_LABELS, Decision
from contactvault.i18n import QT_TRANSLATE_NOOP, current_language, translate
from contactvault.printable import printable
from contactvault.services import consent, contacts, evidence, exporting

# command name -> event kind
_EVENT_COMMANDS = {
    "grant": EventKind.GRANTED,
    "implied": EventKind.IMPLIED,
    "revoke": EventKind.REVOKED,
    "request": EventKind.REQUESTED,
    "expire": EventKind.EXPIRED,
    "object": EventKind.OBJECTED,
}
_HELP = {
    "grant": "record explicit consent (or, with --basis, another legal basis)",
    "implied": "record implied consent by conduct (the customer wrote first on WhatsApp)",
    "revoke": "record a revocation",
    "request": "record that consent was requested",
    "expire": "record that a consent expired",
    "object": "record an objection (GDPR Art. 21): revokes, and a later implied consent no "
              "longer counts",
}
_NUMBER_HELP = ("a number as typed (0171 1000001, +49 171 1000001), a contact id (12 or #12) "
                "or a phone id (phone:34)")


def register(sub) -> None:
    p = sub.add_parser("consent", help="record and show consent per phone number")
    csub = p.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    for name, kind in _EVENT_COMMANDS.items():
        q = csub.add_parser(name, help=_HELP[name])
        _event_arguments(q)
        if kind in (EventKind.GRANTED, EventKind.IMPLIED):
            q.add_argument("--contact", type=int, metavar="ID",
                           help="the contact whose consent it is, for a number stored for "
                                "several contacts (a phone gets it once, under this one)")
        if kind is EventKind.GRANTED:
            q.add_argument("--purpose", choices=[p.value for p in Purpose],
                           help="what the consent is for (default: service; advertising "
                                "needs its own explicit consent)")
            q.add_argument("--with-notice", action="store_true",
                           help="the information notice in force was handed over with the "
                                "request (e.g. on the signed form): the consent is informed "
                                "without an earlier notice-sent")
        q.set_defaults(func=cmd_event, kind=kind)
    q = csub.add_parser("notice-sent", help="record that the information notice was sent "
                                             "(the text of 'notice show', kept in the vault)")
    _event_arguments(q, with_basis=False)
    q.add_argument("--lang", choices=["de", "en"], default=None,
                   help="language of the notice sent (default: the contact's)")
    q.set_defaults(func=cmd_notice_sent)
    q = csub.add_parser("evidence", help="list the files kept as evidence, or save copies")
    q.add_argument("number", metavar="NUMBER_OR_EVENT",
                   help="an event (event:17) or a number: " + _NUMBER_HELP)
    q.add_argument("--save-to", metavar="DIR",
                   help="write a copy of each file into DIR (owner-only, never overwrites)")
    q.add_argument("--file", metavar="ID", type=int, dest="file_id",
                   help="with --output: only this file (its id as listed)")
    q.add_argument("--output", metavar="PATH",
                   help="with --file: write that file to PATH (a file or a folder; never "
                        "overwrites)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_evidence)
    q = csub.add_parser("attach", help="keep files as evidence with an event recorded "
                                       "earlier (encrypted in the vault)")
    q.add_argument("event", metavar="EVENT", help="the event's id as 'consent history' "
                                                  "shows it: event:17 or 17")
    q.add_argument("files", metavar="FILE", nargs="+")
    q.set_defaults(func=cmd_attach)
    q = csub.add_parser("history", help="every consent event of a number")
    q.add_argument("number", metavar="NUMBER_OR_ID", help=_NUMBER_HELP)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_history)
    q = csub.add_parser("list", help="every number with the policy's decision")
    q.add_argument("--status", choices=sorted(STATUS_LABELS), help="only this status")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)

    p = sub.add_parser("notice", help="texts for customers: information notice, revocation")
    nsub = p.add_subparsers(dest="notice_command", metavar="ACTION", required=True)
    q = nsub.add_parser("show", help="print the information notice in force")
    q.add_argument("--lang", choices=["de", "en"], default="de")
    q.add_argument("--policy", choices=list(notices.VARIANTS[notices.NOTICE]),
                   help="the wording for this policy, or for phones also used for "
                        "advertising (default: the one in force)")
    q.set_defaults(func=cmd_notice_show)
    q = nsub.add_parser("revocation", help="print the revocation confirmation for a number")
    q.add_argument("number", metavar="NUMBER_OR_ID", help=_NUMBER_HELP)
    q.add_argument("--lang", choices=["de", "en"], default="de")
    q.add_argument("--mark-sent", action="store_true",
                   help="record that this confirmation was sent to the customer")
    q.add_argument("--at", metavar="DATETIME",
                   help="with --mark-sent: when it was sent (default: now)")
    q.set_defaults(func=cmd_revocation)


def _event_arguments(q, *, with_basis: bool = True) -> None:
    q.add_argument("number", metavar="NUMBER_OR_ID", help=_NUMBER_HELP)
    if with_basis:
        q.add_argument("--basis", choices=[b.value for b in LegalBasis])
    q.add_argument("--channel", choices=[c.value for c in Channel])
    q.add_argument("--evidence", default="", metavar="TEXT",
                   help="e.g. the customer's reply, or where the signed form is filed")
    q.add_argument("--at", metavar="DATETIME",
                   help="when it happened, local time (23.11.2026, 23.11.2026 14:05 or "
                        "ISO 8601 such as 2026-11-23 14:05; default: now)")
    q.add_argument("--evidence-file", metavar="PATH", action="append", default=[],
                   dest="evidence_files",
                   help="a file to keep with the event, encrypted in the vault (a screenshot "
                        "of the chat, a scanned form); repeat for several")


def cmd_event(args) -> int:
    attachments = evidence.read_files(args.evidence_files)  # before anything is unlocked
    ctx = open_context(args)
    try:
        event = consent.record_event(ctx, args.number, args.kind, basis=args.basis,
                                     channel=args.channel, evidence=args.evidence,
                                     occurred_at=args.at,
                                     purpose=getattr(args, "purpose", None),
                                     with_notice=getattr(args, "with_notice", False),
                                     contact_id=getattr(args, "contact", None),
                                     evidence_files=attachments)
        decisions = consent.decision_for_number(ctx, event.e164)
        published = publish_commands.at_once(ctx) if event.kind == EventKind.REVOKED else []
        holding = exporting.phones_holding(ctx, event.e164)
    finally:
        ctx.vault.lock()
    _print_recorded(event, decisions)
    _print_attached(attachments)
    _explain_not_eligible(event, decisions)
    _explain_shared(event, decisions)
    publish_commands.print_at_once(published)
    if event.kind == EventKind.REVOKED:
        for device_name in holding:
            say(tr(QT_TRANSLATE_NOOP("Cli", "The number is on the WhatsApp phone {device}: it "
                                            "is now on its removal list.")).format(
                device=device_name))
        say(tr(QT_TRANSLATE_NOOP("Cli", "Confirmation text for the customer: contactvault "
                                        "notice revocation {number} --lang de|en")).format(
            number=event.e164))
    return 0


def _print_recorded(event: ConsentEvent, decisions) -> None:
    say(tr(QT_TRANSLATE_NOOP("Cli", "Recorded: {what} for {number} on {at} (event {id}).")).format(
        what=_what(event),
        number=phones.display(event.e164), at=timefmt.format_time(event.occurred_at),
        id=event.id))
    for _contact_id, _number, decision in decisions:
        say("  " + _decision_line(decision))


def _what(event: ConsentEvent) -> str:
    """What was recorded, in words: a grant on another legal basis than consent is named
    by that basis, never as consent."""
    if event.kind in (EventKind.GRANTED, EventKind.IMPLIED) and event.basis not in (
            None, LegalBasis.CONSENT):
        return tr(QT_TRANSLATE_NOOP("Cli", "legal basis {basis}")).format(
            basis=translate("Consent", BASIS_LABELS[LegalBasis(event.basis)]))
    what = translate("Consent", KIND_LABELS[EventKind(event.kind)])
    if event.purpose == Purpose.ADVERTISING:
        what += " (" + translate("Consent", PURPOSE_LABELS[Purpose.ADVERTISING]) + ")"
    if event.with_notice:
        what += tr(QT_TRANSLATE_NOOP("Cli", ", with the notice handed over"))
    return what


def _explain_shared(event: ConsentEvent, decisions) -> None:
    """A consent for a number several contacts store, naming none of them: say under
    which contact a phone will get it, and how to name the right one."""
    holders = sorted({contact_id for contact_id, _n, _d in decisions})
    if event.kind not in (EventKind.GRANTED, EventKind.IMPLIED) or event.contact_id \
            is not None or len(holders) < 2:
        return
    say(tr_n(QT_TRANSLATE_NOOP(
        "Cli", "The number is stored for %n contacts (ids {ids}) and this names none of "
               "them: a phone gets it once, under contact {first}. To name the person "
               "whose consent it is, record it with --contact ID.", None, 1),
        len(holders)).format(ids=", ".join(map(str, holders)), first=holders[0]))


# Settings a data-protection officer can switch on for a legal basis that is not consent.
_BASIS_SETTING = {LegalBasis.CONTRACT: "policy.allow_contract",
                  LegalBasis.LEGITIMATE_INTEREST: "policy.allow_legitimate_interest"}


def _explain_not_eligible(event: ConsentEvent, decisions) -> None:
    """A grant or implied consent that leaves the number not eligible says so in a
    sentence of its own, so that nobody reads "recorded" as "may go onto the phone"."""
    if event.kind not in (EventKind.GRANTED, EventKind.IMPLIED) or not decisions or any(
            d.eligible for _c, _n, d in decisions):
        return
    say(tr(QT_TRANSLATE_NOOP("Cli", "Recorded, but under the current settings this does "
                                    "not make the number eligible for a WhatsApp phone.")))
    setting = _BASIS_SETTING.get(event.basis)
    if setting:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Only the data-protection officer can allow this "
                                        "legal basis: contactvault settings set {key} "
                                        "true")).format(key=setting))
    elif any(d.reason == "granted_uninformed" for _c, _n, d in decisions):
        say(tr(QT_TRANSLATE_NOOP("Cli", "If the notice was handed over with the request, "
                                        "record the consent with --with-notice.")))


def _print_attached(attachments) -> None:
    for item in attachments:
        say("  " + tr(QT_TRANSLATE_NOOP("Cli", "kept in the vault: {name} ({size})")).format(
            name=item.file_name, size=evidence.format_size(len(item.content), current_language())))


def _decision_line(decision: Decision) -> str:
    mark = "✔" if decision.eligible else "✘"
    return f"{mark} {decision.status_text()} – {decision.reason_text()}"


def cmd_notice_sent(args) -> int:
    attachments = evidence.read_files(args.evidence_files)
    ctx = open_context(args)
    try:
        language = args.lang or consent.language_for_number(ctx, args.number)
        event, text = consent.mark_notice_sent(
            ctx, args.number, language, occurred_at=args.at,
            channel=args.channel or Channel.WHATSAPP, evidence=args.evidence,
            evidence_files=attachments)
        decisions = consent.decision_for_number(ctx, event.e164)
    finally:
        ctx.vault.lock()
    _print_recorded(event, decisions)
    _print_attached(attachments)
    say(tr(QT_TRANSLATE_NOOP("Cli", "Notice version: {version}")).format(
        version=notices.version_words(event.notice_version)))
    note(tr(QT_TRANSLATE_NOOP("Cli", "The text sent is kept with the event ({chars} "
                                     "characters): contactvault consent history {number} "
                                     "--json")).format(chars=len(text), number=event.e164))
    return 0


def cmd_attach(args) -> int:
    event_id = evidence.event_id_of(args.event)
    attachments = evidence.read_files(args.files)  # before anything is unlocked
    ctx = open_context(args)
    try:
        stored = evidence.attach_to_event(ctx, event_id, attachments)
    finally:
        ctx.vault.lock()
    for f in stored:
        say(tr(QT_TRANSLATE_NOOP("Cli", "kept in the vault: {name} ({size})")).format(
            name=f.file_name, size=evidence.format_size(f.size, current_language()))
            + f"  #{f.id}  event:{f.event_id}  SHA-256 {f.sha256}")
    return 0


def cmd_evidence(args) -> int:
    if (args.file_id is None) != (args.output is None):
        raise errors.InvalidArgument(what="--file/--output", reason=tr(QT_TRANSLATE_NOOP(
            "Cli", "give both: --file ID --output PATH")))
    ctx = open_context(args)
    try:
        files = evidence.files_for(ctx, args.number)
        written = evidence.save_copies(ctx, files, args.save_to) if args.save_to else []
        if args.file_id is not None:
            if args.file_id not in {f.id for f in files}:
                raise errors.EvidenceFileNotFound(ident=args.file_id)
            written.append(evidence.save_copy(ctx, args.file_id, args.output))
    finally:
        ctx.vault.lock()
    if args.json:
        print_json([{"id": f.id, "event_id": f.event_id, "file_name": f.file_name,
                     "size": f.size, "sha256": f.sha256, "added_by": f.added_by,
                     "added_at": f.added_at} for f in files])
    else:
        for f in files:
            say(f"#{f.id}  event:{f.event_id}  {f.file_name}  "
                f"{evidence.format_size(f.size, current_language())}  SHA-256 {f.sha256}")
            say("      " + tr(QT_TRANSLATE_NOOP("Cli", "added {at} by {who}")).format(
                at=timefmt.format_time(f.added_at), who=f.added_by))
        if not files:
            note(tr(QT_TRANSLATE_NOOP("Cli", "No evidence files.")))
    for path in written:
        note(tr(QT_TRANSLATE_NOOP("Cli", "Written (a copy outside the vault, not "
                                         "encrypted): {path}")).format(path=path))
    return 0


def _event_json(e: ConsentEvent, files=()) -> dict:
    return {"id": e.id, "e164": e.e164, "kind": e.kind, "basis": e.basis, "channel": e.channel,
            "evidence": e.evidence, "notice_version": e.notice_version,
            "purpose": e.purpose, "with_notice": bool(e.with_notice),
            "contact_id": e.contact_id, "recorded_by": e.recorded_by,
            "occurred_at": e.occurred_at, "recorded_at": e.recorded_at,
            "evidence_files": [{"id": f.id, "file_name": f.file_name, "size": f.size,
                                "sha256": f.sha256} for f in files]}


def decision_json(d: Decision) -> dict:
    return {"eligible": d.eligible, "status": d.status, "reason": d.reason,
            "reason_text": d.reason_text(),
            "basis_event_id": d.basis_event.id if d.basis_event else None,
            "notice_event_id": d.notice_event.id if d.notice_event else None}


def cmd_history(args) -> int:
    ctx = open_context(args)
    try:
        e164 = consent.resolve_number(ctx, args.number)
        events = consent.history(ctx, e164)
        decisions = consent.decision_for_number(ctx, e164)
        sent = consent.messages(ctx, e164)
        files = evidence.files_of_events(ctx, (e.id for e in events))
    finally:
        ctx.vault.lock()
    if args.json:
        print_json({"number": e164,
                    "events": [_event_json(e, files.get(e.id, ())) for e in events],
                    "decisions": [{"contact_id": cid, **decision_json(d)}
                                  for cid, _n, d in decisions],
                    "messages": sent})
        return 0
    say(phones.display(e164))
    for _cid, _number, decision in decisions:
        say("  " + _decision_line(decision))
    if not events:
        say(tr(QT_TRANSLATE_NOOP("Cli", "  no consent events recorded")))
    for e in events:
        parts = [translate("Consent", KIND_LABELS[EventKind(e.kind)])]
        if e.basis:
            parts.append(translate("Consent", BASIS_LABELS[LegalBasis(e.basis)]))
        if e.purpose == Purpose.ADVERTISING:
            parts.append(translate("Consent", PURPOSE_LABELS[Purpose.ADVERTISING]))
        if e.with_notice:
            parts.append(tr(QT_TRANSLATE_NOOP("Cli", "notice handed over")))
        if e.channel:
            parts.append(translate("Consent", CHANNEL_LABELS[Channel(e.channel)]))
        if e.notice_version:
            parts.append(notices.version_words(e.notice_version))
        say(f"  {timefmt.format_time(e.occurred_at)}  #{e.id}  " + " · ".join(parts))
        if e.evidence:
            say("      » " + e.evidence.replace("\n", "\n        "))
        for f in files.get(e.id, ()):
            say(f"      📎 {f.file_name}  {evidence.format_size(f.size, current_language())}  "
                f"SHA-256 {f.sha256[:16]}…")
        say("      " + tr(QT_TRANSLATE_NOOP("Cli", "recorded {at} by {who}")).format(
            at=timefmt.format_time(e.recorded_at), who=e.recorded_by))
    return 0


def cmd_list(args) -> int:
    ctx = open_context(args)
    try:
        decided = consent.decisions_for_all(ctx)
        names = {c.id: c.display_name() for c in contacts.list_contacts(ctx)}
    finally:
        ctx.vault.lock()
    rows = [(cid, number, decision) for cid, entries in decided.items()
            for number, decision in entries
            if not args.status or decision.status == args.status]
    if args.json:
        print_json([{"contact_id": cid, "name": names.get(cid, ""), "e164": n.e164,
                     "raw": n.raw, **decision_json(d)} for cid, n, d in rows])
        return 0
    for cid, number, decision in rows:
        shown = phones.display(number.e164) if number.e164 else number.raw
        say(f"{cid:>6}  {printable(names.get(cid, ''))}  {printable(shown)}  "
            f"{_decision_line(decision)}")
    note(tr_n(QT_TRANSLATE_NOOP("Cli", "%n number(s)", None, 1), len(rows)))
    return 0


def cmd_notice_show(args) -> int:
    ctx = open_context(args)
    try:
        rendered = consent.render_notice(ctx, args.lang, policy_mode=args.policy)
    finally:
        ctx.vault.lock()
    say(rendered.text.rstrip("\n"))
    note(tr(QT_TRANSLATE_NOOP("Cli", "Notice version: {version} (tag {tag})")).format(
        version=notices.version_words(rendered.version), tag=rendered.tag))
    _warn_missing(rendered)
    for stale in notices.stale_user_copies():
        note(tr(QT_TRANSLATE_NOOP("Cli", "Not used any more: {path} (the notice now has one "
                                         "file per policy, standard.txt and strict.txt)")
                ).format(path=stale))
    return 0


def _warn_missing(rendered, document: str = "notice") -> None:
    """Each detail still empty in words, with the command that sets it."""
    from contactvault.services import company

    if rendered.missing:
        note(tr(QT_TRANSLATE_NOOP("Cli", "Not filled in yet, so it cannot be recorded as "
                                         "sent:")))
        for line in company.missing_sentences(rendered.missing, document):
            note(line)


def cmd_revocation(args) -> int:
    ctx = open_context(args)
    try:
        e164 = consent.resolve_number(ctx, args.number)
        rendered = consent.render_revocation_confirmation(ctx, e164, args.lang)
        if args.mark_sent:
            consent.record_revocation_confirmation_sent(ctx, e164, args.lang,
                                                        sent_at=args.at,
                                                        shown_text=rendered.text)
    finally:
        ctx.vault.lock()
    say(rendered.text.rstrip("\n"))
    if args.mark_sent:
        note(tr(QT_TRANSLATE_NOOP("Cli", "Recorded that the confirmation was sent.")))
    else:
        _warn_missing(rendered, "revocation")
    return 0
