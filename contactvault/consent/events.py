"""Consent events: what can happen to a phone number's consent, and how it is stored.

Consent is recorded per *number* (E.164), not per person: it was given for the number
it was given for. Events are append-only — the schema's triggers refuse UPDATE and
DELETE on ``consent_events`` (only an erasure, holding a permit row, may delete).
Corrections are new events. This module owns the ``consent_events`` SQL; the decision
what the events mean is in ``policy.py`` and nowhere else.

Times are stored as the vault's ISO 8601 UTC text (``clock.to_iso``), which sorts
correctly as text; the policy compares them as strings, which keeps it fast.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.vault.connection import Connection


class EventKind(enum.StrEnum):
    REQUESTED = "requested"  # we asked for consent, no answer yet
    NOTICE_SENT = "notice_sent"  # the information notice (Art. 13) was sent
    IMPLIED = "implied"  # the customer wrote first on WhatsApp
    GRANTED = "granted"  # explicit consent
    REVOKED = "revoked"  # Art. 7(3): any time, by any channel
    EXPIRED = "expired"  # recorded when a consent was found too old or withdrawn by rule


class LegalBasis(enum.StrEnum):
    CONSENT = "consent"  # GDPR Art. 6(1)(a)
    CONTRACT = "contract"  # Art. 6(1)(b)
    LEGITIMATE_INTEREST = "legitimate_interest"  # Art. 6(1)(f)
    EMPLOYEE_BUSINESS_NUMBER = "employee_business_number"  # the employee's own work number


class Channel(enum.StrEnum):
    WHATSAPP = "whatsapp"
    PAPER = "paper"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"
    WEB_FORM = "web_form"


KIND_LABELS = {
    EventKind.REQUESTED: QT_TRANSLATE_NOOP("Consent", "consent requested"),
    EventKind.NOTICE_SENT: QT_TRANSLATE_NOOP("Consent", "information notice sent"),
    EventKind.IMPLIED: QT_TRANSLATE_NOOP("Consent", "implied consent (customer wrote first)"),
    EventKind.GRANTED: QT_TRANSLATE_NOOP("Consent", "consent granted"),
    EventKind.REVOKED: QT_TRANSLATE_NOOP("Consent", "consent revoked"),
    EventKind.EXPIRED: QT_TRANSLATE_NOOP("Consent", "consent expired"),
}

BASIS_LABELS = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Consent", "consent (GDPR Art. 6(1)(a))"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("Consent", "contract (GDPR Art. 6(1)(b))"),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP(
        "Consent", "legitimate interest (GDPR Art. 6(1)(f))"),
    LegalBasis.EMPLOYEE_BUSINESS_NUMBER: QT_TRANSLATE_NOOP(
        "Consent", "employee's own business number"),
}

CHANNEL_LABELS = {
    Channel.WHATSAPP: QT_TRANSLATE_NOOP("Consent", "WhatsApp"),
    Channel.PAPER: QT_TRANSLATE_NOOP("Consent", "paper form"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Consent", "e-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Consent", "phone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Consent", "in person"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Consent", "web form"),
}


@dataclass(slots=True, eq=True)
class ConsentEvent:
    """One recorded event. ``occurred_at`` is when it happened, ``recorded_at`` when it was
    entered (both ISO UTC text). ``kind``/``basis``/``channel`` are the enums' string values
    (StrEnum members compare equal to them)."""

    id: int | None
    e164: str
    kind: str
    basis: str | None
    channel: str | None
    evidence: str
    notice_version: str
    contact_id: int | None
    recorded_by: str
    occurred_at: str
    recorded_at: str

    def order_key(self) -> tuple[str, str, int]:
        """Chronological order: when it happened, then when it was entered, then id."""
        return (self.occurred_at, self.recorded_at, self.id or 0)


_COLUMNS = ("id, e164, kind, basis, channel, evidence, notice_version, contact_id, "
            "recorded_by, occurred_at, recorded_at")


def insert(conn: Connection, event: ConsentEvent) -> ConsentEvent:
    """Store a new event (its id is ignored) and return it with the id it got."""
    cur = conn.execute(
        "INSERT INTO consent_events(e164, kind, basis, channel, evidence, notice_version, "
        "contact_id, recorded_by, occurred_at, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (event.e164, str(event.kind), _opt(event.basis), _opt(event.channel), event.evidence,
         event.notice_version, event.contact_id, event.recorded_by, event.occurred_at,
         event.recorded_at),
    )
    return ConsentEvent(int(cur.lastrowid), event.e164, str(event.kind), _opt(event.basis),
                        _opt(event.channel), event.evidence, event.notice_version,
                        event.contact_id, event.recorded_by, event.occurred_at,
                        event.recorded_at)


def for_number(conn: Connection, e164: str) -> list[ConsentEvent]:
    """The history of one number, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM consent_events WHERE e164 = ? "
        "ORDER BY occurred_at, recorded_at, id", (e164,),
    )
    return [ConsentEvent(*row) for row in rows]


