"""The data-protection officer's documents: what they say is read and decided here, how
they look is ``contactvault.reports``'.

- **register**: every stored number with its status today, legal basis, purpose, dates,
  evidence, notice version and the phones that hold it (CSV, JSON, PDF);
- **processing record** (Art. 30) for WhatsApp communication with customers, from the
  editable template ``records/<lang>/processing_record.html`` and the settings;
- **lost phone**: what the phone held (exports minus confirmed removals), since when,
  and the breach note (Art. 33/34) with the 72-hour deadline;
- **staff rules**: the printable sheet from ``records/<lang>/staff_rules.html``;
- **proof** for one number: the customer's first message, the notice sent (version and
  the hash of its wording), the answer, every export and removal, with times, actors and
  the audit-trail entry that recorded each.

Every document names the audit trail's head at printing, is written owner-only (0600)
and is itself recorded in the trail. PDF goes through the front end's printer
(``render_pdf``), as for the procedure's protocol.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from contactvault import audit, clock, errors, output_files, paths, phones, settings, timefmt
from contactvault.consent import notices, policy
from contactvault.consent.events import BASIS_LABELS, CHANNEL_LABELS, KIND_LABELS, PURPOSE_LABELS
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.export import removal_list
from contactvault.i18n import QT_TRANSLATE_NOOP, speaking, translate, translate_n
from contactvault.model import CATEGORY_LABELS
from contactvault.procedure import templates
from contactvault.reports import page, tables
from contactvault.services import outgoing
from contactvault.services.devices import device_in
from contactvault.vault import audit_log
from contactvault.vault import consent as consent_store
from contactvault.vault import contacts as contact_store
from contactvault.vault import devices as device_store
from contactvault.vault import exports as export_store

PdfRenderer = Callable[[str, Path], object]
FORMATS = ("csv", "json", "pdf", "html")

TITLES = {
    "register": QT_TRANSLATE_NOOP("Reports", "Consent register"),
    "processing_record": QT_TRANSLATE_NOOP(
        "Reports", "Record of processing activities (GDPR Art. 30): WhatsApp communication "
                   "with customers"),
    "lost_phone": QT_TRANSLATE_NOOP("Reports", "Lost or stolen WhatsApp phone: {device}"),
    "staff_rules": QT_TRANSLATE_NOOP("Reports", "Rules for employees: WhatsApp"),
    "proof": QT_TRANSLATE_NOOP("Reports", "Proof for the number {number}"),
}
REGISTER_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("Reports", "Name")),
    ("number", QT_TRANSLATE_NOOP("Reports", "Number")),
    ("category", QT_TRANSLATE_NOOP("Reports", "Category")),
    ("status", QT_TRANSLATE_NOOP("Reports", "Status")),
    ("basis", QT_TRANSLATE_NOOP("Reports", "Legal basis")),
    ("purpose", QT_TRANSLATE_NOOP("Reports", "Purpose")),
    ("since", QT_TRANSLATE_NOOP("Reports", "Since")),
    ("evidence", QT_TRANSLATE_NOOP("Reports", "Evidence")),
    ("notice_version", QT_TRANSLATE_NOOP("Reports", "Notice version")),
    ("phones", QT_TRANSLATE_NOOP("Reports", "On phones")),
    ("reason", QT_TRANSLATE_NOOP("Reports", "Reason")),
)
_LABEL = {
    "alternatives_yes": QT_TRANSLATE_NOOP(
        "Reports", "Examined whether Threema or Signal can be used instead of WhatsApp: "
                   "yes. Result: {answer}"),
    "alternatives_no": QT_TRANSLATE_NOOP(
        "Reports", "Whether Threema or Signal can be used instead of WhatsApp has not been "
                   "examined yet (Settings, \u201cExamined whether Threema or Signal can be "
                   "used instead of WhatsApp\u201d)."),
    "no_answer": QT_TRANSLATE_NOOP("Reports", "no result recorded"),
    "numbers_on_phones": QT_TRANSLATE_NOOP("Reports", "%n number(s)", None, 1),
    "not_set": QT_TRANSLATE_NOOP("Reports", "(not set in the settings)"),
    "no_dpo": QT_TRANSLATE_NOOP("Reports", "none appointed"),
    "exported_at": QT_TRANSLATE_NOOP("Reports", "On the phone since"),
    "when": QT_TRANSLATE_NOOP("Reports", "When"),
    "what": QT_TRANSLATE_NOOP("Reports", "What"),
    "who": QT_TRANSLATE_NOOP("Reports", "Who"),
    "entry": QT_TRANSLATE_NOOP("Reports", "Audit entry"),
    "export": QT_TRANSLATE_NOOP("Reports", "Exported to {device} ({format}), shown as "
                                           "'{name}'"),
    "removal": QT_TRANSLATE_NOOP("Reports", "Removal from {device} confirmed"),
    "notice_text": QT_TRANSLATE_NOOP(
        "Reports", "Notice sent: {version}, SHA-256 of its wording {digest}"),
    "first_message": QT_TRANSLATE_NOOP("Reports", "First message from the customer "
                                                  "(implied consent by conduct)"),
    "decision_now": QT_TRANSLATE_NOOP("Reports", "Today's decision for {name}: {status} — "
                                                 "{reason}"),
    "sequence": QT_TRANSLATE_NOOP("Reports", "Everything recorded about this number, "
                                             "oldest first"),
    "held": QT_TRANSLATE_NOOP("Reports", "What the phone held (by the exports, minus "
                                         "confirmed removals)"),
}


def _t(key: str) -> str:
    return translate("Reports", _LABEL[key])


# -- writing a document -------------------------------------------------------------


_NO_RENDERER = QT_TRANSLATE_NOOP(
    "Errors", "PDF needs the desktop app's printer, which was not given; write an .html "
              "file instead")


def _format_of(path: Path, fmt: str | None, allowed: tuple[str, ...]) -> str:
    chosen = (fmt or path.suffix.lower().lstrip(".") or "pdf").lower()
    if chosen not in allowed:
        raise errors.InvalidArgument(what="--format", reason=QT_TRANSLATE_NOOP(
            "Errors", "this document is written as {allowed}").replace(
            "{allowed}", ", ".join(allowed)))
    return chosen


def _write_document(ctx: Context, kind: str, path: Path, fmt: str, document: dict,
                    html_text: str, render_pdf: PdfRenderer | None,
                    csv_rows: list | None = None, separator: str = ";", *,
                    force: bool = False) -> Path:
    """Write a report owner-only through the one sequence for files leaving the vault
    (services/outgoing.py: checked target, temporary name, rename); its audit entry is
    written once the file has its name."""
    path = Path(path).expanduser().absolute()
    data: bytes | None = None
    if fmt == "pdf":
        if render_pdf is None:
            raise errors.FileNotWritable(path=str(path), reason=_NO_RENDERER)
    elif fmt == "html":
        data = html_text.encode("utf-8")
    elif fmt == "json":
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        try:
            text = tables.csv_text(csv_rows or [], separator)
        except ValueError:
            raise errors.InvalidArgument(what="--separator", reason=QT_TRANSLATE_NOOP(
                "Errors", "one character other than quotes and line ends")) from None
        data = text.encode("utf-8")

    def fill(temp: Path) -> None:
        if data is None:
            render_pdf(html_text, temp)
        else:
            output_files.write_bytes(temp, path, [data])

    return outgoing.write(ctx.vault, outgoing.DOCUMENT, path, fill, force=force,
                          who=ctx.actor_in, at=ctx.now_iso(), action=f"report.{kind}",
                          details={"format": fmt, "head": document.get("audit_head")})


@dataclass
class _Frame:
    company: str
    printed_at: str
    actor: str
    audit_head: str
    values: dict


def _frame(ctx: Context, conn) -> _Frame:
    values = settings.all_settings(conn)
    return _Frame(values["company.name"], ctx.now_iso(), ctx.actor_in(conn),
                  str(audit.head(conn) or ""), values)


def _page(ctx: Context, frame: _Frame, title: str, body: str, version: str = "") -> str:
    return page.document(title, body, company=frame.company,
                         printed_at=timefmt.format_stamp(frame.printed_at, ctx.language),
                         actor=frame.actor, audit_head=frame.audit_head,
                         template_version=version, policy=_policy_text(frame))


def _policy_text(frame: _Frame) -> str:
    """The consent policy in force with its answer period, as sentences (every report
    states it, as export records and protocols do)."""
    return " ".join(PolicySettings.from_settings(frame.values).describe())


_VERSION = re.compile(r"<!--\s*Version:\s*(\S+)\s*-->\s*")


def _template(name: str, lang: str) -> tuple[str, str]:
    """(text, version tag) of ``records/<lang>/<name>``; a user's copy wins."""
    path = templates.find(f"records/{name}", lang)
    if path is None:
        raise errors.FileUnreadable(path=f"records/{lang}/{name}",
                                    reason=QT_TRANSLATE_NOOP("Errors", "template missing"))
    text = templates.read(f"records/{name}", lang)
    match = _VERSION.match(text)
    version = match.group(1) if match else "0"
    user = not str(path).startswith(str(paths.templates_dir()))
    tag = f"records/{lang}/{name.rsplit('.', 1)[0]}/{version}" + (" (edited copy)" if user
                                                                   else "")
    return (text[match.end():] if match else text), tag


