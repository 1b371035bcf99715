"""chat scan|apply: the consent events a WhatsApp chat export proposes, and recording
the ones a person accepts.

``scan`` reads the files (senders, date order, what looks wrong, the proposals); nothing
is stored. It reads the vault only when that opens without asking (a scripted or
remembered passphrase): then a notice tag of an earlier wording the vault kept is known.
``apply`` records accepted proposals through services/chat_consent.py.
"""

from __future__ import annotations

from collections import Counter

from contactvault import errors, phones, timefmt
from contactvault.chats.consent import Proposals
from contactvault.chats.whatsapp import (
    DEFAULT_TIMEZONE,
    Chat,
    DateOrder,
    Severity,
    read_chat,
)
from contactvault.cli import publish_commands
from contactvault.cli.common import (
    note,
    open_context,
    open_context_unasked,
    print_json,
    say,
    tr,
    tr_n,
)
from contactvault.consent.events import KIND_LABELS, EventKind
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.services import chat_consent, consent

_ORDER_WORDS = {
    DateOrder.DAY_FIRST: QT_TRANSLATE_NOOP("Cli", "day first (29.11.26)"),
    DateOrder.MONTH_FIRST: QT_TRANSLATE_NOOP("Cli", "month first (11/29/26)"),
    DateOrder.YEAR_FIRST: QT_TRANSLATE_NOOP("Cli", "year first (2026-11-29)"),
}
_PLATFORMS = {"android": "Android", "ios": "iOS"}
# messages with a sender: WhatsApp's own lines (encryption notice, group events) not counted
_MESSAGES = QT_TRANSLATE_NOOP("Cli", "WhatsApp chat ({platform}), %n message(s)", None, 1)


def register(sub) -> None:
    p = sub.add_parser("chat", help="read exported WhatsApp chats")
    csub = p.add_subparsers(dest="chat_command", metavar="ACTION", required=True)
    q = csub.add_parser(
        "scan", help="list the consent events WhatsApp chat exports (.txt or .zip) propose, "
                     "with the senders, the date order and what looks wrong; nothing is "
                     "stored",
        description="Reads WhatsApp chat exports (the .txt, or the .zip WhatsApp shares) "
                    "and lists each chat's senders, how its dates are ordered, the lines "
                    "that need a look, and the consent events it proposes (each with an id "
                    "for 'contactvault chat apply', the event, the time, the verbatim line "
                    "and why). Nothing is stored. The vault is read when it opens without "
                    "asking (a scripted or remembered passphrase): then the earlier notice "
                    "wordings it kept are known too.")
    q.add_argument("files", nargs="+", metavar="FILE", help="exported chats (.txt or .zip)")
    _chat_arguments(q)
    q.add_argument("--json", action="store_true", help="print the result as JSON")
    q.set_defaults(func=cmd_scan)
    a = csub.add_parser(
        "apply", help="record the consent events of a WhatsApp chat that you accept",
        description="Records the proposals of one chat export that you accept (ids from "
                    "'contactvault chat scan'), each with the verbatim line, its time and "
                    "the file's SHA-256 as evidence; nothing else of the chat is kept. "
                    "Applying the same file again adds nothing. When the chat shows the "
                    "partner only by a saved name, confirm the contact (--contact); a "
                    "number not yet in the vault is added only with --add-contact.")
    a.add_argument("file", metavar="FILE", help="the exported chat (.txt or .zip)")
    which = a.add_mutually_exclusive_group(required=True)
    which.add_argument("--accept", nargs="+", metavar="ID",
                       help="the ids of the proposals to record")
    which.add_argument("--accept-all", action="store_true",
                       help="record every proposal that needs no check (those marked "
                            "'check' are recorded only when named with --accept)")
    _chat_arguments(a)
    a.add_argument("--contact", type=int, metavar="ID",
                   help="the contact the chat is with (confirms a match by name)")
    a.add_argument("--number", metavar="NUMBER",
                   help="the partner's number, when the chat shows only a name")
    a.add_argument("--add-contact", action="store_true",
                   help="add the partner's number as a new contact (category customer, "
                        "named as in the chat) when it is not in the vault")
    a.add_argument("--allow-erased", action="store_true",
                   help="with --add-contact: add the number although the person was "
                        "erased earlier at their request (they have come back to you)")
    a.add_argument("--json", action="store_true", help="print the result as JSON")
    a.set_defaults(func=cmd_apply)


