"""report dashboard|register|processing-record|lost-phone|staff-rules, and proof NUMBER:
the data-protection officer's overview and documents.

Everything shown is computed by ``services.dashboard`` and ``services.reports``; this
module only parses and prints. PDF output borrows the desktop app's printer, imported
only for a PDF.
"""

from __future__ import annotations

from pathlib import Path

from contactvault import phones, timefmt
from contactvault.cli.common import add_force, note, open_context, print_json, say, tr, tr_n
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

    q = rsub.add_parser("register", help="every number with its status, legal basis, "
                                         "purpose, dates, evidence, notice version, phones")
    _output_args(q, ("csv", "json", "pdf", "html"))
    q.add_argument("--separator", default=";", metavar="CHAR",
                   help="CSV separator (default ';', what a German Excel expects)")
    q.set_defaults(func=cmd_register)
    q = rsub.add_parser("processing-record", help="record of processing (GDPR Art. 30) for "
                                                  "WhatsApp communication with customers")
    _output_args(q, ("pdf", "html", "json"))
    q.set_defaults(func=cmd_processing_record)
    q = rsub.add_parser("lost-phone", help="what a lost or stolen phone held, with the "
                                           "breach note (Art. 33/34, 72 hours)")
    q.add_argument("--device", required=True, metavar="NAME", help="the WhatsApp phone")
    q.add_argument("--noticed", metavar="DATETIME",
                   help="when the loss became known (default: now); the 72 hours run from it")
    _output_args(q, ("pdf", "html", "json", "csv"))
    q.set_defaults(func=cmd_lost_phone)
    q = rsub.add_parser("staff-rules", help="the rules for employees as a printable sheet")
    _output_args(q, ("pdf", "html"))
    q.set_defaults(func=cmd_staff_rules)

    q = sub.add_parser("proof", help="the proof for one number: first message, notice, "
                                     "answer, every export and removal, with audit entries")
    q.add_argument("number", metavar="NUMBER")
    q.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="the document (.pdf, .html or .json)")
    add_force(q)
    q.set_defaults(func=cmd_proof)


def _output_args(q, formats: tuple[str, ...]) -> None:
    q.add_argument("--format", choices=formats,
                   help="default: by the file name's extension, else " + formats[0])
    q.add_argument("-o", "--output", required=True, metavar="FILE")
    add_force(q)


def _pdf_renderer(output, fmt=None):
    """The printer for a PDF (Qt, loaded only then); None for other files."""
    if (fmt or Path(output).suffix.lower().lstrip(".")) != "pdf":
        return None
    from contactvault.gui.printing import html_to_pdf

    return html_to_pdf


def _written(path) -> int:
    note(tr(QT_TRANSLATE_NOOP("Cli", "Written: {path}")).format(path=str(path)))
    return 0


def _document(args, write, *, needs: str = "") -> int:
    """Write a document; ``needs``: the business's details it needs (services.company),
    each missing one named afterwards with the command that sets it."""
    from contactvault.services import company

    ctx = open_context(args)
    try:
        code = _written(write(ctx))
        missing = company.missing(ctx, needs) if needs else []
    finally:
        ctx.vault.lock()
    for line in company.missing_sentences(missing, needs):
        note(line)
    return code


def cmd_register(args) -> int:
    from contactvault.services import reports

    return _document(args, lambda ctx: reports.write_register(
        ctx, args.output, fmt=args.format, separator=args.separator,
        render_pdf=_pdf_renderer(args.output, args.format), force=args.force))


def cmd_processing_record(args) -> int:
    from contactvault.services import company, reports

    return _document(args, lambda ctx: reports.write_processing_record(
        ctx, args.output, fmt=args.format,
        render_pdf=_pdf_renderer(args.output, args.format), force=args.force),
        needs=company.RECORDS)


def cmd_lost_phone(args) -> int:
    from contactvault.services import company, consent, reports

    noticed = consent.parse_when(args.noticed) if args.noticed else None
    return _document(args, lambda ctx: reports.write_lost_phone(
        ctx, args.device, args.output, fmt=args.format, noticed=noticed,
        render_pdf=_pdf_renderer(args.output, args.format), force=args.force),
        needs=company.RECORDS)


def cmd_staff_rules(args) -> int:
    from contactvault.services import company, reports

    return _document(args, lambda ctx: reports.write_staff_rules(
        ctx, args.output, fmt=args.format,
        render_pdf=_pdf_renderer(args.output, args.format), force=args.force),
        needs=company.RECORDS)


def cmd_proof(args) -> int:
    from contactvault.services import reports

    return _document(args, lambda ctx: reports.write_proof(
        ctx, args.number, args.output, render_pdf=_pdf_renderer(args.output),
        force=args.force))


def cmd_dashboard(args) -> int:
    ctx = open_context(args)
    try:
        # the text form shows the first entries of each list: only they are built
        result = dashboard_service.dashboard(
            ctx, shown=None if args.json or args.all else SHOWN_ITEMS)
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
        mark = "!!" if problem.alarming else ("  " if not problem.entries else " !")
        head = f"{mark} {problem.title}: {problem.count}"
        if problem.entries:
            head += " " + tr_n(QT_TRANSLATE_NOOP("Cli", "(oldest: %n day(s))", None, 1),
                               problem.age_days)
        lines.append(head)
        shown = problem.items if limit is None else problem.items[:limit]
        for item in shown:
            cells = [item.name or item.device, _number(item.number),
                     item.device if item.name != item.device else "", item.reason_text(),
                     _days(item.age_days)]
            lines.append("     " + "  ".join(cell for cell in cells if cell))
        more = problem.entries - len(shown)
        if more > 0:
            lines.append("     " + tr_n(QT_TRANSLATE_NOOP(
                "Cli", "… and %n more (--all or --json shows every entry)", None, 1), more))
    return lines
