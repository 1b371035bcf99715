"""The protocol of one procedure run, as HTML (the GUI's printer turns it into a PDF).

Everything comes from the record: the steps in the order they were recorded (redos
included), the figures they produced, the export handed to the phone (file hash,
number count, policy), and the findings about the order. Texts come from the
language's ``procedure/labels.json`` and ``procedure/protocol.html`` templates; every
value is escaped.
"""

from __future__ import annotations

import html
import json
from datetime import datetime

from contactvault import clock
from contactvault.procedure import templates
from contactvault.procedure.steps import (
    ORDER,
    ROUTE_LETTERS,
    Finding,
    Outcome,
    Step,
    StepRecord,
    latest,
)

_E = html.escape


def when(text: str, lang: str) -> str:
    """A stored UTC time as local time, with the zone, in the document's style."""
    try:
        moment: datetime = clock.parse_iso(text).astimezone()
    except (TypeError, ValueError):
        return text
    pattern = "%d.%m.%Y %H:%M:%S" if lang == "de" else "%Y-%m-%d %H:%M:%S"
    zone = moment.strftime("%Z") or moment.strftime("%z")
    return f"{moment.strftime(pattern)} {zone}".strip()


def _label(labels: dict, key: str, **values: object) -> str:
    """A label with its {placeholders} filled; label and values both escaped."""
    text = _E(labels.get(key, key))
    try:
        return text.format(**{k: _E(str(v)) for k, v in values.items()})
    except (KeyError, IndexError, ValueError):
        return text


def figures_text(record: StepRecord, labels: dict, lang: str) -> str:
    """What a step produced, in one or two sentences."""
    f = record.figures
    s = record.step
    if record.outcome is Outcome.SKIPPED:
        return _label(labels, f"skipped_{s.value}")
    if s is Step.PROFILE:
        return _label(labels, "fig_profile",
                      starting_point=labels.get(f"start_{f.get('starting_point')}", ""),
                      route=labels.get(f"route_{f.get('route')}", ""))
    if s is Step.EXPORT_PHONE:
        return _label(labels, "fig_export_phone", files=f.get("files", 0))
    if s is Step.IMPORT:
        text = _label(labels, "fig_import", **{k: f.get(k, 0) for k in (
            "phone_count", "records_read", "imported", "merged", "unchanged", "skipped",
            "vault_contacts")})
        if f.get("difference"):
            text += " " + _label(labels, "fig_import_difference",
                                 difference=f["difference"])
        return text
    if s is Step.CLASSIFY:
        return _label(labels, "fig_classify", business=f.get("business", 0),
                      private=f.get("private", 0), unclassified=f.get("unclassified", 0))
    if s is Step.CLEAR:
        parts = [_label(labels, f"whatsapp_action_{f.get('whatsapp_action')}")]
        parts.append(_label(labels, "fig_clear_contacts_yes" if f.get("phone_contacts_deleted")
                            else "fig_clear_contacts_no"))
        if f.get("access_limited"):
            parts.append(_label(labels, "fig_clear_access_limited"))
        parts.append(_label(labels, "fig_clear_cloud_yes" if f.get("cloud_checked")
                            else "fig_clear_cloud_no"))
        return " ".join(parts)
    if s is Step.INSTALL:
        return _label(labels, "fig_install", app=labels.get(f"app_{f.get('app')}", ""))
    if s is Step.TRANSFER:
        return _label(labels, "fig_transfer", count=f.get("count", 0),
                      format=labels.get(f"format_{f.get('format')}", f.get("format", "")))
    if s is Step.DONE:
        text = _label(labels, "fig_done_yes" if f.get("imported_on_phone") else "fig_done_no")
        if "phone_count_after" in f:
            text += " " + _label(labels, "fig_done_count", count=f["phone_count_after"],
                                 transferred=f.get("transferred", 0))
        return text
    return ""


def _row(cells: list[str], header: bool = False) -> str:
    tag = "th" if header else "td"
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def _steps_table(records: list[StepRecord], labels: dict, lang: str) -> str:
    rows = ["<tr>" + "".join(
        f'<th width="{w}">{_E(labels[k])}</th>' for k, w in (
            ("col_no", "5%"), ("col_step", "18%"), ("col_result", "13%"), ("col_time", "14%"),
            ("col_actor", "10%"), ("col_figures", "40%"))) + "</tr>"]
    for record in records:
        number = ORDER.index(record.step) + 1
        result = _E(labels[f"outcome_{record.outcome.value}"])
        if record.attempt > 1:
            result += " " + _label(labels, "redo", attempt=record.attempt)
        figures = figures_text(record, labels, lang)
        if record.note:
            figures += "<br/><i>" + _E(labels["note"]) + ":</i> " + _E(record.note)
        rows.append(_row([str(number), _E(labels[f"step_{record.step.value}"]), result,
                          _E(when(record.recorded_at, lang)), _E(record.actor), figures]))
    missing = [s for s in ORDER if latest(records, s) is None]
    for step in missing:
        rows.append(_row([str(ORDER.index(step) + 1), _E(labels[f"step_{step.value}"]),
                          "<b>" + _E(labels["outcome_open"]) + "</b>", "", "", ""]))
    return _table(rows)