def for_numbers(conn: Connection, e164s: Iterable[str]) -> dict[str, list[ConsentEvent]]:
    wanted = sorted(set(e164s))
    found: dict[str, list[ConsentEvent]] = {}
    for start in range(0, len(wanted), 500):  # stay below SQLite's variable limit
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM consent_events WHERE e164 IN ({marks}) "
            "ORDER BY e164, occurred_at, recorded_at, id", chunk,
        ):
            found.setdefault(row[1], []).append(ConsentEvent(*row))
    return found


# Kind strings as the enum's own (interned) objects, so the policy's comparisons of
# loaded events are identity checks.
_KIND_OBJECTS = {k.value: k.value for k in EventKind}


def all_by_number(conn: Connection, *, full: bool = True) -> dict[str, list[ConsentEvent]]:
    """Every event, grouped by number. One query, one pass: this feeds the 100 000-row
    consent table and the export plan. (The policy needs no order; ``full=True`` reads
    the table in storage order, ``full=False`` the policy index in number order.)

    ``full=False`` reads only what the policy looks at — id, number, kind and the two
    times — and leaves basis, channel, evidence, notice version, contact and recorder
    empty: converting those columns is most of the loading time. Use ``for_number`` or
    ``by_id`` for the whole record of an event shown to a person."""
    grouped: dict[str, list[ConsentEvent]] = {}
    make = ConsentEvent
    kinds = _KIND_OBJECTS
    if full:
        get = grouped.get
        rows = conn.execute(f"SELECT {_COLUMNS} FROM consent_events")
        for row in rows:
            event = make(*row)
            event.kind = kinds.get(event.kind, event.kind)
            found = get(row[1])
            if found is None:
                grouped[row[1]] = [event]
            else:
                found.append(event)
        return grouped
    # Read in the covering index's order (e164, occurred_at, recorded_at, id): no table
    # access and no sort, and each number's events arrive together.
    current_key = None
    current: list[ConsentEvent] = []
    for eid, e164, kind, occurred, recorded in conn.execute(
        "SELECT id, e164, kind, occurred_at, recorded_at FROM consent_events "
        "INDEXED BY consent_events_policy ORDER BY e164, occurred_at, recorded_at, id"
    ):
        if e164 != current_key:
            current_key = e164
            current = grouped[e164] = []
        current.append(make(eid, e164, kinds.get(kind, kind), None, None, "", "", None, "",
                            occurred, recorded))
    return grouped


def by_id(conn: Connection, event_ids: Iterable[int]) -> dict[int, ConsentEvent]:
    ids = sorted(set(event_ids))
    found: dict[int, ConsentEvent] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM consent_events WHERE id IN ({marks})", chunk
        ):
            found[row[0]] = ConsentEvent(*row)
    return found


def iter_all(conn: Connection) -> Iterator[ConsentEvent]:
    for row in conn.execute(f"SELECT {_COLUMNS} FROM consent_events ORDER BY id"):
        yield ConsentEvent(*row)


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
