"""The "secure contacts first, then install" procedure for one WhatsApp phone.

Every completed step is stored (append-only) with its time, actor and figures; a
redone step is stored again, so both times are kept. Order rules come from
``procedure.steps.check_step``; every step needs the unlocked vault (a locked vault
raises VaultLocked before anything is written). Each record is audited in the same
transaction. Both front ends call these functions.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from contactvault import audit, errors, output_files, phones, settings
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.errors import DeviceNotFound, NoProcedure, StepRefused
from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n
from contactvault.model import Category, Device
from contactvault.procedure.steps import (
    PROBLEM_TEXTS,
    ROUTE_EXPORT_FORMAT,
    STEP_TITLES,
    App,
    CountComparison,
    OrderFinding,
    Outcome,
    Route,
    StartingPoint,
    Step,
    StepRecord,
    WhatsAppAction,
    check_step,
    compare_counts,
    findings,
    latest,
    next_step,
    route_of,
    starting_point_of,
)
from contactvault.services import exporting, outgoing
from contactvault.vault import contacts as contact_store
from contactvault.vault import devices as device_store
from contactvault.vault import exports as export_store
from contactvault.vault import procedure as procedure_store
from contactvault.vault.connection import Connection
from contactvault.vault.exports import ExportRecord
from contactvault.vault.procedure import Run, StepRow

Progress = Callable[[int, int], None]
# Turns an HTML document into a PDF file at the path (the front end's printer).
PdfRenderer = Callable[[str, Path], object]


@dataclass(frozen=True)
class ProcedureStatus:
    device: Device
    run: Run | None
    records: list[StepRecord] = field(default_factory=list)

    @property
    def started(self) -> bool:
        return self.run is not None and bool(self.records)

    @property
    def route(self) -> Route | None:
        return route_of(self.records)

    @property
    def starting_point(self) -> StartingPoint | None:
        return starting_point_of(self.records)

    @property
    def next_step(self) -> Step | None:
        return next_step(self.records) if self.records else Step.PROFILE

    @property
    def completed(self) -> bool:
        return latest(self.records, Step.DONE) is not None

    def latest(self, step: Step) -> StepRecord | None:
        return latest(self.records, step)

    def findings(self) -> list[OrderFinding]:
        return findings(self.records)


# -- reading --------------------------------------------------------------------------


def _device(conn: Connection, device_name: str) -> Device:
    device = device_store.device_by_name(conn, " ".join(device_name.split()))
    if device is None:
        raise DeviceNotFound(name=device_name)
    return device


def _records(rows: list[StepRow]) -> list[StepRecord]:
    """Stored steps as records, each with its attempt number (1 = first time)."""
    records: list[StepRecord] = []
    attempts: dict[str, int] = {}
    for row in rows:
        attempts[row.step] = attempts.get(row.step, 0) + 1
        records.append(StepRecord(
            id=row.id, step=Step(row.step), outcome=Outcome(row.outcome), figures=row.figures,
            note=row.note, actor=row.actor, recorded_at=row.recorded_at,
            attempt=attempts[row.step]))
    return records


def _status(conn: Connection, device: Device) -> ProcedureStatus:
    run = procedure_store.latest_run(conn, device.id)
    records = _records(procedure_store.steps_of(conn, run.id)) if run else []
    return ProcedureStatus(device, run, records)


def status_in(conn: Connection, device: Device) -> ProcedureStatus:
    """``status`` inside a reading a caller already holds."""
    return _status(conn, device)


def status(ctx: Context, device_name: str) -> ProcedureStatus:
    with ctx.vault.reading() as conn:
        return _status(conn, _device(conn, device_name))


def devices_in_procedure(ctx: Context) -> list[tuple[Device, ProcedureStatus]]:
    with ctx.vault.reading() as conn:
        found = [_status(conn, d) for d in device_store.all_devices(conn)]
    return [(s.device, s) for s in found]


# -- recording ------------------------------------------------------------------------


def _refuse(step: Step, refusal) -> StepRefused:
    reason = translate("Procedure", PROBLEM_TEXTS[refusal.problem])
    if refusal.previous is not None:
        reason = reason.format(previous=translate("Procedure", STEP_TITLES[refusal.previous]))
    err = StepRefused(step=translate("Procedure", STEP_TITLES[step]), reason=reason)
    err.problem = refusal.problem  # stable code for scripts and tests
    return err


def record_step(ctx: Context, device_name: str, step: Step | str, *,
                outcome: Outcome | str = Outcome.DONE, figures: dict | None = None,
                note: str = "", new_run: bool = False) -> StepRecord:
    """Store one completion of ``step`` (a redo if it was recorded before)."""
    step, outcome = Step(step), Outcome(outcome)
    figures = dict(figures or {})
    now = ctx.now_iso()
    with ctx.vault.transaction() as conn:
        actor = ctx.actor_in(conn)
        device = _device(conn, device_name)
        run = procedure_store.latest_run(conn, device.id)
        if run is None or (new_run and step is Step.PROFILE):
            if step is not Step.PROFILE:
                raise NoProcedure(name=device.name)
            run = procedure_store.new_run(conn, device.id, now, actor)
        records = _records(procedure_store.steps_of(conn, run.id))
        refusal = check_step(step, records, outcome)
        if refusal is not None:
            raise _refuse(step, refusal)
        attempt = 1 + sum(1 for r in records if r.step is step)
        step_id = procedure_store.add_step(conn, run.id, step.value, outcome.value, figures,
                                           note.strip(), actor, now)
        audit.record(conn, "procedure.step", actor=actor, subject=f"device:{device.id}",
                     details={"run": run.id, "step": step.value, "outcome": outcome.value,
                              "attempt": attempt, "figures": _audit_figures(figures)},
                     at=now)
    return StepRecord(step_id, step, outcome, figures, note.strip(), actor, now, attempt)


def _audit_figures(figures: dict) -> dict:
    """Counts and choices only: the audit trail carries no file names."""
    return {k: v for k, v in figures.items()
            if isinstance(v, (int, bool)) or k in (
                "starting_point", "route", "platform", "whatsapp_action", "app", "format",
                "sha256")}


def start(ctx: Context, device_name: str, *, starting_point: StartingPoint | str,
          route: Route | str = Route.DEDICATED, note: str = "",
          new_run: bool = False) -> StepRecord:
    """Step 1: the phone, where it starts from, and the route the business takes."""
    starting_point, route = StartingPoint(starting_point), Route(route)
    with ctx.vault.reading() as conn:
        device = _device(conn, device_name)
    return record_step(ctx, device_name, Step.PROFILE, note=note,
                       new_run=new_run, figures={
                           "starting_point": starting_point.value, "route": route.value,
                           "platform": device.platform,
                           "whatsapp_was_installed":
                               starting_point is StartingPoint.WHATSAPP_INSTALLED,
                       })


def record_export_phone(ctx: Context, device_name: str, *, skipped: bool = False,
                        files: Sequence[str] = (), note: str = "") -> StepRecord:
    """Step 2: the phone's contacts were exported to a file (or skipped: a new phone)."""
    return record_step(ctx, device_name, Step.EXPORT_PHONE,
                       outcome=Outcome.SKIPPED if skipped else Outcome.DONE,
                       figures={"files": len(files)}, note=note)