def _table(rows: list[str]) -> str:
    return ('<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">'
            + "".join(rows) + "</table>")


def _timeline(records: list[StepRecord], labels: dict, lang: str) -> str:
    rows = [_row([_E(labels["col_time"]), _E(labels["col_event"]), _E(labels["col_actor"])],
                 header=True)]
    profile = next((r for r in records if r.step is Step.PROFILE), None)
    if profile is not None and any(r.figures.get("whatsapp_was_installed")
                                   for r in records if r.step is Step.PROFILE):
        rows.append(_row([_E(when(profile.recorded_at, lang)),
                          "<b>" + _E(labels["event_whatsapp_already"]) + "</b>",
                          _E(profile.actor)]))
    for record in records:
        if record.step in (Step.CLEAR, Step.INSTALL, Step.TRANSFER):
            event = _E(labels[f"event_{record.step.value}"])
            if record.attempt > 1:
                event += " " + _label(labels, "redo", attempt=record.attempt)
            rows.append(_row([_E(when(record.recorded_at, lang)), event, _E(record.actor)]))
    return _table(rows)


def _findings(found, labels: dict, lang: str) -> str:
    if not found:
        return "<p>" + _E(labels["findings_none"]) + "</p>"
    items = []
    for item in found:
        text = _label(labels, f"finding_{item.finding.value}",
                      at=when(item.at, lang), **{k: v for k, v in item.figures.items()})
        serious = item.finding in (Finding.WHATSAPP_BEFORE_SECURING,
                                   Finding.CLEARED_AGAIN_AFTER_INSTALL,
                                   Finding.INSTALLED_BEFORE_CLEAR,
                                   Finding.TRANSFER_BEFORE_CLEAR)
        items.append(f'<li>{"<b>" if serious else ""}{text}{"</b>" if serious else ""}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def _policy_settings_text(parsed: dict, labels: dict) -> str:
    """The policy's periods in words (the mode itself is named by the policy label)."""
    parts = []
    for key in ("reconfirm_months", "implied_max_days"):
        value = parsed.get(key)
        if isinstance(value, int) and value > 0:
            parts.append(labels.get(f"policy_setting_{key}", key + " {value}").format(
                value=value))
    return "; ".join(parts) if parts else labels.get("policy_setting_none", "")


def _exports(records: list[StepRecord], exports: dict, labels: dict, lang: str) -> str:
    transfers = [r for r in records if r.step is Step.TRANSFER]
    if not transfers:
        return "<p>" + _E(labels["export_none"]) + "</p>"
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
        settings_line = _policy_settings_text(parsed, labels)
        pairs = [
            (labels["export_time"], when(record.recorded_at, lang)),
            (labels["export_format"], labels.get(f"format_{f.get('format')}",
                                                 str(f.get("format", "")))),
            (labels["export_file"], str(f.get("file_name", ""))),
            (labels["export_count"], str(row.get("number_count", f.get("count", "")))),
            (labels["export_sha256"], str(row.get("file_sha256") or f.get("sha256", ""))),
            (labels["export_policy"], labels.get(f"policy_{policy}", policy) +
             (f" ({settings_line})" if settings_line else "")),
            (labels["export_id"], str(f.get("export_id") or "\u2014")),
        ]
        rows = [_row([f"<b>{_E(k)}</b>", f'<span class="mono">{_E(v)}</span>'
                      if k == labels["export_sha256"] else _E(v)]) for k, v in pairs]
        blocks.append(_table(rows))
    return "<br/>".join(blocks)


def build_html(status, *, company: str, policy_now: str, exports: dict, lang: str,
               printed_at: str) -> str:
    lang = templates.language(lang)
    labels = templates.labels(lang)
    records: list[StepRecord] = status.records
    device = status.device
    route = status.route
    start = status.starting_point
    overview = [
        (labels["company"], company or labels["company_unset"]),
        (labels["device"], device.name),
        (labels["owner"], device.owner or "\u2014"),
        (labels["device_number"], device.phone_number or "\u2014"),
        (labels["platform"], labels.get(f"platform_{device.platform}", device.platform)),
        (labels["route"], labels.get(f"route_{route.value}", "") if route else "\u2014"),
        (labels["starting_point"], labels.get(f"start_{start.value}", "") if start else "\u2014"),
        (labels["started"], f"{when(status.run.started_at, lang)} \u2014 {status.run.started_by}"),
        (labels["policy_now"], labels.get(f"policy_{policy_now}", policy_now)),
        (labels["state"], labels["state_done"] if status.completed else labels["state_open"]),
    ]
    overview_rows = [_row([f"<b>{_E(k)}</b>", _E(v)]) for k, v in overview]
    template = templates.read("procedure/protocol.html", lang)
    return templates.fill(template, {
        "title": labels["title"],
        "device_name": device.name,
        "printed_at": when(printed_at, lang),
        "route_letter": ROUTE_LETTERS.get(route, "") if route else "",
    }, raw={
        "overview": _table(overview_rows),
        "findings": _findings(status.findings(), labels, lang),
        "steps": _steps_table(records, labels, lang),
        "timeline": _timeline(records, labels, lang),
        "exports": _exports(records, exports, labels, lang),
    })
