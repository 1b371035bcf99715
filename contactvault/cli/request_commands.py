"""request access|erase|restrict|object|correct|erasures: data-subject requests (GDPR
Art. 15-18, 21). PDF output borrows the desktop app's printer, imported only for a PDF."""

from __future__ import annotations

import sys

from contactvault import errors, phones, timefmt
from contactvault.cli import publish_commands
from contactvault.cli.common import interactive, note, open_context, print_json, say, tr, tr_n
from contactvault.consent.events import Channel
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.services import requests


def register(sub) -> None:
    p = sub.add_parser("request", help="data-subject requests: access, erasure, "
                                       "rectification, restriction, objection")
    rsub = p.add_subparsers(dest="request_command", metavar="ACTION", required=True)

    q = rsub.add_parser("access", help="everything stored about a person (GDPR Art. 15)")
    q.add_argument("person", help="contact id, name or phone number")
    q.add_argument("-o", "--output", required=True, metavar="FILE")
    q.add_argument("--format", choices=["json", "pdf"],
                   help="json or pdf (default: by the file's extension, JSON unless .pdf)")
    q.add_argument("--lang", choices=["de", "en"], help="language of the document")
    q.set_defaults(func=cmd_access)

    q = rsub.add_parser("erase", help="erase a person (GDPR Art. 17), or everyone past "
                                      "the retention period (--retention)")
    q.add_argument("person", nargs="?", help="contact id, name or phone number")
    q.add_argument("--retention", action="store_true",
                   help="erase every contact without activity for retention.review_months")
    q.add_argument("--dry-run", action="store_true", help="only show what would be erased")
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_erase)

    q = rsub.add_parser("restrict", help="keep a contact off every WhatsApp phone until "
                                         "lifted (GDPR Art. 18)")
    q.add_argument("person", help="contact id, name or phone number")
    q.add_argument("--lift", action="store_true", help="lift the restriction")
    q.set_defaults(func=cmd_restrict)

    q = rsub.add_parser("object", help="record an objection (GDPR Art. 21): revokes, and "
                                       "later implied consent no longer counts")
    q.add_argument("number")
    q.add_argument("--evidence", default="", help="what the person said, and where")
    q.add_argument("--channel", choices=[c.value for c in Channel])
    q.add_argument("--at", metavar="WHEN", help="when it happened (default: now)")
    q.set_defaults(func=cmd_object)

    q = rsub.add_parser("correct", help="correct a stored number (GDPR Art. 16); the old "
                                        "one is kept in the history")
    q.add_argument("person", help="contact id, name or phone number")
    q.add_argument("old", help="the number as stored (or in any usual form)")
    q.add_argument("new", help="the correct number")
    q.add_argument("--note", default="", help="why it was corrected")
    q.set_defaults(func=cmd_correct)

    q = rsub.add_parser("erasures", help="list the erasures (when, by whom, why)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_erasures)


def _pdf_renderer(output: str, fmt: str | None):
    """The printer for a PDF (Qt, loaded only then); None otherwise."""
    if (fmt or ("pdf" if output.lower().endswith(".pdf") else "json")) != "pdf":
        return None
    from contactvault.gui.printing import html_to_pdf

    return html_to_pdf


def cmd_access(args) -> int:
    ctx = open_context(args)
    try:
        path = requests.write_access(ctx, args.person, args.output, fmt=args.format,
                                     lang=args.lang,
                                     render_pdf=_pdf_renderer(args.output, args.format))
    finally:
        ctx.vault.lock()
    say(tr(QT_TRANSLATE_NOOP("Cli", "Wrote the information for the person to {path}.")).format(
        path=path))
    note(tr(QT_TRANSLATE_NOOP(
        "Cli", "This file holds the person's data unencrypted: hand it over securely and "
               "delete it afterwards.")))
    return 0


def _confirm(args, question: str, what: str) -> None:
    if args.yes:
        return
    if not interactive():
        raise errors.NotConfirmed(what=what)
    sys.stderr.write(question + " ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer not in (tr(QT_TRANSLATE_NOOP("Cli", "yes")), "yes", "y", "j", "ja"):
        raise errors.Cancelled()


def _preview_lines(preview: requests.ErasurePreview) -> None:
    say(tr(QT_TRANSLATE_NOOP("Cli", "#{id} {name}")).format(id=preview.contact_id,
                                                            name=preview.name))
    for number in preview.numbers:
        kept = number in preview.kept_shared
        say("  " + phones.display(number) + ("  " + tr(QT_TRANSLATE_NOOP(
            "Cli", "(also stored for another contact: kept for them)")) if kept else ""))
    say("  " + tr(QT_TRANSLATE_NOOP(
        "Cli", "consent events: {events}, texts sent: {texts}, original records: "
               "{records}")).format(events=preview.events, texts=preview.texts,
                                    records=preview.records))
    if preview.phones_received:
        say("  " + tr(QT_TRANSLATE_NOOP("Cli", "received by the WhatsApp phones: {names}"))
            .format(names=", ".join(preview.phones_received)))


def _after_lines(result: requests.ErasureResult) -> None:
    preview = result.preview
    say(tr(QT_TRANSLATE_NOOP("Cli", "Erased #{id} {name} (erasure {erasure}, {at}, by {actor}).")
           ).format(id=preview.contact_id, name=preview.name, erasure=result.erasure_id,
                    at=timefmt.format_time(result.erased_at), actor=result.erased_by))
    if preview.to_remove:
        say(tr_n(QT_TRANSLATE_NOOP(
            "Cli", "Delete %n entry(ies) from the phones now; afterwards the vault can no "
                   "longer name them (the removal lists show them as erased):", None, 1),
            len(preview.to_remove)))
        for item in preview.to_remove:
            say(f"  ✘ {item.device}: {item.shown_name}  {phones.display(item.number)}")
        say(tr(QT_TRANSLATE_NOOP(
            "Cli", "Confirm each with: contactvault removals --device PHONE --confirm "
                   "NUMBER (or erased:{erasure})")).format(erasure=result.erasure_id))
    if preview.backups:
        say(tr_n(QT_TRANSLATE_NOOP(
            "Cli", "%n backup(s) made before the erasure still hold the data; delete or "
                   "erase them too:", None, 1), len(preview.backups)))
        for backup in preview.backups:
            say(f"  {timefmt.format_time(backup.at)}  {backup.file}  ({backup.head[:24]})")
    say(tr(QT_TRANSLATE_NOOP("Cli", "Audit trail head: {head}")).format(head=result.audit_head))


def _result_json(result: requests.ErasureResult) -> dict:
    preview = result.preview
    return {"erasure": result.erasure_id, "erased_at": result.erased_at,
            "erased_by": result.erased_by, "contact_id": preview.contact_id,
            "numbers": len(preview.numbers), "numbers_kept_shared": preview.kept_shared,
            "consent_events": preview.events, "texts_sent": preview.texts,
            "original_records": preview.records,
            "phones_received": preview.phones_received,
            "delete_from_phones": [{"device": r.device, "shown_name": r.shown_name,
                                    "number": r.number} for r in preview.to_remove],
            "backups_before": [{"at": b.at, "file": b.file, "head": b.head}
                               for b in preview.backups],
            "audit_head": result.audit_head}


def cmd_erase(args) -> int:
    if args.retention == bool(args.person):
        raise errors.InvalidArgument(what="request erase", reason=QT_TRANSLATE_NOOP(
            "Errors", "give a person or --retention, not both"))
    ctx = open_context(args)
    try:
        if args.retention:
            return _erase_retention(ctx, args)
        contact_id = requests.resolve_person(ctx, args.person)
        preview = requests.erasure_preview(ctx, contact_id)
        if args.dry_run:
            if args.json:
                print_json(preview)
            else:
                say(tr(QT_TRANSLATE_NOOP("Cli", "Would erase:")))
                _preview_lines(preview)
            return 0
        if not args.json:
            say(tr(QT_TRANSLATE_NOOP("Cli", "Erase for good:")))
            _preview_lines(preview)
        _confirm(args, tr(QT_TRANSLATE_NOOP("Cli", "Erase this person? Type yes:")),
                 "request erase")
        result = requests.erase(ctx, contact_id)
        published = publish_commands.at_once(ctx)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json(_result_json(result))
    else:
        _after_lines(result)
        publish_commands.print_at_once(published)
    return 0


def _erase_retention(ctx, args) -> int:
    due = requests.retention_due(ctx)
    if args.dry_run or not due:
        if args.json:
            print_json({"due": [{"contact_id": c.contact_id, "name": c.name,
                                 "last_activity": c.last_activity} for c in due]})
            return 0
        say(tr_n(QT_TRANSLATE_NOOP(
            "Cli", "%n contact(s) without activity for the retention period:", None, 1),
            len(due)))
        for case in due:
            say(f"  #{case.contact_id} {case.name}  " + tr(QT_TRANSLATE_NOOP(
                "Cli", "(last activity {at})")).format(at=timefmt.format_date(case.last_activity)))
        return 0
    if not args.json:
        say(tr_n(QT_TRANSLATE_NOOP(
            "Cli", "%n contact(s) without activity for the retention period:", None, 1),
            len(due)))
        for case in due:
            say(f"  #{case.contact_id} {case.name}")
    _confirm(args, tr(QT_TRANSLATE_NOOP("Cli", "Erase all of them? Type yes:")),
             "request erase --retention")
    results = requests.erase_retention(ctx, [c.contact_id for c in due])
    published = publish_commands.at_once(ctx)
    if args.json:
        print_json([_result_json(r) for r in results])
    else:
        for result in results:
            _after_lines(result)
        publish_commands.print_at_once(published)
    return 0


def cmd_restrict(args) -> int:
    ctx = open_context(args)
    try:
        contact_id = requests.resolve_person(ctx, args.person)
        since = requests.restrict(ctx, contact_id, lift=args.lift)
        published = [] if args.lift else publish_commands.at_once(ctx)
    finally:
        ctx.vault.lock()
    publish_commands.print_at_once(published)
    if args.lift:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Restriction of #{id} lifted.")).format(id=contact_id))
    else:
        say(tr(QT_TRANSLATE_NOOP(
            "Cli", "#{id} is restricted since {at}: it stays off every WhatsApp phone until "
                   "the restriction is lifted; numbers already on a phone are on its "
                   "removal list.")).format(id=contact_id, at=timefmt.format_time(since)))
    return 0


def cmd_object(args) -> int:
    ctx = open_context(args)
    try:
        event = requests.object_to(ctx, args.number, evidence=args.evidence,
                                   channel=args.channel, occurred_at=args.at)
        published = publish_commands.at_once(ctx)
    finally:
        ctx.vault.lock()
    publish_commands.print_at_once(published)
    say(tr(QT_TRANSLATE_NOOP(
        "Cli", "Objection recorded for {number} ({at}): consent revoked; a later implied "
               "consent no longer counts.")).format(number=phones.display(event.e164),
                                                   at=timefmt.format_time(event.occurred_at)))
    return 0


def cmd_correct(args) -> int:
    ctx = open_context(args)
    try:
        correction = requests.correct_number(ctx, args.person, args.old, args.new,
                                             note=args.note)
    finally:
        ctx.vault.lock()
    say(tr(QT_TRANSLATE_NOOP("Cli", "Corrected {old} to {new} for #{id}; the old number is "
                                    "kept in the history.")).format(
        old=correction.old_raw, new=correction.new_raw, id=correction.contact_id))
    return 0


ERASURE_REASONS = {
    "request": QT_TRANSLATE_NOOP("Cli", "at the person's request (GDPR Art. 17)"),
    "retention": QT_TRANSLATE_NOOP("Cli", "retention period passed"),
}


def cmd_erasures(args) -> int:
    ctx = open_context(args)
    try:
        found = requests.erasures(ctx)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json(found)
        return 0
    for e in found:
        say(tr(QT_TRANSLATE_NOOP("Cli", "erasure {id}: {at}, by {actor}, {reason}, {numbers} "
                                        "number(s)")).format(
            id=e.id, at=timefmt.format_time(e.erased_at), actor=e.erased_by,
            reason=tr(ERASURE_REASONS.get(e.reason, e.reason)),
            numbers=e.numbers))
    return 0
