"""Apple Contacts / Mac Address Book CSV (German and English column names)."""

from __future__ import annotations

from contactvault.importers.csv_reader import TableCsv
from contactvault.importers.csv_tables import (
    EMAIL,
    FAMILY,
    GIVEN,
    NOTE,
    ORG,
    PHONE,
    TITLE,
    address_columns,
    header_table,
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
    address_columns("work", street=("Arbeitsadresse Strasse",), locality=("Arbeitsadresse Stadt",),
                    region=("Arbeitsadresse Bundesland",), postal_code=("Arbeitsadresse PLZ",),
                    country=("Arbeitsadresse Land",)),
    address_columns("home", street=("Privatadresse Strasse",), locality=("Privatadresse Stadt",),
                    region=("Privatadresse Bundesland",), postal_code=("Privatadresse PLZ",),
                    country=("Privatadresse Land",)),
    address_columns("other", street=("Andere Adr. Strasse",), locality=("Andere Adr. Stadt",),
                    region=("Andere Adr. Bundesland",), postal_code=("Andere Adr. PLZ",),
                    country=("Andere Adr. Land",)),
)

FORMAT = TableCsv("csv-apple", APPLE)