# -- the register -------------------------------------------------------------------


@dataclass
class RegisterRow:
    contact_id: int
    name: str
    number: str
    category: str
    status: str
    basis: str
    purpose: str
    since: str
    evidence: str
    notice_version: str
    phones: list[str]
    reason: str
    eligible: bool


def register(ctx: Context, *, today: datetime | None = None) -> dict:
    """Every stored number with its status today and what it rests on."""
    now = today or ctx.now()
    with ctx.vault.reading() as conn:
        frame = _frame(ctx, conn)
        cfg = PolicySettings.from_settings(frame.values)
        histories = consent_store.all_by_number(conn)
        rows = list(contact_store.numbers_with_category(conn))
        names = contact_store.names_of(conn, {r.contact_id for r in rows})
        devices = {d.id: d.name for d in device_store.all_devices(conn)}
        held: dict[str, list[str]] = {}
        for device_id, items in export_store.on_phones(conn).items():
            for item in items:
                found = held.setdefault(item[2], [])
                if devices[device_id] not in found:
                    found.append(devices[device_id])
    decisions = policy.decide_many(
        [(histories.get(r.number.e164, ()) if r.number.e164 else (), r.category, r.number)
         for r in rows], cfg, now)
    out = []
    with speaking(ctx.language):
        for row, decision in zip(rows, decisions, strict=True):
            event = decision.basis_event
            notice = decision.notice_event
            basis = event.basis if event is not None and event.kind in ("granted", "implied") \
                else None
            evidence = ""
            if event is not None:
                channel = translate("Consent", CHANNEL_LABELS.get(event.channel, event.channel
                                                                  or "")) if event.channel else ""
                evidence = " – ".join(p for p in (channel, event.evidence) if p)
            out.append(RegisterRow(
                row.contact_id, names.get(row.contact_id, ""),
                row.number.e164 or row.number.raw,
                translate("Category", CATEGORY_LABELS.get(row.category, row.category)),
                decision.status_text(),
                translate("Consent", BASIS_LABELS.get(basis or "consent", basis or ""))
                if event is not None and event.kind in ("granted", "implied") else "",
                translate("Consent", PURPOSE_LABELS.get(event.purpose or "service", ""))
                if event is not None and event.kind in ("granted", "implied") else "",
                timefmt.format_date(decision.since, ctx.language) if decision.since else "",
                evidence,
                (notice.notice_version if notice is not None else "")
                or (event.notice_version if event is not None else "") or "",
                held.get(row.number.e164 or "", []),
                decision.reason_text(), decision.eligible))
        title = translate("Reports", TITLES["register"])
    return {"title": title, "company": frame.company, "printed_at": frame.printed_at,
            "printed_by": frame.actor, "audit_head": frame.audit_head,
            "policy": cfg.as_dict(), "rows": [asdict(r) for r in out], "_frame": frame}