def import_and_record(ctx: Context, device_name: str, files: Iterable[Path | str], *,
                      phone_count: int, progress: Progress | None = None,
                      cancel: threading.Event | None = None):
    """Step 3: import the exported files, then record the comparison with the phone.

    Returns (ImportReport, CountComparison). The order check runs before the import, so
    a refused step imports nothing."""
    from contactvault.services import importing

    _check_or_raise(ctx, device_name, Step.IMPORT)
    files = [Path(f) for f in files]
    report = importing.import_files(ctx, files, progress=progress, cancel=cancel)
    comparison = record_import(ctx, device_name, phone_count=phone_count,
                               imported=report.imported, merged=report.merged,
                               unchanged=report.unchanged, skipped=report.skipped,
                               files=len(files))
    return report, comparison


def record_import(ctx: Context, device_name: str, *, phone_count: int, imported: int,
                  merged: int, unchanged: int, skipped: int, files: int = 0,
                  records_read: int | None = None, note: str = "") -> CountComparison:
    if phone_count < 0:
        raise errors.InvalidArgument(what="phone_count", reason=QT_TRANSLATE_NOOP(
            "Errors", "must not be negative"))
    comparison = compare_counts(phone_count, imported=imported, merged=merged,
                                unchanged=unchanged, skipped=skipped, records_read=records_read)
    with ctx.vault.reading() as conn:
        in_vault = contact_store.count_contacts(conn)
    record_step(ctx, device_name, Step.IMPORT, note=note, figures={
        "files": files, "phone_count": phone_count, "records_read": comparison.records_read,
        "imported": imported, "merged": merged, "unchanged": unchanged, "skipped": skipped,
        "difference": comparison.difference, "vault_contacts": in_vault,
    })
    return comparison


