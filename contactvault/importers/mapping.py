"""Column mapping for any table of contacts (a CSV, an Excel or an OpenDocument sheet).

A column's meaning comes from its header (``csv_generic.generic_column``: German and
English names, common groupware names) unless the user says otherwise: a ``Mapping`` is
header -> field name, given on the command line as ``--map "Handy=phone"`` or chosen in
the import wizard. The field names are the same in every language (they are what
``--map`` takes and what the import record keeps); ``FIELD_TEXTS`` says them in words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.importers.csv_tables import Column, header_key

IGNORE = "ignore"

# The fields a column can be mapped to, in the order a list offers them.
FIELDS: dict[str, Column | None] = {
    "name": Column("formatted"),
    "given": Column("given"),
    "middle": Column("additional"),
    "family": Column("family"),
    "prefix": Column("prefix"),
    "suffix": Column("suffix"),
    "company": Column("org"),
    "department": Column("department"),
    "title": Column("title"),
    "phone": Column("phone"),
    "email": Column("email"),
    "note": Column("note"),
    IGNORE: None,
}

FIELD_TEXTS = {
    "name": QT_TRANSLATE_NOOP("ColumnField", "full name"),
    "given": QT_TRANSLATE_NOOP("ColumnField", "first name"),
    "middle": QT_TRANSLATE_NOOP("ColumnField", "middle name"),
    "family": QT_TRANSLATE_NOOP("ColumnField", "last name"),
    "prefix": QT_TRANSLATE_NOOP("ColumnField", "name prefix"),
    "suffix": QT_TRANSLATE_NOOP("ColumnField", "name suffix"),
    "company": QT_TRANSLATE_NOOP("ColumnField", "company"),
    "department": QT_TRANSLATE_NOOP("ColumnField", "department"),
    "title": QT_TRANSLATE_NOOP("ColumnField", "job title"),
    "phone": QT_TRANSLATE_NOOP("ColumnField", "phone number"),
    "email": QT_TRANSLATE_NOOP("ColumnField", "e-mail"),
    "note": QT_TRANSLATE_NOOP("ColumnField", "note"),
    "address": QT_TRANSLATE_NOOP("ColumnField", "address"),
    IGNORE: QT_TRANSLATE_NOOP("ColumnField", "(not imported)"),
}

# Column.field -> the field name the user sees and maps with.
_FIELD_OF = {column.field: name for name, column in FIELDS.items() if column is not None}

# German words for the field names, also taken by --map.
_ALIASES = {
    "vorname": "given", "nachname": "family", "firma": "company", "telefon": "phone",
    "e-mail": "email", "notiz": "note", "ignorieren": IGNORE, "abteilung": "department",
    "position": "title", "anrede": "prefix", "zweiter vorname": "middle",
}


def field_name(column: Column | None) -> str:
    """The field name for a column's meaning ("ignore" for none)."""
    if column is None:
        return IGNORE
    return _FIELD_OF.get(column.field, column.field)


def parse_field(text: str) -> str | None:
    """A field name as typed (any case, German words too); None if there is no such."""
    key = text.strip().casefold()
    if key in FIELDS:
        return key
    return _ALIASES.get(key)


def parse(entries: Iterable[str]) -> dict[str, str]:
    """``["Handy=phone", ...]`` -> {"Handy": "phone"}; ValueError(entry) when one is not
    COLUMN=FIELD with a known field."""
    mapping: dict[str, str] = {}
    for entry in entries:
        column, sep, field = entry.rpartition("=")
        name = parse_field(field) if sep else None
        if not column.strip() or name is None:
            raise ValueError(entry)
        mapping[column.strip()] = name
    return mapping


def apply(headers: list[str], columns: list[Column | None],
          mapping: Mapping[str, str]) -> list[Column | None]:
    """The columns with the user's choices in place of the automatic ones."""
    if not mapping:
        return columns
    chosen = {header_key(header): field for header, field in mapping.items()}
    result = list(columns)
    for index, header in enumerate(headers):
        field = chosen.get(header_key(header))
        if field is None or index >= len(result) or field == field_name(result[index]):
            continue  # the automatic meaning stays (it may say more: an address part)
        if field in FIELDS:
            result[index] = FIELDS[field]
    return result


def unknown_columns(headers: list[str], mapping: Mapping[str, str]) -> list[str]:
    """The mapped column names that are not in the header row."""
    keys = {header_key(header) for header in headers}
    return [column for column in mapping if header_key(column) not in keys]


def has_phone(columns: list[Column | None]) -> bool:
    return any(column is not None and column.field == "phone" for column in columns)
