"""The protocol of one procedure run, as HTML (the GUI's printer turns it into a PDF).

Everything comes from the record: the steps in the order they were recorded (redos
included), the figures they produced, the export handed to the phone (file hash,
number count, policy), and the findings about the order. The short texts are
``procedure.wording``'s (the one Qt catalogue), the page's prose is the language's
``procedure/protocol.html`` template; times are ``timefmt``'s, to the second with the
offset. Every value is escaped.
"""

from __future__ import annotations

import html
import json

from contactvault import phones, timefmt
from contactvault.i18n import speaking
from contactvault.procedure import templates, wording
from contactvault.procedure.steps import (
    ORDER,
    ROUTE_LETTERS,
    Step,
    StepRecord,
    latest,
)

_E = html.escape


def _row(cells: list[str], header: bool = False) -> str:
    tag = "th" if header else "td"
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def _table(rows: list[str]) -> str:
    return ('<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">'
            + "".join(rows) + "</table>")


def _steps_table(records: list[StepRecord], lang: str) -> str:
    rows = ["<tr>" + "".join(
        f'<th width="{w}">{_E(wording.label(k))}</th>' for k, w in (
            ("col_no", "5%"), ("col_step", "18%"), ("col_result", "13%"), ("col_time", "14%"),
            ("col_actor", "10%"), ("col_figures", "40%"))) + "</tr>"]
    for record in records:
        number = ORDER.index(record.step) + 1
        result = _E(wording.outcome(record.outcome))
        if record.attempt > 1:
            result += " " + _E(wording.redo(record.attempt))
        figures = _E(wording.figures_text(record))
        if record.note:
            figures += "<br/><i>" + _E(wording.label("note")) + ":</i> " + _E(record.note)
        rows.append(_row([str(number), _E(wording.step_title(record.step)), result,
                          _E(timefmt.format_stamp(record.recorded_at, lang)), _E(record.actor),
                          figures]))
    missing = [s for s in ORDER if latest(records, s) is None]
    for step in missing:
        rows.append(_row([str(ORDER.index(step) + 1), _E(wording.step_title(step)),
                          "<b>" + _E(wording.label("outcome_open")) + "</b>", "", "", ""]))
    return _table(rows)


def _timeline(records: list[StepRecord], lang: str) -> str:
    rows = [_row([_E(wording.label("col_time")), _E(wording.label("col_event")),
                  _E(wording.label("col_actor"))], header=True)]
    profile = next((r for r in records if r.step is Step.PROFILE), None)
    if profile is not None and any(r.figures.get("whatsapp_was_installed")
                                   for r in records if r.step is Step.PROFILE):
        rows.append(_row([_E(timefmt.format_stamp(profile.recorded_at, lang)),
                          "<b>" + _E(wording.label("event_whatsapp_already")) + "</b>",
                          _E(profile.actor)]))
    for record in records:
        if record.step in wording.EVENTS:
            event = _E(wording.event(record.step))
            if record.attempt > 1:
                event += " " + _E(wording.redo(record.attempt))
            rows.append(_row([_E(timefmt.format_stamp(record.recorded_at, lang)), event,
                              _E(record.actor)]))
    return _table(rows)