def _register_cells(row: dict) -> list[str]:
    return [row["name"], row["number"], row["category"], row["status"], row["basis"],
            row["purpose"], row["since"], row["evidence"],
            notices.version_words(row["notice_version"]) if row["notice_version"] else "",
            ", ".join(row["phones"]), row["reason"]]


def write_register(ctx: Context, path: Path | str, *, fmt: str | None = None,
                   separator: str = ";", render_pdf: PdfRenderer | None = None,
                force: bool = False) -> Path:
    path = Path(path)
    fmt = _format_of(path, fmt, ("csv", "json", "pdf", "html"))
    data = register(ctx)
    frame = data.pop("_frame")
    with speaking(ctx.language):
        header = [translate("Reports", label) for _key, label in REGISTER_COLUMNS]
        meta = [data["title"], frame.company, timefmt.format_stamp(frame.printed_at,
                                                                   ctx.language),
                translate("Reports", QT_TRANSLATE_NOOP("Reports", "Consent policy in force")),
                _policy_text(frame),
                translate("Reports", QT_TRANSLATE_NOOP("Reports", "Audit trail head")),
                frame.audit_head]
        rows = [_register_cells(r) for r in data["rows"]]
        body = '<div class="dense">' + tables.html_table(
            header, rows, ("12%", "10%", "6%", "8%", "9%", "7%", "7%", "11%", "6%", "8%",
                           "16%")) + "</div>"
        html_text = _page(ctx, frame, data["title"], body)
    return _write_document(ctx, "register", path, fmt, data, html_text, render_pdf,
                           [meta, [], header, *rows], separator, force=force)


