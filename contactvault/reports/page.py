"""The frame every DPO document shares: title, company, when it was printed and the audit
trail's head (which a later ``audit verify --expect`` checks), then the body."""

from __future__ import annotations

import html

from contactvault.i18n import QT_TRANSLATE_NOOP, translate

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #000000; }
h1 { font-size: 14pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 12pt; margin-bottom: 4pt; }
table.grid { border-collapse: collapse; border-color: #777777; }
th { background-color: #e6e6e6; text-align: left; font-weight: bold; }
td, th { vertical-align: top; }
.small { font-size: 7.5pt; color: #444444; }
.mono { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 7pt; }
.alert { color: #b00020; font-weight: bold; }
.dense { font-size: 6.5pt; }
"""

_PRINTED = QT_TRANSLATE_NOOP("Reports", "{company} · printed on {time} by {actor}")
_HEAD = QT_TRANSLATE_NOOP(
    "Reports", "Audit trail head at printing: {head} (check it later with "
               "'contactvault audit verify --expect {head}')")
_TEMPLATE = QT_TRANSLATE_NOOP("Reports", "Template: {version}")
_POLICY = QT_TRANSLATE_NOOP("Reports", "Consent policy in force: {policy}")


def document(title: str, body: str, *, company: str, printed_at: str, actor: str,
             audit_head: str, template_version: str = "", policy: str = "") -> str:
    """A whole HTML document; ``body`` is HTML built with escaped values. ``policy``: the
    consent policy in force, in sentences (``PolicySettings.describe``)."""
    e = html.escape
    meta = translate("Reports", _PRINTED).format(company=company or "–", time=printed_at,
                                                 actor=actor)
    head = translate("Reports", _HEAD).format(head=audit_head or "–")
    version = translate("Reports", _TEMPLATE).format(version=template_version) \
        if template_version else ""
    in_force = f'<p class="small">{e(translate("Reports", _POLICY).format(policy=policy))}' \
        "</p>" if policy else ""
    return (f'<html><head><meta charset="utf-8"/><title>{e(title)}</title>'
            f"<style>{STYLE}</style></head><body>"
            f"<h1>{e(title)}</h1><p class=\"small\">{e(meta)}</p>"
            f"<p class=\"small mono\">{e(head)}</p>{in_force}{body}"
            f"<p class=\"small\">{e(version)}</p></body></html>")
