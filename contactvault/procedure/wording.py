"""The short texts of the procedure's documents, in the one Qt catalogue.

Headings, column names, outcomes, what each step produced and the findings about the
order: marked here with ``QT_TRANSLATE_NOOP("Procedure", …)`` so that lupdate extracts
them and tests/gui/test_translations.py checks the German; counts use plural forms.
Each function answers in the current language: a document is built inside
``i18n.speaking(lang)``, so its words follow the document, not the interface. The
wizard's titles stay in steps.py; a protocol states steps, starting points and routes
in its own words ("Done", not "Done: summary and protocol"; each route described).
"""

from __future__ import annotations

from contactvault import timefmt
from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n
from contactvault.procedure.steps import (
    ORDER,
    Finding,
    OrderFinding,
    Outcome,
    Route,
    StartingPoint,
    Step,
    StepRecord,
)

CONTEXT = "Procedure"

LABELS = {
    "title": QT_TRANSLATE_NOOP(
        "Procedure", "Protocol: secure contacts first, then install WhatsApp"),
    "company": QT_TRANSLATE_NOOP("Procedure", "Company"),
    "company_unset": QT_TRANSLATE_NOOP("Procedure", "(not given)"),
    "company_responsible": QT_TRANSLATE_NOOP("Procedure", "Responsible at the business"),
    "device": QT_TRANSLATE_NOOP("Procedure", "WhatsApp phone"),
    "owner": QT_TRANSLATE_NOOP("Procedure", "Responsible for the phone"),
    "device_number": QT_TRANSLATE_NOOP("Procedure", "Phone's own number"),
    "platform": QT_TRANSLATE_NOOP("Procedure", "Operating system"),
    "route": QT_TRANSLATE_NOOP("Procedure", "Route taken"),
    "starting_point": QT_TRANSLATE_NOOP("Procedure", "Starting point"),
    "started": QT_TRANSLATE_NOOP("Procedure", "Started at / by"),
    "policy_now": QT_TRANSLATE_NOOP("Procedure", "Consent policy (current)"),
    "alternatives": QT_TRANSLATE_NOOP("Procedure", "Threema or Signal instead of WhatsApp"),
    "state": QT_TRANSLATE_NOOP("Procedure", "State"),
    "audit_head": QT_TRANSLATE_NOOP("Procedure", "Audit trail when printed (entries:hash)"),
    "audit_head_hint": QT_TRANSLATE_NOOP(
        "Procedure", "Keep this line. contactvault audit verify --expect with it shows later "
                     "whether the record was shortened or rewritten since."),
    "col_no": QT_TRANSLATE_NOOP("Procedure", "No."),
    "col_step": QT_TRANSLATE_NOOP("Procedure", "Step"),
    "col_result": QT_TRANSLATE_NOOP("Procedure", "Result"),
    "col_time": QT_TRANSLATE_NOOP("Procedure", "Time"),
    "col_actor": QT_TRANSLATE_NOOP("Procedure", "By"),
    "col_figures": QT_TRANSLATE_NOOP("Procedure", "Figures"),
    "col_event": QT_TRANSLATE_NOOP("Procedure", "Event"),
    "note": QT_TRANSLATE_NOOP("Procedure", "Note"),
    "outcome_open": QT_TRANSLATE_NOOP("Procedure", "open"),
    "findings_none": QT_TRANSLATE_NOOP(
        "Procedure", "No departures from the order “secure first, then install”."),
    "event_whatsapp_already": QT_TRANSLATE_NOOP(
        "Procedure", "WhatsApp already installed (starting point)"),
    "export_none": QT_TRANSLATE_NOOP("Procedure", "Nothing has been handed to the phone yet."),
    "export_time": QT_TRANSLATE_NOOP("Procedure", "Time"),
    "export_format": QT_TRANSLATE_NOOP("Procedure", "Form"),
    "export_file": QT_TRANSLATE_NOOP("Procedure", "File"),
    "export_count": QT_TRANSLATE_NOOP("Procedure", "Numbers"),
    "export_sha256": QT_TRANSLATE_NOOP("Procedure", "File checksum (SHA-256)"),
    "export_policy": QT_TRANSLATE_NOOP("Procedure", "Consent policy at export"),
    "export_id": QT_TRANSLATE_NOOP("Procedure", "Export no. in the vault"),
    "policy_setting_none": QT_TRANSLATE_NOOP("Procedure", "no expiry periods"),
    "purpose_service": QT_TRANSLATE_NOOP("Procedure", "purpose: service communication"),
    "purpose_advertising": QT_TRANSLATE_NOOP(
        "Procedure", "purpose: advertising (explicit consent to advertising only)"),
    "bases_consent_only": QT_TRANSLATE_NOOP(
        "Procedure", "only consent and employees' own business numbers count"),
    "basis_contract_allowed": QT_TRANSLATE_NOOP(
        "Procedure", "contract (Art. 6(1)(b) GDPR) allowed by the data-protection officer"),
    "basis_li_allowed": QT_TRANSLATE_NOOP(
        "Procedure", "legitimate interest (Art. 6(1)(f) GDPR) allowed by the "
                     "data-protection officer"),
}

