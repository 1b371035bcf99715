"""Consent events: what can happen to a phone number's consent, and the words for it.

Consent is recorded per *number* (E.164), not per person: it was given for the number
it was given for. Events are append-only — the schema's triggers refuse UPDATE and
DELETE on ``consent_events`` (only an erasure, holding a permit row, may delete).
Corrections are new events. The record itself is ``model.ConsentEvent``, stored by
``vault/consent.py``; what the events mean is decided in ``policy.py`` and nowhere else.

Times are stored as the vault's ISO 8601 UTC text (``clock.to_iso``), which sorts
correctly as text; the policy compares them as strings, which keeps it fast.
"""

from __future__ import annotations

import enum

from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import ConsentEvent

__all__ = ["BASIS_LABELS", "CHANNEL_LABELS", "KIND_LABELS", "PURPOSE_LABELS", "Channel",
           "ConsentEvent", "EventKind", "LegalBasis", "Purpose"]


class EventKind(enum.StrEnum):
    REQUESTED = "requested"  # we asked for consent, no answer yet
    NOTICE_SENT = "notice_sent"  # the information notice (Art. 13) was sent
    IMPLIED = "implied"  # the customer wrote first on WhatsApp
    GRANTED = "granted"  # explicit consent
    REVOKED = "revoked"  # Art. 7(3): any time, by any channel
    EXPIRED = "expired"  # recorded when a consent was found too old or withdrawn by rule
    OBJECTED = "objected"  # Art. 21: revokes, and later implied consent no longer counts


class LegalBasis(enum.StrEnum):
    CONSENT = "consent"  # GDPR Art. 6(1)(a)
    CONTRACT = "contract"  # Art. 6(1)(b)
    LEGITIMATE_INTEREST = "legitimate_interest"  # Art. 6(1)(f)
    EMPLOYEE_BUSINESS_NUMBER = "employee_business_number"  # the employee's own work number


class Purpose(enum.StrEnum):
    """What the consent (or the WhatsApp phone) is for. Advertising over WhatsApp needs
    explicit consent to advertising (§ 7 UWG); consent by conduct never covers it."""

    SERVICE = "service"  # appointments, offers asked for, questions: the default
    ADVERTISING = "advertising"


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
    EventKind.IMPLIED: QT_TRANSLATE_NOOP(
        "Consent", "implied consent by conduct (customer wrote first)"),
    EventKind.GRANTED: QT_TRANSLATE_NOOP("Consent", "consent granted"),
    EventKind.REVOKED: QT_TRANSLATE_NOOP("Consent", "consent revoked"),
    EventKind.EXPIRED: QT_TRANSLATE_NOOP("Consent", "consent expired"),
    EventKind.OBJECTED: QT_TRANSLATE_NOOP("Consent", "objection (GDPR Art. 21)"),
}

BASIS_LABELS = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Consent", "consent (GDPR Art. 6(1)(a))"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("Consent", "contract (GDPR Art. 6(1)(b))"),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP(
        "Consent", "legitimate interest (GDPR Art. 6(1)(f))"),
    LegalBasis.EMPLOYEE_BUSINESS_NUMBER: QT_TRANSLATE_NOOP(
        "Consent", "employee's own business number"),
}

PURPOSE_LABELS = {
    Purpose.SERVICE: QT_TRANSLATE_NOOP("Consent", "service communication"),
    Purpose.ADVERTISING: QT_TRANSLATE_NOOP("Consent", "advertising"),
}

CHANNEL_LABELS = {
    Channel.WHATSAPP: QT_TRANSLATE_NOOP("Consent", "WhatsApp"),
    Channel.PAPER: QT_TRANSLATE_NOOP("Consent", "paper form"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Consent", "e-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Consent", "phone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Consent", "in person"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Consent", "web form"),
}
