"""The business's own details, as the documents need them: which are missing for a
document, in words, and saving them.

The details are ordinary settings (``settings.DEFAULTS``: ``company.*`` and ``dpo.*``),
saved through ``services.preferences`` (checked and audited like every change). Each
document names the details it needs (``NEEDS``); the front ends ask for the missing ones
before they write it — the desktop app in a form, the command line in a sentence with
the command that sets each one — and never show a settings key to a person who did not
type one. A business without a data-protection officer says so (``dpo.none``); its
documents then need no officer's name.
"""

from __future__ import annotations

from contactvault import settings
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP, translate

PROTOCOL = "protocol"  # the procedure's protocol
NOTICE = "notice"  # the information notice (its template's Required: line decides)
REVOCATION = "revocation"  # the revocation confirmation
RECORDS = "records"  # the Art. 30 record, the staff rules, the lost-phone report

# The details in the order the form shows them.
FIELDS = ("company.name", "company.address", "company.responsible", "company.contact",
          "company.privacy_url", "dpo.name", "dpo.contact")
DPO_FIELDS = ("dpo.name", "dpo.contact")

NEEDS = {
    PROTOCOL: ("company.name",),
    RECORDS: ("company.name", "company.address", "company.contact", "dpo.name",
              "dpo.contact"),
}

# Each detail in words, as a sentence names it ("Es fehlt: Firmenname").
LABELS = {
    "company.name": QT_TRANSLATE_NOOP("Company", "company name"),
    "company.address": QT_TRANSLATE_NOOP("Company", "postal address of the business"),
    "company.responsible": QT_TRANSLATE_NOOP("Company", "person responsible"),
    "company.contact": QT_TRANSLATE_NOOP("Company", "contact for data-protection questions"),
    "company.privacy_url": QT_TRANSLATE_NOOP("Company", "web address of the privacy policy"),
    "dpo.name": QT_TRANSLATE_NOOP("Company", "name of the data-protection officer"),
    "dpo.contact": QT_TRANSLATE_NOOP("Company", "contact of the data-protection officer"),
    "policy.implied_max_days": QT_TRANSLATE_NOOP("Company", "answer period in days"),
}

DOCUMENTS = {
    PROTOCOL: QT_TRANSLATE_NOOP("Company", "the protocol"),
    NOTICE: QT_TRANSLATE_NOOP("Company", "the information notice"),
    REVOCATION: QT_TRANSLATE_NOOP("Company", "the revocation confirmation"),
    RECORDS: QT_TRANSLATE_NOOP("Company", "the data-protection documents"),
}


def label(key: str) -> str:
    return translate("Company", LABELS.get(key, key))


def details(ctx: Context) -> dict:
    """The business's details as stored (every key of ``FIELDS`` and ``dpo.none``)."""
    with ctx.vault.reading() as conn:
        values = settings.all_settings(conn)
    return {k: values[k] for k in (*FIELDS, "dpo.none")}


def needed(document: str, values: dict) -> tuple[str, ...]:
    """The details ``document`` needs, given the settings ``values`` (the notice's from
    its template in force; no officer's details where none is appointed)."""
    if document in (NOTICE, REVOCATION):
        from contactvault.consent import notices
        from contactvault.services import consent

        if document == NOTICE:
            template = notices.load(notices.NOTICE, "de", consent.notice_variant(values))
        else:
            template = notices.load(notices.REVOCATION, "de")
        keys = template.required
    else:
        keys = NEEDS[document]
    if values.get("dpo.none"):
        keys = tuple(k for k in keys if k not in DPO_FIELDS)
    return tuple(keys)


def missing(ctx: Context, document: str) -> list[str]:
    """The details ``document`` needs that are still empty (settings keys, in the form's
    order)."""
    with ctx.vault.reading() as conn:
        values = settings.all_settings(conn)
    keys = needed(document, values)
    empty = [k for k in keys if _empty(values.get(k))]
    return sorted(empty, key=lambda k: FIELDS.index(k) if k in FIELDS else len(FIELDS))


def _empty(value) -> bool:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value <= 0
    return not str(value or "").strip()


def save(ctx: Context, values: dict) -> list[str]:
    """Store the details (only keys of ``FIELDS`` and ``dpo.none``); returns the keys
    that changed. Where no officer is appointed, the officer's fields are emptied."""
    from contactvault.services import preferences

    allowed = {*FIELDS, "dpo.none"}
    clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()
             if k in allowed}
    if clean.get("dpo.none"):
        clean.update({k: "" for k in DPO_FIELDS})
    return preferences.save_settings(ctx, clean)


MISSING_SENTENCE = QT_TRANSLATE_NOOP(
    "Company", "Missing for {document}: the {field}. Set it with: contactvault settings set "
               "{key} \"…\"")
NO_DPO_HINT = QT_TRANSLATE_NOOP(
    "Company", "Without a data-protection officer: contactvault settings set dpo.none true")


def missing_sentences(keys: list[str], document: str) -> list[str]:
    """One sentence per missing detail for the command line: the detail in words and the
    command that sets it (and, for an officer's detail, how to say there is none)."""
    what = translate("Company", DOCUMENTS.get(document, document))
    lines = [translate("Company", MISSING_SENTENCE).format(document=what, field=label(k),
                                                          key=k) for k in keys]
    if any(k in DPO_FIELDS for k in keys):
        lines.append(translate("Company", NO_DPO_HINT))
    return lines
