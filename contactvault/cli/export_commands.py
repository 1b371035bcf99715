"""export, removals."""

from __future__ import annotations

from contactvault import errors, phones, timefmt
from contactvault.cli.common import add_force, note, open_context, print_json, say, tr, tr_n
from contactvault.cli.consent_commands import decision_json
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.services import exporting, publishing


def register(sub) -> None:
    p = sub.add_parser("export", help="write the vCard for a WhatsApp phone")
    p.add_argument("--device", required=True, metavar="NAME")
    p.add_argument("--incremental", action="store_true",
                   help="only numbers not on the phone yet (phones do not merge duplicates)")
    p.add_argument("--dry-run", action="store_true",
                   help="list who would be exported and who not, with the reason; write nothing")
    p.add_argument("-o", "--output", metavar="FILE", help="the vCard file to write")
    add_force(p)
    p.add_argument("--json", action="store_true", help="print the plan or result as JSON")
    p.add_argument("--format", default="vcard", choices=["vcard", "selection", "links"],
                   help="vcard (route A), selection list (route B) or links sheet with QR "
                        "codes (route C); selection and links as PDF or HTML by -o's extension")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("removals", help="numbers to delete from a WhatsApp phone")
    p.add_argument("--device", required=True, metavar="NAME")
    p.add_argument("--confirm", action="append", default=[], metavar="NUMBER",
                   help="confirm that this number was deleted from the phone (repeatable); "
                        "erased:N confirms the entries of erasure N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_removals)


def removal_json(r) -> dict:
    return {"device": r.device_name, "contact_uid": r.contact_uid, "contact_id": r.contact_id,
            "e164": r.e164, "shown_name": r.shown_name, "exported_at": r.exported_at,
            "export_id": r.export_id, "reason": r.reason, "reason_text": r.reason_text(),
            "erasure": r.erasure_id}


def _plan_json(plan) -> dict:
    return {
        "device": plan.device.name, "kind": plan.kind, "policy": plan.settings.as_dict(),
        "policy_text": plan.settings.describe(),
        "include_organisation": plan.include_organisation,
        "included": [{"contact_id": i.contact_id, "contact_uid": i.contact_uid,
                      "shown_name": i.shown_name, "e164": i.e164,
                      "shared_with": list(i.shared_with), **decision_json(i.decision)}
                     for i in plan.items],
        "excluded": [{"contact_id": x.contact_id, "shown_name": x.shown_name,
                      "number": x.number, **decision_json(x.decision)} for x in plan.excluded],
        "already_on_phone": plan.already_on_phone,
        "removals": [removal_json(r) for r in plan.removals],
        "warnings": plan.warnings,
    }


def cmd_export(args) -> int:
    if not args.dry_run and not args.output:
        raise errors.InvalidArgument(what="-o FILE",
                                     reason=tr(QT_TRANSLATE_NOOP("Cli", "needed unless --dry-run")))
    if args.format != "vcard" and not args.dry_run:
        from contactvault.cli.procedure_commands import cmd_sheet  # routes B and C

        return cmd_sheet(args)
    ctx = open_context(args)
    try:
        if args.dry_run:
            plan = exporting.plan_export(ctx, args.device, incremental=args.incremental)
        else:
            plan, result = exporting.export(ctx, args.device, args.output,
                                            incremental=args.incremental, force=args.force)
    finally:
        ctx.vault.lock()
    if args.dry_run:
        if args.json:
            print_json(_plan_json(plan))
        else:
            _print_plan(plan)
        return 0
    if args.json:
        print_json({"path": str(result.path), "sha256": result.sha256, "numbers": result.count,
                    "contacts": result.contacts, "export_id": result.export_id,
                    "warning": result.warning_text, "audit_head": result.audit_head,
                    "removals": [removal_json(r) for r in result.removals]})
        return 0
    say(tr_n(QT_TRANSLATE_NOOP("Cli", "Wrote %n number(s) {of_contacts} for {device} to {path} "
                                      "(export {id}, SHA-256 {sha}).", None, 1),
             result.count).format(
        of_contacts=tr_n(QT_TRANSLATE_NOOP("Cli", "of %n contact(s)", None, 1), result.contacts),
        device=plan.device.name, path=result.path, id=result.export_id, sha=result.sha256))
    say(tr(QT_TRANSLATE_NOOP("Cli", "Audit trail with this export recorded: {head} (keep it; "
                                    "'contactvault audit verify --expect' checks against it)"
           )).format(head=result.audit_head))
    note("⚠ " + result.warning_text)
    _print_removals(list(result.removals))
    return 0


def _print_plan(plan) -> None:
    say(tr_n(QT_TRANSLATE_NOOP("Cli", "Would export %n number(s) to {device} ({kind}):",
                               None, 1), len(plan.items)).format(
        device=plan.device.name, kind=plan.kind))
    for line in plan.settings.describe():
        say(tr(QT_TRANSLATE_NOOP("Cli", "Policy in force: {line}")).format(line=line))
    for i in plan.items:
        say(f"  + {i.shown_name}  {phones.display(i.e164)}  – {i.decision.reason_text()}")
        if i.shared_with:
            say("    " + tr(QT_TRANSLATE_NOOP(
                "Cli", "also stored for: {names} (written once, under {name})")).format(
                names=", ".join(i.shared_with), name=i.shown_name))
    if plan.already_on_phone:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Already on the phone, left out: {count}")).format(
            count=plan.already_on_phone))
    say(tr_n(QT_TRANSLATE_NOOP("Cli", "Would not export %n number(s):", None, 1),
             len(plan.excluded)))
    for x in plan.excluded:
        shown = phones.display(x.number) if x.number.startswith("+") else x.number
        say(f"  - {x.shown_name}  {shown}  – {x.reason_text()}")
    for warning in plan.warnings:
        note("⚠ " + warning)
    _print_removals(plan.removals)


