"""Which CSV column holds what, per exporter: Outlook (English, German), Thunderbird
(English, German), Apple/Mac (German) and a generic fallback. Google's numbered columns
live in ``csv_google``.

Headers are compared after ``header_key``: case-folded, spaces collapsed, and every run of
non-ASCII characters reduced to one '?'. That makes "Straße geschäftlich", a file where
the umlauts were destroyed to U+FFFD ("Stra�e gesch�ftlich") and a UTF-8 header misread
as Windows-1252 ("StraÃŸe geschÃ¤ftlich") the same key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_SPACES = re.compile(r"\s+")


def header_key(header: str) -> str:
    text = header.strip().strip('"').strip("\ufeff").strip().casefold()
    return _SPACES.sub(" ", _NON_ASCII_RUN.sub("?", text))


@dataclass(frozen=True)
class Column:
    """What one column means: a name part, a phone/e-mail (labelled by its header), ..."""

    field: str  # given family additional prefix suffix formatted org department title
    #             note phone email address
    part: str = ""  # for address: street po_box locality region postal_code country
    group: str = ""  # for address: which address (business, home, other)


GIVEN, FAMILY, ADDITIONAL = Column("given"), Column("family"), Column("additional")
PREFIX, SUFFIX, FORMATTED = Column("prefix"), Column("suffix"), Column("formatted")
ORG, DEPARTMENT, TITLE = Column("org"), Column("department"), Column("title")
NOTE, PHONE, EMAIL = Column("note"), Column("phone"), Column("email")


def _address(group: str, **parts: tuple[str, ...]) -> dict[str, Column]:
    return {header: Column("address", part, group)
            for part, headers in parts.items() for header in headers}


def header_table(*entries: tuple[Column, tuple[str, ...]] | dict[str, Column]) -> dict[str, Column]:
    table: dict[str, Column] = {}
    for entry in entries:
        items = entry.items() if isinstance(entry, dict) else (
            (header, entry[0]) for header in entry[1])
        for header, column in items:
            table[header_key(header)] = column
    return table


OUTLOOK = header_table(
    (PREFIX, ("Title", "Anrede")),
    (GIVEN, ("First Name", "Vorname")),
    (ADDITIONAL, ("Middle Name", "Weitere Vornamen")),
    (FAMILY, ("Last Name", "Nachname")),
    (SUFFIX, ("Suffix",)),
    (ORG, ("Company", "Firma")),
    (DEPARTMENT, ("Department", "Abteilung")),
    (TITLE, ("Job Title", "Position")),
    (NOTE, ("Notes", "Notizen")),
    (PHONE, (
        "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback",
        "Car Phone", "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN",
        "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone",
        "TTY/TDD Phone", "Telex",
        "Telefon Assistent", "Fax geschäftlich", "Telefon geschäftlich",
        "Telefon geschäftlich 2", "Rückmeldung", "Autotelefon", "Telefon Firma", "Fax privat",
        "Telefon privat", "Telefon privat 2", "Mobiltelefon", "Mobiltelefon 2",
        "Weiteres Fax", "Weiteres Telefon", "Haupttelefon", "Telefon für Hörbehinderte",
        "Funkruf")),
    (EMAIL, ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address",
             "E-Mail-Adresse", "E-Mail 2: Adresse", "E-Mail 3: Adresse")),
    _address("business",
             street=("Business Street", "Business Street 2", "Business Street 3",
                     "Straße geschäftlich", "Straße geschäftlich 2", "Straße geschäftlich 3"),
             po_box=("Business Address PO Box", "Postfach geschäftlich"),
             locality=("Business City", "Ort geschäftlich"),
             region=("Business State", "Region geschäftlich"),
             postal_code=("Business Postal Code", "Postleitzahl geschäftlich"),
             country=("Business Country/Region", "Land/Region geschäftlich")),
    _address("home",
             street=("Home Street", "Home Street 2", "Home Street 3",
                     "Straße privat", "Straße privat 2", "Straße privat 3"),
             po_box=("Home Address PO Box", "Postfach privat"),
             locality=("Home City", "Ort privat"),
             region=("Home State", "Bundesland/Kanton privat"),
             postal_code=("Home Postal Code", "Postleitzahl privat"),
             country=("Home Country/Region", "Land/Region privat")),
    _address("other",
             street=("Other Street", "Other Street 2", "Other Street 3",
                     "Weitere Straße", "Weitere Straße 2", "Weitere Straße 3"),
             po_box=("Other Address PO Box", "Weiteres Postfach"),
             locality=("Other City", "Weiterer Ort"),
             region=("Other State", "Weiteres/r Bundesland/Kanton"),
             postal_code=("Other Postal Code", "Weitere Postleitzahl"),
             country=("Other Country/Region", "Weiteres/e Land/Region")),
)

THUNDERBIRD = header_table(
    (GIVEN, ("First Name", "Vorname")),
    (FAMILY, ("Last Name", "Nachname")),
    (FORMATTED, ("Display Name", "Anzeigename")),
    (TITLE, ("Job Title", "Arbeitstitel")),
    (DEPARTMENT, ("Department", "Abteilung")),
    (ORG, ("Organization", "Organisation")),
    (NOTE, ("Notes", "Notizen")),
    (EMAIL, ("Primary Email", "Secondary Email",
             "Primäre E-Mail-Adresse", "Sekundäre E-Mail-Adresse")),
    (PHONE, ("Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number",
             "Tel. dienstlich", "Tel. privat", "Fax-Nummer", "Pager-Nummer", "Mobil-Tel.-Nr.")),
    _address("home",
             street=("Home Address", "Home Address 2", "Privat: Adresse", "Privat: Adresse 2"),
             locality=("Home City", "Privat: Ort"),
             region=("Home State", "Privat: Bundesland"),
             postal_code=("Home ZipCode", "Privat: PLZ"),
             country=("Home Country", "Privat: Land")),
    _address("work",
             street=("Work Address", "Work Address 2",
                     "Dienstlich: Adresse", "Dienstlich: Adresse 2"),
             locality=("Work City", "Dienstlich: Ort"),
             region=("Work State", "Dienstlich: Bundesland"),
             postal_code=("Work ZipCode", "Dienstlich: PLZ"),
             country=("Work Country", "Dienstlich: Land")),
)

APPLE = header_table(
    (GIVEN, ("Vorname", "First name")),
    (FAMILY, ("Nachname", "Last name")),
    (ORG, ("Firma", "Company")),
    (TITLE, ("Berufsbezeichnung", "Job Title")),
    (NOTE, ("Notizen", "Notiz", "Note")),
    (EMAIL, ("Arbeit E-Mail", "Privat E-Mail", "Andere E-Mail",
             "Work email", "Home email", "Other email")),
    (PHONE, ("Arbeit Telefon", "Privat Telefon", "Hauptnummer", "Mobiltelefon", "Mobil",
             "Pager Nummer", "Andere Telefonnummer", "Arbeit Fax", "Privat Fax",
             "iPhone", "Work phone", "Home phone", "Main phone", "Mobile phone")),
    _address("work", street=("Arbeitsadresse Strasse",), locality=("Arbeitsadresse Stadt",),
             region=("Arbeitsadresse Bundesland",), postal_code=("Arbeitsadresse PLZ",),
             country=("Arbeitsadresse Land",)),
    _address("home", street=("Privatadresse Strasse",), locality=("Privatadresse Stadt",),
             region=("Privatadresse Bundesland",), postal_code=("Privatadresse PLZ",),
             country=("Privatadresse Land",)),
    _address("other", street=("Andere Adr. Strasse",), locality=("Andere Adr. Stadt",),
             region=("Andere Adr. Bundesland",), postal_code=("Andere Adr. PLZ",),
             country=("Andere Adr. Land",)),
)

GENERIC = header_table(
    (FORMATTED, ("Name", "Full Name", "Display Name", "Anzeigename", "Vollständiger Name",
                 "Kontakt", "Contact")),
    (GIVEN, ("First Name", "Firstname", "Given Name", "Vorname")),
    (FAMILY, ("Last Name", "Lastname", "Surname", "Family Name", "Nachname", "Familienname")),
    (ORG, ("Company", "Organization", "Organisation", "Firma", "Unternehmen")),
    (TITLE, ("Job Title", "Position", "Funktion")),
    (NOTE, ("Notes", "Note", "Notiz", "Notizen", "Bemerkung", "Bemerkungen", "Kommentar")),
)

# Headers the generic table does not list, recognised by a word in them.
_GENERIC_PHONE = re.compile(r"phone|telefon|\btel\b|mobil|handy|\bcell|\bfax\b|rufnummer")
_GENERIC_EMAIL = re.compile(r"e-?mail|\bmail\b")
_MAX_GENERIC_HEADER = 40  # longer "headers" are sentences, not column names


def generic_column(key: str) -> Column | None:
    column = GENERIC.get(key)
    if column is not None or len(key) > _MAX_GENERIC_HEADER:
        return column
    if _GENERIC_PHONE.search(key):
        column = PHONE
    if column is None and _GENERIC_EMAIL.search(key):
        column = EMAIL
    return column


# Flavour name -> table, in the order ties are broken.
FLAVOURS: dict[str, dict[str, Column]] = {
    "csv-outlook": OUTLOOK,
    "csv-thunderbird": THUNDERBIRD,
    "csv-apple": APPLE,
}
