"""publish: a phone's contacts into its CardDAV address book."""

from __future__ import annotations

from contactvault import errors, phones
from contactvault.cli.common import note, open_context, print_json, say, tr, tr_n
from contactvault.cli.device_commands import CARDDAV_PASSWORD_NOTE, carddav_password
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.services import devices, publishing

MARKS = {publishing.CREATE: "+", publishing.REPLACE: "~", publishing.DELETE: "−",
         publishing.GONE: "−", publishing.KEEP: "="}


def register(sub) -> None:
    p = sub.add_parser(
        "publish", help="make a phone's CardDAV address book hold exactly its eligible contacts",
        description="Publish to the phone's address book on its CardDAV server (set with "
                    "'contactvault devices carddav'): cards that are missing are created, "
                    "changed ones replaced, and cards whose numbers may no longer be on the "
                    "phone deleted. The phone takes the changes at its next sync.",
        epilog=CARDDAV_PASSWORD_NOTE)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--device", metavar="NAME")
    which.add_argument("--due", action="store_true",
                       help="every phone whose address book holds a number that must go "
                            "(revoked, expired, erased, …), with the password kept for it; "
                            "for a daily scheduled task, so expired consent leaves the phones")
    p.add_argument("--dry-run", action="store_true",
                   help="list what would change on the server; change nothing")
    p.add_argument("--json", action="store_true", help="print the plan or result as JSON")
    p.set_defaults(func=cmd_publish)


def change_json(change: publishing.Change) -> dict:
    return {"action": change.action, "card": change.name, "shown_name": change.shown_name,
            "numbers": list(change.numbers), "reason_text": change.reason_text(),
            "reason": change.removal.reason if change.removal is not None else None}


def at_once(ctx) -> list[publishing.AutoPublish]:
    """Publish to the phones that must drop a number now (setting publish.automatic)."""
    return publishing.publish_after_change(ctx, publishing.kept_password(ctx))


def print_at_once(done: list[publishing.AutoPublish]) -> None:
    for item in done:
        if item.result is None:
            note("contactvault: ⚠ " + tr(QT_TRANSLATE_NOOP("Cli", "{device}: {problem}")).format(
                device=item.device, problem=item.problem))
        elif item.result.export_id is not None:
            say(tr(QT_TRANSLATE_NOOP(
                "Cli", "Published to {device} at once: deleted {deleted}, changed {replaced}; "
                       "the phone syncs itself.")).format(
                device=item.device, deleted=item.result.deleted,
                replaced=item.result.replaced))


def cmd_due(args) -> int:
    ctx = open_context(args)
    try:
        if args.dry_run:
            names = [d.name for d in publishing.due(ctx)]
        else:
            done = publishing.publish_due(ctx, publishing.kept_password(ctx))
    finally:
        ctx.vault.lock()
    if args.dry_run:
        if args.json:
            print_json({"due": names})
        for name in [] if args.json else names:
            say(tr(QT_TRANSLATE_NOOP("Cli", "Due: {device}")).format(device=name))
        return 0
    if args.json:
        print_json([{"device": d.device, "problem": d.problem or None,
                     "export_id": d.result.export_id if d.result else None,
                     "deleted": d.result.deleted if d.result else 0,
                     "replaced": d.result.replaced if d.result else 0} for d in done])
    else:
        if not done:
            say(tr(QT_TRANSLATE_NOOP("Cli", "No phone's address book holds a number that "
                                            "must go.")))
        print_at_once(done)
    return errors.EXIT_SERVER if any(d.problem for d in done) else 0


def cmd_publish(args) -> int:
    if args.due:
        return cmd_due(args)
    ctx = open_context(args)
    try:
        device = devices.get_device(ctx, args.device)
        password = carddav_password(ctx, device) if device.publishes else ""
        if args.dry_run:
            plan = publishing.plan_publish(ctx, device.name, password)
            result = None
        else:
            plan, result = publishing.publish(ctx, device.name, password)
    finally:
        ctx.vault.lock()
    changes = [c for c in plan.changes if c.action != publishing.KEEP]
    if args.json:
        data = {"device": plan.device.name, "address_book": plan.url, "dry_run": args.dry_run,
                "changes": [change_json(c) for c in changes],
                "unchanged": len(plan.of(publishing.KEEP))}
        if result is not None:
            data.update(export_id=result.export_id, numbers=result.numbers,
                        removals_confirmed=result.confirmed_removals,
                        audit_head=result.audit_head)
        print_json(data)
        return 0
    counts = {"created": len(plan.of(publishing.CREATE)),
              "replaced": len(plan.of(publishing.REPLACE)),
              "deleted": len(plan.of(publishing.DELETE)) + len(plan.of(publishing.GONE)),
              "kept": len(plan.of(publishing.KEEP))}
    if args.dry_run:
        say(tr(QT_TRANSLATE_NOOP(
            "Cli", "Would publish to {device} ({url}): new {created}, changed {replaced}, "
                   "deleted {deleted}, unchanged {kept}.")).format(
            device=plan.device.name, url=plan.url, **counts))
    elif result.export_id is None:
        say(tr_n(QT_TRANSLATE_NOOP(
            "Cli", "{device}'s address book already holds exactly its %n eligible card(s); "
                   "nothing changed.", None, 1), counts["kept"]).format(device=plan.device.name))
    else:
        say(tr(QT_TRANSLATE_NOOP(
            "Cli", "Published to {device} ({url}): new {created}, changed {replaced}, "
                   "deleted {deleted}, unchanged {kept} (export {id}).")).format(
            device=plan.device.name, url=plan.url, id=result.export_id, **counts))
    for change in changes:
        numbers = ", ".join(phones.display(n) if n.startswith("+") else "—"
                            for n in change.numbers)
        name = change.shown_name or tr(QT_TRANSLATE_NOOP("Cli", "(a card contactvault did "
                                                               "not write)"))
        why = change.reason_text()
        say(f"  {MARKS[change.action]} {name}  {numbers}" + (f"  – {why}" if why else ""))
    if result is not None and result.export_id is not None:
        say(tr(QT_TRANSLATE_NOOP(
            "Cli", "The phone takes the changes at its next sync. Audit trail with this "
                   "publish recorded: {head}")).format(head=result.audit_head))
    return 0