def _chat_arguments(q) -> None:
    q.add_argument("--date-order", choices=["day-first", "month-first"],
                   help="how the phone writes dates, when the chat cannot tell (no day "
                        "above 12): day-first for 29.11.26, month-first for 11/29/26")
    q.add_argument("--timezone", metavar="ZONE", default=DEFAULT_TIMEZONE,
                   help="the phone's time zone (default: Europe/Berlin)")
    q.add_argument("--business", metavar="NAME",
                   help="the business's sender name in the chat, when it cannot be told "
                        "(no notice in the chat, and the file name names no sender)")


def _order(args) -> DateOrder | None:
    return DateOrder(args.date_order.replace("-", "_")) if args.date_order else None


def _bad_zone(args) -> errors.ContactVaultError:
    return errors.InvalidArgument(what=f"--timezone {args.timezone}", reason=QT_TRANSLATE_NOOP(
        "Errors", "not a known time zone (e.g. Europe/Berlin)"))


def cmd_scan(args) -> int:
    order = _order(args)
    try:
        chats = [read_chat(path, date_order=order, timezone=args.timezone)
                 for path in args.files]
    except ValueError:
        raise _bad_zone(args) from None
    ctx = open_context_unasked(args)  # its earlier notice wordings, if it opens unasked
    try:
        found = [_proposals(chat, path, args, ctx) for chat, path in zip(chats, args.files,
                                                                          strict=True)]
    finally:
        if ctx is not None:
            ctx.vault.lock()
    if args.json:
        print_json([dict(_as_json(chat), **_proposals_json(result))
                    for chat, result in zip(chats, found, strict=True)])
    else:
        for chat, result in zip(chats, found, strict=True):
            _show(chat)
            _show_proposals(result)
    failed = any(i.severity is Severity.ERROR for chat in chats for i in chat.issues)
    refused = any(isinstance(r, errors.ContactVaultError) for r in found)
    return errors.EXIT_REFUSED if failed or refused else 0


def _proposals(chat: Chat, path: str, args, ctx: Context | None = None
               ) -> Proposals | errors.ContactVaultError | None:
    """The chat's proposals; the refusal (a sentence) when they cannot be made; None
    when the chat could not be read (its issues say why)."""
    if not chat.messages or chat.ambiguous or any(
            i.severity is Severity.ERROR for i in chat.issues):
        return None
    try:
        return chat_consent.scan(path, business=args.business, date_order=_order(args),
                                 timezone=args.timezone, ctx=ctx)
    except errors.ContactVaultError as error:
        return error


_KIND_WIDTH = 12


def _show_proposals(result: Proposals | errors.ContactVaultError | None) -> None:
    if result is None:
        return
    if isinstance(result, errors.ContactVaultError):
        note(result.message())
        return
    say("  " + tr(QT_TRANSLATE_NOOP("Cli", "Business: {business}; chat partner: {partner}"))
        .format(business=result.business or "\u2013", partner=result.partner))
    for flag in result.flags:
        say("  \u26a0 " + flag.describe())
    if not result.proposals:
        say("  " + tr(QT_TRANSLATE_NOOP("Cli", "No consent events proposed.")))
        return
    say("  " + tr_n(_PROPOSED, len(result.proposals)))
    for proposal in result.proposals:
        say(f"  {proposal.id}  {translate('Consent', KIND_LABELS[proposal.kind])}  "
            f"{timefmt.format_as_written(proposal.time)}")
        for line in proposal.verbatim.split("\n")[:3]:
            say(f"      \u2502 {line}")
        if proposal.verbatim.count("\n") >= 3:
            say("      \u2502 \u2026")
        say("      " + tr(QT_TRANSLATE_NOOP("Cli", "why: {reason}")).format(
            reason=proposal.why()))
        for text in proposal.check_texts():
            say("      " + tr(QT_TRANSLATE_NOOP("Cli", "check: {reason}")).format(reason=text))


