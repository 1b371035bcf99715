"""audit list|verify."""

from __future__ import annotations

from contactvault import timefmt
from contactvault.cli.common import open_context, print_json, say, tr, tr_n
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.services import audit_ops

EXIT_BROKEN = 4


def register(sub) -> None:
    p = sub.add_parser("audit", help="the tamper-evident audit trail")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    q = asub.add_parser("list", help="list audit entries")
    q.add_argument("--since", metavar="DATETIME", help="only entries at or after this time "
                   "(23.11.2026, 23.11.2026 14:05 or ISO 8601)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = asub.add_parser("verify", help="check the hash chain; exits non-zero if broken")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_verify)


def cmd_list(args) -> int:
    ctx = open_context(args)
    try:
        found = audit_ops.list_entries(ctx, args.since)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json(found)
        return 0
    for e in found:
        details = ", ".join(f"{k}={v}" for k, v in sorted(e.details.items()) if v is not None)
        say(f"{e.seq:>6}  {timefmt.format_time(e.at)}  {e.actor}  {e.action}"
            + (f"  {e.subject}" if e.subject else "") + (f"  ({details})" if details else ""))
    return 0


def cmd_verify(args) -> int:
    ctx = open_context(args)
    try:
        result = audit_ops.verify(ctx)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json({"ok": result.ok, "checked": result.checked,
                    "first_bad_seq": result.first_bad_seq, "problem": result.problem or None,
                    "problem_text": result.problem_text() or None})
    elif result.ok:
        say(tr_n(QT_TRANSLATE_NOOP("Cli", "Audit trail intact: %n entry/entries checked.",
                                   None, 1), result.checked))
    else:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Audit trail BROKEN at entry {seq}: {problem}.")).format(
            seq=result.first_bad_seq, problem=result.problem_text()))
    return 0 if result.ok else EXIT_BROKEN
