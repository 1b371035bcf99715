"""The access report (GDPR Art. 15) as an HTML document, for the PDF printer.

The long prose is in ``resources/templates/requests/<lang>/access.html`` (editable like
the procedure's templates); the tables are built here, their short labels translated.
Every value is escaped: a name like ``<b>`` stays text.
"""

from __future__ import annotations

import html
import json

from contactvault import timefmt
from contactvault.consent import notices
from contactvault.i18n import QT_TRANSLATE_NOOP, speaking, translate
from contactvault.procedure import templates

_CTX = "Request"
LABELS = {
    "title": QT_TRANSLATE_NOOP("Request", "Information under GDPR Art. 15"),
    "field": QT_TRANSLATE_NOOP("Request", "Field"),
    "value": QT_TRANSLATE_NOOP("Request", "Value"),
    "name": QT_TRANSLATE_NOOP("Request", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Request", "Organisation"),
    "job_title": QT_TRANSLATE_NOOP("Request", "Job title"),
    "category": QT_TRANSLATE_NOOP("Request", "Category"),
    "language": QT_TRANSLATE_NOOP("Request", "Language"),
    "emails": QT_TRANSLATE_NOOP("Request", "E-mail"),
    "addresses": QT_TRANSLATE_NOOP("Request", "Address"),
    "notes": QT_TRANSLATE_NOOP("Request", "Notes"),
    "created": QT_TRANSLATE_NOOP("Request", "Stored since"),
    "updated": QT_TRANSLATE_NOOP("Request", "Last changed"),
    "restricted": QT_TRANSLATE_NOOP("Request", "Processing restricted since"),
    "id": QT_TRANSLATE_NOOP("Request", "Contact id"),
    "number": QT_TRANSLATE_NOOP("Request", "Number"),
    "as_stored": QT_TRANSLATE_NOOP("Request", "As stored"),
    "type": QT_TRANSLATE_NOOP("Request", "Type"),
    "status": QT_TRANSLATE_NOOP("Request", "Status today"),
    "when": QT_TRANSLATE_NOOP("Request", "When"),
    "event": QT_TRANSLATE_NOOP("Request", "Event"),
    "basis": QT_TRANSLATE_NOOP("Request", "Legal basis, purpose, channel"),
    "evidence": QT_TRANSLATE_NOOP("Request", "Evidence"),
    "recorded": QT_TRANSLATE_NOOP("Request", "Recorded by, at"),
    "text": QT_TRANSLATE_NOOP("Request", "Text"),
    "phone": QT_TRANSLATE_NOOP("Request", "WhatsApp phone"),
    "shown": QT_TRANSLATE_NOOP("Request", "Name on the phone"),
    "received": QT_TRANSLATE_NOOP("Request", "Received"),
    "state": QT_TRANSLATE_NOOP("Request", "Now"),
    "old": QT_TRANSLATE_NOOP("Request", "Before"),
    "new": QT_TRANSLATE_NOOP("Request", "After"),
    "by": QT_TRANSLATE_NOOP("Request", "By"),
    "file": QT_TRANSLATE_NOOP("Request", "File, line, format"),
    "imported": QT_TRANSLATE_NOOP("Request", "Imported"),
    "original": QT_TRANSLATE_NOOP("Request", "Original record"),
    "entry": QT_TRANSLATE_NOOP("Request", "Entry"),
    "actor": QT_TRANSLATE_NOOP("Request", "Who"),
    "action": QT_TRANSLATE_NOOP("Request", "What"),
    "details": QT_TRANSLATE_NOOP("Request", "Details"),
    "none": QT_TRANSLATE_NOOP("Request", "none"),
    "with_notice": QT_TRANSLATE_NOOP("Request", "notice handed over with the request"),
}


def _l(key: str) -> str:
    return translate(_CTX, LABELS[key])


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    """Rows of already-escaped cells; '' for no rows."""
    if not rows:
        return f"<p>{_e(_l('none'))}</p>"
    head = "".join(
        f'<th width="{widths[i]}%">{_e(h)}</th>' if widths else f"<th>{_e(h)}</th>"
        for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"<tr>{head}</tr>{body}</table>")


def _pre(text: str) -> str:
    return _e(text).replace("\n", "<br/>")


def build_html(report: dict) -> str:
    lang = templates.language(report.get("language"))
    with speaking(lang):
        return _build(report, lang)


def _build(report: dict, lang: str) -> str:
    person = report["person"]

    def when(value: str | None) -> str:
        return _e(timefmt.format_stamp(value, lang)) if value else "\u2014"

    name = person["name"]
    structured = " ".join(v for v in (name["prefix"], name["given"], name["additional"],
                                      name["family"], name["suffix"]) if v)
    fields = [
        (_l("id"), _e(person["id"])),
        (_l("name"), _e(person["formatted_name"] or structured or person["display_name"])),
        (_l("organisation"), _e(person["organisation"])),
        (_l("job_title"), _e(person["title"])),
        (_l("category"), _e(person["category_text"])),
        (_l("language"), _e(person["language"])),
        (_l("emails"), "<br/>".join(_e(f"{m['value']} ({m['label']})" if m["label"]
                                       else m["value"]) for m in person["emails"])),
        (_l("addresses"), "<br/>".join(_e(", ".join(v for k, v in a.items()
                                                     if v and k != "label"))
                                       for a in person["addresses"])),
        (_l("notes"), "<br/>".join(_pre(n) for n in person["notes"])),
        (_l("created"), when(person["created_at"])),
        (_l("updated"), when(person["updated_at"])),
    ]
    if person.get("restricted_since"):
        fields.append((_l("restricted"), when(person["restricted_since"])))
    person_html = _table([_l("field"), _l("value")], [[_e(k), v] for k, v in fields], [30, 70])
    numbers = _table(
        [_l("number"), _l("as_stored"), _l("type"), _l("status")],
        [[_e(n["e164"] or "\u2014"), _e(n["raw"]), _e(n["type_text"]),
          f"{_e(n['status_text'])}<br/><span class=\"small\">{_e(n['reason'])}</span>"]
         for n in report["numbers"]], [20, 20, 15, 45])
    consent_rows = []
    for ev in report["consent_history"]:
        basis = ", ".join(x for x in (ev["basis_text"], ev["purpose_text"], ev["channel_text"])
                          if x)
        extra = []
        if ev["with_notice"]:
            extra.append(_l("with_notice"))
        if ev["notice_version"]:
            extra.append(notices.version_words(ev["notice_version"]))
        consent_rows.append([
            when(ev["occurred_at"]), _e(ev["number"]), _e(ev["kind_text"]),
            _e("; ".join([basis, *extra]) if extra else basis),
            "<br/>".join([_pre(ev["evidence"])] + [
                f'{_e(f["file_name"])} <span class="mono">({f["size"]} B, SHA-256 '
                f'{_e(f["sha256"][:16])}…)</span>' for f in ev.get("evidence_files", [])]),
            f"{_e(ev['recorded_by'])}<br/>{when(ev['recorded_at'])}"])
    consent = _table([_l("when"), _l("number"), _l("event"), _l("basis"), _l("evidence"),
                      _l("recorded")], consent_rows, [15, 14, 16, 20, 20, 15])
    texts = _table([_l("when"), _l("number"), _l("text")],
                   [[when(t["sent_at"]), _e(t["number"]), _pre(t["text"] or t["template"])]
                    for t in report["texts_sent"]], [18, 17, 65])
    phones = _table([_l("phone"), _l("number"), _l("shown"), _l("received"), _l("state")],
                    [[_e(p["device"]), _e(p["number"]), _e(p["shown_name"]),
                      when(p["exported_at"]), _e(p["state"])] for p in report["phones"]],
                    [18, 17, 20, 20, 25])
    corrections = _table([_l("when"), _l("old"), _l("new"), _l("by")],
                         [[when(c["corrected_at"]), _e(c["old_raw"]), _e(c["new_raw"]),
                           _e(c["corrected_by"])] for c in report["number_corrections"]],
                         [20, 30, 30, 20])
    records = _table([_l("file"), _l("imported"), _l("original")],
                     [[_e(f"{r['file']}, {r['line']}, {r['format']}"), when(r["imported_at"]),
                       f'<span class="mono">{_pre(r["original_text"])}</span>']
                      for r in report["original_records"]], [20, 15, 65])
    audit_rows = [[_e(a["seq"]), when(a["at"]), _e(a["actor"]), _e(a["action"]),
                   f'<span class="mono">{_e(json.dumps(a["details"], ensure_ascii=False))}'
                   "</span>"] for a in report["audit_entries"]]
    audit_html = _table([_l("entry"), _l("when"), _l("actor"), _l("action"), _l("details")],
                        audit_rows, [8, 17, 15, 15, 45])
    template = templates.read("requests/access.html", lang)
    return templates.fill(template, {
        "title": _l("title"), "name": person["display_name"],
        "controller": report["controller"] or "\u2014",
        "printed_at": timefmt.format_stamp(report["printed_at"], lang),
        "printed_by": report["printed_by"], "audit_head": report["audit_head"],
        "whatsapp": report["whatsapp"]["text"],
    }, raw={"person": person_html, "numbers": numbers, "consent": consent, "texts": texts,
            "phones": phones, "corrections": corrections, "records": records,
            "audit": audit_html})
