"""Any other CSV customer list: columns recognised by their usual names or by a word in
them ("Telefon privat", "Handy", "E-Mail geschäftlich").

It claims what no exporter's format claims, with the lowest scores: a header that
yields a name, number or e-mail column is read; a header row of column names that means
nothing to any format is still taken, so that the file is reported as a CSV whose
columns were not recognised (naming them) rather than as an unknown file.
"""

from __future__ import annotations

import re

from contactvault.importers.csv_reader import CsvFormat
from contactvault.importers.csv_tables import (
    EMAIL,
    FAMILY,
    FORMATTED,
    GIVEN,
    NOTE,
    ORG,
    PHONE,
    TITLE,
    Column,
    header_table,
    is_useful,
)

GENERIC = header_table(
    (FORMATTED, ("Name", "Full Name", "Display Name", "Anzeigename", "Vollständiger Name",
                 "Kontakt", "Contact", "Ansprechpartner", "Kontaktperson", "Kunde",
                 "Kundenname", "Name, Vorname", "Customer", "Customer Name", "Contact Name",
                 "cn", "displayName", "fn")),
    (GIVEN, ("First Name", "Firstname", "Given Name", "Vorname", "givenName",
             "Rufname")),
    (FAMILY, ("Last Name", "Lastname", "Surname", "Family Name", "Nachname", "Familienname",
              "Zuname", "sn")),
    (ORG, ("Company", "Organization", "Organisation", "Firma", "Unternehmen",
           "Firmenname", "Company Name", "Betrieb")),
    (Column("department"), ("Department", "Abteilung")),
    (TITLE, ("Job Title", "Position", "Funktion")),
    (Column("prefix"), ("Anrede", "Salutation", "Titel")),
    (NOTE, ("Notes", "Note", "Notiz", "Notizen", "Bemerkung", "Bemerkungen", "Kommentar",
            "Kommentare", "Comment", "Comments", "Hinweis", "Info", "description",
            "Beschreibung")),
)

# Headers the generic table does not list, recognised by a word in them.
_GENERIC_PHONE = re.compile(
    r"phone|telefon|\btel\b|\btel\.|mobil|handy|\bcell|\bfax\b|rufnummer|\bnummer\b"
    r"|telephonenumber|\bpager\b|\bfon\b")
_GENERIC_EMAIL = re.compile(r"e-?mail|\bmail\b|\bmailadresse")
_MAX_GENERIC_HEADER = 40  # longer "headers" are sentences, not column names

_READABLE = 0.15  # below every exporter's format (0.2 and up)
_UNRECOGNISED = 0.1  # a table, but nothing in it to import: reported by ``read``


def generic_column(key: str) -> Column | None:
    column = GENERIC.get(key)
    if column is not None or len(key) > _MAX_GENERIC_HEADER:
        return column
    if _GENERIC_PHONE.search(key):
        column = PHONE
    if column is None and _GENERIC_EMAIL.search(key):
        column = EMAIL
    return column


class GenericCsv(CsvFormat):
    name = "csv-generic"
    needs_phone_column = True  # no exporter's table: say so when no number can be read

    def column(self, key: str) -> Column | None:
        return generic_column(key)

    def fit(self, keys: tuple[str, ...]) -> float:
        if len(keys) < 2:
            return 0.0
        # Unlike the exporters' formats, also claims a header with nothing useful in it.
        return _READABLE if is_useful(self.columns(keys)) else _UNRECOGNISED


FORMAT = GenericCsv()
