"""import, list, show, category."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator

from contactvault import errors, phones, timefmt
from contactvault.cli.common import (
    note,
    open_context,
    print_json,
    say,
    tr,
    tr_n,
    vault_path,
)
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.importers import mapping
from contactvault.importers.report import FORMAT_TEXTS, ImportReport, Severity, format_words
from contactvault.model import CATEGORY_LABELS, Category, Contact
from contactvault.printable import printable
from contactvault.services import contacts, importing
from contactvault.vault import Vault


def register(sub) -> None:
    p = sub.add_parser("import", help="import vCard or CSV address books")
    p.add_argument("files", nargs="+")
    p.add_argument("--region", help="default region for numbers without country code (DE)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="what a column of a table (CSV, Excel, OpenDocument) holds, e.g. "
                        "\"Handy=phone\"; FIELD is one of " + ", ".join(mapping.FIELDS)
                        + "; repeatable")
    p.add_argument("--preview", action="store_true",
                   help="show how the columns will be read and the first rows; import "
                        "nothing")
    p.add_argument("--allow-erased", action="store_true",
                   help="import records of people who were erased earlier (GDPR Art. 17); "
                        "without it they are reported and skipped")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="list contacts")
    p.add_argument("--filter", default="", help="text or digits to look for")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one contact with everything stored about it")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("category", help="set the category of contacts")
    p.add_argument("category", choices=[c.value for c in Category])
    p.add_argument("ids", nargs="+")
    p.set_defaults(func=cmd_category)


class _TerminalProgress:
    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        sys.stderr.write("\r" + tr(QT_TRANSLATE_NOOP("Cli", "Importing… {percent}%"))
                         .format(percent=percent))
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _parse_map(entries: list[str]) -> dict[str, str]:
    try:
        return mapping.parse(entries)
    except ValueError as bad:
        raise errors.InvalidArgument(what=f"--map {bad}", reason=QT_TRANSLATE_NOOP(
            "Errors", "write COLUMN=FIELD with a field such as phone, given, family, email "
                      "(see --help)")) from None


def cmd_import(args) -> int:
    chosen = _parse_map(args.map)
    if args.preview:
        ctx = None if chosen else _context_for_preview(args)
        try:
            return _preview(args.files, chosen, args.json, ctx)
        finally:
            if ctx is not None:
                ctx.vault.lock()
    ctx = open_context(args)
    progress = None
    if not args.json and sys.stderr.isatty():
        progress = _TerminalProgress()
    cancel = threading.Event()
    try:
        with _cancel_on_interrupt(cancel):
            report = importing.import_files(ctx, args.files, region=args.region,
                                            progress=progress, cancel=cancel,
                                            mapping=chosen,
                                            allow_erased=args.allow_erased)
    except errors.Cancelled as cancelled:
        if args.json and cancelled.report is not None:
            print_json(cancelled.report)
        raise
    finally:
        if progress is not None:
            progress.finish()
        ctx.vault.lock()
    if args.json:
        print_json(report)
    else:
        _print_report(report)
        if report.erased and not args.allow_erased:
            note(tr_n(QT_TRANSLATE_NOOP(
                "Cli", "%n record(s) of erased people were not imported; import them "
                       "anyway with --allow-erased.", None, 1), report.erased))
    return 0 if report.complete() else errors.EXIT_SKIPPED


def _context_for_preview(args) -> Context | None:
    """The vault, for the columns a file was imported with before (an import without
    --map reads it the same way, so the preview must show that); None where there is no
    vault yet, or it cannot be unlocked without asking and nobody can be asked (then the
    preview says so)."""
    if not Vault(vault_path(args)).exists():
        return None
    try:
        return open_context(args)
    except errors.NoPassphrase:
        note(tr(QT_TRANSLATE_NOOP(
            "Cli", "The vault is locked: columns kept from an earlier import of these files "
                   "are not shown (give the passphrase to see them).")))
        return None


def _preview(files: list[str], chosen: dict[str, str], as_json: bool,
             ctx: Context | None = None) -> int:
    """Each table's columns (what each will be imported as: with ``chosen``, else, given
    the vault's ``ctx``, as at the file's last import) and its first rows. Exit 0 when
    every file can be imported as shown."""
    previews = [importing.preview(path, chosen, ctx=ctx) for path in files]
    if as_json:
        print_json([{"file": path, "format": p.format,
                     "columns": [{"column": h, "field": f} for h, f in zip(p.headers, p.fields,
                                                                          strict=True)],
                     "rows": p.rows, "issues": p.issues} for path, p in zip(files, previews,
                                                                              strict=True)])
    refused = False
    for path, preview in zip(files, previews, strict=True):
        if not as_json:
            read_as = translate("ImportFormat", FORMAT_TEXTS.get(preview.format,
                                                                 preview.format or "?"))
            say(printable(f"{path} ({read_as})"))
            if preview.headers:
                say(tr(QT_TRANSLATE_NOOP("Cli", "  Columns:")))
                for header, field in zip(preview.headers, preview.fields, strict=True):
                    shown = translate("ColumnField", mapping.FIELD_TEXTS.get(field, field))
                    say(printable(f"    {header} → {shown}"))
                say(tr_n(QT_TRANSLATE_NOOP("Cli", "  First %n row(s):", None, 1),
                         len(preview.rows)))
                for row in preview.rows:
                    say(printable("    " + " | ".join(row)))
        for issue in preview.issues:
            if issue.severity is Severity.INFO:
                continue
            refused = refused or issue.severity is Severity.ERROR or issue.code in (
                "no_phone_column",)
            if not as_json:
                where = f"{issue.file}:{issue.line}" if issue.line else issue.file
                note(printable(f"{where}: {issue.describe()}"))
    return errors.EXIT_REFUSED if refused else 0


@contextlib.contextmanager
def _cancel_on_interrupt(cancel: threading.Event) -> Iterator[None]:
    """Ctrl-C cancels the import: it is rolled back and reported as cancelled."""
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: cancel.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _print_report(report: ImportReport) -> None:
    for summary in report.files:
        say(tr_n(QT_TRANSLATE_NOOP("Cli", "{file}: %n record(s) ({format})", None, 1),
                 summary.records).format(file=summary.file, format=format_words(summary)))
    for issue in report.issues:
        if issue.severity is Severity.INFO:
            continue
        where = f"{issue.file}:{issue.line}" if issue.line else issue.file
        kind = (tr(QT_TRANSLATE_NOOP("Cli", "skipped")) if issue.severity is Severity.ERROR
                else tr(QT_TRANSLATE_NOOP("Cli", "warning")))
        raw = f" [{issue.raw}]" if issue.raw and issue.code in (
            "invalid_number", "erased", "erased_imported") else ""
        note(f"{where}: {kind}: {issue.describe()}{raw}")
    say(tr(QT_TRANSLATE_NOOP(
        "Cli", "Imported {imported}, merged {merged}, already present {unchanged}, "
        "skipped {skipped}, numbers flagged {flagged}."))
        .format(imported=report.imported, merged=report.merged, unchanged=report.unchanged,
                skipped=report.skipped, flagged=report.flagged_numbers))
    if report.files_unreadable:
        say(tr_n(QT_TRANSLATE_NOOP("Cli", "%n file(s) could not be read (see above).", None, 1),
                 report.files_unreadable))


def _phone_json(p) -> dict:
    return {"id": p.id, "e164": p.e164, "raw": p.raw, "type": p.number_type, "label": p.label,
            "valid": p.valid, "flags": list(p.flags)}


def contact_summary_json(c: Contact) -> dict:
    return {
        "id": c.id, "uid": c.uid, "display_name": c.display_name(),
        "formatted_name": c.formatted_name,
        "name": {"family": c.name.family, "given": c.name.given,
                 "additional": c.name.additional, "prefix": c.name.prefix,
                 "suffix": c.name.suffix},
        "organisation": c.organisation, "category": c.category.value,
        "numbers": [_phone_json(p) for p in c.phones],
    }


def cmd_list(args) -> int:
    ctx = open_context(args)
    try:
        found = contacts.list_contacts(ctx, args.filter)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json([contact_summary_json(c) for c in found])
        return 0
    for c in found:
        numbers = ", ".join(p.e164 or p.raw for p in c.phones)
        org = f" ({c.organisation})" if c.organisation and c.organisation != c.display_name() \
            else ""
        say(printable(f"{c.id:>6}  {c.display_name()}{org}  {numbers}"))
    note(tr_n(QT_TRANSLATE_NOOP("Cli", "%n contact(s)", None, 1), len(found)))
    return 0


def cmd_show(args) -> int:
    ctx = open_context(args)
    try:
        contact = contacts.get_contact(ctx, contacts.parse_contact_id(args.id))
    finally:
        ctx.vault.lock()
    if args.json:
        data = contact_summary_json(contact)
        data.update({
            "title": contact.title, "language": contact.language,
            "emails": [{"value": e.value, "label": e.label} for e in contact.emails],
            "addresses": [a.__dict__ for a in contact.addresses], "notes": contact.notes,
            "created_at": contact.created_at, "updated_at": contact.updated_at,
            "sources": [s.__dict__ for s in contact.sources],
        })
        print_json(data)
        return 0
    _print_contact(contact)
    return 0


def _print_contact(c: Contact) -> None:
    say(printable(c.display_name())
        + f"  [#{c.id}, {translate('Category', CATEGORY_LABELS[c.category])}]")
    if c.organisation:
        say(f"  {c.organisation}" + (f", {c.title}" if c.title else ""))
    for p in c.phones:
        kind = translate("PhoneType", phones.TYPE_TEXTS.get(p.number_type, p.number_type))
        shown = phones.display(p.e164) if p.e164 else p.raw
        flags = "; ".join(translate("PhoneFlag", phones.FLAG_TEXTS.get(f, f)) for f in p.flags
                          if f != "region_assumed")
        label = f" ({p.label})" if p.label else ""
        say(f"  ☎ {shown}{label} – {kind}" + (f" – ⚠ {flags}" if flags else ""))
    for e in c.emails:
        say(f"  ✉ {e.value}")
    for a in c.addresses:
        say("  ⌂ " + ", ".join(x for x in (a.street, a.postal_code, a.locality, a.country) if x))
    for n in c.notes:
        say("  » " + n.replace("\n", "\n    "))
    for s in c.sources:
        say(tr(QT_TRANSLATE_NOOP("Cli", "  source: {file}, line {line}, {format}, imported {at}"))
            .format(file=s.file, line=s.line, format=s.format,
                    at=timefmt.format_time(s.imported_at)))


def cmd_category(args) -> int:
    ctx = open_context(args)
    try:
        ids = [contacts.parse_contact_id(i) for i in args.ids]
        changed = contacts.set_category(ctx, ids, args.category)
    finally:
        ctx.vault.lock()
    category = translate("Category", CATEGORY_LABELS[Category(args.category)])
    say(tr_n(QT_TRANSLATE_NOOP("Cli", "%n contact(s) set to {category}.", None, 1), changed)
        .format(category=category))
    return 0
