"""procedure: the "secure contacts first, then install" record of a WhatsApp phone.

``status`` and ``protocol`` for people and DPOs; one subcommand per step so that the
procedure can be scripted and recorded from the terminal as well as in the wizard.
PDF output passes the desktop app's printer, imported only for a .pdf file; everything
else stays Qt-free.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from contactvault import timefmt
from contactvault.cli.common import (
    add_force,
    note,
    open_context,
    print_json,
    say,
    tr,
    tr_n,
)
from contactvault.i18n import QT_TRANSLATE_NOOP, cli_language, translate
from contactvault.procedure import templates, wording
from contactvault.procedure.steps import (
    ORDER,
    ROUTE_TITLES,
    STARTING_POINT_TITLES,
    STEP_TITLES,
    App,
    Route,
    StartingPoint,
    Step,
    WhatsAppAction,
)
from contactvault.services import procedure as proc


def _device_arg(p) -> None:
    p.add_argument("--device", required=True, metavar="NAME", help="the WhatsApp phone")


def register(sub) -> None:
    top = sub.add_parser("procedure", help="the 'secure contacts first, then install' "
                                           "procedure for a WhatsApp phone")
    steps = top.add_subparsers(dest="procedure_command", metavar="STEP")
    top.set_defaults(func=lambda args: (top.print_help(), 0)[1])

    p = steps.add_parser("status", help="where the procedure stands for a phone")
    _device_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = steps.add_parser("start", help="step 1: starting point and route")
    _device_arg(p)
    p.add_argument("--starting-point", required=True, choices=[s.value for s in StartingPoint])
    p.add_argument("--route", default=Route.DEDICATED.value, choices=[r.value for r in Route],
                   help="dedicated (A), selected (B) or no_address_book (C)")
    p.add_argument("--new-run", action="store_true",
                   help="start over for a phone whose procedure was done before")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_start)

    p = steps.add_parser("exported", help="step 2: the phone's contacts were exported")
    _device_arg(p)
    p.add_argument("--skip", action="store_true", help="new phone: nothing to export")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_exported)

    p = steps.add_parser("import", help="step 3: import the exported file(s), compare counts")
    _device_arg(p)
    p.add_argument("--phone-count", type=int, help="the number of contacts the phone shows")
    p.add_argument("--skip", action="store_true", help="nothing to import (new phone)")
    p.add_argument("files", nargs="*")
    p.set_defaults(func=cmd_import)

    p = steps.add_parser("classified", help="step 4: record the counts per category")
    _device_arg(p)
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_classified)

    p = steps.add_parser("cleared", help="step 5: confirm the phone was cleared")
    _device_arg(p)
    p.add_argument("--whatsapp", required=True, choices=[a.value for a in WhatsAppAction],
                   help="what was done about WhatsApp on the phone")
    p.add_argument("--contacts-deleted", action="store_true")
    p.add_argument("--cloud-checked", action="store_true")
    p.add_argument("--access-limited", action="store_true", help="route B only")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_cleared)

    p = steps.add_parser("installed", help="step 6: WhatsApp installed on the cleared phone")
    _device_arg(p)
    p.add_argument("--app", default=App.WHATSAPP.value, choices=[a.value for a in App])
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_installed)

    p = steps.add_parser("transfer", help="step 7: write the export for the phone's route")
    _device_arg(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    add_force(p)
    p.add_argument("--lang", default=None, help="de or en (selection list, links sheet)")
    p.set_defaults(func=cmd_transfer)

    p = steps.add_parser("done", help="step 8: confirm the contacts are on the phone")
    _device_arg(p)
    p.add_argument("--confirm", action="store_true", required=True)
    p.add_argument("--phone-count", type=int)
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_done)

    p = steps.add_parser("protocol", help="write the protocol (PDF, or HTML by extension)")
    _device_arg(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    add_force(p)
    p.add_argument("--lang", default=None, help="de or en (default: the interface language)")
    p.set_defaults(func=cmd_protocol)

    p = steps.add_parser("sheet", help="route B/C: the selection list or links sheet "
                                       "(PDF or HTML by extension), recorded as an export")
    _device_arg(p)
    p.add_argument("--format", required=True, choices=["selection", "links"])
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    add_force(p)
    p.add_argument("--lang", default=None)
    p.set_defaults(func=cmd_sheet)

    p = steps.add_parser("instructions", help="print the instructions for a step")
    _device_arg(p)
    p.add_argument("--step", choices=[s.value for s in Step])
    p.add_argument("--lang", default=None)
    p.set_defaults(func=cmd_instructions)


def _lang(args) -> str:
    return templates.language(getattr(args, "lang", None) or cli_language())


def _pdf_renderer(output):
    """The printer for a .pdf file (Qt, loaded only then); None for other files."""
    if Path(output).suffix.lower() != ".pdf":
        return None
    from contactvault.gui.printing import html_to_pdf

    return html_to_pdf


def _with_context(args, body):
    ctx = open_context(args)
    try:
        return body(ctx)
    finally:
        ctx.vault.lock()


def _tr(ctx: str, text: str) -> str:
    return translate(ctx, text)


def status_json(status) -> dict:
    return {
        "device": {"name": status.device.name, "owner": status.device.owner,
                   "phone_number": status.device.phone_number,
                   "platform": status.device.platform},
        "run": None if status.run is None else {
            "id": status.run.id, "started_at": status.run.started_at,
            "started_by": status.run.started_by},
        "route": status.route.value if status.route else None,
        "starting_point": status.starting_point.value if status.starting_point else None,
        "next_step": status.next_step.value if status.next_step else None,
        "completed": status.completed,
        "steps": [{"step": r.step.value, "outcome": r.outcome.value, "attempt": r.attempt,
                   "recorded_at": r.recorded_at, "actor": r.actor, "figures": r.figures,
                   "note": r.note} for r in status.records],
        "findings": [{"finding": f.finding.value, "at": f.at, "figures": f.figures}
                     for f in status.findings()],
    }


def cmd_status(args) -> int:
    status = _with_context(args, lambda ctx: proc.status(ctx, args.device))
    if args.json:
        print_json(status_json(status))
        return 0
    d = status.device
    say(f"{d.name}  ({d.platform}{', ' + d.owner if d.owner else ''})")
    if status.route:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Route: {route}")).format(
            route=_tr("Procedure", ROUTE_TITLES[status.route])))
        say(tr(QT_TRANSLATE_NOOP("Cli", "Starting point: {start}")).format(
            start=_tr("Procedure", STARTING_POINT_TITLES[status.starting_point])))
    for step in ORDER:
        records = [r for r in status.records if r.step is step]
        title = _tr("Procedure", STEP_TITLES[step])
        number = ORDER.index(step) + 1
        if not records:
            mark = "→" if step is status.next_step else " "
            say(f"{mark} {number}. {title}")
            continue
        last = records[-1]
        mark = "✓" if last.outcome.value == "done" else "–"
        times = ", ".join(f"{timefmt.format_time(r.recorded_at)} {r.actor}" for r in records)
        say(f"{mark} {number}. {title}  [{times}]")
    for finding in status.findings():
        say("⚠ " + wording.finding_text(finding))
    if status.completed:
        note(tr(QT_TRANSLATE_NOOP("Cli", "The procedure is complete.")))
    elif status.next_step is not None:
        note(tr(QT_TRANSLATE_NOOP("Cli", "Next: {step}")).format(
            step=_tr("Procedure", STEP_TITLES[status.next_step])))
    return 0


def _recorded(record) -> int:
    say(tr(QT_TRANSLATE_NOOP("Cli", "Recorded: {step} ({time}, {actor}).")).format(
        step=_tr("Procedure", STEP_TITLES[record.step]),
        time=timefmt.format_time(record.recorded_at), actor=record.actor))
    return 0


def cmd_start(args) -> int:
    return _recorded(_with_context(args, lambda ctx: proc.start(
        ctx, args.device, starting_point=args.starting_point, route=args.route,
        note=args.note, new_run=args.new_run)))


def cmd_exported(args) -> int:
    return _recorded(_with_context(args, lambda ctx: proc.record_export_phone(
        ctx, args.device, skipped=args.skip, note=args.note)))


def cmd_import(args) -> int:
    from contactvault import errors

    if args.skip:
        return _recorded(_with_context(args, lambda ctx: proc.skip_import(ctx, args.device)))
    if not args.files or args.phone_count is None:
        raise errors.InvalidArgument(what="import", reason=tr(QT_TRANSLATE_NOOP(
            "Cli", "give the exported file(s) and --phone-count (or --skip)")))
    report, comparison = _with_context(args, lambda ctx: proc.import_and_record(
        ctx, args.device, args.files, phone_count=args.phone_count))
    say(tr_n(QT_TRANSLATE_NOOP("Cli", "The phone shows %n contact(s).", None, 1),
             comparison.phone_count) + " " + tr(
        QT_TRANSLATE_NOOP("Cli", "Records read: {read}; {imported} new, {merged} merged "
                                 "(duplicates), {unchanged} already in the vault, {skipped} "
                                 "unreadable.")).format(
        read=comparison.records_read, imported=comparison.imported, merged=comparison.merged,
        unchanged=comparison.unchanged, skipped=comparison.skipped))
    if comparison.difference:
        note(tr_n(QT_TRANSLATE_NOOP(
            "Cli", "⚠ %n contact(s) differ between phone and file: export again with "
                   "all accounts (SIM, company account) before clearing the phone.", None, 1),
            abs(comparison.difference)))
    return 0


def cmd_classified(args) -> int:
    record = _with_context(args, lambda ctx: proc.record_classify(ctx, args.device, note=args.note))
    count = int(record.figures.get("unclassified") or 0)
    if count:
        note(tr_n(QT_TRANSLATE_NOOP("Cli", "%n contact(s) still unclassified.", None, 1), count))
    return _recorded(record)


def cmd_cleared(args) -> int:
    return _recorded(_with_context(args, lambda ctx: proc.record_clear(
        ctx, args.device, whatsapp_action=args.whatsapp,
        phone_contacts_deleted=args.contacts_deleted, cloud_checked=args.cloud_checked,
        access_limited=args.access_limited, note=args.note)))


def cmd_installed(args) -> int:
    return _recorded(_with_context(args, lambda ctx: proc.record_install(
        ctx, args.device, app=args.app, note=args.note)))


def _written(path, count=None) -> None:
    note(tr(QT_TRANSLATE_NOOP(
        "Cli", "Written: {path}. It holds personal data: keep it safe and delete it once "
               "it has served its purpose.")).format(path=path))


def cmd_transfer(args) -> int:
    result = _with_context(args, lambda ctx: proc.transfer(
        ctx, args.device, Path(args.output), lang=_lang(args),
        render_pdf=_pdf_renderer(args.output), force=args.force))
    _consented(result)
    if result.warning_text:
        note(result.warning_text)
    _written(result.path)
    return _recorded(result.record)


def cmd_done(args) -> int:
    return _recorded(_with_context(args, lambda ctx: proc.record_done(
        ctx, args.device, imported_on_phone=args.confirm, phone_count_after=args.phone_count,
        note=args.note)))


def cmd_protocol(args) -> int:
    from contactvault.services import company

    def write(ctx):
        written = proc.write_protocol(ctx, args.device, Path(args.output), lang=_lang(args),
                                      render_pdf=_pdf_renderer(args.output), force=args.force)
        return written, company.missing(ctx, company.PROTOCOL)

    path, missing = _with_context(args, write)
    _written(path)
    for line in company.missing_sentences(missing, company.PROTOCOL):
        note(line)  # written all the same; the sentence says what to add and how
    return 0


def cmd_sheet(args) -> int:
    """Also serves ``contactvault export --format selection|links`` (always a full list)."""
    result = _with_context(args, lambda ctx: proc.write_route_export(
        ctx, args.device, Path(args.output), args.format, lang=_lang(args),
        render_pdf=_pdf_renderer(args.output), force=args.force))
    if getattr(args, "json", False):
        print_json({"path": str(result.path), "format": result.format,
                    "sha256": result.sha256, "numbers": result.count,
                    "export_id": result.export_id, "warning": result.warning_text})
        return 0
    _consented(result)
    _written(result.path)
    return 0


def _consented(result) -> None:
    say(tr_n(QT_TRANSLATE_NOOP("Cli", "%n consented number(s), SHA-256 {sha256}.", None, 1),
             result.count).format(sha256=result.sha256))


def _plain(fragment: str) -> str:
    text = re.sub(r"\s*<li>", "\n  • ", fragment)
    text = re.sub(r"</(p|ol|ul)>|<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def cmd_instructions(args) -> int:
    status = _with_context(args, lambda ctx: proc.status(ctx, args.device))
    step = Step(args.step) if args.step else (status.next_step or Step.DONE)
    lang = _lang(args)
    say(_tr("Procedure", STEP_TITLES[step]))
    say("")
    say(_plain(templates.instruction(step, platform=status.device.platform, lang=lang,
                                     route=status.route, values={"device": status.device.name})))
    if step is Step.PROFILE:
        for route in Route:
            say("")
            say(_plain(templates.route_explanation(route, platform=status.device.platform,
                                                   lang=lang)))
    say("")
    say(_plain(templates.warnings(lang)))
    return 0