STEP_NAMES = {
    Step.PROFILE: QT_TRANSLATE_NOOP("Procedure", "Phone and starting point"),
    Step.EXPORT_PHONE: QT_TRANSLATE_NOOP("Procedure", "Export the phone's contacts"),
    Step.IMPORT: QT_TRANSLATE_NOOP("Procedure", "Import into the vault, compare counts"),
    Step.CLASSIFY: QT_TRANSLATE_NOOP("Procedure", "Mark private and business contacts"),
    Step.CLEAR: QT_TRANSLATE_NOOP("Procedure", "Clear the phone"),
    Step.INSTALL: QT_TRANSLATE_NOOP("Procedure", "Install WhatsApp"),
    Step.TRANSFER: QT_TRANSLATE_NOOP("Procedure", "Transfer the consented contacts"),
    Step.DONE: QT_TRANSLATE_NOOP("Procedure", "Done"),
}

# As the protocol states them (the wizard's choices are steps.STARTING_POINT_TITLES).
STARTING_POINTS = {
    StartingPoint.NEW_PHONE: QT_TRANSLATE_NOOP(
        "Procedure", "new phone without contacts and without WhatsApp"),
    StartingPoint.WHATSAPP_INSTALLED: QT_TRANSLATE_NOOP(
        "Procedure", "WhatsApp was already installed"),
    StartingPoint.HAS_CONTACTS: QT_TRANSLATE_NOOP(
        "Procedure", "phone with contacts, WhatsApp not installed"),
}

PLATFORMS = {
    "android": QT_TRANSLATE_NOOP("Procedure", "Android"),
    "ios": QT_TRANSLATE_NOOP("Procedure", "iOS (iPhone)"),
    "other": QT_TRANSLATE_NOOP("Procedure", "other"),
}

# The long form of each route, for the protocol (the titles are steps.ROUTE_TITLES).
ROUTE_DESCRIPTIONS = {
    Route.DEDICATED: QT_TRANSLATE_NOOP(
        "Procedure", "A – dedicated WhatsApp phone: its address book holds only the exported "
                     "consented contacts"),
    Route.SELECTED: QT_TRANSLATE_NOOP(
        "Procedure", "B – selected contacts only: WhatsApp may read only contacts picked by "
                     "hand"),
    Route.NO_ADDRESS_BOOK: QT_TRANSLATE_NOOP(
        "Procedure", "C – no address book at all: click-to-chat links and QR codes, no "
                     "contacts on the phone"),
}

POLICIES = {
    "standard": QT_TRANSLATE_NOOP(
        "Procedure", "standard (explicit consent, or implied consent by conduct after the "
                     "notice)"),
    "strict": QT_TRANSLATE_NOOP("Procedure", "strict (explicit consent only)"),
}