_PROPOSED = QT_TRANSLATE_NOOP("Cli", "%n consent event(s) proposed:", None, 1)


def _proposals_json(result: Proposals | errors.ContactVaultError | None) -> dict:
    if result is None:
        return {"proposals": [], "flags": [], "refused": None}
    if isinstance(result, errors.ContactVaultError):
        return {"proposals": [], "flags": [], "refused": {"code": result.code,
                                                          "text": result.message()}}
    return {"business": result.business, "partner": result.partner,
            "file_sha256": result.file_sha256,
            "proposals": [_proposal_json(p) for p in result.proposals],
            "flags": [{"code": f.flag.value, "text": f.describe()} for f in result.flags],
            "refused": None}


def _proposal_json(p) -> dict:
    return {"id": p.id, "event": p.kind.value, "time": p.time.isoformat(), "line": p.line,
            "verbatim": p.verbatim, "why": p.why(), "reason": p.reason,
            "checks": [{"code": c.value, "text": text}
                       for c, text in zip(sorted(p.checks), p.check_texts(), strict=True)],
            "notice_version": p.notice_version or None,
            "purpose": p.purpose.value if p.purpose else None}


def cmd_apply(args) -> int:
    ctx = open_context(args)
    try:
        try:
            found = chat_consent.scan(args.file, business=args.business,
                                      date_order=_order(args), timezone=args.timezone,
                                      ctx=ctx)
        except ValueError:
            raise _bad_zone(args) from None
        chosen = chat_consent.selected(found, None if args.accept_all else args.accept)
        match = chat_consent.match_partner(ctx, found)
        choice = chat_consent.choose_partner(ctx, found, match, contact_id=args.contact,
                                             number=args.number, add_contact=args.add_contact,
                                             allow_erased=args.allow_erased)
        result = chat_consent.apply(ctx, found, chosen, choice)
        decisions = consent.decision_for_number(ctx, choice.e164)
        revoked = any(e.kind == EventKind.REVOKED for _p, e in result.recorded)
        published = publish_commands.at_once(ctx) if revoked else []
    finally:
        ctx.vault.lock()
    left = [p for p in found.proposals if p not in chosen]
    if args.json:
        print_json({
            "file": args.file, "file_sha256": found.file_sha256, "number": choice.e164,
            "contact": result.contact_id, "contact_added": result.contact_added,
            "recorded": [{"proposal": p.id, "event": e.id, "kind": e.kind}
                         for p, e in result.recorded],
            "already": [{"proposal": p.id, "event": event_id}
                        for p, event_id in result.already],
            "not_accepted": [p.id for p in left],
            "eligible": any(d.eligible for _c, _n, d in decisions)})
        return 0
    number = phones.display(choice.e164)
    if result.contact_added:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Added {number} as a new contact ({contact}, category "
                                        "customer).")).format(number=number,
                                                              contact=result.contact_id))
    if result.recorded:
        say(tr_n(_RECORDED, len(result.recorded)).format(number=number))
        for proposal, event in result.recorded:
            say(f"  {proposal.id}  {translate('Consent', KIND_LABELS[proposal.kind])}  "
                f"{timefmt.format_as_written(proposal.time)}  \u2192 event:{event.id}")
    if result.already:
        say(tr_n(_ALREADY, len(result.already)) + " " + ", ".join(
            f"{p.id} (event:{event_id})" for p, event_id in result.already))
    if not result.recorded:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Nothing was added.")))
    if args.accept_all:
        waiting = [p for p in left if p.needs_check]
        if waiting:
            say(tr_n(_WAITING, len(waiting)) + " " + ", ".join(p.id for p in waiting))
    for _contact, _number, decision in decisions:
        mark = "\u2714" if decision.eligible else "\u2718"
        say(f"  {mark} {decision.status_text()} \u2013 {decision.reason_text()}")
    publish_commands.print_at_once(published)
    return 0