# -- the record of processing (Art. 30) -----------------------------------------------


def processing_record_html(ctx: Context) -> tuple[str, dict]:
    with ctx.vault.reading() as conn:
        frame = _frame(ctx, conn)
        devices = {d.id: d.name for d in device_store.all_devices(conn)}
        held = export_store.on_phones(conn)
    values = frame.values
    cfg = PolicySettings.from_settings(values)
    with speaking(ctx.language):
        text, version = _template("processing_record.html", ctx.language)
        not_set = _t("not_set")
        alternatives = _alternatives_text(values)
        total = sum(len(items) for items in held.values())
        counted = _LABEL["numbers_on_phones"]
        phones_list = tables.bullet_list(
            f"{devices[device_id]}: {translate_n('Reports', counted, len(items))}"
            for device_id, items in held.items())
        purpose = translate("Policy", policy.PURPOSE_LABELS[cfg.purpose]).rstrip(".") + "."
        body = templates.fill(text, {
            "company": values["company.name"] or not_set,
            "company_address": values["company.address"] or not_set,
            "company_contact": values["company.contact"] or not_set,
            "company_privacy_url": values["company.privacy_url"] or not_set,
            "dpo": _dpo_text(values) or not_set,
            "retention_months": values["retention.review_months"],
            "purpose_text": purpose,
            "numbers": translate_n("Reports", _LABEL["numbers_on_phones"], total),
        }, raw={"policy": tables.bullet_list(cfg.describe()),
                "alternatives": tables.paragraphs([alternatives]),
                "phones": phones_list})
        title = translate("Reports", TITLES["processing_record"])
        document = {"title": title, "company": frame.company, "printed_at": frame.printed_at,
                    "audit_head": frame.audit_head, "template": version,
                    "alternatives": alternatives, "policy": cfg.as_dict(),
                    "numbers_on_phones": total}
        return _page(ctx, frame, title, body, version), document


def _dpo_text(values: dict) -> str:
    """The data-protection officer as documents name them ("" while not filled in)."""
    if values.get("dpo.none"):
        return _t("no_dpo")
    return " \u2013 ".join(v for v in (values["dpo.name"], values["dpo.contact"]) if v)


def _alternatives_text(values: dict) -> str:
    if values.get("alternatives.checked"):
        return _t("alternatives_yes").format(answer=values.get("alternatives.answer")
                                             or _t("no_answer"))
    return _t("alternatives_no")


def alternatives_text(ctx: Context) -> str:
    """The recorded answer to "could Threema or Signal be used instead?" as a sentence
    (for the procedure's protocol too)."""
    with ctx.vault.reading() as conn:
        values = settings.all_settings(conn)
    with speaking(ctx.language):
        return _alternatives_text(values)


def write_processing_record(ctx: Context, path: Path | str, *, fmt: str | None = None,
                            render_pdf: PdfRenderer | None = None,
                force: bool = False) -> Path:
    path = Path(path)
    fmt = _format_of(path, fmt, ("pdf", "html", "json"))
    html_text, document = processing_record_html(ctx)
    return _write_document(ctx, "processing_record", path, fmt, document, html_text,
                           render_pdf, force=force)


# -- the staff rules ------------------------------------------------------------------


def write_staff_rules(ctx: Context, path: Path | str, *, fmt: str | None = None,
                      render_pdf: PdfRenderer | None = None,
                force: bool = False) -> Path:
    path = Path(path)
    fmt = _format_of(path, fmt, ("pdf", "html"))
    with ctx.vault.reading() as conn:
        frame = _frame(ctx, conn)
    values = frame.values
    with speaking(ctx.language):
        text, version = _template("staff_rules.html", ctx.language)
        not_set = _t("not_set")
        body = templates.fill(text, {
            "company": values["company.name"] or not_set,
            # without an officer, questions go to the business's own contact
            "dpo": (values["company.contact"] if values.get("dpo.none") else
                    _dpo_text(values)) or not_set})
        title = translate("Reports", TITLES["staff_rules"])
        html_text = _page(ctx, frame, title, body, version)
    return _write_document(ctx, "staff_rules", path, fmt,
                           {"title": title, "audit_head": frame.audit_head,
                            "template": version}, html_text, render_pdf, force=force)