def _findings(found, lang: str) -> str:
    if not found:
        return "<p>" + _E(wording.label("findings_none")) + "</p>"
    items = []
    for item in found:
        text = _E(wording.finding_text(item, lang))
        if item.finding in wording.SERIOUS:
            text = f"<b>{text}</b>"
        items.append(f"<li>{text}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _exports(records: list[StepRecord], exports: dict, lang: str) -> str:
    transfers = [r for r in records if r.step is Step.TRANSFER]
    if not transfers:
        return "<p>" + _E(wording.label("export_none")) + "</p>"
    blocks = []
    for record in transfers:
        f = record.figures
        row = exports.get(f.get("export_id")) or {}
        policy = row.get("policy") or f.get("policy") or ""
        settings_text = row.get("policy_settings") or f.get("policy_settings") or ""
        try:
            parsed = json.loads(settings_text) if settings_text else {}
        except ValueError:
            parsed = {}
        settings_line = wording.policy_settings(parsed if isinstance(parsed, dict) else {})
        sha256 = str(row.get("file_sha256") or f.get("sha256", ""))
        pairs = [
            ("export_time", _E(timefmt.format_stamp(record.recorded_at, lang))),
            ("export_format", _E(wording.export_format(f.get("format")))),
            ("export_file", _E(str(f.get("file_name", "")))),
            ("export_count", _E(str(row.get("number_count", f.get("count", ""))))),
            ("export_sha256", f'<span class="mono">{_E(sha256)}</span>'),
            ("export_policy", _E(wording.policy(policy) +
                                 (f" ({settings_line})" if settings_line else ""))),
            ("export_id", _E(str(f.get("export_id") or "\u2014"))),
        ]
        rows = [_row([f"<b>{_E(wording.label(k))}</b>", v]) for k, v in pairs]
        blocks.append(_table(rows))
    return "<br/>".join(blocks)


def build_html(status, *, company: str, policy_now: str, exports: dict, lang: str,
               printed_at: str, policy_now_settings: dict | None = None,
               audit_head: str = "", open_removals: int = 0, alternatives: str = "",
               responsible: str = "") -> str:
    """``alternatives``: the recorded answer to "could Threema or Signal be used
    instead?" as a sentence (the guidance's first advice). ``policy_now_settings``: the
    policy settings in force (``PolicySettings.as_dict``),
    shown with the current policy. ``audit_head``: the audit trail's head (count:hash)
    when printed; ``open_removals``: numbers still to delete from the phone (the run
    counts as completed only without); ``responsible``: the person responsible at the
    business (shown when given)."""
    lang = templates.language(lang)
    with speaking(lang):
        return _build(status, company=company, policy_now=policy_now, exports=exports,
                      lang=lang, printed_at=printed_at,
                      policy_now_settings=policy_now_settings or {}, audit_head=audit_head,
                      open_removals=open_removals, alternatives=alternatives,
                      responsible=responsible)


def _build(status, *, company: str, policy_now: str, exports: dict, lang: str,
           printed_at: str, policy_now_settings: dict, audit_head: str,
           open_removals: int, alternatives: str = "", responsible: str = "") -> str:
    records: list[StepRecord] = status.records
    device = status.device
    route = status.route
    start = status.starting_point
    started = status.run.started_at if status.run is not None else ""
    started_by = status.run.started_by if status.run is not None else ""
    overview = [
        ("company", company or wording.label("company_unset")),
        *([("company_responsible", responsible)] if responsible else []),
        ("device", device.name),
        ("owner", device.owner or "\u2014"),
        ("device_number", phones.display(device.phone_number) if device.phone_number
         else "\u2014"),
        ("platform", wording.platform(device.platform)),
        ("route", wording.route(route)),
        ("starting_point", wording.starting_point(start)),
        ("started", f"{timefmt.format_stamp(started, lang)} \u2014 {started_by}"),
        ("policy_now", wording.policy(policy_now) + (
            f" ({wording.policy_settings(policy_now_settings)})" if policy_now_settings
            else "")),
        ("state", wording.state(status, open_removals, lang)),
    ]
    if alternatives:
        overview.append(("alternatives", alternatives))
    overview_rows = [_row([f"<b>{_E(wording.label(k))}</b>", _E(v)]) for k, v in overview]
    if audit_head:
        overview_rows.append(_row([
            f"<b>{_E(wording.label('audit_head'))}</b>",
            f'<span class="mono">{_E(audit_head)}</span><br/><span class="small">'
            f"{_E(wording.label('audit_head_hint'))}</span>"]))
    template = templates.read("procedure/protocol.html", lang)
    return templates.fill(template, {
        "title": wording.label("title"),
        "device_name": device.name,
        "printed_at": timefmt.format_stamp(printed_at, lang),
        "route_letter": ROUTE_LETTERS.get(route, "") if route else "",
    }, raw={
        "overview": _table(overview_rows),
        "findings": _findings(status.findings(), lang),
        "steps": _steps_table(records, lang),
        "timeline": _timeline(records, lang),
        "exports": _exports(records, exports, lang),
    })