def skip_import(ctx: Context, device_name: str, *, note: str = "") -> StepRecord:
    return record_step(ctx, device_name, Step.IMPORT, outcome=Outcome.SKIPPED, note=note)


def classification_counts(ctx: Context) -> dict[str, int]:
    """Contacts per category (every category present, 0 where none)."""
    with ctx.vault.reading() as conn:
        counts = contact_store.category_counts(conn)
    return {c.value: counts.get(c.value, 0) for c in Category}


def record_classify(ctx: Context, device_name: str, *, note: str = "") -> StepRecord:
    """Step 4: store the counts per category as they are now."""
    counts = classification_counts(ctx)
    figures = {f"category_{k}": v for k, v in counts.items()}
    figures["unclassified"] = counts[Category.UNKNOWN.value]
    figures["private"] = counts[Category.PRIVATE.value]
    figures["business"] = sum(v for k, v in counts.items()
                              if k not in (Category.UNKNOWN.value, Category.PRIVATE.value))
    return record_step(ctx, device_name, Step.CLASSIFY, figures=figures, note=note)


def record_clear(ctx: Context, device_name: str, *, whatsapp_action: WhatsAppAction | str,
                 phone_contacts_deleted: bool, cloud_checked: bool,
                 access_limited: bool = False, note: str = "") -> StepRecord:
    """Step 5: the person confirms what was done to clear the phone."""
    whatsapp_action = WhatsAppAction(whatsapp_action)
    current = status(ctx, device_name)
    was_installed = current.starting_point is StartingPoint.WHATSAPP_INSTALLED
    return record_step(ctx, device_name, Step.CLEAR, note=note, figures={
        "whatsapp_was_installed": was_installed,
        "whatsapp_action": whatsapp_action.value,
        "phone_contacts_deleted": bool(phone_contacts_deleted),
        "cloud_checked": bool(cloud_checked),
        "access_limited": bool(access_limited),
    })


def record_install(ctx: Context, device_name: str, *, app: App | str = App.WHATSAPP,
                   note: str = "") -> StepRecord:
    """Step 6: WhatsApp (or WhatsApp Business) installed on the cleared phone."""
    return record_step(ctx, device_name, Step.INSTALL, figures={"app": App(app).value},
                       note=note)


# -- transfer (step 7) ----------------------------------------------------------------


@dataclass(frozen=True)
class TransferResult:
    path: Path
    format: str  # "vcard", "selection", "links"
    export_id: int | None
    sha256: str
    count: int
    warning_text: str = ""
    record: StepRecord | None = None


def _check_or_raise(ctx: Context, device_name: str, step: Step) -> ProcedureStatus:
    current = status(ctx, device_name)
    if current.run is None:
        raise NoProcedure(name=current.device.name)
    refusal = check_step(step, current.records)
    if refusal is not None:
        raise _refuse(step, refusal)
    return current


def transfer(ctx: Context, device_name: str, path: Path | str, *, lang: str | None = None,
             render_pdf: PdfRenderer | None = None, force: bool = False) -> TransferResult:
    """Step 7: run the export for this phone in its route's format, and record it.

    Route A writes the consent engineer's vCard export; routes B and C write the
    selection list or links sheet (HTML, or PDF through ``render_pdf``)."""
    current = _check_or_raise(ctx, device_name, Step.TRANSFER)
    fmt = ROUTE_EXPORT_FORMAT[current.route]
    result = write_route_export(ctx, current.device.name, Path(path), fmt, lang=lang,
                                render_pdf=render_pdf, force=force)
    record = record_transfer(ctx, device_name, result)
    return TransferResult(result.path, result.format, result.export_id, result.sha256,
                          result.count, result.warning_text, record)


