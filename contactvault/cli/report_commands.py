"""report dashboard: the data-protection officer's overview on the terminal or as JSON.

Everything shown is computed by ``services.dashboard``; this module only prints it.
"""

from __future__ import annotations

from contactvault import phones, timefmt
from contactvault.cli.common import open_context, print_json, say, tr, tr_n
from contactvault.consent import policy
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.model import CATEGORY_LABELS
from contactvault.services import dashboard as dashboard_service

SHOWN_ITEMS = 10  # per list in the text form, unless --all


def register(sub) -> None:
    p = sub.add_parser("report", help="the data-protection officer's overview and documents")
    rsub = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    q = rsub.add_parser("dashboard", help="totals and open problems (numbers on a phone "
                                          "without valid consent, open removals, …)")
    q.add_argument("--json", action="store_true", help="every list with all its entries")
    q.add_argument("--all", action="store_true",
                   help=f"every entry of each list (default: the oldest {SHOWN_ITEMS})")
    q.set_defaults(func=cmd_dashboard)


def cmd_dashboard(args) -> int:
    ctx = open_context(args)
    try:
        result = dashboard_service.dashboard(ctx)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json(result.as_dict())
        return 0
    for line in dashboard_lines(result, None if args.all else SHOWN_ITEMS):
        say(line)
    return 0


def _number(text: str) -> str:
    return phones.display(text) if text.startswith("+") else text


def _days(days: int) -> str:
    return tr_n(QT_TRANSLATE_NOOP("Cli", "%n day(s)", None, 1), days)


def dashboard_lines(result: dashboard_service.Dashboard, limit: int | None) -> list[str]:
    """The overview as lines of text (totals, then every list, oldest entries first)."""
    lines = [tr(QT_TRANSLATE_NOOP("Cli", "Data-protection overview as of {time}")).format(
        time=timefmt.format_time(result.computed_at)),
        tr(QT_TRANSLATE_NOOP("Cli", "Audit trail head: {head}")).format(
            head=result.audit_head or "-"), ""]
    categories = ", ".join(
        f"{translate('Category', CATEGORY_LABELS.get(key, key))} {count}"
        for key, count in result.contacts_by_category.items() if count)
    lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Contacts: {count} ({categories})")).format(
        count=result.contacts, categories=categories or "-"))
    statuses = ", ".join(
        f"{translate('Policy', policy.STATUS_LABELS.get(key, key))} {count}"
        for key, count in sorted(result.numbers_by_status.items(), key=lambda kv: -kv[1]))
    lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Numbers: {count} ({statuses})")).format(
        count=result.numbers, statuses=statuses or "-"))
    held = ", ".join(f"{name} {count}" for name, count in result.numbers_on_phone.items())
    lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Numbers on the WhatsApp phones: {phones}"))
                 .format(phones=held or "-"))
    lines.append("")
    for problem in result.problems:
        mark = "!!" if problem.alarming else ("  " if not problem.items else " !")
        head = f"{mark} {problem.title}: {problem.count}"
        if problem.items:
            head += " " + tr_n(QT_TRANSLATE_NOOP("Cli", "(oldest: %n day(s))", None, 1),
                               problem.age_days)
        lines.append(head)
        shown = problem.items if limit is None else problem.items[:limit]
        for item in shown:
            cells = [item.name or item.device, _number(item.number),
                     item.device if item.name != item.device else "", item.reason_text(),
                     _days(item.age_days)]
            lines.append("     " + "  ".join(cell for cell in cells if cell))
        more = len(problem.items) - len(shown)
        if more > 0:
            lines.append("     " + tr_n(QT_TRANSLATE_NOOP(
                "Cli", "… and %n more (--all or --json shows every entry)", None, 1), more))
    return lines
