"""Thunderbird address-book CSV, English and German column names."""

from __future__ import annotations

from contactvault.importers.csv_reader import TableCsv
from contactvault.importers.csv_tables import (
    DEPARTMENT,
    EMAIL,
    FAMILY,
    FORMATTED,
    GIVEN,
    NOTE,
    ORG,
    PHONE,
    TITLE,
    address_columns,
    header_table,
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
    address_columns("home",
                    street=("Home Address", "Home Address 2",
                            "Privat: Adresse", "Privat: Adresse 2"),
                    locality=("Home City", "Privat: Ort"),
                    region=("Home State", "Privat: Bundesland"),
                    postal_code=("Home ZipCode", "Privat: PLZ"),
                    country=("Home Country", "Privat: Land")),
    address_columns("work",
                    street=("Work Address", "Work Address 2",
                            "Dienstlich: Adresse", "Dienstlich: Adresse 2"),
                    locality=("Work City", "Dienstlich: Ort"),
                    region=("Work State", "Dienstlich: Bundesland"),
                    postal_code=("Work ZipCode", "Dienstlich: PLZ"),
                    country=("Work Country", "Dienstlich: Land")),
)

FORMAT = TableCsv("csv-thunderbird", THUNDERBIRD)