# -- a lost or stolen phone ----------------------------------------------------------


BREACH_HOURS = 72


def lost_phone(ctx: Context, device_name: str, *, noticed: datetime | None = None) -> dict:
    """What the phone held (exports minus confirmed removals), since when, and the
    deadline for the report to the authority (72 hours from ``noticed``, default now)."""
    noticed = noticed or ctx.now()
    with ctx.vault.reading() as conn:
        frame = _frame(ctx, conn)
        device = device_in(conn, device_name)
        items = export_store.on_phone(conn, device.id)
    items.sort(key=lambda i: (i.shown_name.casefold(), i.e164))
    deadline = noticed + timedelta(hours=BREACH_HOURS)
    return {"device": device.name, "noticed": clock.to_iso(noticed),
            "deadline": clock.to_iso(deadline), "count": len(items),
            "numbers": [_held(i) for i in items],
            "audit_head": frame.audit_head, "_frame": frame}


def _held(item) -> dict:
    """One number the phone holds; an erased person's entry (Art. 17) has neither name
    nor number any more, only the erasure it is left of."""
    if item.e164.startswith(removal_list.ERASED_PREFIX):
        erasure = item.contact_uid[len(removal_list.ERASED_PREFIX):].split(":", 1)[0]
        return {"name": translate("Export", removal_list.ERASED_NAME).format(id=erasure),
                "number": "", "on_phone_since": item.exported_at, "contact_id": None,
                "erasure": int(erasure) if erasure.isdigit() else None}
    return {"name": item.shown_name, "number": item.e164,
            "on_phone_since": item.exported_at, "contact_id": item.contact_id}


def write_lost_phone(ctx: Context, device_name: str, path: Path | str, *,
                     fmt: str | None = None, noticed: datetime | None = None,
                     render_pdf: PdfRenderer | None = None,
                force: bool = False) -> Path:
    path = Path(path)
    fmt = _format_of(path, fmt, ("pdf", "html", "json", "csv"))
    data = lost_phone(ctx, device_name, noticed=noticed)
    frame = data.pop("_frame")
    values = frame.values
    with speaking(ctx.language):
        text, version = _template("lost_phone.html", ctx.language)
        header = [translate("Reports", REGISTER_COLUMNS[0][1]),
                  translate("Reports", REGISTER_COLUMNS[1][1]), _t("exported_at")]
        rows = [[n["name"], phones.display(n["number"]),
                 timefmt.format_stamp(n["on_phone_since"], ctx.language)]
                for n in data["numbers"]]
        body = templates.fill(text, {
            "device": data["device"],
            "noticed": timefmt.format_stamp(data["noticed"], ctx.language),
            "deadline": timefmt.format_stamp(data["deadline"], ctx.language),
            "count": data["count"],
            "dpo": _dpo_text(values) or _t("not_set")})
        body += "<h2>" + html.escape(_t("held")) + "</h2>" + tables.html_table(header, rows)
        title = translate("Reports", TITLES["lost_phone"]).format(device=data["device"])
        data["title"] = title
        data["template"] = version
        html_text = _page(ctx, frame, title, body, version)
    return _write_document(ctx, "lost_phone", path, fmt, data, html_text, render_pdf,
                           [header, *rows], force=force)


# -- the proof for one number --------------------------------------------------------


@dataclass
class ProofLine:
    at: str
    what: str
    actor: str
    entry: int | None  # the audit entry that recorded it (its position in the chain)


@dataclass
class ProofData:
    number: str
    lines: list[ProofLine] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    audit_head: str = ""


def _positions(conn, table: str, ids: set[int]) -> dict[int, int]:
    """For each record id of ``table``: the seq of the first audit entry covering it."""
    found: dict[int, int] = {}
    for seq, op, value in audit_log.covering(conn, table):
        for record_id in ids:
            if record_id in found:
                continue
            if (op == "=" and value == record_id) or (op == "<=" and record_id <= value):
                found[record_id] = seq
    return found