def record_transfer(ctx: Context, device_name: str, result: TransferResult, *,
                    note: str = "") -> StepRecord:
    figures = {"format": result.format, "export_id": result.export_id,
               "sha256": result.sha256, "count": result.count,
               "file_name": Path(result.path).name}
    with ctx.vault.reading() as conn:
        row = export_store.export_by_id(conn, result.export_id) if result.export_id else None
    if row is not None:
        figures["policy"] = row.policy
        figures["policy_settings"] = _settings_text(row)
        figures["kind"] = row.kind
    return record_step(ctx, device_name, Step.TRANSFER, figures=figures, note=note)


def _settings_text(row: ExportRecord) -> str:
    """The policy settings of an export as they are stored (JSON text)."""
    return json.dumps(row.policy_settings, sort_keys=True)


def write_route_export(ctx: Context, device_name: str, path: Path, fmt: str, *,
                       lang: str | None = None, render_pdf: PdfRenderer | None = None,
                       force: bool = False) -> TransferResult:
    """Write the file a route hands to the phone, recorded as an export of ``fmt``.

    Eligibility always comes from ``services.exporting.plan_export`` (the one policy),
    and ``services.exporting`` records every format: "vcard" is its vCard export,
    "selection" and "links" are HTML (or PDF through ``render_pdf``) documents."""
    path = Path(path).expanduser().absolute()
    if fmt not in (exporting.VCARD, *exporting.DOCUMENT_FORMATS):
        raise errors.InvalidArgument(what="format", reason=QT_TRANSLATE_NOOP(
            "Errors", "vcard, selection or links"))
    plan = exporting.plan_export(ctx, device_name)
    if fmt == exporting.VCARD:
        result = exporting.write_export(ctx, plan, path, force=force)
        return TransferResult(Path(result.path), fmt, result.export_id, result.sha256,
                              result.count, result.warning_text)
    _check_renderer(path, render_pdf)
    from contactvault.procedure import sheets

    builder = sheets.selection_html if fmt == exporting.SELECTION else sheets.links_html
    company = company_name(ctx)

    def write_sheet(plan_now: exporting.ExportPlan, temp: Path, created_at: str) -> None:
        document = builder(sheets.items_from_plan(plan_now.items), device=plan_now.device,
                           company=company, lang=lang or ctx.language, created_at=created_at)
        write_document(document, temp, render_pdf, like=path)

    result = exporting.write_document_export(ctx, plan, path, fmt, write_sheet, force=force)
    warning = translate_n("Procedure", QT_TRANSLATE_NOOP(
        "Procedure", "{path} holds %n name(s) and number(s) and is not encrypted. Print it "
                     "or use it, then delete it.", None, 1), result.count).format(path=path)
    return TransferResult(result.path, fmt, result.export_id, result.sha256, result.count,
                          warning)


_NO_RENDERER = QT_TRANSLATE_NOOP(
    "Errors", "PDF needs the desktop app's printer, which was not given; write an .html "
              "file instead")


def _check_renderer(path: Path, render_pdf: PdfRenderer | None) -> None:
    if path.suffix.lower() == ".pdf" and render_pdf is None:
        raise errors.FileNotWritable(path=str(path), reason=_NO_RENDERER)


def write_document(document: str, path: Path, render_pdf: PdfRenderer | None = None, *,
                   like: Path | None = None) -> None:
    """HTML by default; PDF when the file name (``like``'s, for a temporary file that
    will get that name) says so, through ``render_pdf`` (the front end passes its
    printer; the core never imports one). ``path`` is the temporary file the caller
    created (owner-only); it is filled in place."""
    path = Path(path)
    named = Path(like) if like is not None else path
    _check_renderer(named, render_pdf)
    if named.suffix.lower() == ".pdf":
        render_pdf(document, path)
        return
    output_files.write_bytes(path, named, [document.encode("utf-8")])


