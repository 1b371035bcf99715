"""The words the CSV formats share: what a column means (``Column``) and how a header
is compared. Each exporter's own table lives in its format module (``csv_outlook``,
``csv_thunderbird``, ``csv_apple``, ``csv_google``, ``csv_generic``).

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


# A header that yields none of these cannot give a contact anything to show.
USEFUL_FIELDS = frozenset({"given", "family", "formatted", "phone", "email", "org"})


def is_useful(columns: list[Column | None]) -> bool:
    return any(c is not None and c.field in USEFUL_FIELDS for c in columns)


def address_columns(group: str, **parts: tuple[str, ...]) -> dict[str, Column]:
    """Address part -> the headers that hold it, for the address ``group``."""
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