def proof(ctx: Context, number_text: str) -> ProofData:
    from contactvault.services import consent as consent_service

    e164 = consent_service.resolve_number(ctx, number_text)
    decided = consent_service.decision_for_number(ctx, e164)
    with ctx.vault.reading() as conn:
        frame = _frame(ctx, conn)
        events = consent_store.for_number(conn, e164)
        messages = consent_store.messages_for(conn, e164)
        exported = export_store.exports_of_number(conn, e164)
        removed = export_store.removals_of_number(conn, e164)
        versions = {m.template for m in messages} | {
            e.notice_version for e in events if e.kind == "notice_sent" and e.notice_version}
        wording = {v: consent_store.template_text(conn, v) for v in versions}
        event_pos = _positions(conn, "consent_events", {e.id for e in events})
        message_pos = _positions(conn, "messages_sent", {m.id for m in messages})
        export_pos = _positions(conn, "exports", {x.export_id for x in exported})
        removal_pos = _positions(conn, "removal_confirmations", {r.id for r in removed})
        names = contact_store.names_of(conn, {cid for cid, _n, _d in decided})
    data = ProofData(e164, audit_head=frame.audit_head)
    with speaking(ctx.language):
        first_implied = next((e for e in events if e.kind == "implied"), None)
        for event in events:
            what = translate("Consent", KIND_LABELS.get(event.kind, event.kind))
            if event is first_implied:
                what = _t("first_message")
            extra = []
            if event.basis and event.basis != "consent":
                extra.append(translate("Consent", BASIS_LABELS.get(event.basis, event.basis)))
            if event.channel:
                extra.append(translate("Consent", CHANNEL_LABELS.get(event.channel,
                                                                     event.channel)))
            if event.notice_version and event.kind == "notice_sent":
                body = wording.get(event.notice_version) or ""
                extra.append(_t("notice_text").format(
                    version=notices.version_words(event.notice_version),
                    digest=hashlib.sha256(body.encode("utf-8")).hexdigest() if body else "–"))
            elif event.notice_version:
                extra.append(notices.version_words(event.notice_version))
            if event.evidence:
                extra.append(event.evidence)
            if extra:
                what += " (" + "; ".join(extra) + ")"
            data.lines.append(ProofLine(event.occurred_at, what, event.recorded_by,
                                        event_pos.get(event.id)))
        for message in messages:
            body = wording.get(message.template) or ""
            digest = hashlib.sha256(body.encode("utf-8")).hexdigest() if body else "–"
            data.lines.append(ProofLine(message.sent_at, _t("notice_text").format(
                version=notices.version_words(message.template), digest=digest),
                message.recorded_by, message_pos.get(message.id)))
        for item in exported:
            data.lines.append(ProofLine(item.created_at, _t("export").format(
                device=item.device, format=item.format, name=item.shown_name), item.actor,
                export_pos.get(item.export_id)))
        for item in removed:
            data.lines.append(ProofLine(item.confirmed_at, _t("removal").format(
                device=item.device), item.confirmed_by, removal_pos.get(item.id)))
        data.lines.sort(key=lambda line: (line.at, line.entry or 0))
        for contact_id, _number, decision in decided:
            data.decisions.append(_t("decision_now").format(
                name=names.get(contact_id, ""), status=decision.status_text(),
                reason=decision.reason_text()))
    data._frame = frame  # type: ignore[attr-defined]
    return data


def write_proof(ctx: Context, number_text: str, path: Path | str, *,
                render_pdf: PdfRenderer | None = None,
                force: bool = False) -> Path:
    path = Path(path)
    fmt = _format_of(path, None, ("pdf", "html", "json"))
    data = proof(ctx, number_text)
    frame = data._frame  # type: ignore[attr-defined]
    with speaking(ctx.language):
        header = [_t("when"), _t("what"), _t("who"), _t("entry")]
        rows = [[timefmt.format_stamp(line.at, ctx.language), line.what, line.actor,
                 str(line.entry) if line.entry else "–"] for line in data.lines]
        body = tables.paragraphs(data.decisions)
        body += "<h2>" + html.escape(_t("sequence")) + "</h2>"
        body += tables.html_table(header, rows, ("16%", "54%", "14%", "16%"))
        title = translate("Reports", TITLES["proof"]).format(number=phones.display(data.number))
        html_text = _page(ctx, frame, title, body)
    document = {"number": data.number, "audit_head": data.audit_head,
                "decisions": data.decisions, "lines": [asdict(line) for line in data.lines]}
    return _write_document(ctx, "proof", path, fmt, document, html_text, render_pdf,
                           force=force)