def _print_removals(found) -> None:
    if not found:
        return
    say(tr(QT_TRANSLATE_NOOP("Cli", "Delete from the phone ({count}):")).format(
        count=len(found)))
    for r in found:
        number = r.number_text()
        shown = phones.display(number) if number.startswith("+") else number
        say(f"  ✘ {r.shown_name_text()}  {shown}  – {r.reason_text()}  "
            + tr(QT_TRANSLATE_NOOP("Cli", "(exported {at})")).format(
                at=timefmt.format_time(r.exported_at)))


def cmd_removals(args) -> int:
    ctx = open_context(args)
    try:
        confirmed = []
        for number in args.confirm:
            confirmed += exporting.confirm_removals_for_number(ctx, args.device, number)
        found = exporting.removals(ctx, args.device)
        from_server = publishing.server_removals(ctx, args.device)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json({"confirmed": confirmed, "open": [removal_json(r) for r in found],
                    "removed_from_server": [
                        {"contact_uid": r.contact_uid, "e164": r.e164,
                         "shown_name": r.shown_name, "reason": r.reason,
                         "removed_at": r.removed_at, "removed_by": r.removed_by}
                        for r in from_server]})
        return 0
    if confirmed:
        say(tr_n(QT_TRANSLATE_NOOP("Cli", "Confirmed %n removal(s).", None, 1), len(confirmed)))
    if not found:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Nothing to delete from {device}.")).format(
            device=args.device))
    _print_removals(found)
    _print_server_removals(from_server)
    return 0


def _print_server_removals(found) -> None:
    """Numbers a publish took off the phone's CardDAV address book: nothing to delete
    by hand but a chat with the number, which WhatsApp keeps."""
    if not found:
        return
    say(publishing.delete_chat_text(len(found)))
    for r in found:
        name = r.shown_name or tr(QT_TRANSLATE_NOOP("Cli", "(erased person)"))
        number = phones.display(r.e164) if r.e164.startswith("+") else "—"
        say(f"  ✔ {name}  {number}  – " + publishing.server_removal_text(r))