def removals_text(found: Sequence[exporting.Removal], limit: int = 5) -> str:
    """The open removals as one line for a person: "Anna Adler +49 171 1000001, …" (the
    first ``limit``, then how many more)."""
    shown = ", ".join(f"{r.shown_name} {phones.display(r.e164)}" for r in found[:limit])
    more = len(found) - limit
    if more > 0:
        shown += " " + translate_n("Procedure", QT_TRANSLATE_NOOP(
            "Procedure", "and %n more number(s)", None, 1), more)
    return shown


def record_done(ctx: Context, device_name: str, *, imported_on_phone: bool,
                phone_count_after: int | None = None, note: str = "") -> StepRecord:
    """Step 8: the person confirms the phone now holds what was transferred. Refused
    (RemovalsOpen) while numbers must still be deleted from that phone."""
    current = _check_or_raise(ctx, device_name, Step.DONE)
    still_open = exporting.removals(ctx, current.device.name)
    if still_open:
        raise errors.RemovalsOpen(device=current.device.name, count=len(still_open),
                                  which=removals_text(still_open))
    transfer_record = current.latest(Step.TRANSFER)
    figures = {"imported_on_phone": bool(imported_on_phone)}
    if phone_count_after is not None:
        figures["phone_count_after"] = int(phone_count_after)
        if transfer_record is not None:
            figures["transferred"] = transfer_record.figures.get("count", 0)
    return record_step(ctx, device_name, Step.DONE, figures=figures, note=note)


# -- the protocol ---------------------------------------------------------------------


def company_name(ctx: Context) -> str:
    with ctx.vault.reading() as conn:
        return settings.get(conn, "company.name")


def protocol_html(ctx: Context, device_name: str, *, lang: str | None = None) -> str:
    """The protocol as HTML, in ``lang`` (default: the context's language)."""
    from contactvault.procedure import protocol

    current = status(ctx, device_name)
    if current.run is None:
        raise NoProcedure(name=current.device.name)
    exports = {}
    open_removals = len(exporting.removals(ctx, device_name))
    with ctx.vault.reading() as conn:
        head = audit.head(conn)
        company = settings.get(conn, "company.name")
        responsible = settings.get(conn, "company.responsible")
        policy_now = settings.get(conn, "policy.mode")
        policy_now_settings = PolicySettings.from_settings(
            settings.all_settings(conn)).as_dict()
        for record in current.records:
            export_id = record.figures.get("export_id") if record.step is Step.TRANSFER else None
            row = export_store.export_by_id(conn, export_id) if export_id else None
            if row is not None:
                exports[export_id] = {**asdict(row), "policy_settings": _settings_text(row)}
    return protocol.build_html(current, company=company, policy_now=policy_now,
                               exports=exports, lang=lang or ctx.language,
                               printed_at=ctx.now_iso(),
                               policy_now_settings=policy_now_settings,
                               audit_head=str(head or ""), open_removals=open_removals,
                               alternatives=_alternatives(ctx, lang or ctx.language),
                               responsible=responsible)


def _alternatives(ctx: Context, lang: str) -> str:
    from contactvault.i18n import speaking
    from contactvault.services import reports

    with speaking(lang):
        return reports.alternatives_text(ctx)


def write_protocol(ctx: Context, device_name: str, path: Path | str, *,
                   lang: str | None = None, render_pdf: PdfRenderer | None = None,
                   force: bool = False) -> Path:
    """Write the protocol (PDF through ``render_pdf``, or HTML, by extension; owner-only)
    and audit that it was printed, once the file has its name."""
    path = Path(path).expanduser().absolute()
    _check_renderer(path, render_pdf)
    document = protocol_html(ctx, device_name, lang=lang)
    current = status(ctx, device_name)
    return outgoing.write(
        ctx.vault, outgoing.DOCUMENT, path,
        lambda temp: write_document(document, temp, render_pdf, like=path),
        force=force, who=ctx.actor_in, at=ctx.now_iso(), action="procedure.protocol",
        subject=f"device:{current.device.id}",
        details={"run": current.run.id if current.run else None,
                 "format": path.suffix.lower().lstrip(".")})
