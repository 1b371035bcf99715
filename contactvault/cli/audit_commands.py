"""audit list|verify."""

from __future__ import annotations

from contactvault import audit, errors, timefmt
from contactvault.cli.common import open_context, print_json, say, tr, tr_n
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.services import audit_ops

# the chain itself: entries changed, removed, reordered, cut off or deleted
EXIT_BROKEN = errors.EXIT_TRAIL_BROKEN
# a record does not match the trail: changed, deleted or never recorded
EXIT_RECORDS = errors.EXIT_RECORDS_CHANGED
# the trail does not hold the head given with --expect
EXIT_HEAD = errors.EXIT_HEAD_NOT_HELD

VERIFY_EPILOG = QT_TRANSLATE_NOOP(
    "Cli",
    "Prints the head of the trail (entry count and hash). Keep it outside the vault (it is "
    "also printed on protocols, export records and backups): --expect COUNT:HASH then shows "
    "whether the trail was shortened, rewritten or deleted since. Exit codes: 0 intact; "
    "9 the chain of entries is broken (changed, removed, reordered, "
    "cut off, or the log is empty); 10 a record (consent event, export, removal "
    "confirmation, procedure step, setting, ...) was changed, deleted or added without an "
    "entry; 11 the trail does not hold the head given with --expect; 1 the head given is "
    "malformed; 2 the vault cannot be opened.")


def register(sub) -> None:
    p = sub.add_parser("audit", help="the tamper-evident audit trail")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    q = asub.add_parser("list", help="list audit entries")
    q.add_argument("--since", metavar="DATETIME", help="only entries at or after this time "
                   "(23.11.2026, 23.11.2026 14:05 or ISO 8601)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = asub.add_parser(
        "verify", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "check the hash chain and the records it covers; exits non-zero if "
                   "broken")), epilog=tr(VERIFY_EPILOG))
    q.add_argument("--expect", metavar="COUNT:HASH", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "a head printed earlier; fails if the trail no longer holds it")))
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
        covers = ", ".join(audit.record_name(c[0], c[3], c[2]) for c in e.covers
                           if len(c) == 5 and c[0] in audit.RECORD_NAMES)
        say(f"{e.seq:>6}  {timefmt.format_time(e.at)}  {e.actor}  {e.action}"
            + (f"  {e.subject}" if e.subject else "") + (f"  ({details})" if details else "")
            + (f"  [{covers}]" if covers else ""))
    return 0


def exit_code(result) -> int:
    if result.ok:
        return 0
    if result.problem in audit.HEAD_PROBLEMS:
        return EXIT_HEAD
    if result.problem in audit.RECORD_PROBLEMS:
        return EXIT_RECORDS
    return EXIT_BROKEN


def cmd_verify(args) -> int:
    ctx = open_context(args)
    try:
        expect = audit_ops.parse_expected(args.expect) if args.expect else None
        result = audit_ops.verify(ctx, expect)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json({"ok": result.ok, "checked": result.checked,
                    "records_checked": result.records_checked,
                    "count": result.count, "head": result.head,
                    "expected": result.expected or None,
                    "first_bad_seq": result.first_bad_seq, "problem": result.problem or None,
                    "problem_text": result.problem_text() or None,
                    "problems": [{"problem": f.problem, "seq": f.seq, "text": f.text()}
                                 for f in result.findings]})
        return exit_code(result)
    if result.ok:
        say(tr_n(QT_TRANSLATE_NOOP("Cli", "Audit trail intact: %n entry/entries checked.",
                                   None, 1), result.checked))
        if result.expected:
            say(tr(QT_TRANSLATE_NOOP("Cli", "It still holds the head printed earlier ({head}).")
                   ).format(head=result.expected))
    elif result.first_bad_seq is not None and result.problem in audit.CHAIN_PROBLEMS:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Audit trail BROKEN at entry {seq}: {problem}.")).format(
            seq=result.first_bad_seq, problem=result.problem_text()))
    else:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Audit trail BROKEN: {problem}.")).format(
            problem=result.problem_text()))
    for finding in result.findings[1:]:
        say(f"  – {finding.text()}")
    if result.count:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Head: {head}")).format(head=result.head_text))
    return exit_code(result)
