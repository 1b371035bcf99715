"""The steps of the procedure, the routes and starting points, and the order rules.

Pure: no database, no Qt. ``check_step`` decides whether a step may be recorded now,
given what was recorded before; ``findings`` reads the real order of events and names
what went against "secure first, then install". The service records; this decides.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from contactvault.i18n import QT_TRANSLATE_NOOP


class Step(enum.StrEnum):
    PROFILE = "profile"
    EXPORT_PHONE = "export_phone"
    IMPORT = "import"
    CLASSIFY = "classify"
    CLEAR = "clear"
    INSTALL = "install"
    TRANSFER = "transfer"
    DONE = "done"


ORDER: tuple[Step, ...] = tuple(Step)

STEP_TITLES = {
    Step.PROFILE: QT_TRANSLATE_NOOP("Procedure", "Phone and starting point"),
    Step.EXPORT_PHONE: QT_TRANSLATE_NOOP("Procedure", "Export the phone's contacts"),
    Step.IMPORT: QT_TRANSLATE_NOOP("Procedure", "Import into the vault and compare counts"),
    Step.CLASSIFY: QT_TRANSLATE_NOOP("Procedure", "Mark private and business contacts"),
    Step.CLEAR: QT_TRANSLATE_NOOP("Procedure", "Clear the phone"),
    Step.INSTALL: QT_TRANSLATE_NOOP("Procedure", "Install WhatsApp"),
    Step.TRANSFER: QT_TRANSLATE_NOOP("Procedure", "Transfer the consented contacts"),
    Step.DONE: QT_TRANSLATE_NOOP("Procedure", "Done: summary and protocol"),
}


class Outcome(enum.StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


class StartingPoint(enum.StrEnum):
    NEW_PHONE = "new_phone"
    WHATSAPP_INSTALLED = "whatsapp_installed"
    HAS_CONTACTS = "has_contacts"


STARTING_POINT_TITLES = {
    StartingPoint.NEW_PHONE: QT_TRANSLATE_NOOP("Procedure", "New phone (no contacts, no WhatsApp)"),
    StartingPoint.WHATSAPP_INSTALLED: QT_TRANSLATE_NOOP(
        "Procedure", "WhatsApp is already installed on the phone"),
    StartingPoint.HAS_CONTACTS: QT_TRANSLATE_NOOP(
        "Procedure", "The phone has contacts, WhatsApp is not installed"),
}


class Route(enum.StrEnum):
    DEDICATED = "dedicated"  # A: the phone's address book holds only consented contacts
    SELECTED = "selected"  # B: WhatsApp may read only hand-picked contacts
    NO_ADDRESS_BOOK = "no_address_book"  # C: click-to-chat links and QR codes, no contacts


ROUTE_LETTERS = {Route.DEDICATED: "A", Route.SELECTED: "B", Route.NO_ADDRESS_BOOK: "C"}

ROUTE_TITLES = {
    Route.DEDICATED: QT_TRANSLATE_NOOP("Procedure", "A: dedicated WhatsApp phone"),
    Route.SELECTED: QT_TRANSLATE_NOOP("Procedure", "B: selected contacts only"),
    Route.NO_ADDRESS_BOOK: QT_TRANSLATE_NOOP("Procedure", "C: no address book at all"),
}

# The export format each route hands to the phone (exports.format in the vault).
ROUTE_EXPORT_FORMAT = {
    Route.DEDICATED: "vcard",
    Route.SELECTED: "selection",
    Route.NO_ADDRESS_BOOK: "links",
}


class WhatsAppAction(enum.StrEnum):
    """What was done about a WhatsApp that was already on the phone (clear step)."""

    NOT_INSTALLED = "not_installed"
    CONTACTS_ACCESS_REVOKED = "contacts_access_revoked"
    ACCOUNT_DELETED = "account_deleted"
    APP_REMOVED = "app_removed"


class App(enum.StrEnum):
    WHATSAPP = "whatsapp"
    WHATSAPP_BUSINESS = "whatsapp_business"


@dataclass(frozen=True)
class StepRecord:
    """One recorded completion of a step (a redo is another record)."""

    id: int
    step: Step
    outcome: Outcome
    figures: dict
    note: str
    actor: str
    recorded_at: str
    attempt: int = 1  # 1 for the first time the step was recorded in this run


class OrderProblem(enum.StrEnum):
    """Why a step may not be recorded now (stable codes; texts in PROBLEM_TEXTS)."""

    NO_PROFILE = "no_profile"
    PREVIOUS_MISSING = "previous_missing"
    SKIP_NOT_ALLOWED = "skip_not_allowed"
    CLEAR_NOT_CONFIRMED = "clear_not_confirmed"
    NOT_INSTALLED = "not_installed"
    NO_TRANSFER = "no_transfer"


PROBLEM_TEXTS = {
    OrderProblem.NO_PROFILE: QT_TRANSLATE_NOOP(
        "Procedure", "Choose the phone and its starting point first."),
    OrderProblem.PREVIOUS_MISSING: QT_TRANSLATE_NOOP(
        "Procedure", "Complete the step \u201c{previous}\u201d first."),
    OrderProblem.SKIP_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Procedure", "This step can only be skipped for a new phone without contacts."),
    OrderProblem.CLEAR_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "Procedure", "The phone has not been confirmed as cleared. Contacts may only be "
                     "transferred, and WhatsApp installed, after that."),
    OrderProblem.NOT_INSTALLED: QT_TRANSLATE_NOOP(
        "Procedure", "Record the installation of WhatsApp first."),
    OrderProblem.NO_TRANSFER: QT_TRANSLATE_NOOP(
        "Procedure", "Transfer the consented contacts first."),
}


def latest(records: Sequence[StepRecord], step: Step) -> StepRecord | None:
    found = None
    for record in records:
        if record.step is step:
            found = record
    return found


def starting_point_of(records: Sequence[StepRecord]) -> StartingPoint | None:
    profile = latest(records, Step.PROFILE)
    if profile is None:
        return None
    return StartingPoint(profile.figures["starting_point"])


def route_of(records: Sequence[StepRecord]) -> Route | None:
    profile = latest(records, Step.PROFILE)
    if profile is None:
        return None
    return Route(profile.figures["route"])


class ClearCheck(enum.StrEnum):
    """A confirmation the clear step asks for (the key it is recorded under)."""

    PHONE_CONTACTS_DELETED = "phone_contacts_deleted"
    ACCESS_LIMITED = "access_limited"  # route B: WhatsApp may read selected contacts only
    CLOUD_CHECKED = "cloud_checked"


@dataclass(frozen=True)
class ClearRule:
    """What "the phone is cleared" takes for one phone: the confirmations to offer, the
    groups of which at least one must be given, and the answers about a WhatsApp that
    was already there which do not count."""

    offered: tuple[ClearCheck, ...]
    required: tuple[frozenset[ClearCheck], ...]
    refused_actions: frozenset[WhatsAppAction]

    def satisfied(self, whatsapp_action: WhatsAppAction | str | None,
                  given: Iterable[ClearCheck | str]) -> bool:
        if whatsapp_action is not None and \
                WhatsAppAction(whatsapp_action) in self.refused_actions:
            return False
        ticked = {ClearCheck(c) for c in given} & set(self.offered)
        return all(group & ticked for group in self.required)


def clear_rule(*, whatsapp_was_installed: bool, route: Route | None) -> ClearRule:
    """The one rule for the clear step: every contact deleted from the phone (route B:
    or WhatsApp's access limited to selected contacts), the synced cloud account
    checked, and a WhatsApp that was on the phone dealt with."""
    contacts = [ClearCheck.PHONE_CONTACTS_DELETED]
    if route is Route.SELECTED:
        contacts.append(ClearCheck.ACCESS_LIMITED)
    return ClearRule(
        offered=(*contacts, ClearCheck.CLOUD_CHECKED),
        required=(frozenset(contacts), frozenset({ClearCheck.CLOUD_CHECKED})),
        refused_actions=frozenset({WhatsAppAction.NOT_INSTALLED} if whatsapp_was_installed
                                  else ()))


def clear_confirmed(record: StepRecord | None, route: Route | None) -> bool:
    """The clear step counts only when the person confirmed every part of it."""
    if record is None or record.outcome is not Outcome.DONE:
        return False
    f = record.figures
    rule = clear_rule(whatsapp_was_installed=bool(f.get("whatsapp_was_installed")), route=route)
    return rule.satisfied(f.get("whatsapp_action"), [c for c in ClearCheck if f.get(c.value)])


def clear_rule_for(records: Sequence[StepRecord]) -> ClearRule:
    """The clear rule for a run as recorded so far (its starting point and route)."""
    return clear_rule(
        whatsapp_was_installed=starting_point_of(records) is StartingPoint.WHATSAPP_INSTALLED,
        route=route_of(records))


def skippable(step: Step, starting_point: StartingPoint | None,
              records: Sequence[StepRecord]) -> bool:
    if step is Step.EXPORT_PHONE:
        return starting_point is StartingPoint.NEW_PHONE
    if step is Step.IMPORT:
        export = latest(records, Step.EXPORT_PHONE)
        return export is not None and export.outcome is Outcome.SKIPPED
    return False


@dataclass(frozen=True)
class Refusal:
    problem: OrderProblem
    previous: Step | None = None


def check_step(step: Step, records: Sequence[StepRecord],
               outcome: Outcome = Outcome.DONE) -> Refusal | None:
    """None if ``step`` may be recorded now (first time or redo), else why not."""
    if step is Step.PROFILE:
        return None
    if latest(records, Step.PROFILE) is None:
        return Refusal(OrderProblem.NO_PROFILE)
    index = ORDER.index(step)
    for previous in ORDER[1:index]:
        if latest(records, previous) is None:
            return Refusal(OrderProblem.PREVIOUS_MISSING, previous)
    if outcome is Outcome.SKIPPED and not skippable(step, starting_point_of(records), records):
        return Refusal(OrderProblem.SKIP_NOT_ALLOWED)
    route = route_of(records)
    if step in (Step.INSTALL, Step.TRANSFER, Step.DONE):
        if not clear_confirmed(latest(records, Step.CLEAR), route):
            return Refusal(OrderProblem.CLEAR_NOT_CONFIRMED)
    return None


def next_step(records: Sequence[StepRecord]) -> Step | None:
    """The first step not yet recorded: where a resumed wizard continues."""
    for step in ORDER:
        if latest(records, step) is None:
            return step
    return None


class Finding(enum.StrEnum):
    """Things the protocol must say plainly about the order of events."""

    WHATSAPP_BEFORE_SECURING = "whatsapp_before_securing"
    CLEARED_AGAIN_AFTER_INSTALL = "cleared_again_after_install"
    INSTALLED_BEFORE_CLEAR = "installed_before_clear"
    TRANSFER_BEFORE_CLEAR = "transfer_before_clear"
    CONTACTS_KEPT_ON_PHONE = "contacts_kept_on_phone"
    COUNT_DIFFERENCE = "count_difference"
    UNCLASSIFIED_LEFT = "unclassified_left"


@dataclass(frozen=True)
class OrderFinding:
    finding: Finding
    at: str  # when it showed (time of the record that shows it)
    figures: dict = field(default_factory=dict)


def findings(records: Sequence[StepRecord]) -> list[OrderFinding]:
    """Read the real order of the records and name every departure from it."""
    found: list[OrderFinding] = []
    first_profile = next((r for r in records if r.step is Step.PROFILE), None)
    if first_profile is not None and any(
            r.figures.get("starting_point") == StartingPoint.WHATSAPP_INSTALLED
            for r in records if r.step is Step.PROFILE):
        found.append(OrderFinding(Finding.WHATSAPP_BEFORE_SECURING, first_profile.recorded_at))
    route = route_of(records)
    first_clear_ok: StepRecord | None = None
    installed = False
    for record in records:  # in the order they happened
        if record.step is Step.CLEAR:
            if clear_confirmed(record, route):
                if first_clear_ok is None:
                    first_clear_ok = record
                if installed:
                    found.append(OrderFinding(Finding.CLEARED_AGAIN_AFTER_INSTALL,
                                              record.recorded_at))
            if route is Route.SELECTED and not record.figures.get("phone_contacts_deleted") \
                    and record.figures.get("access_limited"):
                found.append(OrderFinding(Finding.CONTACTS_KEPT_ON_PHONE, record.recorded_at))
        elif record.step is Step.INSTALL:
            installed = True
            if first_clear_ok is None:
                found.append(OrderFinding(Finding.INSTALLED_BEFORE_CLEAR, record.recorded_at))
        elif record.step is Step.TRANSFER and first_clear_ok is None:
            found.append(OrderFinding(Finding.TRANSFER_BEFORE_CLEAR, record.recorded_at))
        elif record.step is Step.IMPORT and record.outcome is Outcome.DONE:
            diff = record.figures.get("difference")
            if diff:
                found.append(OrderFinding(Finding.COUNT_DIFFERENCE, record.recorded_at,
                                          {"difference": diff}))
    classify = latest(records, Step.CLASSIFY)
    if classify is not None and classify.figures.get("unclassified"):
        found.append(OrderFinding(Finding.UNCLASSIFIED_LEFT, classify.recorded_at,
                                  {"unclassified": classify.figures["unclassified"]}))
    return found


# -- the import check: the phone's count against what the vault took -----------------


@dataclass(frozen=True)
class CountComparison:
    phone_count: int  # what the person read off the phone
    records_read: int  # records found in the exported file(s)
    imported: int  # new contacts
    merged: int  # records merged into a contact (duplicates)
    unchanged: int  # records already in the vault before
    skipped: int  # records that could not be read
    difference: int  # phone_count - records_read (file holds fewer/more than the phone)
    unaccounted: int  # records read that are neither in the vault nor explained

    @property
    def in_vault(self) -> int:
        return self.imported + self.merged + self.unchanged

    def explained(self) -> bool:
        return self.difference == 0 and self.unaccounted == 0


def compare_counts(phone_count: int, *, imported: int, merged: int, unchanged: int,
                   skipped: int, records_read: int | None = None) -> CountComparison:
    if phone_count < 0:
        raise ValueError("phone_count must not be negative")
    read = records_read if records_read is not None else imported + merged + unchanged + skipped
    unaccounted = read - (imported + merged + unchanged + skipped)
    return CountComparison(phone_count, read, imported, merged, unchanged, skipped,
                           phone_count - read, unaccounted)
