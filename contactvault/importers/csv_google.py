"""Google Contacts CSV: the fixed columns and the numbered "<Kind> <n> - <part>" groups.

Two generations are in use: the old "Google CSV" (``Name, Given Name, ..., Phone 1 -
Type, Phone 1 - Value``) and the 2020+ export (``First Name, Middle Name, Last Name, ...,
Phone 1 - Label, Phone 1 - Value``). One cell may hold several values separated by
" ::: "; a type/label starting with "* " marks the primary value.

Both generations are also exported with German column names ("Vorname, Zweiter Vorname,
Nachname, Organisationsname, E-Mail 1 - Label, E-Mail 1 - Wert, Telefon 1 - Label,
Telefon 1 - Wert", the older "Telefon 1 - Typ"); they mean the same columns.
"""

from __future__ import annotations

import re

from contactvault.importers.csv_reader import CsvFormat, RowFields
from contactvault.importers.csv_tables import (
    ADDITIONAL,
    DEPARTMENT,
    FAMILY,
    FORMATTED,
    GIVEN,
    NOTE,
    ORG,
    PREFIX,
    SUFFIX,
    TITLE,
    Column,
    header_key,
    header_table,
    is_useful,
)
from contactvault.model import LabeledValue, RawPhone

VALUE_SEPARATOR = " ::: "
PRIMARY_MARK = "* "

FIXED = header_table(
    (FORMATTED, ("Name",)),
    (GIVEN, ("Given Name", "First Name", "Vorname")),
    (ADDITIONAL, ("Additional Name", "Middle Name", "Zweiter Vorname", "Weitere Vornamen")),
    (FAMILY, ("Family Name", "Last Name", "Nachname")),
    (PREFIX, ("Name Prefix", "Namenspräfix", "Präfix")),
    (SUFFIX, ("Name Suffix", "Namenssuffix", "Suffix")),
    (NOTE, ("Notes", "Notizen")),
    (ORG, ("Organization Name", "Organization 1 - Name", "Organisationsname",
           "Organisation 1 - Name", "Organisation")),
    (TITLE, ("Organization Title", "Organization 1 - Title", "Organisationstitel",
             "Organisation 1 - Titel", "Organisation 1 - Position")),
    (DEPARTMENT, ("Organization Department", "Organization 1 - Department",
                  "Organisationsabteilung", "Organisation 1 - Abteilung")),
)

# "Phone 2 - Value" -> ("phone", "2", "value"); German "Telefon 2 - Wert" the same.
_NUMBERED = re.compile(r"^(e-mail|phone|address|telefon|adresse) (\d+) - (.+)$")
_KINDS = {"e-mail": "email", "phone": "phone", "address": "address",
          "telefon": "phone", "adresse": "address"}
_ADDRESS_PARTS = {header_key(header): part for header, part in {
    "street": "street", "po box": "po_box", "city": "locality", "region": "region",
    "postal code": "postal_code", "country": "country", "extended address": "extended",
    "formatted": "formatted",
    "Straße": "street", "Postfach": "po_box", "Stadt": "locality", "Ort": "locality",
    "Bundesland": "region", "Postleitzahl": "postal_code", "Land": "country",
    "Adresszusatz": "extended", "Erweiterte Adresse": "extended",
    "Formatiert": "formatted",
}.items()}
_LABEL_PARTS = ("type", "label", "typ")
_VALUE_PARTS = ("value", "wert")


def google_column(key: str) -> Column | None:
    """The meaning of a normalised Google header, or None."""
    column = FIXED.get(key)
    if column is not None:
        return column
    match = _NUMBERED.match(key)
    if not match:
        return None
    kind, number, part = match.groups()
    field = _KINDS[kind]
    if part in _LABEL_PARTS:
        return Column(field, "label", number)
    if part in _VALUE_PARTS and field != "address":
        return Column(field, "value", number)
    if field == "address" and part in _ADDRESS_PARTS:
        return Column(field, _ADDRESS_PARTS[part], number)
    return None


def is_google_header(keys: tuple[str, ...]) -> bool:
    return (any(_NUMBERED.match(key) for key in keys) or header_key("Given Name") in keys
            or header_key("Zweiter Vorname") in keys)


def split_values(cell: str) -> list[str]:
    return [value.strip() for value in cell.split(VALUE_SEPARATOR) if value.strip()]


def split_label(label: str) -> tuple[str, bool]:
    """'* Mobile' -> ('Mobile', True): Google marks the primary entry with '* '."""
    label = label.strip()
    if label.startswith(PRIMARY_MARK.strip()):
        return label.lstrip("*").strip(), True
    return label, False


class GoogleCsv(CsvFormat):
    """Google Contacts CSV, both generations."""

    name = "csv-google"
    numbered_groups = True

    def column(self, key: str) -> Column | None:
        return google_column(key)

    def fit(self, keys: tuple[str, ...]) -> float:
        # Numbered groups or "Given Name" are Google's alone: above any fixed-name table.
        return 0.9 if is_google_header(keys) and is_useful(self.columns(keys)) else 0.0

    def finish_row(self, row: RowFields) -> None:
        for (kind, number), parts in sorted(row.groups.items(), key=lambda i: int(i[0][1])):
            label, pref = split_label(parts.get("label", ""))
            if kind in ("phone", "email"):
                values = split_values(parts.get("value", ""))
                labels = [split_label(text) for text in split_values(parts.get("label", ""))]
                if len(labels) != len(values):  # one label for all the cell's values
                    labels = [(label, pref)] * len(values)
                pairs = list(zip(values, labels, strict=True))
                if kind == "phone":
                    row.phones.extend(RawPhone(v, lab, p) for v, (lab, p) in pairs)
                else:
                    row.emails.extend(LabeledValue(v, lab) for v, (lab, _) in pairs)
            elif kind == "address":
                fields = {k: [v.strip()] for k, v in parts.items()
                          if k not in ("label", "formatted") and v.strip()}
                if not fields and parts.get("formatted", "").strip():
                    fields["street"] = [parts["formatted"].strip()]
                if fields:
                    row.addresses[label or f"address {number}"] = fields


FORMAT = GoogleCsv()