OUTCOMES = {
    Outcome.DONE: QT_TRANSLATE_NOOP("Procedure", "done"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("Procedure", "skipped"),
}

SKIPPED = {
    Step.EXPORT_PHONE: QT_TRANSLATE_NOOP("Procedure", "Skipped: new phone without contacts."),
    Step.IMPORT: QT_TRANSLATE_NOOP("Procedure", "Skipped: there was nothing to import."),
}

EVENTS = {
    Step.CLEAR: QT_TRANSLATE_NOOP("Procedure", "Phone cleared (confirmed)"),
    Step.INSTALL: QT_TRANSLATE_NOOP("Procedure", "WhatsApp installed"),
    Step.TRANSFER: QT_TRANSLATE_NOOP("Procedure", "Consented contacts transferred"),
}

WHATSAPP_ACTIONS = {
    "not_installed": QT_TRANSLATE_NOOP("Procedure", "WhatsApp was not installed."),
    "contacts_access_revoked": QT_TRANSLATE_NOOP(
        "Procedure", "WhatsApp's access to the contacts was revoked."),
    "account_deleted": QT_TRANSLATE_NOOP("Procedure", "The WhatsApp account was deleted."),
    "app_removed": QT_TRANSLATE_NOOP("Procedure", "The WhatsApp app was removed."),
}

APPS = {
    "whatsapp": QT_TRANSLATE_NOOP("Procedure", "WhatsApp"),
    "whatsapp_business": QT_TRANSLATE_NOOP("Procedure", "WhatsApp Business"),
}

FORMATS = {
    "vcard": QT_TRANSLATE_NOOP("Procedure", "vCard file"),
    "selection": QT_TRANSLATE_NOOP("Procedure", "selection list"),
    "links": QT_TRANSLATE_NOOP("Procedure", "links and QR code sheet"),
    "carddav": QT_TRANSLATE_NOOP("Procedure", "CardDAV address book"),
}

# {at}: when it showed; the unclassified count has its own plural message below.
FINDINGS = {
    Finding.WHATSAPP_BEFORE_SECURING: QT_TRANSLATE_NOOP(
        "Procedure", "WhatsApp was already installed while the phone still held other contacts "
                     "(recorded at {at}). Numbers WhatsApp uploaded in that time cannot be "
                     "recalled; deleting them later does not undo the upload."),
    Finding.CLEARED_AGAIN_AFTER_INSTALL: QT_TRANSLATE_NOOP(
        "Procedure", "The phone was cleared again at {at}, after WhatsApp had been installed: it "
                     "held contacts again that WhatsApp could read."),
    Finding.INSTALLED_BEFORE_CLEAR: QT_TRANSLATE_NOOP(
        "Procedure", "WhatsApp was installed at {at}, before clearing the phone was confirmed."),
    Finding.TRANSFER_BEFORE_CLEAR: QT_TRANSLATE_NOOP(
        "Procedure", "Contacts were transferred at {at}, before clearing the phone was "
                     "confirmed."),
    Finding.CONTACTS_KEPT_ON_PHONE: QT_TRANSLATE_NOOP(
        "Procedure", "The contacts stayed on the phone (route B, recorded at {at}); WhatsApp may "
                     "read only the selected ones. A single “allow full access” hands over all "
                     "of them."),
    Finding.COUNT_DIFFERENCE: QT_TRANSLATE_NOOP(
        "Procedure", "The count on the phone differed by {difference} from the exported file "
                     "(recorded at {at})."),
}

# Findings that mean numbers may have reached WhatsApp unwanted: shown in bold.
SERIOUS = frozenset({Finding.WHATSAPP_BEFORE_SECURING, Finding.CLEARED_AGAIN_AFTER_INSTALL,
                     Finding.INSTALLED_BEFORE_CLEAR, Finding.TRANSFER_BEFORE_CLEAR})


def _n(text: str, n: int) -> str:
    return translate_n(CONTEXT, text, n)


def label(key: str) -> str:
    return translate(CONTEXT, LABELS[key])


def _pick(table: dict, key, fallback: str = "\u2014") -> str:
    """A translated entry of ``table``; an unknown key shows as a dash, never as a code."""
    text = table.get(key)
    return translate(CONTEXT, text) if text else fallback


def platform(code: str) -> str:
    return _pick(PLATFORMS, code, _pick(PLATFORMS, "other"))


def route(value: Route | str | None) -> str:
    return _pick(ROUTE_DESCRIPTIONS, _member(Route, value))


def starting_point(value: StartingPoint | str | None) -> str:
    return _pick(STARTING_POINTS, _member(StartingPoint, value))


def _member(kind, value):
    try:
        return kind(value) if value else None
    except ValueError:  # a code from an older record: shown as a dash, never as the code
        return None


def step_title(step: Step) -> str:
    return translate(CONTEXT, STEP_NAMES[step])


def outcome(value: Outcome) -> str:
    return translate(CONTEXT, OUTCOMES[value])


def event(step: Step) -> str:
    return translate(CONTEXT, EVENTS[step])


def policy(code: str) -> str:
    return _pick(POLICIES, code, code or "\u2014")


def export_format(code: str | None) -> str:
    return _pick(FORMATS, code, code or "\u2014")


def redo(attempt: int) -> str:
    return translate("Procedure", "(redone, attempt {attempt})").format(attempt=attempt)


def policy_settings(settings: dict) -> str:
    """The policy's settings in words (the mode itself is named by ``policy``): the
    answer period, the re-confirmation age, the purpose and which legal bases count.
    Keys an older export did not record are left out rather than guessed."""
    parts = []
    days = settings.get("implied_max_days")
    if isinstance(days, int) and days > 0:
        parts.append(_n(QT_TRANSLATE_NOOP(
            "Procedure", "answer period for implied consent: %n day(s)", None, 1), days))
    months = settings.get("reconfirm_months")
    if isinstance(months, int) and months > 0:
        parts.append(_n(QT_TRANSLATE_NOOP(
            "Procedure", "consent to be reconfirmed after %n month(s)", None, 1), months))
    purpose = settings.get("purpose")
    if purpose in ("service", "advertising"):
        parts.append(label(f"purpose_{purpose}"))
    if "allow_contract" in settings:
        allowed = [label(key) for key, name in (("basis_contract_allowed", "allow_contract"),
                                                ("basis_li_allowed", "allow_legitimate_interest"))
                   if settings.get(name) is True]
        parts.extend(allowed or [label("bases_consent_only")])
    return "; ".join(parts) if parts else label("policy_setting_none")


def finding_text(found: OrderFinding, language: str | None = None) -> str:
    """One finding as a sentence, its time shown to the second with the offset."""
    at = timefmt.format_stamp(found.at, language)
    if found.finding is Finding.UNCLASSIFIED_LEFT:
        return _n(QT_TRANSLATE_NOOP(
            "Procedure", "%n contact(s) still unclassified (recorded at {at}).", None, 1),
            _int(found.figures.get("unclassified"))).format(at=at)
    return translate(CONTEXT, FINDINGS[found.finding]).format(
        at=at, difference=_int(found.figures.get("difference")))


STATE_OPEN = QT_TRANSLATE_NOOP(
    "Procedure", "not completed yet: step {number} of {total} ({step}) is open")
STATE_DONE = QT_TRANSLATE_NOOP("Procedure", "completed on {at} by {actor}")
STATE_REMOVALS_OPEN = QT_TRANSLATE_NOOP(
    "Procedure", "not completed: the end was confirmed, but %n number(s) must still be "
                 "deleted from the phone", None, 1)


def state(status, open_removals: int = 0, language: str | None = None, *,
          to_the_second: bool = True) -> str:
    """Where a run stands, as the protocol and the phone's view say it: the step that is
    open (of how many), or when and by whom the end was confirmed. ``status`` is a
    ``services.procedure.ProcedureStatus``; ``open_removals``: numbers still to delete
    from the phone (the run counts as completed only without)."""
    done = status.latest(Step.DONE)
    if done is None:
        step = status.next_step or Step.DONE
        return translate(CONTEXT, STATE_OPEN).format(
            number=ORDER.index(step) + 1, total=len(ORDER), step=step_title(step))
    if open_removals:
        return _n(STATE_REMOVALS_OPEN, open_removals)
    shown = timefmt.format_stamp if to_the_second else timefmt.format_time
    return translate(CONTEXT, STATE_DONE).format(at=shown(done.recorded_at, language),
                                                 actor=done.actor)


def figures_text(record: StepRecord) -> str:
    """What a step produced, in one or two sentences (plain text)."""
    f = record.figures
    s = record.step
    if record.outcome is Outcome.SKIPPED:
        return _pick(SKIPPED, s, outcome(Outcome.SKIPPED))
    if s is Step.PROFILE:
        return translate("Procedure", "Starting point: {starting_point}. Route: {route}.").format(
            starting_point=starting_point(f.get("starting_point")), route=route(f.get("route")))
    if s is Step.EXPORT_PHONE:
        if _int(f.get("files")):
            return _n(QT_TRANSLATE_NOOP("Procedure", "%n export file(s).", None, 1),
                      _int(f.get("files")))
        # The desktop app only confirms the export here; the files are chosen in step 3.
        return translate("Procedure", "Confirmed: the phone's contacts were exported to a "
                                      "file on this computer.")
    if s is Step.IMPORT:
        return _import_text(f)
    if s is Step.CLASSIFY:
        return translate("Procedure", "Business: {business}, private: {private}, not yet "
                                      "classified: {unclassified}.").format(
            business=_int(f.get("business")), private=_int(f.get("private")),
            unclassified=_int(f.get("unclassified")))
    if s is Step.CLEAR:
        return _clear_text(f)
    if s is Step.INSTALL:
        return translate("Procedure", "Installed: {app}.").format(app=_pick(APPS, f.get("app")))
    if s is Step.TRANSFER:
        return _n(QT_TRANSLATE_NOOP(
            "Procedure", "%n consented number(s) handed over ({format}).", None, 1),
            _int(f.get("count"))).format(format=export_format(f.get("format")))
    if s is Step.DONE:
        return _done_text(f)
    return ""


def _import_text(f: dict) -> str:
    files = _n(QT_TRANSLATE_NOOP("Procedure", "%n file(s) imported.", None, 1),
               _int(f.get("files"))) + " " if _int(f.get("files")) else ""
    shown = files + _n(QT_TRANSLATE_NOOP("Procedure", "The phone showed %n contact(s).", None, 1),
               _int(f.get("phone_count")))
    read = _n(QT_TRANSLATE_NOOP(
        "Procedure", "Read: %n record(s); {imported} new, {merged} merged into an existing "
                     "contact (duplicates), {unchanged} already in the vault, {skipped} "
                     "unreadable. Contacts in the vault afterwards: {vault_contacts}.", None, 1),
        _int(f.get("records_read"))).format(
        **{k: _int(f.get(k)) for k in ("imported", "merged", "unchanged", "skipped",
                                       "vault_contacts")})
    text = f"{shown} {read}"
    if f.get("difference"):
        text += " " + translate("Procedure", "Difference between phone and file: {difference}."
                                ).format(difference=_int(f.get("difference")))
    return text


def _clear_text(f: dict) -> str:
    parts = [_pick(WHATSAPP_ACTIONS, f.get("whatsapp_action"), "")]
    parts.append(translate("Procedure", "The contacts were deleted from the phone.")
                 if f.get("phone_contacts_deleted")
                 else translate("Procedure", "The contacts were not deleted from the phone."))
    if f.get("access_limited"):
        parts.append(translate("Procedure", "WhatsApp may read selected contacts only (route B)."))
    parts.append(translate("Procedure", "The cloud account the phone syncs contacts with was "
                                        "checked or cleared.") if f.get("cloud_checked")
                 else translate("Procedure", "The cloud account was not checked."))
    return " ".join(p for p in parts if p)


def _done_text(f: dict) -> str:
    text = translate("Procedure", "Confirmed: the transferred contacts are on the phone.") \
        if f.get("imported_on_phone") \
        else translate("Procedure", "Not confirmed that the contacts are on the phone.")
    if "phone_count_after" in f:
        text += " " + _n(QT_TRANSLATE_NOOP(
            "Procedure", "The phone shows %n contact(s); transferred: {transferred}.", None, 1),
            _int(f.get("phone_count_after"))).format(transferred=_int(f.get("transferred")))
    return text


def _int(value) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