_RECORDED = QT_TRANSLATE_NOOP("Cli", "Recorded %n consent event(s) for {number}:", None, 1)
_ALREADY = QT_TRANSLATE_NOOP(
    "Cli", "%n proposal(s) recorded before from this file, not added again:", None, 1)
_WAITING = QT_TRANSLATE_NOOP(
    "Cli", "%n proposal(s) not recorded, to be checked first (accept by id if right):",
    None, 1)


def _show(chat: Chat) -> None:
    name = chat.file + (f" ({chat.member})" if chat.member else "")
    if not chat.messages:
        say(f"{name}:")
    else:
        counts = Counter(m.sender for m in chat.messages if m.sender is not None)
        say(f"{name}: " + tr_n(_MESSAGES, sum(counts.values()))
            .format(platform=_PLATFORMS.get(chat.platform, chat.platform)))
        say("  " + tr(QT_TRANSLATE_NOOP("Cli", "Date order: {order}")).format(
            order=_order_text(chat)))
        senders = ", ".join(f"{sender} ({counts[sender]})" for sender in chat.participants)
        say("  " + tr(QT_TRANSLATE_NOOP("Cli", "Senders: {senders}")).format(
            senders=senders or "\u2013"))
        times = [m.time for m in chat.messages if m.time is not None]
        if times:
            first = min(times, key=lambda t: t.timestamp())
            last = max(times, key=lambda t: t.timestamp())
            say("  " + tr(QT_TRANSLATE_NOOP("Cli", "From {first} to {last}")).format(
                first=timefmt.format_as_written(first), last=timefmt.format_as_written(last)))
    for issue in chat.issues:
        where = (tr(QT_TRANSLATE_NOOP("Cli", "line {line}")).format(line=issue.line) if issue.line
                 else tr(QT_TRANSLATE_NOOP("Cli", "file")))
        if issue.severity is Severity.ERROR:
            note(f"{chat.file}: {issue.describe()}")
        else:
            say(f"  {where}: {issue.describe()}")


def _order_text(chat: Chat) -> str:
    if chat.date_order is None:
        text = tr(QT_TRANSLATE_NOOP("Cli", "cannot be told from the file; give --date-order "
                                     "day-first or month-first"))
        if chat.suggested_order is DateOrder.DAY_FIRST:
            text += " " + tr(QT_TRANSLATE_NOOP("Cli", "(the dots suggest day first)"))
        return text
    words = tr(_ORDER_WORDS[chat.date_order])
    how = (tr(QT_TRANSLATE_NOOP("Cli", "from the dates in the file")) if chat.order_from_file
           else tr(QT_TRANSLATE_NOOP("Cli", "as given")))
    return f"{words}, {how}"


def _as_json(chat: Chat) -> dict:
    counts = Counter(m.sender for m in chat.messages if m.sender is not None)
    return {
        "file": chat.file,
        "member": chat.member,
        "platform": chat.platform,
        "date_order": chat.date_order.value if chat.date_order else None,
        "date_order_from_file": chat.order_from_file,
        "suggested_date_order": chat.suggested_order.value if chat.suggested_order else None,
        "timezone": chat.timezone,
        "senders": [{"name": s, "messages": counts[s]} for s in chat.participants],
        "messages": [{"line": m.line, "sender": m.sender,
                      "time": m.time.isoformat() if m.time else None,
                      "flags": sorted(m.flags)} for m in chat.messages],
        "issues": [{"code": i.code, "line": i.line, "severity": i.severity.value,
                    "text": i.describe(), "params": dict(i.params)} for i in chat.issues],
    }
