"""The data the core works with: plain dataclasses, no behaviour beyond small helpers."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from contactvault.i18n import QT_TRANSLATE_NOOP


class Category(enum.StrEnum):
    CUSTOMER = "customer"
    EMPLOYEE = "employee"
    SUPPLIER = "supplier"
    PARTNER = "partner"
    PRIVATE = "private"
    UNKNOWN = "unknown"


CATEGORY_LABELS = {
    Category.CUSTOMER: QT_TRANSLATE_NOOP("Category", "customer"),
    Category.EMPLOYEE: QT_TRANSLATE_NOOP("Category", "employee"),
    Category.SUPPLIER: QT_TRANSLATE_NOOP("Category", "supplier"),
    Category.PARTNER: QT_TRANSLATE_NOOP("Category", "partner"),
    Category.PRIVATE: QT_TRANSLATE_NOOP("Category", "private"),
    Category.UNKNOWN: QT_TRANSLATE_NOOP("Category", "unknown"),
}


@dataclass(frozen=True)
class StructuredName:
    family: str = ""
    given: str = ""
    additional: str = ""
    prefix: str = ""
    suffix: str = ""

    def is_empty(self) -> bool:
        return not any((self.family, self.given, self.additional, self.prefix, self.suffix))

    def formatted(self) -> str:
        parts = (self.prefix, self.given, self.additional, self.family, self.suffix)
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class RawPhone:
    """A number as an importer found it, before normalisation."""

    raw: str
    label: str = ""  # "CELL", "WORK", an iOS X-ABLabel such as "_$!<Mobile>!$_", a CSV column
    pref: bool = False


@dataclass(frozen=True)
class LabeledValue:
    value: str
    label: str = ""


@dataclass(frozen=True)
class Address:
    label: str = ""
    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any(
            (self.po_box, self.extended, self.street, self.locality, self.region,
             self.postal_code, self.country)
        )


@dataclass
class ParsedContact:
    """One record read from one file, with the original text it came from."""

    source_file: str
    source_line: int
    source_format: str  # "vcard-2.1", "vcard-3.0", "vcard-4.0", "csv-google", "csv-outlook", ...
    original_text: str
    formatted_name: str = ""
    name: StructuredName = field(default_factory=StructuredName)
    organisation: str = ""
    title: str = ""
    phones: list[RawPhone] = field(default_factory=list)
    emails: list[LabeledValue] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    uid: str = ""


@dataclass(frozen=True)
class PhoneNumber:
    """A stored number: always the raw text, E.164 where it could be read."""

    raw: str
    e164: str | None  # None when it could not be parsed at all
    number_type: str  # "mobile", "fixed_line", "fixed_line_or_mobile", "voip", ..., "unknown"
    label: str = ""
    valid: bool = False
    flags: tuple[str, ...] = ()  # reasons to doubt the parse, see phones.py
    id: int | None = None


@dataclass(frozen=True)
class SourceRecord:
    file: str
    line: int
    format: str
    imported_at: str
    original_text: str


@dataclass
class Contact:
    id: int | None
    uid: str
    formatted_name: str
    name: StructuredName
    organisation: str = ""
    title: str = ""
    category: Category = Category.UNKNOWN
    phones: list[PhoneNumber] = field(default_factory=list)
    emails: list[LabeledValue] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    language: str = "de"  # language for notices sent to this person
    created_at: str = ""
    updated_at: str = ""
    sources: list[SourceRecord] = field(default_factory=list)

    def display_name(self) -> str:
        return (
            self.formatted_name
            or self.name.formatted()
            or self.organisation
            or (self.emails[0].value if self.emails else "")
            or (self.phones[0].raw if self.phones else "")
        )


class Platform(enum.StrEnum):
    ANDROID = "android"
    IOS = "ios"
    OTHER = "other"


PLATFORM_LABELS = {
    Platform.ANDROID: QT_TRANSLATE_NOOP("Device", "Android"),
    Platform.IOS: QT_TRANSLATE_NOOP("Device", "iOS"),
    Platform.OTHER: QT_TRANSLATE_NOOP("Device", "other"),
}


@dataclass(frozen=True)
class Device:
    """A WhatsApp phone that exports are made for (a device profile)."""

    id: int
    name: str
    owner: str = ""
    phone_number: str = ""  # the phone's own number, E.164 where it could be read
    platform: Platform = Platform.ANDROID
    created_at: str = ""
    # the phone's address book on a CardDAV server ("" = none: file exports only)
    carddav_url: str = ""
    carddav_user: str = ""
    carddav_certificate: str = ""  # a certificate file the server is trusted by

    @property
    def publishes(self) -> bool:
        """Whether the phone has a CardDAV address book to publish to."""
        return bool(self.carddav_url)


@dataclass(slots=True, eq=True)
class ConsentEvent:
    """One recorded consent event of a phone number (see consent/events.py for the kinds,
    bases and channels). ``occurred_at`` is when it happened, ``recorded_at`` when it was
    entered (both ISO UTC text). ``kind``/``basis``/``channel``/``purpose`` are the enums'
    string values (StrEnum members compare equal to them)."""

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
    purpose: str | None = None  # "service" or "advertising" (None: service)
    with_notice: bool = False  # the notice in force was handed over with this grant

    def order_key(self) -> tuple[str, str, int]:
        """Chronological order: when it happened, then when it was entered, then id."""
        return (self.occurred_at, self.recorded_at, self.id or 0)
